"""Who came to court how often: the counts that make "she came 27 times, they came 10" evidence.

Appearances are counted over every hearing with attendance recorded, postponed ones included: a
victim who came to a hearing that was then postponed because a defendant stayed away did appear.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import datetime

from astra_desktop.core.appointments import AppointmentStatus
from astra_desktop.core.court import Attendance, Party


@dataclass(frozen=True)
class HearingRecord:
    """A hearing as the counts need it: its status and who was there."""

    hearing_id: str
    status: AppointmentStatus
    attendance: tuple[Attendance, ...] = ()
    starts_at: datetime | None = None  # local wall-clock time, as appointments keep it
    postponed_by: str = ""  # core.court.PostponedBy value; "" when not recorded
    witnesses: tuple[int | None, int | None, int | None] = (
        None,
        None,
        None,
    )  # summoned, came, testified


@dataclass
class AttendanceStats:
    scheduled: int = 0  # all hearings, cancelled ones aside
    held: int = 0
    postponed: int = 0
    missed: int = 0
    planned: int = 0  # still marked planned, whether or not their time has come
    ahead: int = 0  # planned and not yet started
    outcome_due: int = 0  # planned, started, and no outcome recorded yet
    recorded: int = 0  # hearings whose attendance was recorded
    victim: int = 0
    victim_summoned: int = 0  # hearings she was recorded as summoned to
    victim_testified: int = 0
    victim_lawyer: int = 0
    prosecutor: int = 0
    defendants: dict[str, int] = field(default_factory=dict)  # defendant id -> appearances
    defence_lawyers: dict[str, int] = field(default_factory=dict)
    postponed_by: dict[str, int] = field(
        default_factory=dict
    )  # cause -> postponements ("": not said)
    witnesses_summoned: int = 0
    witnesses_appeared: int = 0
    witnesses_testified: int = 0

    def defendant(self, defendant_id: str) -> int:
        return self.defendants.get(defendant_id, 0)


def attendance_stats(
    hearings: Iterable[HearingRecord],
    defendant_ids: Iterable[str] = (),
    now: datetime | None = None,
) -> AttendanceStats:
    """The counts; with `now` (local wall-clock time) planned hearings are split into those still
    ahead and those whose time has passed with no outcome recorded — a hearing last week is
    never "ahead". Without `now` (or a start time) a planned hearing counts as ahead."""
    stats = AttendanceStats()
    stats.defendants = {d: 0 for d in defendant_ids}
    stats.defence_lawyers = {d: 0 for d in stats.defendants}
    for hearing in hearings:
        if hearing.status is AppointmentStatus.CANCELLED:
            continue
        stats.scheduled += 1
        if hearing.status is AppointmentStatus.HELD:
            stats.held += 1
        elif hearing.status is AppointmentStatus.POSTPONED:
            stats.postponed += 1
            cause = hearing.postponed_by
            stats.postponed_by[cause] = stats.postponed_by.get(cause, 0) + 1
        elif hearing.status is AppointmentStatus.MISSED:
            stats.missed += 1
        else:
            stats.planned += 1
            if now is not None and hearing.starts_at is not None and hearing.starts_at <= now:
                stats.outcome_due += 1
            else:
                stats.ahead += 1
        summoned, appeared, testified = hearing.witnesses
        stats.witnesses_summoned += summoned or 0
        stats.witnesses_appeared += appeared or 0
        stats.witnesses_testified += testified or 0
        if hearing.attendance:
            stats.recorded += 1
        for a in hearing.attendance:
            if a.party is Party.VICTIM:
                stats.victim_summoned += bool(a.summoned)
                stats.victim_testified += a.testified
            if not a.present:
                continue
            if a.party is Party.VICTIM:
                stats.victim += 1
            elif a.party is Party.VICTIM_LAWYER:
                stats.victim_lawyer += 1
            elif a.party is Party.PROSECUTOR:
                stats.prosecutor += 1
            elif a.party is Party.DEFENDANT and a.defendant_id:
                stats.defendants[a.defendant_id] = stats.defendants.get(a.defendant_id, 0) + 1
            elif a.party is Party.DEFENCE_LAWYER and a.defendant_id:
                counts = stats.defence_lawyers
                counts[a.defendant_id] = counts.get(a.defendant_id, 0) + 1
    return stats


# --- present, absent, not recorded -----------------------------------------------------------------
Person = tuple[Party, str | None]  # (party, defendant id for defendants and their counsel)
# Hearings at which someone's attendance is due: they took place, were opened and postponed, or
# were called and not held. A planned or cancelled hearing is no one's absence.
DUE = frozenset({AppointmentStatus.HELD, AppointmentStatus.POSTPONED, AppointmentStatus.MISSED})


@dataclass(frozen=True)
class Tally:
    present: int = 0
    absent: int = 0
    not_recorded: int = 0


def attendance_due(hearing: HearingRecord) -> bool:
    """Whether the hearing's attendance should be recorded (it is, if anyone's was)."""
    return hearing.status in DUE or bool(hearing.attendance)


def presence(hearing: HearingRecord, person: Person) -> bool | None:
    """True / False as recorded; None when that person's attendance was not recorded."""
    party, defendant = person
    for a in hearing.attendance:
        if a.party is party and (a.defendant_id or None) == defendant:
            return a.present
    return None


def tally(hearings: Iterable[HearingRecord], people: Iterable[Person]) -> dict[Person, Tally]:
    """Per person: hearings attended, stayed away from, and not recorded — over the hearings
    whose attendance was due. "Not recorded" is never "absent": a court record says only what
    the organisation saw."""
    due = [h for h in hearings if h.status is not AppointmentStatus.CANCELLED and attendance_due(h)]
    out: dict[Person, Tally] = {}
    for person in people:
        marks = [presence(h, person) for h in due]
        out[person] = Tally(
            sum(m is True for m in marks), sum(m is False for m in marks),
            sum(m is None for m in marks),
        )  # fmt: skip
    return out
