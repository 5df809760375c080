"""The agenda, a case's appointments, documents and risk tabs and the court documents' option
panels are Designer forms (ui/*.ui): the widgets the rest of the app and the tests use are the
form's, named as their attributes; Tab still goes as the eye reads; and every string the forms
show keeps its translation (the form's class is the context the strings had in code)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from astra_desktop.core.models import Case, Client
from astra_desktop.gui.agenda_page import AgendaPage
from astra_desktop.gui.case_appointments_tab import CaseAppointmentsTab
from astra_desktop.gui.court.document_options import ClaimOptions, WitnessOptions
from astra_desktop.gui.documents_tab import DocumentsTab
from astra_desktop.gui.risk_tab import RiskTab
from astra_desktop.gui.tasks import TaskRunner
from astra_desktop.services import clients
from astra_desktop.services import session as vs
from tests.gui._forms import form_strings
from tests.gui._loaded import loaded

FORMS = ("agenda_page", "case_appointments_tab", "documents_tab", "risk_tab", "filing_choices",
         "no_options", "witness_options", "claim_options", "chronology_options")  # fmt: skip


def tab_chain(page: QWidget) -> list[str]:
    """The objectNames Tab reaches inside `page`, in order (unnamed widgets left out)."""
    names, widget = [], page.nextInFocusChain()
    while widget is not page:
        tabbable = widget.focusPolicy() & Qt.FocusPolicy.TabFocus == Qt.FocusPolicy.TabFocus
        if tabbable and page.isAncestorOf(widget) and widget.objectName():
            names.append(widget.objectName())
        widget = widget.nextInFocusChain()
    return [n for n in names if not n.startswith("qt_")]


def named_as_attributes(page: QWidget, names: list[str]) -> None:
    for name in names:
        widget = getattr(page, name)
        assert widget.objectName() == name
        assert getattr(page.ui, name, widget) is widget  # type: ignore[attr-defined]


def test_agenda_and_case_appointments(qtbot: QtBot, session: vs.Session) -> None:
    runner = TaskRunner()
    agenda = AgendaPage(session, runner)
    qtbot.addWidget(agenda)
    named_as_attributes(agenda, ["periods", "mine", "names", "view", "count", "empty",
                                 "trials", "case_button", "print_button", "new_button"])  # fmt: skip
    assert agenda.ui.empty.property("state") == "empty"
    chain = tab_chain(agenda)
    order = ["periods", "mine", "names", "view", "case_button", "print_button", "new_button"]
    assert [n for n in chain if n in order] == order
    # the table sits between the period tabs and the empty-list text, and takes the height
    layout = agenda.ui.layout
    assert layout.indexOf(agenda.view) == 1 and layout.stretch(1) == 1
    assert layout.indexOf(agenda.empty) == 2

    case = clients.register(session, Client("Ivana", "Marić"), Case(""))
    tab = CaseAppointmentsTab(session, case.id, runner)
    qtbot.addWidget(tab)
    named_as_attributes(tab, ["view", "count", "open_button", "new_button"])
    assert tab_chain(tab) == ["view", "open_button", "new_button"]
    qtbot.waitUntil(lambda: tab.count.text() == "0 appointment(s)", timeout=5000)
    runner.wait()


def test_documents_and_risk_tabs(qtbot: QtBot, session: vs.Session) -> None:
    case = clients.register(session, Client("Ivana", "Marić"), Case(""))
    runner = TaskRunner()
    docs = DocumentsTab(session, case.id, runner)
    qtbot.addWidget(docs)
    named_as_attributes(docs, ["table", "status", "import_button", "view_button", "export_button"])
    headers = [docs.table.horizontalHeaderItem(i).text() for i in range(docs.table.columnCount())]
    assert headers == ["File", "Size", "Imported", "SHA-256 (fingerprint)"]
    risk = RiskTab(session, case.id, runner=runner)
    qtbot.addWidget(risk)
    assert loaded(qtbot, risk).summary.text() == "No risk assessment yet."
    inputs = ["action_title", "action_owner", "action_due", "status_box", "event_kind",
              "event_date"]  # fmt: skip
    named_as_attributes(risk, ["summary", "chart", "history", "changes", "plan", "message",
                               "new_button", "suggest_button", "add_action_button",
                               "set_status_button", "event_button", *inputs])  # fmt: skip
    assert risk.message.property("tone") == "error"
    assert risk.status_box.count() > 0 and risk.event_kind.count() > 0
    chain = tab_chain(risk)
    assert [n for n in chain if n in inputs] == inputs
    risk.add_action()  # no title: the form's error line says so
    assert risk.message.text()
    runner.wait()


def test_option_panels(qtbot: QtBot) -> None:
    witness = WitnessOptions()
    qtbot.addWidget(witness)
    assert witness.measures.maximumHeight() == 150 and witness.measures.values()
    assert witness.filing.lawyer.objectName() == "lawyer"
    seen: list[None] = []
    witness.changed.connect(lambda: seen.append(None))
    witness.filing.addressee.setCurrentIndex(1)
    witness.risk.setChecked(False)
    assert len(seen) == 2 and witness.extra()["risk"] is False
    claim = ClaimOptions()
    qtbot.addWidget(claim)
    assert tab_chain(claim) == ["lawyer", "addressee", "claim_button", "table", "add_button",
                                "remove_button", "evidence", "draft"]  # fmt: skip
    claim.ui.add_button.click()
    assert claim.table.rowCount() == 1 and claim.extra()["items"][0]["kind"] == "unpaid-wages"


@pytest.mark.parametrize("form", FORMS)
def test_every_string_of_the_form_keeps_its_translation(form: str) -> None:
    """The strings moved from code into the form are found in the Serbian catalogue under the
    form's class, the context they had as tr() calls: nothing is left to translate again."""
    strings, untranslated = form_strings(form)
    assert strings
    assert untranslated == []
