"""Which column of which record table holds which closed vocabulary, and how a stored column or
value reads in English — for what shows a record without its form (the command line's conflicts).

Why a table here: a conflict carries raw columns and stored values ("court-hearing"); the enum's
label is written once next to the enum (core/labels.py), so all that is needed is which enum a
column holds. The GUI words its fields through the forms (gui/record_fields.py) and may read the
enum of a column from here too. A column that holds no enum, or an enum with no labels, reads as
stored.
"""

from __future__ import annotations

import json
from enum import Enum

from astra_desktop.core import labels
from astra_desktop.core.appointments import AppointmentKind, AppointmentStatus
from astra_desktop.core.court import (
    AppealBy,
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
from astra_desktop.core.enums import (
    CaseStatus,
    ExploitationType,
    Gender,
    IdDocumentStatus,
    MeansOfControl,
    NoteKind,
    ReferralDirection,
    Relation,
    ServiceKind,
    TraffickingStatus,
)
from astra_desktop.core.hotline import (
    AgeBand,
    CallerType,
    CallLanguage,
    CallTopic,
    CaseLink,
    Channel,
)
from astra_desktop.core.missing import ActionKind, InquiryAnswer, SearchOutcome, SearchStatus
from astra_desktop.core.risk import ActionStatus, Level, RiskEventKind

_SEARCH: dict[str, type[Enum]] = {"status": SearchStatus, "outcome": SearchOutcome}
_LEVELS = ("severity", "likelihood", "grid_level", "computed_level", "final_level")

# table -> column -> the enum its values are members of (a JSON list of them for several).
ENUMS: dict[str, dict[str, type[Enum]]] = {
    "clients": {"gender": Gender, "id_document_status": IdDocumentStatus},
    "cases": {"status": CaseStatus, "trafficking_status": TraffickingStatus,
              "exploitation_types": ExploitationType, "means_of_control": MeansOfControl},
    "contact_notes": {"kind": NoteKind},
    "services": {"kind": ServiceKind},
    "referrals": {"direction": ReferralDirection},
    "related_persons": {"relation": Relation},
    "appointments": {"kind": AppointmentKind, "status": AppointmentStatus},
    "proceedings": {"stage": Stage, "victim_roles": VictimRole,
                    "vulnerable_witness": WitnessStatus, "measures_ordered": ProtectiveMeasure,
                    "property_claim_decision": ClaimDecision, "verdict": Verdict,
                    "appealed_by": AppealBy},
    "hearings": {"kind": HearingKind, "measures_applied": ProtectiveMeasure,
                 "postponed_by": PostponedBy},
    "hearing_attendance": {"party": Party},
    "defendants": {"role": DefendantRole},
    "risk_assessments": dict.fromkeys(_LEVELS, Level),
    "safety_actions": {"status": ActionStatus},
    "risk_events": {"kind": RiskEventKind},
    "hotline_calls": {"caller_type": CallerType, "channel": Channel, "topic": CallTopic,
                      "case_link": CaseLink, "person_sex": Gender,
                      "exploitation_types": ExploitationType, "language": CallLanguage,
                      "person_age_band": AgeBand},
    "missing_searches": _SEARCH,
    "missing_inquiries": {"answer": InquiryAnswer},
    "missing_actions": {"kind": ActionKind},
    "missing_status_changes": _SEARCH,
}  # fmt: skip

_WORDS = {"id": "ID", "sha256": "SHA-256", "mime": "MIME", "rsd": "RSD"}


def column_words(column: str) -> str:
    """A column's name as words: "next_step_due" -> "Next step due", "case_id" -> "Case ID"."""
    words = [_WORDS.get(w, w) for w in column.split("_") if w]
    text = " ".join(words)
    return text[:1].upper() + text[1:] if text else column


def member(enum: type[Enum], stored: str) -> Enum | None:
    """The member stored as `stored` (its value, or its name as a key: "low"), None if none."""
    try:
        return enum(stored)
    except ValueError:
        return enum.__members__.get(stored.upper().replace("-", "_"))


def _one(enum: type[Enum], stored: str) -> str:
    found = member(enum, stored)
    text = labels.label(found) if found is not None else None
    return text or stored


def value_words(table: str, column: str, value: object) -> str | None:
    """The English label(s) of an enum column's stored `value`, None when it holds no enum (or
    is blank, blank not being a member); several members (a JSON list) read as their labels
    joined by commas."""
    enum = ENUMS.get(table, {}).get(column)
    if enum is None:
        return None
    items: object = value
    if isinstance(value, str) and value.startswith("["):
        try:
            items = json.loads(value)
        except ValueError:
            return None
    if isinstance(items, list | tuple):
        return ", ".join(_one(enum, str(item)) for item in items)
    if not isinstance(value, str):
        return None
    if not value:  # blank reads as blank, unless blank is a member ("not linked")
        found = member(enum, value)
        return labels.label(found) if found is not None else None
    return _one(enum, value)
