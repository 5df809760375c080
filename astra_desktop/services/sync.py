"""`sync(session, folder)`: apply what the other laptops wrote to the office folder, then publish
this vault's own changes there as one new file. The app opens no socket: a file synchroniser
(Syncthing), a USB stick or a network share moves the files.

Reading first, then writing: a roster file from the administrator may bring a new team key (after
a device was removed), and this vault's own file must be sealed with it. Each device's files are
applied strictly in sequence order, each in one transaction together with the note that it was
applied, so a crash (even `kill -9`) leaves the file unapplied and it is applied at the next sync.
The records themselves go through the case-transfer merge (services/transfer.py): UUIDs,
tombstones, versions known on each side. A file with records changed on both sides is held back
(nothing of it applied) and its conflicts are reported for a person's choice; it is planned again
at every sync, so a conflict another laptop's later file has settled disappears on its own.
Refused files (damaged, cut short, foreign, replayed, wrongly signed) apply nothing and hold back
that device's later files.

What is published: the cases shared with the office that changed since they were last published
(with their client and every record linked to them, their tombstones, the users and partners they
name), exactly as a transfer bundle carries them.
"""

from __future__ import annotations

import hashlib
import os
import secrets
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path

import sqlcipher3

from astra_desktop.core import team as ct
from astra_desktop.errors import AstraError
from astra_desktop.services import team, transfer
from astra_desktop.services.session import Session
from astra_desktop.storage import cases, database
from astra_desktop.storage import team as st
from astra_desktop.storage import transfer_tables as tt
from astra_desktop.storage.atomic import fsync_dir, open_private
from astra_desktop.storage.backup_format import Sealed, damaged
from astra_desktop.storage.database import Connection

WHAT = "office change file"
MINE, THEIRS = transfer.MINE, transfer.THEIRS


@dataclass
class Held:
    """A file held back until a person chooses a side for each of its conflicts."""

    device: str
    owner: str
    seq: int
    conflicts: list[transfer.Conflict]


@dataclass
class SyncResult:
    written: str = ""  # the file this vault wrote ("" if nothing had changed)
    applied: list[tuple[str, int]] = field(default_factory=list)  # (owner, sequence number)
    held: dict[tuple[str, int], Held] = field(default_factory=dict)
    refused: dict[tuple[str, int], str] = field(default_factory=dict)
    waiting: dict[tuple[str, int], str] = field(default_factory=dict)
    removed: bool = False  # this laptop was removed from the team
    cases: set[str] = field(default_factory=set)  # ids of cases changed here

    @property
    def conflicts(self) -> list[transfer.Conflict]:
        return [c for h in self.held.values() for c in h.conflicts]


@dataclass
class ChangeBundle(transfer.OpenedBundle):
    """A change file's payload, opened, in the shape the transfer merge reads."""

    payload: bytes = b""

    def messages(self) -> Iterator[dict[str, object]]:
        try:
            yield from tt.decode_stream([self.payload])
        except (ValueError, KeyError, TypeError) as exc:
            raise damaged(self.sealed.path, WHAT, "its contents are unreadable") from exc


def _bundle(path: Path, payload: bytes) -> ChangeBundle:
    sealed = Sealed(path, WHAT, "astra-team-change", {}, [], 4096, b"", b"", b"", 0)
    return ChangeBundle(sealed, b"", payload)


def resolve_folder(session: Session, folder: Path | None) -> Path:
    """The office folder given (remembered for next time), or the one remembered."""
    team.current(session)
    if folder is None:
        stored = st.folder(session.db)
        if not stored:
            raise AstraError("Choose the office folder first (sync --folder DIR).")
        folder = Path(stored)
    if not folder.is_dir():
        raise AstraError(
            "The office folder {folder} is not there. Connect the drive or choose the folder "
            "again; nothing was synced.",
            folder=folder,
        )
    if str(folder) != st.folder(session.db):
        with session.write() as conn:
            st.set_folder(conn, str(folder))
    return folder


def sync(
    session: Session, folder: Path | None = None, choices: Mapping[str, str] | None = None,
    all_choice: str = "", full: bool = False,
) -> SyncResult:  # fmt: skip
    """Apply the other devices' new files, then publish this vault's changes (one new file).
    `choices` ("table:id" or a record id -> mine/theirs) or `all_choice` settle conflicts of held files; `full`
    compares every shared case with what was last published of it (a change to a record that
    does not move its case's time is found then)."""
    folder = resolve_folder(session, folder)
    result = SyncResult()
    _read_all(session, folder, dict(choices or {}), all_choice, result)
    if not result.removed:
        result.written = publish(session, folder, full)
    return result


# --- writing ---------------------------------------------------------------------------------------
def _highest(own: Path) -> int:
    found = [ct.seq_of(p.name) for p in own.iterdir()] if own.is_dir() else []
    return max((s for s in found if s is not None), default=0)


def write_own_file(
    session: Session, folder: Path, make: Callable[[int], bytes],
    before_commit: Callable[[Connection], None] | None = None,
) -> Path:  # fmt: skip
    """Write this device's next file: temp name, fsync, rename, inside the transaction that
    takes its number. A crash after the rename but before the commit leaves a file the next
    number skips (never overwritten: files in the folder are immutable)."""
    row = team.current(session)
    own = folder / ct.device_folder(row.team_id, row.device_id)
    own.mkdir(parents=True, exist_ok=True)
    with session.write() as conn:
        seq = max(st.next_seq(conn), _highest(own) + 1)
        target = own / ct.file_name(seq)
        tmp = own / f".{secrets.token_hex(6)}.part"
        try:
            with open_private(tmp) as fh:
                fh.write(make(seq))
                fh.flush()
                os.fsync(fh.fileno())
            os.replace(tmp, target)
            fsync_dir(own)
        except OSError as exc:
            raise AstraError(
                "The office folder {folder} could not be written to ({error}). Nothing was "
                "published; free some space or check the drive, then sync again.",
                folder=folder,
                error=exc.strerror,
            ) from exc
        finally:
            tmp.unlink(missing_ok=True)
        st.set_next_seq(conn, seq + 1)
        if before_commit is not None:
            before_commit(conn)
    return target


class _Buffer(bytearray):
    """Collects the transfer stream, without case assignments: who works on a case is decided on
    each laptop (the receiving vault assigns a case new to it to the person syncing)."""

    def write(self, data: bytes | memoryview) -> None:
        if not bytes(data[4:40]).startswith(_ASSIGNMENT):
            self.extend(data)


_ASSIGNMENT = b'{"type":"row","t":"case_assignments"'


def _export(
    session: Session, conn: Connection, chosen: dict[str, str]
) -> tuple[bytes, list[tuple[str, str, str]]]:
    buf, exported = _Buffer(), []  # type: ignore[var-annotated]
    transfer._write_records(conn, session, buf, chosen, exported, None)  # type: ignore[arg-type]
    return bytes(buf), exported


def publish(session: Session, folder: Path, full: bool = False) -> str:
    """This vault's changed shared cases as one new change file; "" if nothing changed."""
    row = team.current(session)
    conn = session.db
    changed: dict[str, str] = {}
    states: dict[str, tuple[str, str]] = {}  # case id -> (updated_at or 'deleted', digest)
    with database.read_snapshot(conn):
        for case_id, updated in st.candidates(conn, full):
            code = cases.stored_code(conn, case_id) or ""
            _payload, rows = _export(session, conn, {case_id: code})
            digest = hashlib.sha256(repr(sorted(rows)).encode()).hexdigest()
            states[case_id] = (updated or "deleted", digest)
            if digest != st.digest(conn, case_id):
                changed[case_id] = code
        exported: list[tuple[str, str, str]] = []
        if not changed:
            payload = b""
        else:
            payload, exported = _export(session, conn, changed)
    if not changed:
        if states:
            with session.write() as wconn:
                for case_id, (state, _digest) in states.items():
                    st.published(wconn, case_id, state)
        return ""
    epoch = st.current_epoch(conn)
    key = st.key(conn, epoch)
    assert key is not None

    def remember(wconn: Connection) -> None:
        for table, record_id, h in exported:
            tt.remember(wconn, table, record_id, [h])
        for case_id, (state, digest) in states.items():
            st.published(wconn, case_id, state, digest)

    path = write_own_file(
        session, folder,
        lambda seq: ct.write_change(row.team_id, row.device_id, seq, epoch, key, payload,
                                    row.keys.sign),
        remember,
    )  # fmt: skip
    return f"{path.parent.name}/{path.name}"


# --- reading ---------------------------------------------------------------------------------------
def _read_all(
    session: Session, folder: Path, choices: dict[str, str], all_choice: str, result: SyncResult
) -> None:
    row = team.current(session)
    progress = True
    while progress and not result.removed:
        progress = False
        for device in st.devices(session.db):
            if device.device_id == row.device_id:
                continue
            while _next(session, folder, device.device_id, choices, all_choice, result):
                progress = True


def _next(
    session: Session, folder: Path, device_id: str, choices: dict[str, str], all_choice: str,
    result: SyncResult,
) -> bool:  # fmt: skip
    """Apply the device's next file if it is there and sound; True if one was applied."""
    row = team.current(session)
    conn = session.db
    d = st.device(conn, device_id)
    if d is None:
        return False
    seq = st.last_applied(conn, device_id) + 1
    sub = folder / ct.device_folder(row.team_id, device_id)
    path = sub / ct.file_name(seq)
    name = f"{sub.name}/{path.name}"
    key = (device_id, seq)
    if d.removed and (d.last_seq is None or seq > d.last_seq):
        if path.exists():
            result.refused[key] = str(ct.refused(name, "it was written by a removed device"))
        return False
    if not path.exists():
        later = sorted(s for s in (ct.seq_of(p.name) for p in sub.glob("*")) if s and s > seq) \
            if sub.is_dir() else []  # fmt: skip
        if later:
            result.waiting[key] = (
                f"{d.owner}: file {seq} has not arrived yet; files {later[0]}… wait for it"
            )
        return False
    result.waiting.pop(key, None)
    try:
        tf = ct.parse(path.read_bytes(), name)
        ct.check_place(tf, row.team_id, device_id, seq, name)
        ct.verify(tf, d.sign_public, name)
        if tf.header.kind == ct.ROSTER:
            return _roster(session, d, seq, tf, name, result)
        return _change(session, d, seq, tf, path, name, choices, all_choice, result)
    except AstraError as exc:
        result.refused[key] = str(exc)
        return False


def _roster(
    session: Session, d: st.Device, seq: int, tf: ct.TeamFile, name: str, result: SyncResult
) -> bool:
    row = team.current(session)
    if not d.admin:
        raise ct.refused(name, "it changes the team but was not written by an administrator")
    roster = ct.open_roster(tf, row.keys.box, name)
    if roster is None and tf.header.epoch > st.current_epoch(session.db):
        result.removed = True
        return False
    with session.write() as conn:
        if roster is not None:
            try:
                version = int(roster["version"])  # type: ignore[call-overload]
                epoch, key = int(roster["epoch"]), ct.unb64(roster["key"])  # type: ignore[call-overload]
                devices = team.parse_roster(roster)
            except (KeyError, ValueError, TypeError) as exc:
                raise ct.refused(name, "its contents are unreadable") from exc
            if version > row.roster_version:
                for dev in devices:
                    st.put_device(conn, dev)
                st.add_key(conn, epoch, key)
                st.set_roster_version(conn, version)
        st.mark_applied(conn, d.device_id, seq)
        st.seen(conn, d.device_id)
    result.applied.append((d.owner, seq))
    return True


def _manifest_cases(bundle: ChangeBundle) -> list[str]:
    first = next(bundle.messages(), {})
    listed = first.get("cases") if isinstance(first, dict) else None
    return [str(c["id"]) for c in listed if isinstance(c, dict)] if isinstance(listed, list) else []


def _change(
    session: Session, d: st.Device, seq: int, tf: ct.TeamFile, path: Path, name: str,
    choices: dict[str, str], all_choice: str, result: SyncResult,
) -> bool:  # fmt: skip
    conn = session.db
    team_key = st.key(conn, tf.header.epoch)
    if team_key is None:
        result.waiting[(d.device_id, seq)] = (
            f"{d.owner}: file {seq} needs the team key of epoch {tf.header.epoch}, "
            "which has not arrived here"
        )
        return False
    bundle = _bundle(path, ct.open_change(tf, team_key, name))
    plan = transfer.plan_import(session, bundle)
    picks = {c.key: choices.get(c.key) or choices.get(c.record_id) or all_choice
             for c in plan.conflicts}  # fmt: skip
    if any(v not in (MINE, THEIRS) for v in picks.values()):
        result.held[(d.device_id, seq)] = Held(d.device_id, d.owner, seq, plan.conflicts)
        return False
    result.held.pop((d.device_id, seq), None)
    ids = _manifest_cases(bundle)
    clean = {c for c in ids if _clean(conn, c)}
    try:
        with session.write() as wconn:
            imported = transfer.apply_import(session, plan, picks)
            for case_id in ids:
                st.share(wconn, case_id)
                if MINE in picks.values():
                    st.republish(wconn, case_id)
                elif case_id in clean:
                    updated, _ = st.case_state(wconn, case_id)
                    st.published(wconn, case_id, updated or "deleted")
            st.mark_applied(wconn, d.device_id, seq)
            st.seen(wconn, d.device_id)
    except sqlcipher3.IntegrityError as exc:
        raise ct.refused(name, "its records do not fit this vault's") from exc
    result.cases |= imported.cases
    result.applied.append((d.owner, seq))
    return True


def _clean(conn: Connection, case_id: str) -> bool:
    """Nothing of the case changed here since it was last published (or it is not here yet)."""
    updated, published = st.case_state(conn, case_id)
    return updated is None or updated == published
