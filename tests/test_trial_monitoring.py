"""Trial monitoring (issue 20, item 2): hearings with who was summoned, came and testified and who
caused each postponement; re-qualification paragraph by paragraph; monitored trials without a
client; the appeal period from service of the written judgment. Every expected number below is
worked out by hand from the fixture it follows."""

from __future__ import annotations

from datetime import date, datetime, timedelta

import pytest

from astra_desktop.core.appointments import AppointmentStatus
from astra_desktop.core.court import (
    AppealBy,
    Attendance,
    Charge,
    ClaimDecision,
    Defendant,
    DefendantRole,
    Party,
    PostponedBy,
    Proceeding,
    Verdict,
)
from astra_desktop.core.enums import Role
from astra_desktop.core.models import Case, Client
from astra_desktop.core.requalification import (
    ConvictionKind,
    conviction_kind,
    downgraded_within_388,
    paragraph_of,
)
from astra_desktop.core.trials import MonitoredTrial, TrialHearing
from astra_desktop.errors import PermissionDenied, ValidationError
from astra_desktop.services import clients, hearings, integrity, monitoring, proceedings, trials
from astra_desktop.services import session as vs
from astra_desktop.services.hearings import HearingOutcome
from tests.conftest import CASEWORKER, CASEWORKER_PASS

D = date(2024, 1, 15)


def _charge(article: str, paragraph: str = "", on: date = D, **kw: object) -> Charge:
    return Charge("p", article, on, paragraph=paragraph, **kw)  # type: ignore[arg-type]


# --- re-qualification, paragraph by paragraph ------------------------------------------------------
def test_paragraphs_are_read_from_the_field_or_the_article_text() -> None:
    assert paragraph_of("388", "6") == "6" and paragraph_of("388 st. 3") == "3"
    assert paragraph_of("čl. 388 stav 7 KZ") == "7" and paragraph_of("Art. 388(1)") == "1"
    assert paragraph_of("388") == "" and paragraph_of("388", "st. 2") == "2"


def test_a_conviction_is_classed_against_what_was_charged() -> None:
    st6 = [_charge("388", "6")]
    # Charged 388 st. 6 (least 5 years), convicted 388 st. 1 (least 3): downgraded within 388.
    assert conviction_kind("388", "1", st6) is ConvictionKind.DOWNGRADED
    assert conviction_kind("388 st. 1", "", st6) is ConvictionKind.DOWNGRADED
    # Same paragraph, or one with the same least sentence (st. 6 -> st. 3): not a downgrade.
    assert conviction_kind("388", "6", st6) is ConvictionKind.TRAFFICKING
    assert conviction_kind("388", "3", st6) is ConvictionKind.TRAFFICKING
    # Another article after 388 was charged: re-qualified; 388 never charged: another offence.
    assert conviction_kind("184", "", st6) is ConvictionKind.REQUALIFIED
    assert conviction_kind("184", "", [_charge("184")]) is ConvictionKind.OTHER_OFFENCE
    assert conviction_kind("184", "", []) is ConvictionKind.OTHER_OFFENCE
    assert conviction_kind("", "", st6) is ConvictionKind.UNRECORDED
    # No paragraph known on either side: a conviction under 388 is not called a downgrade.
    assert conviction_kind("388", "1", [_charge("388")]) is ConvictionKind.TRAFFICKING


def test_a_charge_downgraded_within_388_is_seen_in_its_history() -> None:
    first = _charge("388", "3")
    later = _charge("388", "1", date(2024, 6, 1), replaces_id=first.id)
    assert downgraded_within_388([first, later])
    up = _charge("388", "7", date(2024, 6, 1), replaces_id=first.id)
    assert not downgraded_within_388([first, up])
    assert not downgraded_within_388([first])


def _case_proceeding(session: vs.Session, **kw: object) -> Proceeding:
    case = clients.register(session, Client("Olena", "Коваленко"), Case(""))
    return proceedings.add(session, Proceeding(case.id, court="Viši sud u Nišu", **kw))  # type: ignore[arg-type]


def test_the_lesser_offence_count_needs_388_to_have_been_charged(session: vs.Session) -> None:
    """2024: A charged 388 st. 6, convicted 388 st. 1 (downgraded within 388);
    B charged 388, re-qualified to 184, convicted 184 (re-qualified);
    C charged 184 only, convicted 184 (another offence: NOT re-qualified);
    D charged 388 st. 3, re-qualified to 388 st. 1 during the trial, convicted 388 st. 1."""

    def convict(p: Proceeding, article: str, paragraph: str = "") -> None:
        p = proceedings.get(session, p.id)
        p.verdict, p.verdict_on, p.convicted_article = Verdict.CONVICTED, date(2024, 5, 5), article
        p.convicted_paragraph = paragraph
        proceedings.update(session, p)

    a = _case_proceeding(session)
    proceedings.add_entry(session, Charge(a.id, "388", D, paragraph="6"))
    convict(a, "388", "1")
    b = _case_proceeding(session)
    first = proceedings.add_entry(session, Charge(b.id, "388", D))
    proceedings.requalify(
        session, first.id, "184", "Posredovanje u vršenju prostitucije", date(2024, 3, 1)
    )
    convict(b, "184")
    c = _case_proceeding(session)
    proceedings.add_entry(session, Charge(c.id, "184", D))
    convict(c, "184")
    d = _case_proceeding(session)
    first = proceedings.add_entry(session, Charge(d.id, "388", D, paragraph="3"))
    proceedings.requalify(session, first.id, "388", "Trgovina ljudima", date(2024, 3, 1),
                          paragraph="1")  # fmt: skip
    convict(d, "388", "1")
    year, total = monitoring.figures(session)
    assert (year.convictions, year.convictions_trafficking) == (4, 2)
    assert (year.convictions_downgraded_within_388, year.convictions_requalified) == (2, 1)
    assert year.convictions_other_offence == 1
    assert (year.charges_requalified_from_388, year.charges_downgraded_within_388) == (1, 1)
    assert total.monitored_without_client == 0


# --- the 27-against-10 case ------------------------------------------------------------------------
def test_the_victim_came_27_times_and_the_defendant_10(session: vs.Session) -> None:
    """27 hearings, one a month from 10.01.2022. She was summoned to all 27 and came to all;
    the defendant came to the first 10 only. 12 hearings were postponed (numbers 11–22): 7 by the
    defence, 3 by the court, 2 by the prosecution; 15 were held. She testified at hearings 1 and
    23; at every hearing 2 witnesses were summoned, 1 came, and at the held ones that one
    testified (15)."""
    p = _case_proceeding(session, court_case_number="K 27/22")
    accused = proceedings.add_entry(session, Defendant(p.id, "M. P.", DefendantRole.EXPLOITER))
    causes = [PostponedBy.DEFENCE] * 7 + [PostponedBy.COURT] * 3 + [PostponedBy.PROSECUTION] * 2
    for n in range(1, 28):
        view = hearings.schedule(session, p.id, datetime(2022, 1, 10, 9) + timedelta(days=31 * n))
        postponed = 11 <= n <= 22
        victim, defendant = (Party.VICTIM, None), (Party.DEFENDANT, accused.id)
        hearings.record(session, view.hearing.id, HearingOutcome(
            status=AppointmentStatus.POSTPONED if postponed else AppointmentStatus.HELD,
            present={victim: True, defendant: n <= 10},
            summoned={victim: True, defendant: True},
            testified={victim: n in (1, 23)},
            postponed_by=causes[n - 11].value if postponed else "",
            postponement_reason="Odloženo" if postponed else "",
            witnesses=(2, 1, 0 if postponed else 1),
        ))  # fmt: skip
    stats = hearings.stats(session, p.id)
    assert (stats.victim, stats.defendant(accused.id)) == (27, 10)
    assert (stats.victim_summoned, stats.victim_testified) == (27, 2)
    assert (stats.held, stats.postponed) == (15, 12)
    assert stats.postponed_by == {"defence": 7, "court": 3, "prosecution": 2}
    assert (stats.witnesses_summoned, stats.witnesses_appeared, stats.witnesses_testified) == (
        54, 27, 15,
    )  # fmt: skip
    assert integrity.check(session).sound


def test_a_hearing_record_refuses_impossible_facts(session: vs.Session) -> None:
    p = _case_proceeding(session)
    view = hearings.schedule(session, p.id, datetime(2024, 2, 1, 9))
    victim = (Party.VICTIM, None)
    with pytest.raises(ValidationError, match="did not come cannot have testified"):
        hearings.record(session, view.hearing.id, HearingOutcome(
            AppointmentStatus.HELD, present={victim: False}, testified={victim: True}))  # fmt: skip
    with pytest.raises(ValidationError, match="testified than appeared"):
        hearings.record(session, view.hearing.id, HearingOutcome(
            AppointmentStatus.HELD, witnesses=(3, 1, 2)))  # fmt: skip
    with pytest.raises(ValidationError, match="who caused"):
        hearings.record(session, view.hearing.id, HearingOutcome(
            AppointmentStatus.POSTPONED, postponement_reason="x", postponed_by="weather"))  # fmt: skip


# --- monitored trials without a client -------------------------------------------------------------
def _monitored(session: vs.Session) -> tuple[MonitoredTrial, Defendant, Defendant]:
    """Viši sud u Kragujevcu K 41/23, two injured parties (OŠ-1, OŠ-2), two defendants.
    Charged 388 st. 7 (organised group) against both; re-qualified to 388 st. 1 on 10.04.2024;
    convicted 388 st. 1 on 03.06.2024, 48 months; claimed 1,200,000 RSD, referred to civil.
    Hearings: 01.02 held (OŠ-1 summoned, came, testified; OŠ-2 summoned, stayed away; D1 came,
    D2 came); 01.03 postponed by the defence (OŠ-1 came, OŠ-2 came, D1 came, D2 stayed away);
    01.04 postponed by the defence (OŠ-1 came; D1 and D2 stayed away); 03.06 held (OŠ-1 came,
    OŠ-2 came and testified, D1 and D2 came). OŠ-1: 4 summoned, 4 came, 1 testified; OŠ-2: 4,
    2, 1; D1: 4 summoned, 3 came; D2: 4 summoned, 2 came."""
    trial = trials.add(session, MonitoredTrial(
        court="Viši sud u Kragujevcu", court_case_number="K 41/23",
        prosecutor_office="Više javno tužilaštvo u Kragujevcu", injured_parties=["OŠ-1", " OŠ-2"],
        opened_on=date(2023, 11, 20),
    ))  # fmt: skip
    d1 = trials.add_defendant(session, Defendant(trial.id, "D. J.", DefendantRole.ORGANISER))
    d2 = trials.add_defendant(session, Defendant(trial.id, "S. M.", DefendantRole.RECRUITER))
    first = trials.add_charge(session, Charge(trial.id, "388", date(2023, 11, 20), paragraph="7",
                                              offence="Trgovina ljudima"))  # fmt: skip
    trials.requalify(session, first.id, "388", "1", "Trgovina ljudima", date(2024, 4, 10))
    plan = [
        (date(2024, 2, 1), AppointmentStatus.HELD, "", {"OŠ-1": (1, 1), "OŠ-2": (0, 0)}, (1, 1)),
        (date(2024, 3, 1), AppointmentStatus.POSTPONED, "defence",
         {"OŠ-1": (1, 0), "OŠ-2": (1, 0)}, (1, 0)),
        (date(2024, 4, 1), AppointmentStatus.POSTPONED, "defence",
         {"OŠ-1": (1, 0), "OŠ-2": (0, 0)}, (0, 0)),
        (date(2024, 6, 3), AppointmentStatus.HELD, "", {"OŠ-1": (1, 0), "OŠ-2": (1, 1)}, (1, 1)),
    ]  # fmt: skip
    for day, status, cause, injured, (came1, came2) in plan:
        marks = [
            Attendance("", Party.VICTIM, bool(c), summoned=True, testified=bool(t), injured_party=code)
            for code, (c, t) in injured.items()
        ] + [
            Attendance("", Party.DEFENDANT, bool(came1), d1.id, summoned=True),
            Attendance("", Party.DEFENDANT, bool(came2), d2.id, summoned=True),
        ]  # fmt: skip
        hearing = TrialHearing(trial.id, day, status=status, postponed_by=cause)
        trials.save_hearing(session, hearing, marks, new=True)
    trial = trials.get(session, trial.id)
    trial.verdict, trial.verdict_on = Verdict.CONVICTED, date(2024, 6, 3)
    trial.convicted_article, trial.convicted_paragraph, trial.sentence_months = "388", "1", 48
    trial.compensation_claimed = 1_200_000
    trial.property_claim_decision = ClaimDecision.REFERRED_TO_CIVIL
    trials.update(session, trial)
    return trial, d1, d2


def test_a_trial_is_monitored_without_a_client(session: vs.Session) -> None:
    trial, d1, d2 = _monitored(session)
    assert trials.get(session, trial.id).injured_parties == ["OŠ-1", "OŠ-2"]
    result = trials.comparison(session, trial.id)
    people = {k: (v.summoned, v.appeared, v.testified) for k, v in result.people.items()}
    assert people == {
        (Party.VICTIM, "OŠ-1"): (4, 4, 1), (Party.VICTIM, "OŠ-2"): (4, 2, 1),
        (Party.DEFENDANT, d1.id): (4, 3, 0), (Party.DEFENDANT, d2.id): (4, 2, 0),
    }  # fmt: skip
    assert (result.stats.held, result.stats.postponed) == (2, 2)
    assert result.stats.postponed_by == {"defence": 2}
    (year, _all_years) = monitoring.figures(session)
    assert (year.year, year.verdicts, year.monitored_without_client) == (2024, 1, 1)
    assert (year.convictions_trafficking, year.convictions_downgraded_within_388) == (1, 1)
    assert (year.charges_downgraded_within_388, year.convictions_requalified) == (1, 0)
    assert (year.claims_referred_to_civil, year.compensation_claimed_rsd) == (1, 1_200_000)
    assert year.average_sentence_months == 48.0
    assert integrity.check(session).sound


def test_injured_parties_are_codes_never_names(session: vs.Session) -> None:
    with pytest.raises(ValidationError, match="never by name"):
        trials.add(session, MonitoredTrial(court="Viši sud u Beogradu",
                                           injured_parties=["Ana Petrović"]))  # fmt: skip
    trial = trials.add(session, MonitoredTrial(court="Viši sud u Beogradu", injured_parties=["AA"]))
    with pytest.raises(ValidationError, match="not recorded in this trial"):
        trials.save_hearing(session, TrialHearing(trial.id, date(2024, 1, 1)),
                            [Attendance("", Party.VICTIM, True, injured_party="BB")], new=True)  # fmt: skip


def test_monitored_trials_follow_the_role_not_case_assignments(session: vs.Session) -> None:
    trial, _, _ = _monitored(session)
    from astra_desktop.services import users

    users.add_user(session, CASEWORKER, Role.CASEWORKER, CASEWORKER_PASS)
    users.add_user(session, "vera", Role.VIEWER, "quiet meadow lantern ninety")
    folder = session.files.folder
    session.close()
    with vs.unlock(folder, CASEWORKER, CASEWORKER_PASS) as sess:  # no case assigned to her
        assert [t.id for t in trials.all_trials(sess)] == [trial.id]
        with pytest.raises(PermissionDenied):
            trials.delete(sess, trial.id)
    with vs.unlock(folder, "vera", "quiet meadow lantern ninety") as sess:
        assert trials.get(sess, trial.id).court_case_number == "K 41/23"
        with pytest.raises(PermissionDenied):
            trials.update(sess, trials.get(sess, trial.id))


def test_the_appeal_period_runs_from_service_of_the_written_judgment(session: vs.Session) -> None:
    trial, _, _ = _monitored(session)  # pronounced 03.06.2024
    assert trials.appeal_deadline(trial) is None  # not served: the period has not started
    trial.judgment_served_on = date(2024, 7, 8)
    trials.update(session, trial)
    assert trials.appeal_deadline(trials.get(session, trial.id)) == date(2024, 7, 23)
    trial.appealed_by = [AppealBy.DEFENDANT]
    trials.update(session, trial)
    assert trials.appeal_deadline(trials.get(session, trial.id)) is None
    trial.judgment_served_on = date(2024, 6, 1)
    with pytest.raises(ValidationError, match="served before it was pronounced"):
        trials.update(session, trial)


def test_deleting_a_trial_takes_its_hearings_and_keeps_the_vault_sound(session: vs.Session) -> None:
    trial, _, _ = _monitored(session)
    trials.delete(session, trial.id)
    assert trials.all_trials(session) == []
    assert session.db.execute("SELECT count(*) FROM trial_attendance").fetchone()[0] == 0
    assert integrity.check(session).sound


# --- demo data -------------------------------------------------------------------------------------
def test_demo_courts_prosecutors_and_offences_are_coherent(session: vs.Session) -> None:
    import random

    from astra_desktop.demo import court as demo_court

    cases = [clients.register(session, Client("Ana", f"Demo{n}"), Case("")).id for n in range(12)]
    made = demo_court.fill_court(session, random.Random(7), cases, today=date(2026, 12, 1))
    assert made.monitored_trials == len(demo_court.MONITORED) == 6
    names = {"388": "Trgovina ljudima", "184": "Posredovanje u vršenju prostitucije",
             "183": "Podvođenje i omogućavanje vršenja polnog odnosa"}  # fmt: skip
    found = [(p.court, p.prosecutor_office, p.convicted_article, p.convicted_offence)
             for c in cases for p in proceedings.of_case(session, c)]  # fmt: skip
    found += [(t.court, t.prosecutor_office, t.convicted_article, t.convicted_offence)
              for t in trials.all_trials(session)]  # fmt: skip
    assert len(found) >= 5
    for court, office, article, offence in found:
        city = court.removeprefix("Viši sud u ")
        assert office == f"Više javno tužilaštvo u {city}", (court, office)
        assert not article or names[article] == offence
    for t in trials.all_trials(session):
        assert t.injured_parties and all(code.startswith("OŠ-") for code in t.injured_parties)
        assert trials.hearings(session, t.id)
    assert integrity.check(session).sound
