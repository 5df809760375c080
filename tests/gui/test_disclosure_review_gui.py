"""The review before a "case code only" court document leaves the case: what it prints, with every
replacement and every unknown capitalised word highlighted; redact a word more, tick a note."""

from __future__ import annotations

import io
from collections.abc import Iterator

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from astra_desktop.gui.court.documents_page import CourtDocumentsPage
from astra_desktop.gui.dialogs import Messages
from astra_desktop.gui.disclosure_review import REDACTED_COLOUR, UNKNOWN_COLOUR, DisclosureReview
from astra_desktop.gui.tasks import TaskRunner
from astra_desktop.services import disclosure
from astra_desktop.services import session as vs
from tests import _court_case

PLAIN_NOTE = "objašnjen status posebno osetljivog svedoka"


@pytest.fixture
def page(qtbot: QtBot, session: vs.Session) -> Iterator[CourtDocumentsPage]:
    runner = TaskRunner()
    page = CourtDocumentsPage(session, runner)
    qtbot.addWidget(page)
    yield page
    runner.wait()


def text_of(pdf: bytes | None) -> str:
    assert pdf is not None
    return " ".join(" ".join(p.extract_text() for p in PdfReader(io.BytesIO(pdf)).pages).split())


def preview(qtbot: QtBot, page: CourtDocumentsPage, made: _court_case.CourtCase) -> None:
    page.select_case(made.case_code)
    assert page.kind.set_value("chronology") and page.lang.set_value("sr-Latn")
    page.preview_button.click()
    qtbot.waitUntil(lambda: page.shown is not None, timeout=15000)


def open_review(qtbot: QtBot, page: CourtDocumentsPage) -> DisclosureReview:
    page.review_button.click()
    qtbot.waitUntil(lambda: page.findChild(DisclosureReview) is not None, timeout=15000)
    dialog = page.findChild(DisclosureReview)
    assert isinstance(dialog, DisclosureReview)
    qtbot.waitUntil(lambda: dialog.current is not None and dialog.summary.text()[:1].isdigit(),
                    timeout=15000)  # fmt: skip
    return dialog


def backgrounds(dialog: DisclosureReview) -> dict[str, set[str]]:
    """The highlighted texts of the review, by colour."""
    found: dict[str, set[str]] = {}
    block = dialog.text.document().begin()
    while block.isValid():
        it = block.begin()
        while not it.atEnd():
            fragment = it.fragment()
            colour = fragment.charFormat().background().color().name()
            found.setdefault(colour, set()).add(fragment.text())
            it += 1
        block = block.next()
    return found


def accept(qtbot: QtBot, page: CourtDocumentsPage, dialog: DisclosureReview) -> None:
    dialog.buttons.button(dialog.buttons.StandardButton.Ok).click()
    qtbot.waitUntil(lambda: page.reviewed is not None and page.save_button.isEnabled(),
                    timeout=15000)  # fmt: skip


def test_review_gates_export_and_redacts_a_word_for_the_case(
    qtbot: QtBot, page: CourtDocumentsPage, session: vs.Session
) -> None:
    made = _court_case.make(session)
    preview(qtbot, page, made)
    # "case code only": nothing leaves the case before the review
    assert page.review_button.isEnabled() and not page.save_button.isEnabled()
    assert not page.export_button.isEnabled() and not page.print_button.isEnabled()
    assert "Zvezdar" in text_of(page.pdf_bytes)
    dialog = open_review(qtbot, page)
    marks = backgrounds(dialog)
    assert "Vračar" in marks[UNKNOWN_COLOUR.name()]  # a capitalised word nobody checked
    assert made.case_code in marks[REDACTED_COLOUR.name()]  # "Nadu" in a referral's reason
    assert dialog.notes.count() == 6
    assert all(dialog.notes.item(i).checkState() == Qt.CheckState.Unchecked
               for i in range(dialog.notes.count()))  # fmt: skip

    # select "Zvezdara" in the text and redact it
    document = dialog.text.document()
    found = document.find("Zvezdara")
    assert not found.isNull()
    dialog.text.setTextCursor(found)
    assert dialog.redact_selection()
    qtbot.waitUntil(lambda: document.find("Zvezdara").isNull() and dialog.buttons.button(
        dialog.buttons.StandardButton.Ok).isEnabled(), timeout=15000)  # fmt: skip
    accept(qtbot, page, dialog)
    assert "Zvezdar" not in text_of(page.pdf_bytes)
    assert disclosure.remembered(session, made.case_id).redact == ("Zvezdara",)

    # reopened: the word stays taken out
    dialog = open_review(qtbot, page)
    assert dialog.text.document().find("Zvezdara").isNull()
    assert any("Zvezdara" in dialog.redactions.item(i).text()
               for i in range(dialog.redactions.count()))  # fmt: skip
    # "Show it" brings it back in the review (not remembered until OK)
    (row,) = [i for i in range(dialog.redactions.count())
              if dialog.redactions.item(i).text().startswith("Zvezdara")]  # fmt: skip
    dialog.redactions.setCurrentRow(row)
    assert dialog.show_selected()
    qtbot.waitUntil(lambda: not dialog.text.document().find("Zvezdara").isNull(), timeout=15000)
    dialog.reject()  # asks first, as the choices changed; the safe answer keeps it open
    assert dialog.isVisible() and "forgotten" in Messages.shown[-1][1]
    Messages.answer_next(True)
    dialog.reject()
    assert disclosure.remembered(session, made.case_id).redact == ("Zvezdara",)


def test_a_ticked_note_goes_into_the_document(
    qtbot: QtBot, page: CourtDocumentsPage, session: vs.Session
) -> None:
    made = _court_case.make(session)
    preview(qtbot, page, made)
    assert PLAIN_NOTE not in text_of(page.pdf_bytes)
    dialog = open_review(qtbot, page)
    assert PLAIN_NOTE not in dialog.text.toPlainText()
    (row,) = [i for i in range(dialog.notes.count())
              if "Telefonski razgovor" in dialog.notes.item(i).text()]  # fmt: skip
    note_id = dialog.notes.item(row).data(Qt.ItemDataRole.UserRole)
    dialog.notes.item(row).setCheckState(Qt.CheckState.Checked)
    qtbot.waitUntil(lambda: PLAIN_NOTE in dialog.text.toPlainText(), timeout=15000)
    accept(qtbot, page, dialog)
    assert PLAIN_NOTE in text_of(page.pdf_bytes)
    assert "Dogovoren sastanak" not in text_of(page.pdf_bytes)  # an unticked note
    assert disclosure.remembered(session, made.case_id).notes == {note_id}
    # an option changed: review again before it leaves the case
    page.with_names.setChecked(True)
    page.code_only.setChecked(True)
    assert page.reviewed is None and not page.save_button.isEnabled()


def test_the_dialog_stays_on_the_screen(
    qtbot: QtBot, session: vs.Session, monkeypatch: pytest.MonkeyPatch
) -> None:
    """No window manager, 1366×768: centred over a short parent at the top of the screen, the
    dialog must still start below the top edge (its first line was cut off)."""
    from PySide6.QtCore import QRect
    from PySide6.QtWidgets import QWidget

    from astra_desktop.core.disclosure import Choices
    from astra_desktop.gui import screen_fit

    area = QRect(0, 0, 1366, 728)
    monkeypatch.setattr(screen_fit, "available_geometry", lambda _w: QRect(area))
    made = _court_case.make(session)
    parent = QWidget()
    qtbot.addWidget(parent)
    parent.setGeometry(0, 0, 1366, 200)
    parent.show()
    runner = TaskRunner(parent)
    dialog = DisclosureReview(session, runner, made.case_id, "chronology", "sr-Latn", {},
                              Choices(), disclosure.candidates(session, made.case_id), parent)  # fmt: skip
    dialog.show()
    qtbot.waitExposed(dialog)
    qtbot.waitUntil(lambda: dialog.current is not None, timeout=15000)
    frame = dialog.frameGeometry()
    assert frame.top() >= area.top() and frame.left() >= area.left()
    assert frame.bottom() <= area.bottom() and frame.right() <= area.right()
    runner.wait()
