"""Making encrypted backups, listing them, keeping the last N, and the reminder.

A backup is one sealed file (storage/backup_format.py) whose payload has three parts: `about.json`
(who made it, the organisation), `vault.keys` (so everyone logs in with their own passphrase after
a restore) and a fresh SQLCipher copy of vault.db under the backup's *own* random key, derived from
the backup's content key: no page of a backup decrypts in a live vault, so none can be spliced into
one. The content key has two locks: Argon2id of the passphrase chosen when making it (parameters as
calibrated for the vault's keyslots), and the vault's data key, which the recovery key reaches
through a copy of the vault's recovery slot kept in the lock; so the recovery key opens it too.

Making one never writes plaintext: the copy is exported from a connection of its own, in one read
transaction (the vault stays usable), into a hidden temp file in the destination folder (so a full
USB stick never fills the laptop's disk); it is checked, sealed into a second hidden temp file,
synced, read back from the drive and authenticated to the end (every lock must open it), and only
then renamed to `*.astrabackup`. A crash at any point leaves hidden temp files only, never
something listed as a backup; the next backup removes stale ones.

Verification in one pass over each file (docs/security.md, "Backup verification"):
- while SQLite writes the copy, the record sums are recomputed from the vault's own rows, on a
  second connection that reads the very state the export copies (db_copy.SourceSums; if a commit
  came in between, the copy's rows are hashed instead);
- once it is written, the copy is read once, from the disk, by `integrity_check` on a connection
  of its own: SQLCipher checks every page's MAC as it reads it (a fresh export has no free pages,
  so that is every page), the structure and each index's agreement with its table are proven, and
  the copy's stored sums, audit head and counts are compared with the vault's (db_copy.check_copy);
- beside that, the copy's bytes are read once more, to be sealed, and the sealed file is read back
  once from the drive: AES-GCM authenticates each chunk, its place and the end of the stream, so
  the payload is not hashed on the way in and out as well.
The file is renamed only when every step succeeds; if one fails or the person cancels, the others
are stopped and everything is removed. The copy inside has 16 KiB pages (the vault 4 KiB): fewer
page MACs to write and check.
"""

from __future__ import annotations

import contextlib
import errno
import json
import os
import secrets
import threading
import time
from collections.abc import Callable, Iterator
from concurrent.futures import Future, ThreadPoolExecutor, as_completed
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path

import sqlcipher3

from astra_desktop import __version__
from astra_desktop.core.enums import AuditAction
from astra_desktop.core.messages import Joined, Message
from astra_desktop.core.models import new_id
from astra_desktop.core.roles import Permission
from astra_desktop.errors import AstraError, VaultDamaged
from astra_desktop.services import passphrases, settings
from astra_desktop.services.session import Session
from astra_desktop.storage import audit, database, db_copy, kdf, meta
from astra_desktop.storage import settings as stored_settings
from astra_desktop.storage.atomic import fsync_dir, open_private
from astra_desktop.storage.backup_format import (
    KeyLock,
    NotSealed,
    PassphraseLock,
    Sealed,
    SealedDamaged,
    SealedWriter,
)
from astra_desktop.storage.database import DAMAGED_DB
from astra_desktop.storage.keyslots import KIND_RECOVERY, KeyFile, hkdf

SUFFIX = ".astrabackup"
KIND = "astra-backup"
WHAT = "backup"
TEMP_PREFIX = ".astra-backup-"
RECOVERY_LOCK = "vault-recovery"
STALE_TEMP_SECONDS = 600
PARTS = ("about.json", "vault.keys", "vault.db")
# The copy inside a backup uses larger pages than the vault (fewer page MACs and b-tree pages to
# write and check); its header says so, and a restore writes the vault back with 4 KiB pages.
# Backups made before this field existed have 4 KiB pages.
PAGE_SIZE = 16 * 1024

KEEP = settings.Setting("backups_keep", default=10, minimum=1, maximum=100)
REMIND_DAYS = settings.Setting("backup_reminder_days", default=7, minimum=1, maximum=365)
FOLDER_KEY = "backup_folder"

Progress = Callable[[int, int], bool]  # (done, total) -> keep going?
TOTAL = 1000


class Cancelled(AstraError):
    def __init__(self, why: str = "The backup was cancelled") -> None:
        super().__init__("{why}; nothing was written and the vault is unchanged.", why=Message(why))


class WriteFailed(AstraError):
    exit_code = 1

    def __init__(self, folder: Path) -> None:
        super().__init__(
            "The backup could not be written to {folder}: the drive is full, does not take files "
            "this large (USB sticks formatted FAT32 take at most 4 GB per file), or failed. "
            "Nothing was written and the vault is unchanged; free some space or choose another "
            "drive, then try again.",
            folder=folder,
        )


def inner_key(content_key: bytes) -> bytes:
    """The key of the database copy inside a backup: the backup's own, never the vault's."""
    return hkdf(content_key, "astra backup inner db")


@dataclass(frozen=True)
class BackupInfo:
    path: Path
    backup_id: str
    size: int
    created_at: datetime
    removed: list[Path] = field(default_factory=list)  # older backups removed (keep the last N)


# --- making one ----------------------------------------------------------------------------------
class _Tracker:
    """Turns the steps' own progress into one 0..TOTAL figure, and stops when asked or locked."""

    def __init__(self, progress: Progress | None, session: Session) -> None:
        self._progress = progress
        self._session = session
        self._last = 0.0
        self._done = 0
        self._guard = threading.Lock()  # steps report from more than one thread
        self.locked = False
        self.stopped = False

    def report(self, done: float, force: bool = False) -> bool:
        if self._session.closed:
            self.locked = True
            return False
        if self.stopped:
            return False
        with self._guard:
            now = time.monotonic()
            if self._progress is None or (not force and now - self._last < 0.05):
                return True
            self._last = now
            self._done = max(self._done, min(TOTAL, int(done)))
            if not self._progress(self._done, TOTAL):
                self.stopped = True
        return not self.stopped

    def alive(self) -> bool:
        """Whether to go on, without moving the bar."""
        if self._session.closed:
            self.locked = True
        return not (self.locked or self.stopped)

    def checkpoint(self, done: float) -> None:
        """Between steps: always asks whether to go on."""
        if not self.report(done, force=True):
            raise db_copy.Interrupted()

    def stage(
        self, start: float, width: float, fraction: Callable[[], float]
    ) -> Callable[[], bool]:
        self._last = 0.0  # the first report of a step always goes out
        return lambda: self.report(start + width * min(1.0, fraction()))


def target_path(out: Path, now: datetime | None = None) -> Path:
    """`out` as given when it names a file (suffix added), else a dated name inside the folder."""
    if out.is_dir():
        stamp = (now or datetime.now()).strftime("%Y-%m-%d-%H%M%S")
        path = out / f"ASTRA-backup-{stamp}{SUFFIX}"
        n = 2
        while path.exists():
            path = out / f"ASTRA-backup-{stamp}-{n}{SUFFIX}"
            n += 1
        return path
    return out if out.name.endswith(SUFFIX) else out.with_name(out.name + SUFFIX)


def _is_write_failure(exc: BaseException) -> bool:
    if isinstance(exc, OSError):
        return exc.errno in (errno.ENOSPC, errno.EDQUOT, errno.EFBIG, errno.EIO)
    return isinstance(exc, sqlcipher3.OperationalError)


def remove_stale_temps(folder: Path, older_than: float = STALE_TEMP_SECONDS) -> None:
    """Hidden temp files a crashed backup left (encrypted, never listed): removed after a while."""
    cutoff = time.time() - older_than
    for path in folder.glob(TEMP_PREFIX + "*"):
        with contextlib.suppress(OSError):
            if path.stat().st_mtime < cutoff:
                path.unlink()


def _drop_from_cache(path: Path) -> None:
    """Ask the OS to forget the file's pages, so the read-back comes from the drive itself."""
    if hasattr(os, "posix_fadvise"):
        fd = os.open(path, os.O_RDONLY)
        try:
            os.posix_fadvise(fd, 0, 0, os.POSIX_FADV_DONTNEED)
        finally:
            os.close(fd)


def _file_chunks(path: Path, size: int = 1024 * 1024) -> Iterator[bytes]:
    with path.open("rb") as fh:
        while block := fh.read(size):
            yield block


def create(
    session: Session,
    out: Path,
    passphrase: str,
    progress: Progress | None = None,
    *,
    keep: int | None = None,
) -> BackupInfo:
    """Make, verify and name one backup at `out` (a folder, or a file name); see the module doc."""
    session.require(Permission.BACKUP)
    passphrases.require_strong(passphrase, (session.actor.username,))
    target = target_path(out)
    folder = target.parent
    if not folder.is_dir():
        raise AstraError(
            "The folder {folder} does not exist. Choose an existing folder.", folder=folder
        )
    if target.exists():
        raise AstraError(
            "{name} already exists in {folder}. Choose another name.",
            name=target.name,
            folder=folder,
        )
    remove_stale_temps(folder)
    keyfile = KeyFile.load(session.files.keys)
    data_key = session.data_key
    keyfile.verify_mac(data_key)
    keys_bytes = session.files.keys.read_bytes()
    recovery = keyfile.find(KIND_RECOVERY, "recovery")
    tracker = _Tracker(progress, session)
    content_key, inner_salt = os.urandom(32), os.urandom(16)
    key = inner_key(content_key)
    token = secrets.token_hex(6)
    copy_path, part = folder / f"{TEMP_PREFIX}{token}.db", folder / f"{TEMP_PREFIX}{token}.part"
    created = datetime.now(UTC)  # to the microsecond: the order of backups made in one second
    backup_id = new_id()
    # Argon2id for the passphrase lock runs on a thread while the data is copied.
    pool = ThreadPoolExecutor(1, thread_name_prefix="astra-backup-kdf")
    passphrase_lock = pool.submit(PassphraseLock(passphrase, _params(keyfile)).prepared)
    pool.shutdown(wait=False)
    stop = threading.Event()
    workers = ThreadPoolExecutor(2, thread_name_prefix="astra-backup")
    steps: dict[str, Future[object]] = {}
    parts = _Parts(tracker, 500, 480, ("sums", "copy", "seal"))
    finished = False
    beside: database.Connection | None = None
    vault_sums: list[dict[str, bytes]] = []  # the state the sums are recomputed in, if the export's

    def snapshot_taken(source: database.Connection, snap: db_copy.Snapshot) -> None:
        """Inside the export's read transaction, before anything is copied: the record sums are
        recomputed from the vault beside the export, if that connection reads the same state."""
        assert beside is not None
        sums = db_copy.SourceSums(beside)
        state = db_copy.state(source)
        if sums.begin(state):
            vault_sums.append(state.sums)
            steps["sums"] = workers.submit(_source_sums, sums, snap, parts)
        else:  # the copy's check hashes its rows instead
            parts.stage("sums", lambda: 1.0)()

    def written(snap: db_copy.Snapshot) -> None:
        """The copy is complete on the disk: seal it, beside the copy's own check."""
        tracker.checkpoint(500)
        parts.started = True
        about = json.dumps(
            {"created_by_name": session.actor.username, "organisation": _organisation(session)},
            ensure_ascii=False,
        ).encode()
        sizes = [len(about), len(keys_bytes), copy_path.stat().st_size]
        public: dict[str, object] = {
            "backup_id": backup_id,
            "vault_id": session.vault_id,
            "created_at": created.isoformat(),
            "created_by": session.actor.user_id,
            "app_version": __version__,
            "snapshot": snap.as_dict(),
            "parts": [{"name": n, "size": s} for n, s in zip(PARTS, sizes, strict=True)],
            "db_salt": inner_salt.hex(),
            "db_page_size": PAGE_SIZE,
        }
        locks: list[PassphraseLock | KeyLock] = [passphrase_lock.result()]
        if recovery is not None:
            locks.append(KeyLock(data_key, RECOVERY_LOCK, {"slot": recovery.to_json()}))
        steps["seal"] = workers.submit(_seal, part, public, content_key, locks,
                                       [about, keys_bytes], copy_path, stop, parts)  # fmt: skip

    try:
        tracker.checkpoint(0)
        session.write_anchor()  # see Session.write_anchor
        beside = database.connect(session.files.db, data_key, session.keyfile.db_salt)
        snap = _export(session, copy_path, key, inner_salt, tracker, written, snapshot_taken)
        _check_copy(copy_path, key, inner_salt, snap, vault_sums[0] if vault_sums else None, parts)
        _wait(steps, stop, tracker)
        tracker.checkpoint(980)
        if target.exists():
            raise AstraError(
                "{name} appeared in {folder} meanwhile. Try again.", name=target.name, folder=folder
            )
        os.replace(part, target)
        fsync_dir(folder)
        finished = True
    except db_copy.Interrupted as exc:
        why = "The backup stopped because the vault was locked" if tracker.locked else None
        raise (Cancelled(why) if why else Cancelled()) from exc
    except (OSError, sqlcipher3.OperationalError) as exc:
        if _is_write_failure(exc):
            raise WriteFailed(folder) from exc
        if isinstance(exc, OSError):
            raise AstraError(
                "The backup could not be written to {folder} ({why}). Nothing was written and the "
                "vault is unchanged; choose a folder you may write to.",
                folder=folder,
                why=exc.strerror,
            ) from exc
        raise
    finally:
        stop.set()
        tracker.stopped = not finished  # a step still running on a thread stops at once
        workers.shutdown(wait=True)  # never delete files under a running thread
        if beside is not None:
            beside.close()
        for leftover in (copy_path, part):
            with contextlib.suppress(OSError):
                leftover.unlink()
    with session.write() as conn:
        audit.append(conn, session.actor.user_id, AuditAction.EXPORT.value, "backup", backup_id,
                     "verified")  # fmt: skip
    tracker.report(TOTAL, force=True)
    removed = prune(session, folder, keep if keep is not None else settings.get(session, KEEP))
    return BackupInfo(target, backup_id, target.stat().st_size, created, removed)


class _Parts:
    """Progress of the steps that run side by side: each reports its own fraction, the bar shows
    their mean between `start` and `start + width` once `started` (the record sums begin during
    the export, whose own progress the bar shows until then)."""

    def __init__(self, tracker: _Tracker, start: float, width: float, names: tuple[str, ...]):
        self._tracker = tracker
        self._start, self._width = start, width
        self._done = dict.fromkeys(names, 0.0)
        self.started = False

    def stage(self, name: str, fraction: Callable[[], float]) -> Callable[[], bool]:
        def keep_going() -> bool:
            self._done[name] = min(1.0, max(0.0, fraction()))
            if not self.started:
                return self._tracker.alive()
            mean = sum(self._done.values()) / len(self._done)
            return self._tracker.report(self._start + self._width * mean)

        return keep_going


def _wait(steps: dict[str, Future[object]], stop: threading.Event, tracker: _Tracker) -> None:
    """Wait for the steps running beside the copy's check; if one fails, stop the others and
    raise its error (a cancellation only when nothing else went wrong)."""
    errors: list[BaseException] = []
    for future in as_completed(steps.values()):
        exc = future.exception()
        if exc is not None:
            stop.set()
            tracker.stopped = True
            errors.append(exc)
    real = [e for e in errors if not isinstance(e, db_copy.Interrupted)]
    if real or errors:
        raise (real or errors)[0]


def _params(keyfile: KeyFile) -> kdf.KdfParams:
    """The Argon2id parameters calibrated for the vault's keyslots (at least the floor)."""
    return max(
        [s.params for s in keyfile.slots] + [kdf.FLOOR], key=lambda p: (p.memory_kib, p.time_cost)
    )


def _organisation(session: Session) -> str:
    return meta.organisation(session.db) or ""


def _export(
    session: Session,
    copy_path: Path,
    key: bytes,
    salt: bytes,
    tracker: _Tracker,
    written: Callable[[db_copy.Snapshot], None],
    snapshot_taken: Callable[[database.Connection, db_copy.Snapshot], None],
) -> db_copy.Snapshot:
    """The snapshot copy (steps 0-50 %), from a connection of its own (never the session's)."""
    files = session.files
    wal = Path(f"{files.db}-wal")
    source_size = files.db.stat().st_size + (wal.stat().st_size if wal.exists() else 0)
    copying = tracker.stage(0, 500, lambda: _size(copy_path) / max(1, source_size))
    source = database.connect(files.db, session.data_key, session.keyfile.db_salt)
    try:
        return db_copy.export(
            source, copy_path, key, salt, copying, on_written=written, page_size=PAGE_SIZE,
            on_snapshot=snapshot_taken,
        )  # fmt: skip
    finally:
        source.close()


def _size(path: Path) -> int:
    try:
        return path.stat().st_size
    except OSError:
        return 0


def _source_sums(sums: db_copy.SourceSums, snap: db_copy.Snapshot, parts: _Parts) -> None:
    """Beside the export, then beside the copy's check: the record sums recomputed from the
    vault's rows, in the state the export copies."""
    try:
        problems = sums.problems(snap, parts.stage("sums", lambda: sums.fraction))
    except sqlcipher3.OperationalError:
        raise
    except sqlcipher3.DatabaseError as exc:  # a page of the vault that fails its MAC
        raise VaultDamaged(DAMAGED_DB, detail=str(exc)) from exc
    if problems:
        raise _copy_failed(problems)


def _check_copy(
    copy_path: Path, key: bytes, salt: bytes, snap: db_copy.Snapshot,
    sums: dict[str, bytes] | None, parts: _Parts,
) -> None:  # fmt: skip
    """The copy re-opened from the disk and checked in one pass (db_copy.check_copy)."""
    started = time.monotonic()
    estimate = max(0.2, copy_path.stat().st_size / 100e6)  # seconds, only to move the bar
    conn = db_copy.open_copy(copy_path, key, salt, page_size=PAGE_SIZE)
    try:
        problems = db_copy.check_copy(
            conn, snap, sums, parts.stage("copy", lambda: (time.monotonic() - started) / estimate)
        )
    finally:
        conn.close()
    if problems:
        raise _copy_failed(problems)


def _copy_failed(problems: list[Message]) -> VaultDamaged:
    return VaultDamaged(
        "The copy made for the backup did not check out ({problems}). Nothing was written. Run "
        "`astra-desktop check` and tell the administrator.",
        problems=Joined(problems),
    )


def _seal(
    part: Path, public: dict[str, object], content_key: bytes, locks: list[PassphraseLock | KeyLock],
    head_parts: list[bytes], copy_path: Path, stop: threading.Event, parts: _Parts,
) -> None:  # fmt: skip
    """Beside the copy's check: the sealed file, synced, then read back from the drive."""
    total = max(1, copy_path.stat().st_size)
    done = 0
    report = parts.stage("seal", lambda: 0.7 * done / total)
    with open_private(part) as fh:
        writer = SealedWriter(fh, KIND, public, content_key, locks)
        for block in [*head_parts, *_file_chunks(copy_path)]:
            writer.write(block)
            done += len(block)
            if stop.is_set() or not report():
                raise db_copy.Interrupted()
        writer.close()
        fh.flush()
        os.fsync(fh.fileno())
    _read_back(part, content_key, writer.lock_keys, done, stop, parts)


def _read_back(
    part: Path, content_key: bytes, lock_keys: list[bytes], size: int, stop: threading.Event,
    parts: _Parts,
) -> None:  # fmt: skip
    """Read the file back from the drive (not the OS cache): every lock must open it and every
    chunk authenticate, to a payload of the size written.

    That proves the drive holds the file as written: each chunk's AES-GCM tag covers its bytes,
    its place and whether it is the last (backup_format.py), under a key only this backup has,
    so a byte changed, lost or left over from another file fails. The payload is not hashed on
    the way in and out as well: that would only test AES-GCM's own decryption."""
    _drop_from_cache(part)
    total, done = part.stat().st_size, 0
    report = parts.stage("seal", lambda: 0.7 + 0.3 * done / max(1, total))
    try:
        sealed = Sealed.read(part, KIND, WHAT)
        for index, kek in enumerate(lock_keys):
            if sealed.open_lock(index, kek) != content_key:
                raise VaultDamaged(_READ_BACK_FAILED)
        for chunk in sealed.chunks(content_key):
            done += len(chunk)
            if stop.is_set() or not report():
                raise db_copy.Interrupted()
    except (NotSealed, SealedDamaged) as exc:
        raise VaultDamaged(_READ_BACK_FAILED) from exc
    if done != size:
        raise VaultDamaged(_READ_BACK_FAILED)


_READ_BACK_FAILED = (
    "The backup file read back from the drive does not match what was written: the drive may be "
    "failing. Nothing was kept; try another drive."
)


# --- listing, keeping the last N, the reminder ------------------------------------------------------
@dataclass(frozen=True)
class Listing:
    """One `*.astrabackup` file in a folder, from its header alone (no passphrase needed)."""

    path: Path
    size: int
    backup_id: str = ""
    vault_id: str = ""
    created_at: datetime | None = None
    created_by: str = ""  # a user id; names are only inside the encrypted part
    counts: dict[str, int] = field(default_factory=dict)
    # readable (header checks out; no vault at hand to say more), damaged, and with a session:
    # verified (made and checked by this vault), not verified, other vault
    state: str = "readable"


def read_listing(path: Path) -> Listing:
    size = path.stat().st_size
    try:
        sealed = Sealed.read(path, KIND, WHAT)
        p = sealed.public
        snap = db_copy.Snapshot.from_dict(p["snapshot"])  # type: ignore[arg-type]
        return Listing(
            path, size, str(p["backup_id"]), str(p["vault_id"]),
            datetime.fromisoformat(str(p["created_at"])), str(p["created_by"]), snap.counts,
        )  # fmt: skip
    except (NotSealed, SealedDamaged, KeyError, ValueError, TypeError):
        return Listing(path, size, state="damaged")


def list_backups(folder: Path, session: Session | None = None) -> list[Listing]:
    """Backups in `folder`, newest first; with a session, whether each verified when made."""
    found = [read_listing(p) for p in folder.glob("*" + SUFFIX) if p.is_file()]
    verified = _verified_ids(session) if session is not None else set()
    marked = []
    for item in found:
        state = item.state
        if state != "damaged" and session is not None:
            if item.vault_id != session.vault_id:
                state = "other vault"
            else:
                state = "verified" if item.backup_id in verified else "not verified"
        marked.append(Listing(**{**item.__dict__, "state": state}))
    oldest = datetime.min.replace(tzinfo=UTC)
    return sorted(marked, key=lambda i: i.created_at or oldest, reverse=True)


def _verified_ids(session: Session) -> set[str]:
    return audit.backups_verified(session.db)


def record_verified(session: Session, backup_id: str) -> None:
    """A backup of this vault decrypted and checked in full again (`restore.verify`)."""
    with session.write() as conn:
        audit.append(conn, session.actor.user_id, AuditAction.VIEW.value, "backup", backup_id,
                     "re-verified")  # fmt: skip


def prune(session: Session, folder: Path, keep: int) -> list[Path]:
    """Remove this vault's backups in `folder` beyond the newest `keep` (others are left alone)."""
    session.require(Permission.BACKUP)
    ours = [
        b for b in list_backups(folder) if b.state != "damaged" and b.vault_id == session.vault_id
    ]
    removed = []
    for old in ours[max(1, keep) :]:
        with contextlib.suppress(OSError):
            old.path.unlink()
            removed.append(old.path)
    if removed:
        fsync_dir(folder)
    return removed


def last_verified(session: Session) -> datetime | None:
    at = audit.last_backup_verified(session.db)
    return datetime.fromisoformat(at) if at else None


def reminder(session: Session, now: datetime | None = None) -> str | None:
    """A sentence when the last verified backup is older than the configured days, else None."""
    days = settings.get(session, REMIND_DAYS)
    last = last_verified(session)
    now = now or datetime.now(UTC)
    if last is None:
        return "No verified backup of this vault has been made yet. Make one now."
    age = now - last
    if age <= timedelta(days=days):
        return None
    return (
        f"The last verified backup was made {age.days} days ago (the reminder is set to "
        f"{days} days). Make one now."
    )


def folder_setting(session: Session) -> Path | None:
    value = stored_settings.get(session.db, FOLDER_KEY)
    return Path(value) if value else None


def set_folder_setting(session: Session, folder: Path) -> None:
    """Remembered inside the vault (the folder's name may say where the stick is kept)."""
    session.require(Permission.BACKUP)
    with session.write() as conn:
        stored_settings.put(conn, FOLDER_KEY, str(folder))
        audit.append(conn, session.actor.user_id, AuditAction.CHANGE.value, "setting", FOLDER_KEY)
