"""Dialogs of a missing-person search: opening one, recording an action, changing its status
(with the outcome of a found or closed search), and a partner asked about the person.

Each is window-modal (`open()`), saves through the services and shows their messages in place,
so a wrong date or a missing reason is fixed without losing what was typed. The layouts of the
dialogs are ui/search_dialog.ui, ui/action_dialog.ui, ui/status_dialog.ui and ui/inquiry_dialog.ui;
the status dialog's outcome row and the inquiry dialog's partner picker are added here.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QFormLayout, QLabel, QWidget

from astra_desktop.core.appointments import Clock, local_now
from astra_desktop.core.missing import (
    OUTCOMES,
    ActionKind,
    Inquiry,
    InquiryAnswer,
    MissingSearch,
    SearchAction,
    SearchOutcome,
    SearchStatus,
)
from astra_desktop.errors import AstraError, ValidationError
from astra_desktop.gui.forms.ui_action_dialog import Ui_ActionDialog
from astra_desktop.gui.forms.ui_inquiry_dialog import Ui_InquiryDialog
from astra_desktop.gui.forms.ui_search_dialog import Ui_SearchDialog
from astra_desktop.gui.forms.ui_status_dialog import Ui_StatusDialog
from astra_desktop.gui.guarded_dialog import GuardedDialog
from astra_desktop.gui.hotline import labels as hotline_labels
from astra_desktop.gui.partners.picker import PartnerPicker
from astra_desktop.gui.record_form import Field
from astra_desktop.gui.screen_fit import fit_to_screen
from astra_desktop.gui.tasks import TaskRunner
from astra_desktop.gui.widgets import ValueCombo
from astra_desktop.services import missing
from astra_desktop.services.session import Session


def search_fields() -> list[Field]:
    """As little about the person as the search needs; how to reach the reporter safely."""

    def t(text: str) -> str:
        return QCoreApplication.translate("missing", text)

    return [
        Field("person", t("&Person sought"), placeholder=t("a name, or a description")),
        Field("person_details", t("&Details"), "multiline",
              placeholder=t("only what helps find them: appearance, phone")),
        Field("person_age", t("Age"), "int", placeholder=t("years, if known")),
        Field("minor", t("Minor"), "bool", placeholder=t("under 18")),  # from the age, if known
        Field("last_seen_on", t("&Last seen on"), "date"),
        Field("last_seen_place", t("Last seen &where")),
        Field("last_seen_country", t("Last seen in country")),
        Field("believed_country", t("Believed to be in"), placeholder=t("country, if known")),
        Field("police_report_number", t("Police report no.")),
        Field("police_station", t("Police station")),
        Field("police_reported_on", t("Reported to the police on"), "date"),
        Field("reporter", t("&Reported by"), placeholder=t("e.g. mother, friend, social worker")),
        Field("reporter_contact", t("Reach them &safely"), "multiline",
              placeholder=t("e.g. only this number, after 17:00; no messages")),
    ]  # fmt: skip


class SearchDialog(GuardedDialog):
    """A new search, often opened from a hotline call (the call's note shown as a reminder)."""

    created = Signal(str)  # search id

    def __init__(
        self,
        session: Session,
        call_id: str | None = None,
        call_note: str = "",
        clock: Clock | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.session, self.call_id, self.clock = session, call_id, clock
        self.ui = Ui_SearchDialog()
        self.ui.setupUi(self)
        self.form, self.reason = self.ui.form, self.ui.reason
        self.form.set_fields(search_fields())
        self.form.load(MissingSearch("", local_now(clock).date()))
        self.reason.setPlainText(self.tr("Reported on the SOS hotline") if call_id else "")
        if call_note:
            self.ui.note.setText(self.tr("From the call: {0}").format(call_note))
            self.ui.note.show()
        self.ui.buttons.accepted.connect(self.save)
        self.ui.buttons.rejected.connect(self.reject)
        fit_to_screen(self, 560, 660)

    def save(self) -> bool:
        search = MissingSearch("", local_now(self.clock).date(), call_id=self.call_id)
        try:
            self.form.apply_to(search)
            missing.open_search(self.session, search, self.reason.toPlainText(), self.clock)
        except ValidationError as exc:
            self.form.show_error(exc)
            return False
        except AstraError as exc:
            self.form.error.setText(str(exc))
            return False
        self.accept()
        self.created.emit(search.id)
        return True


class ActionDialog(GuardedDialog):
    """An action taken on a day, or planned for a day (a reminder until it is marked done)."""

    saved = Signal(str)  # action id

    def __init__(
        self,
        session: Session,
        search_id: str,
        clock: Clock | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.session, self.search_id, self.clock = session, search_id, clock
        self.ui = ui = Ui_ActionDialog()
        ui.setupUi(self)
        self.kind: ValueCombo[ActionKind] = ui.kind
        self.description, self.error, self.group = ui.description, ui.error, ui.group
        self.done_radio, self.planned_radio, self.day = ui.done_radio, ui.planned_radio, ui.done_on
        for value, name in hotline_labels.action_kinds().items():
            self.kind.add(name, ActionKind(value))
        self.day.set_value(local_now(clock).date())
        ui.buttons.accepted.connect(self.save)
        ui.buttons.rejected.connect(self.reject)
        fit_to_screen(self, 520, 260)

    def save(self) -> bool:
        try:
            day = self.day.value()
            action = SearchAction(
                self.search_id, self.kind.value(),
                description=self.description.toPlainText(),
            )  # fmt: skip
            if self.done_radio.isChecked():
                action.done_on = day
            else:
                action.due_on = day
            missing.add_action(self.session, action, self.clock)
        except AstraError as exc:
            self.error.setText(str(exc))
            return False
        self.accept()
        self.saved.emit(action.id)
        return True


class StatusDialog(GuardedDialog):
    """A new status, always with the reason: the history is how a search is understood later.
    A found or closed search also says what it came to (found alive, found deceased, does not
    want contact, still missing)."""

    changed = Signal(str)  # the new status value

    def __init__(
        self,
        session: Session,
        search: MissingSearch,
        clock: Clock | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.session, self.search, self.clock = session, search, clock
        self.ui = ui = Ui_StatusDialog()
        ui.setupUi(self)
        self.status: ValueCombo[SearchStatus] = ui.status
        self.reason, self.error = ui.reason, ui.error
        names = hotline_labels.search_statuses()
        ui.current.setText(
            self.tr("Now: {0}, since the search was opened on {1}.").format(
                names.get(search.status.value, ""), f"{search.opened_on:%d.%m.%Y}"
            )
        )
        for value, name in names.items():
            status = SearchStatus(value)
            # the status it has is offered only to correct its outcome (a closed search)
            if status is not search.status or len(OUTCOMES[status]) > 1:
                self.status.add(name, status)
        self.outcome: ValueCombo[SearchOutcome] = ValueCombo()
        self.outcome.setObjectName("outcome")
        self.outcome_label = QLabel(self.tr("Outcome"))
        self.outcome_label.setBuddy(self.outcome)
        ui.form.insertRow(1, self.outcome_label, self.outcome)
        self.status.currentIndexChanged.connect(self._fill_outcomes)
        self._fill_outcomes()
        ui.buttons.accepted.connect(self.save)
        ui.buttons.rejected.connect(self.reject)
        fit_to_screen(self, 480, 270)

    def _fill_outcomes(self) -> None:
        """The outcomes the chosen status allows, its usual one first; none for an open one."""
        self.outcome.clear()
        if self.status.currentIndex() < 0:
            return
        names = hotline_labels.search_outcomes()
        for outcome in OUTCOMES[self.status.value()]:
            if outcome is not SearchOutcome.NONE:
                self.outcome.add(names.get(outcome.value, outcome.value), outcome)
        has = self.outcome.count() > 0
        self.outcome.setEnabled(has)
        self.outcome_label.setEnabled(has)

    def choose(self, status: SearchStatus, outcome: SearchOutcome | None = None) -> None:
        if not self.status.set_value(status):
            self.status.setCurrentIndex(0)
        if outcome is not None:
            self.outcome.set_value(outcome)

    def save(self) -> bool:
        status = self.status.value()
        outcome = self.outcome.value() if self.outcome.count() else None
        try:
            missing.change_status(
                self.session, self.search.id, status, self.reason.toPlainText(), self.clock,
                outcome,
            )  # fmt: skip
        except AstraError as exc:
            self.error.setText(str(exc))
            self.reason.setFocus()
            return False
        self.accept()
        self.changed.emit(status.value)
        return True


class InquiryDialog(GuardedDialog):
    """A partner asked about the person sought (from the registry, or named), on a day; and, once
    it answers, the day and what it answered. Opened with an inquiry to record its answer."""

    saved = Signal(str)  # inquiry id

    def __init__(
        self,
        session: Session,
        search_id: str,
        inquiry: Inquiry | None = None,
        clock: Clock | None = None,
        parent: QWidget | None = None,
        runner: TaskRunner | None = None,
    ) -> None:
        super().__init__(parent)
        self.session, self.search_id, self.clock = session, search_id, clock
        self.inquiry = inquiry
        # The picker needs the session, which a Designer form cannot hand it: it is put in its
        # row here, made before the form so that it comes first on Tab and has the focus.
        self.partner = PartnerPicker(session, self, runner)  # read on the runner if given
        self.partner.setObjectName("partner")
        self.ui = ui = Ui_InquiryDialog()
        ui.setupUi(self)
        ui.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.partner)
        ui.partnerLabel.setBuddy(self.partner)
        self.setWindowTitle(self.tr("Partner asked") if inquiry is None else self.tr("Answer"))
        self.asked_on, self.answered_on = ui.asked_on, ui.answered_on
        self.answer: ValueCombo[InquiryAnswer] = ui.answer
        for value, name in hotline_labels.inquiry_answers().items():
            self.answer.add(name, InquiryAnswer(value))
        self.note, self.error = ui.note, ui.error
        ui.buttons.accepted.connect(self.save)
        ui.buttons.rejected.connect(self.reject)
        today = local_now(clock).date()
        if inquiry is None:
            self.asked_on.set_value(today)
        else:
            self.partner.set_choice(inquiry.partner_id, inquiry.partner_name)
            self.asked_on.set_value(inquiry.asked_on)
            self.answer.set_value(inquiry.answer)
            self.answered_on.set_value(inquiry.answered_on or today)
            self.note.setPlainText(inquiry.answer_note)
        self.answer.currentIndexChanged.connect(self._answer_changed)
        fit_to_screen(self, 500, 300)

    def _answer_changed(self) -> None:
        """An answer given today unless another day is typed."""
        if self.answer.value() is not InquiryAnswer.PENDING and not self.answered_on.text():
            self.answered_on.set_value(local_now(self.clock).date())

    def save(self) -> bool:
        partner_id, name = self.partner.choice()
        try:
            answer = self.answer.value()
            inquiry = self.inquiry or Inquiry(self.search_id, name, date_or_today(self))
            inquiry.partner_id, inquiry.partner_name = partner_id, name
            inquiry.asked_on = self.asked_on.value() or inquiry.asked_on
            inquiry.answer = answer
            pending = answer is InquiryAnswer.PENDING
            inquiry.answered_on = None if pending else self.answered_on.value()
            inquiry.answer_note = self.note.toPlainText()
            if self.inquiry is None:
                missing.ask_partner(self.session, inquiry, self.clock)
            else:
                missing.update_inquiry(self.session, inquiry, self.clock)
        except AstraError as exc:
            self.error.setText(str(exc))
            return False
        self.accept()
        self.saved.emit(inquiry.id)
        return True


def date_or_today(dialog: InquiryDialog) -> date:
    """The day typed as asked on, or today (the service says when it is wrong)."""
    return dialog.asked_on.value() or local_now(dialog.clock).date()
