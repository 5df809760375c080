"""The Risk section: the cases whose reassessment is overdue or due within a week, high risk first."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from astra_desktop.core.risk import Level
from astra_desktop.core.validation import format_date
from astra_desktop.gui import labels, style
from astra_desktop.services import risk as risk_service
from astra_desktop.services.session import Session


class RiskPage(QWidget):
    open_case = Signal(str)

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.heading = QLabel()
        style.mark(self.heading, "heading", "lead")
        self.heading.setWordWrap(True)
        self.table = QTableWidget(0, 3)
        self.table.setHorizontalHeaderLabels(
            [self.tr("Case code"), self.tr("Risk level"), self.tr("Reassessment due")]
        )
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.verticalHeader().hide()
        self.table.activated.connect(
            lambda index: self.open_case.emit(self.rows[index.row()].case_id)
        )
        refresh = QPushButton(self.tr("&Refresh"))
        refresh.clicked.connect(self.reload)
        disclaimer = QLabel(
            self.tr(
                "The risk instrument is not a validated instrument: it supports, and never replaces, professional judgement."
            )
        )
        disclaimer.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.table)
        layout.addWidget(disclaimer)
        layout.addWidget(refresh)
        self.rows: list[risk_service.DueRow] = []
        self.reload()

    def reload(self) -> None:
        today = date.today()
        self.rows = risk_service.due_for_reassessment(self.session, today)
        overdue_high = risk_service.overdue_high(self.session, today)
        self.heading.setText(
            self.tr(
                "<b>%n</b> high-risk case(s) overdue for reassessment. Cases due within a week:",
                "",
                overdue_high,
            )
        )
        names = labels.risk_levels()
        self.table.setRowCount(len(self.rows))
        for r, row in enumerate(self.rows):
            due = format_date(row.due) + (self.tr(" — overdue") if row.overdue(today) else "")
            for c, text in enumerate([row.case_code, names[row.level.key], due]):
                item = QTableWidgetItem(text)
                if row.level is Level.HIGH and row.overdue(today):
                    item.setForeground(style.colour("risk-high"))
                self.table.setItem(r, c, item)
        self.table.resizeColumnsToContents()
