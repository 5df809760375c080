"""The Risk section: the cases whose reassessment is overdue or due within a week, high risk first.

The list and the count of overdue high-risk cases are read on the task runner's worker when the
page is given one (the count goes over every open case with a level); meanwhile the page says so
and its table, whose rows are not the ones asked for, is greyed out."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QModelIndex, Signal
from PySide6.QtWidgets import QTableWidgetItem, QWidget

from astra_desktop.core.appointments import local_today
from astra_desktop.core.risk import Level
from astra_desktop.core.validation import format_date
from astra_desktop.gui import labels, style
from astra_desktop.gui.forms.ui_risk_page import Ui_RiskPage
from astra_desktop.gui.loading import Loader, say
from astra_desktop.gui.tasks import TaskRunner
from astra_desktop.services import risk as risk_service
from astra_desktop.services.session import Session

_Due = tuple[date, list[risk_service.DueRow], int]  # the day, the rows, overdue high-risk cases


class RiskPage(QWidget):
    """Layout in ui/risk_page.ui."""

    open_case = Signal(str)

    def __init__(
        self, session: Session, parent: QWidget | None = None, runner: TaskRunner | None = None
    ) -> None:
        super().__init__(parent)
        self.session = session
        self.ui = ui = Ui_RiskPage()
        ui.setupUi(self)
        self.heading, self.table = ui.heading, ui.table
        self.table.activated.connect(self._activated)
        ui.refresh.clicked.connect(self.reload)
        self.rows: list[risk_service.DueRow] = []
        self.loader = Loader(self, runner)
        self.loader.busy_changed.connect(self._show_busy)
        self.reload()

    @property
    def loading(self) -> bool:
        """The list is being read (tests/gui/_loaded.py waits for this to end)."""
        return self.loader.busy

    def reload(self) -> None:
        session, today = self.session, local_today()

        def fetch() -> _Due:
            rows = risk_service.due_for_reassessment(session, today)
            return today, rows, risk_service.overdue_high(session, today)

        self.loader.load(fetch, self._show, self._failed)

    def _activated(self, index: QModelIndex) -> None:
        row = index.row()
        if not self.loading and 0 <= row < len(self.rows):
            self.open_case.emit(self.rows[row].case_id)

    def _show_busy(self, busy: bool) -> None:
        self.table.setEnabled(not busy)
        if busy:
            say(self.heading, self.tr("Loading the cases due for reassessment…"))

    def _failed(self, exc: BaseException) -> None:
        """The list could not be read: said where the heading goes; Refresh tries again."""
        say(self.heading, None, self.tr("The cases due could not be read: {0}").format(exc))

    def _show(self, due: _Due) -> None:
        today, self.rows, overdue_high = due
        style.tone(self.heading, None)
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
            due_text = format_date(row.due) + (self.tr(" — overdue") if row.overdue(today) else "")
            for c, text in enumerate([row.case_code, names[row.level.key], due_text]):
                item = QTableWidgetItem(text)
                if row.level is Level.HIGH and row.overdue(today):
                    item.setForeground(style.colour("risk-high"))
                self.table.setItem(r, c, item)
        self.table.resizeColumnsToContents()
