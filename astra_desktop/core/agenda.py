"""What the agenda is asked (an `AgendaQuery`), the month view's days and the planned hearings of
monitored trials: plain values that the GUI builds, services check and storage/agenda.py turns
into SQL."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta
from enum import StrEnum

from astra_desktop.core.appointments import AgendaRow, week_start
from astra_desktop.core.court import HearingKind


class Period(StrEnum):
    TODAY = "today"
    WEEK = "week"  # the rest of this week, Monday to Sunday
    UPCOMING = "upcoming"  # from now on
    OUTCOMES_DUE = "outcomes-due"  # planned appointments that have ended
    RANGE = "range"


@dataclass(frozen=True)
class AgendaQuery:
    period: Period = Period.TODAY
    mine: bool = False
    case_id: str | None = None
    start: datetime | None = None  # for Period.RANGE
    end: datetime | None = None
    include_cancelled: bool = True


def bounds(query: AgendaQuery, now: datetime) -> tuple[datetime | None, datetime | None]:
    """The times [start, end) a query's period covers at `now` (None: open-ended)."""
    today = datetime.combine(now.date(), datetime.min.time())
    if query.period is Period.TODAY:
        return today, today + timedelta(days=1)
    if query.period is Period.WEEK:
        monday = datetime.combine(week_start(now.date()), datetime.min.time())
        return today, monday + timedelta(days=7)
    if query.period is Period.UPCOMING:
        return now, None
    return query.start, query.end


@dataclass(frozen=True)
class MonthDay:
    day: date
    rows: tuple[AgendaRow, ...]  # the first few, in time order
    total: int  # how many that day altogether


def month_grid(year: int, month: int) -> tuple[date, date]:
    """The six full weeks (Monday first) a month view shows: first day and the day after."""
    first = week_start(date(year, month, 1))
    return first, first + timedelta(days=42)


@dataclass(frozen=True)
class TrialAgendaRow:
    """A planned hearing of a trial monitored without a client of ours: shown by court and
    number, never by a case (it has none). Monitored hearings carry a day, not a time."""

    hearing_id: str
    trial_id: str
    day: date
    kind: HearingKind
    court: str
    court_case_number: str

    @property
    def title(self) -> str:
        """ "Viši sud u Beogradu · K 12/24", as the trial's own title reads."""
        return " · ".join(p for p in (self.court, self.court_case_number) if p) or "—"


def trial_days(query: AgendaQuery, now: datetime) -> tuple[date | None, date | None]:
    """The days [first, after) whose planned monitored hearings a query shows: its period's
    days; for outcomes to record, the days before today (a hearing still "planned" then)."""
    if query.period is Period.OUTCOMES_DUE:
        return None, now.date()
    start, end = bounds(query, now)
    first = start.date() if start is not None else None
    if end is None:
        return first, None
    after = end.date() if end.time() == datetime.min.time() else end.date() + timedelta(days=1)
    return first, after
