"""core.annual and core.annual_csv without a vault: the rules a real vault rarely shows (an
opening not recorded, a verdict without its day, several injured parties at one hearing, a
cancelled hearing, a country written in Cyrillic), checked against hand-counted facts."""

from __future__ import annotations

import csv
import io
from datetime import date, datetime, timedelta

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from astra_desktop.core.annual import (
    CallFacts,
    InquiryFacts,
    SearchFacts,
    TrialFacts,
    figures,
    hotline_figures,
    missing_figures,
    trial_figures,
)
from astra_desktop.core.annual_csv import to_csv
from astra_desktop.core.annual_figures import Filters, Period, TrialScope
from astra_desktop.core.appointments import AppointmentStatus as S
from astra_desktop.core.attendance import HearingRecord
from astra_desktop.core.court import Attendance, Charge, Party, Proceeding, Verdict
from astra_desktop.core.hotline import CallerType, CallTopic, Channel
from astra_desktop.core.missing import InquiryAnswer, SearchOutcome
from astra_desktop.errors import ValidationError

Y = Period.year(2024)
ALL = Filters()


def hearing(day: date, status: S = S.HELD, *marks: Attendance, cause: str = "") -> HearingRecord:
    return HearingRecord(f"h{day}{status}", status, marks, datetime(day.year, day.month, day.day, 9),
                         cause)  # fmt: skip


def victim(
    code: str, came: bool, summoned: bool | None = True, testified: bool = False
) -> Attendance:
    return Attendance("", Party.VICTIM, came, summoned=summoned, testified=testified,
                      injured_party=code)  # fmt: skip


def trial(label: str = "T", opened: date | None = date(2024, 1, 1), verdict: Verdict = Verdict.PENDING,
          on: date | None = None, hearings: tuple[HearingRecord, ...] = (), monitored: bool = False,
          court: str = "Viši sud u Nišu", entered: date | None = None, charges: tuple[Charge, ...] = (),
          **kw: object) -> TrialFacts:  # fmt: skip
    p = Proceeding("", court=court, opened_on=opened, verdict=verdict, verdict_on=on, **kw)  # type: ignore[arg-type]
    return TrialFacts(label, monitored, p, charges, ("d1", "d2"), hearings, entered)


def test_which_trials_are_followed_in_the_period() -> None:
    followed = trial_figures([
        trial("open before", date(2020, 1, 1)),
        trial("decided in it", date(2020, 1, 1), Verdict.ACQUITTED, date(2024, 1, 1)),
        trial("decided before", date(2020, 1, 1), Verdict.ACQUITTED, date(2023, 12, 31)),
        trial("opened after", date(2025, 1, 1)),
        # no opening recorded: its first hearing stands for it, else the day it was entered
        trial("first hearing 2025", None, hearings=(hearing(date(2025, 3, 1)),)),
        trial("first hearing 2024", None, hearings=(hearing(date(2024, 3, 1)),)),
        trial("entered 2024", None, entered=date(2024, 6, 1)),
        trial("nothing known", None),
        # decided, its day not recorded: cannot be placed in any period
        trial("undated verdict", date(2020, 1, 1), Verdict.CONVICTED, None),
    ], Y, ALL)  # fmt: skip
    assert [a.label for a in followed.appearances] == [
        "decided in it", "entered 2024", "first hearing 2024", "open before",
    ]  # fmt: skip
    assert (followed.opened, followed.decided, followed.pending_at_year_end) == (0, 1, 3)
    # pending-age only where the opening is known: "open before", 2020-01-01 -> 2024-12-31
    assert followed.pending_age_median_days == 1826.0
    assert followed.duration_days == (1461,)  # 2020-01-01 -> 2024-01-01


def test_a_verdict_after_the_period_leaves_the_trial_pending_at_its_end() -> None:
    f = trial_figures([trial(verdict=Verdict.CONVICTED, on=date(2025, 2, 1))], Y, ALL)
    assert (f.followed, f.decided, f.pending_at_year_end) == (1, 0, 1)
    assert f.outcomes is not None and f.outcomes.verdicts == 0


def test_injured_parties_count_once_per_hearing_and_cancelled_hearings_never() -> None:
    d1 = Attendance("", Party.DEFENDANT, True, "d1")
    hearings = (
        hearing(date(2024, 2, 1), S.HELD, victim("A", True), victim("B", True, testified=True), d1),
        hearing(date(2024, 3, 1), S.POSTPONED, victim("A", False), victim("B", False, None),
                cause="victim"),
        hearing(date(2024, 4, 1), S.CANCELLED, victim("A", True), d1),
        hearing(date(2024, 5, 1), S.PLANNED),
    )  # fmt: skip
    f = trial_figures([trial(hearings=hearings, monitored=True)], Y, ALL)
    assert (f.hearings_scheduled, f.hearings_held, f.hearings_postponed) == (3, 1, 1)
    assert (f.victim_appearances, f.victim_summoned, f.victim_testified) == (1, 2, 1)
    assert f.defendant_appearances == 1
    assert f.postponed_by["victim"] == 1 and "" not in f.postponed_by
    (row,) = f.appearances
    assert (row.hearings, row.victim_appeared, row.defendant_appeared_most) == (3, 1, 1)
    assert (row.defendants, row.defendant_appeared_least) == (2, 0)


def test_sentences_against_the_minimum_count_art_388_convictions_only() -> None:
    def convicted(label: str, article: str, paragraph: str, months: int | None,
                  charges: tuple[Charge, ...] = ()) -> TrialFacts:  # fmt: skip
        return trial(label, date(2023, 1, 1), Verdict.CONVICTED, date(2024, 6, 1), charges=charges,
                     convicted_article=article, convicted_paragraph=paragraph,
                     sentence_months=months)  # fmt: skip

    st6 = (Charge("p", "388", date(2023, 1, 1), paragraph="6"),)
    f = trial_figures([
        convicted("a", "388", "1", 24, st6),  # downgraded, below 36
        convicted("b", "388 st. 5", "", 120),  # at 120, paragraph read from the article
        convicted("c", "388", "", 40),  # paragraph unknown
        convicted("d", "388", "8", 40),  # st. 8 has no confirmed minimum
        convicted("e", "184", "", 12, st6),  # re-qualified to another article: not counted
        convicted("f", "388", "1", None),  # no sentence in months: not counted
    ], Y, ALL)  # fmt: skip
    assert f.sentence_vs_minimum == {"below": 1, "at": 1, "above": 0, "unknown": 2}


def test_filters_narrow_the_trials_only() -> None:
    items = [
        trial("c", court=" Viši sud u Nišu "),
        trial("m", monitored=True, court="Viši sud u Beogradu"),
    ]
    calls = [CallFacts(date(2024, 1, 1), CallTopic.OTHER, CallerType.UNKNOWN)]
    for scope, labels in ((TrialScope.ALL, ["c", "m"]), (TrialScope.CLIENTS, ["c"]),
                          (TrialScope.MONITORED, ["m"])):  # fmt: skip
        result = figures(items, calls, [], [], Y, Filters(scope), date(2025, 1, 1))
        assert [a.label for a in result.trials.appearances] == labels
        assert result.hotline.calls == 1
    only = figures(items, calls, [], [], Y, Filters(court="Viši sud u Nišu"), date(2025, 1, 1))
    assert [a.label for a in only.trials.appearances] == ["c"]
    with pytest.raises(ValidationError, match="ends before"):
        figures([], [], [], [], Period(date(2024, 2, 1), date(2024, 1, 1)), ALL, date(2025, 1, 1))


def test_an_empty_period_has_no_medians() -> None:
    result = figures([], [], [], [], Y, ALL, date(2025, 1, 1))
    t, m = result.trials, result.missing
    assert (t.followed, t.hearings_per_trial_median, t.duration_median_days) == (0, None, None)
    assert t.outcomes is not None and t.outcomes.year == 2024
    assert (m.days_to_close_median, result.hotline.calls) == (None, 0)
    assert len(result.hotline.per_month) == 12


def test_hotline_months_bands_and_partners() -> None:
    period = Period(date(2024, 11, 15), date(2025, 2, 10))  # not a calendar year

    def call(day: date, **kw: object) -> CallFacts:
        return CallFacts(day, CallTopic.OTHER, kw.pop("caller", CallerType.UNKNOWN), **kw)  # type: ignore[arg-type]

    h = hotline_figures([
        call(date(2024, 11, 14)),  # the day before
        call(date(2024, 11, 15), age=13, referral_given=True, partner="B"),
        call(date(2024, 12, 31), age_band="18-24", referral_given=True, partner="A",
             exploitation=("sexual", "labour")),
        call(date(2025, 2, 10), age=70, referral_given=True, partner="B", anonymous=True,
             caller=CallerType.POSSIBLE_VICTIM, channel=Channel.WALK_IN),
        call(date(2025, 2, 10), referral_given=True),  # someone not in the registry
    ], period)  # fmt: skip
    assert h.per_month == (("2024-11", 1), ("2024-12", 1), ("2025-01", 0), ("2025-02", 2))
    assert h.by_age_band == {"0-13": 1, "14-17": 0, "18-24": 1, "25-34": 0, "35-49": 0, "50+": 1,
                             "": 1}  # fmt: skip
    assert h.referrals_by_partner == {"B": 2, "A": 1, "": 1}
    assert h.by_exploitation == {"labour": 1, "sexual": 1}
    assert (h.possible_victims, h.anonymous, h.by_channel["walk-in"]) == (1, 4, 1)


def test_missing_persons_abroad_and_answers() -> None:
    s = [
        SearchFacts(date(2024, 1, 1), last_seen_country=" Србија "),
        SearchFacts(date(2024, 1, 1), last_seen_country="SERBIA", believed_country="srbija"),
        SearchFacts(date(2024, 1, 1), believed_country="Crna Gora"),
        SearchFacts(date(2024, 1, 1), date(2024, 1, 3), SearchOutcome.FOUND_ALIVE),
        SearchFacts(date(2023, 1, 1), date(2024, 1, 6), SearchOutcome.NONE),  # no outcome recorded
    ]
    q = [
        InquiryFacts(date(2024, 5, 5), InquiryAnswer.NO_INFORMATION),
        InquiryFacts(date(2025, 1, 1)),
    ]
    m = missing_figures(s, q, Y)
    assert (m.opened, m.cross_border, m.closed, m.open_at_year_end) == (4, 1, 2, 3)
    assert m.days_to_close == (2, 370) and m.days_to_close_median == 186.0
    assert m.by_outcome[""] == 1 and m.by_outcome["found-alive"] == 1
    assert (m.partners_asked, m.partners_answered, m.answers["no-information"]) == (1, 1, 1)
    assert "" not in m.answers


def test_csv_is_one_long_table_with_codes() -> None:
    result = figures([trial("K-2024-001", hearings=(hearing(date(2024, 3, 1), S.POSTPONED),))],
                     [], [], [], Y, Filters(TrialScope.CLIENTS, "Viši sud u Nišu"), date(2025, 1, 2))  # fmt: skip
    table = list(csv.reader(io.StringIO(to_csv(result))))
    assert table[0] == ["section", "measure", "category", "value"]
    cells = {tuple(r[:3]): r[3] for r in table[1:]}
    assert len(cells) == len(table) - 1  # no (section, measure, category) twice
    assert cells["report", "year", ""] == "2024"
    assert cells["report", "filter_trials", ""] == "clients"
    assert cells["report", "filter_court", ""] == "Viši sud u Nišu"
    assert cells["trials", "duration_median_days", ""] == ""  # None
    assert cells["trials", "postponed_by", ""] == "1"  # cause not recorded
    assert cells["appearances", "postponed", "K-2024-001"] == "1"
    assert cells["appearances", "monitored", "K-2024-001"] == "0"
    assert {r[0] for r in table[1:]} == {"report", "trials", "outcomes", "appearances", "hotline",
                                         "missing"}  # fmt: skip


@settings(max_examples=40, deadline=None)
@given(st.lists(st.tuples(st.integers(0, 400), st.sampled_from(list(S))), max_size=25))
def test_the_months_add_up_to_the_year(days: list[tuple[int, S]]) -> None:
    """Hearings count in the period they were held: twelve months hold exactly the year's."""
    hearings = tuple(hearing(date(2023, 12, 1) + timedelta(days=n), status) for n, status in days)
    t = trial(opened=date(2023, 1, 1), hearings=hearings)
    year = trial_figures([t], Y, ALL)
    months = [
        trial_figures([t], Period(date(2024, m, 1), (date(2024, m, 28) + timedelta(days=4)).replace(day=1) - timedelta(days=1)), ALL)
        for m in range(1, 13)
    ]  # fmt: skip
    for name in ("hearings_scheduled", "hearings_held", "hearings_postponed", "victim_appearances"):
        assert sum(getattr(f, name) for f in months) == getattr(year, name)
    assert sum(sum(f.postponed_by.values()) for f in months) == year.hearings_postponed
