"""Court monitoring: the anonymous figures per verdict year across every proceeding and monitored
trial, as the organisation publishes them, with an audited CSV export; and the monitored trials
themselves (trials followed without a client of ours), on a tab of their own.

The figures are counted, and the export written, on the task runner: on a big vault each takes a
moment. The export counts afresh on the worker and writes the file whole or not at all (the
service audits it first and writes atomically); the button waits until it is done."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from astra_desktop.core.monitoring import YearFigures
from astra_desktop.errors import AstraError, VaultLocked
from astra_desktop.gui import style
from astra_desktop.gui.court.trials_page import TrialsPage
from astra_desktop.gui.dialogs import Messages
from astra_desktop.gui.loading import Loader, say
from astra_desktop.gui.locale_format import format_number
from astra_desktop.gui.tasks import TaskRunner
from astra_desktop.services import monitoring
from astra_desktop.services.session import Session

Index = QModelIndex | QPersistentModelIndex


class MonitoringModel(QAbstractTableModel):
    """One row per figure, one column per year (and one for all years): read down a year."""

    def __init__(self) -> None:
        super().__init__()
        self._years: list[YearFigures] = []
        self.rows: list[tuple[str, str]] = [
            ("verdicts", self.tr("First-instance verdicts")),
            ("monitored_without_client", self.tr("… in trials monitored without a client")),
            ("convictions", self.tr("Convictions")),
            ("convictions_trafficking", self.tr("… for trafficking (Art. 388)")),
            (
                "convictions_downgraded_within_388",
                self.tr("… … under a lighter paragraph of Art. 388 than charged"),
            ),
            (
                "convictions_requalified",
                self.tr("… for another offence, Art. 388 having been charged (re-qualified)"),
            ),
            ("convictions_other_offence", self.tr("… for another offence, Art. 388 never charged")),
            ("convictions_offence_unrecorded", self.tr("… offence not recorded")),
            ("acquittals", self.tr("Acquittals")),
            ("other_endings", self.tr("Charges rejected or proceedings discontinued")),
            ("charges_requalified_from_388", self.tr("Charges re-qualified from Art. 388")),
            (
                "charges_downgraded_within_388",
                self.tr("Charges re-qualified to a lighter paragraph of Art. 388"),
            ),
            ("plea_agreements", self.tr("Plea agreements")),
            ("plea_victim_informed", self.tr("… the victim was told of it")),
            ("average_sentence_months", self.tr("Average sentence (months)")),
            ("claims_filed", self.tr("Property claims filed")),
            ("claims_decided_in_criminal_case", self.tr("… decided in the criminal case")),
            ("claims_granted", self.tr("… granted in full or in part")),
            ("claims_referred_to_civil", self.tr("… sent to civil proceedings")),
            ("compensation_claimed_rsd", self.tr("Compensation claimed (RSD)")),
            ("compensation_awarded_cases", self.tr("Proceedings awarding compensation")),
            ("compensation_awarded_rsd", self.tr("Compensation awarded (RSD)")),
            ("compensation_paid_rsd", self.tr("Compensation actually paid (RSD)")),
        ]

    def set_figures(self, years: list[YearFigures]) -> None:
        self.beginResetModel()
        self._years = years
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._years)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(self._years):
            year = self._years[section].year
            return self.tr("All years") if year is None else str(year)
        if orientation == Qt.Orientation.Vertical and 0 <= section < len(self.rows):
            return self.rows[section][1]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not (
            0 <= index.row() < len(self.rows) and 0 <= index.column() < len(self._years)
        ):
            return None
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.FontRole and self._years[index.column()].year is None:
            font = QFont()
            font.setBold(True)
            return font
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        value = getattr(self._years[index.column()], self.rows[index.row()][0])
        if value is None:
            return "—"
        if isinstance(value, float):
            return format_number(value, 1)
        return format_number(value)


class MonitoringPage(QWidget):
    exported = Signal(object)  # the Path just written

    def __init__(self, session: Session, runner: TaskRunner, parent: QWidget | None = None):
        super().__init__(parent)
        self.session, self.runner = session, runner
        self._writing: Path | None = None  # the file an export is writing
        intro = QLabel(
            self.tr(
                "Anonymous figures from every court proceeding you can see and every monitored "
                "trial, counted in the year of the first-instance verdict — the numbers the "
                "organisation publishes from its court monitoring. No names or case codes appear "
                "here or in the export."
            )
        )
        intro.setWordWrap(True)
        self.model = MonitoringModel()
        self.view = QTableView()
        self.view.setModel(self.model)
        self.view.setAlternatingRowColors(True)
        self.view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.view.horizontalHeader().setDefaultSectionSize(110)
        self.view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.status = QLabel()
        self.loader = Loader(self, runner)
        self.loader.busy_changed.connect(self._show_busy)
        self.export_button = QPushButton(self.tr("&Export as CSV…"))
        self.export_button.clicked.connect(lambda: self.export())
        row = QHBoxLayout()
        row.addWidget(self.status)
        row.addStretch()
        row.addWidget(self.export_button)
        figures = QWidget()
        inner = QVBoxLayout(figures)
        inner.addWidget(intro)
        inner.addWidget(self.view, 1)
        inner.addLayout(row)
        self.trials = TrialsPage(session, runner=runner)
        self.trials.changed.connect(self._refresh_figures)
        self.tabs = QTabWidget()
        self.tabs.addTab(figures, self.tr("F&igures"))
        self.tabs.addTab(self.trials, self.tr("Monitored tria&ls"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.tabs)

    @property
    def loading(self) -> bool:
        """The figures or the monitored trials are being read (tests/gui/_loaded.py)."""
        return self.loader.busy or self.trials.loading

    @property
    def writing(self) -> bool:
        """An export is being written."""
        return self._writing is not None

    def refresh(self) -> None:
        self.trials.refresh()
        self._refresh_figures()

    def _refresh_figures(self) -> None:
        session = self.session
        self.loader.load(lambda: monitoring.figures(session), self._show, self._failed)

    def _show_busy(self, busy: bool) -> None:
        """While the figures are counted: the export waits for them, and the line says so."""
        self.export_button.setEnabled(not busy and self._writing is None)
        if busy and self._writing is None:
            say(self.status, self.tr("Counting the figures…"))

    def _failed(self, exc: BaseException) -> None:
        say(self.status, None, self.tr("The figures could not be counted: {0}").format(exc))

    def _show(self, years: list[YearFigures]) -> None:
        self.model.set_figures(years)
        decided = years[-1].verdicts if years else 0
        style.tone(self.status, None)
        self.status.setText(self.tr("%n proceeding(s) with a verdict.", "", decided))

    def export(self, target: Path | None = None) -> bool:
        """Write the figures as CSV to `target` (asked for when None) on the worker. True once
        the writing has started; `exported` follows when the file is there."""
        if target is None:
            name, _ = QFileDialog.getSaveFileName(
                self, self.tr("Export the court-monitoring figures"), "court-monitoring.csv",
                "CSV (*.csv)",
            )  # fmt: skip
            if not name:
                return False
            target = Path(name)
        if self._writing is not None:
            return False  # one export at a time (the button is off meanwhile)
        self._writing = target
        self.export_button.setEnabled(False)
        say(self.status, self.tr("Writing {0}…").format(target.name))
        session = self.session
        # Bound methods: the runner drops the outcome if the page is gone meanwhile.
        self.runner.run(lambda: monitoring.export_csv(session, target), on_done=self._written,
                        on_error=self._export_failed)  # fmt: skip
        return True

    def _written(self, _figures: object) -> None:
        target, self._writing = self._writing, None
        self.export_button.setEnabled(not self.loader.busy)
        style.tone(self.status, "success")
        self.status.setText(self.tr("Exported to {0}.").format(target))
        self.exported.emit(target)

    def _export_failed(self, exc: BaseException) -> None:
        self._writing = None
        self.export_button.setEnabled(not self.loader.busy)
        style.tone(self.status, None)
        self.status.setText("")
        if isinstance(exc, VaultLocked):
            return  # locked meanwhile: nothing was written, nobody is left to tell
        if isinstance(exc, AstraError | OSError):
            Messages.error(self, self.tr("Export"), str(exc))
            return
        sys.excepthook(type(exc), exc, exc.__traceback__)
