"""Risk assessments, the instruments they used, risk events and safety actions in SQL; and the
case's copy of its latest level and due date, which the case list and the reminders read."""

from __future__ import annotations

from astra_desktop.core.models import RiskEvent, SafetyAction
from astra_desktop.core.visibility import Visibility
from astra_desktop.storage import rows
from astra_desktop.storage.cases import visible_clause
from astra_desktop.storage.database import Connection

ASSESSMENT_COLUMNS = (
    "id, case_id, instrument_id, instrument_version, assessed_on, assessor_id, answers, comments, "
    "own_words, score, band, red_flags, severity, likelihood, grid_level, computed_level, "
    "final_level, override_reason, next_due, created_at"
)
# An assessment with at least one yes / no answer or a level chosen by hand (see
# services.risk.Assessment.level); one saved with no answer at all gives the case no level.
_ANSWERED = "(answers LIKE '%\"yes\"%' OR answers LIKE '%\"no\"%' OR override_reason != '')"


def instrument_body(conn: Connection, instrument_id: str, version: int) -> str | None:
    """The instrument's JSON as kept in the vault, if it is."""
    row = conn.execute(
        "SELECT body FROM risk_instruments WHERE id = ? AND version = ?", (instrument_id, version)
    ).fetchone()
    return None if row is None else str(row[0])


def keep_instrument(conn: Connection, instrument_id: str, version: int, body: str) -> None:
    """Keep the instrument in the vault (once: a version never changes)."""
    conn.execute(
        "INSERT OR IGNORE INTO risk_instruments (id, version, body) VALUES (?, ?, ?)",
        (instrument_id, version, body),
    )


def event_days(conn: Connection, case_id: str, since: str) -> list[str]:
    """The days (ISO) of the case's risk events on `since` or later, in order."""
    return [
        r[0]
        for r in conn.execute(
            "SELECT on_date FROM risk_events WHERE case_id = ? AND on_date >= ? ORDER BY on_date",
            (case_id, since),
        )
    ]


def events(conn: Connection, case_id: str) -> list[RiskEvent]:
    """The case's risk events (testimony, a suspect released, …), the earliest first."""
    return rows.select(
        conn, RiskEvent, "SELECT * FROM risk_events WHERE case_id = ? ORDER BY on_date", (case_id,)
    )


def add_assessment(conn: Connection, values: tuple[object, ...]) -> None:
    """One assessment row: `values` in the order of ASSESSMENT_COLUMNS."""
    conn.execute(
        "INSERT INTO risk_assessments (id, case_id, instrument_id, instrument_version, "
        "assessed_on, assessor_id, answers, comments, own_words, score, band, red_flags, "
        "severity, likelihood, grid_level, computed_level, final_level, override_reason, "
        "next_due, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        values,
    )


def refresh_case(conn: Connection, case_id: str) -> None:
    """Copy the latest assessment's level and due date (or an earlier event) onto the case."""
    row = conn.execute(
        "SELECT final_level, next_due, assessed_on FROM risk_assessments WHERE case_id = ? "
        f"AND {_ANSWERED} ORDER BY assessed_on DESC, created_at DESC LIMIT 1",
        (case_id,),
    ).fetchone()
    if row is None:
        conn.execute("UPDATE cases SET risk_level = '', risk_due = NULL WHERE id = ?", (case_id,))
        return
    level, due, assessed_on = row
    event = conn.execute(
        "SELECT min(on_date) FROM risk_events WHERE case_id = ? AND on_date >= ? AND on_date < ?",
        (case_id, assessed_on, due),
    ).fetchone()[0]
    conn.execute(
        "UPDATE cases SET risk_level = ?, risk_due = ? WHERE id = ?",
        (level, min(due, event) if event else due, case_id),
    )


def assessments(conn: Connection, case_id: str) -> list[tuple[object, ...]]:
    """The case's assessment rows (ASSESSMENT_COLUMNS), oldest first."""
    return conn.execute(
        f"SELECT {ASSESSMENT_COLUMNS} FROM risk_assessments WHERE case_id = ? "
        "ORDER BY assessed_on, created_at",
        (case_id,),
    ).fetchall()


def safety_plan(conn: Connection, case_id: str) -> list[SafetyAction]:
    """The case's safety actions: those not done first, by due date (none last)."""
    return rows.select(
        conn, SafetyAction,
        "SELECT * FROM safety_actions WHERE case_id = ? ORDER BY status = 'done', due_on IS NULL, due_on",
        (case_id,),
    )  # fmt: skip


def due_at_level(
    conn: Connection, visibility: Visibility, level: str, horizon: str, limit: int
) -> list[tuple[str, str, str, str]]:
    """(id, code, level, due) of the open visible cases at `level` whose reassessment is due on
    `horizon` or before, soonest first: the first `limit`, straight from the index of open cases'
    levels and dates (schema 15)."""
    clause, params = visible_clause(visibility)
    sql = (
        "SELECT id, case_code, risk_level, risk_due FROM cases "
        f"WHERE risk_level = ? AND risk_due <= ? AND status IN ('active', 'follow-up') AND {clause} "
        "ORDER BY risk_due LIMIT ?"
    )
    return conn.execute(sql, (level, horizon, *params, limit)).fetchall()


def overdue_high(conn: Connection, visibility: Visibility, today: str) -> int:
    """How many visible cases at high risk are past their reassessment date."""
    clause, params = visible_clause(visibility)
    return int(
        conn.execute(
            f"SELECT count(*) FROM cases WHERE risk_level = 'high' AND risk_due < ? AND {clause}",
            (today, *params),
        ).fetchone()[0]
    )
