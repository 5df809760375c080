"""A case's own appointments, past and coming, with a button for a new one.

The list is read on the task runner by the shared paged model (gui/paged_model.py); until it is
in, the tab says so and Open waits. A list that cannot be read is said in the tab, through the
model's one `failed` signal: why, when the case is gone or no longer yours (the tab explains
those); that it failed, for anything else (also reported, with its reference)."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex
from PySide6.QtWidgets import QDialog, QLabel, QWidget

from astra_desktop.core.appointments import local_now
from astra_desktop.errors import AstraError
from astra_desktop.gui.appointment_dialog import AppointmentDialog, open_appointment
from astra_desktop.gui.appointment_models import AppointmentListModel, Column
from astra_desktop.gui.appointment_views import appointment_table
from astra_desktop.gui.forms.ui_case_appointments_tab import Ui_CaseAppointmentsTab
from astra_desktop.gui.loading import say
from astra_desktop.gui.paged_model import ID_ROLE
from astra_desktop.gui.tasks import TaskRunner
from astra_desktop.services.agenda import AgendaQuery, Period
from astra_desktop.services.session import Session


class CaseAppointmentsTab(QWidget):
    """Layout in ui/case_appointments_tab.ui; the table is the shared one of
    gui/appointment_views.py, put in its place here."""

    def __init__(
        self, session: Session, case_id: str, runner: TaskRunner, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.session, self.case_id = session, case_id
        self.model = AppointmentListModel(session, runner)
        self.model.explained = (AstraError,)  # the case gone or no longer yours: said here
        self.view = appointment_table(self.model)  # the one look of every appointment list
        self.view.setObjectName("view")
        self.view.setParent(self)  # before the form's buttons, so Tab reaches it first
        self.ui = ui = Ui_CaseAppointmentsTab()
        ui.setupUi(self)
        self.count, self.new_button, self.open_button = ui.count, ui.new_button, ui.open_button
        ui.layout.insertWidget(0, self.view)  # above the count and the buttons
        self.view.setColumnHidden(Column.CASE, True)
        self.view.setColumnHidden(Column.CLIENT, True)
        self.view.activated.connect(self.open_index)
        self.model.loaded.connect(self._loaded)
        self.model.failed.connect(self._failed)
        self.new_button.clicked.connect(self.new_appointment)
        self.open_button.clicked.connect(lambda: self.open_index(self.view.currentIndex()))
        self.loading_label = QLabel(self.tr("Loading the case's appointments…"))
        self.loading_label.setObjectName("loading_label")
        self.loading_label.setWordWrap(True)
        self.loading_label.hide()
        ui.layout.insertWidget(0, self.loading_label)
        self.loading = False
        self._show_busy(True)
        self.model.set_query(AgendaQuery(Period.RANGE, case_id=case_id))

    def _show_busy(self, busy: bool) -> None:
        """While the list is read: the tab says so, and the list (about to be replaced) and Open
        wait. A new appointment can be made meanwhile."""
        self.loading = busy
        say(self.loading_label, self.tr("Loading the case's appointments…") if busy else None)
        self.loading_label.setVisible(busy)
        self.view.setEnabled(not busy)
        self.open_button.setEnabled(not busy)

    def _loaded(self, total: int) -> None:
        self._show_busy(False)
        self.count.setText(self.tr("%n appointment(s)", "", total))
        now = local_now()
        for row in range(self.model.rowCount()):  # show the first one still to come
            found = self.model.row_at(row)
            if found is not None and found.ends_at >= now:
                self.view.scrollTo(self.model.index(row, 0))
                self.view.selectRow(row)
                break

    def _failed(self, exc: BaseException) -> None:
        """The list could not be read: stop saying "Loading…" and say why where it said so. The
        rows of an earlier reading go: the tab shows nothing it cannot vouch for."""
        self._show_busy(False)
        self.model.clear()
        if isinstance(exc, AstraError):  # the case gone or no longer yours: its own words
            text = str(exc)
        else:  # unexpected, already reported with its reference
            text = self.tr("The appointments could not be read.")
        say(self.loading_label, None, text)
        self.loading_label.show()
        self.count.clear()

    def reload(self) -> None:
        self._show_busy(True)
        self.model.refresh()

    def new_appointment(self) -> AppointmentDialog:
        dialog = AppointmentDialog(self.session, case_id=self.case_id, parent=self)
        dialog.saved.connect(lambda _ids: self.reload())
        dialog.open()
        return dialog

    def open_index(self, index: QModelIndex) -> QDialog | None:
        if not index.isValid():
            return None
        dialog = open_appointment(self.session, self.model.data(index, ID_ROLE), self)
        if dialog is not None:
            dialog.accepted.connect(self.reload)
        return dialog
