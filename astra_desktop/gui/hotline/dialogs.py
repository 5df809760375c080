"""Dialogs that take a hotline record to a case: register the caller (or the person found) as a
new client and case in one step, or link the record to a case already in the vault. Their layouts
are ui/register_client_dialog.ui and ui/link_case_dialog.ui."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QDialogButtonBox, QWidget

from astra_desktop.core.enums import ExploitationType
from astra_desktop.core.models import Case, Client
from astra_desktop.errors import AstraError, ValidationError
from astra_desktop.gui import labels
from astra_desktop.gui.case_forms import client_fields
from astra_desktop.gui.forms.ui_link_case_dialog import Ui_LinkCaseDialog
from astra_desktop.gui.forms.ui_register_client_dialog import Ui_RegisterClientDialog
from astra_desktop.gui.guarded_dialog import GuardedDialog
from astra_desktop.gui.record_form import Field
from astra_desktop.gui.screen_fit import fit_to_screen
from astra_desktop.services import clients
from astra_desktop.services.session import Session

Register = Callable[[Client, Case], Case]


class _Blank:
    """The defaults of a new client and case, as one attribute bag for the form."""

    def __init__(self, given_name: str, referral_source: str) -> None:
        for name, value in vars(Client("", "")).items():
            setattr(self, name, value)
        self.given_name = given_name
        self.case_code = ""
        self.exploitation_types: list[ExploitationType] = []
        self.referral_source = referral_source


class RegisterClientDialog(GuardedDialog):
    """The few fields a new client and case need; `register` does the one-step registration."""

    created = Signal(str)  # case id

    def __init__(
        self,
        session: Session,
        title: str,
        summary: str,
        register: Register,
        given_name: str = "",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_RegisterClientDialog()
        self.ui.setupUi(self)
        self.setWindowTitle(title)
        self.session, self.register = session, register
        self.case: Case | None = None
        wanted = {"given_name", "family_name", "aliases", "date_of_birth", "estimated_age",
                  "gender", "citizenships", "safe_contact_instructions"}  # fmt: skip
        fields = [f for f in client_fields() if f.name in wanted]
        fields += [
            Field("case_code", self.tr("Case &code"),
                  placeholder=self.tr("leave empty for the next free code")),
            Field("exploitation_types", self.tr("&Exploitation"), "enums", ExploitationType,
                  labels.exploitation_types),
            Field("referral_source", self.tr("Re&ferred by")),
        ]  # fmt: skip
        self.form, self.summary = self.ui.form, self.ui.summary
        self.form.set_fields(fields)
        self.form.load(_Blank(given_name, self.tr("SOS hotline")))
        self.summary.setText(summary)
        self.ui.buttons.accepted.connect(self.save)
        self.ui.buttons.rejected.connect(self.reject)
        fit_to_screen(self, 560, 640)

    def save(self) -> bool:
        blank: Any = _Blank("", "")
        try:
            self.form.apply_to(blank)
            client = Client(
                blank.given_name, blank.family_name, aliases=blank.aliases,
                date_of_birth=blank.date_of_birth, estimated_age=blank.estimated_age,
                gender=blank.gender, citizenships=blank.citizenships,
                safe_contact_instructions=blank.safe_contact_instructions,
            )  # fmt: skip
            case = Case(client.id, case_code=blank.case_code,
                        exploitation_types=blank.exploitation_types,
                        referral_source=blank.referral_source)  # fmt: skip
            self.case = self.register(client, case)
        except ValidationError as exc:
            self.form.show_error(exc)
            return False
        except AstraError as exc:
            self.form.error.setText(str(exc))
            return False
        self.accept()
        self.created.emit(self.case.id)
        return True


class LinkCaseDialog(GuardedDialog):
    """Type a case code; `link` joins the record to that case (errors are shown here)."""

    linked = Signal(str)  # case id

    def __init__(
        self,
        session: Session,
        title: str,
        explanation: str,
        link: Callable[[str], object],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_LinkCaseDialog()
        self.ui.setupUi(self)
        self.setWindowTitle(title)
        self.session, self.link = session, link
        self.ui.explanation.setText(explanation)
        self.code, self.error = self.ui.code, self.ui.error
        buttons = self.ui.buttons
        self.link_button = buttons.addButton(
            self.tr("&Link"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        fit_to_screen(self, 460, 200)

    def save(self) -> bool:
        try:
            case = clients.find_case_by_code(self.session, self.code.text())
            self.link(case.id)
        except AstraError as exc:
            self.error.setText(str(exc))
            self.code.setFocus()
            return False
        self.accept()
        self.linked.emit(case.id)
        return True
