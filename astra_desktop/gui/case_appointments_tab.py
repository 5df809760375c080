"""A case's own appointments, past and coming, with a button for a new one."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex
from PySide6.QtWidgets import QDialog, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from astra_desktop.core.appointments import local_now
from astra_desktop.gui.appointment_dialog import AppointmentDialog, open_appointment
from astra_desktop.gui.appointment_models import AppointmentListModel, Column
from astra_desktop.gui.appointment_views import appointment_table
from astra_desktop.gui.paged_model import ID_ROLE
from astra_desktop.gui.tasks import TaskRunner
from astra_desktop.services.agenda import AgendaQuery, Period
from astra_desktop.services.session import Session


class CaseAppointmentsTab(QWidget):
    def __init__(
        self, session: Session, case_id: str, runner: TaskRunner, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.session, self.case_id = session, case_id
        self.model = AppointmentListModel(session, runner)
        self.view = appointment_table(self.model)
        self.view.setColumnHidden(Column.CASE, True)
        self.view.setColumnHidden(Column.CLIENT, True)
        self.view.activated.connect(self.open_index)
        self.count = QLabel()
        self.model.loaded.connect(self._loaded)
        self.new_button = QPushButton(self.tr("&New appointment…"))
        self.new_button.clicked.connect(self.new_appointment)
        self.open_button = QPushButton(self.tr("&Open"))
        self.open_button.clicked.connect(lambda: self.open_index(self.view.currentIndex()))
        row = QHBoxLayout()
        row.addWidget(self.count)
        row.addStretch()
        row.addWidget(self.open_button)
        row.addWidget(self.new_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.view)
        layout.addLayout(row)
        self.model.set_query(AgendaQuery(Period.RANGE, case_id=case_id))

    def _loaded(self, total: int) -> None:
        self.count.setText(self.tr("%n appointment(s)", "", total))
        now = local_now()
        for row in range(self.model.rowCount()):  # show the first one still to come
            found = self.model.row_at(row)
            if found is not None and found.ends_at >= now:
                self.view.scrollTo(self.model.index(row, 0))
                self.view.selectRow(row)
                break

    def reload(self) -> None:
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
