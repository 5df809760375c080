"""When to remind whom of what: lead times per appointment type, and which reminders fall due.

Reminders are not stored as separate records: each appointment carries its lead times (or the
default for its type), and "due between t0 and t1" is computed. The app asks at unlock and then
every minute for the window since it last asked, so nothing is missed while it runs and nothing
is shown twice; what fell due while the vault was locked is covered by the unlock summary
(today's appointments and outcomes still to record).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime, timedelta

from astra_desktop.core.appointments import AgendaRow, AppointmentKind, AppointmentStatus

DAY = 24 * 60
HOUR = 60

DEFAULT_LEADS: dict[AppointmentKind, tuple[int, ...]] = {
    AppointmentKind.COURT_HEARING: (7 * DAY, 1 * DAY),
    AppointmentKind.PROSECUTOR: (2 * DAY, 2 * HOUR),
    AppointmentKind.POLICE: (1 * DAY, 2 * HOUR),
    AppointmentKind.MEDICAL: (1 * DAY,),
    AppointmentKind.PSYCHOLOGIST: (1 * DAY,),
    AppointmentKind.SOCIAL_WELFARE: (1 * DAY,),
    AppointmentKind.EMBASSY: (2 * DAY,),
    AppointmentKind.LAWYER: (1 * DAY,),
    AppointmentKind.HOME_VISIT: (2 * HOUR,),
    AppointmentKind.OTHER: (1 * DAY,),
}
LONGEST_LEAD = timedelta(days=60)


def lead_times(kind: AppointmentKind, own: Iterable[int] = ()) -> tuple[int, ...]:
    """The appointment's own lead times in minutes, else its type's default; longest first."""
    chosen = tuple(own) or DEFAULT_LEADS[kind]
    return tuple(sorted(set(chosen), reverse=True))


@dataclass(frozen=True)
class Reminder:
    fires_at: datetime
    lead_minutes: int
    appointment: AgendaRow

    def text(self) -> str:
        """Case code, type and time: never the client's name (it may show on a locked screen)."""
        a = self.appointment
        return f"{lead_phrase(self.lead_minutes)}: {a.case_code}, {a.starts_at:%d.%m.%Y %H:%M}"


def lead_phrase(minutes: int) -> str:
    if minutes % DAY == 0:
        days = minutes // DAY
        return "Tomorrow" if days == 1 else f"In {days} days"
    if minutes % HOUR == 0:
        hours = minutes // HOUR
        return "In 1 hour" if hours == 1 else f"In {hours} hours"
    return f"In {minutes} minutes"


def fire_times(row: AgendaRow, leads: Iterable[int]) -> list[tuple[datetime, int]]:
    return [(row.starts_at - timedelta(minutes=m), m) for m in leads]


def due_between(
    rows: Iterable[tuple[AgendaRow, tuple[int, ...]]], after: datetime, until: datetime
) -> list[Reminder]:
    """Reminders that fire in (after, until], for planned appointments not yet started."""
    due = []
    for row, leads in rows:
        if row.status is not AppointmentStatus.PLANNED or row.starts_at <= after:
            continue
        for fires_at, lead in fire_times(row, leads):
            if after < fires_at <= until:
                due.append(Reminder(fires_at, lead, row))
    return sorted(due, key=lambda r: (r.fires_at, r.appointment.starts_at, r.appointment.id))


@dataclass(frozen=True)
class UnlockSummary:
    """What a person should see first after unlocking."""

    today: list[AgendaRow]
    outcomes_due: int  # planned appointments that have ended: held, missed or postponed?
    coming_hearings: list[AgendaRow]  # court hearings in the next 7 days
    search_actions_due: int = 0  # planned missing-person search actions whose day has come

    @property
    def empty(self) -> bool:
        return not (
            self.today or self.outcomes_due or self.coming_hearings or self.search_actions_due
        )
