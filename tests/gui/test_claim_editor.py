"""The claim editor on a real vault, in English, Serbian Latin and Serbian Cyrillic: every field
is reached by Tab, amounts and dates typed wrong are named by row with the cell selected, the
claim is saved into the vault and a new editor opens with the same values; the Court tab and
the Documents page both open it."""

from __future__ import annotations

import io
import re
from collections.abc import Iterator
from datetime import date, timedelta
from decimal import Decimal

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QLineEdit, QTableWidget, QWidget
from pytestqt.qtbot import QtBot

from astra_desktop.core import claims as cl
from astra_desktop.core.court_documents import DamageKind
from astra_desktop.gui import i18n, style
from astra_desktop.gui.court.claim_editor import ClaimEditor
from astra_desktop.gui.court.proceedings_tab import ProceedingsTab
from astra_desktop.gui.widgets import ValueCombo
from astra_desktop.services import claims
from astra_desktop.services import session as vs
from tests import _court_case
from tests.gui.conftest import type_text

SAVE_TEXT = {"en": "Save", "sr-Latn": "Sačuvaj", "sr-Cyrl": "Сачувај"}


@pytest.fixture(params=["en", "sr-Latn", "sr-Cyrl"])
def language(request: pytest.FixtureRequest) -> Iterator[str]:
    i18n.install(request.param)
    yield request.param
    i18n.uninstall()


def type_cell(qtbot: QtBot, table: QTableWidget, row: int, col: int, text: str) -> None:
    """Type into a cell as a person does: choose it, open its editor, type, press Enter."""
    table.setCurrentCell(row, col)
    item = table.item(row, col)
    assert item is not None
    table.editItem(item)
    editors = [e for e in table.viewport().findChildren(QLineEdit) if e.isVisible()]
    assert len(editors) == 1  # the cell's own editor is open
    editor = editors[0]
    editor.selectAll()
    qtbot.keyClick(editor, Qt.Key.Key_Delete)
    type_text(qtbot, editor, text)
    assert editor.text() == text
    # leave the cell, as a click elsewhere does (offscreen, the window never has the focus that
    # lets Return reach the delegate): the view commits what was typed
    table.setCurrentCell(row, 0 if col else 1)
    assert item.text() == text


def focus_chain(dialog: QWidget) -> list[QWidget]:
    found, widget = [], dialog.nextInFocusChain()
    while widget is not dialog:
        if widget.focusPolicy() & Qt.FocusPolicy.TabFocus and widget.isVisibleTo(dialog):
            found.append(widget)
        widget = widget.nextInFocusChain()
    return found


def test_the_claim_is_typed_checked_saved_and_reopened(
    qtbot: QtBot, session: vs.Session, language: str
) -> None:
    made = _court_case.make(session, notes=1)
    dialog = ClaimEditor(session, made.case_id)
    qtbot.addWidget(dialog)
    dialog.show()
    save = dialog.buttons.button(QDialogButtonBox.StandardButton.Save)
    assert save.text().replace("&", "") == SAVE_TEXT[language]  # the language is in use
    qtbot.mouseClick(dialog.add_item_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(dialog.add_item_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(dialog.add_cost_button, Qt.MouseButton.LeftButton)
    second = dialog.items.cellWidget(1, 0)
    assert isinstance(second, ValueCombo) and second.set_value(DamageKind.FEAR)
    items = dialog.items
    type_cell(qtbot, items, 0, dialog.ITEM_TEXT, "Zarada za 18 meseci, Đurđevdan")
    type_cell(qtbot, items, 0, dialog.ITEM_EVIDENCE, "Evidencija radnog vremena; Izjava M. M.")

    # every field is reached by Tab, the rows' combo boxes right after their table
    chain = focus_chain(dialog)
    for widget in (dialog.proceeding, items, items.cellWidget(0, 0), second, dialog.costs,
                   dialog.costs.cellWidget(0, 0), dialog.add_item_button,
                   dialog.remove_item_button, dialog.add_cost_button, dialog.remove_cost_button,
                   dialog.facts, dialog.civil_court, dialog.civil_case_number, dialog.legal_aid,
                   save):  # fmt: skip
        assert widget in chain, widget
    assert chain.index(items) < chain.index(second) < chain.index(dialog.add_item_button)

    # mistakes: named by row, the cell chosen and marked, nothing saved
    later = f"{date.today() + timedelta(days=3):%d.%m.%Y}"
    for col, typed, expected in (
        (dialog.ITEM_AMOUNT, "12,3,4x", "“12,3,4x”"),  # what was typed, quoted
        (dialog.ITEM_AMOUNT, "0", "1:"),  # an amount of nothing: the row, and what to do
        (dialog.ITEM_INTEREST, "31.02.2023", "“31.02.2023”"),
        (dialog.ITEM_INTEREST, later, later),  # a day still to come
    ):
        type_cell(qtbot, items, 0, col, typed)
        assert not dialog.save()
        # quotes as each language writes them: “…” in English, „…“ in Serbian
        shown, expected = (re.sub("[„“”]", '"', t) for t in (dialog.error.text(), expected))
        assert "1" in shown and expected in shown
        assert (items.currentRow(), items.currentColumn()) == (0, col)
        assert items.item(0, col).background().color() == style.background("invalid")
        assert claims.get(session, made.case_id).version == 0
        type_cell(qtbot, items, 0, col, "")
    type_cell(qtbot, dialog.costs, 0, dialog.COST_AMOUNT, "45 000")  # spaces group thousands too
    type_cell(qtbot, items, 0, dialog.ITEM_AMOUNT, "540.000")
    type_cell(qtbot, items, 0, dialog.ITEM_INTEREST, "30.06.2023")
    type_cell(qtbot, items, 1, dialog.ITEM_AMOUNT, "300.000,50")
    assert "840.000,50" in dialog.totals.text()  # the totals follow the typing
    type_text(qtbot, dialog.facts, "Radila je bez plate u Nišu.")
    type_text(qtbot, dialog.civil_court, "Prvi osnovni sud u Beogradu")
    type_text(qtbot, dialog.civil_case_number, "P 12/26")
    type_text(qtbot, dialog.legal_aid, "rešenje br. 7/26")
    with qtbot.waitSignal(dialog.saved):
        assert dialog.save(), dialog.error.text()
    assert dialog.error.text() == "" and not dialog.has_typing()

    stored = claims.get(session, made.case_id)
    assert stored.version == 1 and stored.civil_court == "Prvi osnovni sud u Beogradu"
    assert stored.items == [
        cl.ClaimItem(DamageKind.UNPAID_WAGES, Decimal("540000.00"),
                     "Zarada za 18 meseci, Đurđevdan", date(2023, 6, 30),
                     ("Evidencija radnog vremena", "Izjava M. M.")),
        cl.ClaimItem(DamageKind.FEAR, Decimal("300000.50")),
    ]  # fmt: skip
    assert stored.costs == [cl.ClaimCost(cl.CostKind.LAWYER, Decimal("45000.00"))]
    assert (stored.facts, stored.civil_case_number, stored.legal_aid) == (
        "Radila je bez plate u Nišu.", "P 12/26", "rešenje br. 7/26")  # fmt: skip

    # reopened: the same values in every field
    again = ClaimEditor(session, made.case_id)
    qtbot.addWidget(again)
    assert again.items.rowCount() == 2 and again.costs.rowCount() == 1
    row = [again.items.item(0, c).text() for c in range(1, 5)]
    assert row == ["Zarada za 18 meseci, Đurđevdan", "540.000,00", "30.06.2023",
                   "Evidencija radnog vremena; Izjava M. M."]  # fmt: skip
    kind = again.items.cellWidget(1, 0)
    assert isinstance(kind, ValueCombo) and kind.value() is DamageKind.FEAR
    assert again.items.item(1, dialog.ITEM_AMOUNT).text() == "300.000,50"
    assert again.costs.item(0, again.COST_AMOUNT).text() == "45.000,00"
    assert again.civil_court.text() == "Prvi osnovni sud u Beogradu"
    assert again.facts.toPlainText() == "Radila je bez plate u Nišu."
    assert "840.000,50" in again.totals.text()
    again.items.setCurrentCell(1, 1)
    qtbot.mouseClick(again.remove_item_button, Qt.MouseButton.LeftButton)
    assert again.items.rowCount() == 1 and again.save()
    assert [i.kind for i in claims.get(session, made.case_id).items] == [DamageKind.UNPAID_WAGES]


def test_the_court_tab_opens_the_claim_of_the_case(qtbot: QtBot, session: vs.Session) -> None:
    made = _court_case.make(session, notes=1)
    tab = ProceedingsTab(session, made.case_id)
    qtbot.addWidget(tab)
    assert tab.claim_button.isEnabled()
    qtbot.mouseClick(tab.claim_button, Qt.MouseButton.LeftButton)
    dialog = tab.findChild(ClaimEditor)
    assert isinstance(dialog, ClaimEditor) and dialog.case_id == made.case_id
    assert dialog.isVisible()
    dialog.close()


def test_the_documents_page_opens_the_claim_and_previews_the_civil_suit(
    qtbot: QtBot, session: vs.Session
) -> None:
    from astra_desktop.gui.court.documents_page import CourtDocumentsPage
    from astra_desktop.gui.tasks import TaskRunner

    made = _court_case.make(session, notes=1)
    runner = TaskRunner()
    page = CourtDocumentsPage(session, runner)
    qtbot.addWidget(page)
    page.select_case(made.case_code)
    assert page.kind.set_value("civil-claim") and page.lang.set_value("sr-Latn")
    assert page.kind.currentText() == "Civil suit for damages"
    panel = page.panels["civil-claim"]
    qtbot.mouseClick(panel.claim_button, Qt.MouseButton.LeftButton)  # type: ignore[attr-defined]
    dialog = page.findChild(ClaimEditor)
    assert isinstance(dialog, ClaimEditor) and dialog.case_id == made.case_id
    qtbot.waitUntil(lambda: not dialog.loading, timeout=15000)  # read on the worker
    dialog.add_item()
    type_cell(qtbot, dialog.items, 0, dialog.ITEM_AMOUNT, "1.234,56")
    assert dialog.save()
    dialog.close()
    page.preview_button.click()
    qtbot.waitUntil(lambda: page.shown is not None, timeout=15000)
    assert page.pdf_bytes is not None
    text = " ".join(p.extract_text() for p in PdfReader(io.BytesIO(page.pdf_bytes)).pages)
    assert "TUŽBA" in text and "1.234,56" in text and "NACRT" not in text
    runner.wait()


@pytest.mark.parametrize("size", ["1366x768", "1280x720"])
def test_the_editor_fits_a_small_laptop_screen_and_cuts_off_no_text(
    qtbot: QtBot, session: vs.Session, language: str, size: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    from astra_desktop.gui import screen_fit
    from tests.gui.test_layout_fit import SCREENS, misfits

    area = SCREENS[size]
    monkeypatch.setattr(screen_fit, "available_geometry", lambda _window: area)
    made = _court_case.make(session, notes=1)
    c = claims.get(session, made.case_id)
    c.items = [
        cl.ClaimItem(DamageKind.MENTAL_SUFFERING, Decimal("800000"), "PTSP", None, ("Nalaz",))
    ]
    c.costs = [cl.ClaimCost(cl.CostKind.INTERPRETER, Decimal("12000"))]
    claims.save(session, c)
    dialog = ClaimEditor(session, made.case_id)
    qtbot.addWidget(dialog)
    assert misfits(dialog, area) == []
