"""Appointments: recurrence, double-booking, reminders on a controllable clock, the agenda and the
month view, roles, and the lines `astra-desktop agenda` prints."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest

from astra_desktop.core.appointments import (
    AgendaRow,
    Appointment,
    AppointmentKind,
    AppointmentStatus,
    local_now,
)
from astra_desktop.core.conflicts import Booking, ConflictKind, find_conflicts, overlaps
from astra_desktop.core.enums import Role
from astra_desktop.core.models import Case, Client
from astra_desktop.core.recurrence import Frequency, Recurrence, expand
from astra_desktop.core.reminders import DAY, due_between, lead_times
from astra_desktop.errors import NotFound, PermissionDenied, ValidationError
from astra_desktop.services import (
    agenda,
    agenda_cli,
    appointments,
    clients,
    integrity,
    reminders,
    users,
)
from astra_desktop.services import session as vs
from astra_desktop.services.agenda import AgendaQuery, Period
from astra_desktop.services.appointments import DoubleBooking
from astra_desktop.storage import audit
from tests.conftest import CASEWORKER, CASEWORKER_PASS


def at(text: str) -> datetime:
    return datetime.strptime(text, "%d.%m.%Y %H:%M")


def clock_at(text: str):
    """A clock standing still at a Belgrade wall-clock time."""
    from astra_desktop.core.appointments import BELGRADE

    moment = at(text).replace(tzinfo=BELGRADE).astimezone(UTC)
    return lambda: moment


def new_case(session: vs.Session, given: str = "Jelena", family: str = "Đorđević") -> Case:
    return clients.register(session, Client(given, family), Case(""))


def appt(case: Case, start: str, minutes: int = 60, **kw: object) -> Appointment:
    s = at(start)
    kind = kw.pop("kind", AppointmentKind.MEDICAL)
    return Appointment(case.id, kind, s, s + timedelta(minutes=minutes), **kw)  # type: ignore[arg-type]


# --- recurrence ---------------------------------------------------------------------------------
def test_weekly_series_keeps_wall_clock_time_across_daylight_saving() -> None:
    rule = Recurrence(Frequency.WEEKLY, count=4)
    starts = expand(rule, at("16.03.2026 17:00"))  # DST starts 29.03.2026 in Belgrade
    assert [s.strftime("%d.%m %H:%M") for s in starts] == [
        "16.03 17:00", "23.03 17:00", "30.03 17:00", "06.04 17:00",
    ]  # fmt: skip
    assert Recurrence.parse(rule.to_text()) == rule


def test_every_other_week_until_a_date_and_monthly_on_the_31st() -> None:
    fortnightly = Recurrence.parse("FREQ=WEEKLY;INTERVAL=2;UNTIL=20260302")
    assert [s.day for s in expand(fortnightly, at("05.01.2026 10:00"))] == [5, 19, 2, 16, 2]
    monthly = Recurrence(Frequency.MONTHLY, count=4)
    assert [s.date() for s in expand(monthly, at("31.01.2026 09:00"))] == [
        date(2026, 1, 31), date(2026, 2, 28), date(2026, 3, 31), date(2026, 4, 30),
    ]  # fmt: skip
    daily = Recurrence(Frequency.DAILY, interval=3, count=3)
    assert [s.day for s in expand(daily, at("30.12.2026 08:00"))] == [30, 2, 5]


def test_a_series_must_end_and_is_capped() -> None:
    with pytest.raises(ValidationError, match="how many times"):
        Recurrence(Frequency.WEEKLY)
    with pytest.raises(ValidationError, match="more than 200"):
        expand(Recurrence(Frequency.DAILY, until=date(2030, 1, 1)), at("01.01.2026 09:00"))
    with pytest.raises(ValidationError, match="not a repeat rule"):
        Recurrence.parse("FREQ=HOURLY;COUNT=2")


def test_series_is_stored_one_appointment_per_occurrence(session: vs.Session) -> None:
    case = new_case(session)
    made = appointments.add(
        session,
        appt(case, "02.03.2026 17:00", kind=AppointmentKind.PSYCHOLOGIST),
        recurrence=Recurrence(Frequency.WEEKLY, count=10),
    )
    assert len(made) == 10 and len({a.series_id for a in made}) == 1
    assert made[-1].starts_at == at("04.05.2026 17:00")
    assert all(a.recurrence == "FREQ=WEEKLY;COUNT=10" for a in made)
    appointments.record_outcome(session, made[0].id, AppointmentStatus.HELD)
    assert appointments.cancel_rest_of_series(session, made[4].id, "Završena terapija") == 6
    statuses = [appointments.get(session, a.id).status.value for a in made]
    assert statuses == ["held"] + ["planned"] * 3 + ["cancelled"] * 6
    assert integrity.check(session).sound


# --- conflicts ------------------------------------------------------------------------------------
def test_overlap_is_half_open() -> None:
    nine, ten, eleven = at("01.03.2026 09:00"), at("01.03.2026 10:00"), at("01.03.2026 11:00")
    assert overlaps(nine, ten, at("01.03.2026 09:30"), eleven)
    assert not overlaps(nine, ten, ten, eleven)
    assert overlaps(at("01.03.2026 09:30"), at("01.03.2026 09:30"), nine, ten)


def test_find_conflicts_names_worker_and_client_clashes() -> None:
    existing = [
        Booking("a", "client-1", at("01.03.2026 09:00"), at("01.03.2026 10:00"),
                AppointmentStatus.PLANNED, AppointmentKind.POLICE, "AST-2026-0001",
                frozenset({"ana"})),
        Booking("b", "client-2", at("01.03.2026 09:30"), at("01.03.2026 11:00"),
                AppointmentStatus.PLANNED, AppointmentKind.MEDICAL, "AST-2026-0002",
                frozenset({"ana", "marko"})),
        Booking("c", "client-1", at("01.03.2026 09:15"), at("01.03.2026 09:45"),
                AppointmentStatus.CANCELLED, AppointmentKind.MEDICAL, "AST-2026-0001"),
    ]  # fmt: skip
    found = find_conflicts(
        at("01.03.2026 09:40"), at("01.03.2026 10:30"), "client-1", ["ana"], existing
    )
    assert [(c.kind, c.appointment_id, c.who) for c in found] == [
        (ConflictKind.CLIENT, "a", "client-1"),
        (ConflictKind.WORKER, "a", "ana"),
        (ConflictKind.WORKER, "b", "ana"),
    ]
    assert find_conflicts(at("01.03.2026 11:00"), at("01.03.2026 12:00"), "client-1", ["ana"],
                          existing) == []  # fmt: skip


def test_double_booking_is_warned_and_needs_explicit_consent(session: vs.Session) -> None:
    first_case, other_case = new_case(session), new_case(session, "Ana", "Anić")
    me = session.actor.user_id
    appointments.add(session, appt(first_case, "10.03.2026 09:00", 90), [me])
    # The same worker, another client, overlapping time: refused with the clash named.
    clash = appt(other_case, "10.03.2026 10:00", kind=AppointmentKind.POLICE)
    with pytest.raises(DoubleBooking) as exc:
        appointments.add(session, clash, [me])
    assert [c.kind for c in exc.value.conflicts] == [ConflictKind.WORKER]
    assert "marija already has an appointment at 10.03.2026 09:00–10:30" in str(exc.value)
    assert first_case.case_code in str(exc.value) and "Jelena" not in str(exc.value)
    assert agenda.ids(session, AgendaQuery(Period.RANGE, start=at("10.03.2026 00:00"))) != []
    assert len(agenda.between(session, at("10.03.2026 00:00"), at("11.03.2026 00:00"))) == 1
    # The same client, no worker: a client clash.
    with pytest.raises(DoubleBooking) as exc:
        appointments.add(session, appt(first_case, "10.03.2026 10:15", 30))
    assert [c.kind for c in exc.value.conflicts] == [ConflictKind.CLIENT]
    # Saved once the person has seen the warning, and the audit says so (by id only).
    saved = appointments.add(session, clash, [me], allow_conflicts=True)[0]
    entry = audit.entries(session.db, entity_id=saved.id)[0]
    assert entry.detail == "double-booked"
    # Back to back is fine; a cancelled appointment clashes with nothing.
    appointments.add(session, appt(first_case, "10.03.2026 10:30", 30, kind=AppointmentKind.LAWYER))
    appointments.record_outcome(session, saved.id, AppointmentStatus.CANCELLED, "")
    appointments.add(session, appt(other_case, "10.03.2026 10:30", 20))  # saved was 10:00–11:00


def test_moving_an_appointment_checks_clashes_but_recording_an_outcome_does_not(
    session: vs.Session,
) -> None:
    case = new_case(session)
    a = appointments.add(session, appt(case, "11.03.2026 09:00"))[0]
    b = appointments.add(session, appt(case, "11.03.2026 11:00"))[0]
    b.starts_at, b.ends_at = at("11.03.2026 09:30"), at("11.03.2026 10:30")
    with pytest.raises(DoubleBooking):
        appointments.update(session, b)
    appointments.update(session, b, allow_conflicts=True)
    appointments.record_outcome(session, a.id, AppointmentStatus.HELD, "Pregled obavljen.")
    with pytest.raises(ValidationError, match="what happened"):
        appointments.record_outcome(session, a.id, AppointmentStatus.MISSED, "")


# --- reminders ----------------------------------------------------------------------------------
def _row(kind: AppointmentKind, start: str) -> AgendaRow:
    s = at(start)
    return AgendaRow("id", "case", "AST-2026-0042", kind, s, s + timedelta(hours=1),
                     AppointmentStatus.PLANNED, "Viši sud", kind is AppointmentKind.COURT_HEARING)  # fmt: skip


def test_court_hearing_reminds_seven_days_and_one_day_ahead() -> None:
    hearing = _row(AppointmentKind.COURT_HEARING, "20.03.2026 09:00")
    leads = lead_times(hearing.kind)
    assert leads == (7 * DAY, DAY)
    rows = [(hearing, leads)]
    assert due_between(rows, at("13.03.2026 08:58"), at("13.03.2026 08:59")) == []
    fired = due_between(rows, at("13.03.2026 08:59"), at("13.03.2026 09:00"))
    assert [r.text() for r in fired] == ["In 7 days: AST-2026-0042, 20.03.2026 09:00"]
    fired = due_between(rows, at("19.03.2026 08:00"), at("19.03.2026 10:00"))
    assert [r.lead_minutes for r in fired] == [DAY]
    assert fired[0].text().startswith("Tomorrow: AST-2026-0042")
    # Its own lead times replace the default.
    assert lead_times(hearing.kind, [120, 2 * DAY]) == (2 * DAY, 120)


def test_reminders_follow_the_clock_and_skip_what_is_not_planned(session: vs.Session) -> None:
    case = new_case(session)
    me = session.actor.user_id
    hearing = appt(case, "20.03.2026 09:00", 120, kind=AppointmentKind.COURT_HEARING)
    visit = appt(case, "14.03.2026 12:00", 60, kind=AppointmentKind.HOME_VISIT)
    appointments.add(session, hearing, [me])
    appointments.add(session, visit, [me])
    window = reminders.due(session, at("13.03.2026 08:00"), at("14.03.2026 11:00"))
    assert [(r.appointment.id, r.lead_minutes) for r in window] == [
        (hearing.id, 7 * DAY), (visit.id, 120),
    ]  # fmt: skip
    assert all("Đorđević" not in r.text() for r in window)
    appointments.record_outcome(session, visit.id, AppointmentStatus.CANCELLED)
    assert len(reminders.due(session, at("13.03.2026 08:00"), at("14.03.2026 11:00"))) == 1
    # At unlock on the 14th at 13:00: nothing today is left planned, one hearing this week.
    summary = reminders.at_unlock(session, clock_at("14.03.2026 13:00"))
    assert summary.today == [] and summary.outcomes_due == 0
    assert [r.id for r in summary.coming_hearings] == [hearing.id]
    # On the day of the hearing, after it ended: due today, and its outcome is overdue.
    summary = reminders.at_unlock(session, clock_at("20.03.2026 12:00"))
    assert [r.id for r in summary.today] == [hearing.id] and summary.outcomes_due == 1


def test_local_now_is_belgrade_time() -> None:
    summer = datetime(2026, 7, 1, 10, 0, tzinfo=UTC)
    winter = datetime(2026, 1, 15, 10, 0, tzinfo=UTC)
    assert local_now(lambda: summer).hour == 12 and local_now(lambda: winter).hour == 11


# --- the agenda, the month, my appointments -------------------------------------------------------
def test_agenda_today_week_outcomes_due_and_mine(session: vs.Session) -> None:
    case = new_case(session)
    me = session.actor.user_id
    clock = clock_at("11.03.2026 12:00")  # a Wednesday
    past = appointments.add(session, appt(case, "09.03.2026 09:00"))[0]
    done = appointments.add(session, appt(case, "10.03.2026 09:00"))[0]
    appointments.record_outcome(session, done.id, AppointmentStatus.HELD)
    morning = appointments.add(session, appt(case, "11.03.2026 08:00"), [me])[0]
    later = appointments.add(session, appt(case, "11.03.2026 15:00", kind=AppointmentKind.POLICE))[
        0
    ]
    sunday = appointments.add(session, appt(case, "15.03.2026 10:00"), [me])[0]
    next_week = appointments.add(session, appt(case, "16.03.2026 10:00"))[0]

    def q(period: Period, mine: bool = False) -> list[str]:
        return agenda.ids(session, AgendaQuery(period, mine=mine), clock)

    assert q(Period.TODAY) == [morning.id, later.id]
    assert q(Period.WEEK) == [morning.id, later.id, sunday.id]
    assert q(Period.OUTCOMES_DUE) == [morning.id, past.id]  # most recent first
    assert q(Period.UPCOMING) == [later.id, sunday.id, next_week.id]
    assert q(Period.WEEK, mine=True) == [morning.id, sunday.id]
    assert agenda.outcomes_due_count(session, clock) == 2
    assert agenda.ids(session, AgendaQuery(Period.RANGE, case_id=case.id)) != []
    rows = agenda.rows_for(session, [later.id, morning.id])
    assert [r.id for r in rows] == [later.id, morning.id]
    assert rows[0].case_code == case.case_code and rows[0].client_name == ""
    named = agenda.rows_for(session, [later.id], names=True)
    assert named[0].client_name == "Jelena Đorđević"


def test_month_view_shows_the_first_few_of_each_day_and_the_count(session: vs.Session) -> None:
    case = new_case(session)
    for hour in range(8, 14):
        appointments.add(session, appt(case, f"05.03.2026 {hour:02d}:00", 60))
    appointments.add(session, appt(case, "30.03.2026 09:00"))  # in the grid's last week
    appointments.add(session, appt(case, "23.02.2026 09:00"))  # Monday of the grid's first week
    appointments.add(session, appt(case, "22.02.2026 09:00"))  # before the grid
    cancelled = appointments.add(session, appt(case, "06.03.2026 09:00"))[0]
    appointments.record_outcome(session, cancelled.id, AppointmentStatus.CANCELLED)
    first, after = agenda.month_grid(2026, 3)
    assert (first, after) == (date(2026, 2, 23), date(2026, 4, 6))
    days = agenda.month(session, 2026, 3, per_day=4)
    assert sorted(days) == [date(2026, 2, 23), date(2026, 3, 5), date(2026, 3, 30)]
    fifth = days[date(2026, 3, 5)]
    assert fifth.total == 6 and [r.starts_at.hour for r in fifth.rows] == [8, 9, 10, 11]
    assert agenda.month(session, 2026, 3, mine=True) == {}


def test_a_caseworker_sees_and_changes_only_assigned_cases(session: vs.Session) -> None:
    ana = users.add_user(session, CASEWORKER, Role.CASEWORKER, CASEWORKER_PASS)
    hers = clients.register(session, Client("Milica", "Ilić"), Case(""), assign_to=[ana.id])
    other = new_case(session)
    mine = appointments.add(session, appt(hers, "12.03.2026 09:00"), [ana.id])[0]
    appointments.add(session, appt(other, "12.03.2026 09:30"), [ana.id], allow_conflicts=True)
    folder = session.files.folder
    session.close()
    with vs.unlock(folder, CASEWORKER, CASEWORKER_PASS) as sess:
        day = agenda.between(sess, at("12.03.2026 00:00"), at("13.03.2026 00:00"))
        assert [r.id for r in day] == [mine.id]
        (march_12,) = agenda.month(sess, 2026, 3).values()
        assert [r.id for r in march_12.rows] == [mine.id] and march_12.total == 1
        with pytest.raises(DoubleBooking) as exc:
            appointments.add(sess, appt(hers, "12.03.2026 09:45", 10), [ana.id])
        assert any("a case not assigned to you" in c.describe() for c in exc.value.conflicts)
        with pytest.raises(NotFound):
            appointments.add(sess, appt(other, "13.03.2026 09:00"))
    with vs.unlock(folder, "marija", "correct horse battery staple") as sess:
        users.add_user(sess, "vera", Role.VIEWER, "quiet meadow lantern ninety")
    with (
        vs.unlock(folder, "vera", "quiet meadow lantern ninety") as sess,
        pytest.raises(PermissionDenied),
    ):
        appointments.add(sess, appt(hers, "14.03.2026 09:00"))


def test_agenda_cli_lines_show_case_codes_never_names(session: vs.Session) -> None:
    case = new_case(session)
    me = session.actor.user_id
    appointments.add(session, appt(case, "12.03.2026 09:00", 90, kind=AppointmentKind.COURT_HEARING,
                                   place="Viši sud u Beogradu"), [me])  # fmt: skip
    appointments.add(session, appt(case, "20.03.2026 09:00"))
    past = appointments.add(session, appt(case, "10.03.2026 09:00"))[0]
    assert past
    lines = agenda_cli.agenda_lines(session, 7, clock_at("11.03.2026 12:00"))
    assert lines == [
        f"Thu 12.03.2026\t09:00–10:30\t{case.case_code}\tcourt hearing\tViši sud u Beogradu\tmarija"
    ]
    assert len(agenda_cli.agenda_lines(session, 9, clock_at("11.03.2026 12:00"))) == 2
    assert all("Jelena" not in line for line in lines)
