"""The hotline's call page and call form, the partners registry, the monitored trials and the
case file's services / referrals / consent tabs are Designer forms (ui/*.ui): the widgets the app
and the tests use are the form's, named as their attributes; Tab still goes as it did when the
pages were built in code; widgets that need the vault are put in the cells left for them, with
their labels' buddies; and every string the forms show keeps its translation."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from astra_desktop.core.models import Case, Client
from astra_desktop.gui.court.trials_page import TrialsPage
from astra_desktop.gui.entries_tab import consent_tab, referrals_tab, services_tab
from astra_desktop.gui.hotline.layout import WrappingRow
from astra_desktop.gui.hotline.page import HotlineSection
from astra_desktop.gui.partners.page import PartnersPage
from astra_desktop.gui.tasks import TaskRunner
from astra_desktop.services import clients
from astra_desktop.services import session as vs
from tests.gui._forms import form_strings
from tests.gui._loaded import loaded

FORMS = ("calls_page", "call_form", "partners_page", "trials_page", "entries_tab")


def tab_chain(page: QWidget) -> list[QWidget]:
    """The widgets Tab reaches inside `page`, in order."""
    found, widget = [], page.nextInFocusChain()
    while widget is not page:
        tabbable = widget.focusPolicy() & Qt.FocusPolicy.TabFocus == Qt.FocusPolicy.TabFocus
        inside = page.isAncestorOf(widget) and widget.isVisibleTo(page)
        if tabbable and inside and not widget.objectName().startswith("qt_"):
            found.append(widget)
        widget = widget.nextInFocusChain()
    return found


def tab_names(page: QWidget) -> list[str]:
    """The objectNames Tab reaches inside `page` (unnamed inner parts left out)."""
    return [w.objectName() for w in tab_chain(page) if w.objectName()]


def named_as_attributes(page: QWidget, names: list[str]) -> None:
    for name in names:
        widget = getattr(page, name)
        assert widget.objectName() == name
        assert getattr(page.ui, name) is widget  # type: ignore[attr-defined]


def test_call_page_and_call_form(qtbot: QtBot, session: vs.Session) -> None:
    runner = TaskRunner()
    section = HotlineSection(session, runner)
    qtbot.addWidget(section)
    calls, form = section.calls, section.calls.form
    log = [calls.topic, calls.month, calls.follow_ups, calls.view, calls.done_button,
           calls.search_button, calls.case_button, calls.link_button, calls.convert_button]  # fmt: skip
    named_as_attributes(calls, ["topic", "month", "follow_ups", "view", "count", "done_button",
                                "search_button", "case_button", "link_button",
                                "convert_button"])  # fmt: skip
    assert calls.ui.heading.property("heading") == "section" and calls.topic.count() > 1
    assert calls.view.model() is calls.model and calls.view.isSortingEnabled()
    # The call form sits in the page's frame; Tab goes through it first, as it is filled in
    # while on the phone, then through the log's filters, the log and its actions.
    assert calls.ui.framed.indexOf(form) == 0
    order = [form.topic, form.caller, form.language, form.note, form.channel, form.anonymous,
             form.contact, form.referral, form.sex, form.age, form.band, form.nationality,
             form.exploitation, form.town, form.country, form.urgent, form.follow_up,
             form.follow_up_due, form.owner, form.day, form.time, form.duration, form.worker,
             form.save_button, form.clear_button]  # fmt: skip
    chain = [w for w in tab_chain(section) if w in order or w in log]
    assert chain == order + log
    # The actions wrap onto a second line rather than widen the window.
    row = calls.ui.actions.layout()
    assert isinstance(row, WrappingRow) and row.count() == 5
    assert row.heightForWidth(250) > row.heightForWidth(2000) > 0
    # The widgets that need the vault are in the cells the form left for them, with buddies.
    assert form.ui.grid.itemAtPosition(7, 1).widget() is form.referral
    assert form.ui.grid.itemAtPosition(4, 3).widget() is form.exploitation
    assert form.ui.referralLabel.buddy() is form.referral
    assert form.ui.exploitationLabel.buddy() is form.exploitation
    assert form.day.objectName() == "occurred_at" and form.error.property("tone") == "error"
    assert form.age.specialValueText() == "—" and form.duration.suffix() == " min"
    runner.wait()


def test_partners_page(qtbot: QtBot, session: vs.Session) -> None:
    page = PartnersPage(session)
    qtbot.addWidget(page)
    names = ["search", "kind", "city", "offers", "state", "table", "add_button", "edit_button",
             "deactivate_button", "reactivate_button"]  # fmt: skip
    named_as_attributes(page, [*names, "count", "message"])
    assert tab_names(page) == names
    table = page.table
    headers = [table.horizontalHeaderItem(i).text() for i in range(table.columnCount())]
    assert headers == ["Name", "Kind", "Town", "Provides", "Contact", "Status", "Referrals",
                       "Inquiries", "Hotline"]  # fmt: skip
    assert table.horizontalHeaderItem(8).toolTip() == "Hotline callers referred to this partner"
    assert page.message.property("tone") == "muted"
    assert loaded(qtbot, page).count.text() == "0 partner(s)"


def test_trials_page(qtbot: QtBot, session: vs.Session) -> None:
    page = TrialsPage(session)
    qtbot.addWidget(page)
    buttons = ["new_button", "edit_button", "delete_button", "defendant_button",
               "charge_button", "requalify_button", "hearing_button", "edit_hearing_button"]  # fmt: skip
    named_as_attributes(page, [*buttons, "status", "comparison", "table", "charge_table",
                               "hearing_table"])  # fmt: skip
    order = ["new_button", "edit_button", "delete_button", "table", *buttons[3:],
             "charge_table", "hearing_table"]  # fmt: skip
    assert tab_names(page) == order
    assert page.status.isHidden() and not page.edit_button.isEnabled()
    # The detail below the list is measured with its buttons' texts (set by the form after its
    # layouts had measured them), so the splitter parts the page as it did when built in code.
    detail = page.ui.detail
    row = [getattr(page, name) for name in buttons[3:]]
    assert detail.sizeHint().width() >= sum(b.sizeHint().width() for b in row)
    page.refresh()
    assert "No monitored trial yet" in loaded(qtbot, page).comparison.text()


def test_entries_tabs(qtbot: QtBot, session: vs.Session) -> None:
    case = clients.register(session, Client("Ivana", "Marić"), Case(""))
    runner = TaskRunner()
    referrals = referrals_tab(session, case.id, runner)
    qtbot.addWidget(referrals)
    named_as_attributes(referrals, ["table", "form", "add_button", "loading_label"])
    headers = [referrals.table.horizontalHeaderItem(i).text() for i in range(5)]
    assert headers == ["Direction", "Organisation", "Date", "Consent", "Reason"]
    # Tab: the list, the form's fields, the partner (put in the form's second row), then Add.
    assert tab_names(referrals) == [
        "table", "direction", "referred_on", "reason", "consent_given", "organisation",
        "add_button",
    ]  # fmt: skip
    picker = referrals.picker
    assert picker is not None and referrals.form.layout().labelForField(picker).buddy() is picker
    for tab in (services_tab(session, case.id, runner), consent_tab(session, case.client_id)):
        qtbot.addWidget(tab)
        chain = tab_names(tab)
        assert chain[0] == "table" and chain[-1] == "add_button"
        assert chain[1:-1] == [f.name for f in tab.form.fields]
        assert loaded(qtbot, tab).table.rowCount() == 0 and tab.loading_label.isHidden()
    runner.wait()


@pytest.mark.parametrize("form", FORMS)
def test_every_string_of_the_form_keeps_its_translation(form: str) -> None:
    """The strings moved from code into the form are in the Serbian catalogue under the form's
    class. (EntriesTab's "&Add" was in the context "entries": it needs its line merged from
    /tmp/astra/i18n-forms-pages.txt.)"""
    strings, untranslated = form_strings(form)
    assert strings
    assert untranslated == []


@pytest.mark.parametrize(
    ("code", "add"), [("en", "&Add"), ("sr-Latn", "&Dodaj"), ("sr-Cyrl", "&Додај")]
)
def test_the_tabs_add_button_says_add_in_each_language(
    qtbot: QtBot, session: vs.Session, code: str, add: str
) -> None:
    """The string moved into EntriesTab took the powers dialog's "Dodaj punomoćje" (the same
    English "&Add") when the catalogue was updated: the services tab offered to add a power of
    attorney."""
    from astra_desktop.gui import i18n

    i18n.install(code)
    try:
        case = clients.register(session, Client("Ivana", "Marić"), Case(""))
        for tab in (services_tab(session, case.id), consent_tab(session, case.client_id)):
            qtbot.addWidget(tab)
            assert tab.add_button.text() == add
    finally:
        i18n.uninstall()
