"""What is coming up: the agenda (today, this week, outcomes still to record), the month view,
"my appointments" and a case's own list. SQL filters and sorts; lists return ids first and rows
by the page, so a vault of 100,000 appointments opens as fast as the bare query.

Rows carry case codes; the client's name only where the caller asks for names.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from enum import StrEnum
from typing import Any

from astra_desktop.core.appointments import (
    AgendaRow,
    AppointmentKind,
    AppointmentStatus,
    Clock,
    local_now,
    week_start,
)
from astra_desktop.core.roles import Permission
from astra_desktop.services.access import require_case, visible_cases_clause
from astra_desktop.services.session import Session


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


def _bounds(query: AgendaQuery, now: datetime) -> tuple[datetime | None, datetime | None]:
    today = datetime.combine(now.date(), datetime.min.time())
    if query.period is Period.TODAY:
        return today, today + timedelta(days=1)
    if query.period is Period.WEEK:
        monday = datetime.combine(week_start(now.date()), datetime.min.time())
        return today, monday + timedelta(days=7)
    if query.period is Period.UPCOMING:
        return now, None
    return query.start, query.end


def _where(session: Session, query: AgendaQuery, now: datetime) -> tuple[str, list[object], str]:
    clause, vis = visible_cases_clause(session)
    where, params = [clause], list(vis)
    order = "a.starts_at, a.id"
    if query.period is Period.OUTCOMES_DUE:
        where.append("a.status = 'planned' AND a.ends_at <= ?")
        params.append(now.isoformat())
        order = "a.ends_at DESC, a.id"
    else:
        start, end = _bounds(query, now)
        if start is not None:
            where.append("a.starts_at >= ?")
            params.append(start.isoformat())
        if end is not None:
            where.append("a.starts_at < ?")
            params.append(end.isoformat())
        if not query.include_cancelled:
            where.append("a.status <> 'cancelled'")
    if query.mine:
        where.append("a.id IN (SELECT appointment_id FROM appointment_workers WHERE user_id = ?)")
        params.append(session.actor.user_id)
    if query.case_id:
        where.append("a.case_id = ?")
        params.append(query.case_id)
    return " AND ".join(where), params, order


def ids_sql(
    session: Session, query: AgendaQuery, clock: Clock | None = None
) -> tuple[str, list[object]]:
    """The SQL (and parameters) behind `ids`: the benchmark runs it raw to compare."""
    where, params, order = _where(session, query, local_now(clock))
    sql = (
        "SELECT a.id FROM appointments a JOIN cases ON cases.id = a.case_id "
        f"WHERE {where} ORDER BY {order}"
    )
    return sql, params


def ids(session: Session, query: AgendaQuery, clock: Clock | None = None) -> list[str]:
    """Every matching appointment id, in display order (ids only: cheap for any size)."""
    session.require(Permission.READ_CASES)
    if query.case_id:
        require_case(session, query.case_id, Permission.READ_CASES)
    sql, params = ids_sql(session, query, clock)
    return [r[0] for r in session.db.execute(sql, params)]


_ROW_COLUMNS = (
    "a.id, a.case_id, cases.case_code, a.kind, a.starts_at, a.ends_at, a.status, a.place, "
    "EXISTS (SELECT 1 FROM hearings h WHERE h.appointment_id = a.id)"
)


_KINDS = {k.value: k for k in AppointmentKind}  # a dict lookup is several times faster than
_STATUSES = {s.value: s for s in AppointmentStatus}  # calling the enum, and lists build many rows
_parse = datetime.fromisoformat


def _row(r: tuple[Any, ...], name: str = "") -> AgendaRow:
    return AgendaRow(
        r[0], r[1], r[2], _KINDS[r[3]], _parse(r[4]), _parse(r[5]), _STATUSES[r[6]], r[7],
        bool(r[8]), name,
    )  # fmt: skip


def rows_sql(
    session: Session, appointment_ids: list[str], names: bool = False
) -> tuple[str, list[object]]:
    """The SQL (and parameters) behind `rows_for`: the benchmark runs it raw to compare."""
    clause, vis = visible_cases_clause(session)
    marks = ", ".join("?" for _ in appointment_ids)
    name_cols = ", clients.given_name, clients.family_name" if names else ""
    join = " JOIN clients ON clients.id = cases.client_id" if names else ""
    sql = (
        f"SELECT {_ROW_COLUMNS}{name_cols} FROM appointments a "
        f"JOIN cases ON cases.id = a.case_id{join} WHERE a.id IN ({marks}) AND {clause}"
    )
    return sql, [*appointment_ids, *vis]


def rows_for(session: Session, appointment_ids: list[str], names: bool = False) -> list[AgendaRow]:
    """The rows for a page of ids, in the order given (ids no longer visible are left out)."""
    if not appointment_ids:
        return []
    sql, params = rows_sql(session, appointment_ids, names)
    found = {}
    for r in session.db.execute(sql, params):
        name = f"{r[9]} {r[10]}".strip() if names else ""
        found[r[0]] = _row(r, name)
    return [found[i] for i in appointment_ids if i in found]


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
    where, params, _ = _where(
        session, AgendaQuery(Period.OUTCOMES_DUE, mine=mine), local_now(clock)
    )
    sql = f"SELECT count(*) FROM appointments a JOIN cases ON cases.id = a.case_id WHERE {where}"
    return int(session.db.execute(sql, params).fetchone()[0])


# --- the month view --------------------------------------------------------------------------------
@dataclass(frozen=True)
class MonthDay:
    day: date
    rows: tuple[AgendaRow, ...]  # the first few, in time order
    total: int  # how many that day altogether


def month_grid(year: int, month: int) -> tuple[date, date]:
    """The six full weeks (Monday first) a month view shows: first day and the day after."""
    first = week_start(date(year, month, 1))
    return first, first + timedelta(days=42)


def month_sql(
    session: Session, year: int, month: int, mine: bool, per_day: int
) -> tuple[str, list[object]]:
    """The SQL behind `month`: for each of the 42 days, its first `per_day` appointments and the
    day's count, each an index range probe; only ~170 rows leave SQLite whatever the vault's size
    (a window function over the whole month cost more than the rest of the query)."""
    first, after = month_grid(year, month)
    clause, vis = visible_cases_clause(session)
    me: list[object] = [session.actor.user_id] if mine else []
    mine_sql = " AND {0}.id IN (SELECT appointment_id FROM appointment_workers WHERE user_id = ?)"
    day = (
        "{0}.starts_at >= days.d AND {0}.starts_at < date(days.d, '+1 day') "
        f"AND {{0}}.status <> 'cancelled' AND {clause}" + (mine_sql if mine else "")
    )
    sql = (
        "WITH RECURSIVE days(d) AS (SELECT ? UNION ALL SELECT date(d, '+1 day') FROM days "
        "WHERE d < ?) "
        f"SELECT {_ROW_COLUMNS}, (SELECT count(*) FROM appointments c "
        f"JOIN cases ON cases.id = c.case_id WHERE {day.format('c')}) "
        "FROM days JOIN appointments a ON a.id IN (SELECT b.id FROM appointments b "
        f"JOIN cases ON cases.id = b.case_id WHERE {day.format('b')} "
        "ORDER BY b.starts_at, b.id LIMIT ?) JOIN cases ON cases.id = a.case_id "
        "ORDER BY a.starts_at, a.id"
    )
    last = after - timedelta(days=1)
    params: list[object] = [first.isoformat(), last.isoformat(), *vis, *me, *vis, *me, per_day]
    return sql, params


def month(
    session: Session, year: int, month: int, mine: bool = False, per_day: int = 4
) -> dict[date, MonthDay]:
    """Every day of the month grid that has appointments (cancelled ones left out)."""
    session.require(Permission.READ_CASES)
    sql, params = month_sql(session, year, month, mine, per_day)
    by_day: dict[date, list[AgendaRow]] = defaultdict(list)
    totals: dict[date, int] = {}
    for r in session.db.execute(sql, params):
        row = _row(r)
        day = row.starts_at.date()
        by_day[day].append(row)
        totals[day] = r[9]
    return {d: MonthDay(d, tuple(found), totals[d]) for d, found in by_day.items()}
