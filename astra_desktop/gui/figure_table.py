"""Small read-only tables of figures, each as tall as its rows, in titled blocks: the Statistics
section's tabs scroll as a whole instead of every table scrolling on its own."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGroupBox,
    QHeaderView,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)


class FigureTable(QTableWidget):
    """A read-only table as tall as its rows: the tab scrolls, not each table."""

    def __init__(
        self, headers: list[str], tips: list[str] | None = None, wide: bool = False,
        parent: QWidget | None = None,
    ) -> None:  # fmt: skip
        """`wide`: many number columns; the first (a trial's label) is as wide as its text and
        the numbers share the rest. `tips` explain the headers."""
        super().__init__(0, len(headers), parent)
        self.setHorizontalHeaderLabels(headers)
        for column, tip in enumerate(tips or []):
            item = self.horizontalHeaderItem(column)
            if item is not None:
                item.setToolTip(tip)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.verticalHeader().setVisible(False)
        self.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        self.setAlternatingRowColors(True)
        header = self.horizontalHeader()
        Mode = QHeaderView.ResizeMode
        self.wide = wide
        header.setSectionResizeMode(0, Mode.ResizeToContents if wide else Mode.Stretch)
        for column in range(1, len(headers)):
            header.setSectionResizeMode(column, Mode.ResizeToContents)
        header.setStretchLastSection(wide)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        # A wide table whose headers do not fit (a long language, a narrow window) scrolls
        # sideways rather than cut a header off; room for the scroll bar is kept.
        self.setHorizontalScrollBarPolicy(
            Qt.ScrollBarPolicy.ScrollBarAsNeeded if wide else Qt.ScrollBarPolicy.ScrollBarAlwaysOff
        )
        self._fit()

    def set_rows(self, rows: Iterable[list[str]]) -> None:
        rows = list(rows)
        self.setRowCount(len(rows))
        for r, row in enumerate(rows):
            for c, text in enumerate(row):
                item = QTableWidgetItem(text)
                if c:
                    item.setTextAlignment(
                        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                    )
                self.setItem(r, c, item)
        self._fit()

    def texts(self) -> list[list[str]]:
        """What the table shows, row by row (tests read the page as a person would)."""
        return [
            [(self.item(r, c) or QTableWidgetItem()).text() for c in range(self.columnCount())]
            for r in range(self.rowCount())
        ]

    def _fit(self) -> None:
        rows = self.rowCount()
        row_height = self.verticalHeader().defaultSectionSize()
        bar = self.horizontalScrollBar().sizeHint().height() if self.wide else 0
        self.setFixedHeight(
            self.horizontalHeader().sizeHint().height() + rows * row_height + 2 * self.frameWidth()
            + bar
        )  # fmt: skip


def block(title: str, *widgets: QWidget) -> QGroupBox:
    box = QGroupBox(title)
    layout = QVBoxLayout(box)
    for widget in widgets:
        layout.addWidget(widget)
    layout.addStretch()
    return box
