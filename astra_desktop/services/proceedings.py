"""Criminal proceedings of a case: the proceeding itself, its defendants, its charges and their
re-qualifications, and the deadline warnings the rules in resources/deadlines/ give for it.

Writes need WRITE_CASES on the case; every change is audited by id.
"""

from __future__ import annotations

from datetime import date
from functools import cache
from typing import TypeVar

from astra_desktop import paths
from astra_desktop.core import deadlines
from astra_desktop.core.appointments import Clock, local_now, local_today
from astra_desktop.core.court import (
    AppealBy,
    Charge,
    ClaimDecision,
    Defendant,
    DefendantRole,
    Proceeding,
    ProtectiveMeasure,
    Stage,
    Verdict,
    VictimRole,
    WitnessStatus,
    validate_charge,
)
from astra_desktop.core.enums import AuditAction
from astra_desktop.core.roles import Permission
from astra_desktop.errors import NotFound, ValidationError
from astra_desktop.services.access import require_case
from astra_desktop.services.session import Session
from astra_desktop.storage import audit, rows
from astra_desktop.storage import proceedings as proceedings_db

R = TypeVar("R", Defendant, Charge)
_TABLES: dict[type, tuple[str, str]] = {
    Defendant: ("defendants", "defendant"),
    Charge: ("charges", "charge"),
}


def _case_of(session: Session, proceeding_id: str) -> str:
    case_id = proceedings_db.case_of(session.db, proceeding_id)
    if case_id is None:
        raise NotFound("The proceeding was not found: it may have been deleted.")
    return case_id


def _coerce(p: Proceeding) -> None:
    """Forms hand back plain strings for enum values; the record keeps the enums."""
    p.verdict = Verdict(p.verdict)
    p.stage = Stage(p.stage)
    p.vulnerable_witness = WitnessStatus(p.vulnerable_witness)
    p.property_claim_decision = ClaimDecision(p.property_claim_decision)
    p.victim_roles = [VictimRole(v) for v in p.victim_roles]
    p.measures_ordered = [ProtectiveMeasure(m) for m in p.measures_ordered]
    p.appealed_by = [AppealBy(a) for a in p.appealed_by]


def validate_proceeding(p: Proceeding, today: date | None = None) -> None:
    today = today or local_today()
    _coerce(p)
    dated = ("opened_on", "first_instance_ended_on", "verdict_on", "property_claim_filed_on",
             "plea_agreement_on", "judgment_served_on")  # fmt: skip
    for name in dated:
        value = getattr(p, name)
        if value is not None and value > today:
            raise ValidationError(name, "This date is in the future. Record it once it happened.")
    if p.verdict is Verdict.PENDING and (p.verdict_on or p.sentence_months is not None):
        raise ValidationError("verdict", "Choose the verdict before entering its date or sentence.")
    if p.verdict is not Verdict.PENDING and p.verdict_on is None:
        raise ValidationError("verdict_on", "Enter the date of the verdict.")
    if p.sentence_months is not None and not 0 <= p.sentence_months <= 12 * 45:
        raise ValidationError("sentence_months", "The sentence is in months, from 0 to 540.")
    for name in ("compensation_awarded", "compensation_paid", "compensation_claimed"):
        value = getattr(p, name)
        if value is not None and value < 0:
            raise ValidationError(name, "An amount cannot be negative.")
    if not p.plea_agreement and p.victim_informed_of_plea is not None:
        p.victim_informed_of_plea = None
    _validate_outcome(p)


def _validate_outcome(p: Proceeding) -> None:
    """The plea agreement's date and terms, the judgment's details and the appeal, each only
    where it can exist (the documents print what is recorded, so it must hold together)."""
    if not p.plea_agreement and (p.plea_agreement_on or p.plea_terms.strip()):
        raise ValidationError(
            "plea_agreement_on",
            "The plea agreement's date or terms are filled in: tick “A plea agreement was "
            "made”, or clear them.",
        )
    if p.verdict is not Verdict.CONVICTED and (p.convicted_paragraph.strip() or p.sentence.strip()):
        field = "convicted_paragraph" if p.convicted_paragraph.strip() else "sentence"
        raise ValidationError(
            field, "The paragraph and the sentence belong to a conviction: choose that verdict."
        )
    if p.judgment_served_on is not None and (
        p.verdict_on is None or p.judgment_served_on < p.verdict_on
    ):
        raise ValidationError(
            "judgment_served_on", "The written judgment cannot be served before it was pronounced."
        )
    if p.appealed_by and p.verdict is Verdict.PENDING:
        raise ValidationError("appealed_by", "Record the verdict before the appeal against it.")
    if AppealBy.NONE in p.appealed_by and len(p.appealed_by) > 1:
        raise ValidationError(
            "appealed_by",
            "“No appeal was lodged” cannot go with an appeal: choose one or the other.",
        )


# --- proceedings ------------------------------------------------------------------------------------
def add(session: Session, proceeding: Proceeding) -> Proceeding:
    require_case(session, proceeding.case_id, Permission.WRITE_CASES)
    validate_proceeding(proceeding)
    proceeding.created_at = proceeding.updated_at = rows.now_utc()
    with session.write() as conn:
        rows.insert(conn, "proceedings", proceeding)
        audit.append(
            conn, session.actor.user_id, AuditAction.CREATE.value, "proceeding", proceeding.id
        )
    return proceeding


def update(session: Session, proceeding: Proceeding) -> None:
    require_case(session, _case_of(session, proceeding.id), Permission.WRITE_CASES)
    validate_proceeding(proceeding)
    proceeding.updated_at = rows.now_utc()
    with session.write() as conn:
        rows.update(conn, "proceedings", proceeding)
        audit.append(
            conn, session.actor.user_id, AuditAction.CHANGE.value, "proceeding", proceeding.id
        )


def get(session: Session, proceeding_id: str) -> Proceeding:
    require_case(session, _case_of(session, proceeding_id), Permission.READ_CASES)
    return rows.get(session.db, Proceeding, "proceedings", proceeding_id)


def of_case(session: Session, case_id: str) -> list[Proceeding]:
    require_case(session, case_id, Permission.READ_CASES)
    return proceedings_db.of_case(session.db, case_id)


def delete(session: Session, proceeding_id: str) -> None:
    """The proceeding with its defendants, charges, hearings and the hearings' appointments."""
    require_case(session, _case_of(session, proceeding_id), Permission.DELETE_RECORDS)
    with session.write() as conn:
        proceedings_db.delete(conn, proceeding_id)
        audit.append(
            conn, session.actor.user_id, AuditAction.DELETE.value, "proceeding", proceeding_id
        )


# --- defendants and charges ----------------------------------------------------------------------
def add_entry(session: Session, entry: R) -> R:
    require_case(session, _case_of(session, entry.proceeding_id), Permission.WRITE_CASES)
    table, entity = _TABLES[type(entry)]
    if isinstance(entry, Defendant):
        entry.role = DefendantRole(entry.role)
        if not entry.label.strip():
            raise ValidationError("label", "Enter the defendant's name or initials.")
    if isinstance(entry, Charge):
        replaced = None
        if entry.replaces_id:
            replaced = rows.get(session.db, Charge, "charges", entry.replaces_id)
            if replaced.proceeding_id != entry.proceeding_id:
                raise ValidationError("replaces_id", "That charge belongs to another proceeding.")
            entry.defendant_id = entry.defendant_id or replaced.defendant_id
        validate_charge(entry, replaced)
    with session.write() as conn:
        rows.insert(conn, table, entry)
        audit.append(conn, session.actor.user_id, AuditAction.CREATE.value, entity, entry.id)
    return entry


def requalify(
    session: Session,
    charge_id: str,
    article: str,
    offence: str,
    on: date,
    note: str = "",
    paragraph: str = "",
) -> Charge:
    """Record that a charge was re-qualified on `on`: a new charge replacing the old, which stays."""
    old = rows.get(session.db, Charge, "charges", charge_id)
    if proceedings_db.is_requalified(session.db, charge_id):
        raise ValidationError(
            "replaces_id", "This charge was already re-qualified. Re-qualify the current one."
        )
    new = Charge(
        proceeding_id=old.proceeding_id, article=article.strip(), qualified_on=on,
        offence=offence.strip(), defendant_id=old.defendant_id, replaces_id=old.id, note=note,
        paragraph=paragraph.strip(),
    )  # fmt: skip
    return add_entry(session, new)


def defendants(session: Session, proceeding_id: str) -> list[Defendant]:
    require_case(session, _case_of(session, proceeding_id), Permission.READ_CASES)
    return proceedings_db.defendants(session.db, proceeding_id)


def charges(session: Session, proceeding_id: str) -> list[Charge]:
    """Every qualification ever recorded, oldest first (see core.court.history)."""
    require_case(session, _case_of(session, proceeding_id), Permission.READ_CASES)
    return proceedings_db.charges(session.db, proceeding_id)


# --- deadlines -------------------------------------------------------------------------------------
@cache
def _rules() -> tuple[deadlines.Rule, ...]:
    folder = paths.resources_dir() / "deadlines"
    found: list[deadlines.Rule] = []
    for path in sorted(folder.glob("*.toml")):
        found += deadlines.load_rules(path.read_text(encoding="utf-8"), path.name)
    return tuple(found)


def rules() -> tuple[deadlines.Rule, ...]:
    """The deadline rules shipped in resources/deadlines/ (read once)."""
    return _rules()


def scheduled_hearings(session: Session, proceeding_id: str) -> list[deadlines.ScheduledHearing]:
    return proceedings_db.scheduled_hearings(session.db, proceeding_id)


def warnings(
    session: Session, proceeding_id: str, clock: Clock | None = None
) -> list[deadlines.DeadlineWarning]:
    """Deadline warnings for one proceeding, e.g. the property claim not filed before trial."""
    proceeding = get(session, proceeding_id)
    today = local_now(clock).date()
    known = deadlines.facts(proceeding, scheduled_hearings(session, proceeding_id))
    return deadlines.evaluate(rules(), known, today)
