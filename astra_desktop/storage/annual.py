"""What the annual figures read, in a few batch queries per kind of record (never one per trial):
the proceedings of the cases `visibility` shows and the monitored trials that were open in the
period, with their hearings up to its end, attendance, defendants and charges; hotline calls
taken in it, with the registry partner's name; missing-person searches open at some point of it
and the partners asked in it. Facts only: no note, no contact, no person's name is read."""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable
from datetime import date, datetime, time, timedelta

from astra_desktop.core.annual import CallFacts, InquiryFacts, SearchFacts, TrialFacts
from astra_desktop.core.annual_figures import Period
from astra_desktop.core.appointments import AppointmentStatus
from astra_desktop.core.attendance import HearingRecord
from astra_desktop.core.court import Attendance, Charge, Party, Proceeding
from astra_desktop.core.hotline import CallerType, CallTopic, CaseLink, Channel
from astra_desktop.core.missing import InquiryAnswer, SearchOutcome
from astra_desktop.core.trials import MonitoredTrial
from astra_desktop.core.visibility import Visibility
from astra_desktop.storage import rows
from astra_desktop.storage.cases import visible_clause
from astra_desktop.storage.database import Connection

_STATUS = {s.value: s for s in AppointmentStatus}
_PARTY = {p.value: p for p in Party}

# A proceeding open at some point of the period: not decided before it began, not opened after
# it ended (the opening's fallbacks, a first hearing or the day entered, are core.annual's).
_OPEN = (
    "(p.verdict = 'pending' OR coalesce(p.verdict_on, p.first_instance_ended_on) IS NULL "
    "OR coalesce(p.verdict_on, p.first_instance_ended_on) >= ?) "
    "AND (p.opened_on IS NULL OR p.opened_on <= ?)"
)
# The proceedings with their cases, first in every join: CROSS JOIN keeps SQLite from starting
# at a larger table (every appointment before the period's end, every defendant).
_P = "proceedings p CROSS JOIN cases c ON c.id = p.case_id"
_OPEN_TRIAL = (
    "(t.verdict = 'pending' OR t.verdict_on IS NULL OR t.verdict_on >= ?) "
    "AND (t.opened_on IS NULL OR t.opened_on <= ?)"
)


def _after(period: Period) -> str:
    """The first day after the period, as a bound for stored dates and times."""
    return (period.end + timedelta(days=1)).isoformat()


def _day(value: object) -> date | None:
    return date.fromisoformat(str(value)[:10]) if value else None


def _group(pairs: Iterable[tuple[str, object]]) -> dict[str, list[object]]:
    out: dict[str, list[object]] = {}
    for key, item in pairs:
        out.setdefault(key, []).append(item)
    return out


def _attendance(cursor: Iterable[tuple[object, ...]]) -> dict[str, list[object]]:
    """hearing id -> Attendance, from (hearing_id, party, present, defendant_id, summoned,
    testified, injured_party, id) rows."""
    return _group(
        (str(r[0]), Attendance(
            str(r[0]), _PARTY[str(r[1])], bool(r[2]), r[3] and str(r[3]),  # type: ignore[arg-type]
            summoned=None if r[4] is None else bool(r[4]), testified=bool(r[5]),
            injured_party=str(r[6] or ""), id=str(r[7]),
        ))
        for r in cursor
    )  # fmt: skip


def _records(
    hearing_rows: Iterable[tuple[object, ...]],
    marks: dict[str, list[object]],
    start_of: Callable[[object], datetime | None],
) -> dict[str, list[object]]:
    """owner id -> HearingRecord, from (id, owner, status, start, postponed_by, summoned, came,
    testified) rows."""
    return _group(
        (str(r[1]), HearingRecord(
            str(r[0]), _STATUS[str(r[2])], tuple(marks.get(str(r[0]), ())),  # type: ignore[arg-type]
            start_of(r[3]), str(r[4] or ""),
            (r[5], r[6], r[7]),  # type: ignore[arg-type]
        ))
        for r in hearing_rows
    )  # fmt: skip


def _charges(conn: Connection, sql: str, params: tuple[object, ...]) -> dict[str, list[object]]:
    return _group((c.proceeding_id, c) for c in rows.select(conn, Charge, sql, params))


def _labels(found: list[tuple[str, Proceeding]]) -> dict[str, str]:
    """Proceeding id -> its case code; where a case has several, the code and the court's
    number (or "#2", "#3" … in the order entered when no number was recorded)."""
    count: dict[str, int] = {}
    for code, _p in found:
        count[code] = count.get(code, 0) + 1
    out, seen = {}, dict.fromkeys(count, 0)
    for code, p in found:  # in the order entered
        seen[code] += 1
        number = p.court_case_number.strip()
        out[p.id] = code if count[code] == 1 else f"{code} · {number or f'#{seen[code]}'}"
    return out


def client_trials(conn: Connection, visibility: Visibility, period: Period) -> list[TrialFacts]:
    """The proceedings of the visible cases that were open at some point of the period."""
    clause, vis = visible_clause(visibility, "c")  # all cases: no condition, no scan of cases
    where = f"{clause} AND {_OPEN}"
    params = (*vis, period.start.isoformat(), period.end.isoformat())
    cur = conn.execute(
        f"SELECT p.*, c.case_code AS _code FROM {_P} WHERE {where} ORDER BY p.rowid", params,
    )  # fmt: skip
    names = [d[0] for d in cur.description]
    found = []
    for row in cur.fetchall():
        values = dict(zip(names, row, strict=True))
        found.append((str(values["_code"]), rows.from_row(Proceeding, values)))
    if not found:
        return []
    hearing_from = (
        f"FROM {_P} CROSS JOIN hearings h ON h.proceeding_id = p.id "
        f"CROSS JOIN appointments a ON a.id = h.appointment_id WHERE {where} AND a.starts_at < ?"
    )
    hp = (*params, _after(period))
    marks = _attendance(conn.execute(
        "SELECT t.hearing_id, t.party, t.present, t.defendant_id, t.summoned, t.testified, '', t.id "
        f"FROM hearing_attendance t WHERE t.hearing_id IN (SELECT h.id {hearing_from}) ORDER BY t.rowid", hp,
    ))  # fmt: skip
    hearings = _records(conn.execute(
        "SELECT h.id, h.proceeding_id, a.status, a.starts_at, h.postponed_by, "
        f"h.witnesses_summoned, h.witnesses_appeared, h.witnesses_testified {hearing_from} "
        "ORDER BY a.starts_at", hp,
    ), marks, lambda v: datetime.fromisoformat(str(v)) if v else None)  # fmt: skip
    defendants = _group(conn.execute(
        f"SELECT d.proceeding_id, d.id FROM {_P} CROSS JOIN defendants d "
        f"ON d.proceeding_id = p.id WHERE {where} ORDER BY d.rowid", params,
    ))  # fmt: skip
    charges = _charges(conn,
        f"SELECT ch.* FROM {_P} CROSS JOIN charges ch ON ch.proceeding_id = p.id "
        f"WHERE {where} ORDER BY ch.qualified_on, ch.rowid", params,
    )  # fmt: skip
    labels = _labels(found)
    return [
        TrialFacts(
            labels[p.id], False, p, tuple(charges.get(p.id, ())),  # type: ignore[arg-type]
            tuple(str(d) for d in defendants.get(p.id, ())),
            tuple(hearings.get(p.id, ())),  # type: ignore[arg-type]
            p.created_at.date() if p.created_at else None,
        )
        for _code, p in found
    ]  # fmt: skip


def monitored_trials(conn: Connection, period: Period) -> list[TrialFacts]:
    """The monitored trials open at some point of the period (no visibility rule: they belong to
    no case)."""
    params = (period.start.isoformat(), period.end.isoformat())
    found = rows.select(conn, MonitoredTrial, f"SELECT * FROM monitored_trials t WHERE {_OPEN_TRIAL}",
                        params)  # fmt: skip
    if not found:
        return []
    hearing_from = (
        f"FROM trial_hearings h JOIN monitored_trials t ON t.id = h.trial_id "
        f"WHERE {_OPEN_TRIAL} AND h.held_on < ?"
    )
    hp = (*params, _after(period))
    marks = _attendance(conn.execute(
        "SELECT a.hearing_id, a.party, a.present, a.defendant_id, a.summoned, a.testified, "
        f"a.injured_party, a.id FROM trial_attendance a WHERE a.hearing_id IN (SELECT h.id {hearing_from}) "
        "ORDER BY a.rowid", hp,
    ))  # fmt: skip
    hearings = _records(conn.execute(
        "SELECT h.id, h.trial_id, h.status, h.held_on, h.postponed_by, h.witnesses_summoned, "
        f"h.witnesses_appeared, h.witnesses_testified {hearing_from} ORDER BY h.held_on", hp,
    ), marks, lambda v: datetime.combine(date.fromisoformat(str(v)), time()) if v else None)  # fmt: skip
    defendants = _group(conn.execute(
        "SELECT d.proceeding_id, d.id FROM trial_defendants d JOIN monitored_trials t "
        f"ON t.id = d.proceeding_id WHERE {_OPEN_TRIAL} ORDER BY d.rowid", params,
    ))  # fmt: skip
    charges = _charges(conn,
        "SELECT c.* FROM trial_charges c JOIN monitored_trials t ON t.id = c.proceeding_id "
        f"WHERE {_OPEN_TRIAL} ORDER BY c.qualified_on, c.rowid", params,
    )  # fmt: skip
    out = []
    for t in found:
        p = t.as_proceeding()
        out.append(TrialFacts(
            t.title, True, p, tuple(charges.get(t.id, ())),  # type: ignore[arg-type]
            tuple(str(d) for d in defendants.get(t.id, ())),
            tuple(hearings.get(t.id, ())),  # type: ignore[arg-type]
            t.created_at.date() if t.created_at else None,
        ))  # fmt: skip
    return out


def courts(conn: Connection, visibility: Visibility) -> list[str]:
    """Every court named in a visible case's proceedings or a monitored trial."""
    clause, vis = visible_clause(visibility)
    sql = (
        "SELECT trim(court) FROM proceedings WHERE trim(court) <> '' AND case_id IN "
        f"(SELECT cases.id FROM cases WHERE {clause}) "
        "UNION SELECT trim(court) FROM monitored_trials WHERE trim(court) <> ''"
    )
    return [str(r[0]) for r in conn.execute(sql, vis)]


# --- hotline and missing persons ---------------------------------------------------------------------
def calls(conn: Connection, period: Period) -> list[CallFacts]:
    """The calls taken in the period; a referral's partner by its registry name."""
    topics, callers = {t.value: t for t in CallTopic}, {c.value: c for c in CallerType}
    channels, links = {c.value: c for c in Channel}, {k.value: k for k in CaseLink}
    sql = (
        "SELECT h.occurred_at, h.topic, h.caller_type, h.channel, h.anonymous, h.urgent, "
        "h.duration_minutes, h.case_link, h.exploitation_types, h.person_age, h.person_age_band, "
        "h.referral <> '' OR h.partner_id IS NOT NULL, coalesce(p.name, ''), h.follow_up, "
        "h.follow_up_done FROM hotline_calls h LEFT JOIN partners p ON p.id = h.partner_id "
        "WHERE h.occurred_at >= ? AND h.occurred_at < ?"
    )
    return [
        CallFacts(
            date.fromisoformat(r[0][:10]), topics[r[1]], callers[r[2]], channels[r[3]],
            bool(r[4]), bool(r[5]), int(r[6]), links[r[7]], tuple(json.loads(r[8] or "[]")),
            r[9], r[10] or "", bool(r[11]), r[12], bool(r[13]), bool(r[14]),
        )
        for r in conn.execute(sql, (period.start.isoformat(), _after(period)))
    ]  # fmt: skip


def searches(conn: Connection, period: Period) -> list[SearchFacts]:
    """The searches open at some point of the period."""
    sql = (
        "SELECT opened_on, closed_on, outcome, minor, police_report_number <> '' OR "
        "police_reported_on IS NOT NULL, last_seen_country, believed_country "
        "FROM missing_searches WHERE opened_on <= ? AND (closed_on IS NULL OR closed_on >= ?)"
    )
    outcomes = {o.value: o for o in SearchOutcome}
    return [
        SearchFacts(
            date.fromisoformat(r[0][:10]), _day(r[1]), outcomes.get(r[2] or "", SearchOutcome.NONE),
            bool(r[3]), bool(r[4]), r[5] or "", r[6] or "",
        )
        for r in conn.execute(sql, (period.end.isoformat(), period.start.isoformat()))
    ]  # fmt: skip


def inquiries(conn: Connection, period: Period) -> list[InquiryFacts]:
    """Partners asked in the period, and what they answered."""
    answers = {a.value: a for a in InquiryAnswer}
    sql = "SELECT asked_on, answer FROM missing_inquiries WHERE asked_on >= ? AND asked_on < ?"
    return [
        InquiryFacts(date.fromisoformat(r[0][:10]), answers.get(r[1] or "", InquiryAnswer.PENDING))
        for r in conn.execute(sql, (period.start.isoformat(), _after(period)))
    ]
