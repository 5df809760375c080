"""What each stored value is called on screen (through Qt's translation functions)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from astra_desktop.core.enums import CaseStatus
from astra_desktop.core.risk import Level


def _t(text: str) -> str:
    return QCoreApplication.translate("labels", text)


def case_statuses() -> dict[str, str]:
    return {
        "active": _t("Active"),
        "follow-up": _t("Follow-up"),
        "closed": _t("Closed"),
        "closed-referred": _t("Closed — referred"),
    }


def case_status_label(status: CaseStatus) -> str:
    return case_statuses().get(status.value, status.value)


def genders() -> dict[str, str]:
    return {
        "female": _t("Female"),
        "male": _t("Male"),
        "other": _t("Other"),
        "unknown": _t("Not known"),
    }


def trafficking_statuses() -> dict[str, str]:
    return {
        "presumed": _t("Presumed victim"),
        "identified": _t("Identified victim"),
        "not-assessed": _t("Not yet assessed"),
    }


def exploitation_types() -> dict[str, str]:
    return {
        "sexual": _t("Sexual exploitation"),
        "labour": _t("Labour exploitation"),
        "forced-begging": _t("Forced begging"),
        "forced-criminality": _t("Forced criminality"),
        "forced-marriage": _t("Forced marriage"),
        "domestic-servitude": _t("Domestic servitude"),
        "other": _t("Other"),
    }


def means_of_control() -> dict[str, str]:
    return {
        "debt-bondage": _t("Debt bondage"),
        "documents-withheld": _t("Documents withheld"),
        "threats-to-family": _t("Threats to family"),
        "violence": _t("Violence"),
        "substances": _t("Substances"),
        "restricted-movement": _t("Restricted movement"),
        "isolation": _t("Isolation"),
        "wages-withheld": _t("Wages withheld"),
        "other": _t("Other"),
    }


def id_document_statuses() -> dict[str, str]:
    return {
        "has-documents": _t("Has documents"),
        "withheld": _t("Withheld by others"),
        "lost": _t("Lost"),
        "none": _t("Never had documents"),
        "unknown": _t("Not known"),
    }


def note_kinds() -> dict[str, str]:
    return {
        "call": _t("Phone call"),
        "visit": _t("Visit"),
        "accompaniment": _t("Accompaniment"),
        "hotline": _t("SOS hotline"),
        "meeting": _t("Meeting"),
        "other": _t("Other"),
    }


def service_kinds() -> dict[str, str]:
    return {
        "medical": _t("Medical"),
        "legal": _t("Legal"),
        "psychological": _t("Psychological"),
        "accommodation": _t("Accommodation"),
        "financial": _t("Financial"),
        "education-employment": _t("Education / employment"),
        "family-reunification": _t("Family reunification"),
        "other": _t("Other"),
    }


def roles() -> dict[str, str]:
    return {
        "admin": _t("Administrator"),
        "caseworker": _t("Caseworker"),
        "lawyer": _t("Lawyer"),
        "viewer": _t("Viewer (read only)"),
    }


def referral_directions() -> dict[str, str]:
    return {"in": _t("Referred to us"), "out": _t("Referred by us")}


def risk_levels() -> dict[str, str]:
    return {"low": _t("Low"), "medium": _t("Medium"), "high": _t("High"), "": _t("Not assessed")}


def risk_cell(level: str, overdue: bool) -> str:
    """The case list's risk column; a case with no level says "Not assessed", never blank."""
    name = risk_levels().get(level, level)
    return _t("{0} · reassess now").format(name) if level and overdue else name


def risk_level_name(level: Level | None) -> str:
    """Low / Medium / High, or "Not assessed" for None."""
    return risk_levels()[level.key if level is not None else ""]


def action_statuses() -> dict[str, str]:
    return {
        "open": _t("To do"),
        "in-progress": _t("Under way"),
        "done": _t("Done"),
        "dropped": _t("Dropped"),
    }


def risk_event_kinds() -> dict[str, str]:
    return {
        "testimony": _t("Testimony"),
        "suspect-released": _t("Suspect released"),
        "other": _t("Other"),
    }


def relations() -> dict[str, str]:
    """How a related person stands to the client (core/enums.Relation)."""
    return {
        "mother": _t("Mother"),
        "father": _t("Father"),
        "sibling": _t("Brother or sister"),
        "child": _t("Child"),
        "partner": _t("Partner or spouse"),
        "former-partner": _t("Former partner"),
        "guardian": _t("Guardian"),
        "foster-parent": _t("Foster parent"),
        "other-relative": _t("Other relative"),
        "friend": _t("Friend"),
        "employer": _t("Employer"),
        "other": _t("Other"),
    }
