"""What a write changed, so open views refresh from one notification (cf. anki's `OpChanges`).

Every write to the vault is audited inside its own transaction, and the audit entry names the kind
of record and its id; `Changes` is built from those entries when the transaction commits. A view
asks `changes.touches("document")` rather than being called by whichever page did the writing, so
a new writer cannot forget to refresh a view: if it writes, it audits, and if it audits, the views
hear of it.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

# Audit actions that record a change of data (reading, printing, exporting or signing in do not).
CHANGING_ACTIONS = frozenset({"create", "change", "delete", "import"})

# Audit entries name a record by its kind ("note") or, for some writers (services, referrals,
# case transfer), by its table ("contact_notes"); both are folded to the kind.
_KIND_OF_TABLE = {
    "clients": "client",
    "cases": "case",
    "contact_notes": "note",
    "services": "service",
    "referrals": "referral",
    "consents": "consent",
    "documents": "document",
    "document_chunks": "document",
    "appointments": "appointment",
    "appointment_workers": "appointment",
    "hearings": "hearing",
    "hearing_attendance": "hearing",
    "claims": "claim",
    "monitored_trials": "monitored-trial",
    "trial_defendants": "trial-defendant",
    "trial_charges": "trial-charge",
    "trial_hearings": "trial-hearing",
    "trial_attendance": "trial-hearing",
    "proceedings": "proceeding",
    "defendants": "defendant",
    "charges": "charge",
    "risk_assessments": "risk-assessment",
    "risk_events": "risk-event",
    "safety_actions": "safety-action",
    "case_assignments": "assignment",
    "hotline_calls": "call",
    "missing_searches": "missing-search",
    "missing_actions": "missing-action",
    "missing_inquiries": "missing-inquiry",
    "related_persons": "related-person",
    "users": "user",
    "settings": "setting",
}

# Kinds that are not part of any case file (the case list and open case files ignore them).
OUTSIDE_CASES = frozenset(
    {"user", "user-passphrase", "setting", "backup", "vault", "call", "missing-search",
     "missing-action", "missing-inquiry", "transfer", "partner", "monitored-trial",
     "trial-defendant", "trial-charge", "trial-hearing"}
)  # fmt: skip


def kind_of(entity: str) -> str:
    return _KIND_OF_TABLE.get(entity, entity)


@dataclass(frozen=True)
class Changes:
    """The kinds (audit entity names) and ids of the records one committed write changed."""

    kinds: frozenset[str] = frozenset()
    ids: frozenset[str] = frozenset()

    @classmethod
    def from_audit(cls, entries: Iterable[tuple[str, str, str]]) -> Changes:
        """From (action, entity, entity_id) audit entries; reads and exports are left out."""
        kinds: set[str] = set()
        ids: set[str] = set()
        for action, entity, entity_id in entries:
            if action not in CHANGING_ACTIONS or not entity:
                continue
            kinds.add(kind_of(entity))
            if entity_id:
                ids.add(entity_id)
        return cls(frozenset(kinds), frozenset(ids))

    def __bool__(self) -> bool:
        return bool(self.kinds)

    def touches(self, *kinds: str) -> bool:
        """True if a record of any of these kinds changed."""
        return not self.kinds.isdisjoint(kind_of(kind) for kind in kinds)

    def touches_case_records(self) -> bool:
        """True if anything shown in a case file or the case list may have changed."""
        return not self.kinds <= OUTSIDE_CASES

    def merged(self, other: Changes) -> Changes:
        return Changes(self.kinds | other.kinds, self.ids | other.ids)
