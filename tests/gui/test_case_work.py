"""Daily work in the app: a new client and case, a note, a document, search in another script."""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog
from pytestqt.qtbot import QtBot

from astra_desktop.core.models import Case, Client
from astra_desktop.gui.app import AppController
from astra_desktop.gui.case_list import NewClientDialog
from astra_desktop.gui.dialogs import Messages
from astra_desktop.services import case_records, clients, documents
from tests.gui._loaded import loaded
from tests.gui.conftest import shoot, type_text


def _fill_new_client_dialog(qtbot: QtBot, dialog: NewClientDialog) -> None:
    assert dialog.isVisible()
    form = dialog.form
    qtbot.keyClicks(form.widgets["given_name"], "Jelena")
    type_text(qtbot, form.widgets["family_name"], "Đorđević")
    qtbot.keyClicks(form.widgets["aliases"], "Jeca")
    qtbot.keyClicks(form.widgets["date_of_birth"], "31.02.1990")
    assert not form.widgets["date_of_birth"].valid  # type: ignore[attr-defined]
    form.widgets["date_of_birth"].clear()  # type: ignore[attr-defined]
    qtbot.keyClicks(form.widgets["date_of_birth"], "17.05.1990")
    shoot(dialog, "new-client")
    dialog.save()
    assert dialog.result() == QDialog.DialogCode.Accepted


def test_new_client_note_document_and_cyrillic_search(
    qtbot: QtBot, unlocked: AppController, tmp_path: Path
) -> None:
    main = unlocked.main
    assert main is not None and unlocked.session is not None
    page = main.cases.list_page
    _fill_new_client_dialog(qtbot, page.new_client())
    case_file = main.cases.case_file
    assert case_file is not None
    loaded(qtbot, case_file)  # the client's record is read on the task runner
    main.activateWindow()  # the closed dialog left no window active (offscreen); keys go to main
    qtbot.waitUntil(main.isActiveWindow, timeout=3000)
    case_id = case_file.case.id
    assert case_file is not None and case_file.case.id == case_id
    assert case_file.client.family_name == "Đorđević"
    assert main.windowTitle().endswith(case_file.case.case_code)

    # Edit the client form and save with Ctrl+S.
    case_file.tabs.setCurrentIndex(0)
    safe = case_file.client_form.widgets["safe_contact_instructions"]
    qtbot.keyClicks(safe, "Ne zvati posle 18:00")
    assert case_file.dirty
    qtbot.keyClick(case_file, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert not case_file.dirty
    shoot(main, "case-file-client")

    # A contact note, from the keyboard.
    case_file.tabs.setCurrentWidget(case_file.notes)
    qtbot.keyClicks(case_file.notes.body, "Prvi razgovor, pratnja u centar za socijalni rad.")
    qtbot.keyClick(case_file.notes.body, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert [n.body for n in case_records.notes(unlocked.session, case_id)] == [
        "Prvi razgovor, pratnja u centar za socijalni rad."
    ]
    assert case_file.notes.timeline.count() == 1
    shoot(main, "case-file-contact-log")

    # A document, imported with progress, its SHA-256 shown, viewed from memory.
    scan = tmp_path / "izjava.pdf"
    scan.write_bytes(_small_pdf())
    case_file.tabs.setCurrentWidget(case_file.documents)
    tab = case_file.documents
    with qtbot.waitSignal(
        tab.runner.busy_changed, timeout=10000, check_params_cb=lambda busy: not busy
    ):
        tab.import_path(scan)
    qtbot.waitUntil(lambda: tab.table.rowCount() == 1, timeout=5000)
    info = documents.documents(unlocked.session, case_id)[0]
    assert tab.table.item(0, 3).text() == info.sha256  # type: ignore[union-attr]
    tab.table.selectRow(0)
    viewer = tab.view_selected()
    assert viewer is not None and viewer.pdf is not None and viewer.pdf.pageCount() == 1
    assert "Đorđević" not in viewer.windowTitle()
    viewer.close()
    shoot(main, "case-file-documents")

    # Export a copy: warned, refused by default, done when confirmed, audited either way.
    target = tmp_path / "copy.pdf"
    assert not tab.export_selected(target)
    assert not target.exists()
    Messages.answer_next(True)
    assert tab.export_selected(target)
    assert target.read_bytes() == scan.read_bytes()

    # Back to the list, and search by the Cyrillic spelling of the Latin name.
    case_file.back.emit()
    assert main.cases.case_file is None
    clients.register(unlocked.session, Client("Dragana", "Dimitrijević"), Case(""))
    page.model.refresh()
    type_text(qtbot, page.search, "Ђорђевић")
    qtbot.waitUntil(
        lambda: page.model.rowCount() == 1 and page.model.case_id(0) == case_id, timeout=5000
    )
    assert "1" in page.count.text()
    shoot(main, "case-list-search-cyrillic")


def test_discarding_unsaved_changes_asks_first(qtbot: QtBot, unlocked: AppController) -> None:
    assert unlocked.main is not None and unlocked.session is not None
    case = clients.register(unlocked.session, Client("Ana", "Anić"), Case(""))
    case_file = unlocked.main.cases.open_case(case.id)
    assert case_file is not None
    loaded(qtbot, case_file)  # the client form waits for the client's record
    qtbot.keyClicks(case_file.client_form.widgets["contact"], "+381 11 000 000")
    case_file.back.emit()  # the safe default answer is "keep editing"
    assert unlocked.main.cases.case_file is case_file
    assert any("not saved" in text for _kind, text in Messages.shown)
    Messages.answer_next(True)
    case_file.back.emit()
    assert unlocked.main.cases.case_file is None


def _small_pdf() -> bytes:
    import io

    from reportlab.pdfgen import canvas

    buf = io.BytesIO()
    pdf = canvas.Canvas(buf)
    pdf.drawString(72, 720, "Izjava (test)")
    pdf.save()
    return buf.getvalue() + os.urandom(0)
