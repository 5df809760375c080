"""The annual figures (issue 20, item 4) on a real vault, recorded through the services the app
uses; every expected number is worked out by hand in the fixture's docstring."""

from __future__ import annotations

import csv
import io
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest

from astra_desktop.core.annual_figures import Filters, Period, TrialScope
from astra_desktop.core.appointments import AppointmentStatus
from astra_desktop.core.court import (
    Attendance,
    Charge,
    Defendant,
    DefendantRole,
    Party,
    PostponedBy,
    Proceeding,
    Verdict,
)
from astra_desktop.core.enums import Role
from astra_desktop.core.hotline import Call, CallerType, CallTopic, Channel
from astra_desktop.core.missing import Inquiry, InquiryAnswer, MissingSearch, SearchOutcome
from astra_desktop.core.missing import SearchStatus as St
from astra_desktop.core.models import Case, Client
from astra_desktop.core.partners import Partner
from astra_desktop.core.trials import MonitoredTrial, TrialHearing
from astra_desktop.errors import PermissionDenied
from astra_desktop.services import (
    clients,
    hearings,
    hotline,
    missing,
    partners,
    proceedings,
    statistics,
    trials,
    users,
)
from astra_desktop.services import session as vs
from astra_desktop.services.hearings import HearingOutcome
from astra_desktop.storage import audit
from tests.conftest import ADMIN, ADMIN_PASS, CASEWORKER, CASEWORKER_PASS

Y2024 = Period.year(2024)
NIS, BG, KG = "Viši sud u Nišu", "Viši sud u Beogradu", "Viši sud u Kragujevcu"
SURNAME = "Prezimić"
SAFE_HOUSE, CENTRE = "Sigurna kuća Niš", "Centar za zaštitu žrtava trgovine ljudima"


def at(day: date, hour: int = 12) -> Callable[[], datetime]:
    return lambda: datetime(day.year, day.month, day.day, hour, tzinfo=UTC)


@dataclass
class Built:
    session: vs.Session
    code_a: str
    monitored_label: str


def _proceeding(
    session: vs.Session, court: str, opened: date, assign_to: list[str] | None = None
) -> tuple[Case, Proceeding]:
    case = clients.register(session, Client("Ana", SURNAME), Case(""), assign_to=assign_to)
    p = proceedings.add(session, Proceeding(case.id, court=court, opened_on=opened))
    return case, p


def _decide(session: vs.Session, p: Proceeding, on: date, article: str, paragraph: str,
            months: int, **kw: object) -> None:  # fmt: skip
    p = proceedings.get(session, p.id)
    p.verdict, p.verdict_on, p.convicted_article = Verdict.CONVICTED, on, article
    p.convicted_paragraph, p.sentence_months = paragraph, months
    for name, value in kw.items():
        setattr(p, name, value)
    proceedings.update(session, p)


def _hearing(session: vs.Session, pid: str, when: datetime, outcome: HearingOutcome) -> None:
    view = hearings.schedule(session, pid, when)
    hearings.record(session, view.hearing.id, outcome)


def _trials(session: vs.Session, ana_id: str) -> tuple[str, str]:
    """Clients' proceedings (period 2024):
    A  Niš, opened 01.06.2023, pending; two defendants. 27 hearings: 04.12.2023, then weekly from
       08.01.2024 to 01.07.2024. The victim was summoned to all and came to all 27, testified at
       hearings 1 and 2; each defendant came to hearings 1–10 only. Hearings 11–14 postponed by
       the defence, 15–16 by the court, 17 without a cause recorded; the rest held.
       -> appearances: 27 hearings, 20 held, 7 postponed, victim 27/27/2, defendants 10 and 10;
          in 2024: 26 hearings, 19 held, victim 26 came, 26 summoned, 1 testified, defendants 9+9.
    B  Beograd, opened 01.03.2022, charged 388 st. 6, convicted 30.09.2024 under 388 st. 1,
       24 months, plea agreement (downgraded within 388; below the 36-month minimum; 944 days).
       Hearings 05.02.2024 held (victim summoned, came, testified; defendant came) and 30.09.2024
       held (victim summoned, stayed away; defendant came).
    C  Niš, opened 10.01.2023, charged 388 st. 3, convicted 15.03.2024 under 388 st. 3, 60 months
       (at the minimum; 430 days); no hearing recorded.
    D  Niš, opened 2021, decided 05.05.2023: not followed in 2024.
    E  Niš, opened 01.02.2025: not followed in 2024.
    Only A is assigned to the field worker Ana."""
    case_a, a = _proceeding(session, NIS, date(2023, 6, 1), assign_to=[ana_id])
    d1 = proceedings.add_entry(session, Defendant(a.id, "M. P.", DefendantRole.EXPLOITER))
    d2 = proceedings.add_entry(session, Defendant(a.id, "J. P.", DefendantRole.RECRUITER))
    victim = (Party.VICTIM, None)
    causes = {11: "defence", 12: "defence", 13: "defence", 14: "defence", 15: "court", 16: "court",
              17: ""}  # fmt: skip
    for n in range(1, 28):
        when = (
            datetime(2023, 12, 4, 9) if n == 1 else datetime(2024, 1, 8, 9) + timedelta(weeks=n - 2)
        )
        postponed = n in causes
        present = {
            victim: True,
            (Party.DEFENDANT, d1.id): n <= 10,
            (Party.DEFENDANT, d2.id): n <= 10,
        }
        _hearing(session, a.id, when, HearingOutcome(
            status=AppointmentStatus.POSTPONED if postponed else AppointmentStatus.HELD,
            present=present, summoned={victim: True}, testified={victim: n <= 2},
            postponed_by=causes.get(n, ""), postponement_reason="Odloženo" if postponed else "",
        ))  # fmt: skip
    _, b = _proceeding(session, BG, date(2022, 3, 1))
    accused = proceedings.add_entry(session, Defendant(b.id, "S. S.", DefendantRole.ORGANISER))
    proceedings.add_entry(session, Charge(b.id, "388", date(2022, 3, 1), paragraph="6"))
    for when, came in ((datetime(2024, 2, 5, 10), True), (datetime(2024, 9, 30, 10), False)):
        _hearing(session, b.id, when, HearingOutcome(
            status=AppointmentStatus.HELD, summoned={victim: True}, testified={victim: came},
            present={victim: came, (Party.DEFENDANT, accused.id): True},
        ))  # fmt: skip
    _decide(session, b, date(2024, 9, 30), "388", "1", 24, plea_agreement=True,
            plea_agreement_on=date(2024, 9, 30))  # fmt: skip
    _, c = _proceeding(session, NIS, date(2023, 1, 10))
    proceedings.add_entry(session, Charge(c.id, "388", date(2023, 1, 10), paragraph="3"))
    _decide(session, c, date(2024, 3, 15), "388", "3", 60)
    _, d = _proceeding(session, NIS, date(2021, 1, 1))
    _decide(session, d, date(2023, 5, 5), "388", "1", 100)
    _proceeding(session, NIS, date(2025, 2, 1))
    return case_a.case_code, _monitored(session)


def _monitored(session: vs.Session) -> str:
    """Monitored trials, no client of ours:
    M1 Kragujevac K 41/23, opened 20.11.2023, injured parties OŠ-1 and OŠ-2, two defendants;
       charged 388 st. 7, re-qualified to st. 1; convicted 03.06.2024 under 388 st. 1, 48 months
       (above the 36-month minimum; 196 days). Hearings 2024: 01.02 held (OŠ-1 came, testified;
       OŠ-2 stayed away; both defendants came), 01.03 postponed by the defence (both came; D1
       came), 01.04 postponed by the defence (OŠ-1 came; no defendant), 03.06 held (both came,
       OŠ-2 testified; both defendants came). All summoned. -> victim came 4, summoned 4,
       testified 2; defendants 3 + 2.
    M2 Beograd K 5/24, opened 01.04.2024, pending; one hearing 10.05.2024 postponed by the court."""
    m1 = trials.add(session, MonitoredTrial(court=KG, court_case_number="K 41/23",
                                            injured_parties=["OŠ-1", "OŠ-2"],
                                            opened_on=date(2023, 11, 20)))  # fmt: skip
    d1 = trials.add_defendant(session, Defendant(m1.id, "D. J.", DefendantRole.ORGANISER))
    d2 = trials.add_defendant(session, Defendant(m1.id, "S. M.", DefendantRole.RECRUITER))
    first = trials.add_charge(session, Charge(m1.id, "388", date(2023, 11, 20), paragraph="7"))
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
        trials.save_hearing(session, TrialHearing(m1.id, day, status=status, postponed_by=cause),
                            marks, new=True)  # fmt: skip
    m1 = trials.get(session, m1.id)
    m1.verdict, m1.verdict_on = Verdict.CONVICTED, date(2024, 6, 3)
    m1.convicted_article, m1.convicted_paragraph, m1.sentence_months = "388", "1", 48
    trials.update(session, m1)
    m2 = trials.add(session, MonitoredTrial(court=BG, court_case_number="K 5/24",
                                            opened_on=date(2024, 4, 1)))  # fmt: skip
    trials.save_hearing(session, TrialHearing(m2.id, date(2024, 5, 10), status=AppointmentStatus.POSTPONED,
                                              postponed_by=PostponedBy.COURT.value), [], new=True)  # fmt: skip
    return m1.title


def _calls(session: vs.Session) -> None:
    """2024: 15.01 phone, an anonymous possible victim aged 16, urgent, 10 min, referred to the
    safe house, follow-up done; 20.01 SMS, a named family member, age band 25-34, 5 min, referred
    to the safe house; 02.03 e-mail, an anonymous professional, referred to the Centre; 07.07
    phone, a named possible victim, 20 min, referred to an organisation not in the registry.
    31.12.2023 23:30: not in 2024. -> 4 calls, 35 min, 2 anonymous, 1 urgent, 2 possible victims;
    referrals 4: safe house 2, Centre 1, "" 1."""
    house = partners.add(session, Partner(SAFE_HOUSE)).id
    centre = partners.add(session, Partner(CENTRE)).id
    for call in (
        Call(datetime(2024, 1, 15, 10), CallTopic.REQUEST_FOR_HELP, duration_minutes=10,
             caller_type=CallerType.POSSIBLE_VICTIM, anonymous=True, urgent=True, person_age=16,
             partner_id=house, follow_up=True, follow_up_done=True),
        Call(datetime(2024, 1, 20, 18), CallTopic.MISSING_PERSON, duration_minutes=5,
             caller_type=CallerType.FAMILY_MEMBER, anonymous=False, caller_contact="063 111",
             channel=Channel.SMS, person_age_band="25-34", partner_id=house),
        Call(datetime(2024, 3, 2, 9), CallTopic.JOB_OFFER_CHECK, channel=Channel.EMAIL,
             caller_type=CallerType.PROFESSIONAL, partner_id=centre),
        Call(datetime(2024, 7, 7, 22), CallTopic.REPORT_OF_EXPLOITATION, duration_minutes=20,
             caller_type=CallerType.POSSIBLE_VICTIM, anonymous=False, caller_contact="064 222",
             referral="Crveni krst"),
        Call(datetime(2023, 12, 31, 23, 30), CallTopic.OTHER, duration_minutes=7),
    ):  # fmt: skip
        hotline.log_call(session, call)


def _searches(session: vs.Session) -> None:
    """S1 opened 01.02.2024, aged 15, police report, seen in Serbia, believed in Germany; found
       alive 11.02.2024 (10 days); the safe house asked 02.02, answered "person found" 10.02.
    S2 opened 01.03.2024, adult, seen in Serbia; closed 31.05.2024 still missing (91 days); the
       Centre asked 05.03, no answer yet.
    S3 opened 01.11.2024, believed in Austria; found deceased 10.01.2025: open at the year's end.
    S4 opened 01.06.2023; found, does not want contact, 05.01.2024 (218 days); asked 01.07.2023.
    S5 opened 01.01.2023, closed 01.02.2023: not in 2024.
    -> opened 3, minors 1, police 1, cross-border 2; closed 3 (10, 91, 218: median 91); open at
       the end 1; partners asked 2, answered 1."""

    def search(opened: date, close: tuple[date, St, SearchOutcome] | None, **kw: object) -> str:
        s = missing.open_search(session, MissingSearch("Osoba", opened, **kw), "prijava",  # type: ignore[arg-type]
                                clock=at(opened))  # fmt: skip
        if close is not None:
            day, status, outcome = close
            missing.change_status(session, s.id, status, "ishod", clock=at(day), outcome=outcome)
        return s.id

    s1 = search(date(2024, 2, 1), (date(2024, 2, 11), St.FOUND_SAFE, SearchOutcome.FOUND_ALIVE),
                person_age=15, police_report_number="KU 123/24", last_seen_country="Srbija",
                believed_country="Nemačka")  # fmt: skip
    s2 = search(date(2024, 3, 1), (date(2024, 5, 31), St.CLOSED, SearchOutcome.STILL_MISSING),
                person_age=30, last_seen_country="Serbia")  # fmt: skip
    search(date(2024, 11, 1), (date(2025, 1, 10), St.CLOSED, SearchOutcome.FOUND_DECEASED),
           believed_country="Austrija")  # fmt: skip
    s4 = search(date(2023, 6, 1), (date(2024, 1, 5), St.FOUND_SAFE, SearchOutcome.NO_CONTACT))
    search(date(2023, 1, 1), (date(2023, 2, 1), St.CLOSED, SearchOutcome.STILL_MISSING))
    house = next(p.id for p in partners.find(session) if p.name == SAFE_HOUSE)
    missing.ask_partner(session, Inquiry(s1, "", date(2024, 2, 2), partner_id=house,
                                         answered_on=date(2024, 2, 10),
                                         answer=InquiryAnswer.PERSON_FOUND))  # fmt: skip
    missing.ask_partner(session, Inquiry(s2, CENTRE, date(2024, 3, 5)))
    missing.ask_partner(session, Inquiry(s4, CENTRE, date(2023, 7, 1)))


@pytest.fixture
def built(session: vs.Session) -> Built:
    ana = users.add_user(session, CASEWORKER, Role.CASEWORKER, CASEWORKER_PASS)
    code_a, label = _trials(session, ana.id)
    _calls(session)
    _searches(session)
    return Built(session, code_a, label)


def test_trial_figures_match_the_hand_count(built: Built) -> None:
    t = statistics.figures(built.session, Y2024).trials
    assert (t.followed, t.monitored_without_client, t.opened, t.decided) == (5, 2, 1, 3)
    assert t.pending_at_year_end == 2
    # A 26 + B 2 + M1 4 + M2 1; the hearing of 04.12.2023 is not counted
    assert (t.hearings_scheduled, t.hearings_held, t.hearings_postponed) == (33, 23, 10)
    assert t.hearings_per_trial_median == 3.0  # 1, 2, 4, 26: an even count
    assert t.postponed_by == {"defence": 6, "prosecution": 0, "court": 3, "victim": 0, "other": 0,
                              "": 1}  # fmt: skip
    assert (t.victim_appearances, t.victim_summoned, t.victim_testified) == (31, 32, 4)
    assert t.defendant_appearances == 25  # A 9 + 9, B 2, M1 3 + 2
    assert sorted(t.duration_days) == [196, 430, 944]
    assert t.duration_median_days == 430.0  # an odd count
    assert t.pending_age_median_days == 426.5  # A 579 days, M2 274
    assert t.sentence_vs_minimum == {"below": 1, "at": 1, "above": 1, "unknown": 0}
    o = t.outcomes
    assert o is not None and o.year == 2024
    assert (o.verdicts, o.monitored_without_client, o.convictions_trafficking) == (3, 1, 3)
    assert (o.convictions_downgraded_within_388, o.plea_agreements) == (2, 1)


def test_the_appearance_table_holds_the_27_against_10(built: Built) -> None:
    rows = {a.label: a for a in statistics.figures(built.session, Y2024).trials.appearances}
    assert len(rows) == 5 and {built.code_a, built.monitored_label, f"{BG} · K 5/24"} <= set(rows)
    assert all(SURNAME not in label for label in rows)
    a = rows[built.code_a]
    assert (a.hearings, a.held, a.postponed) == (27, 20, 7)  # the 2023 hearing included
    assert (a.victim_appeared, a.victim_summoned, a.victim_testified) == (27, 27, 2)
    assert (a.defendants, a.defendant_appeared_most, a.defendant_appeared_least) == (2, 10, 10)
    assert not a.monitored
    m1 = rows[built.monitored_label]
    assert built.monitored_label == f"{KG} · K 41/23" and m1.monitored
    assert (m1.victim_appeared, m1.victim_summoned, m1.victim_testified) == (4, 4, 2)
    assert (m1.defendant_appeared_most, m1.defendant_appeared_least) == (3, 2)
    # a year earlier only the first hearing had been held
    earlier = {
        a.label: a for a in statistics.figures(built.session, Period.year(2023)).trials.appearances
    }
    assert (earlier[built.code_a].hearings, earlier[built.code_a].victim_appeared) == (1, 1)
    assert earlier[built.code_a].defendant_appeared_most == 1


def test_scope_and_court_filters(built: Built) -> None:
    clients_only = statistics.figures(built.session, Y2024, Filters(TrialScope.CLIENTS)).trials
    assert (clients_only.followed, clients_only.monitored_without_client) == (3, 0)
    assert clients_only.hearings_scheduled == 28
    monitored = statistics.figures(built.session, Y2024, Filters(TrialScope.MONITORED)).trials
    assert (monitored.followed, monitored.monitored_without_client, monitored.decided) == (2, 2, 1)
    assert monitored.outcomes is not None and monitored.outcomes.verdicts == 1
    belgrade = statistics.figures(built.session, Y2024, Filters(court=BG)).trials
    assert (belgrade.followed, belgrade.decided, belgrade.pending_at_year_end) == (2, 1, 1)
    assert belgrade.sentence_vs_minimum["below"] == 1 and belgrade.duration_days == (944,)
    # the filters narrow the trials only
    assert statistics.figures(built.session, Y2024, Filters(court=BG)).hotline.calls == 4
    assert statistics.courts(built.session) == [BG, KG, NIS]


def test_a_field_worker_counts_only_the_proceedings_assigned_to_her(built: Built) -> None:
    folder = built.session.files.folder
    built.session.close()
    with vs.unlock(folder, CASEWORKER, CASEWORKER_PASS) as sess:
        t = statistics.figures(sess, Y2024).trials
        # A (assigned) and the two monitored trials; B and C are not hers
        assert (t.followed, t.decided, t.pending_at_year_end) == (3, 1, 2)
        assert {a.label for a in t.appearances} == {built.code_a, built.monitored_label,
                                                    f"{BG} · K 5/24"}  # fmt: skip
        assert statistics.courts(sess) == [BG, KG, NIS]
        # hotline and missing-person counts say nothing about a case: she sees them all
        assert statistics.figures(sess, Y2024).hotline.calls == 4
    with vs.unlock(folder, ADMIN, ADMIN_PASS) as sess:
        users.add_user(sess, "vera", Role.VIEWER, "quiet meadow lantern ninety")
    with vs.unlock(folder, "vera", "quiet meadow lantern ninety") as sess:
        assert statistics.figures(sess, Y2024).trials.followed == 2  # no case assigned to her
        with pytest.raises(PermissionDenied):
            statistics.export_csv(sess, Y2024, Filters(), folder.parent / "x.csv")
        assert not (folder.parent / "x.csv").exists()


def test_hotline_figures(built: Built) -> None:
    h = statistics.figures(built.session, Y2024).hotline
    assert (h.calls, h.minutes, h.anonymous, h.urgent) == (4, 35, 2, 1)
    assert h.possible_victims == 2  # the anonymous one counted too
    assert h.by_channel == {"phone": 2, "sms": 1, "email": 1, "social-media": 0, "walk-in": 0}
    assert h.by_caller["possible-victim"] == 2 and h.by_caller["unknown"] == 0
    assert h.by_outcome == {"none": 4, "converted": 0, "linked": 0}
    assert h.by_age_band["14-17"] == 1 and h.by_age_band["25-34"] == 1 and h.by_age_band[""] == 2
    assert h.referrals == 4
    assert h.referrals_by_partner == {SAFE_HOUSE: 2, CENTRE: 1, "": 1}
    assert (h.follow_ups, h.follow_ups_done) == (1, 1)
    months = dict(h.per_month)
    assert len(months) == 12 and (months["2024-01"], months["2024-03"], months["2024-02"]) == (
        2,
        1,
        0,
    )


def test_missing_person_figures(built: Built) -> None:
    m = statistics.figures(built.session, Y2024).missing
    assert (m.opened, m.minors, m.police_reported, m.cross_border) == (3, 1, 1, 2)
    assert (m.closed, m.open_at_year_end) == (3, 1)
    assert m.by_outcome == {"found-alive": 1, "found-deceased": 0, "no-contact-wanted": 1,
                            "still-missing": 1}  # fmt: skip
    assert sorted(m.days_to_close) == [10, 91, 218] and m.days_to_close_median == 91.0
    assert (m.partners_asked, m.partners_answered) == (2, 1)
    assert m.answers["person-found"] == 1 and m.answers[""] == 1
    # 2025: S3's closure counts there, found deceased after 70 days
    later = statistics.figures(built.session, Period.year(2025)).missing
    assert (later.closed, later.by_outcome["found-deceased"], later.days_to_close) == (1, 1, (70,))


def test_the_csv_reads_back_as_the_figures(built: Built, tmp_path: Path) -> None:
    target = tmp_path / "annual.csv"
    statistics.export_csv(built.session, Y2024, Filters(), target, clock=at(date(2025, 1, 20)))
    text = target.read_text(encoding="utf-8")
    table = list(csv.reader(io.StringIO(text)))
    assert table[0] == ["section", "measure", "category", "value"]
    assert table[1:3] == [["report", "period_start", "", "2024-01-01"],
                          ["report", "period_end", "", "2024-12-31"]]  # fmt: skip
    cell = {(r[0], r[1], r[2]): r[3] for r in table[1:]}
    assert cell["report", "made_on", ""] == "2025-01-20"
    assert cell["report", "filter_trials", ""] == "all"
    assert cell["trials", "followed", ""] == "5"
    assert cell["trials", "postponed_by", "defence"] == "6"
    assert cell["trials", "pending_age_median_days", ""] == "426.5"
    assert cell["outcomes", "convictions_downgraded_within_388", ""] == "2"
    assert cell["appearances", "victim_appeared", built.code_a] == "27"
    assert cell["appearances", "defendant_appeared_most", built.code_a] == "10"
    assert cell["appearances", "monitored", built.monitored_label] == "1"
    assert cell["hotline", "referrals_by_partner", SAFE_HOUSE] == "2"
    assert cell["hotline", "per_month", "2024-07"] == "1"
    assert cell["missing", "days_to_close_median", ""] == "91.0"
    assert SURNAME not in text and "M. P." not in text and "Osoba" not in text
    assert "063 111" not in text and "Crveni krst" not in text
    entry = audit.entries(built.session.db, limit=1)[0]
    assert (entry.action, entry.entity) == ("export", "annual-statistics")


def test_a_case_with_two_proceedings_has_two_rows(session: vs.Session) -> None:
    """One case, two proceedings open in 2024: each gets its own row, told apart by the court's
    number (or by the order entered where none was recorded); the case code alone is not enough."""
    case, first = _proceeding(session, NIS, date(2024, 1, 10))
    first.court_case_number = "K 12/24"
    proceedings.update(session, first)
    proceedings.add(session, Proceeding(case.id, court=BG, opened_on=date(2024, 2, 1)))
    other, _ = _proceeding(session, NIS, date(2024, 3, 1))  # another case, one proceeding
    labels = sorted(a.label for a in statistics.figures(session, Y2024).trials.appearances)
    assert labels == sorted([f"{case.case_code} · K 12/24", f"{case.case_code} · #2",
                             other.case_code])  # fmt: skip
