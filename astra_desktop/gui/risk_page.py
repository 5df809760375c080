"""The Risk section: the cases whose reassessment is overdue or due within a week, high risk first."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QTableWidgetItem, QWidget

from astra_desktop.core.risk import Level
from astra_desktop.core.validation import format_date
from astra_desktop.gui import labels, style
from astra_desktop.gui.forms.ui_risk_page import Ui_RiskPage
from astra_desktop.services import risk as risk_service
from astra_desktop.services.session import Session


class RiskPage(QWidget):
    """Layout in ui/risk_page.ui."""

    open_case = Signal(str)

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.ui = ui = Ui_RiskPage()
        ui.setupUi(self)
        self.heading, self.table = ui.heading, ui.table
        self.table.activated.connect(
            lambda index: self.open_case.emit(self.rows[index.row()].case_id)
        )
        ui.refresh.clicked.connect(self.reload)
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
