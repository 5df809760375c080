"""Appointment rows: who accompanies each one, the bookings a new time may clash with, series.

Lists and calendars read through storage/agenda.py.
"""

from __future__ import annotations

from datetime import datetime

from astra_desktop.core.appointments import Appointment, AppointmentKind, AppointmentStatus
from astra_desktop.core.conflicts import Booking
from astra_desktop.core.visibility import Visibility
from astra_desktop.storage import rows
from astra_desktop.storage.cases import visible_clause
from astra_desktop.storage.database import Connection

TABLE = "appointments"


def workers_of(conn: Connection, appointment_id: str) -> list[str]:
    """The user ids of the workers accompanying, in id order."""
    return [
        r[0]
        for r in conn.execute(
            "SELECT user_id FROM appointment_workers WHERE appointment_id = ? ORDER BY user_id",
            (appointment_id,),
        )
    ]


def set_workers(conn: Connection, appointment_id: str, workers: list[str]) -> None:
    conn.execute("DELETE FROM appointment_workers WHERE appointment_id = ?", (appointment_id,))
    conn.executemany(
        "INSERT INTO appointment_workers (appointment_id, user_id) VALUES (?, ?)",
        [(appointment_id, w) for w in workers],
    )


def bookings(
    conn: Connection,
    visibility: Visibility,
    client_id: str,
    workers: list[str],
    since: str,
    until: str,
) -> list[Booking]:
    """Appointments starting in [since, until] (ISO times) that still take place, of the client
    or of any of `workers`; the case code only where `visibility` shows the case."""
    clause, vis = visible_clause(visibility)
    marks = ", ".join("?" for _ in workers)
    by_worker = (
        f" OR a.id IN (SELECT appointment_id FROM appointment_workers WHERE user_id IN ({marks}))"
        if workers
        else ""
    )
    sql = (
        f"SELECT a.id, cases.client_id, a.starts_at, a.ends_at, a.status, a.kind, "
        f"CASE WHEN {clause} THEN cases.case_code ELSE '' END, "
        "(SELECT group_concat(user_id) FROM appointment_workers w WHERE w.appointment_id = a.id) "
        "FROM appointments a JOIN cases ON cases.id = a.case_id "
        "WHERE a.starts_at >= ? AND a.starts_at <= ? AND a.status NOT IN ('postponed', 'cancelled') "
        f"AND (cases.client_id = ?{by_worker})"
    )
    params = (*vis, since, until, client_id, *workers)
    return [
        Booking(
            id=r[0], client_id=r[1], starts_at=datetime.fromisoformat(r[2]),
            ends_at=datetime.fromisoformat(r[3]), status=AppointmentStatus(r[4]),
            kind=AppointmentKind(r[5]), case_code=r[6],
            worker_ids=frozenset((r[7] or "").split(",")) - {""},
        )
        for r in conn.execute(sql, params)
    ]  # fmt: skip


def planned_in_series(conn: Connection, series_id: str, since: str) -> list[str]:
    """The ids of the series' planned appointments starting at `since` (ISO) or later."""
    return [
        r[0]
        for r in conn.execute(
            "SELECT id FROM appointments WHERE series_id = ? AND starts_at >= ? "
            "AND status = 'planned'",
            (series_id, since),
        )
    ]


def cancel(conn: Connection, appointment_id: str, outcome: str, updated_at: str) -> None:
    conn.execute(
        "UPDATE appointments SET status = 'cancelled', outcome = ?, updated_at = ?, "
        "version = version + 1 WHERE id = ?",
        (outcome, updated_at, appointment_id),
    )


def delete(conn: Connection, appointment_id: str) -> None:
    conn.execute("DELETE FROM appointments WHERE id = ?", (appointment_id,))


def of_case_besides_hearings(conn: Connection, case_id: str) -> list[Appointment]:
    """The case's appointments that no hearing record is, the earliest first."""
    return rows.select(
        conn, Appointment,
        f"SELECT * FROM {TABLE} WHERE case_id = ? AND id NOT IN "
        "(SELECT appointment_id FROM hearings) ORDER BY starts_at", (case_id,),
    )  # fmt: skip
