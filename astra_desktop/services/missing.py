"""Missing-person searches: opening one (often from a hotline call), the action log, status
changes with their reasons, reminders for actions that fall due, and the case once found.

Like the call log, searches are hotline records that everyone who reads cases may read; a linked
case's code shows only to those who may see that case. Status changes go through
`change_status` alone, so the history always holds every status with its reason.
"""

from __future__ import annotations

from datetime import date, datetime

from astra_desktop.core.appointments import BELGRADE, Clock, local_now, system_clock
from astra_desktop.core.enums import AuditAction
from astra_desktop.core.missing import (
    OPEN_STATUSES,
    DueAction,
    HistoryEntry,
    Inquiry,
    MissingSearch,
    SearchAction,
    SearchOutcome,
    SearchQuery,
    SearchRow,
    SearchStatus,
    StatusChange,
    history,
    validate_action,
    validate_change,
    validate_inquiry,
    validate_search,
)
from astra_desktop.core.models import Case, Client
from astra_desktop.core.roles import Permission
from astra_desktop.errors import AstraError, NotFound
from astra_desktop.services import clients, partners
from astra_desktop.services.access import require_case, visibility
from astra_desktop.services.hotline import known_user
from astra_desktop.services.session import Session
from astra_desktop.storage import audit, hotline, rows, users
from astra_desktop.storage import missing as missing_db

# SearchQuery lives in core/missing.py; the GUI imports it from here too.
SEARCHES, CHANGES, ACTIONS = missing_db.SEARCHES, missing_db.CHANGES, missing_db.ACTIONS
INQUIRIES = missing_db.INQUIRIES


def _moment(clock: Clock | None) -> datetime:
    """Local wall-clock time to the microsecond: orders the entries recorded in one minute."""
    now = (clock or system_clock)()
    return now.astimezone(BELGRADE).replace(tzinfo=None) if now.tzinfo else now


# --- searches --------------------------------------------------------------------------------------
def open_search(
    session: Session, search: MissingSearch, reason: str = "", clock: Clock | None = None
) -> MissingSearch:
    """Start a search (status "searching"); its first history entry is the opening."""
    session.require(Permission.WRITE_CASES)
    now = local_now(clock)
    validate_search(search, now.date())
    search.status, search.closed_on, search.case_id = SearchStatus.SEARCHING, None, None
    search.outcome = SearchOutcome.NONE
    with session.write() as conn:
        if search.call_id and not hotline.exists(conn, search.call_id):
            raise NotFound("The call this search was opened from no longer exists.")
        search.worker_id = known_user(conn, search.worker_id or session.actor.user_id)
        search.created_at = search.updated_at = rows.now_utc()
        rows.insert(conn, SEARCHES, search)
        first = StatusChange(
            search.id, SearchStatus.SEARCHING, _moment(clock), reason=reason.strip()
        )
        first.changed_by = known_user(conn, session.actor.user_id)
        rows.insert(conn, CHANGES, first)
        audit.append(
            conn, session.actor.user_id, AuditAction.CREATE.value, "missing-search", search.id
        )
    return search


def update_search(session: Session, search: MissingSearch, clock: Clock | None = None) -> None:
    """Save the description, last seen, reporter …; the status is kept as stored."""
    session.require(Permission.WRITE_CASES)
    stored = get(session, search.id)
    search.status, search.closed_on, search.case_id, search.outcome = (
        stored.status, stored.closed_on, stored.case_id, stored.outcome
    )  # fmt: skip
    validate_search(search, local_now(clock).date())
    search.updated_at = rows.now_utc()
    with session.write() as conn:
        search.worker_id = known_user(conn, search.worker_id)
        rows.update(conn, SEARCHES, search)
        audit.append(
            conn, session.actor.user_id, AuditAction.CHANGE.value, "missing-search", search.id
        )


def change_status(
    session: Session,
    search_id: str,
    status: SearchStatus,
    reason: str,
    clock: Clock | None = None,
    outcome: SearchOutcome | None = None,
) -> MissingSearch:
    """Searching, paused, found safe, found in exploitation or closed — always with a reason;
    a found or closed search with its outcome (found alive, found deceased, does not want
    contact, still missing; the status's usual one when none is given). The search's duration
    runs from its opening to the day of its outcome."""
    session.require(Permission.WRITE_CASES)
    search = get(session, search_id)
    status = SearchStatus(status)
    chosen = validate_change(search.status, status, reason, outcome, search.outcome)
    now = local_now(clock)
    if status in OPEN_STATUSES:
        search.closed_on = None
    elif search.status in OPEN_STATUSES or search.closed_on is None:
        search.closed_on = now.date()  # a later correction of the outcome keeps its day
    search.status, search.outcome = status, chosen
    search.updated_at = rows.now_utc()
    with session.write() as conn:
        rows.update(conn, SEARCHES, search)
        change = StatusChange(
            search_id, status, _moment(clock), reason=reason.strip(), outcome=chosen
        )
        change.changed_by = known_user(conn, session.actor.user_id)
        rows.insert(conn, CHANGES, change)
        detail = f"status {status.value}" + (f" {chosen.value}" if chosen.value else "")
        audit.append(conn, session.actor.user_id, AuditAction.CHANGE.value, "missing-search",
                     search_id, detail)  # fmt: skip
    return search


def get(session: Session, search_id: str) -> MissingSearch:
    session.require(Permission.READ_CASES)
    try:
        return rows.get(session.db, MissingSearch, SEARCHES, search_id)
    except NotFound:
        raise NotFound("The search was not found: it may have been deleted.") from None


def open_for_view(session: Session, search_id: str) -> MissingSearch:
    """The search for its panel; the viewing is audited."""
    search = get(session, search_id)
    session.audit(AuditAction.VIEW, "missing-search", search_id)
    return search


# --- actions -------------------------------------------------------------------------------------
def add_action(session: Session, action: SearchAction, clock: Clock | None = None) -> SearchAction:
    """An action taken (dated) or planned (due on a day, reminded until done)."""
    session.require(Permission.WRITE_CASES)
    get(session, action.search_id)
    validate_action(action, local_now(clock).date())
    with session.write() as conn:
        action.created_by = known_user(conn, session.actor.user_id)
        action.created_at, action.recorded_at = rows.now_utc(), _moment(clock)
        rows.insert(conn, ACTIONS, action)
        audit.append(
            conn, session.actor.user_id, AuditAction.CREATE.value, "missing-action", action.id
        )
    return action


def mark_done(
    session: Session,
    action_id: str,
    done_on: date | None = None,
    description: str | None = None,
    clock: Clock | None = None,
) -> SearchAction:
    """A planned action was taken (today unless said otherwise); what came of it may be added."""
    session.require(Permission.WRITE_CASES)
    action = rows.get(session.db, SearchAction, ACTIONS, action_id)
    action.done_on = done_on or local_now(clock).date()
    action.recorded_at = _moment(clock)
    if description is not None and description.strip():
        action.description = description
    validate_action(action, local_now(clock).date())
    with session.write() as conn:
        rows.update(conn, ACTIONS, action)
        audit.append(
            conn, session.actor.user_id, AuditAction.CHANGE.value, "missing-action", action.id,
            "done",
        )  # fmt: skip
    return action


def actions(session: Session, search_id: str) -> list[SearchAction]:
    session.require(Permission.READ_CASES)
    return missing_db.actions(session.db, search_id)


def status_changes(session: Session, search_id: str) -> list[StatusChange]:
    session.require(Permission.READ_CASES)
    return missing_db.status_changes(session.db, search_id)


def search_history(session: Session, search_id: str) -> list[HistoryEntry]:
    """Planned actions (soonest first), then status changes and actions taken (newest first)."""
    names = users.names(session.db)
    return history(status_changes(session, search_id), actions(session, search_id), names)


# --- partners asked ---------------------------------------------------------------------------------
def ask_partner(session: Session, inquiry: Inquiry, clock: Clock | None = None) -> Inquiry:
    """Record that a partner (of the registry, or named only) was asked about the person; its
    answer may come with it or later (`update_inquiry`)."""
    get(session, inquiry.search_id)
    return _save_inquiry(session, inquiry, clock, new=True)


def update_inquiry(session: Session, inquiry: Inquiry, clock: Clock | None = None) -> Inquiry:
    """Save the partner's answer (its day, what it said) or a corrected question."""
    return _save_inquiry(session, inquiry, clock, new=False)


def _save_inquiry(session: Session, inquiry: Inquiry, clock: Clock | None, new: bool) -> Inquiry:
    """The partner by id keeps the registry's name beside it; the audit gets the id only."""
    session.require(Permission.WRITE_CASES)
    validate_inquiry(inquiry, local_now(clock).date())
    with session.write() as conn:
        inquiry.partner_id, inquiry.partner_name = partners.resolve(
            conn, inquiry.partner_id, inquiry.partner_name, "partner"
        )
        inquiry.updated_at = rows.now_utc()
        if new:
            inquiry.created_by = known_user(conn, session.actor.user_id)
            inquiry.created_at = inquiry.updated_at
            rows.insert(conn, INQUIRIES, inquiry)
        else:
            rows.update(conn, INQUIRIES, inquiry)
        action = AuditAction.CREATE if new else AuditAction.CHANGE
        audit.append(conn, session.actor.user_id, action.value, "missing-inquiry", inquiry.id)
    return inquiry


def inquiries(session: Session, search_id: str) -> list[Inquiry]:
    session.require(Permission.READ_CASES)
    return missing_db.inquiries(session.db, search_id)


def partners_asked(session: Session) -> list[tuple[str, str]]:
    """(id, name) of the partners asked about any search: the choices of the list's filter."""
    session.require(Permission.READ_CASES)
    return missing_db.partners_asked(session.db)


def get_inquiry(session: Session, inquiry_id: str) -> Inquiry:
    session.require(Permission.READ_CASES)
    try:
        return rows.get(session.db, Inquiry, INQUIRIES, inquiry_id)
    except NotFound:
        raise NotFound("The inquiry was not found: it may have been deleted.") from None


# --- the list and the reminders ------------------------------------------------------------------------
def search_rows(session: Session, query: SearchQuery) -> list[SearchRow]:
    """Searches, those with an action due soonest first, then the most recently opened."""
    session.require(Permission.READ_CASES)
    return missing_db.search_rows(session.db, visibility(session), query)


def due_actions(session: Session, today: date, mine: bool = True) -> list[DueAction]:
    """Planned actions due today or earlier in searches still searching (a paused search does
    not nag). `mine`: only the searches this person follows."""
    session.require(Permission.READ_CASES)
    return missing_db.due_actions(session.db, today, session.actor.user_id if mine else None)


# --- the case, once found ----------------------------------------------------------------------------
def link_case(session: Session, search_id: str, case_id: str) -> MissingSearch:
    """The person found is (or was already) a client: keep the search with their case."""
    require_case(session, case_id, Permission.WRITE_CASES)
    search = get(session, search_id)
    if search.case_id and search.case_id != case_id:
        raise AstraError("This search is already linked to another case.")
    search.case_id = case_id
    search.updated_at = rows.now_utc()
    with session.write() as conn:
        rows.update(conn, SEARCHES, search)
        audit.append(
            conn, session.actor.user_id, AuditAction.CHANGE.value, "missing-search", search_id,
            "linked",
        )  # fmt: skip
    return search


def register_found(
    session: Session, search_id: str, client: Client, case: Case | None = None
) -> Case:
    """The person found becomes a client: client and case registered and linked in one step."""
    session.require(Permission.CREATE_CASES)
    search = get(session, search_id)
    if search.case_id:
        raise AstraError("This search is already linked to a case.")
    with session.write():
        made = clients.register(session, client, case or Case(client.id))
        link_case(session, search_id, made.id)
    return made
