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

TABLE = "related_persons"
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
        conn.execute(f"DELETE FROM {TABLE} WHERE id = ?", (person_id,))
        audit.append(conn, session.actor.user_id, AuditAction.DELETE.value, ENTITY, person_id)


def get(session: Session, person_id: str) -> RelatedPerson:
    row = session.db.execute(f"SELECT client_id FROM {TABLE} WHERE id = ?", (person_id,)).fetchone()
    if row is None:
        raise NotFound("The related person was not found: they may have been removed.")
    require_client(session, str(row[0]), Permission.READ_CASES)
    return rows.get(session.db, RelatedPerson, TABLE, person_id)


def of_client(session: Session, client_id: str) -> list[RelatedPerson]:
    """The client's related persons: those who are a risk first, then by name."""
    require_client(session, client_id, Permission.READ_CASES)
    return rows.select(
        session.db, RelatedPerson,
        f"SELECT * FROM {TABLE} WHERE client_id = ? ORDER BY is_risk DESC, name, id",
        (client_id,),
    )  # fmt: skip
