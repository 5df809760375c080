"""The administrators' side of the forward-secure audit trail (storage.audit_keys).

Verifying needs the trail's seeds, which only administrators' keyslots (and the recovery key's)
hold. An administrator verifies at `check` and, in the background, after each unlock. Whoever
leaves the administrators (removed or demoted) knew the seeds, so a new epoch starts; a new or
promoted administrator receives the seeds.
"""

from __future__ import annotations

from dataclasses import dataclass

from astra_desktop.core.enums import Role
from astra_desktop.core.messages import Joined, Message
from astra_desktop.errors import VaultDamaged
from astra_desktop.services.session import Session, admin_slots, start_audit_epoch
from astra_desktop.storage import audit, audit_keys, audit_pass, rows
from astra_desktop.storage.database import Connection

NOT_HELD = (
    "The audit trail's key is held by administrators only; ask an administrator to run this check."
)
ALTERED = (
    "The audit trail has been altered: {detail}. Someone who held the vault key changed the record "
    "of who did what. Nothing was changed now. Keep a copy of the whole vault folder as evidence "
    "and tell the organisation's management."
)


@dataclass(frozen=True)
class TrailReport:
    verified: bool  # False: this account holds no audit key (not an administrator)
    entries: int
    problems: list[Message]


def verify(
    session: Session, conn: Connection | None = None, read: audit_pass.LogPass | None = None
) -> TrailReport:
    """Check every entry from the first epoch on against the seeds this administrator holds.
    `read`: a reading of the log already made with these seeds (`check`'s), carried on from."""
    conn = conn or session.db
    epochs = audit_keys.decode(bytes(session.audit_secret))
    if session.actor.role is not Role.ADMIN or not epochs:
        return TrailReport(False, 0, [])
    problems = verify_entries(conn, epochs, read)
    return TrailReport(True, rows.count(conn, "audit_log"), problems)


def verify_entries(
    conn: Connection, epochs: list[audit_keys.Epoch], read: audit_pass.LogPass | None = None
) -> list[Message]:
    """The check itself, on any connection (also the app's background check process). `read`: a
    reading of the log already made with these seeds (storage.audit_pass), carried on from."""
    if read is not None and read.epochs == epochs:
        return audit_keys.verify(conn, epochs, read.heads, read.runs)
    heads: dict[int, str] = {}
    if epochs and epochs[0].start_seq > 1:  # an older vault: the history before is SHA-256's
        heads[epochs[0].start_seq - 1] = ""
        audit.verify_chain(conn, heads)
        heads = {k: v for k, v in heads.items() if v}
    return audit_keys.verify(conn, epochs, heads)


def require_sound(session: Session) -> None:
    """Raise VaultDamaged when this administrator's verification finds the trail altered."""
    report = verify(session)
    if report.problems:
        raise VaultDamaged(ALTERED, detail=Joined(report.problems[:3]))


def hand_over(session: Session, slot_id: str) -> None:
    """Seal the current seeds to a (newly promoted) administrator's slot."""
    if not session.audit_secret:
        return
    for slot in session.keyfile.slots:
        if slot.slot_id == slot_id and slot.version >= 2:
            slot.seal_audit(session.vault_id, bytes(session.audit_secret))


def after_admin_left(session: Session) -> None:
    """Start a new epoch: the one who left knew the seeds of the old ones."""
    if audit_keys.started(session.db):
        start_audit_epoch(session)


__all__ = [
    "ALTERED",
    "NOT_HELD",
    "TrailReport",
    "admin_slots",
    "after_admin_left",
    "hand_over",
    "require_sound",
    "verify",
    "verify_entries",
]
