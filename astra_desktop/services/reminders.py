"""Reminders for the person at the keyboard: what is due today, what is overdue, what fires now.

"Mine" here means the appointments this person accompanies, or that belong to a case assigned to
them: an administrator who can see every case is not reminded of all of them. Times come from a
clock callable so tests (and the unlock summary) can be run at any moment.
"""

from __future__ import annotations

import json
from datetime import datetime, timedelta

from astra_desktop.core.appointments import (
    AgendaRow,
    AppointmentKind,
    Clock,
    local_now,
)
from astra_desktop.core.reminders import (
    LONGEST_LEAD,
    Reminder,
    UnlockSummary,
    due_between,
    lead_times,
)
from astra_desktop.core.roles import Permission
from astra_desktop.services import missing
from astra_desktop.services.access import visibility
from astra_desktop.services.session import Session
from astra_desktop.storage import agenda


def _planned(session: Session, start: datetime, end: datetime) -> list[tuple[AgendaRow, str]]:
    """My planned appointments starting in [start, end), with their own reminder settings."""
    return agenda.planned_mine(session.db, visibility(session), start, end)


def due(session: Session, after: datetime, until: datetime) -> list[Reminder]:
    """Reminders that fire in (after, until], local Belgrade times."""
    session.require(Permission.READ_CASES)
    candidates = _planned(session, after, until + LONGEST_LEAD + timedelta(minutes=1))
    return due_between(
        ((row, lead_times(row.kind, json.loads(own))) for row, own in candidates), after, until
    )


def outcomes_due(session: Session, now: datetime) -> int:
    """My planned appointments that have ended: someone should say whether they were held."""
    return agenda.outcomes_due_mine(session.db, visibility(session), now)


def at_unlock(session: Session, clock: Clock | None = None) -> UnlockSummary:
    """What to show first: today's appointments, hearings this coming week, outcomes to record."""
    session.require(Permission.READ_CASES)
    now = local_now(clock)
    midnight = datetime.combine(now.date(), datetime.min.time())
    today = [row for row, _ in _planned(session, midnight, midnight + timedelta(days=1))]
    week = _planned(session, midnight + timedelta(days=1), midnight + timedelta(days=8))
    hearings = [row for row, _ in week if row.kind is AppointmentKind.COURT_HEARING]
    searches = len(missing.due_actions(session, now.date(), mine=True))
    return UnlockSummary(today, outcomes_due(session, now), hearings, searches)
