"""Planned hearings of monitored trials in the agenda, the week's PDF and `astra-desktop agenda`:
by court and number, marked as monitored trials, in the period asked, never under a case."""

from __future__ import annotations

import io
from datetime import UTC, date, datetime

from pypdf import PdfReader

from astra_desktop.core.appointments import (
    BELGRADE,
    Appointment,
    AppointmentKind,
    AppointmentStatus,
)
from astra_desktop.core.court import HearingKind
from astra_desktop.core.models import Case, Client
from astra_desktop.core.trials import MonitoredTrial, TrialHearing
from astra_desktop.services import agenda, agenda_cli, agenda_print, appointments, clients, trials
from astra_desktop.services import session as vs
from astra_desktop.services.agenda import AgendaQuery, Period

MONDAY = datetime(2026, 3, 9, 8, 0, tzinfo=BELGRADE).astimezone(UTC)  # Monday 9 March 2026


def clock() -> datetime:
    return MONDAY


def _trial(session: vs.Session) -> MonitoredTrial:
    trial = trials.add(session, MonitoredTrial(
        court="Viši sud u Beogradu", court_case_number="K 12/24", opened_on=date(2024, 5, 6),
        injured_parties=["OŠ-1"],
    ))  # fmt: skip
    for day, status in (
        (date(2026, 3, 2), AppointmentStatus.PLANNED),  # past, still planned: outcome to record
        (date(2026, 3, 3), AppointmentStatus.HELD),
        (date(2026, 3, 10), AppointmentStatus.PLANNED),
        (date(2026, 3, 12), AppointmentStatus.CANCELLED),
        (date(2026, 4, 1), AppointmentStatus.PLANNED),
    ):
        trials.save_hearing(session, TrialHearing(trial.id, day, status=status), [], new=True)
    return trial


def _days(session: vs.Session, query: AgendaQuery) -> list[date]:
    return [r.day for r in agenda.trial_hearings(session, query, clock)]


def test_planned_monitored_hearings_by_period(session: vs.Session) -> None:
    _trial(session)
    case = clients.register(session, Client("Ana", "Anić"), Case(""))
    assert _days(session, AgendaQuery(Period.TODAY)) == []
    assert _days(session, AgendaQuery(Period.WEEK)) == [date(2026, 3, 10)]
    assert _days(session, AgendaQuery(Period.UPCOMING)) == [date(2026, 3, 10), date(2026, 4, 1)]
    assert _days(session, AgendaQuery(Period.OUTCOMES_DUE)) == [date(2026, 3, 2)]
    start = datetime(2026, 3, 10)
    assert _days(session, AgendaQuery(Period.RANGE, start=start, end=datetime(2026, 3, 11))) == [
        date(2026, 3, 10)
    ]
    # nobody's own appointment, and under no case
    assert _days(session, AgendaQuery(Period.UPCOMING, mine=True)) == []
    assert _days(session, AgendaQuery(Period.UPCOMING, case_id=case.id)) == []
    row = agenda.trial_hearings(session, AgendaQuery(Period.WEEK), clock)[0]
    assert row.title == "Viši sud u Beogradu · K 12/24" and row.kind is HearingKind.MAIN_HEARING
    assert not hasattr(row, "case_id")


def test_cli_lines_mark_monitored_trials_first_on_their_day(session: vs.Session) -> None:
    _trial(session)
    case = clients.register(session, Client("Ana", "Anić"), Case(""))
    start = datetime(2026, 3, 10, 9, 0)
    appointments.add(session, Appointment(case.id, AppointmentKind.LAWYER, start,
                                          start.replace(hour=10), place="Kancelarija"))  # fmt: skip
    lines = agenda_cli.agenda_lines(session, 3, clock)
    assert lines == [
        "Tue 10.03.2026\t\tmonitored trial\tmain hearing\tViši sud u Beogradu · K 12/24\t",
        f"Tue 10.03.2026\t09:00–10:00\t{case.case_code}\tlawyer\tKancelarija\t",
    ]
    assert all("Anić" not in line for line in lines)
    assert agenda_cli.agenda_lines(session, 0, clock) == []  # today: nothing


def _text(pdf: bytes) -> str:
    """The words of every page, one space apart (a narrow column wraps "Praćeno suđenje")."""
    return " ".join(" ".join(p.extract_text().split()) for p in PdfReader(io.BytesIO(pdf)).pages)


def test_week_pdf_shows_them_in_three_languages(session: vs.Session) -> None:
    _trial(session)
    english = _text(agenda_print.week_pdf(session, date(2026, 3, 11), clock=clock))
    tuesday = english[english.index("Tuesday 10.03.2026") : english.index("Wednesday")]
    assert "Monitored trial" in tuesday and "Viši sud u Beogradu · K 12/24" in tuesday
    assert "Main hearing" in tuesday and "Planned" in tuesday
    assert "No appointments." not in tuesday
    thursday = english[english.index("Thursday 12.03.2026") : english.index("Friday")]
    assert "K 12/24" not in thursday  # a cancelled hearing is not on the agenda
    latin = _text(agenda_print.week_pdf(session, date(2026, 3, 11), language="sr-Latn"))
    assert "Praćeno suđenje" in latin and "Glavni pretres" in latin and "K 12/24" in latin
    cyrillic = _text(agenda_print.week_pdf(session, date(2026, 3, 11), language="sr-Cyrl"))
    assert "Праћено суђење" in cyrillic and "Главни претрес" in cyrillic
    other_week = _text(agenda_print.week_pdf(session, date(2026, 3, 18), clock=clock))
    assert "Monitored trial" not in other_week
    mine = _text(agenda_print.week_pdf(session, date(2026, 3, 11), mine=True, clock=clock))
    assert "Monitored trial" not in mine
