"""The agenda's queries: appointment ids in display order, their rows by the page, the month
view, a person's own planned appointments (reminders) and who accompanies each.

Ids first and rows by the page, so a vault of 100,000 appointments opens as fast as the bare
query. Rows carry case codes; the client's name only where the caller asks for names.
"""

from __future__ import annotations

from collections import defaultdict
from datetime import date, datetime, timedelta
from typing import Any

from astra_desktop.core.agenda import AgendaQuery, MonthDay, Period, TrialAgendaRow, bounds
from astra_desktop.core.appointments import AgendaRow, AppointmentKind, AppointmentStatus
from astra_desktop.core.court import HearingKind
from astra_desktop.core.visibility import Visibility
from astra_desktop.storage.cases import visible_clause
from astra_desktop.storage.database import Connection

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


def _where(
    visibility: Visibility, query: AgendaQuery, now: datetime
) -> tuple[str, list[object], str]:
    clause, vis = visible_clause(visibility)
    where, params = [clause], list(vis)
    order = "a.starts_at, a.id"
    if query.period is Period.OUTCOMES_DUE:
        where.append("a.status = 'planned' AND a.ends_at <= ?")
        params.append(now.isoformat())
        order = "a.ends_at DESC, a.id"
    else:
        start, end = bounds(query, now)
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
        params.append(visibility.user_id)
    if query.case_id:
        where.append("a.case_id = ?")
        params.append(query.case_id)
    return " AND ".join(where), params, order


def ids_sql(visibility: Visibility, query: AgendaQuery, now: datetime) -> tuple[str, list[object]]:
    """The SQL (and parameters) behind `ids`: the benchmark runs it raw to compare."""
    where, params, order = _where(visibility, query, now)
    sql = (
        "SELECT a.id FROM appointments a JOIN cases ON cases.id = a.case_id "
        f"WHERE {where} ORDER BY {order}"
    )
    return sql, params


def ids(conn: Connection, visibility: Visibility, query: AgendaQuery, now: datetime) -> list[str]:
    """Every matching visible appointment id, in display order."""
    sql, params = ids_sql(visibility, query, now)
    return [r[0] for r in conn.execute(sql, params)]


def rows_sql(
    visibility: Visibility, appointment_ids: list[str], names: bool = False
) -> tuple[str, list[object]]:
    """The SQL (and parameters) behind `rows_for`: the benchmark runs it raw to compare."""
    clause, vis = visible_clause(visibility)
    marks = ", ".join("?" for _ in appointment_ids)
    name_cols = ", clients.given_name, clients.family_name" if names else ""
    join = " JOIN clients ON clients.id = cases.client_id" if names else ""
    sql = (
        f"SELECT {_ROW_COLUMNS}{name_cols} FROM appointments a "
        f"JOIN cases ON cases.id = a.case_id{join} WHERE a.id IN ({marks}) AND {clause}"
    )
    return sql, [*appointment_ids, *vis]


def rows_for(
    conn: Connection, visibility: Visibility, appointment_ids: list[str], names: bool = False
) -> list[AgendaRow]:
    """The rows for a page of ids, in the order given (ids no longer visible are left out)."""
    if not appointment_ids:
        return []
    sql, params = rows_sql(visibility, appointment_ids, names)
    found = {}
    for r in conn.execute(sql, params):
        name = f"{r[9]} {r[10]}".strip() if names else ""
        found[r[0]] = _row(r, name)
    return [found[i] for i in appointment_ids if i in found]


def outcomes_due_count(
    conn: Connection, visibility: Visibility, query: AgendaQuery, now: datetime
) -> int:
    """How many appointments an OUTCOMES_DUE query finds."""
    where, params, _ = _where(visibility, query, now)
    sql = f"SELECT count(*) FROM appointments a JOIN cases ON cases.id = a.case_id WHERE {where}"
    return int(conn.execute(sql, params).fetchone()[0])


# --- the month view --------------------------------------------------------------------------------
def month_sql(
    visibility: Visibility, first: date, after: date, mine: bool, per_day: int
) -> tuple[str, list[object]]:
    """The SQL behind `month`: for each day in [first, after), its first `per_day` appointments
    and the day's count, each an index range probe; only ~170 rows leave SQLite whatever the
    vault's size (a window function over the whole month cost more than the rest of the query)."""
    clause, vis = visible_clause(visibility)
    me: list[object] = [visibility.user_id] if mine else []
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
    conn: Connection, visibility: Visibility, first: date, after: date, mine: bool, per_day: int
) -> dict[date, MonthDay]:
    """Every day in [first, after) that has appointments (cancelled ones left out)."""
    sql, params = month_sql(visibility, first, after, mine, per_day)
    by_day: dict[date, list[AgendaRow]] = defaultdict(list)
    totals: dict[date, int] = {}
    for r in conn.execute(sql, params):
        row = _row(r)
        day = row.starts_at.date()
        by_day[day].append(row)
        totals[day] = r[9]
    return {d: MonthDay(d, tuple(found), totals[d]) for d, found in by_day.items()}


# --- the person's own, for reminders ---------------------------------------------------------------
# Asked of each appointment in the time range (two primary-key lookups), so the range leads: as
# `IN (SELECT ...)` lists, SQLite read every appointment of each of the person's cases instead —
# all 62,000 cases of an administrator of a 50,000-client vault, 1.5 s per query at unlock.
_MINE = (
    "(EXISTS (SELECT 1 FROM appointment_workers w WHERE w.appointment_id = a.id AND w.user_id = ?) "
    "OR EXISTS (SELECT 1 FROM case_assignments m WHERE m.case_id = a.case_id AND m.user_id = ?))"
)


def planned_mine(
    conn: Connection, visibility: Visibility, start: datetime, end: datetime
) -> list[tuple[AgendaRow, str]]:
    """Planned appointments starting in [start, end) that `visibility.user_id` accompanies or
    whose case is assigned to them, with their own reminder settings (JSON)."""
    clause, vis = visible_clause(visibility)
    me = visibility.user_id
    sql = (
        "SELECT a.id, a.case_id, cases.case_code, a.kind, a.starts_at, a.ends_at, a.status, "
        "a.place, EXISTS (SELECT 1 FROM hearings h WHERE h.appointment_id = a.id), a.reminders "
        "FROM appointments a JOIN cases ON cases.id = a.case_id "
        f"WHERE a.starts_at >= ? AND a.starts_at < ? AND a.status = 'planned' AND {clause} "
        f"AND {_MINE} ORDER BY a.starts_at, a.id"
    )
    found = []
    for r in conn.execute(sql, (start.isoformat(), end.isoformat(), *vis, me, me)):
        row = AgendaRow(
            r[0], r[1], r[2], AppointmentKind(r[3]), datetime.fromisoformat(r[4]),
            datetime.fromisoformat(r[5]), AppointmentStatus(r[6]), r[7], bool(r[8]),
        )  # fmt: skip
        found.append((row, str(r[9])))
    return found


def outcomes_due_mine(conn: Connection, visibility: Visibility, now: datetime) -> int:
    """Planned appointments of `visibility.user_id` (as in `planned_mine`) that have ended."""
    clause, vis = visible_clause(visibility)
    me = visibility.user_id
    sql = (
        "SELECT count(*) FROM appointments a JOIN cases ON cases.id = a.case_id "
        f"WHERE a.status = 'planned' AND a.ends_at <= ? AND {clause} AND {_MINE}"
    )
    return int(conn.execute(sql, (now.isoformat(), *vis, me, me)).fetchone()[0])


def workers_by_appointment(conn: Connection, appointment_ids: list[str]) -> dict[str, list[str]]:
    """Appointment id -> the user names of the workers accompanying, in name order."""
    found: dict[str, list[str]] = {}
    for start in range(0, len(appointment_ids), 500):
        chunk = appointment_ids[start : start + 500]
        marks = ", ".join("?" for _ in chunk)
        for appointment_id, username in conn.execute(
            "SELECT w.appointment_id, u.username FROM appointment_workers w "
            f"JOIN users u ON u.id = w.user_id WHERE w.appointment_id IN ({marks}) "
            "ORDER BY u.username",
            chunk,
        ):
            found.setdefault(appointment_id, []).append(username)
    return found


# --- monitored trials' planned hearings ------------------------------------------------------------
def trial_hearings(
    conn: Connection, first: date | None, after: date | None
) -> list[TrialAgendaRow]:
    """Planned hearings of monitored trials on days in [first, after) (None: open-ended), in day
    order. They belong to no case, so case visibility does not narrow them (services/trials.py)."""
    where, params = ["h.status = 'planned'"], []
    if first is not None:
        where.append("h.held_on >= ?")
        params.append(first.isoformat())
    if after is not None:
        where.append("h.held_on < ?")
        params.append(after.isoformat())
    sql = (
        "SELECT h.id, h.trial_id, h.held_on, h.kind, t.court, t.court_case_number "
        "FROM trial_hearings h JOIN monitored_trials t ON t.id = h.trial_id "
        f"WHERE {' AND '.join(where)} ORDER BY h.held_on, t.court, t.court_case_number, h.id"
    )
    return [
        TrialAgendaRow(r[0], r[1], date.fromisoformat(r[2]), HearingKind(r[3]), r[4], r[5])
        for r in conn.execute(sql, params)
    ]
