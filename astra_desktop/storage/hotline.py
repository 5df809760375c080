"""The hotline's call log in SQL: calls by filter and page, and the counts the statistics take.

Calls are hotline records that everyone who reads cases reads; a linked case's code shows only
where `visibility` shows the case.
"""

from __future__ import annotations

import json
from datetime import date, datetime

from astra_desktop.core.enums import ExploitationType, Gender
from astra_desktop.core.hotline import (
    CallerType,
    CallQuery,
    CallRow,
    CallTopic,
    CaseLink,
    Channel,
)
from astra_desktop.core.hotline_stats import CallFact
from astra_desktop.core.visibility import Visibility
from astra_desktop.storage.cases import visible_clause
from astra_desktop.storage.database import Connection

TABLE = "hotline_calls"
_TOPICS = {t.value: t for t in CallTopic}
_CALLERS = {c.value: c for c in CallerType}
_LINKS = {k.value: k for k in CaseLink}
_CHANNELS = {c.value: c for c in Channel}
_SEXES = {g.value: g for g in Gender}
_KINDS = {k.value: k for k in ExploitationType}


def exists(conn: Connection, call_id: str) -> bool:
    return (
        conn.execute("SELECT 1 FROM hotline_calls WHERE id = ?", (call_id,)).fetchone() is not None
    )


def delete(conn: Connection, call_id: str) -> bool:
    """Delete the call; whether there was one."""
    return conn.execute(f"DELETE FROM {TABLE} WHERE id = ?", (call_id,)).rowcount > 0


def _where(query: CallQuery) -> tuple[str, list[object]]:
    where: list[str] = ["1 = 1"]
    params: list[object] = []
    if query.month is not None:
        year, month = query.month
        first = date(year, month, 1)
        after = date(year + month // 12, month % 12 + 1, 1)
        where.append("occurred_at >= ? AND occurred_at < ?")
        params += [first.isoformat(), after.isoformat()]
    if query.topic is not None:
        where.append("topic = ?")
        params.append(query.topic.value)
    if query.caller_type is not None:
        where.append("caller_type = ?")
        params.append(query.caller_type.value)
    if query.follow_up_open:
        where.append("follow_up = 1 AND follow_up_done = 0")
    if query.channel is not None:
        where.append("channel = ?")
        params.append(query.channel.value)
    if query.urgent_only:
        where.append("urgent = 1")
    if query.partner_id is not None:
        where.append("partner_id = ?")
        params.append(query.partner_id)
    return " AND ".join(where), params


def call_ids(conn: Connection, query: CallQuery) -> list[str]:
    """All matching call ids in display order (ids only: cheap for 100,000 calls)."""
    where, params = _where(query)
    order = "DESC" if query.descending else "ASC"
    sql = f"SELECT id FROM {TABLE} WHERE {where} ORDER BY occurred_at {order}, id {order}"
    return [r[0] for r in conn.execute(sql, params)]


def call_rows(conn: Connection, visibility: Visibility, ids: list[str]) -> list[CallRow]:
    """The log rows for a page of ids, in the order given."""
    if not ids:
        return []
    clause, vis = visible_clause(visibility)
    marks = ", ".join("?" for _ in ids)
    sql = (
        "SELECT h.id, h.occurred_at, h.duration_minutes, h.topic, h.caller_type, h.language, "
        "h.note, CASE WHEN h.partner_id IS NOT NULL THEN p.name ELSE h.referral END, "
        "h.follow_up, h.follow_up_done, h.case_id, h.case_link, "
        f"CASE WHEN cases.id IS NOT NULL AND {clause} THEN cases.case_code ELSE '' END, "
        "coalesce(u.username, ''), h.anonymous, h.channel, h.urgent, h.person_sex, "
        "h.person_age_band, h.person_nationality, h.exploitation_types, h.exploitation_city, "
        "h.exploitation_country, h.follow_up_due, coalesce(o.username, '') "
        f"FROM {TABLE} h LEFT JOIN cases ON cases.id = h.case_id "
        "LEFT JOIN users u ON u.id = h.worker_id LEFT JOIN users o ON o.id = h.follow_up_owner "
        f"LEFT JOIN partners p ON p.id = h.partner_id WHERE h.id IN ({marks})"
    )
    topics, callers, links = _TOPICS, _CALLERS, _LINKS  # dict lookups: cheaper than Enum(value)
    channels, sexes, kinds = _CHANNELS, _SEXES, _KINDS
    by_id = {
        r[0]: CallRow(
            r[0], datetime.fromisoformat(r[1]), r[2], topics[r[3]], callers[r[4]], r[5], r[6],
            r[7], bool(r[8]), bool(r[9]), r[10], links[r[11]], r[12], r[13],
            anonymous=bool(r[14]), channel=channels[r[15]], urgent=bool(r[16]),
            person_sex=sexes[r[17]], person_age_band=r[18], person_nationality=r[19],
            exploitation_types=tuple(kinds[k] for k in json.loads(r[20])),
            exploitation_place=", ".join(v for v in (r[21], r[22]) if v),
            follow_up_due=date.fromisoformat(r[23]) if r[23] else None,
            follow_up_owner_name=r[24],
        )
        for r in conn.execute(sql, (*vis, *ids))
    }  # fmt: skip
    return [by_id[i] for i in ids if i in by_id]


def open_follow_ups(conn: Connection) -> int:
    sql = f"SELECT count(*) FROM {TABLE} WHERE follow_up = 1 AND follow_up_done = 0"
    return int(conn.execute(sql).fetchone()[0])


# --- for the statistics: counts only, no note, contact or case code ---------------------------------
def facts(conn: Connection, year: int | None = None) -> list[CallFact]:
    """What the statistics count of every call (of `year`, or of all years)."""
    sql = (
        "SELECT occurred_at, topic, caller_type, language, duration_minutes, referral <> '', "
        "follow_up, case_link FROM hotline_calls"
    )
    params: tuple[object, ...] = ()
    if year is not None:
        sql += " WHERE occurred_at >= ? AND occurred_at < ?"
        params = (date(year, 1, 1).isoformat(), date(year + 1, 1, 1).isoformat())
    topics, callers, links = _TOPICS, _CALLERS, _LINKS  # 100,000 calls in well under 1 s
    return [
        CallFact(
            date.fromisoformat(r[0][:10]), topics[r[1]], callers[r[2]], r[3], int(r[4]),
            bool(r[5]), bool(r[6]), links[r[7]],
        )
        for r in conn.execute(sql, params)
    ]  # fmt: skip


def years(conn: Connection) -> list[int]:
    """Years that have calls, newest first."""
    sql = "SELECT DISTINCT substr(occurred_at, 1, 4) FROM hotline_calls ORDER BY 1 DESC"
    return [int(r[0]) for r in conn.execute(sql)]
