"""Which cases the person at the keyboard may see: all (admin, or granted), else those assigned."""

from __future__ import annotations

from astra_desktop.core.roles import Permission
from astra_desktop.core.visibility import Visibility
from astra_desktop.errors import NotFound
from astra_desktop.services.session import Session
from astra_desktop.storage import cases


def visibility(session: Session) -> Visibility:
    """The session's reading rights as the plain value storage filters by."""
    return Visibility(session.actor.user_id, session.actor.sees_all_cases)


def require_case(session: Session, case_id: str, permission: Permission) -> None:
    """Raise unless the case exists, is visible to this user and the role allows `permission`."""
    session.require(permission)
    if not cases.case_visible(session.db, visibility(session), case_id):
        raise NotFound("The case was not found, or it is not assigned to you.")


def require_client(session: Session, client_id: str, permission: Permission) -> None:
    session.require(permission)
    if not cases.client_visible(session.db, visibility(session), client_id):
        raise NotFound("The client was not found, or none of their cases is assigned to you.")
