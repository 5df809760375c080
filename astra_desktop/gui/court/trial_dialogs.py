"""Forms of a monitored trial: the trial itself (court, numbers, injured parties by code, judgment,
sentence, plea agreement, compensation, service of the written judgment, appeal), a defendant, a
charge or its re-qualification, and a hearing with who was summoned, came and testified.

Layouts in ui/trial_dialog.ui, ui/defendant_dialog.ui, ui/trial_charge_dialog.ui and
ui/trial_hearing_dialog.ui; here the data, and the hearing's one row per injured party and
defendant (their number depends on the trial)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QCheckBox, QDialog, QLabel, QLineEdit, QSpinBox, QWidget

from astra_desktop.core.appointments import AppointmentStatus, local_today
from astra_desktop.core.court import (
    AppealBy,
    Attendance,
    Charge,
    ClaimDecision,
    Defendant,
    DefendantRole,
    HearingKind,
    Party,
    Verdict,
)
from astra_desktop.core.trials import MonitoredTrial, TrialHearing
from astra_desktop.errors import AstraError, ValidationError
from astra_desktop.gui.court import labels as court_labels
from astra_desktop.gui.forms.ui_defendant_dialog import Ui_DefendantDialog
from astra_desktop.gui.forms.ui_trial_charge_dialog import Ui_TrialChargeDialog
from astra_desktop.gui.forms.ui_trial_dialog import Ui_TrialDialog
from astra_desktop.gui.forms.ui_trial_hearing_dialog import Ui_TrialHearingDialog
from astra_desktop.gui.guarded_dialog import GuardedDialog
from astra_desktop.gui.screen_fit import fit_to_screen
from astra_desktop.gui.widgets import EnumChecklist, EnumCombo, ValueCombo
from astra_desktop.services import trials
from astra_desktop.services.session import Session


def _amount(field: QLineEdit) -> int | None:
    text = field.text().replace(".", "").replace(" ", "").strip()
    if not text:
        return None
    if not text.isdigit():
        raise ValidationError(
            field.objectName(),
            QCoreApplication.translate("TrialDialog", "Enter an amount in dinars, digits only."),
        )
    return int(text)


def _set_count(spin: QSpinBox, value: int | None) -> None:
    """A count where "—" (the lowest value, -1) means not recorded."""
    spin.setValue(-1 if value is None else value)


def _count(spin: QSpinBox) -> int | None:
    return None if spin.value() < 0 else spin.value()


def _attempt(dialog: QDialog, error: QLabel, action: Callable[[], object]) -> bool:
    """Run the save; on a refusal show why and stay open, else close."""
    error.clear()
    try:
        action()
    except AstraError as exc:
        error.setText(str(exc))
        return False
    dialog.accept()
    return True


def _wire(dialog: QDialog, buttons: object, error: QLabel) -> None:
    """Save / Cancel, and the size the screen allows."""
    buttons.accepted.connect(dialog.save)  # type: ignore[attr-defined]
    buttons.rejected.connect(dialog.reject)  # type: ignore[attr-defined]
    error.clear()
    fit_to_screen(dialog)


class TrialDialog(GuardedDialog):
    """A new monitored trial, or an existing one (`trial_id`)."""

    def __init__(
        self, session: Session, trial_id: str | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.session = session
        self.trial = trials.get(session, trial_id) if trial_id else MonitoredTrial()
        t = self.trial
        self.ui = ui = Ui_TrialDialog()
        ui.setupUi(self)
        self.setWindowTitle(
            self.tr("Monitored trial") if trial_id else self.tr("New monitored trial")
        )
        self.fields: dict[str, QLineEdit] = {
            "court": ui.court, "court_case_number": ui.court_case_number,
            "prosecutor_office": ui.prosecutor_office,
            "prosecution_case_number": ui.prosecution_case_number, "judge": ui.judge,
        }  # fmt: skip
        for name, field in self.fields.items():
            field.setText(getattr(t, name))
        self.injured = ui.injured_parties
        self.injured.setText(", ".join(t.injured_parties))
        self.opened_on = ui.opened_on
        self.opened_on.set_value(t.opened_on)
        self.verdict: EnumCombo[Verdict] = ui.verdict
        self.verdict.set_enum(Verdict, court_labels.verdicts())
        self.verdict.set_value(t.verdict)
        self.verdict_on = ui.verdict_on
        self.verdict_on.set_value(t.verdict_on)
        self.article, self.paragraph = ui.convicted_article, ui.convicted_paragraph
        self.offence, self.sentence = ui.convicted_offence, ui.sentence
        self.article.setText(t.convicted_article)
        self.paragraph.setText(t.convicted_paragraph)
        self.offence.setText(t.convicted_offence)
        self.sentence.setText(t.sentence)
        self.months = ui.sentence_months
        _set_count(self.months, t.sentence_months)
        self.plea, self.plea_on = ui.plea_agreement, ui.plea_agreement_on
        self.plea.setChecked(t.plea_agreement)
        self.plea_on.set_value(t.plea_agreement_on)
        self.served_on = ui.judgment_served_on
        self.served_on.set_value(t.judgment_served_on)
        self.appealed: EnumChecklist[AppealBy] = ui.appealed_by
        self.appealed.set_enum(AppealBy, court_labels.appeal_parties())
        self.appealed.set_values(t.appealed_by)
        self.claimed, self.awarded = ui.compensation_claimed, ui.compensation_awarded
        for field, value in ((self.claimed, t.compensation_claimed),
                             (self.awarded, t.compensation_awarded)):  # fmt: skip
            field.setText("" if value is None else str(value))
        self.decision: EnumCombo[ClaimDecision] = ui.property_claim_decision
        self.decision.set_enum(ClaimDecision, court_labels.claim_decisions())
        self.decision.set_value(t.property_claim_decision)
        self.notes = ui.notes
        self.notes.setPlainText(t.notes)
        self.error = ui.error
        _wire(self, ui.buttons, self.error)

    def entered(self) -> MonitoredTrial:
        t = self.trial
        for name, field in self.fields.items():
            setattr(t, name, field.text().strip())
        t.injured_parties = self.injured.text().replace(";", ",").split(",")
        t.opened_on, t.verdict = self.opened_on.value(), self.verdict.value()
        t.verdict_on = self.verdict_on.value()
        t.convicted_article = self.article.text().strip()
        t.convicted_paragraph = self.paragraph.text().strip()
        t.convicted_offence, t.sentence = self.offence.text().strip(), self.sentence.text().strip()
        t.sentence_months = _count(self.months)
        t.plea_agreement = self.plea.isChecked()
        t.plea_agreement_on = self.plea_on.value() if t.plea_agreement else None
        t.judgment_served_on = self.served_on.value()
        t.appealed_by = self.appealed.values()
        t.compensation_claimed = _amount(self.claimed)
        t.compensation_awarded = _amount(self.awarded)
        t.property_claim_decision = self.decision.value()
        t.notes = self.notes.toPlainText().strip()
        return t

    def save(self) -> bool:
        def write() -> None:
            trial = self.entered()
            (trials.update if trial.version else trials.add)(self.session, trial)

        return _attempt(self, self.error, write)


class DefendantDialog(GuardedDialog):
    def __init__(self, session: Session, trial_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session, self.trial_id = session, trial_id
        self.ui = ui = Ui_DefendantDialog()
        ui.setupUi(self)
        self.label = ui.label
        self.role: EnumCombo[DefendantRole] = ui.role
        self.role.set_enum(DefendantRole, court_labels.defendant_roles())
        self.error = ui.error
        _wire(self, ui.buttons, self.error)

    def save(self) -> bool:
        return _attempt(self, self.error, lambda: trials.add_defendant(
            self.session, Defendant(self.trial_id, self.label.text().strip(), self.role.value())
        ))  # fmt: skip


class TrialChargeDialog(GuardedDialog):
    """A charge of a monitored trial, or — with `replaces` — its re-qualification."""

    def __init__(
        self, session: Session, trial_id: str, replaces: Charge | None = None,
        parent: QWidget | None = None,
    ) -> None:  # fmt: skip
        super().__init__(parent)
        self.session, self.trial_id, self.replaces = session, trial_id, replaces
        self.ui = ui = Ui_TrialChargeDialog()
        ui.setupUi(self)
        self.setWindowTitle(
            self.tr("Re-qualify the charge") if replaces else self.tr("Add a charge")
        )
        if replaces is not None:
            ui.current.setText(self.tr("Now: Art. {0} para. {1} {2}, since {3}").format(
                replaces.article, replaces.paragraph or "—", replaces.offence,
                f"{replaces.qualified_on:%d.%m.%Y}"))  # fmt: skip
        ui.form.setRowVisible(ui.current, replaces is not None)
        self.article, self.paragraph = ui.article, ui.paragraph
        self.offence, self.note, self.on = ui.offence, ui.note, ui.qualified_on
        self.on.set_value(local_today())
        self.error = ui.error
        _wire(self, ui.buttons, self.error)

    def save(self) -> bool:
        return _attempt(self, self.error, self._write)

    def _write(self) -> None:
        on = self.on.value()
        if on is None:
            raise ValidationError("qualified_on", self.tr("Enter the date of the charge."))
        if self.replaces is not None:
            trials.requalify(self.session, self.replaces.id, self.article.text(),
                             self.paragraph.text(), self.offence.text(), on,
                             self.note.text().strip())  # fmt: skip
        else:
            trials.add_charge(self.session, Charge(
                self.trial_id, self.article.text().strip(), on,
                paragraph=self.paragraph.text().strip(), offence=self.offence.text().strip(),
                note=self.note.text().strip(),
            ))  # fmt: skip


Person = tuple[Party, str]  # (VICTIM, code) or (DEFENDANT, defendant id)


class TrialHearingDialog(GuardedDialog):
    """A hearing of a monitored trial: its day, kind and outcome, who caused a postponement, and
    for each injured party and defendant whether summoned, present, testified."""

    def __init__(
        self, session: Session, trial_id: str, hearing_id: str | None = None,
        parent: QWidget | None = None,
    ) -> None:  # fmt: skip
        super().__init__(parent)
        self.session = session
        self.trial = trials.get(session, trial_id)
        views = {v.hearing.id: v for v in trials.hearings(session, trial_id)}
        view = views.get(hearing_id) if hearing_id else None
        self.new = view is None
        h = view.hearing if view else TrialHearing(trial_id, local_today())
        self.hearing = h
        self.ui = ui = Ui_TrialHearingDialog()
        ui.setupUi(self)
        self.setWindowTitle(self.tr("Hearing · {0}").format(self.trial.title))
        self.day = ui.held_on
        self.day.set_value(h.held_on)
        self.kind: EnumCombo[HearingKind] = ui.kind
        self.kind.set_enum(HearingKind, court_labels.hearing_kinds())
        self.kind.set_value(h.kind)
        self.status: EnumCombo[AppointmentStatus] = ui.status
        self.status.set_enum(AppointmentStatus, court_labels.appointment_statuses())
        self.status.set_value(h.status)
        self.postponed_by: ValueCombo[str] = ui.postponed_by
        for value, text in court_labels.postponement_causes().items():
            self.postponed_by.add(text, value)
        self.postponed_by.set_value(h.postponed_by)
        self.reason = ui.postponement_reason
        self.reason.setText(h.postponement_reason)
        self.status.currentIndexChanged.connect(lambda _i: self._status_changed())
        self.boxes: dict[Person, tuple[QCheckBox, QCheckBox, QCheckBox]] = {}
        self._people(view)
        self.witnesses = [ui.witnesses_summoned, ui.witnesses_appeared, ui.witnesses_testified]
        values = (h.witnesses_summoned, h.witnesses_appeared, h.witnesses_testified)
        for spin, number in zip(self.witnesses, values, strict=True):
            _set_count(spin, number)
        self.notes = ui.notes
        self.notes.setText(h.notes)
        self.error = ui.error
        self._status_changed()
        _wire(self, ui.buttons, self.error)

    def _people(self, view: trials.TrialHearingView | None) -> None:
        """One row per injured party and defendant: summoned, came, testified."""
        grid = self.ui.peopleGrid
        for column, text in enumerate(
            (self.tr("summoned"), self.tr("came"), self.tr("testified")), 1
        ):
            grid.addWidget(QLabel(text), 0, column)
        roles = court_labels.defendant_roles()
        rows: list[tuple[Person, str]] = [
            ((Party.VICTIM, code), self.tr("Injured party {0}").format(code))
            for code in self.trial.injured_parties
        ]
        rows += [
            ((Party.DEFENDANT, d.id), f"{d.label} ({roles[d.role.value]})")
            for d in trials.defendants(self.session, self.trial.id)
        ]
        for row, (who, text) in enumerate(rows, 1):
            grid.addWidget(QLabel(text), row, 0)
            boxes = []
            for column, name in enumerate(("summoned", "present", "testified"), 1):
                box = QCheckBox()
                box.setObjectName(f"{name}:{who[0].value}:{who[1]}")
                box.setAccessibleName(f"{text}: {name}")
                grid.addWidget(box, row, column)
                boxes.append(box)
            self.boxes[who] = (boxes[0], boxes[1], boxes[2])
            mark = view.mark(*who) if view else None
            if mark is not None:
                boxes[0].setChecked(bool(mark.summoned))
                boxes[1].setChecked(mark.present)
                boxes[2].setChecked(mark.testified)
        if not rows:
            grid.addWidget(QLabel(self.tr("No injured parties or defendants recorded yet.")), 1, 0)

    def _status_changed(self) -> None:
        postponed = self.status.value() is AppointmentStatus.POSTPONED
        self.postponed_by.setEnabled(postponed)
        self.reason.setEnabled(postponed)

    def marks(self) -> list[Attendance]:
        out = []
        for (party, person), (summoned, present, testified) in self.boxes.items():
            if not (summoned.isChecked() or present.isChecked() or testified.isChecked()):
                continue
            out.append(Attendance(
                "", party, present.isChecked(), person if party is Party.DEFENDANT else None,
                summoned=summoned.isChecked(), testified=testified.isChecked(),
                injured_party=person if party is Party.VICTIM else "",
            ))  # fmt: skip
        return out

    def save(self) -> bool:
        return _attempt(self, self.error, self._write)

    def _write(self) -> None:
        h = self.hearing
        day = self.day.value()
        if day is None:
            raise ValidationError("held_on", self.tr("Enter the day of the hearing."))
        h.held_on, h.kind, h.status = day, self.kind.value(), self.status.value()
        h.postponed_by = self.postponed_by.value() if self.postponed_by.isEnabled() else ""
        h.postponement_reason = self.reason.text().strip() if self.reason.isEnabled() else ""
        h.witnesses_summoned, h.witnesses_appeared, h.witnesses_testified = (
            _count(s) for s in self.witnesses
        )
        h.notes = self.notes.text().strip()
        trials.save_hearing(self.session, h, self.marks(), new=self.new)
