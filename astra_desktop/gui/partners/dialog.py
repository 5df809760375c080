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
from PySide6.QtWidgets import (
    QCheckBox,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from astra_desktop.core.partners import Partner, PartnerKind, PartnerService
from astra_desktop.errors import AstraError, ValidationError
from astra_desktop.gui import style
from astra_desktop.gui.dialog_drafts import keep_as_draft
from astra_desktop.gui.guarded_dialog import GuardedDialog
from astra_desktop.gui.labels import named
from astra_desktop.gui.screen_fit import fit_to_screen
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
    """A new partner (`partner_id` None) or an existing one."""

    saved = Signal(str)  # the partner's id, once stored

    def __init__(
        self, session: Session, partner_id: str | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.session = session
        self.is_new = partner_id is None
        self.partner = partners.get(session, partner_id) if partner_id else Partner("")
        self.editable = partners.may_edit(session)
        self.setWindowTitle(self.tr("Add a partner") if self.is_new else self.tr("Partner"))
        self.name = self._line("name", self.tr("e.g. Centar za socijalni rad Novi Sad"))
        self.kind = EnumCombo(PartnerKind, kinds())
        self.kind.setObjectName("kind")
        self.city = self._line("city", self.tr("e.g. Belgrade"))
        self.country = self._line("country", self.tr("e.g. Serbia"))
        self.contact_person = self._line("contact_person", self.tr("a person or a duty service"))
        self.phone = self._line("phone", "+381 11 123 4567")
        self.email = self._line("email", "kontakt@organizacija.rs")
        self.services = EnumChecklist(PartnerService, services())
        self.services.setObjectName("services")
        rows = self.services.sizeHintForRow(0) * len(PartnerService)  # every choice in sight
        self.services.setFixedHeight(rows + 2 * self.services.frameWidth() + 4)
        self.notes = QPlainTextEdit()
        self.notes.setObjectName("notes")
        self.notes.setTabChangesFocus(True)
        self.notes.setMaximumHeight(80)
        self.notes.setPlaceholderText(self.tr("How to refer, opening hours, what to bring"))
        self.active = QCheckBox(self.tr("Active: offered when a referral is recorded"))
        self.active.setObjectName("active")
        self.active.setEnabled(self.editable and partners.may_change_activity(session))
        if not self.active.isEnabled():
            self.active.setToolTip(self.tr("Only an administrator makes a partner inactive."))
        self.error = style.error_label()
        self.inputs: dict[str, QWidget] = {
            "name": self.name, "kind": self.kind, "city": self.city, "country": self.country,
            "contact_person": self.contact_person, "phone": self.phone, "email": self.email,
            "services": self.services, "notes": self.notes, "active": self.active,
        }  # fmt: skip
        self._layout()
        self._load(self.partner)
        fit_to_screen(self, 600)  # wide enough for an institution's full name
        keep_as_draft(self, partner_id=partner_id)

    @classmethod
    def reopen(cls, main: Any, ids: dict[str, str]) -> PartnerDialog:
        """Built again after unlock with what had been typed (gui/dialog_drafts.py)."""
        return cls(main.session, ids.get("partner_id"), parent=main)

    def _line(self, name: str, placeholder: str) -> QLineEdit:
        edit = QLineEdit()
        edit.setObjectName(name)
        edit.setPlaceholderText(placeholder)
        return edit

    def _layout(self) -> None:
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        form.addRow(self.tr("&Name"), self.name)
        form.addRow(self.tr("&Kind"), self.kind)
        form.addRow(self.tr("&Town"), self.city)
        form.addRow(self.tr("Countr&y"), self.country)
        form.addRow(self.tr("&Contact person"), self.contact_person)
        form.addRow(self.tr("&Phone"), self.phone)
        form.addRow(self.tr("&E-mail"), self.email)
        form.addRow(self.tr("Pro&vides"), self.services)
        form.addRow(self.tr("N&otes"), self.notes)
        form.addRow("", self.active)
        if self.editable:
            buttons = QDialogButtonBox(
                QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
            )
            buttons.accepted.connect(self.save)
        else:
            buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
            for widget in self.inputs.values():  # read-only: text can still be copied
                if isinstance(widget, QLineEdit | QPlainTextEdit):
                    widget.setReadOnly(True)
                else:
                    widget.setEnabled(False)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)

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
