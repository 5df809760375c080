"""Which cases the person at the keyboard may see: all (admin, or granted), else those assigned."""

from __future__ import annotations

from astra_desktop.core.roles import Permission
from astra_desktop.errors import NotFound
from astra_desktop.services.session import Session


def visible_cases_clause(session: Session, alias: str = "cases") -> tuple[str, tuple[object, ...]]:
    if session.actor.sees_all_cases:
        return "1 = 1", ()
    return (
        f"{alias}.id IN (SELECT case_id FROM case_assignments WHERE user_id = ?)",
        (session.actor.user_id,),
    )


def require_case(session: Session, case_id: str, permission: Permission) -> None:
    """Raise unless the case exists, is visible to this user and the role allows `permission`."""
    session.require(permission)
    clause, params = visible_cases_clause(session)
    row = session.db.execute(
        f"SELECT 1 FROM cases WHERE id = ? AND {clause}", (case_id, *params)
    ).fetchone()
    if row is None:
        raise NotFound("The case was not found, or it is not assigned to you.")


def require_client(session: Session, client_id: str, permission: Permission) -> None:
    session.require(permission)
    clause, params = visible_cases_clause(session)
    row = session.db.execute(
        f"SELECT 1 FROM cases WHERE client_id = ? AND {clause} LIMIT 1", (client_id, *params)
    ).fetchone()
    if row is None:
        raise NotFound("The client was not found, or none of their cases is assigned to you.")
