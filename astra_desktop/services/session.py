"""Creating, unlocking and locking a vault: the one way in, for the GUI, the CLI and the tests.

A `Session` holds the data key and the connections while the vault is unlocked. Every write goes
through `Session.write()`: one transaction (the freshness anchor follows at most every
`freshness.ANCHOR_EVERY_S` seconds or `ANCHOR_EVERY_COMMITS` commits, and at lock); the audit trail
is written inside the same transaction as the change it records.
"""

from __future__ import annotations

import contextlib
import logging
import os
import threading
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import cast

from astra_desktop.core.changes import Changes
from astra_desktop.core.enums import AuditAction, Role
from astra_desktop.core.messages import Message
from astra_desktop.core.models import User, new_id
from astra_desktop.core.roles import Permission, allowed
from astra_desktop.errors import (
    PermissionDenied,
    VaultBusy,
    VaultDamaged,
    VaultExists,
    VaultLocked,
    VaultNotFound,
    WrongPassphrase,
)
from astra_desktop.services import passphrases
from astra_desktop.storage import (
    audit,
    audit_keys,
    database,
    digest,
    file_checks,
    freshness,
    kdf,
    meta,
    migrate,
    rekey,
    rows,
    secret_memory,
    users,
)
from astra_desktop.storage.atomic import private_dir
from astra_desktop.storage.database import DAMAGED_DB, Connection
from astra_desktop.storage.keyslots import KIND_RECOVERY, KIND_USER, KeyFile, Slot, new_data_key
from astra_desktop.storage.lock import VaultLock
from astra_desktop.storage.throttle import Throttle
from astra_desktop.storage.vault_files import VaultFiles

# A caller's own whole-file checks, run by unlock in place of its own before anything is written
# (`check` runs all of its passes there, side by side): given the open connection and a way to
# open another to vault.db; raises VaultDamaged to refuse the vault.
# (vault.db's connection, a way to open another, the unlocking keyslot's audit secret)
DeepCheck = Callable[[Connection, Callable[[], Connection], bytes], None]

log = logging.getLogger(__name__)

RECOVERY_ACTOR = "recovery-key"
WRONG = (
    "The user name or passphrase is not right. Check Caps Lock and the keyboard language, "
    "then try again."
)
REMOVED = "This account has been removed from the vault. Ask the administrator for access."


@dataclass(frozen=True)
class Actor:
    """Who is working: services check roles against this and write it into the audit trail."""

    user_id: str
    username: str
    role: Role
    all_cases: bool

    @property
    def sees_all_cases(self) -> bool:
        return self.all_cases or allowed(self.role, Permission.SEE_ALL_CASES)


class Session:
    def __init__(
        self,
        files: VaultFiles,
        keyfile: KeyFile,
        data_key: bytes,
        conn: Connection,
        lock: VaultLock,
        actor: Actor,
    ) -> None:
        self.files = files
        self.keyfile = keyfile
        self.vault_id = keyfile.vault_id
        self.actor = actor
        self._key = bytearray(data_key)
        self._lock = lock
        self._local = threading.local()
        self._local.conn = conn
        self._local.depth = 0
        self._conns = [conn]
        self._conns_guard = threading.Lock()
        self._spare: Connection | None = None  # see leave_connection()
        self._anchor = freshness.AnchorWriter(files.anchor, self.vault_id, data_key)
        self.pending_audit: list[tuple[AuditAction, str, str, str]] = []
        self.closed = False
        # False while the whole-file checks unlock left out (no `full_check`) have not passed
        # (services.splice_check runs them after the window opens)
        self.deep_checked = True
        # Results services keep between calls, each keyed by the vault's generation (cleared on
        # close: they hold record ids)
        self.read_cache: dict[str, object] = {}
        self._listeners: list[Callable[[Changes], None]] = []
        # The thread re-keying the vault (services.rekey), while it does: other threads wait for
        # it before opening a connection (it would be to the file about to be replaced).
        self.rekeying: int | None = None
        self.rekeyed = threading.Event()
        self.rekeyed.set()
        # The seeds of the forward-secure audit trail (storage.audit_keys), for administrators
        # only: what lets them verify it. Wiped on lock.
        self.audit_secret = bytearray()

    # --- connections ----------------------------------------------------------------------------
    @property
    def data_key(self) -> bytes:
        """The session's own key buffer, not a copy (a copy could not be wiped on lock): a
        bytearray, typed as bytes for the key functions, which only read it. Zeroed on lock and
        when re-keying replaces it: work that must keep the key longer takes a copy it wipes."""
        if self.closed:
            raise VaultLocked("The vault is locked. Unlock it to continue.")
        return cast(bytes, self._key)

    @property
    def db(self) -> Connection:
        """This thread's connection (sqlite connections are per thread)."""
        conn = getattr(self._local, "conn", None)
        if conn is None:
            if self.rekeying not in (None, threading.get_ident()) and not self.rekeyed.wait(600):
                raise VaultBusy("The vault key is being rotated. Try again in a moment.")
            with self._conns_guard:  # one left by unlock, unless closed since (lock, re-keying)
                spare, self._spare = self._spare, None
                conn = spare if spare is not None and spare in self._conns else None
            if conn is None:
                conn = database.connect(self.files.db, self.data_key, self.keyfile.db_salt)
                with self._conns_guard:
                    self._conns.append(conn)
            self._local.conn, self._local.depth = conn, 0
        return conn

    def leave_connection(self) -> None:
        """Hand this thread's connection to the next thread that asks for one (`db`). The app
        unlocks on its worker thread; the window's thread, which reads first, then takes the
        connection unlock opened instead of opening one (parsing the schema: ~30 ms)."""
        conn = getattr(self._local, "conn", None)
        if conn is None or conn.in_transaction or getattr(self._local, "depth", 0) > 0:
            return
        with self._conns_guard:
            self._spare = conn
        self._local.conn = None

    @contextlib.contextmanager
    def write(self) -> Iterator[Connection]:
        """One transaction (nested calls join the outer one); the freshness anchor follows when
        its interval is over (storage.freshness: at lock, close and before copies in any case)."""
        conn = self.db
        if getattr(self._local, "depth", 0) > 0:
            yield conn
            return
        self._local.depth = 1
        try:
            with audit.collecting(conn) as entries, database.transaction(conn):
                self._flush_pending_audit(conn)
                yield conn
        finally:
            self._local.depth = 0
        self._anchor.committed(conn)
        self._publish(Changes.from_audit(entries))

    # --- change notification --------------------------------------------------------------------
    def on_change(self, listener: Callable[[Changes], None]) -> Callable[[], None]:
        """Call `listener` with what each committed write changed (on the writing thread).
        Returns a function that stops the calls."""
        self._listeners.append(listener)

        def stop() -> None:
            with contextlib.suppress(ValueError):
                self._listeners.remove(listener)

        return stop

    def _publish(self, changes: Changes) -> None:
        if not changes:
            return
        for listener in list(self._listeners):
            try:
                listener(changes)
            except Exception:  # a view's failure must not undo or hide a committed write
                log.exception("change listener failed")

    def _flush_pending_audit(self, conn: Connection) -> None:
        while self.pending_audit:
            action, entity, entity_id, detail = self.pending_audit.pop(0)
            audit.append(conn, self.actor.user_id, action.value, entity, entity_id, detail)

    def audit(
        self, action: AuditAction, entity: str = "", entity_id: str = "", detail: str = ""
    ) -> None:
        with self.write() as conn:
            audit.append(conn, self.actor.user_id, action.value, entity, entity_id, detail)

    def require(self, permission: Permission) -> None:
        if not allowed(self.actor.role, permission):
            raise PermissionDenied(
                "Your role ({role}) does not allow this. Ask an administrator if you need it.",
                role=self.actor.role,
            )

    # --- locking --------------------------------------------------------------------------------
    def close(self) -> None:
        """Checkpoint, close every connection, forget the key, release the vault lock."""
        if self.closed:
            return
        self.read_cache.clear()
        self._listeners.clear()
        if self.pending_audit:
            with contextlib.suppress(Exception), self.write():
                pass
        with self._conns_guard:
            conns, self._conns = self._conns, []
        with contextlib.suppress(Exception):  # failing, it leaves what a crash would: accepted
            self._anchor_now()
        for conn in conns:
            digest.forget(conn)
            with contextlib.suppress(Exception):
                database.checkpoint(conn)
            with contextlib.suppress(Exception):
                conn.close()
        self._local = threading.local()
        secret_memory.wipe(self._key)
        self._anchor.forget()
        for i in range(len(self.audit_secret)):
            self.audit_secret[i] = 0
        self.closed = True
        self._lock.release()
        log.info("vault %s locked", self.vault_id)

    lock = close

    def write_anchor(self) -> None:
        """Bring vault.anchor up to the last commit now, before the vault is copied (a backup):
        the state a copy starts from is then vouched for by the anchor, not left among the
        commits since the last anchor write that a crash would leave open to a rollback."""
        self._anchor_now()

    def _anchor_now(self) -> None:
        """Write the anchor if commits were made since it was last written: from this thread's
        connection when it is between transactions (the anchor vouches for committed state only),
        else from a connection of its own, never from another thread's, which could be inside a
        transaction by the time it is read."""
        if not self._anchor.pending:
            return
        conn = getattr(self._local, "conn", None)
        if conn is not None and not conn.in_transaction:
            self._anchor.flush(conn)
            return
        own = database.connect(self.files.db, self.data_key, self.keyfile.db_salt)
        try:
            self._anchor.flush(own)
        finally:
            digest.forget(own)
            own.close()

    def release_connections(self) -> None:
        """Checkpoint and close every connection, keeping the key and the vault lock (re-keying
        needs vault.db quiet, with its write-ahead log folded in)."""
        if self.pending_audit:
            with self.write():
                pass
        with self._conns_guard:
            conns, self._conns = self._conns, []
        self._anchor_now()
        for conn in conns:
            digest.forget(conn)
            database.checkpoint(conn)
            conn.close()
        self._local = threading.local()
        self.read_cache.clear()

    def use_key(self, data_key: bytes, keyfile: KeyFile) -> None:
        """Carry on under a new data key (after services.rekey has published it); the old one is
        wiped, and `data_key` is copied (the caller wipes its own)."""
        secret_memory.wipe(self._key)
        self._key = bytearray(data_key)
        self.keyfile = keyfile
        self._anchor.forget()
        self._anchor = freshness.AnchorWriter(self.files.anchor, self.vault_id, data_key)

    def __enter__(self) -> Session:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def fictional_data_only() -> None:
    """Declare that this process will only ever hold plainly fictional demo data (see
    storage.database: SQLCipher's memory wiping is then skipped, making bulk writes 10x faster)."""
    database.skip_memory_security_for_fictional_data()


# --- creating -------------------------------------------------------------------------------------
def create_vault(
    folder: Path,
    admin_name: str,
    admin_passphrase: str,
    *,
    organisation: str = "",
    kdf_params: kdf.KdfParams | None = None,
) -> tuple[Session, str]:
    """Make a new vault with its first administrator; return the session and the recovery key.

    Files appear in an order that keeps a crash harmless: vault.db and vault.anchor first, and
    vault.keys last, so a folder without vault.keys was never a usable vault.
    """
    files = VaultFiles(folder)
    if files.keys.exists():
        raise VaultExists("There is already a vault in {folder}. Open it instead.", folder=folder)
    passphrases.require_strong(admin_passphrase, (admin_name,))
    params = kdf_params or kdf.calibrate()
    private_dir(folder)
    lock = VaultLock(folder)
    lock.acquire()
    try:
        for leftover in (files.db, files.anchor, Path(f"{files.db}-wal"), Path(f"{files.db}-shm")):
            leftover.unlink(missing_ok=True)
        data_key = new_data_key()
        keyfile = KeyFile(vault_id=new_id(), db_salt=os.urandom(16))
        conn = database.connect(files.db, data_key, keyfile.db_salt)
        migrate.upgrade(conn, files.db)
        admin = User(username=admin_name, role=Role.ADMIN)
        recovery_key = passphrases.new_recovery_key()
        seed = os.urandom(audit_keys.SEED_BYTES)
        audit_secret = audit_keys.encode([audit_keys.Epoch(1, seed)])
        admin.slot_id = keyfile.add(
            data_key,
            KIND_USER,
            admin_name,
            admin_passphrase,
            params,
            role_hint=Role.ADMIN.value,
            audit_secret=audit_secret,
        ).slot_id
        keyfile.add(data_key, KIND_RECOVERY, "recovery", recovery_key, params, "", audit_secret)
        with database.transaction(conn):
            meta.create(conn, keyfile.vault_id, organisation)
            rows.insert(conn, "users", admin, created_at=rows.now_utc())
            audit_keys.begin(conn, 1, seed)
            audit.append(conn, admin.id, AuditAction.CREATE.value, "vault", keyfile.vault_id)
        database.checkpoint(conn)
        freshness.Anchor.of(conn, keyfile.vault_id).save(files.anchor, data_key)
        keyfile.save(files.keys, data_key)
    except BaseException:
        lock.release()
        raise
    actor = Actor(admin.id, admin.username, admin.role, all_cases=True)
    session = Session(files, keyfile, data_key, conn, lock, actor)
    secret_memory.wipe(data_key)  # os.urandom's bytes: the session keeps its own copy
    session.audit_secret = bytearray(audit_secret)
    return session, recovery_key


# --- unlocking ------------------------------------------------------------------------------------
def _load_keyfile(files: VaultFiles) -> KeyFile:
    if not files.keys.exists():
        raise VaultNotFound(
            "No vault was found in {folder}. Create one, or choose the folder that holds it.",
            folder=files.folder,
        )
    if not files.db.exists():
        raise VaultDamaged(DAMAGED_DB, detail=Message("vault.db is missing from the vault folder"))
    size = files.db.stat().st_size
    if size < 4096:  # not even one page: SQLite would silently start a new database in it
        raise VaultDamaged(
            DAMAGED_DB, detail=Message("vault.db is cut short ({size} bytes)", size=size)
        )
    return KeyFile.load(files.keys)


def unlock(
    folder: Path,
    username: str,
    passphrase: str,
    *,
    clock: Callable[[], float] = time.time,
    full_check: bool | DeepCheck = False,
) -> Session:
    """Open the vault as `username`; wrong passphrases are counted and slow down further tries.

    `full_check`: run the whole-file checks (every page's MAC, every row's hash) at open (the CLI,
    which has no window to report a later finding in); otherwise only the quick freshness checks,
    and the caller runs the others after opening (services.splice_check) — `deep_checked` says
    whether they have passed."""
    files = VaultFiles(folder)
    keyfile = _load_keyfile(files)
    lock = VaultLock(folder)
    lock.acquire()
    opened: tuple[bytes, bytes] | None = None
    try:
        if rekey.recover(files):  # a key rotation was interrupted: finish it or roll it back
            keyfile = _load_keyfile(files)
        throttle = Throttle(files.throttle, clock)
        throttle.check(username)
        slot = keyfile.find(KIND_USER, username)
        opened = keyfile.open(slot, passphrase) if slot else None
        if slot is None:
            # Spend the same time as a real attempt, so timing does not reveal who has an account.
            kdf.derive(passphrase, b"\0" * 16, keyfile.slots[0].params)
        if slot is None or opened is None:
            raise WrongPassphrase(WRONG, throttle.failed(username))
        data_key, audit_secret = opened
        actor_for = lambda c: _user_actor(c, username)  # noqa: E731
        session = _open(files, keyfile, data_key, lock, actor_for, full_check, audit_secret)
        if keyfile.upgrade_slot(slot, passphrase, data_key, audit_secret):
            slot = keyfile.find(KIND_USER, username) or slot
            keyfile.save(files.keys, data_key)  # to format 2, so re-keying can carry it over
        _take_audit_secret(session, slot, passphrase, audit_secret)
        failures = throttle.succeeded(username)
        with session.write() as conn:
            for when in failures:
                stamp = datetime.fromtimestamp(when, UTC)
                audit.append(conn, session.actor.user_id, AuditAction.FAILED_LOGIN.value, at=stamp)
            audit.append(conn, session.actor.user_id, AuditAction.LOGIN.value)
        return session
    except BaseException:
        if lock.held:
            lock.release()
        raise
    finally:
        if opened is not None:  # the unwrapped data key: the session keeps its own copy
            secret_memory.wipe(*opened)


def unlock_with_recovery(
    folder: Path,
    recovery_key: str,
    *,
    clock: Callable[[], float] = time.time,
    full_check: bool | DeepCheck = False,
) -> Session:
    """Open with the recovery key (acting as administrator), e.g. to reset a forgotten passphrase."""
    files = VaultFiles(folder)
    keyfile = _load_keyfile(files)
    lock = VaultLock(folder)
    lock.acquire()
    opened: tuple[bytes, bytes] | None = None
    try:
        if rekey.recover(files):
            keyfile = _load_keyfile(files)
        throttle = Throttle(files.throttle, clock)
        throttle.check(RECOVERY_ACTOR)
        slot = keyfile.find(KIND_RECOVERY, "recovery")
        key = passphrases.normalise_recovery_key(recovery_key)
        opened = keyfile.open(slot, key) if slot else None
        if slot is None or opened is None:
            raise WrongPassphrase(
                "That recovery key is not right. Type it exactly as printed on the emergency sheet.",
                throttle.failed(RECOVERY_ACTOR),
            )
        data_key, audit_secret = opened
        actor = Actor(RECOVERY_ACTOR, RECOVERY_ACTOR, Role.ADMIN, all_cases=True)
        session = _open(files, keyfile, data_key, lock, lambda _c: actor, full_check, audit_secret)
        if keyfile.upgrade_slot(slot, key, data_key, audit_secret):
            slot = keyfile.find(KIND_RECOVERY, "recovery") or slot
            keyfile.save(files.keys, data_key)
        _take_audit_secret(session, slot, key, audit_secret)
        throttle.succeeded(RECOVERY_ACTOR)
        session.audit(AuditAction.LOGIN, "recovery-key")
        return session
    except BaseException:
        if lock.held:
            lock.release()
        raise
    finally:
        if opened is not None:  # the unwrapped data key: the session keeps its own copy
            secret_memory.wipe(*opened)


def _take_audit_secret(session: Session, slot: Slot, secret: str, audit_secret: bytes) -> None:
    """An administrator keeps the audit trail's seeds for this session; a delivered secret moves
    into their slot's passphrase-wrapped part; the first administrator to unlock a vault made
    before the forward-secure trail existed starts it."""
    if session.actor.role is not Role.ADMIN:
        return  # a former administrator's slot may still hold old seeds: not used
    keyfile = session.keyfile
    if not audit_keys.started(session.db) and not audit_secret:
        audit_secret = start_audit_epoch(session)  # else removed: verification will say so
    elif not slot.audit_seal:
        session.audit_secret = bytearray(audit_secret)
        return
    session.audit_secret = bytearray(audit_secret)
    if audit_secret:
        keyfile.take_audit_seal(slot, secret, audit_secret)
        keyfile.save(session.files.keys, session.data_key)


def admin_slots(session: Session) -> list[Slot]:
    """The keyslots that hold the audit secret: active administrators' and the recovery key's."""
    ids = users.admin_slot_ids(session.db, Role.ADMIN.value)
    return [s for s in session.keyfile.slots if s.slot_id in ids or s.kind == KIND_RECOVERY]


def start_audit_epoch(session: Session) -> bytes:
    """Begin a new epoch of the forward-secure audit trail with a fresh seed, sealed to every
    administrator's slot (and the recovery key's); returns the new audit secret. Used when the
    trail starts on an older vault and when an administrator leaves (they knew the old seeds)."""
    seed = os.urandom(audit_keys.SEED_BYTES)
    with session.write() as conn:
        seq, head = audit.head(conn)
        detail = audit_keys.epoch_detail(conn, head)
        epochs = audit_keys.decode(bytes(session.audit_secret))
        epochs.append(audit_keys.Epoch(seq + 1, seed))
        secret = audit_keys.encode(epochs)
        for slot in admin_slots(session):
            if slot.version >= 2:
                slot.seal_audit(session.vault_id, secret)
        audit_keys.begin(conn, seq + 1, seed)
        audit.append(
            conn,
            session.actor.user_id,
            AuditAction.CHANGE.value,
            audit_keys.EPOCH_ENTITY,
            session.vault_id,
            detail,
        )
        session.keyfile.save(session.files.keys, session.data_key)
    session.audit_secret = bytearray(secret)
    return secret


def _user_actor(conn: Connection, username: str) -> Actor:
    found = users.login(conn, username)
    if found is None or not found[2]:
        raise WrongPassphrase(REMOVED)
    user_id, role, _active, all_cases = found
    return Actor(user_id, username, Role(role), all_cases)


def _open(
    files: VaultFiles,
    keyfile: KeyFile,
    data_key: bytes,
    lock: VaultLock,
    actor_for: Callable[[Connection], Actor],
    full_check: bool | DeepCheck = False,
    audit_secret: bytes = b"",
) -> Session:
    """Checks that must pass before anyone sees a record: keys, pages, freshness; then migrations."""
    keyfile.verify_mac(data_key)
    files.tighten()  # owner-only, also for files an older version left 0644
    conn = database.connect(files.db, data_key, keyfile.db_salt)
    try:
        # The whole-file checks read every page of vault.db: its page MACs (~1.5 s on a
        # 50,000-client vault) and every row's hash (~10 s), so unlock would grow with the vault.
        # Without `full_check` (the GUI) only the quick freshness checks run here, whatever the
        # size, and the app runs the whole-file checks in a child process once its window is up
        # (services.splice_check) and reports what they find. Pages read now are MAC-checked
        # by SQLCipher as they are read. The CLI asks for them here (`full_check`): a command
        # must never report success on a damaged or spliced vault.
        if full_check is True:
            damaged = file_checks.damaged_pages(conn)
            if damaged:
                raise VaultDamaged(DAMAGED_DB, detail=database.damaged_detail(len(damaged)))
        anchor = freshness.Anchor.load(files.anchor, data_key)
        if anchor.vault_id != keyfile.vault_id:
            raise VaultDamaged(freshness.ANCHOR_DAMAGED)
        freshness.verify(conn, anchor, deep=full_check is True)
        if callable(full_check):
            another = lambda: database.connect(files.db, data_key, keyfile.db_salt)  # noqa: E731
            full_check(conn, another, audit_secret)
        migrate.upgrade(conn, files.db)
        actor = actor_for(conn)
    except database.DatabaseError as exc:
        conn.close()
        raise VaultDamaged(DAMAGED_DB, detail=str(exc)) from exc
    except BaseException:
        conn.close()
        raise
    session = Session(files, keyfile, data_key, conn, lock, actor)
    session.deep_checked = bool(full_check)
    freshness.AnchorWriter(files.anchor, keyfile.vault_id, data_key).update(conn)
    return session
