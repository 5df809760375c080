"""What each court-support document is made of, as plain data. Pure Python.

The services gather these from the vault (and take out the client's names when the document is
"case code only"); the builders in reports/ turn them into PDF pages. Keys that the templates
translate (measures, parties, service kinds …) stay enums, so redaction never touches them.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date, datetime
from decimal import Decimal, InvalidOperation
from enum import StrEnum

from astra_desktop.core.appointments import AppointmentStatus
from astra_desktop.core.court import (
    AppealBy,
    Authority,
    DefendantRole,
    HearingKind,
    Party,
    ProtectiveMeasure,
    Verdict,
    WitnessStatus,
)
from astra_desktop.core.enums import ExploitationType, Gender, ServiceKind
from astra_desktop.errors import ValidationError

# The document kinds, by the names the CLI takes (a contract: scripts use them).
KINDS = (
    "vulnerable-witness",
    "property-claim",
    "chronology",
    "risk-report",
    "support-letter",
    "attendance",
    "evidence-index",
    "civil-claim",
)
LANGS = ("sr-Latn", "sr-Cyrl", "en")
# The documents filed with a prosecutor or a court, in podnesak form (addressee, party and lawyer,
# petitum, attachments, place, date and signature); the others are the organisation's own. The
# criminal ones are addressed by the proceeding's stage; the civil suit goes to the civil court.
CRIMINAL_FILINGS = ("vulnerable-witness", "property-claim")
FILINGS = (*CRIMINAL_FILINGS, "civil-claim")


def default_stamp(kind: str) -> bool:
    """The "Confidential / Generated …" stamp: on the organisation's own documents, off on a
    filing (a court receives it as the lawyer's submission)."""
    return kind not in FILINGS


def check_kind(kind: str) -> str:
    if kind not in KINDS:
        raise ValidationError(
            "kind",
            "There is no document “{kind}”. Choose one of: {kinds}.",
            kind=kind,
            kinds=", ".join(KINDS),
        )
    return kind


def check_lang(lang: str) -> str:
    if lang not in LANGS:
        raise ValidationError(
            "lang",
            "Documents are made in {langs}, not “{lang}”.",
            langs=", ".join(LANGS),
            lang=lang,
        )
    return lang


@dataclass(frozen=True)
class Heading:
    """What every page and the file's metadata carry; the client's name only when asked for."""

    kind: str
    case_code: str
    lang: str
    generated: datetime
    organisation: str = ""
    client_name: str = ""  # empty with "case code only"
    gender: Gender = Gender.UNKNOWN  # for "oštećena / oštećeni" in Serbian; not identifying
    stamp: bool = True  # title and case code on top, "Confidential" and the date made below
    letterhead: tuple[str, ...] = ()  # the organisation's name, address, numbers (own documents)

    @property
    def names(self) -> bool:
        return bool(self.client_name)


# --- the criminal proceeding, as the filings name it ------------------------------------------------
@dataclass(frozen=True)
class DefendantLine:
    label: str
    role: DefendantRole


@dataclass(frozen=True)
class ChargeLine:
    article: str
    offence: str
    qualified_on: date
    replaces: str = ""  # the article it re-qualified, if any


@dataclass(frozen=True)
class Outcome:
    """How the proceeding ended or stands: the plea agreement and the judgment as recorded."""

    verdict: Verdict = Verdict.PENDING
    verdict_on: date | None = None
    article: str = ""  # convicted under ("388"), with its paragraph apart ("3")
    paragraph: str = ""
    offence: str = ""
    sentence: str = ""  # as pronounced; else the months below
    sentence_months: int | None = None
    appealed_by: tuple[AppealBy, ...] = ()  # empty: not recorded
    plea: bool = False
    plea_on: date | None = None
    plea_terms: str = ""
    victim_informed: bool | None = None  # of the plea agreement

    @property
    def recorded(self) -> bool:
        return self.plea or self.verdict is not Verdict.PENDING


@dataclass(frozen=True)
class ProceedingInfo:
    court: str = ""
    court_case_number: str = ""
    prosecutor_office: str = ""
    prosecution_case_number: str = ""
    judge: str = ""
    witness_status: WitnessStatus = WitnessStatus.NOT_REQUESTED
    measures_ordered: tuple[ProtectiveMeasure, ...] = ()
    defendants: tuple[DefendantLine, ...] = ()
    charges: tuple[ChargeLine, ...] = ()  # current qualifications
    first_instance_ended_on: date | None = None
    outcome: Outcome = field(default_factory=Outcome)


# --- a filing in podnesak form ----------------------------------------------------------------------
@dataclass(frozen=True)
class CaseNumber:
    """A body's case number, as the filing cites it ("KT 45/23" of Više javno tužilaštvo …)."""

    authority: Authority
    name: str  # the body as recorded ("Više javno tužilaštvo u Beogradu"); may be empty
    number: str


@dataclass(frozen=True)
class Addressee:
    """Who receives the filing, in the form the top line needs, with its case number and the
    other bodies' numbers of the same proceeding."""

    authority: Authority
    name: str  # as recorded, in the document's script; empty: not recorded
    dative: str  # "Višem sudu u Beogradu" (Serbian filings address the body in the dative)
    number: str  # its case number, in the document's script
    others: tuple[CaseNumber, ...] = ()


@dataclass(frozen=True)
class LawyerLine:
    """The lawyer who files (punomoćnik), as the opening and the signature name her or him."""

    name: str
    office_address: str = ""
    city: str = ""
    city_from: str = ""  # after "iz": "Beograda"
    bar_chamber: str = ""
    bar_number: str = ""


@dataclass(frozen=True)
class Filing:
    """What makes a document a podnesak: addressee, the party (her name, or the designation the
    court uses, or a blank to fill in), the lawyer and power of attorney, place of filing."""

    addressee: Addressee
    party: str  # empty: a line to fill in by hand
    lawyer: LawyerLine | None = None
    power_of_attorney_on: date | None = None
    power_of_attorney_scope: str = ""
    place_of_filing: str = ""  # after "U": "Beogradu"; empty: a line to fill in


# --- risk -----------------------------------------------------------------------------------------
@dataclass(frozen=True)
class RiskSection:
    title: str
    items: tuple[str, ...]


@dataclass(frozen=True)
class RiskSummary:
    """The latest assessment in words, with the earlier ones and the safety plan."""

    instrument_title: str
    disclaimer: str
    assessed_on: date
    level: str  # low | medium | high (final)
    computed: str
    score: int
    red_flags: tuple[str, ...]
    risks: tuple[RiskSection, ...]
    protective: tuple[str, ...]
    unknown: int
    next_due: date
    own_words: str = ""
    override_reason: str = ""
    history: tuple[tuple[date, int, str], ...] = ()  # (assessed on, score, level)
    actions: tuple[tuple[str, str, date | None], ...] = ()  # (title, status, due)


def is_minor(born: date | None, on: date) -> bool:
    """Under 18 on `on` (False when the date of birth is not recorded)."""
    if born is None:
        return False
    age = on.year - born.year - ((on.month, on.day) < (born.month, born.day))
    return age < 18


@dataclass(frozen=True)
class VulnerableWitnessData:
    heading: Heading
    proceeding: ProceedingInfo | None
    measures: tuple[ProtectiveMeasure, ...]
    exploitation: tuple[ExploitationType, ...] = ()
    reasons: str = ""
    risk: RiskSummary | None = None
    filing: Filing | None = None
    minor: bool = False  # under 18 on the day the request is made (the juvenile law applies)


@dataclass(frozen=True)
class RiskReportData:
    heading: Heading
    risk: RiskSummary | None


# --- property claim -------------------------------------------------------------------------------
class DamageKind(StrEnum):
    UNPAID_WAGES = "unpaid-wages"
    MEDICAL = "medical"
    TRAVEL = "travel"
    LOST_EARNINGS = "lost-earnings"
    OTHER_MATERIAL = "other-material"
    MENTAL_SUFFERING = "mental-suffering"
    FEAR = "fear"
    PHYSICAL_PAIN = "physical-pain"
    OTHER_NON_MATERIAL = "other-non-material"

    @property
    def material(self) -> bool:
        return self in MATERIAL


MATERIAL = frozenset(
    {DamageKind.UNPAID_WAGES, DamageKind.MEDICAL, DamageKind.TRAVEL, DamageKind.LOST_EARNINGS,
     DamageKind.OTHER_MATERIAL}
)  # fmt: skip


_AMOUNT = re.compile(r"^\d[\d.,\s]*$")


def parse_amount(text: str) -> Decimal:
    """An amount in dinars as people type it: 1.234,56 · 1234,56 · 1 234,56 · 1234.56 · 1234."""
    raw = str(text).strip().replace("\u00a0", " ").removesuffix("RSD").removesuffix("din.").strip()
    if not _AMOUNT.match(raw):
        raise ValidationError(
            "amount", "“{text}” is not an amount. Write it as 1.234,56.", text=text
        )
    raw = raw.replace(" ", "")
    last_dot, last_comma = raw.rfind("."), raw.rfind(",")
    if last_comma > last_dot:  # 1.234,56 or 1234,56
        raw = raw.replace(".", "").replace(",", ".")
    elif last_dot > last_comma and (last_comma >= 0 or len(raw) - last_dot - 1 != 3):
        raw = raw.replace(",", "")  # 1,234.56 or 1234.5
    else:
        raw = raw.replace(".", "").replace(",", "")  # 1.234 or 1.234.567: thousands
    try:
        value = Decimal(raw).quantize(Decimal("0.01"))
    except InvalidOperation as exc:
        raise ValidationError(
            "amount", "“{text}” is not an amount. Write it as 1.234,56.", text=text
        ) from exc
    if value > Decimal("1e12"):
        raise ValidationError(
            "amount", "{text} dinars is more than any claim: check the amount.", text=text
        )
    return value


# --- chronology ------------------------------------------------------------------------------------
class Source(StrEnum):
    """Where a chronology entry comes from; every entry names its source."""

    CASE = "case"
    NOTE = "note"
    SERVICE = "service"
    REFERRAL = "referral"
    APPOINTMENT = "appointment"
    HEARING = "hearing"
    CHARGE = "charge"
    PROCEEDING = "proceeding"
    RISK = "risk"


@dataclass(frozen=True)
class ChronologyEntry:
    when: datetime
    source: Source
    event: str  # a template key: "case-opened", "note", "hearing" …
    timed: bool = True  # False: the date is known, not the time
    labels: dict[str, tuple[str, str]] = field(default_factory=dict)  # placeholder: (group, key)
    values: dict[str, str] = field(default_factory=dict)  # placeholder: text as recorded
    text: str = ""  # free text as typed (a note's body, an outcome)
    measures: tuple[ProtectiveMeasure, ...] = ()  # applied at a hearing
    charge: ChargeLine | None = None  # for charges and re-qualifications
    outcome: Outcome | None = None  # for the plea agreement and the verdict


@dataclass(frozen=True)
class ChronologyData:
    heading: Heading
    entries: tuple[ChronologyEntry, ...]
    start: date | None = None
    end: date | None = None


# --- support letter ----------------------------------------------------------------------------------
@dataclass(frozen=True)
class ServicePeriod:
    kind: ServiceKind
    first: date
    last: date | None  # None: no end recorded, still being provided


@dataclass(frozen=True)
class SupportLetterData:
    heading: Heading
    since: date
    until: date | None  # the case was closed on this date (None: open, or closing not dated)
    services: tuple[ServicePeriod, ...]
    closed: bool = False  # the case is closed (a case closed before schema 19 has no date)


# --- attendance ---------------------------------------------------------------------------------------
@dataclass(frozen=True)
class Presence:
    party: Party
    present: bool | None  # None: not recorded (never counted as absent)
    defendant: str = ""  # the defendant's label for defendants and their counsel
    summoned: bool | None = None  # None: not recorded
    testified: bool = False


@dataclass(frozen=True)
class HearingLine:
    starts_at: datetime
    kind: HearingKind
    status: AppointmentStatus
    presence: tuple[Presence, ...]
    measures: tuple[ProtectiveMeasure, ...] = ()
    reason: str = ""  # why it was postponed, or what happened
    postponed_by: str = ""  # a PostponedBy value; "" when not recorded


@dataclass(frozen=True)
class Appearances:
    """How often one person came, stayed away, or was not recorded, over the hearings where
    attendance was due (held, postponed, not held, or recorded anyway)."""

    party: Party
    present: int
    absent: int = 0
    not_recorded: int = 0
    defendant: str = ""

    @property
    def recorded(self) -> int:
        return self.present + self.absent


@dataclass(frozen=True)
class AttendanceBlock:
    """One proceeding: its hearings, and the counts the core computed from the same hearings."""

    proceeding: ProceedingInfo
    hearings: tuple[HearingLine, ...]
    counts: dict[str, int]  # scheduled, held, postponed, missed, planned, cancelled, recorded
    appearances: tuple[Appearances, ...]


@dataclass(frozen=True)
class AttendanceData:
    heading: Heading
    blocks: tuple[AttendanceBlock, ...]


# --- evidence index ---------------------------------------------------------------------------------
@dataclass(frozen=True)
class EvidenceItem:
    filename: str
    description: str
    size: int
    imported_at: datetime | None
    sha256: str
    mime: str = ""


@dataclass(frozen=True)
class EvidenceIndexData:
    heading: Heading
    items: tuple[EvidenceItem, ...]
    verified_on: datetime | None = None  # every document's bytes re-checked against its SHA-256


# Kept here so the GUI, the CLI and the builders agree on the defaults of the vulnerable-witness
# request: the measures CPC Art. 104 names for a particularly vulnerable witness.
DEFAULT_MEASURES = (
    ProtectiveMeasure.QUESTIONS_THROUGH_COURT,
    ProtectiveMeasure.VIDEO_LINK,
    ProtectiveMeasure.SEPARATE_ROOM,
    ProtectiveMeasure.NO_CONFRONTATION,
)


# --- stage checks ---------------------------------------------------------------------------------
_ENDED = {"convicted", "acquitted", "charges-rejected", "discontinued"}


def stage_problems(
    kind: str,
    witness_status: str,
    verdict: str,
    claim_decision: str,
    first_instance_ended_on: date | None,
    plea_agreement: bool = False,
) -> list[str]:
    """Why a filing no longer fits where its proceeding stands (empty when it fits, and always for
    the organisation's own documents). The lawyer may still file; the GUI asks, the CLI wants
    --force."""
    problems: list[str] = []
    if kind == "vulnerable-witness":
        if witness_status == "granted":
            problems.append(
                "The client already has the status of a particularly vulnerable witness in this "
                "proceeding: the request is not needed."
            )
        if verdict in _ENDED:
            problems.append(
                "The proceeding has ended: a request for the status can no longer be decided in it."
            )
        elif plea_agreement:  # the trial ends on the agreement: her testimony may not come
            problems.append(
                "A plea agreement is recorded in this proceeding: check that the client will "
                "still be examined before asking for the status."
            )
    elif kind == "property-claim":
        if claim_decision == "referred-to-civil":
            problems.append(
                "The court referred the property claim to civil proceedings: the claim now "
                "belongs in a civil suit, not in this proceeding."
            )
        elif claim_decision in ("granted", "partly-granted", "rejected"):
            problems.append("The property claim has already been decided in this proceeding.")
        if verdict in _ENDED or first_instance_ended_on is not None:
            problems.append(
                "The trial at first instance has ended: a property claim is filed in the criminal "
                "proceeding before it ends."
            )
    return problems
