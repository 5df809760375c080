"""Recording a hearing: held or postponed (and why), who came — the client, her lawyer, the
prosecutor, each defendant and their counsel — which protective measures were actually applied,
and the next hearing date, which schedules the next hearing at once."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from PySide6.QtCore import QTime, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from astra_desktop.core.appointments import AppointmentStatus
from astra_desktop.core.court import HearingKind, Party, ProtectiveMeasure
from astra_desktop.errors import AstraError, ValidationError
from astra_desktop.gui import court_labels
from astra_desktop.gui.appointment_dialog import buddy, time_edit
from astra_desktop.gui.dialog_drafts import keep_as_draft
from astra_desktop.gui.dialogs import Messages
from astra_desktop.gui.guarded_dialog import GuardedDialog
from astra_desktop.gui.screen_fit import fit_to_screen
from astra_desktop.gui.widgets import DateField, EnumChecklist, EnumCombo
from astra_desktop.services import clients, hearings, proceedings
from astra_desktop.services.appointments import DoubleBooking
from astra_desktop.services.hearings import HearingOutcome
from astra_desktop.services.session import Session

Person = tuple[Party, str | None]


class HearingDialog(GuardedDialog):
    saved = Signal(str)  # the hearing id

    def __init__(self, session: Session, hearing_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.view = hearings.open_for_edit(session, hearing_id)
        appt, hearing = self.view.appointment, self.view.hearing
        self.proceeding = proceedings.get(session, hearing.proceeding_id)
        self.defendants = proceedings.defendants(session, hearing.proceeding_id)
        code = clients.get_case(session, appt.case_id).case_code
        kinds = court_labels.hearing_kinds()
        self.setWindowTitle(self.tr("Hearing · {0}").format(code))
        heading = QLabel(
            f"<b>{kinds[hearing.kind.value]}</b> · {appt.starts_at:%d.%m.%Y %H:%M} · "
            f"{self.proceeding.title} · {code}"
        )
        heading.setWordWrap(True)

        # Held, postponed, missed or cancelled.
        self.statuses = QButtonGroup(self)
        status_row = QHBoxLayout()
        names = court_labels.appointment_statuses()
        self.status_buttons: dict[AppointmentStatus, QRadioButton] = {}
        for status in (AppointmentStatus.HELD, AppointmentStatus.POSTPONED,
                       AppointmentStatus.MISSED, AppointmentStatus.CANCELLED):  # fmt: skip
            button = QRadioButton(names[status.value])
            self.statuses.addButton(button)
            self.status_buttons[status] = button
            status_row.addWidget(button)
        status_row.addStretch()
        current = appt.status if appt.status is not AppointmentStatus.PLANNED else None
        self.status_buttons[current or AppointmentStatus.HELD].setChecked(True)
        self.reason = QLineEdit(hearing.postponement_reason)
        self.reason.setPlaceholderText(self.tr("e.g. the defendant was not brought from custody"))
        self.statuses.buttonToggled.connect(self._status_changed)

        # Who came.
        self.present: dict[Person, QCheckBox] = {}
        people = QGroupBox(self.tr("Who was in court"))
        grid = QGridLayout(people)
        parties = court_labels.parties()
        roles = court_labels.defendant_roles()
        row = 0
        for party in (Party.VICTIM, Party.VICTIM_LAWYER, Party.PROSECUTOR):
            self._person(grid, row, 0, (party, None), parties[party.value])
            row += 1
        for d in self.defendants:
            self._person(
                grid, row, 0, (Party.DEFENDANT, d.id), f"{d.label} ({roles[d.role.value]})"
            )
            self._person(
                grid, row, 1, (Party.DEFENCE_LAWYER, d.id), self.tr("their defence lawyer")
            )
            row += 1
        if not self.defendants:
            grid.addWidget(
                QLabel(self.tr("No defendants recorded yet (add them on the Court tab).")), row, 0
            )
        for a in self.view.attendance:
            box = self.present.get((a.party, a.defendant_id))
            if box is not None:
                box.setChecked(a.present)

        self.measures = EnumChecklist(ProtectiveMeasure, court_labels.protective_measures())
        self.measures.set_values(
            list(hearing.measures_applied) if self.view.attendance else list(self.proceeding.measures_ordered)
        )  # fmt: skip
        self.outcome = QPlainTextEdit(
            appt.outcome if appt.outcome != hearing.postponement_reason else ""
        )
        self.outcome.setMaximumHeight(60)
        self.outcome.setPlaceholderText(self.tr("What happened: testimony given, evidence heard …"))

        # The next hearing.
        self.next_day = DateField()
        self.next_day.setObjectName("next_starts_at")
        self.next_time = time_edit(QTime(9, 0))
        self.next_kind = EnumCombo(HearingKind, kinds)
        self.next_kind.set_value(HearingKind.MAIN_HEARING)
        next_row = QHBoxLayout()
        for w in (self.next_day, self.next_time, self.next_kind):
            next_row.addWidget(w)
        next_row.addStretch()
        self.next_note = QLabel()
        if hearing.next_appointment_id:
            nxt = hearings.for_appointment(session, hearing.next_appointment_id)
            when = f"{nxt.appointment.starts_at:%d.%m.%Y %H:%M}" if nxt else "—"
            self.next_note.setText(
                self.tr("The next hearing is already scheduled: {0}.").format(when)
            )
            for w in (self.next_day, self.next_time, self.next_kind):
                w.setEnabled(False)

        form = QFormLayout()
        form.addRow(
            buddy(self.tr("&Status"), self.status_buttons[AppointmentStatus.HELD]), status_row
        )
        form.addRow(self.tr("&Why postponed"), self.reason)
        form.addRow(people)
        form.addRow(self.tr("Protective &measures applied"), self.measures)
        form.addRow(self.tr("&Outcome"), self.outcome)
        form.addRow(buddy(self.tr("&Next hearing"), self.next_day), next_row)
        form.addRow("", self.next_note)
        self.error = QLabel()
        self.error.setStyleSheet("color: #a93226;")
        self.error.setWordWrap(True)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.setMinimumWidth(680)
        fit_to_screen(self)
        self._status_changed()
        keep_as_draft(self, hearing_id=hearing_id)

    @classmethod
    def reopen(cls, main: Any, ids: dict[str, str]) -> HearingDialog:
        """Built again after unlock with what had been typed (gui/dialog_drafts.py)."""
        dialog = cls(main.session, ids["hearing_id"], main)
        return dialog

    def _person(self, grid: QGridLayout, row: int, column: int, who: Person, text: str) -> None:
        box = QCheckBox(text)
        box.setObjectName(f"present:{who[0].value}:{who[1] or ''}")  # its draft identity
        self.present[who] = box
        grid.addWidget(box, row, column)

    def _status_changed(self) -> None:
        self.reason.setEnabled(self.status() is AppointmentStatus.POSTPONED)

    def status(self) -> AppointmentStatus:
        for status, button in self.status_buttons.items():
            if button.isChecked():
                return status
        return AppointmentStatus.HELD

    def outcome_entered(self) -> HearingOutcome:
        next_start = None
        day = self.next_day.value() if self.next_day.isEnabled() else None
        if day is not None:
            t = self.next_time.time()
            next_start = datetime(day.year, day.month, day.day, t.hour(), t.minute())
        return HearingOutcome(
            status=self.status(),
            present={who: box.isChecked() for who, box in self.present.items()},
            measures_applied=self.measures.values(),
            postponement_reason=self.reason.text() if self.reason.isEnabled() else "",
            outcome=self.outcome.toPlainText(),
            next_starts_at=next_start,
            next_kind=self.next_kind.value(),
        )

    def save(self, allow_conflicts: bool = False) -> bool:
        self.error.clear()
        try:
            hearings.record(self.session, self.view.hearing.id, self.outcome_entered(),
                            allow_conflicts=allow_conflicts)  # fmt: skip
        except DoubleBooking as exc:
            if Messages.ask(
                self, self.tr("Double booking"),
                str(exc) + "\n\n" + self.tr("Schedule the next hearing anyway?"),
                self.tr("Schedule anyway"), self.tr("Change the date"),
            ):  # fmt: skip
                return self.save(allow_conflicts=True)
            self.error.setText(str(exc))
            return False
        except ValidationError as exc:
            self.error.setText(str(exc))
            widget = {"postponement_reason": self.reason, "next_starts_at": self.next_day}.get(
                exc.field
            )
            if widget is not None:
                widget.setFocus()
            return False
        except AstraError as exc:
            self.error.setText(str(exc))
            return False
        self.saved.emit(self.view.hearing.id)
        self.accept()
        return True
