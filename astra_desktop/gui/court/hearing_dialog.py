"""Recording a hearing: held or postponed (why, and which party caused it), who was summoned,
who came and who testified — the client, her lawyer, the prosecutor, each defendant and their
counsel, the witnesses as counts — which protective measures were actually applied, and the next
hearing date, which schedules the next hearing at once."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any, cast

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QRadioButton,
    QSpinBox,
    QWidget,
)

from astra_desktop.core.appointments import AppointmentStatus
from astra_desktop.core.court import Defendant, HearingKind, Party, Proceeding, ProtectiveMeasure
from astra_desktop.errors import AstraError, ValidationError
from astra_desktop.gui.court import labels as court_labels
from astra_desktop.gui.dialog_drafts import keep_as_draft
from astra_desktop.gui.dialogs import Messages
from astra_desktop.gui.forms.ui_hearing_dialog import Ui_HearingDialog
from astra_desktop.gui.guarded_dialog import GuardedDialog
from astra_desktop.gui.loading import Loader, enable_inputs, say
from astra_desktop.gui.screen_fit import fit_to_screen
from astra_desktop.gui.tasks import TaskRunner
from astra_desktop.gui.widgets import EnumChecklist, EnumCombo, ValueCombo
from astra_desktop.services import clients, hearings, proceedings
from astra_desktop.services.appointments import DoubleBooking
from astra_desktop.services.hearings import HearingOutcome, HearingView
from astra_desktop.services.session import Session

Person = tuple[Party, str | None]


@dataclass(frozen=True)
class _HearingData:
    """All the dialog shows, read in one go on the runner's worker."""

    view: HearingView
    proceeding: Proceeding
    defendants: list[Defendant]
    case_code: str
    next_hearing: HearingView | None


def _read(session: Session, hearing_id: str) -> _HearingData:
    view = hearings.open_for_edit(session, hearing_id)
    proceeding_id = view.hearing.proceeding_id
    next_id = view.hearing.next_appointment_id
    return _HearingData(
        view,
        proceedings.get(session, proceeding_id),
        proceedings.defendants(session, proceeding_id),
        clients.get_case(session, view.appointment.case_id).case_code,
        hearings.for_appointment(session, next_id) if next_id else None,
    )


def _row_of(form: QFormLayout, widget: QWidget) -> int:
    """The form row holding `widget` (new rows go in after it)."""
    position = cast(tuple[int, object], form.getWidgetPosition(widget))
    return position[0]


class HearingDialog(GuardedDialog):
    """Layout in ui/hearing_dialog.ui; here the data: the statuses' and parties' names, one
    "present" checkbox per party and defendant (their number depends on the proceeding). Given a
    runner, the records are read on its worker and the dialog is filled when they arrive
    (gui/loading.py); until then it says so and only Cancel works."""

    saved = Signal(str)  # the hearing id

    def __init__(
        self,
        session: Session,
        hearing_id: str,
        parent: QWidget | None = None,
        runner: TaskRunner | None = None,
    ) -> None:
        super().__init__(parent)
        self.session, self.hearing_id = session, hearing_id
        self.ui = ui = Ui_HearingDialog()
        ui.setupUi(self)
        self.setWindowTitle(self.tr("Hearing"))
        self.error = ui.error
        ui.buttons.accepted.connect(self.save)
        ui.buttons.rejected.connect(self.reject)
        self.loaded = False
        self.loader = Loader(self, runner)
        self.loader.busy_changed.connect(self._show_busy)
        self.loader.load(lambda: _read(session, hearing_id), self._fill, self._failed)

    @property
    def loading(self) -> bool:
        return self.loader.busy

    def _show_busy(self, busy: bool) -> None:
        """While the hearing is read: the inputs are greyed out, Save too, and the dialog says so."""
        self._enable_inputs(not busy)
        say(self.error, self.tr("Loading the hearing…") if busy else None)

    def _enable_inputs(self, enabled: bool) -> None:
        enable_inputs(
            self, enabled, self.ui.buttons, self.error, QDialogButtonBox.StandardButton.Save
        )

    def _failed(self, exc: BaseException) -> None:
        """The hearing could not be read (deleted meanwhile): say so; only Cancel is left."""
        self._enable_inputs(False)
        say(self.error, None, str(exc))

    def _fill(self, data: _HearingData) -> None:
        ui = self.ui
        self.view, self.proceeding, self.defendants = data.view, data.proceeding, data.defendants
        appt, hearing = self.view.appointment, self.view.hearing
        kinds = court_labels.hearing_kinds()
        self.setWindowTitle(self.tr("Hearing · {0}").format(data.case_code))
        ui.heading.setText(
            f"<b>{kinds[hearing.kind.value]}</b> · {appt.starts_at:%d.%m.%Y %H:%M} · "
            f"{self.proceeding.title} · {data.case_code}"
        )

        # Held, postponed, missed or cancelled.
        self.statuses = ui.statuses
        names = court_labels.appointment_statuses()
        self.status_buttons: dict[AppointmentStatus, QRadioButton] = {
            AppointmentStatus.HELD: ui.status_held,
            AppointmentStatus.POSTPONED: ui.status_postponed,
            AppointmentStatus.MISSED: ui.status_missed,
            AppointmentStatus.CANCELLED: ui.status_cancelled,
        }
        for status, button in self.status_buttons.items():
            button.setText(names[status.value])
        current = appt.status if appt.status is not AppointmentStatus.PLANNED else None
        self.status_buttons[current or AppointmentStatus.HELD].setChecked(True)
        self.reason = ui.reason
        self.reason.setText(hearing.postponement_reason)
        self.statuses.buttonToggled.connect(self._status_changed)
        self.postponed_by: ValueCombo[str] = ValueCombo()
        self.postponed_by.setObjectName("postponed_by")
        for value, text in court_labels.postponement_causes().items():
            self.postponed_by.add(text, value)
        self.postponed_by.set_value(hearing.postponed_by)
        by_label = QLabel(self.tr("Postponed &by"))
        by_label.setBuddy(self.postponed_by)
        ui.form.insertRow(_row_of(ui.form, ui.reason) + 1, by_label, self.postponed_by)

        # Who came; the client and each defendant also: summoned, testified.
        self.present: dict[Person, QCheckBox] = {}
        self.summoned: dict[Person, QCheckBox] = {}
        self.testified: dict[Person, QCheckBox] = {}
        grid = ui.peopleGrid
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
                grid, row, 3, (Party.DEFENCE_LAWYER, d.id), self.tr("their defence lawyer")
            )
            row += 1
        if not self.defendants:
            grid.addWidget(
                QLabel(self.tr("No defendants recorded yet (add them on the Court tab).")), row, 0
            )
        for a in self.view.attendance:
            who = (a.party, a.defendant_id)
            if who in self.present:
                self.present[who].setChecked(a.present)
            if who in self.summoned:
                self.summoned[who].setChecked(bool(a.summoned))
                self.testified[who].setChecked(a.testified)
        self._witness_row(ui)

        self.measures: EnumChecklist[ProtectiveMeasure] = ui.measures
        self.measures.set_enum(ProtectiveMeasure, court_labels.protective_measures())
        self.measures.set_values(
            list(hearing.measures_applied) if self.view.attendance else list(self.proceeding.measures_ordered)
        )  # fmt: skip
        self.outcome = ui.outcome
        self.outcome.setPlainText(
            appt.outcome if appt.outcome != hearing.postponement_reason else ""
        )

        # The next hearing.
        self.next_day, self.next_time = ui.next_starts_at, ui.next_time
        self.next_kind: EnumCombo[HearingKind] = ui.next_kind
        self.next_kind.set_enum(HearingKind, kinds)
        self.next_kind.set_value(HearingKind.MAIN_HEARING)
        self.next_note = ui.next_note
        if hearing.next_appointment_id:
            nxt = data.next_hearing
            when = f"{nxt.appointment.starts_at:%d.%m.%Y %H:%M}" if nxt else "—"
            self.next_note.setText(
                self.tr("The next hearing is already scheduled: {0}.").format(when)
            )
            for w in (self.next_day, self.next_time, self.next_kind):
                w.setEnabled(False)

        fit_to_screen(self)
        self._status_changed()
        self.loaded = True
        # What it opened with counts as untouched, also when it was on screen while loading.
        keep_as_draft(self, hearing_id=self.hearing_id)
        self.mark_untouched()

    @classmethod
    def reopen(cls, main: Any, ids: dict[str, str]) -> HearingDialog:
        """Built again after unlock with what had been typed (gui/dialog_drafts.py): read at
        once, without the runner, so the inputs are there when the draft is put back."""
        dialog = cls(main.session, ids["hearing_id"], main)
        return dialog

    def _person(self, grid: QGridLayout, row: int, column: int, who: Person, text: str) -> None:
        box = QCheckBox(text)
        key = f"{who[0].value}:{who[1] or ''}"
        box.setObjectName(f"present:{key}")  # its draft identity
        self.present[who] = box
        grid.addWidget(box, row, column)
        if who[0] in (Party.VICTIM, Party.DEFENDANT):
            for column_, name, found, text_ in (
                (1, "summoned", self.summoned, self.tr("summoned")),
                (2, "testified", self.testified, self.tr("testified")),
            ):
                extra = QCheckBox(text_)
                extra.setObjectName(f"{name}:{key}")
                found[who] = extra
                grid.addWidget(extra, row, column_)

    def _witness_row(self, ui: Ui_HearingDialog) -> None:
        """The witnesses as counts: summoned, came, testified ("—": not recorded)."""
        hearing = self.view.hearing
        row = QHBoxLayout()
        self.witnesses: list[QSpinBox] = []
        values = (hearing.witnesses_summoned, hearing.witnesses_appeared,
                  hearing.witnesses_testified)  # fmt: skip
        texts = (self.tr("summoned"), self.tr("came"), self.tr("testified"))
        for name, text, value in zip(("summoned", "came", "testified"), texts, values, strict=True):
            spin = QSpinBox()
            spin.setObjectName(f"witnesses_{name}")
            spin.setRange(-1, 99)
            spin.setSpecialValueText("—")
            spin.setValue(-1 if value is None else value)
            row.addWidget(QLabel(text))
            row.addWidget(spin)
            self.witnesses.append(spin)
        row.addStretch()
        label = QLabel(self.tr("Wi&tnesses"))
        label.setBuddy(self.witnesses[0])
        ui.form.insertRow(_row_of(ui.form, ui.people) + 1, label, row)

    def _status_changed(self) -> None:
        postponed = self.status() is AppointmentStatus.POSTPONED
        self.reason.setEnabled(postponed)
        self.postponed_by.setEnabled(postponed)

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
            summoned={who: box.isChecked() for who, box in self.summoned.items()},
            testified={who: box.isChecked() for who, box in self.testified.items()},
            postponed_by=self.postponed_by.value() if self.postponed_by.isEnabled() else "",
            witnesses=(self._count(0), self._count(1), self._count(2)),
            measures_applied=self.measures.values(),
            postponement_reason=self.reason.text() if self.reason.isEnabled() else "",
            outcome=self.outcome.toPlainText(),
            next_starts_at=next_start,
            next_kind=self.next_kind.value(),
        )

    def _count(self, index: int) -> int | None:
        value = self.witnesses[index].value()
        return None if value < 0 else value

    def save(self, allow_conflicts: bool = False) -> bool:
        if not self.loaded:
            return False
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
            widget = {
                "postponement_reason": self.reason, "next_starts_at": self.next_day,
                "postponed_by": self.postponed_by, "witnesses": self.witnesses[0],
            }.get(exc.field)  # fmt: skip
            if widget is not None:
                widget.setFocus()
            return False
        except AstraError as exc:
            self.error.setText(str(exc))
            return False
        self.saved.emit(self.view.hearing.id)
        self.accept()
        return True
