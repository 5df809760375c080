"""Appointments: making them (one or a recurring series), changing them, recording what happened.

Double-booking a worker or a client is refused with `DoubleBooking`, which carries the clashes;
the same call with `allow_conflicts=True` saves anyway (the person has seen the warning). The
audit trail gets ids only. Joined and calendar queries live in `services/agenda.py`.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import datetime, timedelta

from astra_desktop.core.appointments import (
    INACTIVE,
    Appointment,
    AppointmentStatus,
    clean_time,
    validate_appointment,
)
from astra_desktop.core.conflicts import Conflict, find_conflicts
from astra_desktop.core.enums import AuditAction
from astra_desktop.core.messages import Joined
from astra_desktop.core.models import new_id
from astra_desktop.core.recurrence import Recurrence, expand
from astra_desktop.core.roles import Permission
from astra_desktop.errors import AstraError, NotFound, ValidationError
from astra_desktop.services.access import require_case, visibility
from astra_desktop.services.session import Session
from astra_desktop.storage import appointments as appointments_db
from astra_desktop.storage import audit, cases, rows, users
from astra_desktop.storage.database import Connection

TABLE = appointments_db.TABLE


class DoubleBooking(AstraError):
    """Saving would put a worker or the client in two places at once."""

    def __init__(self, conflicts: list[Conflict], worker_names: dict[str, str]) -> None:
        self.conflicts = conflicts
        lines = Joined([c.message(worker_names) for c in conflicts[:5]], " ")
        if len(conflicts) > 5:
            super().__init__(
                "{conflicts} (and {more} more) Choose another time, or save anyway if both "
                "really fit.",
                conflicts=lines,
                more=len(conflicts) - 5,
            )
        else:
            super().__init__(
                "{conflicts} Choose another time, or save anyway if both really fit.",
                conflicts=lines,
            )


# --- reading ------------------------------------------------------------------------------------
def get(session: Session, appointment_id: str) -> Appointment:
    appt = rows.get(session.db, Appointment, TABLE, appointment_id)
    require_case(session, appt.case_id, Permission.READ_CASES)
    return appt


def open_for_edit(session: Session, appointment_id: str) -> tuple[Appointment, list[str]]:
    """The appointment and its workers, for a form; the viewing is audited."""
    appt = get(session, appointment_id)
    session.audit(AuditAction.VIEW, "appointment", appointment_id)
    return appt, workers_of(session, appointment_id)


def workers_of(session: Session, appointment_id: str) -> list[str]:
    return appointments_db.workers_of(session.db, appointment_id)


def worker_names(session: Session) -> dict[str, str]:
    """User id -> user name, for every account that can accompany a client."""
    return users.names_by_name(session.db)


# --- clashes ---------------------------------------------------------------------------------------
def conflicts(
    session: Session,
    case_id: str,
    starts_at: datetime,
    ends_at: datetime,
    worker_ids: Iterable[str],
    ignore_ids: Iterable[str] = (),
) -> list[Conflict]:
    """Other appointments of the same client, or of any of these workers, at an overlapping time.

    Appointments in cases the person cannot see are reported without their case code."""
    require_case(session, case_id, Permission.READ_CASES)
    workers = sorted(set(worker_ids))
    client_id = cases.client_of(session.db, case_id)
    if client_id is None:
        raise NotFound("The case was not found, or it is not assigned to you.")
    lower = (clean_time(starts_at) - timedelta(days=1)).isoformat()
    bookings = appointments_db.bookings(
        session.db, visibility(session), client_id, workers, lower, clean_time(ends_at).isoformat()
    )
    return find_conflicts(starts_at, ends_at, client_id, workers, bookings, ignore_ids)


def _check_conflicts(
    session: Session, occurrences: Sequence[Appointment], workers: list[str], ignore: set[str]
) -> None:
    found: list[Conflict] = []
    for appt in occurrences:
        if appt.status in INACTIVE:
            continue
        found += conflicts(session, appt.case_id, appt.starts_at, appt.ends_at, workers, ignore)
    if found:
        raise DoubleBooking(found, worker_names(session))


# --- writing ---------------------------------------------------------------------------------------
def _valid_workers(conn: Connection, worker_ids: Iterable[str]) -> list[str]:
    workers = sorted(set(worker_ids))
    for user_id in workers:
        if not users.is_active(conn, user_id):
            raise ValidationError("workers", "One of the chosen workers no longer has an account.")
    return workers


def _actor_user(conn: Connection, session: Session) -> str | None:
    user_id = session.actor.user_id
    return user_id if users.exists(conn, user_id) else None


def add(
    session: Session,
    appt: Appointment,
    worker_ids: Iterable[str] = (),
    recurrence: Recurrence | None = None,
    allow_conflicts: bool = False,
) -> list[Appointment]:
    """Save a new appointment, or a series (one stored appointment per occurrence), in order."""
    require_case(session, appt.case_id, Permission.WRITE_CASES)
    appt.starts_at, appt.ends_at = clean_time(appt.starts_at), clean_time(appt.ends_at)
    validate_appointment(appt)
    occurrences = [appt]
    if recurrence is not None:
        length = appt.ends_at - appt.starts_at
        appt.series_id = appt.series_id or new_id()
        appt.recurrence = recurrence.to_text()
        occurrences = [
            _occurrence(appt, start, start + length) if n else appt
            for n, start in enumerate(expand(recurrence, appt.starts_at))
        ]
    with session.write() as conn:
        workers = _valid_workers(conn, worker_ids)
        if not allow_conflicts:
            _check_conflicts(session, occurrences, workers, set())
        now, creator = rows.now_utc(), _actor_user(conn, session)
        for item in occurrences:
            item.created_at = item.updated_at = now
            item.created_by = creator
            rows.insert(conn, TABLE, item)
            appointments_db.set_workers(conn, item.id, workers)
            detail = "double-booked" if allow_conflicts else ""
            audit.append(
                conn, session.actor.user_id, AuditAction.CREATE.value, "appointment", item.id,
                detail,
            )  # fmt: skip
    return occurrences


def _occurrence(first: Appointment, starts_at: datetime, ends_at: datetime) -> Appointment:
    return Appointment(
        case_id=first.case_id, kind=first.kind, starts_at=starts_at, ends_at=ends_at,
        place=first.place, notes=first.notes, series_id=first.series_id,
        recurrence=first.recurrence, reminders=list(first.reminders),
    )  # fmt: skip


def update(
    session: Session,
    appt: Appointment,
    worker_ids: Iterable[str] | None = None,
    allow_conflicts: bool = False,
) -> None:
    """Save changes (times, place, status and outcome …); clashes are checked when the time or
    the workers change on a planned appointment."""
    require_case(session, appt.case_id, Permission.WRITE_CASES)
    appt.starts_at, appt.ends_at = clean_time(appt.starts_at), clean_time(appt.ends_at)
    validate_appointment(appt)
    stored = rows.get(session.db, Appointment, TABLE, appt.id)
    if stored.case_id != appt.case_id:
        require_case(session, stored.case_id, Permission.WRITE_CASES)
    with session.write() as conn:
        old_workers = workers_of(session, appt.id)
        workers = old_workers if worker_ids is None else _valid_workers(conn, worker_ids)
        moved = (stored.starts_at, stored.ends_at, stored.case_id) != (
            appt.starts_at, appt.ends_at, appt.case_id,
        ) or set(workers) - set(old_workers)  # fmt: skip
        if moved and appt.status is AppointmentStatus.PLANNED and not allow_conflicts:
            _check_conflicts(session, [appt], workers, {appt.id})
        appt.updated_at = rows.now_utc()
        rows.update(conn, TABLE, appt)
        if workers != old_workers:
            appointments_db.set_workers(conn, appt.id, workers)
        audit.append(conn, session.actor.user_id, AuditAction.CHANGE.value, "appointment", appt.id)


def record_outcome(
    session: Session, appointment_id: str, status: AppointmentStatus, outcome: str = ""
) -> Appointment:
    """Held, missed, postponed or cancelled, with a word on what happened."""
    appt = get(session, appointment_id)
    appt.status, appt.outcome = status, outcome.strip()
    update(session, appt)
    return appt


def cancel_rest_of_series(session: Session, appointment_id: str, reason: str = "") -> int:
    """Cancel this and every later planned occurrence of its series; returns how many."""
    appt = get(session, appointment_id)
    require_case(session, appt.case_id, Permission.WRITE_CASES)
    if appt.series_id is None:
        record_outcome(session, appointment_id, AppointmentStatus.CANCELLED, reason)
        return 1
    with session.write() as conn:
        ids = appointments_db.planned_in_series(conn, appt.series_id, appt.starts_at.isoformat())
        now = rows.now_utc().isoformat()
        for item in ids:
            appointments_db.cancel(conn, item, reason.strip(), now)
            audit.append(
                conn, session.actor.user_id, AuditAction.CHANGE.value, "appointment", item, "cancel"
            )
    return len(ids)


def delete(session: Session, appointment_id: str) -> None:
    appt = get(session, appointment_id)
    require_case(session, appt.case_id, Permission.DELETE_RECORDS)
    with session.write() as conn:
        appointments_db.delete(conn, appointment_id)
        audit.append(
            conn, session.actor.user_id, AuditAction.DELETE.value, "appointment", appointment_id
        )
