"""Vault-wide settings, kept inside the encrypted vault (nothing revealing lives outside it)."""

from __future__ import annotations

from dataclasses import dataclass

from astra_desktop.core.enums import AuditAction
from astra_desktop.core.roles import Permission
from astra_desktop.errors import ValidationError
from astra_desktop.services.session import Session
from astra_desktop.storage import audit
from astra_desktop.storage import settings as settings_db


@dataclass(frozen=True)
class Setting:
    key: str
    default: int
    minimum: int
    maximum: int


IDLE_LOCK_MINUTES = Setting("idle_lock_minutes", default=5, minimum=1, maximum=60)


def get(session: Session, setting: Setting) -> int:
    value = settings_db.get(session.db, setting.key)
    try:
        return int(value) if value is not None else setting.default
    except ValueError:
        return setting.default


def put(session: Session, setting: Setting, value: int) -> None:
    session.require(Permission.MANAGE_USERS)
    if not setting.minimum <= value <= setting.maximum:
        raise ValidationError(
            setting.key,
            "Choose a value between {minimum} and {maximum}.",
            minimum=setting.minimum,
            maximum=setting.maximum,
        )
    with session.write() as conn:
        settings_db.put(conn, setting.key, str(value))
        audit.append(conn, session.actor.user_id, AuditAction.CHANGE.value, "setting", setting.key)
