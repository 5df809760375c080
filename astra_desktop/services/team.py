"""A team of laptops that share cases through an office folder: create it, join it, list and remove
devices, mark cases shared. The files and their checks are core/team.py; syncing is services/sync.py.

Joining takes two steps, so no private key ever leaves the laptop it was made on: the new laptop
writes a join request (its device id and public keys, and a fingerprint to read aloud); an
administrator's vault checks the fingerprint and writes a join file for exactly those keys, sealed
as transfer bundles are under a one-time passphrase to pass on by phone; the new laptop imports it.
Removing a device starts a new key epoch: the new team key goes, in a roster file written to the
folder, only to the devices that remain.
"""

from __future__ import annotations

import json
import os
import secrets
from dataclasses import dataclass
from pathlib import Path

from astra_desktop.core import casecode
from astra_desktop.core import team as ct
from astra_desktop.core.enums import AuditAction
from astra_desktop.core.models import new_id
from astra_desktop.core.roles import Permission
from astra_desktop.errors import AstraError, NotFound
from astra_desktop.services import word_passphrase
from astra_desktop.services.access import require_case
from astra_desktop.services.session import Session
from astra_desktop.storage import audit, cases, kdf
from astra_desktop.storage import team as st
from astra_desktop.storage.atomic import fsync_dir, open_private, write_atomic
from astra_desktop.storage.backup_format import PassphraseLock, Sealed, SealedWriter, damaged
from astra_desktop.storage.database import Connection

JOIN_KIND = "astra-team-join"
JOIN_WHAT = "team join file"
REQUEST_MAGIC = "astra-team-join-request"
NOT_IN_TEAM = "This vault is not in a team. Create one, or join one with a join file."


@dataclass(frozen=True)
class JoinFile:
    path: Path
    passphrase: str
    fingerprint: str


def current(session: Session) -> st.TeamRow:
    row = st.get(session.db)
    if row is None or not row.joined:
        raise AstraError(NOT_IN_TEAM)
    return row


def _me_admin(session: Session, row: st.TeamRow) -> None:
    session.require(Permission.MANAGE_USERS)
    me = st.device(session.db, row.device_id)
    if me is None or not me.admin:
        raise AstraError("Only the laptop that created the team can add or remove devices.")


def create(session: Session, name: str, folder: Path | None = None) -> st.TeamRow:
    """Make this vault the first device (and administrator) of a new team."""
    session.require(Permission.MANAGE_USERS)
    existing = st.get(session.db)
    if existing is not None and existing.joined:
        raise AstraError("This vault is already in a team.")
    keys = ct.DeviceKeys.new()
    team_id, device_id = new_id(), new_id()
    with session.write() as conn:
        st.create(conn, team_id, name.strip(), device_id, keys, joined=True)
        st.add_key(conn, 1, ct.new_team_key())
        st.put_device(conn, st.Device(device_id, session.actor.username, keys.sign_public,
                                      keys.box_public, True, False, None, None))  # fmt: skip
        st.set_roster_version(conn, 1)
        if folder is not None:
            st.set_folder(conn, str(folder))
        audit.append(conn, session.actor.user_id, AuditAction.CREATE.value, "team", team_id,
                     "team created")  # fmt: skip
    return current(session)


# --- joining ---------------------------------------------------------------------------------------
def request_join(session: Session, out: Path) -> str:
    """Write a join request (public keys only) to `out`; returns its fingerprint."""
    session.require(Permission.WRITE_CASES)
    row = st.get(session.db)
    if row is not None and row.joined:
        raise AstraError("This vault is already in a team.")
    if row is None:
        keys = ct.DeviceKeys.new()
        with session.write() as conn:
            st.create(conn, "", "", new_id(), keys, joined=False)
        row = st.get(session.db)
        assert row is not None
    body = {"type": REQUEST_MAGIC, "device": row.device_id, "owner": session.actor.username,
            "sign": ct.b64(row.keys.sign_public), "box": ct.b64(row.keys.box_public)}  # fmt: skip
    write_atomic(out, json.dumps(body, indent=1).encode(), temp_suffix=".part")
    return ct.fingerprint(row.keys.sign_public, row.keys.box_public)


def read_request(path: Path) -> tuple[str, str, bytes, bytes, str]:
    """(device id, owner, signing key, box key, fingerprint) of a join request."""
    try:
        body = json.loads(path.read_bytes())
        if body.get("type") != REQUEST_MAGIC:
            raise ValueError("type")
        sign, box = ct.unb64(body["sign"]), ct.unb64(body["box"])
        if len(sign) != 32 or len(box) != 32:
            raise ValueError("key")
        return str(body["device"]), str(body["owner"]), sign, box, ct.fingerprint(sign, box)
    except (OSError, ValueError, KeyError, TypeError, AttributeError) as exc:
        raise AstraError(
            "{name} is not a readable join request. Ask for a new one.", name=path.name
        ) from exc


def add_device(
    session: Session, request: Path, out: Path, folder: Path, fingerprint: str | None = None
) -> JoinFile:
    """Admit the device of a join request: a join file for it at `out`, and a new roster in the
    office folder so every other device learns its public keys."""
    row = current(session)
    _me_admin(session, row)
    device_id, owner, sign, box, found = read_request(request)
    if fingerprint is not None and _digits(fingerprint) != _digits(found):
        raise AstraError(
            "The fingerprint does not match the join request ({found}). Nothing was changed; "
            "ask the person for a new request.",
            found=found,
        )
    old = st.device(session.db, device_id)
    if old is not None and old.removed:
        raise AstraError("This device was removed from the team; it needs a new join request.")
    with session.write() as conn:
        st.put_device(conn, st.Device(device_id, owner, sign, box, False, False, None, None))
        version = row.roster_version + 1
        st.set_roster_version(conn, version)
        audit.append(conn, session.actor.user_id, AuditAction.CHANGE.value, "team", device_id,
                     "device added")  # fmt: skip
    publish_roster(session, folder)
    passphrase = word_passphrase.new_passphrase()
    payload = {"team": row.team_id, "name": row.name, "device": device_id,
               "roster": roster(session.db), "keys": {str(e): ct.b64(k) for e, k in
                                                      st.keys(session.db).items()}}  # fmt: skip
    tmp = out.with_name(f".{out.name}.{secrets.token_hex(4)}.part")
    try:
        with open_private(tmp) as fh:
            writer = SealedWriter(fh, JOIN_KIND, {"team": row.team_id}, os.urandom(32),
                                  [PassphraseLock(word_passphrase.normalise(passphrase),
                                                  kdf.FLOOR)])  # fmt: skip
            writer.write(json.dumps(payload).encode())
            writer.close()
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, out)
        fsync_dir(out.parent)
    finally:
        tmp.unlink(missing_ok=True)
    return JoinFile(out, passphrase, found)


def join(session: Session, path: Path, passphrase: str, folder: Path | None = None) -> st.TeamRow:
    """Import a join file made for this vault's join request."""
    session.require(Permission.WRITE_CASES)
    row = st.get(session.db)
    if row is None:
        raise AstraError("Make a join request on this laptop first, then import the join file.")
    if row.joined:
        raise AstraError("This vault is already in a team.")
    sealed = Sealed.read(path, JOIN_KIND, JOIN_WHAT)
    key = sealed.open_with_passphrase(word_passphrase.normalise(passphrase))
    try:
        payload = json.loads(b"".join(sealed.chunks(key)))
        team_id, name = str(payload["team"]), str(payload["name"])
        epoch_keys = {int(e): ct.unb64(k) for e, k in payload["keys"].items()}
        devices = parse_roster(payload["roster"])
    except (ValueError, KeyError, TypeError, AttributeError) as exc:
        raise damaged(path, JOIN_WHAT, "its contents are unreadable") from exc
    mine = next((d for d in devices if d.device_id == row.device_id), None)
    if mine is None or mine.sign_public != row.keys.sign_public:
        raise AstraError(
            "{name} was made for another laptop's join request. Nothing was changed.",
            name=path.name,
        )
    with session.write() as conn:
        st.set_joined(conn, team_id, name)
        for epoch, k in epoch_keys.items():
            st.add_key(conn, epoch, k)
        for d in devices:
            st.put_device(conn, d)
        st.set_roster_version(conn, int(payload["roster"]["version"]))
        if folder is not None:
            st.set_folder(conn, str(folder))
        audit.append(conn, session.actor.user_id, AuditAction.IMPORT.value, "team", team_id,
                     "joined the team")  # fmt: skip
    return current(session)


def _digits(text: str) -> str:
    return "".join(c for c in text if c.isdigit())


# --- the roster ------------------------------------------------------------------------------------
def roster(conn: Connection) -> dict[str, object]:
    row = st.get(conn)
    assert row is not None
    epoch = st.current_epoch(conn)
    return {"version": row.roster_version, "epoch": epoch,
            "key": ct.b64(st.key(conn, epoch) or b""),
            "devices": [{"id": d.device_id, "owner": d.owner, "sign": ct.b64(d.sign_public),
                         "box": ct.b64(d.box_public), "admin": d.admin, "removed": d.removed,
                         "last_seq": d.last_seq} for d in st.devices(conn)]}  # fmt: skip


def parse_roster(raw: object) -> list[st.Device]:
    if not isinstance(raw, dict) or not isinstance(raw.get("devices"), list):
        raise ValueError("roster")
    return [
        st.Device(
            str(d["id"]),
            str(d["owner"]),
            ct.unb64(d["sign"]),
            ct.unb64(d["box"]),
            bool(d["admin"]),
            bool(d["removed"]),
            None if d.get("last_seq") is None else int(d["last_seq"]),
            None,
        )
        for d in raw["devices"]
    ]


def publish_roster(session: Session, folder: Path) -> Path:
    """Write the current roster, for every device still in the team, to this device's subfolder."""
    from astra_desktop.services import sync  # sync writes files; it imports this module

    row = current(session)
    conn = session.db
    recipients = [d.box_public for d in st.devices(conn) if not d.removed]
    epoch = st.current_epoch(conn)
    return sync.write_own_file(
        session, folder,
        lambda seq: ct.write_roster(row.team_id, row.device_id, seq, epoch, roster(conn),
                                    recipients, row.keys.sign),
    )  # fmt: skip


def remove_device(session: Session, device_id: str, folder: Path) -> int:
    """Remove a device and start a new key epoch; returns the new epoch. Files the device wrote
    after the last one this vault applied are refused everywhere."""
    row = current(session)
    _me_admin(session, row)
    d = _find_device(session, device_id)
    if d.device_id == row.device_id:
        raise AstraError("This laptop cannot remove itself from the team.")
    if d.removed:
        raise AstraError("That device has already been removed.")
    with session.write() as conn:
        last = st.last_applied(conn, d.device_id)
        st.put_device(conn, st.Device(d.device_id, d.owner, d.sign_public, d.box_public, False,
                                      True, last, d.last_seen))  # fmt: skip
        epoch = st.current_epoch(conn) + 1
        st.add_key(conn, epoch, ct.new_team_key())
        st.set_roster_version(conn, row.roster_version + 1)
        audit.append(conn, session.actor.user_id, AuditAction.DELETE.value, "team", d.device_id,
                     "device removed")  # fmt: skip
    publish_roster(session, folder)
    return epoch


def _find_device(session: Session, device_id: str) -> st.Device:
    wanted = device_id.strip().lower()
    found = [d for d in st.devices(session.db) if d.device_id.lower().startswith(wanted)]
    if not wanted or len(found) != 1:
        raise NotFound("There is no device {id} in the team (give its id, or its first "
                       "characters if they are unique).", id=device_id)  # fmt: skip
    return found[0]


def devices(session: Session) -> list[st.Device]:
    current(session)
    return st.devices(session.db)


# --- sharing ---------------------------------------------------------------------------------------
def share_case(session: Session, code: str, shared: bool = True) -> None:
    """Mark a case shared with the office (its records travel at the next sync), or no longer."""
    current(session)
    case_id = cases.id_by_code(session.db, casecode.normalise(code))
    if case_id is None:
        raise NotFound("There is no case {code}.", code=casecode.normalise(code))
    require_case(session, case_id, Permission.WRITE_CASES)
    with session.write() as conn:
        if shared:
            st.share(conn, case_id)
        else:
            st.unshare(conn, case_id)
            st.clear_dirty(conn, case_id)
        audit.append(conn, session.actor.user_id, AuditAction.CHANGE.value, "case", case_id,
                     "shared with the office" if shared else "no longer shared")  # fmt: skip
