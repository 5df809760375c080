"""Dialogs of a missing-person search: opening one, recording an action, changing its status.

Each is window-modal (`open()`), saves through the services and shows their messages in place,
so a wrong date or a missing reason is fixed without losing what was typed. Their layouts are
ui/search_dialog.ui, ui/action_dialog.ui and ui/status_dialog.ui.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QWidget

from astra_desktop.core.appointments import Clock, local_now
from astra_desktop.core.missing import ActionKind, MissingSearch, SearchAction, SearchStatus
from astra_desktop.errors import AstraError, ValidationError
from astra_desktop.gui import hotline_labels
from astra_desktop.gui.forms.ui_action_dialog import Ui_ActionDialog
from astra_desktop.gui.forms.ui_search_dialog import Ui_SearchDialog
from astra_desktop.gui.forms.ui_status_dialog import Ui_StatusDialog
from astra_desktop.gui.guarded_dialog import GuardedDialog
from astra_desktop.gui.record_form import Field
from astra_desktop.gui.screen_fit import fit_to_screen
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
              placeholder=t("only what helps find them: age, appearance, phone")),
        Field("last_seen_on", t("&Last seen on"), "date"),
        Field("last_seen_place", t("Last seen &where")),
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
        fit_to_screen(self, 560, 520)

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
    """A new status, always with the reason: the history is how a search is understood later."""

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
            if value != search.status.value:
                self.status.add(name, SearchStatus(value))
        ui.buttons.accepted.connect(self.save)
        ui.buttons.rejected.connect(self.reject)
        fit_to_screen(self, 480, 240)

    def choose(self, status: SearchStatus) -> None:
        if not self.status.set_value(status):
            self.status.setCurrentIndex(0)

    def save(self) -> bool:
        status = self.status.value()
        try:
            missing.change_status(
                self.session, self.search.id, status, self.reason.toPlainText(), self.clock
            )
        except AstraError as exc:
            self.error.setText(str(exc))
            self.reason.setFocus()
            return False
        self.accept()
        self.changed.emit(status.value)
        return True
