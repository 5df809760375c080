"""The annual report's and the Statistics section's figures, from plain facts. Pure Python.

How a period is read (core.annual_figures states it for the readers of the figures):
- a trial is *followed* when it was open at some point of the period: opened on or before its
  last day and not decided before its first. A trial whose opening day was not recorded is taken
  as opened on its first hearing, else on the day it was entered in the vault;
- hearings count in the period they were held (cancelled ones never); the injured parties count
  together, per hearing: a hearing counts once for "victim appeared" however many came;
- outcomes, sentences against the statutory minimum, plea agreements, compensation and durations
  count when the first-instance verdict falls in the period; a trial is pending at the period's
  end when it was opened by then and its verdict came later or not yet;
- the per-trial appearance table covers the whole trial up to the period's last day;
- hotline calls count on the day taken; searches when opened, closures when closed, partners'
  inquiries when asked.
The filters (trial scope and court) narrow the trial figures only.
"""

from __future__ import annotations

import statistics
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date

from astra_desktop.core.annual_figures import (
    AnnualFigures,
    Filters,
    HotlineFiguresYear,
    MissingFiguresYear,
    Period,
    Tally,
    TrialAppearances,
    TrialFiguresYear,
    TrialScope,
)
from astra_desktop.core.appointments import AppointmentStatus
from astra_desktop.core.attendance import HearingRecord, attendance_stats
from astra_desktop.core.court import Charge, Party, PostponedBy, Proceeding, Verdict
from astra_desktop.core.hotline import AGE_BANDS, CallerType, CallTopic, CaseLink, Channel, age_band
from astra_desktop.core.missing import InquiryAnswer, SearchOutcome
from astra_desktop.core.monitoring import Monitored, year_figures
from astra_desktop.core.requalification import (
    MINIMUM_MONTHS_388,
    ConvictionKind,
    conviction_kind,
    paragraph_of,
)
from astra_desktop.errors import ValidationError

SENTENCE_BANDS = ("below", "at", "above", "unknown")
PERIOD_BACKWARDS = (
    "The period ends before it starts. Choose an end date on or after the start date."
)
NO_CASE = "none"  # by_outcome's key for a call that reached no case
# How Serbia is written in a country field; anything else recorded is abroad.
_SERBIA = frozenset({"serbia", "srbija", "србија", "rs", "srb", "republika srbija",
                     "република србија", "republic of serbia"})  # fmt: skip


# --- the facts ---------------------------------------------------------------------------------------
@dataclass(frozen=True)
class TrialFacts:
    """A client's proceeding or a monitored trial, as the figures need it. `proceeding` carries
    the court, the opening, the verdict and what follows from it (a monitored trial's
    as_proceeding()); hearings are dated by their start."""

    label: str  # case code, or "court · court number"
    monitored: bool
    proceeding: Proceeding
    charges: tuple[Charge, ...] = ()
    defendant_ids: tuple[str, ...] = ()
    hearings: tuple[HearingRecord, ...] = ()
    entered_on: date | None = None  # when it was recorded: the opening's last fallback

    @property
    def court(self) -> str:
        return self.proceeding.court.strip()

    @property
    def opened_on(self) -> date | None:
        return self.proceeding.opened_on

    @property
    def decided_on(self) -> date | None:
        """The first-instance verdict's day (None while pending, or when not recorded)."""
        p = self.proceeding
        if p.verdict is Verdict.PENDING:
            return None
        return p.verdict_on or p.first_instance_ended_on

    @property
    def started_on(self) -> date | None:
        """The opening, or the first hearing, or the day it was entered."""
        if self.opened_on is not None:
            return self.opened_on
        days = [_day(h) for h in self.hearings if h.starts_at is not None]
        return min((d for d in days if d is not None), default=None) or self.entered_on


@dataclass(frozen=True, slots=True)
class CallFacts:
    occurred_on: date
    topic: CallTopic
    caller_type: CallerType
    channel: Channel = Channel.PHONE
    anonymous: bool = True
    urgent: bool = False
    duration_minutes: int = 0
    case_link: CaseLink = CaseLink.NONE
    exploitation: tuple[str, ...] = ()  # ExploitationType values
    age: int | None = None
    age_band: str = ""
    referral_given: bool = False
    partner: str = ""  # the registry partner's name; "" when none or not in the registry
    follow_up: bool = False
    follow_up_done: bool = False


@dataclass(frozen=True, slots=True)
class SearchFacts:
    opened_on: date
    closed_on: date | None = None
    outcome: SearchOutcome = SearchOutcome.NONE
    minor: bool = False
    police_reported: bool = False
    last_seen_country: str = ""
    believed_country: str = ""

    @property
    def cross_border(self) -> bool:
        return any(_abroad(c) for c in (self.last_seen_country, self.believed_country))


@dataclass(frozen=True, slots=True)
class InquiryFacts:
    asked_on: date
    answer: InquiryAnswer = InquiryAnswer.PENDING


# --- helpers -----------------------------------------------------------------------------------------
def _abroad(country: str) -> bool:
    name = " ".join(country.split()).casefold()
    return bool(name) and name not in _SERBIA


def _day(h: HearingRecord) -> date | None:
    return h.starts_at.date() if h.starts_at is not None else None


def _inside(day: date | None, period: Period) -> bool:
    return day is not None and period.start <= day <= period.end


def _not_after(day: date | None, until: date) -> bool:
    return day is None or day <= until


def _median(values: Sequence[int]) -> float | None:
    return float(statistics.median(values)) if values else None


def _tally(order: Iterable[str], counted: dict[str, int]) -> Tally:
    """Every known value in its order (zeros kept), then any other value seen, "" last."""
    out = {key: counted.get(key, 0) for key in order if key}
    for key in sorted(k for k in counted if k not in out and k):
        out[key] = counted[key]
    if counted.get(""):
        out[""] = counted[""]
    return out


def _add(counted: dict[str, int], key: str, n: int = 1) -> None:
    counted[key] = counted.get(key, 0) + n


# --- trials ------------------------------------------------------------------------------------------
def _followed(t: TrialFacts, period: Period) -> bool:
    started, decided = t.started_on, t.decided_on
    if started is None or started > period.end:
        return False
    if t.proceeding.verdict is Verdict.PENDING:
        return True
    return decided is not None and decided >= period.start


def _pending_at_end(t: TrialFacts, period: Period) -> bool:
    if t.proceeding.verdict is Verdict.PENDING:
        return True
    decided = t.decided_on
    return decided is not None and decided > period.end


def _in_scope(t: TrialFacts, filters: Filters) -> bool:
    if filters.trials is TrialScope.CLIENTS and t.monitored:
        return False
    if filters.trials is TrialScope.MONITORED and not t.monitored:
        return False
    return not filters.court or t.court == filters.court.strip()


def _presence(h: HearingRecord, defendants: dict[str, int]) -> tuple[bool, bool, bool]:
    """Whether any injured party came, was summoned, testified; adds the defendants' appearances."""
    came = summoned = testified = False
    for a in h.attendance:
        if a.party is Party.VICTIM:
            came, summoned = came or a.present, summoned or bool(a.summoned)
            testified = testified or a.testified
        elif a.party is Party.DEFENDANT and a.present and a.defendant_id:
            _add(defendants, a.defendant_id)
    return came, summoned, testified


def appearances(t: TrialFacts, until: date) -> TrialAppearances:
    """The trial's whole record of who came, up to `until`."""
    counted = [h for h in t.hearings
               if h.status is not AppointmentStatus.CANCELLED and _not_after(_day(h), until)]  # fmt: skip
    defendants = {d: 0 for d in t.defendant_ids}
    came = summoned = testified = 0
    for h in counted:
        c, s, w = _presence(h, defendants)
        came, summoned, testified = came + c, summoned + s, testified + w
    each = [defendants[d] for d in t.defendant_ids] or [0]
    return TrialAppearances(
        t.label, t.monitored, len(counted),
        sum(h.status is AppointmentStatus.HELD for h in counted),
        sum(h.status is AppointmentStatus.POSTPONED for h in counted),
        came, summoned, testified, len(t.defendant_ids), max(each), min(each),
    )  # fmt: skip


def _sentence_band(p: Proceeding, charges: Sequence[Charge]) -> str | None:
    """below / at / above the statutory minimum of the Art. 388 paragraph convicted under,
    "unknown" when the paragraph (or its minimum) is not known; None when not counted."""
    if p.verdict is not Verdict.CONVICTED or p.sentence_months is None:
        return None
    kind = conviction_kind(p.convicted_article, p.convicted_paragraph, charges)
    if kind not in (ConvictionKind.TRAFFICKING, ConvictionKind.DOWNGRADED):
        return None
    minimum = MINIMUM_MONTHS_388.get(paragraph_of(p.convicted_article, p.convicted_paragraph))
    if minimum is None:
        return "unknown"
    if p.sentence_months < minimum:
        return "below"
    return "at" if p.sentence_months == minimum else "above"


def trial_figures(
    trials: Iterable[TrialFacts], period: Period, filters: Filters
) -> TrialFiguresYear:
    f = TrialFiguresYear()
    followed = [t for t in trials if _in_scope(t, filters) and _followed(t, period)]
    followed.sort(key=lambda t: t.label)
    per_trial: list[int] = []
    postponed_by: dict[str, int] = {}
    durations: list[int] = []
    pending_ages: list[int] = []
    decided: list[Monitored] = []
    bands: dict[str, int] = {}
    for t in followed:
        f.followed += 1
        f.monitored_without_client += t.monitored
        f.opened += _inside(t.opened_on, period)
        in_period = [h for h in t.hearings if _inside(_day(h), period)]
        stats = attendance_stats(in_period, t.defendant_ids)
        f.hearings_scheduled += stats.scheduled
        f.hearings_held += stats.held
        f.hearings_postponed += stats.postponed
        for cause, n in stats.postponed_by.items():
            _add(postponed_by, cause, n)
        if stats.scheduled:
            per_trial.append(stats.scheduled)
        defendants: dict[str, int] = {}
        for h in in_period:
            if h.status is AppointmentStatus.CANCELLED:
                continue
            came, summoned, testified = _presence(h, defendants)
            f.victim_appearances += came
            f.victim_summoned += summoned
            f.victim_testified += testified
        f.defendant_appearances += sum(defendants.values())
        if _inside(t.decided_on, period):
            f.decided += 1
            decided.append(Monitored(t.proceeding, t.charges, without_client=t.monitored))
            if t.opened_on is not None and t.decided_on is not None:
                durations.append((t.decided_on - t.opened_on).days)
            band = _sentence_band(t.proceeding, t.charges)
            if band is not None:
                _add(bands, band)
        elif _pending_at_end(t, period):
            f.pending_at_year_end += 1
            if t.opened_on is not None:
                pending_ages.append((period.end - t.opened_on).days)
        f.appearances += (appearances(t, period.end),)
    f.hearings_per_trial_median = _median(per_trial)
    f.postponed_by = _tally((p.value for p in PostponedBy), postponed_by)
    f.duration_days = tuple(durations)
    f.duration_median_days = _median(durations)
    f.pending_age_median_days = _median(pending_ages)
    f.outcomes = year_figures(period.whole_year, decided)
    f.sentence_vs_minimum = _tally(SENTENCE_BANDS, bands)
    return f


# --- hotline -----------------------------------------------------------------------------------------
def _months(period: Period) -> list[str]:
    out, (y, m) = [], (period.start.year, period.start.month)
    while (y, m) <= (period.end.year, period.end.month):
        out.append(f"{y}-{m:02d}")
        y, m = (y + 1, 1) if m == 12 else (y, m + 1)
    return out


@dataclass
class _Counts:
    by: dict[str, dict[str, int]] = field(default_factory=dict)

    def add(self, measure: str, key: str) -> None:
        _add(self.by.setdefault(measure, {}), key)

    def get(self, measure: str) -> dict[str, int]:
        return self.by.get(measure, {})


def hotline_figures(calls: Iterable[CallFacts], period: Period) -> HotlineFiguresYear:
    f = HotlineFiguresYear()
    months = {m: 0 for m in _months(period)}
    c = _Counts()
    for call in calls:
        if not _inside(call.occurred_on, period):
            continue
        f.calls += 1
        f.minutes += call.duration_minutes
        f.anonymous += call.anonymous
        f.urgent += call.urgent
        f.possible_victims += call.caller_type is CallerType.POSSIBLE_VICTIM
        months[f"{call.occurred_on.year}-{call.occurred_on.month:02d}"] += 1
        c.add("channel", call.channel.value)
        c.add("topic", call.topic.value)
        c.add("caller", call.caller_type.value)
        c.add("outcome", call.case_link.value or NO_CASE)
        for kind in call.exploitation:
            c.add("exploitation", kind)
        band = age_band(call.age) if call.age is not None else call.age_band
        c.add("age", band)
        if call.referral_given:
            f.referrals += 1
            c.add("partner", call.partner)
        f.follow_ups += call.follow_up
        f.follow_ups_done += call.follow_up and call.follow_up_done
    f.per_month = tuple(months.items())
    f.by_channel = _tally((x.value for x in Channel), c.get("channel"))
    f.by_topic = _tally((x.value for x in CallTopic), c.get("topic"))
    f.by_caller = _tally(dict.fromkeys(x.value for x in CallerType), c.get("caller"))
    f.by_outcome = _tally([NO_CASE] + [x.value for x in CaseLink if x.value], c.get("outcome"))
    f.by_exploitation = _tally((), c.get("exploitation"))
    f.by_age_band = _tally(AGE_BANDS, c.get("age"))
    partners = c.get("partner")
    named = sorted((k for k in partners if k), key=lambda k: (-partners[k], k))
    f.referrals_by_partner = {k: partners[k] for k in named}
    if partners.get(""):
        f.referrals_by_partner[""] = partners[""]
    return f


# --- missing persons ---------------------------------------------------------------------------------
def missing_figures(
    searches: Iterable[SearchFacts], inquiries: Iterable[InquiryFacts], period: Period
) -> MissingFiguresYear:
    f = MissingFiguresYear()
    outcomes: dict[str, int] = {}
    days: list[int] = []
    for s in searches:
        if _inside(s.opened_on, period):
            f.opened += 1
            f.minors += s.minor
            f.police_reported += s.police_reported
            f.cross_border += s.cross_border
        if _inside(s.closed_on, period) and s.closed_on is not None:
            f.closed += 1
            _add(outcomes, s.outcome.value)
            days.append((s.closed_on - s.opened_on).days)
        if s.opened_on <= period.end and (s.closed_on is None or s.closed_on > period.end):
            f.open_at_year_end += 1
    answers: dict[str, int] = {}
    for q in inquiries:
        if not _inside(q.asked_on, period):
            continue
        f.partners_asked += 1
        f.partners_answered += q.answer is not InquiryAnswer.PENDING
        _add(answers, q.answer.value)
    f.by_outcome = _tally((o.value for o in SearchOutcome), outcomes)
    f.days_to_close = tuple(days)
    f.days_to_close_median = _median(days)
    f.answers = _tally((a.value for a in InquiryAnswer), answers)
    return f


# --- all together ------------------------------------------------------------------------------------
def figures(
    trials: Iterable[TrialFacts],
    calls: Iterable[CallFacts],
    searches: Iterable[SearchFacts],
    inquiries: Iterable[InquiryFacts],
    period: Period,
    filters: Filters,
    made_on: date,
) -> AnnualFigures:
    """The period's figures; `filters` narrows the trials only."""
    if period.end < period.start:
        raise ValidationError("period", PERIOD_BACKWARDS)
    return AnnualFigures(
        period, made_on, trial_figures(trials, period, filters), hotline_figures(calls, period),
        missing_figures(searches, inquiries, period), filters,
    )  # fmt: skip
