"""A client's related persons: family, guardians, partners, contacts (some protect, some are the risk).

They belong to the client, so every case of the client shows them; access follows the client's
cases (services/access.require_client). Every write is audited in its own transaction as a
"related-person", which is what tells open views to refresh (core/changes.py).
"""

from __future__ import annotations

from astra_desktop.core.enums import AuditAction, Relation
from astra_desktop.core.models import RelatedPerson
from astra_desktop.core.roles import Permission
from astra_desktop.errors import NotFound, ValidationError
from astra_desktop.services.access import require_client
from astra_desktop.services.session import Session
from astra_desktop.storage import audit, rows
from astra_desktop.storage import related_persons as related_db

TABLE = related_db.TABLE
ENTITY = "related-person"


def _validate(person: RelatedPerson) -> None:
    person.name = person.name.strip()
    if not person.name:
        raise ValidationError("name", "Enter the person's name (or how the client calls them).")
    if not isinstance(person.relation, Relation):
        try:
            person.relation = Relation(person.relation)
        except ValueError:
            raise ValidationError("relation", "Choose how the person is related.") from None


def add(session: Session, person: RelatedPerson) -> RelatedPerson:
    require_client(session, person.client_id, Permission.WRITE_CASES)
    _validate(person)
    person.created_at = person.updated_at = rows.now_utc()
    with session.write() as conn:
        rows.insert(conn, TABLE, person)
        audit.append(conn, session.actor.user_id, AuditAction.CREATE.value, ENTITY, person.id)
    return person


def update(session: Session, person: RelatedPerson) -> None:
    """Save over the stored version; refuses (rows.ConflictError) if someone saved in between."""
    stored = get(session, person.id)
    if stored.client_id != person.client_id:
        raise ValidationError("client_id", "A related person cannot move to another client.")
    require_client(session, person.client_id, Permission.WRITE_CASES)
    _validate(person)
    person.updated_at = rows.now_utc()
    with session.write() as conn:
        rows.update(conn, TABLE, person)
        audit.append(conn, session.actor.user_id, AuditAction.CHANGE.value, ENTITY, person.id)


def remove(session: Session, person_id: str) -> None:
    person = get(session, person_id)
    require_client(session, person.client_id, Permission.DELETE_RECORDS)
    with session.write() as conn:
        related_db.delete(conn, person_id)
        audit.append(conn, session.actor.user_id, AuditAction.DELETE.value, ENTITY, person_id)


def get(session: Session, person_id: str) -> RelatedPerson:
    client_id = related_db.client_of(session.db, person_id)
    if client_id is None:
        raise NotFound("The related person was not found: they may have been removed.")
    require_client(session, client_id, Permission.READ_CASES)
    return rows.get(session.db, RelatedPerson, TABLE, person_id)


def of_client(session: Session, client_id: str) -> list[RelatedPerson]:
    """The client's related persons: those who are a risk first, then by name."""
    require_client(session, client_id, Permission.READ_CASES)
    return related_db.of_client(session.db, client_id)
