"""SOS hotline calls: what the line worker writes down while on the phone. Pure Python.

A call is anonymous by default: nothing about the caller is required, and the optional way to call
back is asked for only when the caller agrees. Being anonymous is a flag of its own, apart from who
the caller is (a possible victim, a relative, a professional…), so an anonymous possible victim is
still counted as a possible victim. The person the call is about is described only by sex, age (or
an age band) and nationality: enough for the statistics, never enough to identify anyone. Times are Belgrade wall-clock times (as read off the
clock on the wall), so a call belongs to the month and year the statistics count it in.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from enum import StrEnum

from astra_desktop.core import labels
from astra_desktop.core.enums import ExploitationType, Gender
from astra_desktop.core.models import new_id
from astra_desktop.errors import ValidationError

NOTE_LIMIT = 4000  # a short note: the case file is where the long story goes
LONGEST_CALL_MINUTES = 600
TEXT_LIMIT = 200  # nationality, town, country
OLDEST = 110


class CallerType(StrEnum):
    """Who the caller is to the person the call is about (whether named or not: `anonymous`)."""

    POSSIBLE_VICTIM = "possible-victim"
    FAMILY_MEMBER = "family-member"
    FRIEND = "friend"
    PROFESSIONAL = "professional"
    UNKNOWN = "unknown"  # not said
    ANONYMOUS = "unknown"  # the name before schema 22, when "anonymous" was a role: "not said"


class Channel(StrEnum):
    """How the contact reached the line."""

    PHONE = "phone"
    SMS = "sms"
    EMAIL = "email"
    SOCIAL_MEDIA = "social-media"
    WALK_IN = "walk-in"


class AgeBand(StrEnum):
    """Age bands of the person concerned (the two youngest are the children the law protects
    apart); "" when neither the age nor a band is known."""

    UNDER_14 = "0-13"
    FROM_14 = "14-17"
    FROM_18 = "18-24"
    FROM_25 = "25-34"
    FROM_35 = "35-49"
    FROM_50 = "50+"


AGE_BANDS = tuple(band.value for band in AgeBand)


def age_band(age: int) -> str:
    """The band an age falls in."""
    for band in AGE_BANDS[:-1]:
        if age <= int(band.split("-")[1]):
            return band
    return AGE_BANDS[-1]


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


class CallLanguage(StrEnum):
    """Languages callers use, most frequent first (ISO 639 codes; "other" for the rest). Kept as
    codes so the statistics are the same whatever language the app is shown in."""

    SERBIAN = "sr"
    ENGLISH = "en"
    UKRAINIAN = "uk"
    RUSSIAN = "ru"
    ROMANIAN = "ro"
    BULGARIAN = "bg"
    HUNGARIAN = "hu"
    ALBANIAN = "sq"
    ROMANI = "rom"
    VIETNAMESE = "vi"
    ARABIC = "ar"
    PERSIAN = "fa"
    GERMAN = "de"
    OTHER = "other"


LANGUAGES = tuple(language.value for language in CallLanguage)
DEFAULT_LANGUAGE = CallLanguage.SERBIAN.value


@dataclass
class Call:
    occurred_at: datetime
    topic: CallTopic
    id: str = field(default_factory=new_id)
    duration_minutes: int = 0
    worker_id: str | None = None
    caller_type: CallerType = CallerType.UNKNOWN
    anonymous: bool = True
    channel: Channel = Channel.PHONE
    language: str = DEFAULT_LANGUAGE
    note: str = ""
    caller_contact: str = ""  # a name or a number, only if the caller wants to be called back
    # To whom the caller was referred: a partner of the registry (`partner_id`, its name copied
    # into `referral` as it was then), or only a name for one not in the registry; "" for none.
    referral: str = ""
    partner_id: str | None = None
    # The person the call is about (the caller or someone else), without anything identifying.
    person_sex: Gender = Gender.UNKNOWN
    person_age: int | None = None
    person_age_band: str = ""  # one of AGE_BANDS; follows person_age when the age is known
    person_nationality: str = ""
    exploitation_types: list[ExploitationType] = field(default_factory=list)
    exploitation_city: str = ""
    exploitation_country: str = ""
    urgent: bool = False
    follow_up: bool = False
    follow_up_done: bool = False
    follow_up_due: date | None = None
    follow_up_owner: str | None = None  # the user who does the follow-up
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
    anonymous: bool = True
    channel: Channel = Channel.PHONE
    urgent: bool = False
    person_sex: Gender = Gender.UNKNOWN
    person_age_band: str = ""
    person_nationality: str = ""
    exploitation_types: tuple[ExploitationType, ...] = ()
    exploitation_place: str = ""  # "town, country"
    follow_up_due: date | None = None
    follow_up_owner_name: str = ""

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
    channel: Channel | None = None
    urgent_only: bool = False
    partner_id: str | None = None


def validate_call(call: Call, now: datetime) -> None:
    """`now` is the local wall-clock time: a call cannot be logged before it happened."""
    call.topic, call.caller_type = CallTopic(call.topic), CallerType(call.caller_type)
    call.case_link, call.channel = CaseLink(call.case_link), Channel(call.channel)
    call.person_sex = Gender(call.person_sex)
    call.exploitation_types = [
        t for t in ExploitationType if t in {ExploitationType(v) for v in call.exploitation_types}
    ]
    call.language = (call.language or DEFAULT_LANGUAGE).strip().lower()
    call.note, call.referral = call.note.strip(), call.referral.strip()
    call.caller_contact = call.caller_contact.strip()
    call.anonymous, call.urgent = bool(call.anonymous), bool(call.urgent)
    _check_person(call)
    if call.occurred_at.year < 2000 or call.occurred_at > now.replace(second=59):
        raise ValidationError(
            "occurred_at", "The call's date and time lie in the future or look wrong: check them."
        )
    if not 0 <= call.duration_minutes <= LONGEST_CALL_MINUTES:
        raise ValidationError(
            "duration_minutes",
            "The duration is in minutes, from 0 to {most}.",
            most=LONGEST_CALL_MINUTES,
        )
    if len(call.note) > NOTE_LIMIT:
        raise ValidationError(
            "note",
            "The note is longer than {limit} characters. Keep the essentials here; the "
            "full story belongs in a case file.",
            limit=NOTE_LIMIT,
        )
    if call.follow_up_done and not call.follow_up:
        call.follow_up_done = False
    if not call.follow_up:  # no follow-up: nothing is due, nobody owns it
        call.follow_up_due, call.follow_up_owner = None, None
    elif call.follow_up_due is not None and call.follow_up_due < call.occurred_at.date():
        raise ValidationError(
            "follow_up_due", "The follow-up cannot be due before the call. Check the date."
        )


def _check_person(call: Call) -> None:
    for name in ("person_nationality", "exploitation_city", "exploitation_country"):
        value = " ".join(str(getattr(call, name) or "").split())
        if len(value) > TEXT_LIMIT:
            raise ValidationError(
                name, "This entry is too long: at most {limit} characters.", limit=TEXT_LIMIT
            )
        setattr(call, name, value)
    if call.person_age is not None:
        if not 0 <= call.person_age <= OLDEST:
            raise ValidationError(
                "person_age", "The age is in years, from 0 to {oldest}.", oldest=OLDEST
            )
        call.person_age_band = age_band(call.person_age)
    elif call.person_age_band not in ("", *AGE_BANDS):
        raise ValidationError("person_age_band", "Choose the age band from the list.")


# What each value is called, in English (core/labels.py: the GUI translates these in the "Labels"
# context, the CLI prints them, reports look them up in their own language tables).
labels.define(
    CallerType,
    {
        CallerType.POSSIBLE_VICTIM: "Presumed victim",  # glossary: pretpostavljena žrtva
        CallerType.FAMILY_MEMBER: "Family member",
        CallerType.FRIEND: "Friend",
        CallerType.PROFESSIONAL: "Professional",
        CallerType.UNKNOWN: "Not said",
    },
)
labels.define(
    Channel,
    {
        Channel.PHONE: "Phone",
        Channel.SMS: "SMS",
        Channel.EMAIL: "E-mail",
        Channel.SOCIAL_MEDIA: "Social media",
        Channel.WALK_IN: "Walk-in",
    },
)
labels.define(
    CallTopic,
    {
        CallTopic.JOB_OFFER_CHECK: "Job offer check",
        CallTopic.SAFE_MIGRATION: "Safe migration advice",
        CallTopic.REPORT_OF_EXPLOITATION: "Report of exploitation",
        CallTopic.MISSING_PERSON: "Missing person",
        CallTopic.REQUEST_FOR_HELP: "Request for help",
        CallTopic.OTHER: "Other",
    },
)
labels.define(
    CaseLink,
    {CaseLink.NONE: "Not linked", CaseLink.CONVERTED: "New client", CaseLink.LINKED: "Linked"},
)
labels.define(
    AgeBand,
    {
        AgeBand.UNDER_14: "0–13 years",
        AgeBand.FROM_14: "14–17 years",
        AgeBand.FROM_18: "18–24 years",
        AgeBand.FROM_25: "25–34 years",
        AgeBand.FROM_35: "35–49 years",
        AgeBand.FROM_50: "50 years or more",
    },
)
labels.define(
    CallLanguage,
    {
        CallLanguage.SERBIAN: "Serbian",
        CallLanguage.ENGLISH: "English",
        CallLanguage.UKRAINIAN: "Ukrainian",
        CallLanguage.RUSSIAN: "Russian",
        CallLanguage.ROMANIAN: "Romanian",
        CallLanguage.BULGARIAN: "Bulgarian",
        CallLanguage.HUNGARIAN: "Hungarian",
        CallLanguage.ALBANIAN: "Albanian",
        CallLanguage.ROMANI: "Romani",
        CallLanguage.VIETNAMESE: "Vietnamese",
        CallLanguage.ARABIC: "Arabic",
        CallLanguage.PERSIAN: "Persian",
        CallLanguage.GERMAN: "German",
        CallLanguage.OTHER: "Another language",
    },
)
