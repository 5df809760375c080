"""Hearing rows: the appointment each one is, who attended, and the court hearings made in the
Appointments section that no hearing record points to yet."""

from __future__ import annotations

from collections.abc import Sequence

from astra_desktop.core.appointments import Appointment, AppointmentKind
from astra_desktop.core.court import Attendance, Hearing
from astra_desktop.storage import rows
from astra_desktop.storage.database import Connection

TABLE = "hearings"
ATTENDANCE = "hearing_attendance"


def defendant_ids(conn: Connection, proceeding_id: str) -> set[str]:
    """The ids of the proceeding's defendants (whose attendance may be recorded)."""
    return {
        d
        for (d,) in conn.execute(
            "SELECT id FROM defendants WHERE proceeding_id = ?", (proceeding_id,)
        )
    }


def clear_attendance(conn: Connection, hearing_id: str) -> None:
    conn.execute("DELETE FROM hearing_attendance WHERE hearing_id = ?", (hearing_id,))


def id_for_appointment(conn: Connection, appointment_id: str) -> str | None:
    row = conn.execute(
        "SELECT id FROM hearings WHERE appointment_id = ?", (appointment_id,)
    ).fetchone()
    return None if row is None else str(row[0])


def unlinked(conn: Connection, case_id: str) -> list[Appointment]:
    """The case's court-hearing appointments no hearing record points to, oldest first."""
    return rows.select(
        conn, Appointment,
        "SELECT a.* FROM appointments a WHERE a.case_id = ? AND a.kind = ? AND NOT EXISTS "
        "(SELECT 1 FROM hearings h WHERE h.appointment_id = a.id) ORDER BY a.starts_at",
        (case_id, AppointmentKind.COURT_HEARING.value),
    )  # fmt: skip


def attendance(
    conn: Connection, hearing_ids: Sequence[str], table: str = ATTENDANCE
) -> dict[str, list[Attendance]]:
    """Hearing id -> its attendance records (hearings without any left out); `table` is
    trial_attendance for a monitored trial's hearings."""
    found: dict[str, list[Attendance]] = {}
    if not hearing_ids:
        return found
    marks = ", ".join("?" for _ in hearing_ids)
    for a in rows.select(
        conn, Attendance,
        f"SELECT * FROM {table} WHERE hearing_id IN ({marks}) ORDER BY rowid", tuple(hearing_ids),
    ):  # fmt: skip
        found.setdefault(a.hearing_id, []).append(a)
    return found


def of_proceeding(conn: Connection, proceeding_id: str) -> list[Hearing]:
    """The proceeding's hearings in the order of their appointments' times."""
    return rows.select(
        conn, Hearing,
        "SELECT h.* FROM hearings h JOIN appointments a ON a.id = h.appointment_id "
        "WHERE h.proceeding_id = ? ORDER BY a.starts_at", (proceeding_id,),
    )  # fmt: skip


def appointments_by_id(conn: Connection, appointment_ids: Sequence[str]) -> dict[str, Appointment]:
    """These appointments by id (the hearings' own: no visibility rule of their own)."""
    marks = ", ".join("?" for _ in appointment_ids)
    return {
        a.id: a
        for a in rows.select(
            conn, Appointment,
            f"SELECT * FROM appointments WHERE id IN ({marks})", tuple(appointment_ids),
        )
    }  # fmt: skip
