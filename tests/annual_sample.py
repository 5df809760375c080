"""Test helper (not tests): an AnnualFigures built by hand, every number known, for the annual
report's PDF tests and its sample rendering."""

from __future__ import annotations

from datetime import date

from astra_desktop.core.annual_figures import (
    AnnualFigures,
    Filters,
    HotlineFiguresYear,
    MissingFiguresYear,
    Period,
    TrialAppearances,
    TrialFiguresYear,
)
from astra_desktop.core.monitoring import YearFigures

CHILD_CASE = "AST-2025-0007"  # the child who came 27 times while the defendants came 10
MONITORED = "Viši sud u Beogradu · K 45/24"
PARTNER = "Centar za socijalni rad Novi Sad"


def figures(year: int = 2025) -> AnnualFigures:
    trials = TrialFiguresYear(
        followed=5, monitored_without_client=2, opened=2, decided=4, pending_at_year_end=1,
        hearings_scheduled=41, hearings_held=28, hearings_postponed=13,
        hearings_per_trial_median=8.5,
        postponed_by={"defence": 7, "court": 3, "victim": 1, "": 2},
        victim_appearances=31, defendant_appearances=44, victim_summoned=36, victim_testified=6,
        duration_days=(300, 441, 700, 1250), duration_median_days=570.5,
        pending_age_median_days=912.0,
        outcomes=YearFigures(
            year, verdicts=4, monitored_without_client=1, convictions=3,
            convictions_trafficking=2, convictions_downgraded_within_388=1,
            convictions_requalified=1, acquittals=1, charges_requalified_from_388=1,
            charges_downgraded_within_388=1, plea_agreements=1, plea_victim_informed=0,
            sentences_recorded=3, average_sentence_months=40.0, claims_filed=3,
            claims_decided_in_criminal_case=1, claims_granted=1, claims_referred_to_civil=2,
            compensation_claimed_rsd=1_500_000, compensation_awarded_cases=1,
            compensation_awarded_rsd=300_000, compensation_paid_rsd=0,
        ),
        sentence_vs_minimum={"below": 1, "at": 1},
        appearances=(
            TrialAppearances(CHILD_CASE, False, 31, 27, 4, 27, 30, 5, 2, 10, 8),
            TrialAppearances(MONITORED, True, 12, 9, 3, 9, 11, 1, 3, 9, 7),
            TrialAppearances("AST-2024-0113", False, 6, 4, 2, 3, 5, 0, 1, 4, 4),
        ),
    )  # fmt: skip
    hotline = HotlineFiguresYear(
        calls=57, minutes=742, anonymous=31, urgent=4, possible_victims=19,
        per_month=tuple((f"{year}-{m:02d}", c) for m, c in
                        zip(range(1, 13), (3, 5, 4, 6, 2, 7, 9, 4, 5, 6, 3, 3), strict=True)),
        by_channel={"phone": 40, "sms": 5, "email": 4, "social-media": 6, "walk-in": 2},
        by_topic={"job-offer-check": 20, "report-of-exploitation": 12, "request-for-help": 15,
                  "missing-person": 4, "safe-migration": 3, "other": 3},
        by_caller={"possible-victim": 19, "family-member": 14, "professional": 9, "unknown": 15},
        by_outcome={"none": 50, "converted": 5, "linked": 2},
        by_exploitation={"labour": 7, "sexual": 5, "forced-begging": 1, "": 44},
        by_age_band={"14-17": 3, "18-24": 10, "25-34": 6, "50+": 1, "": 37},
        referrals=9, referrals_by_partner={PARTNER: 5, "Atina": 4},
        follow_ups=6, follow_ups_done=4,
    )  # fmt: skip
    missing = MissingFiguresYear(
        opened=6, minors=2, police_reported=5, cross_border=3, closed=4,
        by_outcome={"found-alive": 2, "found-deceased": 1, "still-missing": 1},
        open_at_year_end=3, days_to_close=(10, 30, 45, 90), days_to_close_median=37.5,
        partners_asked=8, partners_answered=6,
        answers={"no-information": 4, "person-found": 1, "cannot-share": 1, "": 2},
    )  # fmt: skip
    return AnnualFigures(Period.year(year), date(year + 1, 1, 15), trials, hotline, missing,
                         Filters())  # fmt: skip


def empty(year: int = 2025) -> AnnualFigures:
    return AnnualFigures(Period.year(year), date(year + 1, 1, 15), TrialFiguresYear(),
                         HotlineFiguresYear(), MissingFiguresYear())  # fmt: skip
