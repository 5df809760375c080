"""Double-booking: one worker or one client in two places at once. Pure Python.

Two appointments clash when their times overlap (touching end to start is fine) and neither is
postponed or cancelled. A clash is reported, never silently allowed: saving one needs an explicit
"save anyway" (the client may really have two short appointments in one building).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum

from astra_desktop.core.appointments import INACTIVE, AppointmentKind, AppointmentStatus
from astra_desktop.core.messages import Message


class ConflictKind(StrEnum):
    WORKER = "worker"
    CLIENT = "client"


@dataclass(frozen=True)
class Booking:
    """An existing appointment as the clash check needs it."""

    id: str
    client_id: str
    starts_at: datetime
    ends_at: datetime
    status: AppointmentStatus
    kind: AppointmentKind
    case_code: str  # "" when the case is not visible to the person asking
    worker_ids: frozenset[str] = frozenset()


@dataclass(frozen=True)
class Conflict:
    kind: ConflictKind
    appointment_id: str
    starts_at: datetime
    ends_at: datetime
    case_code: str
    who: str  # the worker's user id, or the client id

    def describe(self, worker_names: dict[str, str] | None = None) -> str:
        return str(self.message(worker_names))

    def message(self, worker_names: dict[str, str] | None = None) -> Message:
        when = {"starts": self.starts_at, "ends": self.ends_at}
        where = self.case_code or Message("a case not assigned to you")
        if self.kind is ConflictKind.WORKER:
            name = (worker_names or {}).get(self.who) or Message("a worker")
            return Message(
                "{name} already has an appointment at {starts:%d.%m.%Y %H:%M}–{ends:%H:%M} "
                "({where}).",
                when,
                name=name,
                where=where,
            )
        return Message(
            "The client already has an appointment at {starts:%d.%m.%Y %H:%M}–{ends:%H:%M} "
            "({where}).",
            when,
            where=where,
        )


def overlaps(a_start: datetime, a_end: datetime, b_start: datetime, b_end: datetime) -> bool:
    """Half-open intervals: 09:00–10:00 and 10:00–11:00 do not overlap; a zero-length one at
    09:30 overlaps 09:00–10:00."""
    if a_start == a_end:
        return b_start <= a_start < b_end or a_start == b_start
    if b_start == b_end:
        return a_start <= b_start < a_end
    return a_start < b_end and b_start < a_end


def find_conflicts(
    starts_at: datetime,
    ends_at: datetime,
    client_id: str,
    worker_ids: Iterable[str],
    existing: Iterable[Booking],
    ignore_ids: Iterable[str] = (),
) -> list[Conflict]:
    """Clashes of a planned appointment with `existing`, one per (appointment, person), in time order."""
    workers, ignored = set(worker_ids), set(ignore_ids)
    found: list[Conflict] = []
    for other in existing:
        if other.id in ignored or other.status in INACTIVE:
            continue
        if not overlaps(starts_at, ends_at, other.starts_at, other.ends_at):
            continue
        if other.client_id == client_id:
            found.append(
                Conflict(ConflictKind.CLIENT, other.id, other.starts_at, other.ends_at,
                         other.case_code, client_id)
            )  # fmt: skip
        for worker in sorted(workers & other.worker_ids):
            found.append(
                Conflict(ConflictKind.WORKER, other.id, other.starts_at, other.ends_at,
                         other.case_code, worker)
            )  # fmt: skip
    return sorted(found, key=lambda c: (c.starts_at, c.kind.value, c.who))
