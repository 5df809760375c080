"""Closed vocabularies of the records (HTCDS 2.0 where it has one). Values are stored in the vault."""

from __future__ import annotations

from enum import StrEnum

from astra_desktop.core import labels


class Role(StrEnum):
    ADMIN = "admin"
    CASEWORKER = "caseworker"
    LAWYER = "lawyer"
    VIEWER = "viewer"


class Gender(StrEnum):
    FEMALE = "female"
    MALE = "male"
    OTHER = "other"
    UNKNOWN = "unknown"


class CaseStatus(StrEnum):
    ACTIVE = "active"
    FOLLOW_UP = "follow-up"
    CLOSED = "closed"
    CLOSED_REFERRED = "closed-referred"


class TraffickingStatus(StrEnum):
    PRESUMED = "presumed"
    IDENTIFIED = "identified"
    NOT_ASSESSED = "not-assessed"


class ExploitationType(StrEnum):
    SEXUAL = "sexual"
    LABOUR = "labour"
    FORCED_BEGGING = "forced-begging"
    FORCED_CRIMINALITY = "forced-criminality"
    FORCED_MARRIAGE = "forced-marriage"
    DOMESTIC_SERVITUDE = "domestic-servitude"
    OTHER = "other"


class MeansOfControl(StrEnum):
    DEBT_BONDAGE = "debt-bondage"
    DOCUMENTS_WITHHELD = "documents-withheld"
    THREATS_TO_FAMILY = "threats-to-family"
    VIOLENCE = "violence"
    SUBSTANCES = "substances"
    RESTRICTED_MOVEMENT = "restricted-movement"
    ISOLATION = "isolation"
    WAGES_WITHHELD = "wages-withheld"
    OTHER = "other"


class IdDocumentStatus(StrEnum):
    HAS_DOCUMENTS = "has-documents"
    WITHHELD = "withheld"
    LOST = "lost"
    NONE = "none"
    UNKNOWN = "unknown"


class NoteKind(StrEnum):
    CALL = "call"
    VISIT = "visit"
    ACCOMPANIMENT = "accompaniment"
    HOTLINE = "hotline"
    MEETING = "meeting"
    OTHER = "other"


class ServiceKind(StrEnum):
    MEDICAL = "medical"
    LEGAL = "legal"
    PSYCHOLOGICAL = "psychological"
    ACCOMMODATION = "accommodation"
    FINANCIAL = "financial"
    EDUCATION_EMPLOYMENT = "education-employment"
    FAMILY_REUNIFICATION = "family-reunification"
    OTHER = "other"


class ReferralDirection(StrEnum):
    IN = "in"
    OUT = "out"


class AuditAction(StrEnum):
    LOGIN = "login"
    FAILED_LOGIN = "failed-login"
    VIEW = "view"
    CREATE = "create"
    CHANGE = "change"
    DELETE = "delete"
    EXPORT = "export"
    PRINT = "print"
    IMPORT = "import"
    LOCK = "lock"


class Relation(StrEnum):
    """How a related person stands to the client (the categories centres for social work use)."""

    MOTHER = "mother"
    FATHER = "father"
    SIBLING = "sibling"
    CHILD = "child"
    PARTNER = "partner"  # spouse, or partner in a common-law union ("vanbračni partner")
    FORMER_PARTNER = "former-partner"
    GUARDIAN = "guardian"  # appointed by the centre for social work ("staratelj")
    FOSTER_PARENT = "foster-parent"  # "hranitelj/ka"
    OTHER_RELATIVE = "other-relative"  # grandparents, aunts, uncles, cousins, in-laws
    FRIEND = "friend"
    EMPLOYER = "employer"
    OTHER = "other"


# What each value is called, in English (core/labels.py: the GUI translates these, the CLI
# prints them, reports look them up in their own language tables).
labels.define(
    CaseStatus,
    {
        CaseStatus.ACTIVE: "Active",
        CaseStatus.FOLLOW_UP: "Follow-up",
        CaseStatus.CLOSED: "Closed",
        CaseStatus.CLOSED_REFERRED: "Closed — referred",
    },
)
labels.define(
    Gender,
    {
        Gender.FEMALE: "Female",
        Gender.MALE: "Male",
        Gender.OTHER: "Other",
        Gender.UNKNOWN: "Not known",
    },
)
labels.define(
    TraffickingStatus,
    {
        TraffickingStatus.PRESUMED: "Presumed victim",
        TraffickingStatus.IDENTIFIED: "Identified victim",
        TraffickingStatus.NOT_ASSESSED: "Not yet assessed",
    },
)
labels.define(
    ExploitationType,
    {
        ExploitationType.SEXUAL: "Sexual exploitation",
        ExploitationType.LABOUR: "Labour exploitation",
        ExploitationType.FORCED_BEGGING: "Forced begging",
        ExploitationType.FORCED_CRIMINALITY: "Forced criminality",
        ExploitationType.FORCED_MARRIAGE: "Forced marriage",
        ExploitationType.DOMESTIC_SERVITUDE: "Domestic servitude",
        ExploitationType.OTHER: "Other",
    },
)
labels.define(
    MeansOfControl,
    {
        MeansOfControl.DEBT_BONDAGE: "Debt bondage",
        MeansOfControl.DOCUMENTS_WITHHELD: "Documents withheld",
        MeansOfControl.THREATS_TO_FAMILY: "Threats to family",
        MeansOfControl.VIOLENCE: "Violence",
        MeansOfControl.SUBSTANCES: "Substances",
        MeansOfControl.RESTRICTED_MOVEMENT: "Restricted movement",
        MeansOfControl.ISOLATION: "Isolation",
        MeansOfControl.WAGES_WITHHELD: "Wages withheld",
        MeansOfControl.OTHER: "Other",
    },
)
labels.define(
    IdDocumentStatus,
    {
        IdDocumentStatus.HAS_DOCUMENTS: "Has documents",
        IdDocumentStatus.WITHHELD: "Withheld by others",
        IdDocumentStatus.LOST: "Lost",
        IdDocumentStatus.NONE: "Never had documents",
        IdDocumentStatus.UNKNOWN: "Not known",
    },
)
labels.define(
    NoteKind,
    {
        NoteKind.CALL: "Phone call",
        NoteKind.VISIT: "Visit",
        NoteKind.ACCOMPANIMENT: "Accompaniment",
        NoteKind.HOTLINE: "SOS hotline",
        NoteKind.MEETING: "Meeting",
        NoteKind.OTHER: "Other",
    },
)
labels.define(
    ServiceKind,
    {
        ServiceKind.MEDICAL: "Medical",
        ServiceKind.LEGAL: "Legal",
        ServiceKind.PSYCHOLOGICAL: "Psychological",
        ServiceKind.ACCOMMODATION: "Accommodation",
        ServiceKind.FINANCIAL: "Financial",
        ServiceKind.EDUCATION_EMPLOYMENT: "Education / employment",
        ServiceKind.FAMILY_REUNIFICATION: "Family reunification",
        ServiceKind.OTHER: "Other",
    },
)
labels.define(
    Role,
    {
        Role.ADMIN: "Administrator",
        Role.CASEWORKER: "Caseworker",
        Role.LAWYER: "Lawyer",
        Role.VIEWER: "Viewer (read only)",
    },
)
labels.define(
    ReferralDirection,
    {
        ReferralDirection.IN: "Referred to us",
        ReferralDirection.OUT: "Referred by us",
    },
)
labels.define(
    Relation,
    {
        Relation.MOTHER: "Mother",
        Relation.FATHER: "Father",
        Relation.SIBLING: "Brother or sister",
        Relation.CHILD: "Child",
        Relation.PARTNER: "Partner or spouse",
        Relation.FORMER_PARTNER: "Former partner",
        Relation.GUARDIAN: "Guardian",
        Relation.FOSTER_PARENT: "Foster parent",
        Relation.OTHER_RELATIVE: "Other relative",
        Relation.FRIEND: "Friend",
        Relation.EMPLOYER: "Employer",
        Relation.OTHER: "Other",
    },
)
