"""What each stored value is called on screen.

An enum's labels are written once, in English, next to the enum (core/labels.py); here they are
translated by that text in the "Labels" context of astra_services_*.ts, disambiguated by the
enum's name — the same words the CLI prints and reports use.
"""

from __future__ import annotations

from enum import Enum

from PySide6.QtCore import QCoreApplication

from astra_desktop.core import enums
from astra_desktop.core import labels as core_labels
from astra_desktop.core.messages import LABELS
from astra_desktop.core.risk import ActionStatus, Level, RiskEventKind


def _t(text: str) -> str:
    return QCoreApplication.translate("labels", text)


def label(member: Enum) -> str:
    """`member`'s label in the interface language (its stored value if it has none)."""
    text = core_labels.label(member)
    if text is None:
        return str(member.value)
    return QCoreApplication.translate(LABELS, text, type(member).__name__)


def named(enum: type[Enum]) -> dict[str, str]:
    """Stored value → label, for every member of `enum`, in its order (combo boxes, columns)."""
    return {str(m.value): label(m) for m in enum}


def case_statuses() -> dict[str, str]:
    return named(enums.CaseStatus)


def case_status_label(status: enums.CaseStatus) -> str:
    return case_statuses().get(status.value, status.value)


def genders() -> dict[str, str]:
    return named(enums.Gender)


def trafficking_statuses() -> dict[str, str]:
    return named(enums.TraffickingStatus)


def exploitation_types() -> dict[str, str]:
    return named(enums.ExploitationType)


def means_of_control() -> dict[str, str]:
    return named(enums.MeansOfControl)


def id_document_statuses() -> dict[str, str]:
    return named(enums.IdDocumentStatus)


def note_kinds() -> dict[str, str]:
    return named(enums.NoteKind)


def service_kinds() -> dict[str, str]:
    return named(enums.ServiceKind)


def roles() -> dict[str, str]:
    return named(enums.Role)


def referral_directions() -> dict[str, str]:
    return named(enums.ReferralDirection)


def risk_levels() -> dict[str, str]:
    return {**{m.key: label(m) for m in Level}, "": _t("Not assessed")}


def risk_cell(level: str, overdue: bool) -> str:
    """The case list's risk column; a case with no level says "Not assessed", never blank."""
    name = risk_levels().get(level, level)
    return _t("{0} · reassess now").format(name) if level and overdue else name


def risk_level_name(level: Level | None) -> str:
    """Low / Medium / High, or "Not assessed" for None."""
    return risk_levels()[level.key if level is not None else ""]


def action_statuses() -> dict[str, str]:
    return named(ActionStatus)


def risk_event_kinds() -> dict[str, str]:
    return named(RiskEventKind)


def relations() -> dict[str, str]:
    """How a related person stands to the client (core/enums.Relation)."""
    return named(enums.Relation)
