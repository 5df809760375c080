"""Criminal proceedings in SQL: the proceeding, its defendants and charges, and its hearings'
times as the deadline rules read them."""

from __future__ import annotations

from datetime import datetime

from astra_desktop.core.appointments import AppointmentStatus
from astra_desktop.core.court import Charge, Defendant, HearingKind, Proceeding
from astra_desktop.core.deadlines import ScheduledHearing
from astra_desktop.storage import rows
from astra_desktop.storage.database import Connection

TABLE = "proceedings"


def case_of(conn: Connection, proceeding_id: str) -> str | None:
    """The case the proceeding belongs to (None when there is no such proceeding)."""
    row = conn.execute(f"SELECT case_id FROM {TABLE} WHERE id = ?", (proceeding_id,)).fetchone()
    return None if row is None else str(row[0])


def of_case(conn: Connection, case_id: str) -> list[Proceeding]:
    """The case's proceedings, the first opened first (unopened ones by when they were recorded)."""
    return rows.select(
        conn, Proceeding,
        f"SELECT * FROM {TABLE} WHERE case_id = ? ORDER BY coalesce(opened_on, created_at)",
        (case_id,),
    )  # fmt: skip


def delete(conn: Connection, proceeding_id: str) -> None:
    """The proceeding and the appointments its hearings are; defendants, charges and hearings
    go with it (foreign keys)."""
    conn.execute(
        "DELETE FROM appointments WHERE id IN "
        "(SELECT appointment_id FROM hearings WHERE proceeding_id = ?)",
        (proceeding_id,),
    )
    conn.execute(f"DELETE FROM {TABLE} WHERE id = ?", (proceeding_id,))


def defendants(conn: Connection, proceeding_id: str) -> list[Defendant]:
    """The proceeding's defendants in the order they were recorded."""
    return rows.select(
        conn, Defendant,
        "SELECT * FROM defendants WHERE proceeding_id = ? ORDER BY rowid", (proceeding_id,),
    )  # fmt: skip


def charges(conn: Connection, proceeding_id: str) -> list[Charge]:
    """Every qualification recorded for the proceeding, oldest first."""
    return rows.select(
        conn, Charge,
        "SELECT * FROM charges WHERE proceeding_id = ? ORDER BY qualified_on, rowid",
        (proceeding_id,),
    )  # fmt: skip


def is_requalified(conn: Connection, charge_id: str) -> bool:
    """Whether a later charge replaces this one."""
    row = conn.execute("SELECT 1 FROM charges WHERE replaces_id = ?", (charge_id,)).fetchone()
    return row is not None


def scheduled_hearings(conn: Connection, proceeding_id: str) -> list[ScheduledHearing]:
    """The proceeding's hearings with their appointments' times and states, earliest first."""
    return [
        ScheduledHearing(HearingKind(r[0]), datetime.fromisoformat(r[1]), AppointmentStatus(r[2]))
        for r in conn.execute(
            "SELECT h.kind, a.starts_at, a.status FROM hearings h "
            "JOIN appointments a ON a.id = h.appointment_id WHERE h.proceeding_id = ? "
            "ORDER BY a.starts_at",
            (proceeding_id,),
        )
    ]
