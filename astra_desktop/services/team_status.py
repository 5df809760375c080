"""What the window shows of the team: this laptop's place in it, its devices, the office folder
and whether a case is shared — read without raising when the vault is in no team, so the
Office page and the case file can ask at any time (services/team.py raises instead)."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from astra_desktop.core import team as ct
from astra_desktop.core.roles import Permission, allowed
from astra_desktop.services.session import Session
from astra_desktop.storage import team as st

NONE, REQUESTED, JOINED = "none", "requested", "joined"


@dataclass(frozen=True)
class Overview:
    state: str  # NONE, REQUESTED (a join request was written) or JOINED
    name: str = ""
    device_id: str = ""
    fingerprint: str = ""
    folder: str = ""
    admin: bool = False  # this laptop created the team and the person may manage users
    devices: list[st.Device] = field(default_factory=list)
    subfolders: list[str] = field(default_factory=list)  # the other devices' folder names


def overview(session: Session) -> Overview:
    row = st.get(session.db)
    if row is None:
        return Overview(NONE)
    keys = row.keys
    code = ct.fingerprint(keys.sign_public, keys.box_public)
    if not row.joined:
        return Overview(REQUESTED, device_id=row.device_id, fingerprint=code)
    devices = st.devices(session.db)
    me = next((d for d in devices if d.device_id == row.device_id), None)
    admin = bool(me and me.admin) and allowed(session.actor.role, Permission.MANAGE_USERS)
    others = [ct.device_folder(row.team_id, d.device_id) for d in devices
              if d.device_id != row.device_id]  # fmt: skip
    return Overview(JOINED, row.name, row.device_id, code, st.folder(session.db) or "", admin,
                    devices, others)  # fmt: skip


def in_team(session: Session) -> bool:
    row = st.get(session.db)
    return row is not None and row.joined


def is_shared(session: Session, case_id: str) -> bool:
    return st.is_shared(session.db, case_id)


def folder(session: Session) -> Path | None:
    """The office folder remembered, if the vault is in a team and one was chosen."""
    stored = st.folder(session.db) if in_team(session) else None
    return Path(stored) if stored else None
