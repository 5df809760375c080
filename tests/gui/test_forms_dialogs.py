"""The partner, inquiry, lawyer, organisation, powers-of-attorney and templates dialogs are
Designer forms (ui/*.ui): the widgets the rest of the app and the tests use are the form's, every
label's Alt+letter puts the cursor in its field, Tab goes as the eye reads, and every string the
forms show keeps its translation (the form's class is the context the strings had in code)."""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QAbstractButton, QApplication, QDialog, QLabel, QWidget
from pytestqt.qtbot import QtBot

from astra_desktop.core.court import Proceeding
from astra_desktop.core.missing import MissingSearch
from astra_desktop.core.models import Case, Client
from astra_desktop.core.profiles import Lawyer
from astra_desktop.gui.missing.dialogs import InquiryDialog
from astra_desktop.gui.partners.dialog import PartnerDialog
from astra_desktop.gui.powers_dialog import PowersDialog
from astra_desktop.gui.profiles_dialog import LawyerDialog, ProfilesDialog
from astra_desktop.gui.templates_dialog import TemplatesDialog
from astra_desktop.services import clients, missing, proceedings, profiles
from astra_desktop.services import session as vs
from tests.gui._forms import form_strings

FORMS = ("partner_dialog", "inquiry_dialog", "lawyer_dialog", "profiles_dialog", "powers_dialog",
         "templates_dialog")  # fmt: skip
_MNEMONIC = re.compile(r"&(?!&)(\w)")


def tab_chain(dialog: QWidget) -> list[str]:
    """The objectNames Tab reaches inside `dialog`, in order (unnamed widgets left out)."""
    names, widget = [], dialog.nextInFocusChain()
    while widget is not dialog:
        tabbable = widget.focusPolicy() & Qt.FocusPolicy.TabFocus == Qt.FocusPolicy.TabFocus
        if tabbable and dialog.isAncestorOf(widget) and widget.objectName():
            names.append(widget.objectName())
        widget = widget.nextInFocusChain()
    return [n for n in names if not n.startswith("qt_")]


def named_as_attributes(dialog: QWidget, names: dict[str, str]) -> None:
    """attribute → objectName: the attribute is the form's widget of that name."""
    for attribute, name in names.items():
        widget = getattr(dialog, attribute)
        assert widget.objectName() == name
        assert getattr(dialog.ui, name, widget) is widget  # type: ignore[attr-defined]


def mnemonics_focus_their_fields(qtbot: QtBot, dialog: QDialog) -> list[str]:
    """Press Alt+letter of every label that has one: its buddy (or the widget inside it that
    takes the focus) must get the focus. Where two labels share a letter Qt cycles between them,
    so the letter is pressed as often as the dialog uses it. Returns the labels pressed."""
    dialog.show()
    dialog.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog, timeout=5000)
    shown = [w for w in dialog.findChildren(QWidget) if w.isVisibleTo(dialog)]
    texts = [w.text() for w in shown if isinstance(w, QLabel | QAbstractButton)]
    letters = [m.group(1).lower() for m in map(_MNEMONIC.search, texts) if m]
    pressed = []
    for label in dialog.findChildren(QLabel):
        found = _MNEMONIC.search(label.text())
        if not found or not label.isVisibleTo(dialog):
            continue
        buddy = label.buddy()
        assert buddy is not None, f"{label.text()!r} has no field to focus"
        letter = found.group(1).lower()
        dialog.setFocus()
        reached = []
        for _ in range(letters.count(letter)):
            QTest.keyClick(dialog, letter, Qt.KeyboardModifier.AltModifier)
            focused = QApplication.focusWidget()
            reached.append(focused.objectName() if focused else None)
            if focused is not None and (focused is buddy or buddy.isAncestorOf(focused)):
                break
        else:
            raise AssertionError(f"Alt+{letter} of {label.text()!r} reached {reached}, not "
                                 f"{buddy.objectName()}")  # fmt: skip
        pressed.append(label.text())
    return pressed


@pytest.fixture
def made(session: vs.Session) -> dict[str, str]:
    case = clients.register(session, Client("Jelena", "Đorđević"), Case(""))
    proceeding = proceedings.add(session, Proceeding(case.id, court="Viši sud u Beogradu"))
    search = missing.open_search(session, MissingSearch("M. P.", date.today()))
    profiles.save_lawyer(session, Lawyer("Milica Petrović", city="Beograd"))
    return {"proceeding": proceeding.id, "search": search.id}


def _dialogs(session: vs.Session, ids: dict[str, str]) -> dict[str, Callable[[], QDialog]]:
    return {
        "partner": lambda: PartnerDialog(session, None),
        "inquiry": lambda: InquiryDialog(session, ids["search"]),
        "lawyer": lambda: LawyerDialog(session, None),
        "profiles": lambda: ProfilesDialog(session),
        "powers": lambda: PowersDialog(session, ids["proceeding"]),
        "templates": lambda: TemplatesDialog(session),
    }


# attribute → objectName of the widgets code and tests use; then the Tab order of the inputs.
NAMES: dict[str, tuple[dict[str, str], list[str]]] = {
    "partner": (
        {
            n: n
            for n in (
                "name",
                "kind",
                "city",
                "country",
                "contact_person",
                "phone",
                "email",
                "services",
                "notes",
                "active",
                "error",
            )
        },
        [
            "name",
            "kind",
            "city",
            "country",
            "contact_person",
            "phone",
            "email",
            "services",
            "notes",
            "active",
        ],
    ),
    "inquiry": (
        {n: n for n in ("asked_on", "answer", "answered_on", "note", "error")},
        ["partner", "asked_on", "answer", "answered_on", "note"],
    ),
    "lawyer": (
        {
            n: n
            for n in (
                "name",
                "office_address",
                "city",
                "bar_chamber",
                "bar_number",
                "city_in",
                "city_from",
                "forms",
                "error",
            )
        },
        ["name", "office_address", "city", "bar_chamber", "bar_number", "city_in", "city_from"],
    ),
    "profiles": (
        {
            n: n
            for n in (
                "org_name",
                "org_address",
                "org_city",
                "registration_number",
                "tax_number",
                "error",
                "status",
                "table",
                "add_button",
                "edit_button",
                "remove_button",
            )
        },
        [
            "org_name",
            "org_address",
            "org_city",
            "registration_number",
            "tax_number",
            "table",
            "add_button",
            "edit_button",
            "remove_button",
            "templates_button",
        ],
    ),
    "powers": (
        {
            n: n
            for n in (
                "table",
                "remove_button",
                "lawyer",
                "granted_on",
                "scope",
                "add_button",
                "error",
                "no_lawyers",
            )
        },
        ["table", "remove_button", "lawyer", "granted_on", "scope", "add_button"],
    ),
    "templates": (
        {
            "document": "document",
            "language": "language",
            "editor": "template_text",
            "changes": "differences",
            "state": "state",
            "error": "error",
            "status": "status",
            "save_button": "save_button",
            "reset_button": "reset_button",
        },
        ["document", "language", "template_text", "differences", "save_button", "reset_button"],
    ),
}


@pytest.mark.parametrize("which", sorted(NAMES))
def test_form_widgets_mnemonics_and_tab_order(
    qtbot: QtBot, session: vs.Session, made: dict[str, str], which: str
) -> None:
    dialog = _dialogs(session, made)[which]()
    qtbot.addWidget(dialog)
    attributes, order = NAMES[which]
    named_as_attributes(dialog, attributes)
    chain = tab_chain(dialog)
    assert [n for n in chain if n in order] == order
    assert dialog.ui.error.property("tone") == "error"  # type: ignore[attr-defined]
    pressed = mnemonics_focus_their_fields(qtbot, dialog)
    has_mnemonics = which != "inquiry"  # its labels have none (yet): Tab from the partner on
    assert bool(pressed) == has_mnemonics
    dialog.hide()


def test_inquiry_partner_picker_is_first_and_has_the_focus(
    qtbot: QtBot, session: vs.Session, made: dict[str, str]
) -> None:
    """The picker is put into the form in code (it needs the session): it is still the first
    field on Tab and the one with the focus, and its label names it for screen readers."""
    dialog = InquiryDialog(session, made["search"])
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.partner.hasFocus(), timeout=5000)
    assert dialog.ui.partnerLabel.buddy() is dialog.partner
    assert tab_chain(dialog)[0] == "partner"
    row, _role = dialog.ui.form.getWidgetPosition(dialog.partner)
    assert row == 0
    dialog.hide()


def test_a_viewer_gets_close_instead_of_save(
    qtbot: QtBot, session: vs.Session, vault_folder: Path
) -> None:
    """The partner form says Save/Cancel; a reader who may not edit gets Close and read-only
    inputs (the buttons are changed in code, the form's box reused)."""
    from PySide6.QtWidgets import QDialogButtonBox

    from astra_desktop.core.roles import Role
    from astra_desktop.services import users

    users.add_user(session, "vid", Role.VIEWER, "viewer passphrase that is long")
    session.close()
    with vs.unlock(vault_folder, "vid", "viewer passphrase that is long") as viewer:
        dialog = PartnerDialog(viewer, None)
        qtbot.addWidget(dialog)
        box = dialog.ui.buttons
        assert box.button(QDialogButtonBox.StandardButton.Close) is not None
        assert box.button(QDialogButtonBox.StandardButton.Save) is None
        assert dialog.name.isReadOnly() and not dialog.services.isEnabled()


@pytest.mark.parametrize("form", FORMS)
def test_every_string_of_the_form_keeps_its_translation(form: str) -> None:
    """The strings moved from code into the form are found in the Serbian catalogue under the
    form's class, the context they had as tr() calls: nothing is left to translate again."""
    strings, untranslated = form_strings(form)
    assert strings
    assert untranslated == []
