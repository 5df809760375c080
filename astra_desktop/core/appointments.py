"""Appointments of a case, and the local time they are kept in. Pure Python.

Times are naive wall-clock times in Europe/Belgrade, the way a summons or a doctor gives them: a
hearing at 09:00 stays at 09:00 across daylight-saving changes. "Now" comes from a clock callable
returning an aware datetime, so reminders and the agenda can be tested at any moment.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta, tzinfo
from enum import StrEnum
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from astra_desktop.core import labels
from astra_desktop.core.models import new_id
from astra_desktop.errors import ValidationError

Clock = Callable[[], datetime]  # returns an aware datetime (UTC or any zone)


def _belgrade() -> tzinfo | None:
    try:
        return ZoneInfo("Europe/Belgrade")
    except ZoneInfoNotFoundError:  # Windows without the tzdata package: the machine's own zone
        return None


BELGRADE = _belgrade()


def system_clock() -> datetime:
    return datetime.now(UTC)


def local_now(clock: Clock | None = None) -> datetime:
    """The current wall-clock time in Belgrade, naive, to the second."""
    now = (clock or system_clock)()
    return now.astimezone(BELGRADE).replace(tzinfo=None, microsecond=0)


def local_today(clock: Clock | None = None) -> date:
    """Today in Belgrade: the day every date the app records or checks belongs to. Not
    `date.today()`, which is the laptop's zone (a laptop left on UTC, or taken abroad, would
    date a note "in the future" for an hour or more around midnight)."""
    return local_now(clock).date()


def week_start(day: date) -> date:
    """Weeks run Monday to Sunday, as in Serbia."""
    return day - timedelta(days=day.weekday())


class AppointmentKind(StrEnum):
    COURT_HEARING = "court-hearing"
    PROSECUTOR = "prosecutor"
    POLICE = "police"
    MEDICAL = "medical"
    PSYCHOLOGIST = "psychologist"
    SOCIAL_WELFARE = "social-welfare"
    EMBASSY = "embassy"
    LAWYER = "lawyer"
    HOME_VISIT = "home-visit"
    OTHER = "other"


class AppointmentStatus(StrEnum):
    PLANNED = "planned"
    HELD = "held"
    MISSED = "missed"
    POSTPONED = "postponed"
    CANCELLED = "cancelled"


# Appointments that no longer take anyone's time: they never clash and never remind.
INACTIVE = frozenset({AppointmentStatus.POSTPONED, AppointmentStatus.CANCELLED})


@dataclass
class Appointment:
    case_id: str
    kind: AppointmentKind
    starts_at: datetime
    ends_at: datetime
    id: str = field(default_factory=new_id)
    place: str = ""
    notes: str = ""
    status: AppointmentStatus = AppointmentStatus.PLANNED
    outcome: str = ""
    series_id: str | None = None
    recurrence: str = ""
    reminders: list[int] = field(default_factory=list)  # lead times in minutes; [] = the default
    created_by: str | None = None
    created_at: datetime | None = None
    updated_at: datetime | None = None
    version: int = 0


@dataclass(slots=True)  # not frozen: frozen dataclasses are slow to build, and lists build many
class AgendaRow:
    """One line of the agenda, the month view or a printout: case code, never the client's name
    (the name is only filled in where the person asked to see names)."""

    id: str
    case_id: str
    case_code: str
    kind: AppointmentKind
    starts_at: datetime
    ends_at: datetime
    status: AppointmentStatus
    place: str
    is_hearing: bool
    client_name: str = ""


def validate_appointment(appt: Appointment) -> None:
    appt.kind, appt.status = (
        AppointmentKind(appt.kind),
        AppointmentStatus(appt.status),
    )  # from forms
    if appt.ends_at < appt.starts_at:
        raise ValidationError("ends_at", "The appointment ends before it starts. Check the times.")
    if appt.ends_at - appt.starts_at > timedelta(days=1):
        raise ValidationError(
            "ends_at", "An appointment can last at most one day. Make a recurring one instead."
        )
    if appt.starts_at.year < 2000 or appt.starts_at.year > 2100:
        raise ValidationError("starts_at", "The date looks wrong: check the year.")
    if any(m <= 0 or m > 60 * 24 * 60 for m in appt.reminders):
        raise ValidationError("reminders", "Reminders can be from one minute to 60 days ahead.")
    if appt.status in (AppointmentStatus.MISSED, AppointmentStatus.POSTPONED) and not (
        appt.outcome.strip()
    ):
        raise ValidationError("outcome", "Say briefly what happened, or why it was postponed.")


def clean_time(value: datetime) -> datetime:
    """Stored times carry no seconds or time zone, so they sort and compare as text."""
    if value.tzinfo is not None:
        value = value.astimezone(BELGRADE).replace(tzinfo=None)
    return value.replace(second=0, microsecond=0)


# What each value is called, in English (core/labels.py: the GUI translates these, the CLI
# prints them, reports look them up in their own language tables).
labels.define(
    AppointmentKind,
    {
        AppointmentKind.COURT_HEARING: "Court hearing",
        AppointmentKind.PROSECUTOR: "Prosecutor",
        AppointmentKind.POLICE: "Police",
        AppointmentKind.MEDICAL: "Medical",
        AppointmentKind.PSYCHOLOGIST: "Psychologist",
        AppointmentKind.SOCIAL_WELFARE: "Social welfare centre",
        AppointmentKind.EMBASSY: "Embassy / consulate",
        AppointmentKind.LAWYER: "Lawyer",
        AppointmentKind.HOME_VISIT: "Home visit",
        AppointmentKind.OTHER: "Other",
    },
)
labels.define(
    AppointmentStatus,
    {
        AppointmentStatus.PLANNED: "Planned",
        AppointmentStatus.HELD: "Held",
        AppointmentStatus.MISSED: "Missed",
        AppointmentStatus.POSTPONED: "Postponed",
        AppointmentStatus.CANCELLED: "Cancelled",
    },
)
