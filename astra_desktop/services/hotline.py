"""The SOS hotline's call log: logging calls, and turning a call into a client and case.

Calls are hotline records, not case records: everyone who reads cases reads the call log, so the
line team can follow up on each other's calls, while a linked case's code shows only to those who
may see that case. Converting a call registers the client and case and carries the call's note
over as the case's first contact note (kind "hotline"), all in one transaction. The audit trail
gets ids only.
"""

from __future__ import annotations

from astra_desktop.core.appointments import Clock, local_now
from astra_desktop.core.enums import AuditAction, NoteKind

# CallQuery lives in core/hotline.py; the GUI imports it from here too.
from astra_desktop.core.hotline import Call, CallQuery, CallRow, CaseLink, validate_call
from astra_desktop.core.models import Case, Client, ContactNote
from astra_desktop.core.roles import Permission
from astra_desktop.errors import AstraError, NotFound
from astra_desktop.services import case_records, clients, partners
from astra_desktop.services.access import require_case, visibility
from astra_desktop.services.session import Session
from astra_desktop.storage import audit, rows, users
from astra_desktop.storage import hotline as hotline_db
from astra_desktop.storage.database import Connection

TABLE = hotline_db.TABLE
ALREADY_LINKED = (
    "This call already belongs to a case. Open that case to add to it, or log a new call."
)


def known_user(conn: Connection, user_id: str | None) -> str | None:
    """The id if it names an account of this vault (the recovery key acts without one)."""
    if user_id and users.exists(conn, user_id):
        return user_id
    return None


def _links(conn: Connection, call: Call) -> None:
    """The partner referred to (its registry name kept beside the id) and the follow-up's owner
    (the line worker unless someone else was named)."""
    call.partner_id, call.referral = partners.resolve(
        conn, call.partner_id, call.referral, "referral"
    )
    if call.follow_up:
        call.follow_up_owner = known_user(conn, call.follow_up_owner) or call.worker_id


# --- writing ---------------------------------------------------------------------------------------
def log_call(session: Session, call: Call, clock: Clock | None = None) -> Call:
    """Save a new call. It starts unlinked: linking goes through convert/link below."""
    session.require(Permission.WRITE_CASES)
    validate_call(call, local_now(clock))
    call.occurred_at = call.occurred_at.replace(second=0, microsecond=0)
    call.case_id, call.case_link = None, CaseLink.NONE
    with session.write() as conn:
        call.worker_id = known_user(conn, call.worker_id or session.actor.user_id)
        call.created_by = known_user(conn, session.actor.user_id)
        _links(conn, call)
        call.created_at = call.updated_at = rows.now_utc()
        rows.insert(conn, TABLE, call)
        audit.append(conn, session.actor.user_id, AuditAction.CREATE.value, "call", call.id)
    return call


def update_call(session: Session, call: Call, clock: Clock | None = None) -> None:
    """Save changes to a call's own fields; its link to a case is kept as stored."""
    session.require(Permission.WRITE_CASES)
    validate_call(call, local_now(clock))
    stored = rows.get(session.db, Call, TABLE, call.id)
    call.case_id, call.case_link = stored.case_id, stored.case_link
    call.updated_at = rows.now_utc()
    with session.write() as conn:
        call.worker_id = known_user(conn, call.worker_id)
        _links(conn, call)
        rows.update(conn, TABLE, call)
        audit.append(conn, session.actor.user_id, AuditAction.CHANGE.value, "call", call.id)


def set_follow_up_done(session: Session, call_id: str, done: bool = True) -> Call:
    call = get(session, call_id)
    if not call.follow_up:
        raise AstraError("No follow-up was asked for on this call, so there is nothing to close.")
    call.follow_up_done = done
    update_call(session, call)
    return call


def delete_call(session: Session, call_id: str) -> None:
    """For a call logged by mistake; a missing-person search opened from it stays."""
    session.require(Permission.DELETE_RECORDS)
    with session.write() as conn:
        if not hotline_db.delete(conn, call_id):
            raise NotFound("The call was not found: it may have been deleted.")
        audit.append(conn, session.actor.user_id, AuditAction.DELETE.value, "call", call_id)


def _carry_note(session: Session, call: Call, case_id: str) -> ContactNote | None:
    if not call.note.strip():
        return None
    note = ContactNote(case_id, call.occurred_at, call.note, NoteKind.HOTLINE)
    return case_records.add_note(session, note)


def convert_to_case(
    session: Session, call_id: str, client: Client, case: Case | None = None
) -> Case:
    """Register a client and case from the call, with the call's note as the first contact note."""
    session.require(Permission.CREATE_CASES)
    call = get(session, call_id)
    if call.case_link is not CaseLink.NONE:
        raise AstraError(ALREADY_LINKED)
    with session.write() as conn:
        made = clients.register(session, client, case or Case(client.id))
        _carry_note(session, call, made.id)
        call.case_id, call.case_link = made.id, CaseLink.CONVERTED
        call.updated_at = rows.now_utc()
        rows.update(conn, TABLE, call)
        audit.append(
            conn, session.actor.user_id, AuditAction.CHANGE.value, "call", call.id, "converted"
        )
    return made


def link_to_case(
    session: Session,
    call_id: str,
    case_id: str,
    carry_note: bool = True,
    opened_the_case: bool = False,
) -> Call:
    """Join the call to a case already in the vault; its note goes to the case's contact log.

    `opened_the_case`: the case was registered because of this call (say, from the Clients
    section first), so it counts as a conversion in the statistics."""
    require_case(session, case_id, Permission.WRITE_CASES)
    call = get(session, call_id)
    if call.case_link is not CaseLink.NONE:
        raise AstraError(ALREADY_LINKED)
    with session.write() as conn:
        if carry_note:
            _carry_note(session, call, case_id)
        link = CaseLink.CONVERTED if opened_the_case else CaseLink.LINKED
        call.case_id, call.case_link = case_id, link
        call.updated_at = rows.now_utc()
        rows.update(conn, TABLE, call)
        audit.append(
            conn, session.actor.user_id, AuditAction.CHANGE.value, "call", call.id, link.value
        )
    return call


# --- reading ---------------------------------------------------------------------------------------
def get(session: Session, call_id: str) -> Call:
    session.require(Permission.READ_CASES)
    try:
        return rows.get(session.db, Call, TABLE, call_id)
    except NotFound:
        raise NotFound("The call was not found: it may have been deleted.") from None


def open_call(session: Session, call_id: str) -> Call:
    """The call for a form; the viewing is audited."""
    call = get(session, call_id)
    session.audit(AuditAction.VIEW, "call", call_id)
    return call


def call_ids(session: Session, query: CallQuery) -> list[str]:
    """All matching call ids in display order (ids only: cheap for 100,000 calls)."""
    session.require(Permission.READ_CASES)
    return hotline_db.call_ids(session.db, query)


def call_rows(session: Session, ids: list[str]) -> list[CallRow]:
    """The log rows for a page of ids, in the order given."""
    session.require(Permission.READ_CASES)
    return hotline_db.call_rows(session.db, visibility(session), ids)


def list_calls(session: Session, query: CallQuery, limit: int = 100) -> list[CallRow]:
    return call_rows(session, call_ids(session, query)[:limit])


def open_follow_ups(session: Session) -> int:
    session.require(Permission.READ_CASES)
    return hotline_db.open_follow_ups(session.db)
