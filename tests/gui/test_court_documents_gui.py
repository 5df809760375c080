"""A lawyer finds a case by its code, previews a court document in the app (from memory), saves
it into the case, exports a copy after the warning, and prints it — every copy audited."""

from __future__ import annotations

from pathlib import Path

from pypdf import PdfReader
from pytestqt.qtbot import QtBot

from astra_desktop.core.court_documents import DamageKind
from astra_desktop.gui.app import AppController
from astra_desktop.gui.court.document_options import ClaimOptions
from astra_desktop.gui.court.documents_page import CourtDocumentsPage
from astra_desktop.gui.dialogs import Messages
from astra_desktop.services import documents
from astra_desktop.storage import audit
from tests import _court_case
from tests.gui.conftest import shoot, type_text
from tests.gui.test_disclosure_review_gui import accept, open_review


def documents_page(unlocked: AppController) -> CourtDocumentsPage:
    main = unlocked.main
    assert main is not None
    (row,) = [i for i in range(main.stack.count())
              if isinstance(main.stack.widget(i), CourtDocumentsPage)]  # fmt: skip
    assert main.nav.item(row).text() == "Documents"
    main.nav.setCurrentRow(row)
    page = main.stack.currentWidget()
    assert isinstance(page, CourtDocumentsPage)
    return page


def preview(qtbot: QtBot, page: CourtDocumentsPage) -> None:
    page.preview_button.click()
    qtbot.waitUntil(lambda: page.shown is not None, timeout=15000)


def test_preview_then_save_into_the_case(
    qtbot: QtBot, unlocked: AppController, tmp_path: Path
) -> None:
    session = unlocked.session
    assert session is not None
    made = _court_case.make(session)
    page = documents_page(unlocked)
    assert not page.save_button.isEnabled()  # nothing to save before a preview
    type_text(qtbot, page.case_search, made.case_code[-4:])
    qtbot.waitUntil(page.searching.isHidden, timeout=5000)  # found by the task runner
    assert page.cases.count() == 1 and page.cases.currentItem().text() == made.case_code
    assert "Nada" not in " ".join(page.cases.item(i).text() for i in range(page.cases.count()))
    assert page.kind.set_value("chronology")
    assert page.lang.set_value("sr-Latn")
    preview(qtbot, page)
    assert page.document.pageCount() >= 1 and not page.save_button.isEnabled()
    assert "case code only" in page.status.text() and "Review" in page.status.text()
    review = open_review(qtbot, page)  # "case code only": reviewed before it leaves the case
    accept(qtbot, page, review)
    assert page.save_button.isEnabled()
    qtbot.wait(700)  # QPdfView draws its pages in the background
    shoot(unlocked.main, "court-documents-preview")

    before = {d.id for d in documents.documents(session, made.case_id)}
    page.save_button.click()
    qtbot.waitUntil(lambda: "Saved into" in page.status.text(), timeout=15000)
    (saved,) = [d for d in documents.documents(session, made.case_id) if d.id not in before]
    assert documents.read_bytes(session, saved.id) == page.pdf_bytes
    assert saved.filename.startswith(f"chronology-{made.case_code}-sr-Latn-")

    # Changing an option makes the preview stale: nothing can be saved until it is redone.
    page.with_names.setChecked(True)
    assert not page.save_button.isEnabled() and page.shown is None
    preview(qtbot, page)
    assert "with the client's name" in page.status.text()

    # Export: the warning first; "Cancel" writes nothing, "Export" writes and audits.
    target = tmp_path / "copy.pdf"
    assert not page.export_copy(target) and not target.exists()
    assert "unencrypted" in Messages.shown[-1][1] and "client's name" in Messages.shown[-1][1]
    Messages.answer_next(True)
    assert page.export_copy(target)
    qtbot.waitUntil(lambda: target.exists() and "Exported" in page.status.text(), timeout=15000)
    assert target.read_bytes() == page.pdf_bytes
    entry = audit.entries(session.db, limit=1)[0]
    assert (entry.action, entry.entity_id, entry.detail) == (
        "export", made.case_id, "chronology sr-Latn, names",
    )  # fmt: skip

    # Print: every page painted onto the printer (here a PDF file), and the printout audited.
    from PySide6.QtPrintSupport import QPrinter

    printer = QPrinter(QPrinter.PrinterMode.ScreenResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "printed.pdf"))
    assert page.print_to(printer)
    qtbot.waitUntil(lambda: audit.entries(session.db, limit=1)[0].action == "print", timeout=15000)
    assert len(PdfReader(tmp_path / "printed.pdf").pages) == page.document.pageCount()


def test_property_claim_items_typed_in_the_form(qtbot: QtBot, unlocked: AppController) -> None:
    session = unlocked.session
    assert session is not None
    made = _court_case.make(session, notes=2)
    page = documents_page(unlocked)
    page.select_case(made.case_code)
    assert page.kind.set_value("property-claim")
    claim = page.panels["property-claim"]
    assert isinstance(claim, ClaimOptions)
    claim.add_item(DamageKind.UNPAID_WAGES, "Zarada", "540.000", "30.06.2023")
    claim.add_item(DamageKind.FEAR, "", "300.000,00")
    preview(qtbot, page)
    text = " ".join(p.extract_text() for p in PdfReader(_bytes(page)).pages)
    assert "840.000,00" in " ".join(text.split())
    qtbot.wait(700)
    shoot(unlocked.main, "court-documents-property-claim")
    claim.add_item(DamageKind.MEDICAL, "", "mnogo")
    page.preview_button.click()
    qtbot.waitUntil(lambda: page.preview_button.isEnabled(), timeout=15000)
    assert "not an amount" in page.status.text() and page.shown is None


def _bytes(page: CourtDocumentsPage) -> object:
    import io

    assert page.pdf_bytes is not None
    return io.BytesIO(page.pdf_bytes)
