"""Hotline statistics: anonymous counts per month of a year, or per year, and their CSV export.

The export is an ordinary file outside the vault, so the person is told so and asked first; the
export is audited by the service. The years and the counts are read on the task runner
(gui/loading.py), the line under the table saying so meanwhile.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from astra_desktop.core.hotline_stats import CALLS, HotlineFigures
from astra_desktop.core.roles import Permission, allowed
from astra_desktop.errors import AstraError
from astra_desktop.gui import style
from astra_desktop.gui.court import labels as court_labels
from astra_desktop.gui.dialogs import Messages
from astra_desktop.gui.hotline import labels as hotline_labels
from astra_desktop.gui.loading import Loader, say
from astra_desktop.gui.tasks import TaskRunner
from astra_desktop.services import hotline_stats
from astra_desktop.services.session import Session

Index = QModelIndex | QPersistentModelIndex
GROUPS = {"topic", "caller-type", "language", "cases"}  # measures shown as a heading + categories


class HotlineStatsModel(QAbstractTableModel):
    """One row per figure (a heading row for each group), one column per period, then the total."""

    def __init__(self) -> None:
        super().__init__()
        self.figures = HotlineFigures((), ())
        self._lines: list[tuple[str, str, int | None]] = []  # (label, kind, index into rows)
        self._measures = hotline_labels.measures()
        self._names = {
            "topic": hotline_labels.topics(),
            "caller-type": hotline_labels.caller_types(),
            "language": hotline_labels.languages(),
            "cases": hotline_labels.case_outcomes(),
        }
        self._months = court_labels.months()

    def set_figures(self, figures: HotlineFigures) -> None:
        self.beginResetModel()
        self.figures = figures
        self._lines = []
        seen: set[str] = set()
        for i, row in enumerate(figures.rows):
            if row.measure in GROUPS:
                if row.measure not in seen:
                    seen.add(row.measure)
                    self._lines.append(
                        (self._measures.get(row.measure, row.measure), "group", None)
                    )
                names = self._names.get(row.measure, {})
                self._lines.append(("    " + names.get(row.category, row.category), "item", i))
            else:
                self._lines.append((self._measures.get(row.measure, row.measure), "total", i))
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._lines)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() or not self.figures.periods else len(self.figures.periods) + 1

    def period_label(self, period: str) -> str:
        if len(period) == 7:  # yyyy-mm
            return self._months[int(period[5:]) - 1][:3]
        return period

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        periods = self.figures.periods
        if orientation == Qt.Orientation.Horizontal and 0 <= section <= len(periods) and periods:
            return (
                self.tr("Total") if section == len(periods) else self.period_label(periods[section])
            )
        if orientation == Qt.Orientation.Vertical and 0 <= section < len(self._lines):
            return self._lines[section][0]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not (
            0 <= index.row() < len(self._lines) and 0 <= index.column() < self.columnCount()
        ):
            return None
        _label, kind, at = self._lines[index.row()]
        total_column = index.column() == len(self.figures.periods)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.FontRole and (total_column or kind == "total"):
            font = QFont()
            font.setBold(True)
            return font
        if role != Qt.ItemDataRole.DisplayRole or at is None:
            return None
        row = self.figures.rows[at]
        value = row.total if total_column else row.counts[index.column()]
        return f"{value:,}".replace(",", ".")  # Serbian thousands separator


class HotlineStatsPage(QWidget):
    def __init__(self, session: Session, runner: TaskRunner, parent: QWidget | None = None):
        super().__init__(parent)
        self.session, self.runner = session, runner
        intro = QLabel(
            self.tr(
                "Anonymous counts of the calls to the SOS hotline, as reported to donors and "
                "monitoring bodies. A call counts in the month it was taken. No note, name, "
                "contact or case code appears here or in the export."
            )
        )
        intro.setWordWrap(True)
        self.period = QComboBox()
        self.period.currentIndexChanged.connect(lambda _i: self.load())
        label = QLabel(self.tr("&Show"))
        label.setBuddy(self.period)
        self.model = HotlineStatsModel()
        self.view = QTableView()
        self.view.setModel(self.model)
        self.view.setAlternatingRowColors(True)
        self.view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.view.horizontalHeader().setDefaultSectionSize(58)
        self.view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.view.verticalHeader().setDefaultSectionSize(22)
        self.view.verticalHeader().setMinimumWidth(230)
        self.status = QLabel()
        self.export_button = QPushButton(self.tr("&Export as CSV…"))
        self.export_button.clicked.connect(lambda: self.export())
        self.may_export = allowed(session.actor.role, Permission.EXPORT)
        self.export_button.setEnabled(self.may_export)
        self.loader = Loader(self, runner)
        self.loader.busy_changed.connect(self._show_busy)
        top = QHBoxLayout()
        top.addWidget(label)
        top.addWidget(self.period)
        top.addStretch()
        bottom = QHBoxLayout()
        bottom.addWidget(self.status)
        bottom.addStretch()
        bottom.addWidget(self.export_button)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(top)
        layout.addWidget(self.view, 1)
        layout.addLayout(bottom)

    @property
    def year(self) -> int | None:
        data = self.period.currentData()
        return int(data) if data else None

    @property
    def loading(self) -> bool:
        """The figures are being read (tests/gui/_loaded.py waits for this to end)."""
        return self.loader.busy

    def refresh(self) -> None:
        """Fill the period list (years that have calls, then "every year"), then the figures:
        both read on the runner. The year shown stays chosen if it still has calls."""
        session, chosen = self.session, self.year

        def fetch() -> tuple[list[int], int | None, HotlineFigures]:
            years = hotline_stats.years(session)
            year = chosen if chosen in years else (years[0] if years else None)
            return years, year, hotline_stats.figures(session, year)

        self.loader.load(fetch, self._show_years, self._failed)

    def load(self, wait: bool = False) -> None:
        """The figures of the period chosen (with `wait`, read at once)."""
        session, year = self.session, self.year
        if wait:
            self._show(hotline_stats.figures(session, year))
            return
        self.loader.load(lambda: hotline_stats.figures(session, year), self._show, self._failed)

    def _show_years(self, found: tuple[list[int], int | None, HotlineFigures]) -> None:
        years, shown, figures = found
        self.period.blockSignals(True)
        self.period.clear()
        for year in years:
            self.period.addItem(self.tr("{0}, per month").format(year), year)
        self.period.addItem(self.tr("Every year"), 0)
        self.period.setCurrentIndex(max(0, self.period.findData(shown or 0)))
        self.period.blockSignals(False)
        self._show(figures)

    def _show_busy(self, busy: bool) -> None:
        """While the calls are counted: the table is greyed out and the line says so."""
        self.view.setEnabled(not busy)
        self.export_button.setEnabled(self.may_export and not busy)
        if busy:
            say(self.status, self.tr("Counting the calls…"))

    def _failed(self, exc: BaseException) -> None:
        say(self.status, None, self.tr("The calls could not be counted: {0}").format(exc))

    def _show(self, figures: HotlineFigures) -> None:
        self.model.set_figures(figures)
        calls = figures.row(CALLS).total if figures.periods else 0
        style.tone(self.status, None)
        self.status.setText(self.tr("%n call(s) counted.", "", calls))

    def export(self, target: Path | None = None) -> bool:
        """Asked first (the file is not encrypted), then written and audited by the service."""
        year = self.year
        what = str(year) if year else self.tr("every year")
        if not Messages.ask(
            self, self.tr("Export the hotline statistics"),
            self.tr(
                "The CSV file for {0} will be an ordinary, unencrypted file outside the vault. It "
                "holds counts only — no notes, names, contacts or case codes. The export is "
                "recorded in the audit trail. Export it?"
            ).format(what),
            self.tr("Export"), self.tr("Cancel"),
        ):  # fmt: skip
            return False
        if target is None:
            suggested = f"sos-hotline-{year or 'all-years'}.csv"
            name, _ = QFileDialog.getSaveFileName(
                self, self.tr("Export the hotline statistics"), suggested, "CSV (*.csv)"
            )
            if not name:
                return False
            target = Path(name)
        try:
            hotline_stats.export_csv(self.session, target, year)
        except (AstraError, OSError) as exc:
            Messages.error(self, self.tr("Export"), str(exc))
            return False
        self.status.setText(self.tr("Exported to {0}.").format(target))
        return True
