"""The entries of a case file: contact notes, services given, referrals, consent."""

from __future__ import annotations

from typing import TypeVar

from astra_desktop.core.enums import AuditAction
from astra_desktop.core.models import Consent, ContactNote, Referral, ServiceRecord
from astra_desktop.core.roles import Permission
from astra_desktop.core.validation import validate_note_time
from astra_desktop.errors import ValidationError
from astra_desktop.services import partners
from astra_desktop.services.access import require_case, require_client
from astra_desktop.services.session import Session
from astra_desktop.storage import audit, rows, search_index
from astra_desktop.storage import case_records as records_db
from astra_desktop.storage.database import Connection

R = TypeVar("R", ServiceRecord, Referral)
NO_ORGANISATION = "Choose the partner from the list, or type the organisation's name."


# --- contact notes -------------------------------------------------------------------------------
def add_note(session: Session, note: ContactNote) -> ContactNote:
    require_case(session, note.case_id, Permission.WRITE_CASES)
    if not note.body.strip():
        raise ValidationError("body", "The note is empty. Write what happened.")
    validate_note_time(note.occurred_at)
    note.author_id = note.author_id or session.actor.user_id
    note.created_at = note.updated_at = rows.now_utc()
    with session.write() as conn:
        rows.insert(conn, "contact_notes", note)  # its trigger moves the case's last change
        search_index.add_note(conn, note.id, note.case_id, note.body)
        audit.append(conn, session.actor.user_id, AuditAction.CREATE.value, "note", note.id)
    return note


def update_note(session: Session, note: ContactNote) -> None:
    require_case(session, note.case_id, Permission.WRITE_CASES)
    if not note.body.strip():
        raise ValidationError("body", "The note is empty. Write what happened.")
    validate_note_time(note.occurred_at)
    note.updated_at = rows.now_utc()
    with session.write() as conn:
        rows.update(conn, "contact_notes", note)
        search_index.index_note(conn, note.id)
        audit.append(conn, session.actor.user_id, AuditAction.CHANGE.value, "note", note.id)


def notes(session: Session, case_id: str) -> list[ContactNote]:
    require_case(session, case_id, Permission.READ_CASES)
    return records_db.notes(session.db, case_id)


# --- services and referrals ------------------------------------------------------------------------
def _partner(conn: Connection, entry: R) -> None:
    """A referral names a partner of the registry (its name kept as it was then) or, for one not
    in the registry, only the organisation's name."""
    if isinstance(entry, Referral):
        entry.partner_id, entry.organisation = partners.resolve(
            conn, entry.partner_id, entry.organisation, "organisation"
        )
        if not entry.organisation:
            raise ValidationError("organisation", NO_ORGANISATION)


def add_entry(session: Session, entry: R) -> R:
    require_case(session, entry.case_id, Permission.WRITE_CASES)
    table = records_db.TABLES[type(entry)]
    with session.write() as conn:
        _partner(conn, entry)
        rows.insert(conn, table, entry)
        audit.append(conn, session.actor.user_id, AuditAction.CREATE.value, table, entry.id)
    return entry


def entries(session: Session, kind: type[R], case_id: str) -> list[R]:
    require_case(session, case_id, Permission.READ_CASES)
    return records_db.entries(session.db, kind, case_id)


# --- consent ---------------------------------------------------------------------------------------
def record_consent(session: Session, consent: Consent) -> Consent:
    require_client(session, consent.client_id, Permission.WRITE_CASES)
    if not consent.scope.strip():
        raise ValidationError("scope", "Say what the client consented to.")
    if consent.withdrawn_on and consent.withdrawn_on < consent.given_on:
        raise ValidationError("withdrawn_on", "Consent cannot be withdrawn before it was given.")
    with session.write() as conn:
        if records_db.consent_exists(conn, consent.id):
            rows.update(conn, "consents", consent)
            action = AuditAction.CHANGE
        else:
            rows.insert(conn, "consents", consent)
            action = AuditAction.CREATE
        audit.append(conn, session.actor.user_id, action.value, "consent", consent.id)
    return consent


def consents(session: Session, client_id: str) -> list[Consent]:
    require_client(session, client_id, Permission.READ_CASES)
    return records_db.consents(session.db, client_id)
