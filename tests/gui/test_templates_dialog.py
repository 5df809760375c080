"""Document templates (Organisation and lawyers → Document templates…) on a real vault, in English
and Serbian: the administrator picks the document and language, sees the shipped text, types a
change and sees it among the differences, saves it into the vault (the next PDF has it), is
refused a version missing a placeholder with the key named, keeps unsaved typing when choosing
another template by mistake, and resets to the shipped text; a lawyer can only read."""

from __future__ import annotations

import io
from collections.abc import Iterator
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QDialogButtonBox
from pytestqt.qtbot import QtBot

from astra_desktop.core.enums import Role
from astra_desktop.gui import i18n
from astra_desktop.gui.dialogs import Messages
from astra_desktop.gui.profiles_dialog import ProfilesDialog
from astra_desktop.gui.templates_dialog import TemplatesDialog
from astra_desktop.reports import templates as rt
from astra_desktop.services import court_documents as cdoc
from astra_desktop.services import session as vs
from astra_desktop.services import templates, users
from astra_desktop.storage import audit
from tests import _court_case
from tests.conftest import CASEWORKER, CASEWORKER_PASS
from tests.gui.conftest import type_text
from tests.test_court_documents import clock

CLOSE = {"en": "Close", "sr-Latn": "Zatvori"}


@pytest.fixture(params=["en", "sr-Latn"])
def language(request: pytest.FixtureRequest) -> Iterator[str]:
    i18n.install(request.param)
    yield request.param
    i18n.uninstall()


def letter_text(session: vs.Session, case_id: str) -> str:
    pdf = cdoc.build(session, "support-letter", case_id, "sr-Latn", False, None, clock)
    return " ".join(" ".join(p.extract_text() for p in PdfReader(io.BytesIO(pdf)).pages).split())


def choose(dialog: TemplatesDialog, name: str, lang: str) -> None:
    dialog.document.setCurrentIndex(dialog.document.findData(name))
    dialog.language.setCurrentIndex(dialog.language.findData(lang))


def type_after(qtbot: QtBot, dialog: TemplatesDialog, anchor: str, text: str) -> None:
    """Put the cursor after `anchor` in the editor and type, as a person does."""
    found = dialog.editor.document().find(anchor)
    assert not found.isNull(), anchor
    cursor = dialog.editor.textCursor()
    cursor.setPosition(found.selectionEnd())
    dialog.editor.setTextCursor(cursor)
    type_text(qtbot, dialog.editor, text)


def test_an_administrator_edits_saves_and_resets_a_template(
    qtbot: QtBot, session: vs.Session, language: str
) -> None:
    made = _court_case.make(session, notes=0)
    profiles_dialog = ProfilesDialog(session)
    qtbot.addWidget(profiles_dialog)
    dialog = profiles_dialog.edit_templates()
    assert isinstance(dialog, TemplatesDialog)
    qtbot.addWidget(dialog)
    box = dialog.findChild(QDialogButtonBox)
    assert box is not None
    close = box.button(QDialogButtonBox.StandardButton.Close)
    assert close.text().replace("&", "") == CLOSE[language]  # the language is in use
    choose(dialog, "support-letter", "sr-Latn")
    shipped = rt.shipped_text("support-letter", "sr-Latn")
    assert dialog.editor.toPlainText() == shipped
    no_change = dialog.changes.toPlainText()

    type_after(qtbot, dialog, 'title = "Potvrda o pruženoj podršci', " i pomoći")
    assert '+title = "Potvrda o pruženoj podršci i pomoći"' in dialog.changes.toPlainText()
    assert '-title = "Potvrda o pruženoj podršci"' in dialog.changes.toPlainText()
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.error.text() == ""
    assert templates.get(session, "support-letter", "sr-Latn").changed
    assert "Potvrda o pruženoj podršci i pomoći" in letter_text(session, made.case_id)
    entry = audit.entries(session.db, entity_id="template/support-letter.sr-Latn")[0]
    assert (entry.action, entry.entity) == ("change", "setting")

    # a placeholder taken out: refused, the key named, the saved version untouched
    type_after(qtbot, dialog, "od {since", "X")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert "body" in dialog.error.text() and "{sinceX}" in dialog.error.text()  # „body“ in Serbian
    assert "{sinceX}" not in templates.get(session, "support-letter", "sr-Latn").text
    # another template chosen with that typing unsaved: "discard?" answered no, nothing lost
    Messages.answer_next(False)
    choose(dialog, "common", "en")
    assert (dialog.name(), dialog.lang()) == ("support-letter", "sr-Latn")
    assert "{sinceX}" in dialog.editor.toPlainText()
    Messages.answer_next(True)  # now discarded: the English shared texts, as shipped
    dialog.document.setCurrentIndex(dialog.document.findData("common"))
    assert dialog.name() == "common" and dialog.editor.toPlainText() == rt.shipped_text(
        "common", "sr-Latn"
    )
    dialog.language.setCurrentIndex(dialog.language.findData("en"))
    assert dialog.editor.toPlainText() == rt.shipped_text("common", "en")
    assert dialog.changes.toPlainText() == no_change

    # back to the letter: the organisation's version is shown, then reset to the shipped one
    choose(dialog, "support-letter", "sr-Latn")
    assert "podršci i pomoći" in dialog.editor.toPlainText()
    Messages.answer_next(True)
    qtbot.mouseClick(dialog.reset_button, Qt.MouseButton.LeftButton)
    assert dialog.editor.toPlainText() == shipped
    assert not templates.get(session, "support-letter", "sr-Latn").changed
    text = letter_text(session, made.case_id)
    assert "Potvrda o pruženoj podršci" in text and "i pomoći" not in text


def test_a_lawyer_reads_the_templates_but_cannot_change_them(
    qtbot: QtBot, session: vs.Session, vault_folder: Path, language: str
) -> None:
    users.add_user(session, CASEWORKER, Role.LAWYER, CASEWORKER_PASS, all_cases=True)
    session.close()
    with vs.unlock(vault_folder, CASEWORKER, CASEWORKER_PASS) as lawyer:
        dialog = TemplatesDialog(lawyer)
        qtbot.addWidget(dialog)
        assert dialog.editor.isReadOnly()
        assert not dialog.save_button.isEnabled() and not dialog.reset_button.isEnabled()
        assert dialog.status.text() != ""
        dialog.editor.moveCursor(QTextCursor.MoveOperation.End)
        assert dialog.save() is False  # refused by the service too
        assert dialog.error.text() != ""
        assert templates.changed(lawyer) == []
