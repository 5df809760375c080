"""The entries of a case file: contact notes, services given, referrals, consent."""

from __future__ import annotations

from typing import TypeVar

from astra_desktop.core.enums import AuditAction
from astra_desktop.core.models import Consent, ContactNote, Referral, ServiceRecord
from astra_desktop.core.roles import Permission
from astra_desktop.core.validation import validate_note_time
from astra_desktop.errors import ValidationError
from astra_desktop.services.access import require_case, require_client
from astra_desktop.services.session import Session
from astra_desktop.storage import audit, rows, search_index

R = TypeVar("R", ServiceRecord, Referral)

_TABLES: dict[type, str] = {ServiceRecord: "services", Referral: "referrals"}


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
    return rows.select(
        session.db, ContactNote,
        "SELECT * FROM contact_notes WHERE case_id = ? ORDER BY occurred_at DESC", (case_id,),
    )  # fmt: skip


# --- services and referrals ------------------------------------------------------------------------
def add_entry(session: Session, entry: R) -> R:
    require_case(session, entry.case_id, Permission.WRITE_CASES)
    table = _TABLES[type(entry)]
    with session.write() as conn:
        rows.insert(conn, table, entry)
        audit.append(conn, session.actor.user_id, AuditAction.CREATE.value, table, entry.id)
    return entry


def update_entry(session: Session, entry: R) -> None:
    require_case(session, entry.case_id, Permission.WRITE_CASES)
    table = _TABLES[type(entry)]
    with session.write() as conn:
        rows.update(conn, table, entry)
        audit.append(conn, session.actor.user_id, AuditAction.CHANGE.value, table, entry.id)


def entries(session: Session, kind: type[R], case_id: str) -> list[R]:
    require_case(session, case_id, Permission.READ_CASES)
    table = _TABLES[kind]
    order = "provided_on" if kind is ServiceRecord else "referred_on"
    return rows.select(
        session.db,
        kind,
        f"SELECT * FROM {table} WHERE case_id = ? ORDER BY {order} DESC",
        (case_id,),
    )


# --- consent ---------------------------------------------------------------------------------------
def record_consent(session: Session, consent: Consent) -> Consent:
    require_client(session, consent.client_id, Permission.WRITE_CASES)
    if not consent.scope.strip():
        raise ValidationError("scope", "Say what the client consented to.")
    if consent.withdrawn_on and consent.withdrawn_on < consent.given_on:
        raise ValidationError("withdrawn_on", "Consent cannot be withdrawn before it was given.")
    with session.write() as conn:
        if conn.execute("SELECT 1 FROM consents WHERE id = ?", (consent.id,)).fetchone():
            rows.update(conn, "consents", consent)
            action = AuditAction.CHANGE
        else:
            rows.insert(conn, "consents", consent)
            action = AuditAction.CREATE
        audit.append(conn, session.actor.user_id, action.value, "consent", consent.id)
    return consent


def consents(session: Session, client_id: str) -> list[Consent]:
    require_client(session, client_id, Permission.READ_CASES)
    return rows.select(
        session.db, Consent, "SELECT * FROM consents WHERE client_id = ? ORDER BY given_on DESC",
        (client_id,),
    )  # fmt: skip
