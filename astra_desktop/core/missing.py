"""Missing-person searches: who is sought, what was done, and how the search stands. Pure Python.

Searches run for weeks and are sometimes paused without an answer, so every status change is kept
with its reason (the history), and every action — a police report, a call to a partner
organisation, an embassy — is a dated entry in a log. An action planned for a later day has a due
date and reminds the worker who follows the search once that day comes.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from enum import StrEnum

from astra_desktop.core import labels
from astra_desktop.core.models import new_id
from astra_desktop.errors import ValidationError


class SearchStatus(StrEnum):
    SEARCHING = "searching"
    PAUSED = "paused"
    FOUND_SAFE = "found-safe"
    FOUND_EXPLOITED = "found-exploited"
    CLOSED = "closed"


OPEN_STATUSES = (SearchStatus.SEARCHING, SearchStatus.PAUSED)
FOUND_STATUSES = (SearchStatus.FOUND_SAFE, SearchStatus.FOUND_EXPLOITED)


class SearchOutcome(StrEnum):
    """What a found or closed search came to ("" while it is open, or for one closed before
    schema 22 without an outcome recorded)."""

    NONE = ""
    FOUND_ALIVE = "found-alive"
    FOUND_DECEASED = "found-deceased"
    NO_CONTACT = "no-contact-wanted"  # found, and does not want the reporter to contact them
    STILL_MISSING = "still-missing"


# The outcomes each status allows, the first being its default.
OUTCOMES: dict[SearchStatus, tuple[SearchOutcome, ...]] = {
    SearchStatus.SEARCHING: (SearchOutcome.NONE,),
    SearchStatus.PAUSED: (SearchOutcome.NONE,),
    SearchStatus.FOUND_SAFE: (SearchOutcome.FOUND_ALIVE, SearchOutcome.NO_CONTACT),
    SearchStatus.FOUND_EXPLOITED: (SearchOutcome.FOUND_ALIVE, SearchOutcome.NO_CONTACT),
    SearchStatus.CLOSED: (
        SearchOutcome.STILL_MISSING, SearchOutcome.FOUND_DECEASED, SearchOutcome.NO_CONTACT,
        SearchOutcome.FOUND_ALIVE,
    ),
}  # fmt: skip


class InquiryAnswer(StrEnum):
    """What a partner asked about the person answered ("" until it answers)."""

    PENDING = ""
    NO_INFORMATION = "no-information"
    INFORMATION = "information"  # seen, heard of, a lead
    PERSON_FOUND = "person-found"  # the person is with them, or they found the person
    CANNOT_SHARE = "cannot-share"  # will not or may not say


ADULT_AGE = 18
OLDEST = 110


class ActionKind(StrEnum):
    POLICE_REPORT = "police-report"
    PARTNER_ORGANISATION = "partner-organisation"
    EMBASSY = "embassy"
    SOCIAL_WELFARE = "social-welfare"
    FAMILY_CONTACT = "family-contact"
    MEDIA_APPEAL = "media-appeal"
    OTHER = "other"


@dataclass
class MissingSearch:
    """The person sought is described with as little as the search needs (a name or a
    description); whoever reported is reached only the way they said is safe."""

    person: str
    opened_on: date
    id: str = field(default_factory=new_id)
    call_id: str | None = None
    person_details: str = ""
    last_seen_on: date | None = None
    last_seen_place: str = ""
    reporter: str = ""
    reporter_contact: str = ""
    # The police report (schema 22): its number and station, and the day it was made.
    police_report_number: str = ""
    police_station: str = ""
    police_reported_on: date | None = None
    person_age: int | None = None
    minor: bool = False  # set from the age when it is known; may be ticked without one
    last_seen_country: str = ""
    believed_country: str = ""  # where the person is believed to be now
    status: SearchStatus = SearchStatus.SEARCHING
    outcome: SearchOutcome = SearchOutcome.NONE
    worker_id: str | None = None  # who follows the search and gets its reminders
    case_id: str | None = None  # the case opened or linked once the person was found
    closed_on: date | None = None
    created_at: datetime | None = None
    updated_at: datetime | None = None
    version: int = 0


@dataclass
class StatusChange:
    search_id: str
    status: SearchStatus
    changed_at: datetime
    id: str = field(default_factory=new_id)
    reason: str = ""
    changed_by: str | None = None
    outcome: SearchOutcome = SearchOutcome.NONE
    version: int = 0


@dataclass
class Inquiry:
    """A partner asked about the person sought: when, and what it answered (once it did)."""

    search_id: str
    partner_name: str
    asked_on: date
    id: str = field(default_factory=new_id)
    partner_id: str | None = None  # None: an organisation not in the registry
    answered_on: date | None = None
    answer: InquiryAnswer = InquiryAnswer.PENDING
    answer_note: str = ""
    created_by: str | None = None
    created_at: datetime | None = None
    updated_at: datetime | None = None
    version: int = 0


@dataclass
class SearchAction:
    """Done on `done_on` (an entry in the log), or planned for `due_on` (a reminder)."""

    search_id: str
    kind: ActionKind
    id: str = field(default_factory=new_id)
    description: str = ""
    due_on: date | None = None
    done_on: date | None = None
    created_by: str | None = None
    created_at: datetime | None = None
    recorded_at: datetime | None = None  # local: when it was logged, or last marked done
    version: int = 0


@dataclass(frozen=True)
class SearchRow:
    """One line of the list of searches."""

    id: str
    person: str
    last_seen_on: date | None
    last_seen_place: str
    status: SearchStatus
    opened_on: date
    next_due: date | None  # the earliest planned action not yet done
    case_code: str
    outcome: SearchOutcome = SearchOutcome.NONE
    closed_on: date | None = None
    minor: bool = False
    police_report_number: str = ""
    believed_country: str = ""
    asked: int = 0  # partners asked
    answered: int = 0  # of them, those that answered

    def days(self, today: date) -> int:
        return duration_days(self.opened_on, self.closed_on, today)


@dataclass(frozen=True)
class HistoryEntry:
    """A line of a search's history: a status change, an action taken or an action planned."""

    when: date
    kind: str  # "status" | "action" | "planned"
    status: SearchStatus | None
    action: ActionKind | None
    text: str
    by: str
    record_id: str
    outcome: SearchOutcome = SearchOutcome.NONE


@dataclass(frozen=True)
class DueAction:
    """A planned action whose day has come, for the reminders (no names: the person sought stays
    off screens that others may glance at)."""

    action_id: str
    search_id: str
    kind: ActionKind
    due_on: date
    opened_on: date


@dataclass(frozen=True)
class SearchQuery:
    """Which searches the list shows."""

    statuses: tuple[SearchStatus, ...] = OPEN_STATUSES  # () for every status
    mine: bool = False  # only those this person follows
    text: str = ""  # words in the person, the police report number or station, the places
    outcome: SearchOutcome | None = None
    partner_id: str | None = None  # only those this partner was asked about


def duration_days(opened_on: date, closed_on: date | None, today: date) -> int:
    """Days from the opening to the outcome, or to today while the search is open."""
    return max(0, ((closed_on or today) - opened_on).days)


def validate_search(search: MissingSearch, today: date) -> None:
    search.status = SearchStatus(search.status)
    for name in ("person", "person_details", "last_seen_place", "reporter", "reporter_contact"):
        setattr(search, name, str(getattr(search, name)).strip())
    if not search.person:
        raise ValidationError(
            "person", "Say who is sought: a name, or a description if the name is not known."
        )
    if search.last_seen_on and search.last_seen_on > today:
        raise ValidationError("last_seen_on", "The day last seen lies in the future.")
    if search.opened_on > today:
        raise ValidationError("opened_on", "A search cannot be opened on a future date.")
    if search.last_seen_on and search.last_seen_on.year < 1950:
        raise ValidationError("last_seen_on", "The day last seen looks wrong: check the year.")
    for name in ("police_report_number", "police_station", "last_seen_country",
                 "believed_country"):  # fmt: skip
        setattr(search, name, " ".join(str(getattr(search, name) or "").split()))
    if search.police_reported_on and search.police_reported_on > today:
        raise ValidationError(
            "police_reported_on", "The day of the police report lies in the future."
        )
    if search.person_age is not None:
        if not 0 <= search.person_age <= OLDEST:
            raise ValidationError(
                "person_age", "The age is in years, from 0 to {oldest}.", oldest=OLDEST
            )
        search.minor = search.person_age < ADULT_AGE
    search.minor = bool(search.minor)
    search.outcome = SearchOutcome(search.outcome)


def validate_change(
    current: SearchStatus,
    new: SearchStatus,
    reason: str,
    outcome: SearchOutcome | None = None,
    current_outcome: SearchOutcome = SearchOutcome.NONE,
) -> SearchOutcome:
    """Every change of status says why: the history is what a search is judged by later. A found
    or closed search has an outcome the status allows (its default when none is given); an open
    one has none. Returns the outcome to keep."""
    allowed = OUTCOMES[new]
    chosen = allowed[0] if outcome is None else SearchOutcome(outcome)
    if chosen not in allowed:
        raise ValidationError(
            "outcome", "This outcome does not go with the status: choose another."
        )
    if new is current and chosen is current_outcome:
        raise ValidationError("status", "The search already has this status.")
    if not reason.strip():
        raise ValidationError(
            "reason", "Say why the status changes (for example: found through the embassy)."
        )
    return chosen


def validate_inquiry(inquiry: Inquiry, today: date) -> None:
    """A partner is asked on a day not in the future; an answer has its day, not before the
    question, and says what the partner answered."""
    inquiry.partner_name = " ".join(inquiry.partner_name.split())
    inquiry.answer, inquiry.answer_note = InquiryAnswer(inquiry.answer), inquiry.answer_note.strip()
    if not inquiry.partner_name and not inquiry.partner_id:
        raise ValidationError(
            "partner", "Choose the partner from the list, or type the organisation's name."
        )
    if inquiry.asked_on > today:
        raise ValidationError("asked_on", "A partner cannot be asked on a future day.")
    if inquiry.answered_on is None and inquiry.answer is InquiryAnswer.PENDING:
        return
    if inquiry.answered_on is None:
        raise ValidationError("answered_on", "Give the day the partner answered.")
    if inquiry.answer is InquiryAnswer.PENDING:
        raise ValidationError("answer", "Choose what the partner answered.")
    if inquiry.answered_on > today or inquiry.answered_on < inquiry.asked_on:
        raise ValidationError(
            "answered_on", "The answer's day lies in the future or before the partner was asked."
        )


def validate_action(action: SearchAction, today: date) -> None:
    action.kind = ActionKind(action.kind)
    action.description = action.description.strip()
    if action.done_on is None and action.due_on is None:
        raise ValidationError("done_on", "Give the day the action was taken, or the day it is due.")
    if action.done_on and action.done_on > today:
        raise ValidationError(
            "done_on", "An action cannot be done on a future day. Give it a due date instead."
        )
    if action.kind is ActionKind.OTHER and not action.description:
        raise ValidationError("description", "Say what was done.")


def history(
    changes: list[StatusChange], actions: list[SearchAction], names: dict[str, str]
) -> list[HistoryEntry]:
    """Status changes and actions in one timeline: planned actions first (soonest first), then
    what happened, newest first (same day: the later entry first)."""
    dated: list[tuple[date, datetime, HistoryEntry]] = []
    for c in changes:
        by = names.get(c.changed_by or "", "")
        entry = HistoryEntry(
            c.changed_at.date(), "status", c.status, None, c.reason, by, c.id, c.outcome
        )
        dated.append((entry.when, c.changed_at, entry))
    for a in actions:
        when = a.done_on or a.due_on
        if when is None:  # validate_action refuses these; skip rather than guess a day
            continue
        by = names.get(a.created_by or "", "")
        kind = "action" if a.done_on else "planned"
        entry = HistoryEntry(when, kind, None, a.kind, a.description, by, a.id)
        dated.append((when, a.recorded_at or datetime.min, entry))
    planned = sorted((d for d in dated if d[2].kind == "planned"), key=lambda d: (d[0], d[1]))
    past = sorted((d for d in dated if d[2].kind != "planned"), key=lambda d: (d[0], d[1]))
    return [d[2] for d in planned] + [d[2] for d in reversed(past)]


# What each value is called, in English (core/labels.py: the GUI translates these in the "Labels"
# context, the CLI prints them, reports look them up in their own language tables).
labels.define(
    SearchStatus,
    {
        SearchStatus.SEARCHING: "Searching",
        SearchStatus.PAUSED: "Paused",
        SearchStatus.FOUND_SAFE: "Found safe",
        SearchStatus.FOUND_EXPLOITED: "Found in exploitation",
        SearchStatus.CLOSED: "Closed",
    },
)
labels.define(
    SearchOutcome,
    {
        SearchOutcome.NONE: "Not recorded",
        SearchOutcome.FOUND_ALIVE: "Found alive",
        SearchOutcome.FOUND_DECEASED: "Found deceased",
        SearchOutcome.NO_CONTACT: "Found, does not want contact",
        SearchOutcome.STILL_MISSING: "Still missing",
    },
)
labels.define(
    InquiryAnswer,
    {
        InquiryAnswer.PENDING: "No answer yet",
        InquiryAnswer.NO_INFORMATION: "No information",
        InquiryAnswer.INFORMATION: "Has information",
        InquiryAnswer.PERSON_FOUND: "Person found",
        InquiryAnswer.CANNOT_SHARE: "Cannot share information",
    },
)
labels.define(
    ActionKind,
    {
        ActionKind.POLICE_REPORT: "Police report",
        ActionKind.PARTNER_ORGANISATION: "Partner organisation",
        ActionKind.EMBASSY: "Embassy / consulate",
        ActionKind.SOCIAL_WELFARE: "Social welfare centre",
        ActionKind.FAMILY_CONTACT: "Contact with the family",
        ActionKind.MEDIA_APPEAL: "Public appeal",
        ActionKind.OTHER: "Other",
    },
)
