"""What is coming up: the agenda (today, this week, outcomes still to record), the month view,
"my appointments", a case's own list, and the planned hearings of monitored trials. SQL filters and sorts (storage/agenda.py); lists return
ids first and rows by the page, so a vault of 100,000 appointments opens as fast as the bare query.

Rows carry case codes; the client's name only where the caller asks for names.
"""

from __future__ import annotations

from datetime import date, datetime

# The query types live in core/agenda.py; the GUI and the CLI import them from here too.
from astra_desktop.core.agenda import (
    AgendaQuery,
    MonthDay,
    Period,
    TrialAgendaRow,
    month_grid,
    trial_days,
)
from astra_desktop.core.appointments import AgendaRow, Clock, local_now
from astra_desktop.core.roles import Permission
from astra_desktop.services.access import require_case, visibility
from astra_desktop.services.session import Session
from astra_desktop.storage import agenda as agenda_db


def ids_sql(
    session: Session, query: AgendaQuery, clock: Clock | None = None
) -> tuple[str, list[object]]:
    """The SQL (and parameters) behind `ids`: the benchmark runs it raw to compare."""
    return agenda_db.ids_sql(visibility(session), query, local_now(clock))


def ids(session: Session, query: AgendaQuery, clock: Clock | None = None) -> list[str]:
    """Every matching appointment id, in display order (ids only: cheap for any size)."""
    session.require(Permission.READ_CASES)
    if query.case_id:
        require_case(session, query.case_id, Permission.READ_CASES)
    return agenda_db.ids(session.db, visibility(session), query, local_now(clock))


def rows_sql(
    session: Session, appointment_ids: list[str], names: bool = False
) -> tuple[str, list[object]]:
    """The SQL (and parameters) behind `rows_for`: the benchmark runs it raw to compare."""
    return agenda_db.rows_sql(visibility(session), appointment_ids, names)


def rows_for(session: Session, appointment_ids: list[str], names: bool = False) -> list[AgendaRow]:
    """The rows for a page of ids, in the order given (ids no longer visible are left out)."""
    return agenda_db.rows_for(session.db, visibility(session), appointment_ids, names)


def listing(
    session: Session, query: AgendaQuery, clock: Clock | None = None, names: bool = False
) -> list[AgendaRow]:
    """A whole (short) list at once: a day, a week, a case's appointments."""
    return rows_for(session, ids(session, query, clock), names)


def between(
    session: Session, start: datetime, end: datetime, mine: bool = False, names: bool = False
) -> list[AgendaRow]:
    query = AgendaQuery(Period.RANGE, mine=mine, start=start, end=end)
    return listing(session, query, names=names)


def outcomes_due_count(session: Session, clock: Clock | None = None, mine: bool = False) -> int:
    session.require(Permission.READ_CASES)
    query = AgendaQuery(Period.OUTCOMES_DUE, mine=mine)
    return agenda_db.outcomes_due_count(session.db, visibility(session), query, local_now(clock))


# --- the month view --------------------------------------------------------------------------------
def month_sql(
    session: Session, year: int, month: int, mine: bool, per_day: int
) -> tuple[str, list[object]]:
    """The SQL behind `month` (storage/agenda.py says how it reads)."""
    first, after = month_grid(year, month)
    return agenda_db.month_sql(visibility(session), first, after, mine, per_day)


def month(
    session: Session, year: int, month: int, mine: bool = False, per_day: int = 4
) -> dict[date, MonthDay]:
    """Every day of the month grid that has appointments (cancelled ones left out)."""
    session.require(Permission.READ_CASES)
    first, after = month_grid(year, month)
    return agenda_db.month(session.db, visibility(session), first, after, mine, per_day)


# --- monitored trials ------------------------------------------------------------------------------
def trial_hearings(
    session: Session, query: AgendaQuery, clock: Clock | None = None
) -> list[TrialAgendaRow]:
    """Planned hearings of monitored trials in the query's period. Like the trials themselves,
    whoever reads cases sees them; they are nobody's own appointment and belong to no case, so
    "only mine" and a case's own list show none."""
    session.require(Permission.READ_CASES)
    if query.mine or query.case_id:
        return []
    first, after = trial_days(query, local_now(clock))
    return agenda_db.trial_hearings(session.db, first, after)
