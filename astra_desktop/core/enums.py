"""Closed vocabularies of the records (HTCDS 2.0 where it has one). Values are stored in the vault."""

from __future__ import annotations

from enum import StrEnum


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
