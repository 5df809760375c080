"""Rotating the vault's data key: the way to revoke a removed user or an old passphrase.

Without it, an old copy of vault.keys (every backup holds one) and a passphrase that was valid
then still yield the data key, which opens the current vault.db. Rotation makes a new random data
key, copies vault.db under it (`sqlcipher_export` into a new file beside it), checks the copy (page
MACs, structure, table sums, audit head, counts), seals the new key to every remaining keyslot
(format 2 slots: no passphrase is needed, see storage.keyslots) and publishes the three files in a
crash-safe order (storage.rekey). Backups and bundles made before a rotation still open with the
passphrases that were valid when they were made: rotation cannot reach copies made earlier.
"""

from __future__ import annotations

import contextlib
import logging
import threading
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from pathlib import Path

from astra_desktop.core.enums import AuditAction
from astra_desktop.core.messages import Joined, Message
from astra_desktop.core.roles import Permission
from astra_desktop.errors import AstraError
from astra_desktop.services.session import Session
from astra_desktop.storage import database, db_copy, freshness, secret_memory
from astra_desktop.storage import rekey as journal
from astra_desktop.storage.atomic import write_atomic
from astra_desktop.storage.keyslots import KIND_RECOVERY, KeyFile, fingerprint, new_data_key

log = logging.getLogger(__name__)

Progress = Callable[[int, int], bool]  # (done, total) -> keep going
TOTAL = 1000


class RotationBlocked(AstraError):
    """Some keyslots are still in the old format and cannot be carried over to a new key."""

    def __init__(self, labels: list[str]) -> None:
        self.labels = labels
        names = Joined(
            [Message("the recovery key") if n == KIND_RECOVERY else n for n in labels], ", "
        )
        super().__init__(
            "The vault key cannot be rotated yet: the keys of "
            "{names} are still in the old format. Each of these users must log in once (or an "
            "administrator resets their passphrase; for the recovery key, open the vault with it "
            "once). Then rotate the vault key.",
            names=names,
        )


def blockers(session: Session) -> list[str]:
    """Labels of the slots that a rotation could not carry over (format 1)."""
    return [s.label for s in session.keyfile.slots if s.version < 2]


def rotate_data_key(
    session: Session, progress: Progress | None = None, *, reason: str = "rotate"
) -> str:
    """Re-encrypt vault.db under a new random data key and seal it to every remaining slot.
    Returns the new key's fingerprint. Needs the right to manage users."""
    session.require(Permission.MANAGE_USERS)
    return _rotate(session, progress, reason)


def rotate_after_passphrase_change(session: Session, progress: Progress | None = None) -> str:
    """Anyone who has just changed their own passphrase may revoke the old one this way."""
    return _rotate(session, progress, "passphrase-change")


def _rotate(session: Session, progress: Progress | None, reason: str) -> str:
    if blocked := blockers(session):
        raise RotationBlocked(blocked)

    reported = [-1]

    def step(done: int) -> bool:
        """Report `done` once (SQLite asks whether to keep going thousands of times)."""
        if progress is None or done == reported[0]:
            return True
        reported[0] = done
        return progress(done, TOTAL)

    # old_key is the session's own buffer (wiped by session.use_key once the new key is in force);
    # new_key is os.urandom's bytes, wiped here whatever happens (the session keeps its own copy).
    old_key, new_key = session.data_key, new_data_key()
    try:
        new_keyfile = session.keyfile.rekeyed(old_key, new_key)
        journal.discard(session.files)  # leftovers of an earlier attempt in this session
        step(0)
        session.rekeyed.clear()
        session.rekeying = threading.get_ident()
        try:
            return _rotate_quietly(session, step, old_key, new_key, new_keyfile, reason)
        finally:
            session.rekeying = None
            session.rekeyed.set()
    finally:
        secret_memory.wipe(new_key)


def _rotate_quietly(
    session: Session,
    step: Callable[[int], bool],
    old_key: bytes,
    new_key: bytes,
    new_keyfile: KeyFile,
    reason: str,
) -> str:
    files, salt = session.files, session.keyfile.db_salt
    new_db = journal.aside(files.db)
    session.release_connections()
    # As a backup does: once the copy is on the disk, a second thread checks it from there (page
    # MACs, record sums, audit head, counts) while the export's connection checks its structure
    # from the pages still in its cache: the checks take the second core, not added time.
    pool = ThreadPoolExecutor(1, thread_name_prefix="astra-rekey")
    checked: list[Future[tuple[list[Message], freshness.Anchor]]] = []

    def written(snap: db_copy.Snapshot) -> None:
        checked.append(pool.submit(_check_copy, new_db, new_key, salt, snap, session.vault_id))

    try:
        try:
            source = database.connect(files.db, old_key, salt)
            try:
                db_copy.export(
                    source, new_db, new_key, salt, lambda: step(100), check_structure=True,
                    on_written=written,
                )  # fmt: skip
                database.checkpoint(source)
            finally:
                source.close()
            journal.fsync_file(new_db)
            step(500)
            problems, anchor = checked[0].result()
        except db_copy.CopyDamaged as exc:
            problems = [exc.problem]
        finally:
            pool.shutdown(wait=True)
        if problems:
            raise AstraError(
                "The vault key was not rotated: the re-encrypted copy failed its check "
                "({detail}). Nothing was changed.",
                detail=Joined(problems),
            )
        step(900)
        anchor.save(journal.aside(files.anchor), new_key)
        write_atomic(journal.aside(files.keys), new_keyfile.to_bytes(new_key))
        journal.commit(files, fingerprint(new_key))
    except BaseException:
        with contextlib.suppress(Exception):
            if not journal.journal(files).exists():
                journal.discard(files)
        if journal.journal(files).exists():  # committed: finish, and carry on with the new key
            journal.finish(files)
            session.use_key(new_key, new_keyfile)
        raise
    session.use_key(new_key, new_keyfile)
    session.audit(AuditAction.CHANGE, "vault-key", session.vault_id, reason)
    step(TOTAL)
    printed = fingerprint(new_key)
    log.info("vault %s re-keyed (%s)", session.vault_id, printed)
    return printed


def _check_copy(
    path: Path, key: bytes, salt: bytes, snap: db_copy.Snapshot, vault_id: str
) -> tuple[list[Message], freshness.Anchor]:
    """The re-encrypted copy, from the disk: its problems, and the anchor it will be published
    with."""
    copy = db_copy.open_copy(path, key, salt)
    try:
        problems = db_copy.check(copy, snap, structure=False)
        return problems, freshness.Anchor.of(copy, vault_id)
    finally:
        copy.close()


def leftovers(folder: Path) -> list[Path]:
    """Files an interrupted rotation left (for tests and `check`)."""
    return sorted(folder.glob("*" + journal.SUFFIX)) + sorted(folder.glob(journal.JOURNAL))
