"""The Appointments section: the agenda (today, this week, outcomes still to record, upcoming)
with the planned hearings of monitored trials, the month calendar, "my appointments" and the
court-monitoring figures.

Lists show case codes; clients' names only while "Show names" is ticked, so a screen glimpsed
over a shoulder, or a printout, gives nothing away by default. The agenda's layout is in
ui/agenda_page.ui.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QModelIndex, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QDialog, QFileDialog, QTabWidget, QWidget

from astra_desktop.core.appointments import Clock, local_now
from astra_desktop.errors import AstraError
from astra_desktop.gui.appointment_dialog import AppointmentDialog, open_appointment
from astra_desktop.gui.appointment_models import AppointmentListModel, Column
from astra_desktop.gui.appointment_views import appointment_table
from astra_desktop.gui.court.monitoring_page import MonitoringPage
from astra_desktop.gui.dialogs import Messages
from astra_desktop.gui.forms.ui_agenda_page import Ui_AgendaPage
from astra_desktop.gui.i18n import language
from astra_desktop.gui.month_view import MonthView
from astra_desktop.gui.paged_model import ID_ROLE, ROW_ROLE
from astra_desktop.gui.tasks import TaskRunner
from astra_desktop.services import agenda, agenda_print
from astra_desktop.services.agenda import AgendaQuery, Period
from astra_desktop.services.session import Session

PERIODS = (Period.TODAY, Period.WEEK, Period.OUTCOMES_DUE, Period.UPCOMING)


class AgendaPage(QWidget):
    """Layout in ui/agenda_page.ui; the appointment table is the shared one of
    gui/appointment_views.py, put in its place here."""

    open_case = Signal(str)

    def __init__(
        self,
        session: Session,
        runner: TaskRunner,
        mine_only: bool = False,
        clock: Clock | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.session, self.runner, self.clock, self.mine_only = session, runner, clock, mine_only
        self.ui = ui = Ui_AgendaPage()
        ui.setupUi(self)
        self.periods, self.mine, self.names = ui.periods, ui.mine, ui.names
        self.new_button, self.case_button = ui.new_button, ui.case_button
        self.print_button, self.trials = ui.print_button, ui.trials
        self.count, self.empty = ui.count, ui.empty
        self._titles = {
            Period.TODAY: self.tr("Today"),
            Period.WEEK: self.tr("This week"),
            Period.OUTCOMES_DUE: self.tr("Outcomes to record"),
            Period.UPCOMING: self.tr("All upcoming"),
        }
        for period in PERIODS:
            self.periods.addTab(self._titles[period])
        self.periods.setCurrentIndex(PERIODS.index(Period.UPCOMING if mine_only else Period.TODAY))
        self.periods.currentChanged.connect(self.apply)
        self.mine.setVisible(not mine_only)
        self.mine.toggled.connect(self.apply)
        self.names.toggled.connect(self._names_toggled)
        self.new_button.clicked.connect(self.new_appointment)
        self.case_button.clicked.connect(self._open_case)
        self.print_button.clicked.connect(lambda: self.print_week())
        self.model = AppointmentListModel(session, runner, clock)
        self.view = appointment_table(self.model)  # the one look of every appointment list
        self.view.setObjectName("view")
        ui.layout.insertWidget(1, self.view, 1)  # between the period tabs and the empty text
        QWidget.setTabOrder(ui.names, self.view)  # Tab goes as the eye reads
        self.view.setColumnHidden(Column.CLIENT, True)
        self.view.activated.connect(self.open_index)
        self.model.loaded.connect(self._loaded)
        self.apply()

    @property
    def period(self) -> Period:
        return PERIODS[self.periods.currentIndex()]

    def query(self) -> AgendaQuery:
        return AgendaQuery(self.period, mine=self.mine_only or self.mine.isChecked())

    def apply(self) -> None:
        self.model.set_query(self.query())
        self._update_counts()

    def refresh(self) -> None:
        self.apply()

    def _names_toggled(self, on: bool) -> None:
        self.model.set_names(on)
        self.view.setColumnHidden(Column.CLIENT, not on)

    def _update_counts(self) -> None:
        """The number of outcomes still to record, on its tab, so it is seen from any tab; and
        the monitored trials' hearings planned in the period."""
        session, clock, query = self.session, self.clock, self.query()
        due = AgendaQuery(Period.OUTCOMES_DUE, mine=query.mine)  # monitored hearings past, too
        self.runner.run(
            lambda: (
                agenda.outcomes_due_count(session, clock, query.mine)
                + len(agenda.trial_hearings(session, due, clock))
            ),
            on_done=self._show_outcomes_count,
        )
        self.runner.run(
            lambda: agenda.trial_hearings(session, query, clock), on_done=self.trials.show_rows
        )

    def _show_outcomes_count(self, due: int) -> None:
        title = self._titles[Period.OUTCOMES_DUE]
        index = PERIODS.index(Period.OUTCOMES_DUE)
        self.periods.setTabText(index, f"{title} ({due})" if due else title)

    def _loaded(self, total: int) -> None:
        self.count.setText(self.tr("%n appointment(s)", "", total))
        texts = {
            Period.TODAY: self.tr("Nothing is planned for today."),
            Period.WEEK: self.tr("Nothing more is planned this week."),
            Period.OUTCOMES_DUE: self.tr(
                "Every appointment that has ended has its outcome recorded. Well done."
            ),
            Period.UPCOMING: self.tr("No appointments are planned."),
        }
        self.empty.setText(texts[self.period])
        self.empty.setVisible(total == 0)
        self.view.setVisible(total > 0)

    # --- actions ---------------------------------------------------------------------------------
    def new_appointment(self) -> AppointmentDialog:
        dialog = AppointmentDialog(self.session, parent=self)
        dialog.saved.connect(lambda _ids: self.refresh())
        dialog.open()
        return dialog

    def open_index(self, index: QModelIndex) -> QDialog | None:
        if not index.isValid():
            return None
        dialog = open_appointment(self.session, self.model.data(index, ID_ROLE), self)
        if dialog is not None:
            dialog.accepted.connect(self.refresh)
        return dialog

    def _open_case(self) -> None:
        row = self.model.data(self.view.currentIndex(), ROW_ROLE)
        if row is not None:
            self.open_case.emit(row.case_id)

    def print_week(self, target: Path | None = None) -> bool:
        """A PDF of this week's agenda; warned first that the file is not encrypted."""
        names = self.names.isChecked()
        if names:
            warning = self.tr(
                "The PDF will be an ordinary, unencrypted file. It shows case codes and, as you "
                "asked, clients' names. The printout is recorded in the audit trail. Make it?"
            )
        else:
            warning = self.tr(
                "The PDF will be an ordinary, unencrypted file. It shows case codes, not names. "
                "The printout is recorded in the audit trail. Make it?"
            )
        if not Messages.ask(
            self, self.tr("Print the week"), warning, self.tr("Make the PDF"), self.tr("Cancel")
        ):
            return False
        today = local_now(self.clock).date()
        if target is None:
            name, _ = QFileDialog.getSaveFileName(
                self,
                self.tr("Save the week's agenda"),
                f"agenda-{today:%Y-%m-%d}.pdf",
                "PDF (*.pdf)",
            )
            if not name:
                return False
            target = Path(name)
        session, clock, mine = self.session, self.clock, self.query().mine
        lang, path = language(), target

        def make() -> Path:
            data = agenda_print.week_pdf(
                session, today, show_names=names, mine=mine, language=lang, clock=clock
            )
            path.write_bytes(data)
            return path

        self.runner.run(make, on_done=self._printed, on_error=self._print_failed)
        return True

    def _printed(self, path: Path) -> None:
        self.count.setText(self.tr("Saved the week's agenda to {0}.").format(path))

    def _print_failed(self, exc: BaseException) -> None:
        text = str(exc) if isinstance(exc, AstraError | OSError) else repr(exc)
        Messages.error(self, self.tr("Print the week"), text)


class AppointmentsSection(QTabWidget):
    """Agenda, month, my appointments and court monitoring, as tabs of one section."""

    open_case = Signal(str)

    def __init__(
        self,
        session: Session,
        runner: TaskRunner,
        clock: Clock | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.agenda = AgendaPage(session, runner, clock=clock)
        self.month = MonthView(session, runner, clock=clock)
        self.mine = AgendaPage(session, runner, mine_only=True, clock=clock)
        self.monitoring = MonitoringPage(session, runner)
        self.addTab(self.agenda, self.tr("&Agenda"))
        self.addTab(self.month, self.tr("Mon&th"))
        self.addTab(self.mine, self.tr("M&y appointments"))
        self.addTab(self.monitoring, self.tr("Court &monitoring"))
        for page in (self.agenda, self.month, self.mine):
            page.open_case.connect(self.open_case)
        self.currentChanged.connect(lambda _i: self.refresh_current())

    def refresh_current(self) -> None:
        page = self.currentWidget()
        refresh = getattr(page, "refresh", None)
        if refresh is not None:
            refresh()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.refresh_current()
