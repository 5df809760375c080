"""Accounts: one keyslot per user, roles kept in the vault, changes audited."""

from __future__ import annotations

from typing import cast

from astra_desktop.core.enums import AuditAction, Role
from astra_desktop.core.models import User
from astra_desktop.core.roles import Permission
from astra_desktop.errors import NotFound, PermissionDenied, ValidationError
from astra_desktop.services import audit_trail, passphrases, rekey
from astra_desktop.services.session import RECOVERY_ACTOR, Session
from astra_desktop.storage import audit, kdf, rows, secret_memory, users
from astra_desktop.storage.keyslots import KIND_USER

_NAME_RULES = "User names are 2–32 letters, digits, dots, dashes or underscores."


def _check_name(username: str) -> None:
    ok = 2 <= len(username) <= 32 and all(ch.isalnum() or ch in "._-" for ch in username)
    if not ok:
        raise ValidationError("username", _NAME_RULES)


def list_users(session: Session) -> list[User]:
    return users.active(session.db)


def display_names(session: Session) -> dict[str, str]:
    """User id -> user name for every account, active or removed; a removed account's name
    without the "#id" its removal added (a backup or record it made still names it)."""
    return {user_id: name.split("#")[0] for user_id, name in users.names(session.db).items()}


def get_user(session: Session, username: str) -> User:
    found = users.named(session.db, username)
    if found is None or not found.active:
        raise NotFound("There is no user called {username}.", username=username)
    return found


def _slot_params(session: Session) -> kdf.KdfParams:
    """New slots use the parameters calibrated when the vault was made (at least the floor)."""
    params = max(
        (s.params for s in session.keyfile.slots), key=lambda p: (p.memory_kib, p.time_cost)
    )
    return params


def add_user(
    session: Session, username: str, role: Role, passphrase: str, all_cases: bool = False
) -> User:
    session.require(Permission.MANAGE_USERS)
    _check_name(username)
    taken = users.name_taken(session.db, username)
    if taken:
        raise ValidationError(
            "username", "There is already a user called {username}.", username=username
        )
    passphrases.require_strong(passphrase, (username,))
    user = User(username=username, role=role, all_cases=all_cases)
    slot = session.keyfile.add(
        session.data_key,
        KIND_USER,
        username,
        passphrase,
        _slot_params(session),
        role.value,
        _audit_secret_for(session, role),
    )
    user.slot_id = slot.slot_id
    with session.write() as conn:
        if taken is not None:  # a removed account of the same name comes back as a new user
            users.free_name(conn, username)
        rows.insert(conn, "users", user, created_at=rows.now_utc())
        audit.append(conn, session.actor.user_id, AuditAction.CREATE.value, "user", user.id)
        session.keyfile.save(session.files.keys, session.data_key)
    return user


def remove_user(
    session: Session, username: str, progress: rekey.Progress | None = None
) -> list[str]:
    """Delete the user's keyslot, deactivate the account, and rotate the vault key, so that the
    removed passphrase opens nothing current, not even with an old copy of vault.keys.

    Returns the accounts whose old-format keyslots kept the key from being rotated (empty when it
    was): the removal stands, and the administrator rotates once they have logged in."""
    session.require(Permission.MANAGE_USERS)
    user = get_user(session, username)
    if user.id == session.actor.user_id:
        raise PermissionDenied("You cannot remove your own account. Ask another administrator.")
    admins = [u for u in list_users(session) if u.role is Role.ADMIN]
    if user.role is Role.ADMIN and len(admins) <= 1:
        raise PermissionDenied("The last administrator cannot be removed.")
    slot = session.keyfile.find(KIND_USER, username)
    with session.write() as conn:
        users.deactivate(conn, user.id)
        audit.append(conn, session.actor.user_id, AuditAction.DELETE.value, "user", user.id)
        if slot:
            session.keyfile.remove(slot.slot_id)
        session.keyfile.save(session.files.keys, session.data_key)
    if user.role is Role.ADMIN:
        audit_trail.after_admin_left(session)
    if blocked := rekey.blockers(session):
        session.audit(AuditAction.CHANGE, "vault-key", session.vault_id, "rotation-blocked")
        return blocked
    rekey.rotate_data_key(session, progress, reason="user-removed")
    return []


def set_passphrase(
    session: Session, username: str, new_passphrase: str, current_passphrase: str | None = None
) -> None:
    """Change one's own passphrase (the current one is asked again), or an admin's reset of another's.

    Only vault.keys is rewritten; vault.db's bytes do not change.
    """
    user = get_user(session, username)
    own = user.id == session.actor.user_id
    if not own:
        session.require(Permission.MANAGE_USERS)
    elif session.actor.user_id != RECOVERY_ACTOR:
        slot = session.keyfile.find(KIND_USER, username)
        opened = (
            session.keyfile.unwrap(slot, current_passphrase)
            if slot is not None and current_passphrase is not None
            else None
        )
        if opened is None:
            raise PermissionDenied("The current passphrase is not right; nothing was changed.")
        secret_memory.wipe(opened)  # a copy of the data key: only whether it opened mattered
    passphrases.require_strong(new_passphrase, (username,))
    slot = session.keyfile.add(
        session.data_key,
        KIND_USER,
        username,
        new_passphrase,
        _slot_params(session),
        audit_secret=_audit_secret_for(session, user.role),
    )
    session.keyfile.save(session.files.keys, session.data_key)
    # The audit entry goes to vault.db later, on the next write; recording it now would change
    # vault.db's bytes, which a passphrase change promises not to do.
    session.pending_audit.append((AuditAction.CHANGE, "user-passphrase", user.id, slot.slot_id))


def set_role(session: Session, username: str, role: Role, all_cases: bool | None = None) -> None:
    session.require(Permission.MANAGE_USERS)
    user = get_user(session, username)
    with session.write() as conn:
        users.set_role(
            conn, user.id, role.value, user.all_cases if all_cases is None else all_cases
        )
        audit.append(
            conn, session.actor.user_id, AuditAction.CHANGE.value, "user", user.id, role.value
        )
        slot = session.keyfile.find(KIND_USER, username)
        if slot:
            slot.role_hint = role.value
            if role is Role.ADMIN and user.role is not Role.ADMIN:
                audit_trail.hand_over(session, slot.slot_id)
            session.keyfile.save(session.files.keys, session.data_key)
    if user.role is Role.ADMIN and role is not Role.ADMIN:
        audit_trail.after_admin_left(session)


def _audit_secret_for(session: Session, role: Role) -> bytes:
    """What a new keyslot of an account with `role` holds of the audit trail's seeds: the
    session's own buffer (read only; no copy left behind after lock)."""
    return cast(bytes, session.audit_secret) if role is Role.ADMIN else b""
