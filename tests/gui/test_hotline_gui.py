"""The SOS hotline section driven as a line worker would: an anonymous call logged from the
keyboard alone, a call converted into a client, a missing-person search through to "found
safe", the statistics and their export; screenshots of the call form, the log and a history."""

from __future__ import annotations

import csv
import io
from datetime import date, datetime, timedelta
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel, QWidget
from pytestqt.qtbot import QtBot

from astra_desktop.core.appointments import local_now
from astra_desktop.core.hotline import Call, CallerType, CallTopic, CaseLink
from astra_desktop.core.missing import ActionKind, MissingSearch, SearchAction, SearchStatus
from astra_desktop.gui.app import AppController
from astra_desktop.gui.dialogs import Messages
from astra_desktop.gui.hotline.call_log_model import Column
from astra_desktop.gui.hotline.page import HotlineSection
from astra_desktop.gui.main_window import MainWindow
from astra_desktop.gui.missing.dialogs import SearchDialog
from astra_desktop.services import case_records, hotline, missing, reminders, search
from astra_desktop.services.hotline import CallQuery
from astra_desktop.storage import audit
from tests.gui._loaded import loaded
from tests.gui.conftest import shoot, type_text


def open_hotline(qtbot: QtBot, main: MainWindow) -> HotlineSection:
    titles = [main.nav.item(i).text() for i in range(main.nav.count())]
    main.nav.setCurrentRow(titles.index("SOS hotline"))
    main.activateWindow()
    qtbot.waitUntil(main.isActiveWindow, timeout=3000)
    return main.hotline


def focused(main: MainWindow) -> QWidget:
    widget = QApplication.focusWidget() or main.focusWidget()
    assert widget is not None
    return widget


def press(
    qtbot: QtBot,
    main: MainWindow,
    key: Qt.Key,
    mod: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier,
) -> None:
    qtbot.keyClick(focused(main), key, mod)


def test_log_an_anonymous_call_from_the_keyboard_alone(
    qtbot: QtBot, unlocked: AppController
) -> None:
    main, session = unlocked.main, unlocked.session
    assert main is not None and session is not None
    section = open_hotline(qtbot, main)
    form = section.calls.form
    qtbot.waitUntil(lambda: focused(main) is form.topic, timeout=3000)  # ready to type at once
    assert form.caller.value() == CallerType.ANONYMOUS.value
    assert form.language.value() == "sr"

    keys = 0
    qtbot.keyClicks(focused(main), "j")  # the topic's first letter: Job offer check
    keys += 1
    assert form.topic.value() == CallTopic.JOB_OFFER_CHECK.value
    for expected in (form.caller, form.language, form.note):  # defaults kept: just Tab on
        press(qtbot, main, Qt.Key.Key_Tab)
        keys += 1
        assert focused(main) is expected
    type_text(qtbot, focused(main), "Provera oglasa: posao konobarice u Nemačkoj, plata 3.000 €.")
    shoot(main, "hotline-call-form")
    press(qtbot, main, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    keys += 1
    assert keys == 5  # besides the note: one letter, three Tabs, Ctrl+Enter

    (row,) = hotline.list_calls(session, CallQuery())
    call = hotline.get(session, row.id)
    assert call.topic is CallTopic.JOB_OFFER_CHECK and call.caller_type is CallerType.ANONYMOUS
    assert call.note == "Provera oglasa: posao konobarice u Nemačkoj, plata 3.000 €."
    assert (call.language, call.caller_contact, call.worker_id) == ("sr", "", session.actor.user_id)
    assert call.duration_minutes >= 1  # counted from the first keystroke
    assert abs(call.occurred_at - local_now()) < timedelta(minutes=2)
    # Ready for the next call: the form is empty and the topic has the focus again.
    assert form.topic.currentIndex() == -1 and form.note.toPlainText() == ""
    assert focused(main) is form.topic
    qtbot.waitUntil(lambda: "Ready for the next call" in section.calls.count.text(), timeout=5000)
    assert section.calls.model.rowCount() == 1
    assert section.calls.current() is not None and section.calls.current().id == call.id  # type: ignore[union-attr]

    # Without a topic nothing is saved, and the person is told what to choose.
    qtbot.keyClicks(form.note, "Bez teme")
    press(qtbot, main, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert "Choose the topic" in form.error.text() and focused(main) is form.topic
    assert len(hotline.call_ids(session, CallQuery())) == 1


def _some_calls(unlocked: AppController) -> None:
    session = unlocked.session
    assert session is not None
    today = local_now().replace(second=0, microsecond=0)
    rows = [
        (CallTopic.SAFE_MIGRATION, CallerType.POSSIBLE_VICTIM, "uk", 12,
         "Pitanja o radnoj vizi za Maltu; poslata lista provera agencija.", False),
        (CallTopic.REPORT_OF_EXPLOITATION, CallerType.PROFESSIONAL, "sr", 20,
         "Socijalna radnica: radnici na imanju bez plate, pasoši kod poslodavca.", True),
        (CallTopic.OTHER, CallerType.ANONYMOUS, "sr", 2, "Poziv prekinut.", False),
        (CallTopic.MISSING_PERSON, CallerType.FAMILY_MEMBER, "sr", 25,
         "Majka: ćerka se ne javlja dve nedelje posle odlaska na posao u Beč.", True),
    ]  # fmt: skip
    for minutes_ago, (topic, caller, lang, minutes, note, follow) in enumerate(rows):
        hotline.log_call(session, Call(
            today - timedelta(hours=minutes_ago * 3 + 1), topic, caller_type=caller, language=lang,
            duration_minutes=minutes, note=note, follow_up=follow,
            referral="Policija" if follow else "",
        ))  # fmt: skip


def test_convert_a_call_into_a_client(qtbot: QtBot, unlocked: AppController) -> None:
    main, session = unlocked.main, unlocked.session
    assert main is not None and session is not None
    note = "Javila se sama: poslodavac u Subotici drži pasoš, traži smeštaj i pravnu pomoć."
    call = hotline.log_call(
        session, Call(local_now().replace(second=0, microsecond=0) - timedelta(minutes=30),
                      CallTopic.REQUEST_FOR_HELP, caller_type=CallerType.POSSIBLE_VICTIM,
                      duration_minutes=18, note=note),
    )  # fmt: skip
    _some_calls(unlocked)
    page = open_hotline(qtbot, main).calls
    page.model.refresh(wait=True)
    assert page.select_call(call.id)
    assert page.convert_button.isEnabled() and not page.case_button.isEnabled()
    dialog = page.convert()
    assert dialog is not None and dialog.isVisible()
    form = dialog.form
    type_text(qtbot, form.widgets["given_name"], "Nataša")
    type_text(qtbot, form.widgets["family_name"], "Živković")
    assert form.widgets["referral_source"].text() == "SOS hotline"  # type: ignore[attr-defined]
    shoot(dialog, "hotline-convert-call")
    assert dialog.save()

    stored = hotline.get(session, call.id)
    assert stored.case_link is CaseLink.CONVERTED and stored.case_id
    case_file = main.cases.case_file  # the new case opens at once
    assert case_file is not None and case_file.case.id == stored.case_id
    (first,) = case_records.notes(session, stored.case_id)
    assert first.body == note and first.kind.value == "hotline"
    assert case_file.notes.timeline.count() == 1
    assert [h.case_id for h in search.search(session, "pasos smestaj")] == [stored.case_id]
    assert [h.case_id for h in search.search(session, "natasa zivkovic")] == [stored.case_id]

    page = open_hotline(qtbot, main).calls
    page.model.refresh(wait=True)
    assert page.select_call(call.id)
    assert page.case_button.isEnabled() and not page.convert_button.isEnabled()
    assert (
        case_file.case.case_code in page.model.index(page.model.row_of(call.id), Column.CASE).data()
    )
    qtbot.wait(50)
    shoot(main, "hotline-call-log")

    # A follow-up closed from the log; the filter then no longer lists it.
    open_one = hotline.list_calls(session, CallQuery(follow_up_open=True))[0].id
    assert page.select_call(open_one) and page.done_button.isEnabled()
    qtbot.mouseClick(page.done_button, Qt.MouseButton.LeftButton)
    row = page.model.row_of(open_one)
    qtbot.waitUntil(lambda: page.model.index(row, Column.FOLLOW_UP).data() == "done", timeout=5000)
    page.follow_ups.setChecked(True)
    qtbot.waitUntil(lambda: page.model.rowCount() == 1, timeout=5000)
    assert page.model.call_id(0) != open_one


def test_missing_person_search_through_to_found_safe(qtbot: QtBot, unlocked: AppController) -> None:
    main, session = unlocked.main, unlocked.session
    assert main is not None and session is not None
    section = open_hotline(qtbot, main)
    form = section.calls.form

    # A mother calls; saving a missing-person call offers to open the search at once.
    assert form.topic.set_value(CallTopic.MISSING_PERSON.value)
    assert form.caller.set_value(CallerType.FAMILY_MEMBER.value)
    qtbot.keyClicks(form.note, "Majka prijavljuje da se cerka ne javlja od 20.01.")
    Messages.answer_next(True)
    assert form.save()
    qtbot.waitUntil(lambda: section.missing.search_dialog is not None, timeout=5000)
    assert section.currentWidget() is section.missing
    # The dialog as the page holds it, not looked up through Qt (findChild hands back whatever
    # wrapper Shiboken has at the dialog's address), once the call's note has been read.
    search_dialog = loaded(qtbot, section.missing).search_dialog
    assert isinstance(search_dialog, SearchDialog) and search_dialog.isVisible()
    assert "cerka ne javlja" in search_dialog.findChildren(QLabel)[0].text()  # the call's note
    fields = search_dialog.form.widgets
    type_text(qtbot, fields["person"], "Milica J.")
    qtbot.keyClicks(fields["person_details"], "19 godina, plava kosa")
    qtbot.keyClicks(fields["last_seen_on"], "20.01.2026")
    type_text(qtbot, fields["last_seen_place"], "Autobuska stanica, Niš")
    qtbot.keyClicks(fields["reporter"], "Majka")
    qtbot.keyClicks(fields["reporter_contact"], "Samo na ovaj broj, posle 17 h")
    shoot(search_dialog, "hotline-new-missing-search")
    assert search_dialog.save()

    page = loaded(qtbot, section.missing)  # the list read again, the new search chosen in it
    panel = page.panel
    assert panel.search is not None and panel.search.person == "Milica J."
    search_id = panel.search.id
    assert panel.search.call_id == hotline.call_ids(session, CallQuery())[0]
    today = local_now().date()

    def act(kind: ActionKind, text: str, planned: bool = False, day: date = today) -> None:
        action = panel.add_action()
        assert action is not None
        assert action.kind.set_value(kind)
        type_text(qtbot, action.description, text)
        if planned:
            action.planned_radio.setChecked(True)
        action.day.set_value(day)
        assert action.save()
        loaded(qtbot, page)  # the list read again (its next action due)

    def status(to: SearchStatus, reason: str) -> None:
        change = panel.change_status(to)
        assert change is not None
        assert not change.save()  # a reason is required
        assert "why" in change.error.text()
        type_text(qtbot, change.reason, reason)
        assert change.save()
        loaded(qtbot, page)

    act(ActionKind.POLICE_REPORT, "Prijava nestanka, PU Niš", day=today - timedelta(days=1))
    act(ActionKind.EMBASSY, "Upit Ambasadi Srbije u Beču", planned=True, day=today)
    assert page.model.rows[0].next_due == today  # due today: shown as due in the list
    assert "due" in page.model.index(0, 4).data()
    summary = reminders.at_unlock(session)
    assert summary.search_actions_due == 1
    main.reminders.show_summary(summary)
    assert "Missing-person searches: 1 action(s) due" in main.reminders.text.text()

    status(SearchStatus.PAUSED, "Čeka se odgovor policije")
    status(SearchStatus.SEARCHING, "Drugarica javila novu adresu")
    planned_row = next(i for i, e in enumerate(panel.history.entries) if e.kind == "planned")
    panel.history_view.selectRow(planned_row)
    assert panel.done_button.isEnabled() and panel.mark_done()
    assert not panel.register_button.isEnabled()  # not found yet
    status(SearchStatus.FOUND_SAFE, "Pronađena preko ambasade, na sigurnom kod rođaka")

    entries = panel.history.entries
    assert [(e.kind, e.status or e.action) for e in entries] == [
        ("status", SearchStatus.FOUND_SAFE),
        ("action", ActionKind.EMBASSY),
        ("status", SearchStatus.SEARCHING),
        ("status", SearchStatus.PAUSED),
        ("status", SearchStatus.SEARCHING),
        ("action", ActionKind.POLICE_REPORT),
    ]
    assert entries[0].text == "Pronađena preko ambasade, na sigurnom kod rođaka"
    assert entries[-2].text == "Reported on the SOS hotline"
    assert missing.get(session, search_id).status is SearchStatus.FOUND_SAFE
    assert missing.due_actions(session, today) == []
    assert "Found safe" in panel.title.text()
    assert panel.register_button.isEnabled() and panel.link_button.isEnabled()
    assert page.model.rows[page.model.row_of(search_id)].status is SearchStatus.FOUND_SAFE
    main.reminders.hide()  # the bar was shown above; a person would have dismissed it
    qtbot.wait(50)  # let the layouts settle before the screenshot
    shoot(main, "hotline-missing-search-history")
    details = [e.detail for e in audit.entries(session.db, limit=100, entity_id=search_id)]
    assert "status found-safe found-alive" in details and not any("Milica" in d for d in details)


def test_statistics_and_audited_csv_export(
    qtbot: QtBot, unlocked: AppController, tmp_path: Path
) -> None:
    main, session = unlocked.main, unlocked.session
    assert main is not None and session is not None
    for day, topic, lang in [
        (datetime(2025, 1, 10, 9, 0), CallTopic.JOB_OFFER_CHECK, "sr"),
        (datetime(2025, 1, 20, 9, 0), CallTopic.JOB_OFFER_CHECK, "uk"),
        (datetime(2025, 3, 5, 9, 0), CallTopic.MISSING_PERSON, "sr"),
        (datetime(2024, 6, 1, 9, 0), CallTopic.OTHER, "en"),
    ]:
        hotline.log_call(session, Call(day, topic, language=lang, note="Beleška o pozivu"))
    section = open_hotline(qtbot, main)
    section.setCurrentWidget(section.stats)
    page = section.stats
    qtbot.waitUntil(lambda: page.model.rowCount() > 0, timeout=5000)
    assert page.period.currentData() == 2025 and page.period.count() == 3  # 2025, 2024, every year
    model = page.model
    assert model.headerData(0, Qt.Orientation.Horizontal) == "Jan"
    assert model.headerData(12, Qt.Orientation.Horizontal) == "Total"
    assert model.headerData(0, Qt.Orientation.Vertical) == "Calls"
    assert (model.index(0, 0).data(), model.index(0, 2).data(), model.index(0, 12).data()) == (
        "2", "1", "3",
    )  # fmt: skip
    assert "3 call(s)" in page.status.text()
    qtbot.wait(50)
    shoot(main, "hotline-statistics")

    target = tmp_path / "sos-2025.csv"
    assert not page.export(target)  # asked first; the safe answer is no
    assert not target.exists()
    assert any("unencrypted" in text for kind, text in Messages.shown if kind == "ask")
    Messages.answer_next(True)
    assert page.export(target)
    table = list(csv.reader(io.StringIO(target.read_text(encoding="utf-8"))))
    assert table[1] == ["calls", "", "2", "0", "1", *["0"] * 9, "3"]
    assert "Beleška" not in target.read_text(encoding="utf-8")
    assert audit.entries(session.db, limit=1)[0].entity == "hotline-statistics"

    page.period.setCurrentIndex(page.period.findData(0))  # every year
    page.load(wait=True)
    assert model.headerData(0, Qt.Orientation.Horizontal) == "2024"
    assert model.index(0, 2).data() == "4"


def test_a_call_half_typed_when_the_vault_locks_comes_back(
    qtbot: QtBot, unlocked: AppController
) -> None:
    from tests.gui.conftest import unlock

    main = unlocked.main
    assert main is not None
    form = open_hotline(qtbot, main).calls.form
    assert form.topic.set_value(CallTopic.REQUEST_FOR_HELP.value)
    type_text(qtbot, form.note, "Traži smeštaj, ")
    with qtbot.waitSignal(unlocked.locked, timeout=5000):
        unlocked.lock(panic=False)
    unlock(qtbot, unlocked)
    assert unlocked.main is not None
    assert unlocked.main.stack.currentWidget() is unlocked.main.hotline  # shown at once
    restored = unlocked.main.hotline.calls.form
    assert restored.note.toPlainText() == "Traži smeštaj, "
    assert restored.topic.value() == CallTopic.REQUEST_FOR_HELP.value
    assert "Restored" in restored.error.text()


def test_search_due_actions_and_links_are_shown(qtbot: QtBot, unlocked: AppController) -> None:
    main, session = unlocked.main, unlocked.session
    assert main is not None and session is not None
    found = missing.open_search(session, MissingSearch("Olena (22)", local_now().date()))
    missing.add_action(
        session, SearchAction(found.id, ActionKind.PARTNER_ORGANISATION, due_on=local_now().date())
    )
    missing.change_status(session, found.id, SearchStatus.FOUND_EXPLOITED, "U restoranu u Beču")
    page = open_hotline(qtbot, main).missing
    page.refresh()
    assert page.loading and not page.view.isEnabled()  # read on the window's runner
    assert loaded(qtbot, page).model.rowCount() == 0  # found: no longer an open search
    assert page.count.text() == "0 search(es)"
    page.filter.setCurrentIndex(1)  # all searches
    assert loaded(qtbot, page).select(found.id) and loaded(qtbot, page).panel.search is not None
    dialog = page.panel.register_found()
    assert dialog is not None
    assert dialog.form.widgets["given_name"].text() == "Olena (22)"  # type: ignore[attr-defined]
    dialog.form.widgets["given_name"].setText("Olena")  # type: ignore[attr-defined]
    assert dialog.save()
    assert missing.get(session, found.id).case_id == main.cases.case_file.case.id  # type: ignore[union-attr]
