"""SOS hotline calls: what the line worker writes down while on the phone. Pure Python.

A call is anonymous by default: nothing about the caller is required, and the optional way to call
back is asked for only when the caller agrees. Times are Belgrade wall-clock times (as read off the
clock on the wall), so a call belongs to the month and year the statistics count it in.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from enum import StrEnum

from astra_desktop.core.models import new_id
from astra_desktop.errors import ValidationError

NOTE_LIMIT = 4000  # a short note: the case file is where the long story goes
LONGEST_CALL_MINUTES = 600


class CallerType(StrEnum):
    POSSIBLE_VICTIM = "possible-victim"
    FAMILY_MEMBER = "family-member"
    FRIEND = "friend"
    PROFESSIONAL = "professional"
    ANONYMOUS = "anonymous"


class CallTopic(StrEnum):
    JOB_OFFER_CHECK = "job-offer-check"
    SAFE_MIGRATION = "safe-migration"
    REPORT_OF_EXPLOITATION = "report-of-exploitation"
    MISSING_PERSON = "missing-person"
    REQUEST_FOR_HELP = "request-for-help"
    OTHER = "other"


class CaseLink(StrEnum):
    """How a call reached a case: it opened a new client and case, or joined an existing one."""

    NONE = ""
    CONVERTED = "converted"
    LINKED = "linked"


# Languages callers use, most frequent first (ISO 639 codes; "other" for the rest). Kept as codes
# so the statistics are the same whatever language the app is shown in.
LANGUAGES = ("sr", "en", "uk", "ru", "ro", "bg", "hu", "sq", "rom", "vi", "ar", "fa", "de", "other")
DEFAULT_LANGUAGE = "sr"


@dataclass
class Call:
    occurred_at: datetime
    topic: CallTopic
    id: str = field(default_factory=new_id)
    duration_minutes: int = 0
    worker_id: str | None = None
    caller_type: CallerType = CallerType.ANONYMOUS
    language: str = DEFAULT_LANGUAGE
    note: str = ""
    caller_contact: str = ""  # a name or a number, only if the caller wants to be called back
    referral: str = ""  # to whom the caller was referred; empty when no referral was given
    follow_up: bool = False
    follow_up_done: bool = False
    case_id: str | None = None
    case_link: CaseLink = CaseLink.NONE
    created_by: str | None = None
    created_at: datetime | None = None
    updated_at: datetime | None = None
    version: int = 0


@dataclass(slots=True)  # not frozen: frozen dataclasses are slow to build, and pages build many
class CallRow:
    """One line of the call log. `case_code` is empty when the linked case is not visible."""

    id: str
    occurred_at: datetime
    duration_minutes: int
    topic: CallTopic
    caller_type: CallerType
    language: str
    note: str
    referral: str
    follow_up: bool
    follow_up_done: bool
    case_id: str | None
    case_link: CaseLink
    case_code: str
    worker_name: str

    @property
    def follow_up_open(self) -> bool:
        return self.follow_up and not self.follow_up_done


@dataclass(frozen=True)
class CallQuery:
    """What the call log shows: SQL filters and sorts, newest first by default."""

    month: tuple[int, int] | None = None  # (year, month)
    topic: CallTopic | None = None
    caller_type: CallerType | None = None
    follow_up_open: bool = False
    descending: bool = True


def validate_call(call: Call, now: datetime) -> None:
    """`now` is the local wall-clock time: a call cannot be logged before it happened."""
    call.topic, call.caller_type = CallTopic(call.topic), CallerType(call.caller_type)
    call.case_link = CaseLink(call.case_link)
    call.language = (call.language or DEFAULT_LANGUAGE).strip().lower()
    call.note, call.referral = call.note.strip(), call.referral.strip()
    call.caller_contact = call.caller_contact.strip()
    if call.occurred_at.year < 2000 or call.occurred_at > now.replace(second=59):
        raise ValidationError(
            "occurred_at", "The call's date and time lie in the future or look wrong: check them."
        )
    if not 0 <= call.duration_minutes <= LONGEST_CALL_MINUTES:
        raise ValidationError(
            "duration_minutes", f"The duration is in minutes, from 0 to {LONGEST_CALL_MINUTES}."
        )
    if len(call.note) > NOTE_LIMIT:
        raise ValidationError(
            "note",
            f"The note is longer than {NOTE_LIMIT} characters. Keep the essentials here; the "
            "full story belongs in a case file.",
        )
    if call.follow_up_done and not call.follow_up:
        call.follow_up_done = False
