"""The records of a case file as plain dataclasses (no storage, no Qt).

Every record has a stable UUID (`id`) so it can move between vaults; `version` counts edits and is
used to refuse saving over someone else's newer change.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from datetime import date, datetime

from astra_desktop.core.enums import (
    CaseStatus,
    ExploitationType,
    Gender,
    IdDocumentStatus,
    MeansOfControl,
    NoteKind,
    ReferralDirection,
    Relation,
    Role,
    ServiceKind,
    TraffickingStatus,
)


def new_id() -> str:
    return str(uuid.uuid4())


@dataclass
class User:
    username: str
    role: Role
    id: str = field(default_factory=new_id)
    slot_id: str | None = None
    active: bool = True
    all_cases: bool = False
    created_at: datetime | None = None


@dataclass
class Client:
    given_name: str
    family_name: str
    id: str = field(default_factory=new_id)
    aliases: list[str] = field(default_factory=list)
    date_of_birth: date | None = None
    estimated_age: int | None = None
    gender: Gender = Gender.UNKNOWN
    citizenships: list[str] = field(default_factory=list)
    languages: list[str] = field(default_factory=list)
    id_document_status: IdDocumentStatus = IdDocumentStatus.UNKNOWN
    contact: str = ""
    safe_contact_instructions: str = ""
    children: str = ""
    guardian: str = ""
    # Identifying details (schema 13); "case code only" court documents take them out.
    personal_number: str = ""  # JMBG: 13 digits (core/validation.jmbg_problem)
    id_document_number: str = ""  # ID card or passport number
    address: str = ""
    place_of_residence: str = ""
    place_of_birth: str = ""
    created_at: datetime | None = None
    updated_at: datetime | None = None
    version: int = 0

    @property
    def display_name(self) -> str:
        return f"{self.given_name} {self.family_name}".strip()


@dataclass
class Case:
    client_id: str
    case_code: str = ""
    id: str = field(default_factory=new_id)
    status: CaseStatus = CaseStatus.ACTIVE
    closure_reason: str = ""
    trafficking_status: TraffickingStatus = TraffickingStatus.PRESUMED
    identified_by: str = ""
    identified_on: date | None = None
    exploitation_types: list[ExploitationType] = field(default_factory=list)
    means_of_control: list[MeansOfControl] = field(default_factory=list)
    recruitment: str = ""
    places_of_exploitation: str = ""
    referral_source: str = ""
    opened_on: date | None = None
    created_at: datetime | None = None
    updated_at: datetime | None = None
    version: int = 0


@dataclass
class ContactNote:
    case_id: str
    occurred_at: datetime
    body: str
    kind: NoteKind = NoteKind.OTHER
    id: str = field(default_factory=new_id)
    author_id: str | None = None
    created_at: datetime | None = None
    updated_at: datetime | None = None
    version: int = 0


@dataclass
class ServiceRecord:
    case_id: str
    kind: ServiceKind
    provided_on: date
    id: str = field(default_factory=new_id)
    ended_on: date | None = None
    provider: str = ""
    notes: str = ""
    version: int = 0


@dataclass
class Referral:
    case_id: str
    direction: ReferralDirection
    organisation: str
    referred_on: date
    id: str = field(default_factory=new_id)
    reason: str = ""
    consent_given: bool = False
    # The partner of the registry (schema 22); `organisation` keeps its name as it was then, and
    # is the only name of an organisation not in the registry.
    partner_id: str | None = None
    version: int = 0


@dataclass
class Consent:
    client_id: str
    given_on: date
    scope: str
    id: str = field(default_factory=new_id)
    withdrawn_on: date | None = None
    version: int = 0


@dataclass
class RelatedPerson:
    """Family, guardian, partner or contact of a client: some protect her, some are the risk."""

    client_id: str
    name: str
    relation: Relation = Relation.OTHER
    id: str = field(default_factory=new_id)
    is_risk: bool = False  # a danger to the client (an exploiter's ally, a violent partner)
    contact: str = ""
    address: str = ""
    notes: str = ""
    created_at: datetime | None = None
    updated_at: datetime | None = None
    version: int = 0


@dataclass
class DocumentInfo:
    case_id: str
    filename: str
    size: int
    sha256: str
    id: str = field(default_factory=new_id)
    mime: str = "application/octet-stream"
    description: str = ""
    imported_at: datetime | None = None
    imported_by: str | None = None


@dataclass(frozen=True)
class CaseRow:
    """One line of the case list: what a list view needs, nothing more."""

    case_id: str
    case_code: str
    client_id: str
    client_name: str
    status: CaseStatus
    opened_on: date | None
    updated_at: datetime | None
    risk_level: str = ""  # low | medium | high, from the latest risk assessment
    risk_due: date | None = None  # when the next risk assessment is due
    shared: bool = False  # shared with the office: it travels to the team's laptops (team sync)


@dataclass
class SafetyAction:
    """One step of a client's safety plan, e.g. "change the phone number", with owner and due date."""

    case_id: str
    title: str
    id: str = field(default_factory=new_id)
    assessment_id: str | None = None
    action_key: str = ""
    owner: str = ""
    due_on: date | None = None
    status: str = "open"  # open | in-progress | done | dropped
    notes: str = ""
    created_at: datetime | None = None
    version: int = 0


@dataclass
class RiskEvent:
    """Something that calls for a new risk assessment: testimony, a suspect's release."""

    case_id: str
    kind: str  # testimony | suspect-released | other
    on_date: date
    id: str = field(default_factory=new_id)
    note: str = ""
    version: int = 0
