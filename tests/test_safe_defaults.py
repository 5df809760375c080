"""Issue 14, safe defaults and one record in two views (services and core): an unanswered risk
assessment has no level, a hearing in the past is not "ahead", and a court hearing made in the
Appointments section is a hearing of the case's proceedings."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest

from astra_desktop.core import risk
from astra_desktop.core.appointments import (
    BELGRADE,
    Appointment,
    AppointmentKind,
    AppointmentStatus,
)
from astra_desktop.core.attendance import HearingRecord, attendance_stats
from astra_desktop.core.court import Proceeding
from astra_desktop.core.models import Case, Client
from astra_desktop.core.risk import Answer, Level
from astra_desktop.errors import ValidationError
from astra_desktop.services import agenda, appointments, clients, hearings, proceedings
from astra_desktop.services import risk as rs
from astra_desktop.services.session import Session


def clock_at(moment: datetime):
    aware = moment.replace(tzinfo=BELGRADE).astimezone(UTC)
    return lambda: aware


def case_level(session: Session, case_id: str) -> str:
    """The level the case list shows (cases.risk_level, "" = not assessed)."""
    return str(
        session.db.execute("SELECT risk_level FROM cases WHERE id = ?", (case_id,)).fetchone()[0]
    )


def new_case(session: Session) -> str:
    return clients.register(session, Client("Olena", "Коваленко"), Case("")).id


# --- 1. an unanswered assessment is "not assessed", never Low -------------------------------------
def test_nothing_answered_has_no_level_and_is_never_low() -> None:
    instrument = rs.default_instrument()
    result = risk.score(instrument, {})
    assert result.answered == 0 and result.level is None
    all_unknown = {item_id: Answer.UNKNOWN for item_id in instrument.items}
    assert risk.score(instrument, all_unknown).level is None


def test_partial_answers_keep_the_level_they_reach() -> None:
    instrument = rs.default_instrument()
    red_flag = risk.score(instrument, {"A1": Answer.YES})  # the rest blank
    assert red_flag.level is Level.HIGH and red_flag.answered == 1
    calm = risk.score(instrument, {"B1": Answer.NO})
    assert calm.level is Level.LOW  # the instrument sets no minimum ...
    assert calm.open_red_flags == ("A1", "A2", "A3", "A4", "A5")  # ... but the form names these
    answered = risk.score(instrument, {"A1": Answer.NO, "A2": Answer.NO})
    assert answered.open_red_flags == ("A3", "A4", "A5")


def test_saving_an_unanswered_assessment_is_refused(session: Session) -> None:
    case_id = new_case(session)
    with pytest.raises(ValidationError, match="No question is answered"):
        rs.assess(session, case_id, {}, date.today())
    with pytest.raises(ValidationError, match="No question is answered"):
        rs.assess(session, case_id, {"A1": Answer.UNKNOWN}, date.today(), chosen_level=Level.HIGH)
    assert rs.history(session, case_id) == []
    assert case_level(session, case_id) == ""


def test_an_old_unanswered_assessment_shows_as_not_assessed(session: Session) -> None:
    """Saved before such saves were refused (stored as "low"): shown and counted as no level."""
    case_id = new_case(session)
    rs.assess(session, case_id, {"B1": Answer.YES, "B2": Answer.YES}, date.today() - timedelta(3))
    empty = rs.assess(session, case_id, {"A1": Answer.NO}, date.today())
    with session.write() as conn:  # what the old code stored for an empty form
        conn.execute(
            'UPDATE risk_assessments SET answers = \'{"A1": "unknown"}\' WHERE id = ?',
            (empty.id,),
        )
        rs._refresh_case(conn, case_id)
    latest = rs.history(session, case_id)[-1]
    assert latest.id == empty.id and latest.level is None
    assert case_level(session, case_id) == rs.history(session, case_id)[0].final_level.key


# --- 3. a hearing in the past is not "ahead" -------------------------------------------------------
def test_a_planned_hearing_in_the_past_is_an_outcome_to_record_not_ahead(session: Session) -> None:
    case_id = new_case(session)
    p = proceedings.add(session, Proceeding(case_id, court="Viši sud u Beogradu"))
    now = datetime(2026, 3, 10, 12, 0)
    hearings.schedule(session, p.id, now - timedelta(days=2), allow_conflicts=True)
    hearings.schedule(session, p.id, now + timedelta(days=5), allow_conflicts=True)
    stats = hearings.stats(session, p.id, clock_at(now))
    assert (stats.planned, stats.ahead, stats.outcome_due) == (2, 1, 1)
    later = hearings.stats(session, p.id, clock_at(now + timedelta(days=6)))
    assert (later.ahead, later.outcome_due) == (0, 2)


def test_attendance_counts_split_planned_by_the_time_given() -> None:
    now = datetime(2026, 3, 10, 9, 0)
    records = [
        HearingRecord("a", AppointmentStatus.PLANNED, starts_at=now - timedelta(hours=1)),
        HearingRecord("b", AppointmentStatus.PLANNED, starts_at=now),  # started: not ahead
        HearingRecord("c", AppointmentStatus.PLANNED, starts_at=now + timedelta(minutes=1)),
    ]
    stats = attendance_stats(records, now=now)
    assert (stats.ahead, stats.outcome_due, stats.planned) == (1, 2, 3)
    assert attendance_stats(records).ahead == 3  # no clock: as before


# --- 4. one record, two views ----------------------------------------------------------------------
def court_appointment(session: Session, case_id: str, when: datetime) -> Appointment:
    appt = Appointment(case_id, AppointmentKind.COURT_HEARING, when, when + timedelta(hours=2))
    return appointments.add(session, appt, allow_conflicts=True)[0]


def test_a_court_hearing_appointment_waits_to_be_linked_then_is_a_hearing(
    session: Session,
) -> None:
    case_id = new_case(session)
    first = proceedings.add(session, Proceeding(case_id, court="Viši sud u Beogradu"))
    proceedings.add(session, Proceeding(case_id, court="Apelacioni sud u Beogradu"))
    when = datetime.now().replace(microsecond=0, second=0) + timedelta(days=3)
    appt = court_appointment(session, case_id, when)
    other = appointments.add(
        session, Appointment(case_id, AppointmentKind.LAWYER, when + timedelta(days=1),
                             when + timedelta(days=1, hours=1)), allow_conflicts=True,
    )[0]  # fmt: skip
    # two proceedings: nothing to guess, it waits in the Court tab
    assert hearings.link_to_sole_proceeding(session, [appt.id, other.id]) == []
    assert [a.id for a in hearings.unlinked(session, case_id)] == [appt.id]
    view = hearings.link(session, appt.id, first.id)
    assert view.appointment.id == appt.id
    assert hearings.unlinked(session, case_id) == []
    assert [v.appointment.id for v in hearings.of_proceeding(session, first.id)] == [appt.id]
    with pytest.raises(ValidationError, match="already linked"):
        hearings.link(session, appt.id, first.id)
    with pytest.raises(ValidationError, match="Only a court hearing"):
        hearings.link(session, other.id, first.id)
    # still one record: the agenda shows the same appointment once
    upcoming = agenda.ids(session, agenda.AgendaQuery(agenda.Period.UPCOMING, case_id=case_id))
    assert upcoming.count(appt.id) == 1


def test_with_one_proceeding_a_court_hearing_is_linked_at_once(session: Session) -> None:
    case_id = new_case(session)
    only = proceedings.add(session, Proceeding(case_id, court="Viši sud u Beogradu"))
    appt = court_appointment(session, case_id, datetime(2026, 5, 4, 9, 0))
    linked = hearings.link_to_sole_proceeding(session, [appt.id])
    assert [v.hearing.proceeding_id for v in linked] == [only.id]
    assert hearings.link_to_sole_proceeding(session, [appt.id]) == []  # already a hearing


def test_a_hearing_scheduled_in_the_court_tab_is_in_the_agenda(session: Session) -> None:
    case_id = new_case(session)
    p = proceedings.add(session, Proceeding(case_id, court="Viši sud u Beogradu"))
    when = datetime.now().replace(microsecond=0, second=0) + timedelta(days=2)
    view = hearings.schedule(session, p.id, when, allow_conflicts=True)
    upcoming = agenda.ids(session, agenda.AgendaQuery(agenda.Period.UPCOMING, case_id=case_id))
    assert view.appointment.id in upcoming
    assert hearings.unlinked(session, case_id) == []


def test_a_hearing_cannot_be_linked_to_another_case(session: Session) -> None:
    mine, theirs = new_case(session), new_case(session)
    p = proceedings.add(session, Proceeding(theirs, court="Viši sud u Beogradu"))
    appt = court_appointment(session, mine, datetime(2026, 5, 4, 9, 0))
    with pytest.raises(ValidationError, match="different cases"):
        hearings.link(session, appt.id, p.id)
