"""The partners registry: who the NGO refers people to, and who refers them to it.

Roles, as the NGO works: everyone who reads cases reads the registry (a referral needs it); anyone
who writes cases adds and corrects partners (a caseworker meets a new shelter or embassy contact
in the field); only an administrator makes a partner inactive or active again, because that
takes it out of (or puts it back in) every worker's choice of partners. A partner is never
deleted: referrals, missing-person inquiries and hotline referrals keep pointing to it.

Every write is audited inside its own transaction as a "partner" with the partner's id only (never
its name), which is also what tells open views to refresh (core/changes.py).
"""

from __future__ import annotations

from astra_desktop.core.collation import Order
from astra_desktop.core.enums import AuditAction
from astra_desktop.core.partners import Partner, PartnerFilter, PartnerUse, validate
from astra_desktop.core.roles import Permission, allowed
from astra_desktop.errors import PermissionDenied, ValidationError
from astra_desktop.services.session import Session
from astra_desktop.storage import audit, rows
from astra_desktop.storage import partners as store
from astra_desktop.storage.database import Connection

ENTITY = "partner"
DUPLICATE = (
    "This partner is already in the registry (the same name in the same town). Open that entry "
    "instead, or tell the two apart in the name."
)
ACTIVE_FOR_ADMINS = (
    "Only an administrator can make a partner inactive or active again. Save your other changes "
    "without it, or ask an administrator."
)


def add(session: Session, partner: Partner) -> Partner:
    """Put a new partner in the registry; it starts active unless an administrator says not."""
    session.require(Permission.WRITE_CASES)
    validate(partner)
    if not partner.active:
        _require_admin(session)
    partner.created_at = partner.updated_at = rows.now_utc()
    with session.write() as conn:
        if store.same_name(conn, partner):
            raise ValidationError("name", DUPLICATE)
        store.insert(conn, partner)
        audit.append(conn, session.actor.user_id, AuditAction.CREATE.value, ENTITY, partner.id)
    return partner


def update(session: Session, partner: Partner) -> Partner:
    """Save the edited partner over the version it was read at (rows.ConflictError if someone
    saved in between). Changing whether it is active is for an administrator."""
    session.require(Permission.WRITE_CASES)
    validate(partner)
    with session.write() as conn:
        stored = store.get(conn, partner.id)
        if stored.version != partner.version:  # someone saved meanwhile: say so, whatever changed
            raise rows.ConflictError(rows.CONFLICT)
        if stored.active != partner.active:
            _require_admin(session)
        if store.same_name(conn, partner):
            raise ValidationError("name", DUPLICATE)
        partner.created_at, partner.updated_at = stored.created_at, rows.now_utc()
        store.update(conn, partner)
        detail = "" if stored.active == partner.active else _activity(partner.active)
        audit.append(
            conn, session.actor.user_id, AuditAction.CHANGE.value, ENTITY, partner.id, detail
        )
    return partner


def set_active(session: Session, partner_id: str, active: bool) -> Partner:
    """Make a partner inactive (it stays in every record that names it, and out of the choices
    for new ones) or active again. Administrators only."""
    _require_admin(session)
    current = store.get(session.db, partner_id)
    if current.active == active:  # already so: nothing to write
        return current
    with session.write() as conn:
        partner = store.get(conn, partner_id)
        partner.active, partner.updated_at = active, rows.now_utc()
        store.update(conn, partner)
        audit.append(conn, session.actor.user_id, AuditAction.CHANGE.value, ENTITY, partner_id,
                     _activity(active))  # fmt: skip
    return partner


def get(session: Session, partner_id: str) -> Partner:
    session.require(Permission.READ_CASES)
    return store.get(session.db, partner_id)


def find(
    session: Session, wanted: PartnerFilter | None = None, alphabet: Order = "latin"
) -> list[Partner]:
    """The partners a filter describes (default: the active ones), in the reader's alphabet."""
    session.require(Permission.READ_CASES)
    return store.find(session.db, wanted or PartnerFilter(), alphabet)


def usage(session: Session) -> dict[str, PartnerUse]:
    """Per partner id: the referrals, missing-person inquiries and hotline referrals naming it."""
    session.require(Permission.READ_CASES)
    return store.usage(session.db)


GONE_PARTNER = (
    "The partner chosen is not in this vault's registry (any more). Choose it again from the "
    "list, or type the organisation's name."
)


def resolve(
    conn: Connection, partner_id: str | None, name: str, field: str
) -> tuple[str | None, str]:
    """(partner_id, name) for a record that names a partner: the registry's name when an id is
    given (ValidationError on `field` if it names no partner), else the free text as typed."""
    name = " ".join(name.split())
    if not partner_id:
        return None, name
    found = store.name_of(conn, partner_id)
    if found is None:
        raise ValidationError(field, GONE_PARTNER)
    return partner_id, found


def cities(session: Session) -> list[str]:
    """The towns partners are in, for a filter."""
    session.require(Permission.READ_CASES)
    return store.cities(session.db)


def may_edit(session: Session) -> bool:
    return allowed(session.actor.role, Permission.WRITE_CASES)


def may_change_activity(session: Session) -> bool:
    return allowed(session.actor.role, Permission.DELETE_RECORDS)


def _require_admin(session: Session) -> None:
    if not may_change_activity(session):
        raise PermissionDenied(ACTIVE_FOR_ADMINS)


def _activity(active: bool) -> str:
    """The audit entry's detail: what happened, without any name."""
    return "reactivated" if active else "deactivated"
