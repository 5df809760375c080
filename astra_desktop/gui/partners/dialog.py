"""One partner of the referral network, in a dialog: every field of the record, what kind of body
it is and what it provides, its work contact, whether it is active.

Roles follow services/partners: a viewer sees the partner read-only; whoever writes cases edits;
only an administrator ticks "active". Half-typed, the dialog is kept as a draft when the vault
locks and comes back after unlock (gui/dialog_drafts.py, kind "partner").
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QDialogButtonBox, QLineEdit, QPlainTextEdit, QWidget

from astra_desktop.core.partners import Partner, PartnerKind, PartnerService
from astra_desktop.errors import AstraError, ValidationError
from astra_desktop.gui.dialog_drafts import keep_as_draft
from astra_desktop.gui.forms.ui_partner_dialog import Ui_PartnerDialog
from astra_desktop.gui.guarded_dialog import GuardedDialog
from astra_desktop.gui.labels import named
from astra_desktop.gui.loading import Loader, say
from astra_desktop.gui.screen_fit import fit_to_screen
from astra_desktop.gui.tasks import TaskRunner
from astra_desktop.gui.widgets import EnumChecklist, EnumCombo
from astra_desktop.services import partners
from astra_desktop.services.session import Session


def kinds() -> dict[str, str]:
    """What each kind of partner is called on screen (core/partners.PartnerKind)."""
    return named(PartnerKind)


def services() -> dict[str, str]:
    """What a partner provides (core/partners.PartnerService)."""
    return named(PartnerService)


class PartnerDialog(GuardedDialog):
    """A new partner (`partner_id` None) or an existing one. Laid out in ui/partner_dialog.ui.
    Given a runner, an existing partner is read on its worker (the dialog says so meanwhile and
    only Cancel works); without one, at once."""

    saved = Signal(str)  # the partner's id, once stored

    def __init__(
        self,
        session: Session,
        partner_id: str | None = None,
        parent: QWidget | None = None,
        runner: TaskRunner | None = None,
    ) -> None:
        super().__init__(parent)
        self.session, self.partner_id = session, partner_id
        self.is_new = partner_id is None
        self.partner = Partner("")  # until the one asked for is read
        self.editable = partners.may_edit(session)
        self.may_activate = self.editable and partners.may_change_activity(session)
        self.ui = ui = Ui_PartnerDialog()
        ui.setupUi(self)
        self.setWindowTitle(self.tr("Add a partner") if self.is_new else self.tr("Partner"))
        self.name, self.city, self.country = ui.name, ui.city, ui.country
        self.contact_person, self.phone, self.email = ui.contact_person, ui.phone, ui.email
        self.kind: EnumCombo[PartnerKind] = ui.kind
        self.kind.set_enum(PartnerKind, kinds())
        self.services: EnumChecklist[PartnerService] = ui.services
        self.services.set_enum(PartnerService, services())
        rows = self.services.sizeHintForRow(0) * len(PartnerService)  # every choice in sight
        self.services.setFixedHeight(rows + 2 * self.services.frameWidth() + 4)
        self.notes, self.active, self.error = ui.notes, ui.active, ui.error
        if not self.may_activate:
            self.active.setToolTip(self.tr("Only an administrator makes a partner inactive."))
        self.inputs: dict[str, QWidget] = {
            "name": self.name, "kind": self.kind, "city": self.city, "country": self.country,
            "contact_person": self.contact_person, "phone": self.phone, "email": self.email,
            "services": self.services, "notes": self.notes, "active": self.active,
        }  # fmt: skip
        self._buttons_for_role()
        self._enable(True)
        fit_to_screen(self, 600)  # wide enough for an institution's full name
        self.loaded = False
        self.loader = Loader(self, runner if partner_id else None)  # a new one has nothing to read
        self.loader.busy_changed.connect(self._show_busy)
        self.loader.load(
            lambda: partners.get(session, partner_id) if partner_id else Partner(""),
            self._fill,
            self._failed,
        )

    @property
    def loading(self) -> bool:
        return self.loader.busy

    def _show_busy(self, busy: bool) -> None:
        """While the partner is read: the inputs and Save greyed out, and a line says so."""
        self._enable(not busy)
        say(self.error, self.tr("Loading the partner…") if busy else None)

    def _failed(self, exc: BaseException) -> None:
        """Not read (deleted meanwhile, on another laptop): said so; only Cancel is left."""
        self._enable(False)
        say(self.error, None, str(exc))

    def _fill(self, partner: Partner) -> None:
        self.partner = partner
        self._load(partner)
        self.loaded = True
        # What it opened with counts as untouched, also when it was on screen while loading.
        keep_as_draft(self, partner_id=self.partner_id)
        self.mark_untouched()

    @classmethod
    def reopen(cls, main: Any, ids: dict[str, str]) -> PartnerDialog:
        """Built again after unlock with what had been typed (gui/dialog_drafts.py): read at
        once, without the runner, so the inputs are there when the draft is put back."""
        return cls(main.session, ids.get("partner_id"), parent=main)

    def _buttons_for_role(self) -> None:
        """Save and Cancel for whoever may edit; else Close, and the inputs read-only."""
        if self.editable:
            self.ui.buttons.accepted.connect(self.save)
        else:
            self.ui.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Close)
            for widget in self.inputs.values():  # read-only: text can still be copied
                if isinstance(widget, QLineEdit | QPlainTextEdit):
                    widget.setReadOnly(True)
        self.ui.buttons.rejected.connect(self.reject)

    def _enable(self, enabled: bool) -> None:
        """The inputs as the role allows (a reader's text can be copied, not changed; only an
        administrator ticks "active"); none while the partner is read or if it could not be."""
        for widget in self.inputs.values():
            widget.setEnabled(
                enabled and (self.editable or isinstance(widget, QLineEdit | QPlainTextEdit))
            )
        self.active.setEnabled(enabled and self.may_activate)
        save = self.ui.buttons.button(QDialogButtonBox.StandardButton.Save)
        if save is not None:
            save.setEnabled(enabled)

    def _load(self, p: Partner) -> None:
        for edit, text in ((self.name, p.name), (self.city, p.city), (self.country, p.country),
                           (self.contact_person, p.contact_person), (self.phone, p.phone),
                           (self.email, p.email)):  # fmt: skip
            edit.setText(text)
        self.kind.set_value(p.kind)
        self.services.set_values(p.services)
        self.notes.setPlainText(p.notes)
        self.active.setChecked(p.active)

    def edited(self) -> Partner:
        """The partner as the form shows it (a copy: the one read stays as it was)."""
        return replace(
            self.partner, name=self.name.text(), kind=self.kind.value(), city=self.city.text(),
            country=self.country.text(), contact_person=self.contact_person.text(),
            phone=self.phone.text(), email=self.email.text(), services=self.services.values(),
            notes=self.notes.toPlainText(), active=self.active.isChecked(),
        )  # fmt: skip

    def save(self) -> bool:
        if not self.loaded:
            return False
        edited = self.edited()
        try:
            if self.is_new:
                self.partner = partners.add(self.session, edited)
            else:
                self.partner = partners.update(self.session, edited)
        except ValidationError as exc:
            self.error.setText(str(exc))
            field = self.inputs.get(exc.field)
            if field is not None:
                field.setFocus()
            return False
        except AstraError as exc:
            self.error.setText(str(exc))
            return False
        self.is_new = False
        self.error.clear()
        self.saved.emit(self.partner.id)
        self.accept()
        return True
