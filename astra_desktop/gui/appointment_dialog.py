"""Making or changing an appointment: type, day and time, place, who accompanies, repeats,
reminders, and — once it has happened — its status and outcome.

A double booking is shown as a question ("save anyway?"), never saved silently. Court hearings
opened from a list go to the hearing dialog instead, where attendance is recorded. The layout is
ui/appointment_dialog.ui.
"""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import Any

from PySide6.QtCore import QCoreApplication, QTime, Signal
from PySide6.QtWidgets import QCheckBox, QDialog, QLabel, QTimeEdit, QWidget

from astra_desktop.core.appointments import (
    Appointment,
    AppointmentKind,
    AppointmentStatus,
    local_now,
)
from astra_desktop.core.recurrence import Frequency, Recurrence
from astra_desktop.core.reminders import DAY, HOUR, lead_times
from astra_desktop.errors import AstraError, ValidationError
from astra_desktop.gui.court import labels as court_labels
from astra_desktop.gui.dialog_drafts import keep_as_draft
from astra_desktop.gui.dialogs import Messages
from astra_desktop.gui.forms.ui_appointment_dialog import Ui_AppointmentDialog
from astra_desktop.gui.guarded_dialog import GuardedDialog
from astra_desktop.gui.screen_fit import fit_to_screen
from astra_desktop.gui.tasks import TaskRunner
from astra_desktop.gui.widgets import EnumCombo, ValueCombo
from astra_desktop.gui.widgets import WorkerList as WorkerList  # here before: court/dialogs.py
from astra_desktop.services import appointments, clients, hearings
from astra_desktop.services.appointments import DoubleBooking
from astra_desktop.services.session import Session


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
        self.ui = ui = Ui_AppointmentDialog()
        ui.setupUi(self)
        self.setWindowTitle(self.tr("Appointment") if self.existing else self.tr("New appointment"))
        self.case_code, self.place, self.workers = ui.case_code, ui.place, ui.workers
        self.kind: EnumCombo[AppointmentKind] = ui.kind
        self.status: EnumCombo[AppointmentStatus] = ui.status
        self.day, self.start, self.end = ui.day, ui.start, ui.end
        self.repeat: ValueCombo[tuple[Frequency, int] | None] = ui.repeat
        self.times, self.outcome, self.notes, self.error = ui.times, ui.outcome, ui.notes, ui.error
        self.reminders: dict[int, QCheckBox] = {
            7 * DAY: ui.remind_week, 2 * DAY: ui.remind_two_days, DAY: ui.remind_day,
            2 * HOUR: ui.remind_two_hours, HOUR: ui.remind_hour,
        }  # fmt: skip
        if case_id:
            self.case_code.setText(clients.get_case(session, case_id).case_code)
            self.case_code.setReadOnly(True)
        self.kind.set_enum(AppointmentKind, court_labels.appointment_kinds())
        self.status.set_enum(AppointmentStatus, court_labels.appointment_statuses())
        begin = start or (local_now() + timedelta(days=1)).replace(hour=9, minute=0)
        self.workers.load(session)
        self.workers.set_ids(workers)
        for text, rule in (
            (self.tr("Does not repeat"), None),
            (self.tr("Every day"), (Frequency.DAILY, 1)),
            (self.tr("Every week"), (Frequency.WEEKLY, 1)),
            (self.tr("Every two weeks"), (Frequency.WEEKLY, 2)),
            (self.tr("Every month"), (Frequency.MONTHLY, 1)),
        ):
            self.repeat.add(text, rule)
        self.repeat.currentIndexChanged.connect(
            lambda: self.times.setEnabled(self.repeat.value() is not None)
        )
        ui.form.setRowVisible(ui.repeatLabel, self.existing is None)  # a series is made once
        self._own_reminders = False
        for box in self.reminders.values():
            box.clicked.connect(self._reminders_touched)
        self.kind.currentIndexChanged.connect(self._kind_changed)
        ui.buttons.accepted.connect(self.save)
        ui.buttons.rejected.connect(self.reject)
        (self.day if case_id else self.case_code).setFocus()  # the first thing left to type
        self._load(begin)
        fit_to_screen(self)
        keep_as_draft(self, case_id=case_id, appointment_id=appointment_id)

    @classmethod
    def reopen(cls, main: Any, ids: dict[str, str]) -> AppointmentDialog:
        """Built again after unlock with what had been typed (gui/dialog_drafts.py)."""
        dialog = cls(main.session, ids.get("case_id"), ids.get("appointment_id"), parent=main)
        return dialog

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
    session: Session,
    appointment_id: str,
    parent: QWidget | None = None,
    runner: TaskRunner | None = None,
) -> QDialog | None:
    """The right dialog for an appointment: hearings record attendance, the rest their outcome.
    A hearing's records are read on the task runner (`runner`, else the one of the window it is
    opened from), so a big vault does not freeze the window; the dialog says it is loading and
    cannot be saved until they are there (gui/loading.py)."""
    from astra_desktop.gui.court.hearing_dialog import HearingDialog

    try:
        view = hearings.for_appointment(session, appointment_id)
        dialog: QDialog = (
            HearingDialog(session, view.hearing.id, parent, runner=_runner(runner, parent))
            if view is not None
            else AppointmentDialog(session, appointment_id=appointment_id, parent=parent)
        )
    except AstraError as exc:
        Messages.error(parent, QCoreApplication.translate("court", "Appointment"), str(exc))
        return None
    dialog.open()
    return dialog


def _runner(given: TaskRunner | None, widget: QWidget | None) -> TaskRunner | None:
    """`given`, else the task runner of the page or window `widget` sits in (the agenda pages
    and the main window keep theirs as `runner`); None outside one: the data is read at once."""
    if given is not None:
        return given
    while widget is not None:
        found = getattr(widget, "runner", None)
        if isinstance(found, TaskRunner):
            return found
        widget = widget.parentWidget()
    return None
