"""The annual report's figures, as plain values: what the Statistics section shows, the annual PDF
prints and the CSV carries — one set of numbers for all three.

Codes only, never names: a trial is labelled by its case code (a client's proceeding) or by its
court and court number (a monitored trial, public in court); the people in it are counts. Every
tally is keyed by the stored value (a PostponedBy, Channel, SearchOutcome … value), so the figures
are the same whatever language they are shown in; "" keys a value that was not recorded.

How the period is read (a year in the report; any stretch of days in the Statistics section) (core.annual computes these; the rules are its docstring's):
- a trial is *followed* in the year when it was open at some point of it (opened on or before
  its last day, not decided before its first); hearings count in the period they were held;
- outcomes, sentences, plea agreements, compensation and durations count when the verdict falls in the period;
- the per-trial appearance table covers the whole trial up to the period's last day (the 27-vs-10
  comparison is a whole-trial figure);
- hotline calls count when taken; missing-person searches when opened, closures when closed.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from enum import StrEnum

from astra_desktop.core.monitoring import YearFigures

Tally = dict[str, int]  # stored value -> count, in the order the report shows them


@dataclass(frozen=True)
class TrialAppearances:
    """One trial's whole record of who came, up to the end of the year."""

    label: str  # case code, or "court · court number" for a monitored trial
    monitored: bool  # a monitored trial, no client of ours in it
    hearings: int  # scheduled (cancelled ones aside)
    held: int
    postponed: int
    victim_appeared: int  # the injured parties together: hearings at least one of them came to
    victim_summoned: int
    victim_testified: int
    defendants: int
    defendant_appeared_most: int  # the defendant who came most often
    defendant_appeared_least: int  # the defendant who came least often


@dataclass
class TrialFiguresYear:
    followed: int = 0  # trials open at some point of the year
    monitored_without_client: int = 0  # of them, monitored trials
    opened: int = 0  # opened in the year
    decided: int = 0  # first-instance verdict in the year
    pending_at_year_end: int = 0
    hearings_scheduled: int = 0  # hearings dated in the year, cancelled ones aside
    hearings_held: int = 0
    hearings_postponed: int = 0
    hearings_per_trial_median: float | None = None  # over trials with a hearing in the year
    postponed_by: Tally = field(default_factory=dict)  # PostponedBy value ("": not recorded)
    victim_appearances: int = 0  # over hearings in the year
    defendant_appearances: int = 0  # every defendant's, added up, over hearings in the year
    victim_summoned: int = 0
    victim_testified: int = 0
    # days from opening to first-instance verdict, over trials decided in the year with both dates
    duration_days: tuple[int, ...] = ()
    duration_median_days: float | None = None
    pending_age_median_days: float | None = None  # trials pending on 31 December, since opening
    outcomes: YearFigures | None = None  # core.monitoring's verdict-year figures
    # convictions under Art. 388 with a sentence in months, against the paragraph's statutory
    # minimum (core.requalification.MINIMUM_MONTHS_388): "below", "at", "above", "unknown"
    sentence_vs_minimum: Tally = field(default_factory=dict)
    appearances: tuple[TrialAppearances, ...] = ()


@dataclass
class HotlineFiguresYear:
    calls: int = 0
    minutes: int = 0
    anonymous: int = 0
    urgent: int = 0
    possible_victims: int = 0  # caller type victim, anonymous ones included
    per_month: tuple[tuple[str, int], ...] = ()  # ("2025-01", calls), every month of the period
    by_channel: Tally = field(default_factory=dict)  # Channel value
    by_topic: Tally = field(default_factory=dict)  # CallTopic value
    by_caller: Tally = field(default_factory=dict)  # CallerType value
    by_outcome: Tally = field(default_factory=dict)  # CaseLink value ("none": no case)
    by_exploitation: Tally = field(default_factory=dict)  # ExploitationType value
    by_age_band: Tally = field(default_factory=dict)  # core.hotline.AGE_BANDS, "" unknown
    referrals: int = 0  # calls with a referral given
    referrals_by_partner: Tally = field(default_factory=dict)  # partner NAME (an organisation)
    follow_ups: int = 0
    follow_ups_done: int = 0


@dataclass
class MissingFiguresYear:
    opened: int = 0
    minors: int = 0  # of those opened
    police_reported: int = 0  # of those opened
    cross_border: int = 0  # of those opened: last seen or believed abroad
    closed: int = 0  # closed (found or given up) in the year
    by_outcome: Tally = field(default_factory=dict)  # SearchOutcome value, of those closed
    open_at_year_end: int = 0
    days_to_close: tuple[int, ...] = ()  # of those closed in the year
    days_to_close_median: float | None = None
    partners_asked: int = 0  # inquiries sent in the year
    partners_answered: int = 0  # of them, answered
    answers: Tally = field(default_factory=dict)  # InquiryAnswer value


class TrialScope(StrEnum):
    ALL = "all"
    CLIENTS = "clients"  # proceedings of our clients' cases
    MONITORED = "monitored"  # monitored trials, no client of ours in them


@dataclass(frozen=True)
class Period:
    """A stretch of days, both ends included; the annual report's is one calendar year."""

    start: date
    end: date

    @classmethod
    def year(cls, year: int) -> Period:
        return cls(date(year, 1, 1), date(year, 12, 31))

    @property
    def whole_year(self) -> int | None:
        """The year, when the period is exactly one calendar year."""
        if self == Period.year(self.start.year):
            return self.start.year
        return None


@dataclass(frozen=True)
class Filters:
    """What the Statistics section narrows the trial figures to ("" court: every court)."""

    trials: TrialScope = TrialScope.ALL
    court: str = ""


@dataclass
class AnnualFigures:
    period: Period
    made_on: date
    trials: TrialFiguresYear
    hotline: HotlineFiguresYear
    missing: MissingFiguresYear
    filters: Filters = Filters()
