"""Making or changing an appointment: type, day and time, place, who accompanies, repeats,
reminders, and — once it has happened — its status and outcome.

A double booking is shown as a question ("save anyway?"), never saved silently. Court hearings
opened from a list go to the hearing dialog instead, where attendance is recorded.
"""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, QTime, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QSpinBox,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from astra_desktop.core.appointments import Appointment, AppointmentKind, AppointmentStatus
from astra_desktop.core.recurrence import Frequency, Recurrence
from astra_desktop.core.reminders import DAY, HOUR, lead_times
from astra_desktop.errors import AstraError, ValidationError
from astra_desktop.gui import court_labels
from astra_desktop.gui.dialog_drafts import keep_as_draft
from astra_desktop.gui.dialogs import Messages
from astra_desktop.gui.guarded_dialog import GuardedDialog
from astra_desktop.gui.screen_fit import fit_to_screen
from astra_desktop.gui.widgets import DateField, EnumCombo, ValueCombo
from astra_desktop.services import appointments, clients, hearings, users
from astra_desktop.services.appointments import DoubleBooking
from astra_desktop.services.session import Session

USER_ROLE = Qt.ItemDataRole.UserRole


def buddy(text: str, widget: QWidget) -> QLabel:
    """A form label whose Alt+letter moves to `widget` (rows holding a layout need one)."""
    label = QLabel(text)
    label.setBuddy(widget)
    return label


def time_edit(value: QTime) -> QTimeEdit:
    edit = QTimeEdit(value)
    edit.setDisplayFormat("HH:mm")
    edit.setMaximumWidth(90)
    return edit


class WorkerList(QListWidget):
    """The vault's users, ticked when they accompany the client."""

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        for user in users.list_users(session):
            item = QListWidgetItem(user.username)
            item.setData(USER_ROLE, user.id)
            item.setCheckState(Qt.CheckState.Unchecked)
            self.addItem(item)
        self.setMaximumHeight(22 * min(max(self.count(), 2), 4) + 6)

    def set_ids(self, ids: list[str]) -> None:
        for i in range(self.count()):
            item = self.item(i)
            item.setCheckState(
                Qt.CheckState.Checked if item.data(USER_ROLE) in ids else Qt.CheckState.Unchecked
            )

    def ids(self) -> list[str]:
        return [
            self.item(i).data(USER_ROLE)
            for i in range(self.count())
            if self.item(i).checkState() == Qt.CheckState.Checked
        ]


class AppointmentDialog(GuardedDialog):
    saved = Signal(list)  # ids of the appointments saved

    def __init__(
        self,
        session: Session,
        case_id: str | None = None,
        appointment_id: str | None = None,
        start: datetime | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.session = session
        self.existing: Appointment | None = None
        workers: list[str] = [session.actor.user_id]
        if appointment_id:
            self.existing, workers = appointments.open_for_edit(session, appointment_id)
            case_id = self.existing.case_id
        self.case_id = case_id
        self.setWindowTitle(self.tr("Appointment") if self.existing else self.tr("New appointment"))
        self.case_code = QLineEdit()
        self.case_code.setPlaceholderText(self.tr("e.g. AST-2026-0042"))
        if case_id:
            self.case_code.setText(clients.get_case(session, case_id).case_code)
            self.case_code.setReadOnly(True)
        self.kind = EnumCombo(AppointmentKind, court_labels.appointment_kinds())
        self.day = DateField()
        self.day.setObjectName("day")
        begin = start or (datetime.now() + timedelta(days=1)).replace(hour=9, minute=0)
        self.start, self.end = time_edit(QTime(9, 0)), time_edit(QTime(10, 0))
        self.place = QLineEdit()
        self.workers = WorkerList(session)
        self.workers.set_ids(workers)
        self.repeat: ValueCombo[tuple[Frequency, int] | None] = ValueCombo()
        for text, rule in (
            (self.tr("Does not repeat"), None),
            (self.tr("Every day"), (Frequency.DAILY, 1)),
            (self.tr("Every week"), (Frequency.WEEKLY, 1)),
            (self.tr("Every two weeks"), (Frequency.WEEKLY, 2)),
            (self.tr("Every month"), (Frequency.MONTHLY, 1)),
        ):
            self.repeat.add(text, rule)
        self.times = QSpinBox()
        self.times.setRange(2, 200)
        self.times.setValue(10)
        self.times.setSuffix(self.tr(" times"))
        self.times.setEnabled(False)
        self.repeat.currentIndexChanged.connect(
            lambda: self.times.setEnabled(self.repeat.value() is not None)
        )
        self.reminders: dict[int, QCheckBox] = {
            7 * DAY: QCheckBox(self.tr("1 week")), 2 * DAY: QCheckBox(self.tr("2 days")),
            DAY: QCheckBox(self.tr("1 day")), 2 * HOUR: QCheckBox(self.tr("2 hours")),
            HOUR: QCheckBox(self.tr("1 hour")),
        }  # fmt: skip
        self._own_reminders = False
        for box in self.reminders.values():
            box.clicked.connect(self._reminders_touched)
        self.kind.currentIndexChanged.connect(self._kind_changed)
        self.status = EnumCombo(AppointmentStatus, court_labels.appointment_statuses())
        self.outcome = QPlainTextEdit()
        self.outcome.setMaximumHeight(60)
        self.outcome.setPlaceholderText(self.tr("What happened, or why it was postponed"))
        self.notes = QPlainTextEdit()
        self.notes.setMaximumHeight(60)
        self.error = QLabel()
        self.error.setStyleSheet("color: #a93226;")
        self.error.setWordWrap(True)
        self._layout()
        self._load(begin)
        fit_to_screen(self)
        keep_as_draft(self, case_id=case_id, appointment_id=appointment_id)

    @classmethod
    def reopen(cls, main: Any, ids: dict[str, str]) -> AppointmentDialog:
        """Built again after unlock with what had been typed (gui/dialog_drafts.py)."""
        dialog = cls(main.session, ids.get("case_id"), ids.get("appointment_id"), parent=main)
        return dialog

    def _layout(self) -> None:
        form = QFormLayout()
        form.addRow(self.tr("&Case"), self.case_code)
        form.addRow(self.tr("&Type"), self.kind)
        when = QHBoxLayout()
        when.addWidget(self.day)
        when.addWidget(QLabel(self.tr("from")))
        when.addWidget(self.start)
        when.addWidget(QLabel(self.tr("to")))
        when.addWidget(self.end)
        when.addStretch()
        form.addRow(buddy(self.tr("&Date"), self.day), when)
        self.day.setFocus()
        form.addRow(self.tr("&Place"), self.place)
        form.addRow(self.tr("Accompanied &by"), self.workers)
        if self.existing is None:
            repeat = QHBoxLayout()
            repeat.addWidget(self.repeat)
            repeat.addWidget(self.times)
            repeat.addStretch()
            form.addRow(buddy(self.tr("&Repeat"), self.repeat), repeat)
        remind = QHBoxLayout()
        for box in self.reminders.values():
            remind.addWidget(box)
        remind.addWidget(QLabel(self.tr("before")))
        remind.addStretch()
        form.addRow(buddy(self.tr("Re&mind"), next(iter(self.reminders.values()))), remind)
        form.addRow(self.tr("&Status"), self.status)
        form.addRow(self.tr("&Outcome"), self.outcome)
        form.addRow(self.tr("&Notes"), self.notes)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.setMinimumWidth(620)

    def _load(self, begin: datetime) -> None:
        a = self.existing
        if a is None:
            self.day.set_value(begin.date())
            self.start.setTime(QTime(begin.hour, begin.minute))
            self.end.setTime(QTime(begin.hour, begin.minute).addSecs(3600))
            self.kind.set_value(AppointmentKind.OTHER)  # make the person choose; hearings come from
            self._kind_changed()  # the Court tab, where they are linked to their proceeding
            return
        self.kind.set_value(a.kind)
        self.day.set_value(a.starts_at.date())
        self.start.setTime(QTime(a.starts_at.hour, a.starts_at.minute))
        self.end.setTime(QTime(a.ends_at.hour, a.ends_at.minute))
        self.place.setText(a.place)
        self.status.set_value(a.status)
        self.outcome.setPlainText(a.outcome)
        self.notes.setPlainText(a.notes)
        self._own_reminders = bool(a.reminders)
        chosen = lead_times(a.kind, a.reminders)
        for minutes, box in self.reminders.items():
            box.setChecked(minutes in chosen)

    def _reminders_touched(self) -> None:
        self._own_reminders = True

    def _kind_changed(self) -> None:
        if self._own_reminders:
            return
        chosen = lead_times(self.kind.value())
        for minutes, box in self.reminders.items():
            box.setChecked(minutes in chosen)

    # --- saving --------------------------------------------------------------------------------
    def _times(self) -> tuple[datetime, datetime]:
        day = self.day.value()
        if day is None:
            raise ValidationError("day", self.tr("Enter the date, e.g. 05.03.2026."))
        start, end = self.start.time(), self.end.time()
        begins = datetime(day.year, day.month, day.day, start.hour(), start.minute())
        ends = datetime(day.year, day.month, day.day, end.hour(), end.minute())
        if ends < begins:
            raise ValidationError("ends_at", self.tr("The appointment ends before it starts."))
        return begins, ends

    def _reminder_minutes(self, kind: AppointmentKind) -> list[int]:
        chosen = sorted((m for m, box in self.reminders.items() if box.isChecked()), reverse=True)
        return [] if tuple(chosen) == lead_times(kind) else chosen

    def save(self, allow_conflicts: bool = False) -> bool:
        self.error.clear()
        try:
            if self.case_id is None:
                self.case_id = clients.find_case_by_code(self.session, self.case_code.text()).id
            begins, ends = self._times()
            kind = self.kind.value()
            appt = self.existing or Appointment(self.case_id, kind, begins, ends)
            appt.kind, appt.starts_at, appt.ends_at = kind, begins, ends
            appt.place = self.place.text().strip()
            appt.notes = self.notes.toPlainText().strip()
            appt.status = self.status.value()
            appt.outcome = self.outcome.toPlainText().strip()
            appt.reminders = self._reminder_minutes(kind)
            if self.existing is None:
                rule = self.repeat.value()
                recurrence = (
                    Recurrence(rule[0], interval=rule[1], count=self.times.value())
                    if rule
                    else None
                )
                saved = appointments.add(
                    self.session, appt, self.workers.ids(), recurrence, allow_conflicts
                )
            else:
                appointments.update(self.session, appt, self.workers.ids(), allow_conflicts)
                saved = [appt]
        except DoubleBooking as exc:
            if self.existing is None and self.case_code.isReadOnly() is False:
                self.case_id = None
            if Messages.ask(
                self, self.tr("Double booking"),
                str(exc) + "\n\n" + self.tr("Save this appointment anyway?"),
                self.tr("Save anyway"), self.tr("Change it"),
            ):  # fmt: skip
                return self.save(allow_conflicts=True)
            self.error.setText(str(exc))
            return False
        except AstraError as exc:
            if not self.case_code.isReadOnly():
                self.case_id = None
            self.error.setText(str(exc))
            return False
        try:  # one record, two views: a court hearing joins the case's only proceedings at once
            hearings.link_to_sole_proceeding(self.session, [a.id for a in saved])
        except AstraError as exc:  # saved all the same; it waits in the Court tab to be linked
            Messages.error(self, self.tr("Court hearing"), str(exc))
        self.saved.emit([a.id for a in saved])
        self.accept()
        return True


def open_appointment(
    session: Session, appointment_id: str, parent: QWidget | None = None
) -> QDialog | None:
    """The right dialog for an appointment: hearings record attendance, the rest their outcome."""
    from astra_desktop.gui.hearing_dialog import HearingDialog

    try:
        view = hearings.for_appointment(session, appointment_id)
        dialog: QDialog = (
            HearingDialog(session, view.hearing.id, parent)
            if view is not None
            else AppointmentDialog(session, appointment_id=appointment_id, parent=parent)
        )
    except AstraError as exc:
        Messages.error(parent, QCoreApplication.translate("court", "Appointment"), str(exc))
        return None
    dialog.open()
    return dialog
