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
at every sync, so a conflict another laptop's later file has settled disappears on its own; a
person's choice travels with the record (or with its tombstone, if it left the record deleted),
and two choices of the same conflict that cross are decided the same way on every laptop
(services/sync_resolve.py: the later one wins).
Refused files (damaged, cut short, foreign, replayed, wrongly signed) apply nothing and hold back
that device's later files.

What is published: the cases shared with the office that changed since they were last published
(with their client and every record linked to them, their tombstones, the users and partners they
name), exactly as a transfer bundle carries them. Triggers (schema 25) mark a shared case at any
write to a record it carries, so every change travels at the next sync on its own.

Records are applied as the sync, not as the person syncing: the office decided what is shared; on
this laptop case assignments and roles still decide who sees it. Snapshots and compaction: see
`write_snapshot` and `compact`, and docs/team-sync.md.
"""

from __future__ import annotations

import hashlib
import json
import os
import secrets
import struct
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path

import sqlcipher3

from astra_desktop.core import team as ct
from astra_desktop.errors import AstraError
from astra_desktop.services import sync_resolve as sr
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
    snapshot: str = ""  # the snapshot this vault wrote ("" if none was due)
    compacted: list[str] = field(default_factory=list)  # this vault's old files deleted

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
    `choices` ("table:id" or a record id -> mine/theirs) or `all_choice` settle conflicts of held
    files; `full` compares every shared case with what was last published of it (every change is
    tracked by the schema 25 triggers; this is a check). The administrator's laptop writes a
    snapshot every SNAPSHOT_EVERY files; each laptop then deletes its own files no one needs."""
    folder = resolve_folder(session, folder)
    result = SyncResult()
    _read_all(session, folder, dict(choices or {}), all_choice, result)
    if not result.removed:
        result.written = publish(session, folder, full)
        row = team.current(session)
        if _snapshot_due(session.db, row.device_id):
            result.snapshot = write_snapshot(session, folder)
        result.compacted = compact(session, folder)
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
    each laptop (the receiving vault assigns a case new to it to the person syncing). Notes the
    tombstones written (table, id, mark): a choice to leave a record deleted travels with them."""

    def __init__(self) -> None:
        super().__init__()
        self.tombs: list[tuple[str, str, str]] = []

    def write(self, data: bytes | memoryview) -> None:
        head = bytes(data[4:40])
        if head.startswith(_ASSIGNMENT):
            return
        if head.startswith(_TOMBSTONE):
            tomb = tt.Tombstone.from_message(json.loads(bytes(data[4:])))
            self.tombs.append((tomb.table, tomb.record_id, tomb.mark))
        self.extend(data)


_ASSIGNMENT = b'{"type":"row","t":"case_assignments"'
_TOMBSTONE = b'{"type":"tombstone"'
PREAMBLE = "sync"  # the first message of a change or snapshot file: acknowledgements, coverage
SNAPSHOT_EVERY = 200  # files written in the team since the last snapshot before a new one


def _export(
    session: Session, conn: Connection, chosen: dict[str, str]
) -> tuple[bytes, list[tuple[str, str, str]], list[tuple[str, str, str]]]:
    """(the stream, the records exported (table, id, version), the tombstones (table, id, mark))"""
    buf, exported = _Buffer(), []  # type: ignore[var-annotated]
    transfer.write_records(conn, session, buf, chosen, exported, None)
    return bytes(buf), exported, buf.tombs


def content_digest(payload: bytes) -> str:
    """What a case's export holds, as one hash: every row's version (rows without an id too,
    like hearing attendance) and every tombstone; not the versions each side knew, which grow
    as laptops exchange files without the records changing."""
    parts: list[tuple[str, ...]] = []
    columns: dict[str, list[str]] = {}
    for m in tt.decode_stream([payload]):
        kind = m.get("type")
        if kind == "manifest" and isinstance(m.get("tables"), dict):
            tables: dict[str, list[str]] = m["tables"]  # type: ignore[assignment]
            columns = {str(k): list(v) for k, v in tables.items()}
        elif kind == "row":
            t = str(m["t"])
            row = dict(zip(columns.get(t, []), m["v"], strict=False))  # type: ignore[call-overload]
            parts.append(("row", t, tt.row_hash(t, row)))
        elif kind == "tombstone":
            parts.append(("tombstone", str(m["t"]), str(m["id"]), str(m.get("at"))))
    return hashlib.sha256(repr(sorted(parts)).encode()).hexdigest()


def _preamble(conn: Connection, **more: object) -> bytes:
    """How far this vault has applied every other device's files (its acknowledgement: a device
    deletes old files only once every device has applied them)."""
    row = st.get(conn)
    applied = {d: s for d, s in st.applied_all(conn).items() if row is None or d != row.device_id}
    return tt.encode({"type": PREAMBLE, "acks": applied, **more})


def split_preamble(payload: bytes) -> tuple[dict[str, object], bytes]:
    """(the first message if it is the sync preamble, the transfer stream after it). A file
    without one (written before schema 25) is all transfer stream."""
    if len(payload) >= 4:
        (size,) = struct.unpack_from(">I", payload)
        try:
            first = json.loads(payload[4 : 4 + size])
        except ValueError:
            first = None
        if isinstance(first, dict) and first.get("type") == PREAMBLE:
            return first, payload[4 + size :]
    return {}, payload


def _ints(raw: object) -> dict[str, int]:
    if not isinstance(raw, dict):
        return {}
    return {str(k): int(v) for k, v in raw.items() if isinstance(v, int)}


def publish(session: Session, folder: Path, full: bool = False) -> str:
    """This vault's changed shared cases as one new change file; "" if nothing changed. A file
    with no records but this vault's acknowledgements is written when a snapshot lets the
    others delete files this vault has not yet said it applied."""
    row = team.current(session)
    conn = session.db
    changed: dict[str, str] = {}
    states: dict[str, tuple[str, str]] = {}  # case id -> (updated_at or 'deleted', digest)
    with database.read_snapshot(conn):
        marks = st.dirty(conn)
        for case_id, updated in st.candidates(conn, full):
            code = cases.stored_code(conn, case_id) or ""
            one, _rows, _tombs = _export(session, conn, {case_id: code})
            digest = content_digest(one)
            states[case_id] = (updated or "deleted", digest)
            if digest != st.digest(conn, case_id):
                changed[case_id] = code
        exported: list[tuple[str, str, str]] = []
        tombs: list[tuple[str, str, str]] = []
        payload = b""
        if changed:
            payload, exported, tombs = _export(session, conn, changed)
        ack_only = not changed and _ack_due(conn, row.device_id)
        resolved = sr.to_send(conn, [*exported, *tombs])
        preamble = _preamble(conn, **({"resolved": resolved} if resolved else {}))
        acks = _ints(split_preamble(preamble)[0].get("acks"))
        epoch = st.current_epoch(conn)
        key = st.key(conn, epoch)

    def remember(wconn: Connection) -> None:
        for table, record_id, h in exported:
            tt.remember(wconn, table, record_id, [h])
        for case_id, (state, digest) in states.items():
            st.published(wconn, case_id, state, digest)
        for case_id, n in marks.items():
            st.clear_dirty(wconn, case_id, n)
        st.set_acks(wconn, row.device_id, acks)

    if not changed and not ack_only:
        with session.write() as wconn:
            for case_id, (state, _digest) in states.items():
                st.published(wconn, case_id, state)
            for case_id, n in marks.items():
                if case_id in states:
                    st.clear_dirty(wconn, case_id, n)
        return ""
    assert key is not None
    body = preamble + payload
    path = write_own_file(
        session, folder,
        lambda seq: ct.write_change(row.team_id, row.device_id, seq, epoch, key, body,
                                    row.keys.sign),
        remember,
    )  # fmt: skip
    return f"{path.parent.name}/{path.name}"


def _latest_snapshot(conn: Connection) -> st.Snapshot | None:
    """The newest snapshot of the administrator's device (only it writes them, so each covers
    at least what the one before did)."""
    admins = {d.device_id for d in st.devices(conn) if d.admin}
    found = [s for s in st.snapshots(conn) if s.device_id in admins]
    return max(found, key=lambda s: s.seq) if found else None


def _ack_due(conn: Connection, me: str) -> bool:
    """A snapshot covers files of a device that this vault has applied but not yet said so."""
    snap = _latest_snapshot(conn)
    if snap is None:
        return False
    said = st.acks(conn).get(me, {})
    applied = st.applied_all(conn)
    return any(
        min(applied.get(d, 0), upto) > said.get(d, 0) for d, upto in snap.covers.items() if d != me
    )


# --- snapshots and compaction ----------------------------------------------------------------------
def write_snapshot(session: Session, folder: Path) -> str:
    """The administrator's device writes the current state of every shared case as one file
    (kind "snapshot"), with the last file of each device it holds: a new laptop starts from it
    and reads only later files. This vault's own changes are published first."""
    row = team.current(session)
    conn = session.db
    me = st.device(conn, row.device_id)
    if me is None or not me.admin:
        raise AstraError("Only the laptop that created the team writes snapshots.")
    publish(session, folder)
    with database.read_snapshot(conn):
        chosen = {c: cases.stored_code(conn, c) or "" for c in st.shared_case_ids(conn)}
        payload, exported, tombs = _export(session, conn, chosen) if chosen else (b"", [], [])
        resolved = sr.to_send(conn, [*exported, *tombs])
        applied = {d: s for d, s in st.applied_all(conn).items() if d != row.device_id}
        epoch = st.current_epoch(conn)
        key = st.key(conn, epoch)
    assert key is not None
    taken: list[int] = []

    def make(seq: int) -> bytes:
        taken.append(seq)
        covers = {**applied, row.device_id: seq}
        more = {"resolved": resolved} if resolved else {}
        body = tt.encode({"type": PREAMBLE, "acks": applied, "covers": covers, **more}) + payload
        return ct.write_change(row.team_id, row.device_id, seq, epoch, key, body, row.keys.sign,
                               ct.SNAPSHOT)  # fmt: skip

    def remember(wconn: Connection) -> None:
        st.add_snapshot(wconn, st.Snapshot(row.device_id, taken[-1],
                                           {**applied, row.device_id: taken[-1]}))  # fmt: skip
        st.set_acks(wconn, row.device_id, applied)

    path = write_own_file(session, folder, make, remember)
    return f"{path.parent.name}/{path.name}"


def _snapshot_due(conn: Connection, me: str) -> bool:
    d = st.device(conn, me)
    if d is None or not d.admin:
        return False
    written = sum(st.applied_all(conn).values()) + st.next_seq(conn) - 1
    last = _latest_snapshot(conn)
    return written - (last.size if last else 0) >= SNAPSHOT_EVERY


def compact(session: Session, folder: Path) -> list[str]:
    """Delete this device's own files that no device needs any more: those the latest snapshot
    holds, that every device still in the team says it has applied (the snapshot itself stays).
    Never another device's file."""
    row = team.current(session)
    conn = session.db
    snap = _latest_snapshot(conn)
    if snap is None:
        return []
    limit = snap.covers.get(row.device_id, 0)
    said = st.acks(conn)
    for d in st.devices(conn):
        if d.device_id != row.device_id and not d.removed:
            limit = min(limit, said.get(d.device_id, {}).get(row.device_id, 0))
    own = folder / ct.device_folder(row.team_id, row.device_id)
    gone: list[str] = []
    if limit <= 0 or not own.is_dir():
        return gone
    for path in sorted(own.iterdir()):
        seq = ct.seq_of(path.name)
        if seq is None or seq > limit or (snap.device_id == row.device_id and seq == snap.seq):
            continue
        path.unlink(missing_ok=True)
        gone.append(f"{own.name}/{path.name}")
    if gone:
        fsync_dir(own)
    return gone


# --- reading ---------------------------------------------------------------------------------------
def _read_all(
    session: Session, folder: Path, choices: dict[str, str], all_choice: str, result: SyncResult
) -> None:
    row = team.current(session)
    _start_from_snapshot(session, folder, result)
    progress = True
    while progress and not result.removed:
        progress = False
        for device in st.devices(session.db):
            if device.device_id == row.device_id:
                continue
            while _next(session, folder, device.device_id, choices, all_choice, result):
                progress = True


def _files(sub: Path) -> list[int]:
    found = [ct.seq_of(p.name) for p in sub.iterdir()] if sub.is_dir() else []
    return sorted(s for s in found if s is not None)


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
        later = [s for s in _files(sub) if s > seq]
        if later:
            result.waiting[key] = (
                f"{d.owner}: file {seq} has not arrived yet; files {later[0]}… wait for it"
            )
        return False
    result.waiting.pop(key, None)
    try:
        tf = _checked(path.read_bytes(), row, d, seq, name)
        if tf.header.kind == ct.ROSTER:
            return _roster(session, d, seq, tf, name, result)
        team_key = st.key(conn, tf.header.epoch)
        if team_key is None:
            result.waiting[key] = (
                f"{d.owner}: file {seq} needs the team key of epoch {tf.header.epoch}, "
                "which has not arrived here"
            )
            return False
        head, payload = split_preamble(ct.open_change(tf, team_key, name))
        if tf.header.kind == ct.SNAPSHOT:
            return _snapshot_seen(session, d, seq, head, name, result)
        return _change(session, d, seq, head, _bundle(path, payload), name, choices, all_choice,
                       result)  # fmt: skip
    except AstraError as exc:
        result.refused[key] = str(exc)
        return False


def _checked(data: bytes, row: st.TeamRow, d: st.Device, seq: int, name: str) -> ct.TeamFile:
    tf = ct.parse(data, name)
    ct.check_place(tf, row.team_id, d.device_id, seq, name)
    ct.verify(tf, d.sign_public, name)
    if tf.header.kind == ct.SNAPSHOT and not d.admin:
        raise ct.refused(name, "it is a snapshot not written by the administrator's laptop")
    return tf


def _snapshot_seen(
    session: Session, d: st.Device, seq: int, head: dict[str, object], name: str,
    result: SyncResult,
) -> bool:  # fmt: skip
    """A snapshot met in its writer's sequence: this vault has (or will get) every file it holds,
    so only what it covers is noted (old files may go once every device has applied them)."""
    covers = _ints(head.get("covers"))
    if covers.get(d.device_id) != seq:
        raise ct.refused(name, "its contents are unreadable")
    with session.write() as conn:
        st.add_snapshot(conn, st.Snapshot(d.device_id, seq, covers))
        st.set_acks(conn, d.device_id, _ints(head.get("acks")))
        st.mark_applied(conn, d.device_id, seq)
        st.seen(conn, d.device_id)
    result.applied.append((d.owner, seq))
    return True


def _start_from_snapshot(session: Session, folder: Path, result: SyncResult) -> None:
    """A laptop new to the team (nothing applied yet), or one missing a file that was deleted
    because a snapshot holds it, starts from the administrator's latest snapshot: its records
    are applied and every device's files it covers are skipped."""
    row = team.current(session)
    conn = session.db
    admin = next((d for d in st.devices(conn) if d.admin and not d.removed), None)
    if admin is None or admin.device_id == row.device_id:
        return
    applied = st.applied_all(conn)
    if applied and not _gap(conn, folder, row, applied):
        return
    sub = folder / ct.device_folder(row.team_id, admin.device_id)
    for seq in reversed(_files(sub)):
        if seq <= applied.get(admin.device_id, 0):
            return
        path = sub / ct.file_name(seq)
        name = f"{sub.name}/{path.name}"
        try:
            tf = _checked(path.read_bytes(), row, admin, seq, name)
            if tf.header.kind != ct.SNAPSHOT:
                continue
            if not _rosters_before(session, folder, admin, seq, result):
                return
            team_key = st.key(conn, tf.header.epoch)
            if team_key is None:
                return
            head, payload = split_preamble(ct.open_change(tf, team_key, name))
            covers = _ints(head.get("covers"))
            if covers.get(admin.device_id) != seq:
                raise ct.refused(name, "its contents are unreadable")
            applied = st.applied_all(conn)
            if all(applied.get(k, 0) >= v for k, v in covers.items() if k != row.device_id):
                return  # nothing in it this vault lacks
            _start_with(session, admin, seq, _bundle(path, payload), head, covers, name, result)
        except (AstraError, OSError) as exc:
            result.refused[(admin.device_id, seq)] = str(exc)
        return


def _rosters_before(
    session: Session, folder: Path, admin: st.Device, upto: int, result: SyncResult
) -> bool:
    """The administrator's roster files before its snapshot, in order (they bring the devices
    and team keys the files after it need); False if one is refused or this laptop was removed.
    Only change files are skipped by starting from a snapshot."""
    row = team.current(session)
    sub = folder / ct.device_folder(row.team_id, admin.device_id)
    for seq in _files(sub):
        if seq >= upto or seq <= st.last_applied(session.db, admin.device_id):
            continue
        name = f"{sub.name}/{ct.file_name(seq)}"
        try:
            tf = _checked((sub / ct.file_name(seq)).read_bytes(), row, admin, seq, name)
            if tf.header.kind == ct.ROSTER:
                _roster(session, admin, seq, tf, name, result, mark=False)
        except (AstraError, OSError) as exc:
            result.refused[(admin.device_id, seq)] = str(exc)
            return False
        if result.removed:
            return False
    return True


def _start_with(
    session: Session, admin: st.Device, seq: int, bundle: ChangeBundle, head: dict[str, object],
    covers: dict[str, int], name: str, result: SyncResult,
) -> None:  # fmt: skip
    me = team.current(session).device_id

    def starting(wconn: Connection) -> None:
        st.add_snapshot(wconn, st.Snapshot(admin.device_id, seq, covers))
        st.set_acks(wconn, admin.device_id, _ints(head.get("acks")))
        for device_id, upto in covers.items():
            if device_id != me:
                st.start_at(wconn, device_id, upto)

    _apply(session, admin, seq, bundle, head, name, {}, "", result, starting)


def _gap(conn: Connection, folder: Path, row: st.TeamRow, applied: dict[str, int]) -> bool:
    """Some device's next file is gone while later ones are there (deleted: a snapshot holds it)."""
    for d in st.devices(conn):
        if d.device_id == row.device_id or d.removed:
            continue
        sub = folder / ct.device_folder(row.team_id, d.device_id)
        nxt = applied.get(d.device_id, 0) + 1
        if not (sub / ct.file_name(nxt)).exists() and any(s > nxt for s in _files(sub)):
            return True
    return False


def _roster(
    session: Session, d: st.Device, seq: int, tf: ct.TeamFile, name: str, result: SyncResult,
    mark: bool = True,
) -> bool:  # fmt: skip
    """Take a roster file's devices and key. `mark` False: read ahead of its turn (before a
    snapshot this laptop starts from), so not noted as applied; it is taken again, as a no-op,
    if its turn comes."""
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
            if version > team.current(session).roster_version:
                for dev in devices:
                    st.put_device(conn, dev)
                st.add_key(conn, epoch, key)
                st.set_roster_version(conn, version)
        if not mark:
            return False
        st.mark_applied(conn, d.device_id, seq)
        st.seen(conn, d.device_id)
    result.applied.append((d.owner, seq))
    return True


def _manifest_cases(bundle: ChangeBundle) -> list[str]:
    first = next(bundle.messages(), {})
    listed = first.get("cases") if isinstance(first, dict) else None
    return [str(c["id"]) for c in listed if isinstance(c, dict)] if isinstance(listed, list) else []


def _change(
    session: Session, d: st.Device, seq: int, head: dict[str, object], bundle: ChangeBundle,
    name: str, choices: dict[str, str], all_choice: str, result: SyncResult,
) -> bool:  # fmt: skip
    acks = _ints(head.get("acks"))

    def noted(wconn: Connection) -> None:
        st.set_acks(wconn, d.device_id, acks)
        st.mark_applied(wconn, d.device_id, seq)

    if not bundle.payload:  # acknowledgements only
        with session.write() as wconn:
            noted(wconn)
            st.seen(wconn, d.device_id)
        result.applied.append((d.owner, seq))
        return True
    return _apply(session, d, seq, bundle, head, name, choices, all_choice, result, noted)


def _apply(
    session: Session, d: st.Device, seq: int, bundle: ChangeBundle, head: dict[str, object],
    name: str, choices: dict[str, str], all_choice: str, result: SyncResult,
    also: Callable[[Connection], None],
) -> bool:  # fmt: skip
    """Plan and apply a file's records as the sync (not as the person syncing: the office decided
    what is shared), in one transaction with `also` (the note that it was applied). A conflict
    another laptop settled the other way at the same moment is decided by services/sync_resolve.py
    (the later choice wins); a person's choice is published, whichever side it keeps."""
    conn = session.db
    plan = transfer.plan_import(session, bundle, system=True)
    arriving = sr.incoming(head)
    rows = sr.rows_of(conn, bundle, {r.key for r in arriving})
    remember = sr.reconcile(conn, plan, rows, arriving)
    picks = {c.key: choices.get(c.key) or choices.get(c.record_id) or all_choice
             for c in plan.conflicts}  # fmt: skip
    if any(v not in (MINE, THEIRS) for v in picks.values()):
        result.held[(d.device_id, seq)] = Held(d.device_id, d.owner, seq, plan.conflicts)
        return False
    result.held.pop((d.device_id, seq), None)
    ids = _manifest_cases(bundle)
    rows |= sr.rows_of(conn, bundle, plan.keys - rows.keys())
    made = sr.settled(conn, plan, picks, rows, team.current(session).device_id)
    try:
        with session.write() as wconn:
            before = st.dirty(wconn)  # this vault's own changes waiting to be published
            imported = transfer.apply_import(session, plan, picks)
            _arrived_is_not_a_change(wconn, before)
            sr.store(wconn, [*remember, *made])
            for case_id in ids:
                st.share(wconn, case_id)
                if made or MINE in picks.values():
                    st.republish(wconn, case_id)
                elif case_id not in before:  # what arrived is not this vault's own change
                    updated, _ = st.case_state(wconn, case_id)
                    st.published(wconn, case_id, updated or "deleted")
            also(wconn)
            st.seen(wconn, d.device_id)
    except sqlcipher3.IntegrityError as exc:
        raise ct.refused(name, "its records do not fit this vault's") from exc
    result.cases |= imported.cases
    result.applied.append((d.owner, seq))
    return True


def _arrived_is_not_a_change(conn: Connection, before: dict[str, int]) -> None:
    """The triggers marked the cases the applied records belong to (a client's other shared
    cases too): those marks are undone, so what arrived is not published back; a case that had a
    change of this vault waiting keeps its mark and goes out with it."""
    for case_id in st.dirty(conn):
        if case_id not in before:
            st.clear_dirty(conn, case_id)
