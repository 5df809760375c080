"""Every option of every choice, chosen as a person would, and what the app then shows.

Qt keeps a str subclass given as item data (every StrEnum of core) as a plain QString: a choice
that hands `"sexual"` instead of `ExploitationType.SEXUAL` to a service crashed it, and the worker
dropped the failure. These tests choose each value in turn and check the rows, the saved record or
the document that comes back, so such a choice can no longer fail quietly.
"""

from __future__ import annotations

import io
from datetime import date, datetime, time, timedelta

import pytest
from pypdf import PdfReader
from pytestqt.qtbot import QtBot

from astra_desktop.core.appointments import AppointmentStatus, local_now
from astra_desktop.core.court import (
    Defendant,
    DefendantRole,
    HearingKind,
    Party,
    Proceeding,
    ProtectiveMeasure,
)
from astra_desktop.core.court_documents import KINDS
from astra_desktop.core.enums import CaseStatus, ExploitationType
from astra_desktop.core.hotline import Call, CallTopic
from astra_desktop.core.models import Case, Client
from astra_desktop.core.risk import Answer, Level
from astra_desktop.gui.app import AppController
from astra_desktop.gui.case_list import CaseListPage
from astra_desktop.gui.court.documents_page import CourtDocumentsPage
from astra_desktop.gui.court.hearing_dialog import HearingDialog
from astra_desktop.gui.widgets import ValueCombo
from astra_desktop.services import clients, hearings, hotline, proceedings, risk
from astra_desktop.services.session import Session
from tests.gui.conftest import type_text


def _wait_idle(qtbot: QtBot, ctl: AppController) -> None:
    qtbot.waitUntil(lambda: not ctl.runner.busy, timeout=10000)


def _assess(session: Session, case_id: str, level: Level, on: date) -> None:
    """Every question answered "no" (the lowest level), then the level raised by hand."""
    items = risk.default_instrument().items
    risk.assess(session, case_id, {i: Answer.NO for i in items}, on,
                chosen_level=level, reason="Procena radnice na terenu.")  # fmt: skip


# --- the case list -----------------------------------------------------------------------------


RISK: dict[str, tuple[str, bool]] = {}  # case id -> (risk level, reassessment overdue)


def _cases_for_every_filter(session: Session) -> dict[str, Case]:
    """One case per exploitation type, per status and per risk level; names to search for."""
    made: dict[str, Case] = {}
    RISK.clear()
    for n, kind in enumerate(ExploitationType):
        made[f"Eksp{n}"] = clients.register(
            session, Client("Ana", f"Eksp{n}"), Case("", exploitation_types=[kind])
        )
    for n, status in enumerate(CaseStatus):
        made[f"Status{n}"] = clients.register(
            session,
            Client("Vesna", f"Status{n}"),
            Case("", status=status, closure_reason="Zatvoren." if "closed" in status else ""),
        )
    today = date.today()
    for name, level, on in (("Visok", Level.HIGH, today), ("Zastareo", Level.HIGH, today - timedelta(days=400)),
                            ("Srednji", Level.MEDIUM, today), ("Nizak", Level.LOW, today)):  # fmt: skip
        made[name] = case = clients.register(session, Client("Mira", name), Case(""))
        _assess(session, case.id, level, on)
        RISK[case.id] = (level.key, on < date.today() - timedelta(days=200))
    made["Tudji"] = other = clients.register(session, Client("Nina", "Tuđi"), Case(""))
    with session.write() as conn:  # a case nobody is assigned to (the admin sees all cases)
        conn.execute("DELETE FROM case_assignments WHERE case_id = ?", (other.id,))
    return made


def _shown(qtbot: QtBot, ctl: AppController, page: CaseListPage) -> set[str]:
    _wait_idle(qtbot, ctl)
    qtbot.waitUntil(lambda: page.model.query == page.current_query(), timeout=5000)
    _wait_idle(qtbot, ctl)
    return {page.model.case_id(row) for row in range(page.model.rowCount())}


def _expected(session: Session, made: dict[str, Case], page: CaseListPage) -> set[str]:
    """The cases the filters on the page should leave, worked out from the records."""
    statuses = page.status.value()
    kind = page.exploitation.value()
    levels, overdue = page.risk.value()
    out = set()
    for case in made.values():
        stored = clients.get_case(session, case.id)
        if statuses and stored.status not in statuses:
            continue
        if kind is not None and kind not in stored.exploitation_types:
            continue
        level, late = RISK.get(case.id, ("", False))
        if levels and level not in levels:
            continue
        if overdue and not late:
            continue
        if page.mine.isChecked() and case is made["Tudji"]:
            continue
        out.add(case.id)
    return out


def test_case_list_every_filter_value_then_search(qtbot: QtBot, unlocked: AppController) -> None:
    main, session = unlocked.main, unlocked.session
    assert main is not None and session is not None
    made = _cases_for_every_filter(session)
    page = main.cases.list_page
    page.status.setCurrentIndex(1)  # every status, to start from the whole list
    page.model.refresh()
    assert _shown(qtbot, unlocked, page) == {c.id for c in made.values()}

    combos: tuple[ValueCombo[object], ...] = (page.status, page.exploitation, page.risk)  # type: ignore[assignment]
    for combo in combos:
        for index in range(combo.count()):
            combo.setCurrentIndex(index)
            for mine in (False, True):
                page.mine.setChecked(mine)
                shown = _shown(qtbot, unlocked, page)
                assert shown == _expected(session, made, page), combo.itemText(index)
        combo.setCurrentIndex(1 if combo is page.status else 0)
    page.mine.setChecked(False)
    # Each exploitation type finds exactly its own case.
    for n, kind in enumerate(ExploitationType):
        assert page.exploitation.set_value(kind)
        assert _shown(qtbot, unlocked, page) == {made[f"Eksp{n}"].id}
    assert page.exploitation.value() is ExploitationType.OTHER  # a member, not its text

    # Search still answers after every filter was tried.
    page.exploitation.setCurrentIndex(0)
    type_text(qtbot, page.search, "Zastareo")
    qtbot.waitUntil(lambda: _shown(qtbot, unlocked, page) == {made["Zastareo"].id}, timeout=5000)
    page.search.clear()
    assert page.risk.set_value((("high",), True))
    type_text(qtbot, page.search, "Visok")  # high risk, but not overdue
    qtbot.wait(200)
    assert _shown(qtbot, unlocked, page) == set()


# --- the hotline call log ----------------------------------------------------------------------


def test_call_log_every_topic_and_month(qtbot: QtBot, unlocked: AppController) -> None:
    main, session = unlocked.main, unlocked.session
    assert main is not None and session is not None
    now = local_now()
    ids: dict[str, tuple[CallTopic, datetime]] = {}
    for n, topic in enumerate(CallTopic):
        when = (now - timedelta(days=32 * (n % 3), minutes=5 + n)).replace(second=0, microsecond=0)
        call = hotline.log_call(session, Call(when, topic, note=f"Poziv {n}"))
        ids[call.id] = (topic, when)
    titles = [main.nav.item(i).text() for i in range(main.nav.count())]
    main.nav.setCurrentRow(titles.index("SOS hotline"))
    calls = main.hotline.calls

    def shown() -> set[str]:
        _wait_idle(qtbot, unlocked)
        qtbot.waitUntil(lambda: calls.model.query == calls.query(), timeout=5000)
        _wait_idle(qtbot, unlocked)
        return {calls.model.call_id(row) for row in range(calls.model.rowCount())}

    for t in range(calls.topic.count()):
        calls.topic.setCurrentIndex(t)
        for m in range(calls.month.count()):
            calls.month.setCurrentIndex(m)
            topic, month = calls.topic.value(), calls.month.value()
            assert topic is None or isinstance(topic, CallTopic)
            expected = {
                i for i, (tp, when) in ids.items()
                if (topic is None or tp is topic) and (month is None or (when.year, when.month) == month)
            }  # fmt: skip
            assert shown() == expected, (calls.topic.currentText(), calls.month.currentText())


# --- the hearing dialog ------------------------------------------------------------------------


def _hearing(session: Session) -> tuple[str, list[tuple[Party, str | None]]]:
    case = clients.register(session, Client("Jelena", "Đorđević"), Case(""))
    p = proceedings.add(session, Proceeding(case.id, court="Viši sud u Beogradu",
                                            opened_on=date.today() - timedelta(days=100)))  # fmt: skip
    d = proceedings.add_entry(session, Defendant(p.id, "M. P.", DefendantRole.RECRUITER))
    view = hearings.schedule(
        session,
        p.id,
        datetime.combine(date.today() - timedelta(days=3), time(9, 30)),
        kind=HearingKind.PRELIMINARY,
    )
    people = [(Party.VICTIM, None), (Party.VICTIM_LAWYER, None), (Party.PROSECUTOR, None),
              (Party.DEFENDANT, d.id), (Party.DEFENCE_LAWYER, d.id)]  # fmt: skip
    return view.hearing.id, people


def test_hearing_every_status_party_and_measure_saved_and_shown_again(
    qtbot: QtBot, unlocked: AppController
) -> None:
    main, session = unlocked.main, unlocked.session
    assert main is not None and session is not None
    hearing_id, people = _hearing(session)
    measures = list(ProtectiveMeasure)
    rounds = [(s, [m], people[n % len(people):]) for n, s in enumerate(AppointmentStatus)
              for m in measures[n::len(AppointmentStatus)]]  # fmt: skip
    rounds.append((AppointmentStatus.HELD, measures, people))
    seen_measures = set()
    for status, chosen, present in rounds:
        dialog = HearingDialog(session, hearing_id, main)
        if status not in dialog.status_buttons:  # planned: not an outcome one can record
            dialog.reject()
            continue
        dialog.status_buttons[status].click()
        for who, box in dialog.present.items():
            box.setChecked(who in present)
        dialog.measures.set_values(chosen)
        type_text(qtbot, dialog.outcome, f"Ishod: {status.value}.")
        if status is AppointmentStatus.POSTPONED:
            type_text(qtbot, dialog.reason, "Okrivljeni nije doveden.")
        assert dialog.save(), dialog.error.text()
        seen_measures.update(chosen)

        again = HearingDialog(session, hearing_id, main)
        assert again.status() is status
        assert again.measures.values() == chosen
        assert all(isinstance(m, ProtectiveMeasure) for m in again.measures.values())
        assert {who for who, box in again.present.items() if box.isChecked()} == set(present)
        stored = hearings.open_for_edit(session, hearing_id)
        assert stored.appointment.status is status
        assert list(stored.hearing.measures_applied) == chosen
        again.reject()
    assert seen_measures == set(measures)
    assert {k for k in HearingKind} == set(
        HearingDialog(session, hearing_id, main).next_kind.values()
    )


# --- court documents ---------------------------------------------------------------------------


def _documents_page(ctl: AppController) -> CourtDocumentsPage:
    main = ctl.main
    assert main is not None
    (row,) = [i for i in range(main.stack.count())
              if isinstance(main.stack.widget(i), CourtDocumentsPage)]  # fmt: skip
    main.nav.setCurrentRow(row)
    page = main.stack.currentWidget()
    assert isinstance(page, CourtDocumentsPage)
    return page


@pytest.fixture
def documents_page(unlocked: AppController) -> CourtDocumentsPage:
    session = unlocked.session
    assert session is not None
    hearing_id, _people = _hearing(session)
    case_id = hearings.open_for_edit(session, hearing_id).appointment.case_id
    _assess(session, case_id, Level.HIGH, date.today() - timedelta(days=2))
    page = _documents_page(unlocked)
    page.select_case(clients.get_case(session, case_id).case_code)
    assert page.cases.currentItem() is not None
    return page


def test_court_documents_every_kind_in_every_language(
    qtbot: QtBot, unlocked: AppController, documents_page: CourtDocumentsPage
) -> None:
    page = documents_page
    assert page.kind.value() == "vulnerable-witness"  # the default document
    claim = page.panels["property-claim"]
    claim.add_item(amount="120.000")  # type: ignore[attr-defined]
    made = set()
    for k in range(page.kind.count()):
        page.kind.setCurrentIndex(k)
        for lang in page.lang.values():
            assert page.lang.set_value(lang)
            page.preview_button.click()
            qtbot.waitUntil(lambda: page.shown is not None or page.preview_button.isEnabled(),
                            timeout=15000)  # fmt: skip
            qtbot.waitUntil(lambda: page.shown is not None, timeout=15000)
            assert page.shown.kind == page.kind.value() and page.shown.lang == lang
            assert page.document.pageCount() >= 1, page.status.text()
            assert page.pdf_bytes is not None
            text = " ".join(p.extract_text() for p in PdfReader(io.BytesIO(page.pdf_bytes)).pages)
            assert text.strip()
            made.add((page.kind.value(), lang))
    assert len(made) == page.kind.count() * page.lang.count() == len(KINDS) * 3


def test_agenda_every_period_mine_and_names(qtbot: QtBot, unlocked: AppController) -> None:
    """Each period tab, with "only mine" off and on, and "show names": the rows are exactly the
    appointments that belong there (a fixed Wednesday 10:00, so the test never runs at midnight)."""
    from zoneinfo import ZoneInfo

    from astra_desktop.core.appointments import Appointment, AppointmentKind
    from astra_desktop.gui.agenda_page import PERIODS, AgendaPage
    from astra_desktop.gui.appointment_models import Column as AgendaColumn
    from astra_desktop.services import appointments
    from astra_desktop.services.agenda import Period

    session = unlocked.session
    assert session is not None
    belgrade = ZoneInfo("Europe/Belgrade")
    now = datetime(2026, 3, 11, 10, 0, tzinfo=belgrade)  # a Wednesday
    case = clients.register(session, Client("Zorka", "Vukašinović"), Case(""))
    me = session.actor.user_id

    def add(key: str, start: datetime, mine: bool, status: AppointmentStatus) -> str:
        appt = Appointment(case.id, AppointmentKind.PSYCHOLOGIST, start.replace(tzinfo=None),
                           (start + timedelta(hours=1)).replace(tzinfo=None), status=status,
                           place=key)  # fmt: skip
        (made,) = appointments.add(session, appt, [me] if mine else [], allow_conflicts=True)
        return made.id

    planned = AppointmentStatus.PLANNED
    ids = {
        "today-mine": add("today-mine", now + timedelta(hours=2), True, planned),
        "today-other": add("today-other", now + timedelta(hours=4), False, planned),
        "friday": add("friday", now + timedelta(days=2), False, planned),
        "next-month": add("next-month", now + timedelta(days=30), True, planned),
        "ended-planned": add("ended-planned", now - timedelta(days=3), True, planned),
        "ended-held": add("ended-held", now - timedelta(days=4), False, AppointmentStatus.HELD),
    }
    expected = {
        Period.TODAY: {"today-mine", "today-other"},
        Period.WEEK: {"today-mine", "today-other", "friday"},
        Period.OUTCOMES_DUE: {"ended-planned"},
        Period.UPCOMING: {"today-mine", "today-other", "friday", "next-month"},
    }
    mine = {"today-mine", "next-month", "ended-planned"}
    page = AgendaPage(session, unlocked.runner, clock=lambda: now)
    qtbot.addWidget(page)
    by_id = {v: k for k, v in ids.items()}

    def shown() -> set[str]:
        return {by_id[page.model.id_at(r)] for r in range(page.model.rowCount())}

    for names in (False, True):
        page.names.setChecked(names)
        for only_mine in (False, True):
            page.mine.setChecked(only_mine)
            for index, period in enumerate(PERIODS):
                page.periods.setCurrentIndex(index)
                want = expected[period] & mine if only_mine else expected[period]
                qtbot.waitUntil(lambda want=want: shown() == want, timeout=5000)
                assert page.view.isColumnHidden(AgendaColumn.CLIENT) is not names
                if names and want:
                    cell = page.model.index(0, AgendaColumn.CLIENT).data()
                    assert cell == "Zorka Vukašinović"
