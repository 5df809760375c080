"""Monitored trials in SQL: the trial, its defendants and charges (the records a client's
proceeding uses, in tables of their own), its hearings and who was summoned, came and testified."""

from __future__ import annotations

from collections.abc import Sequence

from astra_desktop.core.court import Attendance, Charge, Defendant
from astra_desktop.core.trials import MonitoredTrial, TrialHearing
from astra_desktop.storage import hearings as hearings_db
from astra_desktop.storage import rows
from astra_desktop.storage.database import Connection

TABLE = "monitored_trials"
DEFENDANTS = "trial_defendants"
CHARGES = "trial_charges"
HEARINGS = "trial_hearings"
ATTENDANCE = "trial_attendance"


def all_trials(conn: Connection) -> list[MonitoredTrial]:
    """Every monitored trial, pending ones first, then the latest judgments first."""
    return rows.select(
        conn, MonitoredTrial,
        f"SELECT * FROM {TABLE} ORDER BY verdict_on IS NOT NULL, verdict_on DESC, "
        "coalesce(opened_on, created_at) DESC",
    )  # fmt: skip


def decided(conn: Connection) -> list[MonitoredTrial]:
    """Monitored trials with a first-instance judgment."""
    return rows.select(conn, MonitoredTrial, f"SELECT * FROM {TABLE} WHERE verdict <> 'pending'")


def defendants(conn: Connection, trial_id: str) -> list[Defendant]:
    return rows.select(
        conn, Defendant,
        f"SELECT * FROM {DEFENDANTS} WHERE proceeding_id = ? ORDER BY rowid", (trial_id,),
    )  # fmt: skip


def charges(conn: Connection, trial_id: str) -> list[Charge]:
    """Every qualification recorded for the trial, oldest first."""
    return rows.select(
        conn, Charge,
        f"SELECT * FROM {CHARGES} WHERE proceeding_id = ? ORDER BY qualified_on, rowid",
        (trial_id,),
    )  # fmt: skip


def charges_of_decided(conn: Connection) -> dict[str, list[Charge]]:
    """The charges of every decided monitored trial, by trial id."""
    found: dict[str, list[Charge]] = {}
    for charge in rows.select(
        conn, Charge,
        f"SELECT c.* FROM {CHARGES} c JOIN {TABLE} t ON t.id = c.proceeding_id "
        "WHERE t.verdict <> 'pending' ORDER BY c.qualified_on, c.rowid",
    ):  # fmt: skip
        found.setdefault(charge.proceeding_id, []).append(charge)
    return found


def is_requalified(conn: Connection, charge_id: str) -> bool:
    row = conn.execute(f"SELECT 1 FROM {CHARGES} WHERE replaces_id = ?", (charge_id,)).fetchone()
    return row is not None


def hearings(conn: Connection, trial_id: str) -> list[TrialHearing]:
    """The trial's hearings, earliest first."""
    return rows.select(
        conn, TrialHearing,
        f"SELECT * FROM {HEARINGS} WHERE trial_id = ? ORDER BY held_on, rowid", (trial_id,),
    )  # fmt: skip


def attendance(conn: Connection, hearing_ids: Sequence[str]) -> dict[str, list[Attendance]]:
    """Hearing id -> who was summoned, came, testified (hearings without any left out)."""
    return hearings_db.attendance(conn, hearing_ids, ATTENDANCE)


def clear_attendance(conn: Connection, hearing_id: str) -> None:
    conn.execute(f"DELETE FROM {ATTENDANCE} WHERE hearing_id = ?", (hearing_id,))


def delete(conn: Connection, table: str, record_id: str) -> None:
    """A trial, hearing, defendant or charge; what hangs on it goes with it (foreign keys)."""
    if table not in (TABLE, HEARINGS, DEFENDANTS, CHARGES):
        raise ValueError(table)
    conn.execute(f"DELETE FROM {table} WHERE id = ?", (record_id,))
