"""The agenda's list of planned hearings of monitored trials: by court and number, never a case.

Kept apart from the appointments table: those rows open an appointment or its case file, these
belong to no case and carry a day, not a time.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from astra_desktop.core.agenda import TrialAgendaRow
from astra_desktop.gui.labels import label

MOST_ROWS = 5


class MonitoredHearings(QWidget):
    """A titled, read-only table; hidden while there is nothing to show."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.rows: list[TrialAgendaRow] = []
        self.title = QLabel()
        self.table = QTableWidget(0, 3)
        self.table.setHorizontalHeaderLabels(
            [self.tr("Day"), self.tr("Monitored trial (court · number)"), self.tr("Hearing")]
        )
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.title)
        layout.addWidget(self.table)
        self.setVisible(False)

    def show_rows(self, rows: Sequence[TrialAgendaRow]) -> None:
        self.rows = list(rows)
        self.title.setText(
            self.tr("%n planned hearing(s) of monitored trials (no case of ours)", "", len(rows))
        )
        self.table.setRowCount(len(rows))
        for r, row in enumerate(rows):
            cells = (f"{row.day:%d.%m.%Y}", row.title, label(row.kind))
            for c, text in enumerate(cells):
                self.table.setItem(r, c, QTableWidgetItem(text))
        self.table.resizeColumnToContents(0)
        self.table.resizeColumnToContents(2)
        # as tall as its rows (up to MOST_ROWS; more scroll): the appointments keep the room
        shown = min(len(rows), MOST_ROWS)
        header = self.table.horizontalHeader().sizeHint().height()
        rows_height = sum(self.table.rowHeight(r) for r in range(shown))
        self.table.setFixedHeight(header + rows_height + 2 * self.table.frameWidth())
        self.setVisible(bool(rows))

    def texts(self) -> list[tuple[str, ...]]:
        """What the table shows, row by row (for tests and accessibility checks)."""
        cells = self.table.item
        return [
            tuple(
                item.text() if (item := cells(r, c)) is not None else ""
                for c in range(self.table.columnCount())
            )
            for r in range(self.table.rowCount())
        ]
