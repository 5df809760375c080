"""Court proceedings: charges re-qualified with dates, hearings with attendance and the next date,
attendance statistics, and the deadline rules (the property claim above all)."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest

from astra_desktop.core import deadlines
from astra_desktop.core.appointments import BELGRADE, AppointmentKind, AppointmentStatus
from astra_desktop.core.attendance import HearingRecord, attendance_stats
from astra_desktop.core.court import (
    AppealBy,
    Attendance,
    Charge,
    Defendant,
    DefendantRole,
    HearingKind,
    Party,
    Proceeding,
    ProtectiveMeasure,
    Verdict,
    WitnessStatus,
    article_number,
    current_charges,
    history,
    is_trafficking,
    was_requalified_from_trafficking,
)
from astra_desktop.core.models import Case, Client
from astra_desktop.errors import ValidationError
from astra_desktop.services import agenda, clients, hearings, integrity, proceedings
from astra_desktop.services import session as vs
from astra_desktop.services.hearings import HearingOutcome
from astra_desktop.storage import audit


def at(text: str) -> datetime:
    return datetime.strptime(text, "%d.%m.%Y %H:%M")


def clock_at(text: str):
    moment = at(text).replace(tzinfo=BELGRADE).astimezone(UTC)
    return lambda: moment


def new_proceeding(session: vs.Session, **kw: object) -> Proceeding:
    case = clients.register(session, Client("Olena", "Коваленко"), Case(""))
    p = Proceeding(case.id, court="Viši sud u Beogradu", court_case_number="K 123/24", **kw)  # type: ignore[arg-type]
    return proceedings.add(session, p)


# --- charges ----------------------------------------------------------------------------------------
def test_article_numbers_are_read_from_what_lawyers_write() -> None:
    assert article_number("čl. 388 st. 1 KZ") == 388 and is_trafficking("Art. 388(1)")
    assert not is_trafficking("184") and article_number("trgovina") is None


def test_requalification_keeps_the_dated_history(session: vs.Session) -> None:
    p = new_proceeding(session)
    accused = proceedings.add_entry(session, Defendant(p.id, "M. P.", DefendantRole.RECRUITER))
    first = proceedings.add_entry(
        session, Charge(p.id, "388 st. 1", date(2024, 3, 12), offence="Trgovina ljudima",
                        defendant_id=accused.id),
    )  # fmt: skip
    second = proceedings.requalify(
        session, first.id, "184", "Posredovanje u vršenju prostitucije", date(2025, 10, 2),
        "Izmenjena optužnica",
    )  # fmt: skip
    with pytest.raises(ValidationError, match="already re-qualified"):
        proceedings.requalify(session, first.id, "390", "", date(2025, 11, 1))
    with pytest.raises(ValidationError, match="before the charge it replaces"):
        proceedings.requalify(session, second.id, "390", "", date(2025, 1, 1))
    stored = proceedings.charges(session, p.id)
    assert [(c.article, c.qualified_on) for c in history(stored, second.id)] == [
        ("388 st. 1", date(2024, 3, 12)), ("184", date(2025, 10, 2)),
    ]  # fmt: skip
    assert [c.id for c in current_charges(stored)] == [second.id]
    assert second.defendant_id == accused.id
    assert was_requalified_from_trafficking(stored)
    assert not was_requalified_from_trafficking(stored[:1])
    with pytest.raises(ValidationError, match="article"):
        proceedings.add_entry(session, Charge(p.id, "trgovina", date(2024, 1, 1)))


# --- hearings and attendance ------------------------------------------------------------------------
def test_recording_a_hearing_saves_attendance_and_makes_the_next_one(session: vs.Session) -> None:
    p = new_proceeding(session, measures_ordered=[ProtectiveMeasure.SEPARATE_ROOM])
    d1 = proceedings.add_entry(session, Defendant(p.id, "M. P.", DefendantRole.RECRUITER))
    d2 = proceedings.add_entry(session, Defendant(p.id, "S. J.", DefendantRole.EXPLOITER))
    me = session.actor.user_id
    first = hearings.schedule(session, p.id, at("04.03.2025 09:30"), worker_ids=[me])
    assert first.appointment.kind is AppointmentKind.COURT_HEARING
    assert first.appointment.place == "Viši sud u Beogradu"
    with pytest.raises(ValidationError, match="why the hearing was postponed"):
        hearings.record(session, first.hearing.id, HearingOutcome(AppointmentStatus.POSTPONED))
    outcome = HearingOutcome(
        AppointmentStatus.POSTPONED,
        present={(Party.VICTIM, None): True, (Party.DEFENDANT, d1.id): True,
                 (Party.DEFENDANT, d2.id): False, (Party.DEFENCE_LAWYER, d1.id): True},
        measures_applied=[ProtectiveMeasure.SEPARATE_ROOM],
        postponement_reason="Okrivljeni S. J. nije doveden.",
        next_starts_at=at("15.04.2025 10:00"),
    )  # fmt: skip
    second = hearings.record(session, first.hearing.id, outcome)
    assert second is not None and second.appointment.starts_at == at("15.04.2025 10:00")
    assert hearings.get(session, second.hearing.id).appointment.status is AppointmentStatus.PLANNED
    from astra_desktop.services import appointments

    assert appointments.workers_of(session, second.appointment.id) == [me]
    recorded = hearings.get(session, first.hearing.id)
    assert recorded.appointment.status is AppointmentStatus.POSTPONED
    assert recorded.appointment.outcome == "Okrivljeni S. J. nije doveden."
    assert recorded.hearing.next_appointment_id == second.appointment.id
    assert recorded.present(Party.DEFENDANT, d2.id) is False
    assert recorded.present(Party.PROSECUTOR) is None
    # Recording again replaces the attendance instead of adding to it.
    hearings.record(session, first.hearing.id, HearingOutcome(
        AppointmentStatus.POSTPONED, present={(Party.VICTIM, None): True},
        postponement_reason="Okrivljeni S. J. nije doveden."))  # fmt: skip
    assert len(hearings.get(session, first.hearing.id).attendance) == 1
    with pytest.raises(ValidationError, match="after this one"):
        hearings.record(session, second.hearing.id, HearingOutcome(
            AppointmentStatus.HELD, next_starts_at=at("01.04.2025 10:00")))  # fmt: skip
    assert [e.action for e in audit.entries(session.db, entity_id=first.hearing.id)][:1] == [
        "change"
    ]
    assert integrity.check(session).sound


def test_attendance_statistics_count_postponed_hearings_too(session: vs.Session) -> None:
    p = new_proceeding(session)
    d1 = proceedings.add_entry(session, Defendant(p.id, "M. P."))
    d2 = proceedings.add_entry(session, Defendant(p.id, "S. J."))
    view = hearings.schedule(session, p.id, at("01.02.2024 09:00"))
    # Five hearings: the victim came to all, M. P. to two, S. J. to none; three were postponed.
    plan = [(AppointmentStatus.POSTPONED, True, False), (AppointmentStatus.POSTPONED, False, False),
            (AppointmentStatus.HELD, True, False), (AppointmentStatus.POSTPONED, False, False),
            (AppointmentStatus.HELD, False, False)]  # fmt: skip
    for n, (status, m_p, s_j) in enumerate(plan):
        nxt = at(f"01.{n + 3:02d}.2024 09:00") if n < len(plan) - 1 else None
        following = hearings.record(session, view.hearing.id, HearingOutcome(
            status, present={(Party.VICTIM, None): True, (Party.DEFENDANT, d1.id): m_p,
                             (Party.DEFENDANT, d2.id): s_j},
            postponement_reason="Odsutan okrivljeni" if status is AppointmentStatus.POSTPONED else "",
            next_starts_at=nxt))  # fmt: skip
        if following is not None:
            view = following
    stats = hearings.stats(session, p.id)
    assert (stats.scheduled, stats.held, stats.postponed, stats.planned) == (5, 2, 3, 0)
    assert stats.victim == 5 and stats.defendant(d1.id) == 2 and stats.defendant(d2.id) == 0
    assert stats.recorded == 5


def test_attendance_stats_pure() -> None:
    a = [Attendance("h1", Party.VICTIM, True), Attendance("h1", Party.DEFENDANT, True, "d")]
    b = [Attendance("h2", Party.VICTIM, True), Attendance("h2", Party.DEFENDANT, False, "d")]
    stats = attendance_stats(
        [HearingRecord("h1", AppointmentStatus.HELD, tuple(a)),
         HearingRecord("h2", AppointmentStatus.POSTPONED, tuple(b)),
         HearingRecord("h3", AppointmentStatus.CANCELLED),
         HearingRecord("h4", AppointmentStatus.PLANNED)],
        ["d", "e"],
    )  # fmt: skip
    assert (stats.scheduled, stats.held, stats.postponed, stats.planned) == (3, 1, 1, 1)
    assert stats.victim == 2 and stats.defendants == {"d": 1, "e": 0}


# --- deadlines --------------------------------------------------------------------------------------
def test_property_claim_warning_while_main_hearing_scheduled_and_claim_not_filed(
    session: vs.Session,
) -> None:
    p = new_proceeding(session)
    clock = clock_at("01.03.2025 12:00")
    assert proceedings.warnings(session, p.id, clock) == []
    hearings.schedule(session, p.id, at("10.03.2025 09:00"), kind=HearingKind.PRELIMINARY)
    assert proceedings.warnings(session, p.id, clock) == []  # not the main hearing yet
    hearings.schedule(session, p.id, at("20.05.2025 09:00"), kind=HearingKind.MAIN_HEARING)
    found = proceedings.warnings(session, p.id, clock)
    assert [w.rule_id for w in found] == ["property-claim-not-filed"]
    assert found[0].due_on == date(2025, 5, 20) and "20.05.2025" in found[0].text()
    assert "Imovinskopravni zahtev nije podnet" in found[0].text("sr-Latn")
    assert "Имовинскоправни захтев није поднет" in found[0].text("sr-Cyrl")
    p = proceedings.get(session, p.id)
    p.property_claim_filed_on = date(2025, 2, 1)
    proceedings.update(session, p)
    assert proceedings.warnings(session, p.id, clock) == []


def test_other_rules_plea_agreement_and_appeal_window(session: vs.Session) -> None:
    p = new_proceeding(session, vulnerable_witness=WitnessStatus.REQUESTED)
    p.verdict, p.verdict_on, p.convicted_article = Verdict.CONVICTED, date(2025, 6, 2), "388"
    p.plea_agreement, p.first_instance_ended_on = True, date(2025, 6, 2)
    proceedings.update(session, p)
    ids = [w.rule_id for w in proceedings.warnings(session, p.id, clock_at("05.06.2025 10:00"))]
    # Pronounced, not yet served: the period has not started, and the reminder says so.
    assert ids == ["plea-agreement-victim-not-informed", "judgment-not-served"]
    p = proceedings.get(session, p.id)
    p.judgment_served_on = date(2025, 6, 20)
    proceedings.update(session, p)
    # 15 days from service (20.06) -> 05.07.2025, not from the pronouncement (02.06 -> 17.06).
    (appeal,) = [w for w in proceedings.warnings(session, p.id, clock_at("01.07.2025 10:00"))
                 if w.rule_id == "appeal-window"]  # fmt: skip
    assert appeal.due_on == date(2025, 7, 5) and "05.07.2025" in appeal.text()
    assert "dostavljanja prepisa presude" in appeal.text("sr-Latn")
    on_the_day = proceedings.warnings(session, p.id, clock_at("05.07.2025 18:00"))
    assert "appeal-window" in [w.rule_id for w in on_the_day]
    after = proceedings.warnings(session, p.id, clock_at("06.07.2025 08:00"))
    assert [w.rule_id for w in after] == ["plea-agreement-victim-not-informed"]
    p.appealed_by = [AppealBy.PROSECUTOR]  # an appeal recorded ends the reminder at once
    proceedings.update(session, p)
    early = proceedings.warnings(session, p.id, clock_at("25.06.2025 10:00"))
    assert [w.rule_id for w in early] == ["plea-agreement-victim-not-informed"]
    p.judgment_served_on = date(2025, 6, 1)
    with pytest.raises(ValidationError, match="served before it was pronounced"):
        proceedings.update(session, p)


def test_rules_are_data_and_unknown_facts_are_refused() -> None:
    rules = deadlines.load_rules(
        '[[rule]]\nid = "x"\nwhen = ["hearing_scheduled"]\ndue = "next_hearing"\ndays = -7\n'
        '[rule.message]\nen = "Prepare the witness by {due}."\n'
    )
    p = Proceeding("case")
    known = deadlines.facts(
        p, [deadlines.ScheduledHearing(HearingKind.OTHER, at("20.03.2025 09:00"),
                                       AppointmentStatus.PLANNED)],
    )  # fmt: skip
    (warning,) = deadlines.evaluate(rules, known, date(2025, 3, 1))
    assert warning.text() == "Prepare the witness by 13.03.2025."
    with pytest.raises(deadlines.RulesInvalid, match="unknown fact"):
        deadlines.load_rules('[[rule]]\nid = "y"\nwhen = ["moon_full"]\n[rule.message]\nen = "?"\n')
    assert len(proceedings.rules()) >= 5


def test_validation_and_deleting_a_proceeding_takes_its_hearings(session: vs.Session) -> None:
    p = new_proceeding(session)
    p.verdict = Verdict.CONVICTED
    with pytest.raises(ValidationError, match="date of the verdict"):
        proceedings.update(session, p)
    p = proceedings.get(session, p.id)
    p.opened_on = date(2999, 1, 1)
    with pytest.raises(ValidationError, match="future"):
        proceedings.update(session, p)
    view = hearings.schedule(session, p.id, at("10.03.2025 09:00"))
    proceedings.delete(session, p.id)
    assert agenda.rows_for(session, [view.appointment.id]) == []
    assert integrity.check(session).sound
