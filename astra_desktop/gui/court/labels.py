"""What appointment and court values are called on screen (enum labels: see gui/labels.py)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from astra_desktop.core.appointments import AppointmentKind, AppointmentStatus
from astra_desktop.core.court import (
    AppealBy,
    Authority,
    ClaimDecision,
    DefendantRole,
    HearingKind,
    Party,
    PostponedBy,
    ProtectiveMeasure,
    Stage,
    Verdict,
    VictimRole,
    WitnessStatus,
)
from astra_desktop.gui.labels import named


def _t(text: str) -> str:
    return QCoreApplication.translate("court", text)


def appointment_kinds() -> dict[str, str]:
    return named(AppointmentKind)


def appointment_statuses() -> dict[str, str]:
    return named(AppointmentStatus)


def hearing_kinds() -> dict[str, str]:
    return named(HearingKind)


def victim_roles() -> dict[str, str]:
    return named(VictimRole)


def witness_statuses() -> dict[str, str]:
    return named(WitnessStatus)


def appeal_parties() -> dict[str, str]:
    """Who appealed the judgment ("none": no appeal was lodged; nothing ticked: not recorded)."""
    return named(AppealBy)


def stages() -> dict[str, str]:
    return named(Stage)


def authorities() -> dict[str, str]:
    """Who receives a filing."""
    return named(Authority)


def protective_measures() -> dict[str, str]:
    return named(ProtectiveMeasure)


def defendant_roles() -> dict[str, str]:
    return named(DefendantRole)


def verdicts() -> dict[str, str]:
    return named(Verdict)


def claim_decisions() -> dict[str, str]:
    return named(ClaimDecision)


def parties() -> dict[str, str]:
    return named(Party)


def postponement_causes() -> dict[str, str]:
    """Who caused a postponement ("": not recorded), as the monitoring reports count it."""
    return {"": _t("Not recorded"), **named(PostponedBy)}


def weekdays_short() -> list[str]:
    return [_t("Mon"), _t("Tue"), _t("Wed"), _t("Thu"), _t("Fri"), _t("Sat"), _t("Sun")]


def months() -> list[str]:
    return [
        _t("January"), _t("February"), _t("March"), _t("April"), _t("May"), _t("June"),
        _t("July"), _t("August"), _t("September"), _t("October"), _t("November"), _t("December"),
    ]  # fmt: skip
