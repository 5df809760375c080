"""Opening a backup, previewing it, verifying it, and restoring it.

Restoring needs the vault's data key (the key the users' keyslots in vault.keys wrap): the copy
inside the backup is re-exported under it, with a fresh database salt, so everyone logs in with
their own passphrase afterwards. The data key comes from the recovery key (through the backup's
recovery lock), from the open session of the same vault (replacing it from the app), or from the
passphrase of an account in the backup. The backup passphrase alone never yields the data key, so
a leaked backup passphrase exposes that backup's records, never the keys of the live vault.

The restored vault is built in a hidden folder beside the target and opened and checked in full
(`integrity.check`) before anything is moved. Replacing then keeps the current vault aside, still
encrypted, as `vault.before-restore-<timestamp>`. A crash leaves the current vault where it was.
"""

from __future__ import annotations

import contextlib
import json
import os
import secrets
import shutil
import tempfile
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import cast

from astra_desktop import paths
from astra_desktop.core.enums import AuditAction, Role
from astra_desktop.core.messages import Joined, Message
from astra_desktop.errors import AstraError, VaultDamaged, VaultExists, WrongPassphrase
from astra_desktop.services import integrity, passphrases
from astra_desktop.services import session as vault_session
from astra_desktop.services.backups import KIND, PARTS, RECOVERY_LOCK, WHAT, Listing, read_listing
from astra_desktop.services.backups import inner_key as backup_inner_key
from astra_desktop.storage import database, db_copy, freshness, migrate, secret_memory
from astra_desktop.storage.atomic import fsync_dir, open_private, private_dir
from astra_desktop.storage.backup_format import Sealed, damaged, wrong_secret
from astra_desktop.storage.keyslots import KIND_USER, KeyFile, Slot
from astra_desktop.storage.lock import VaultLock
from astra_desktop.storage.vault_files import VaultFiles

Progress = Callable[[int, int], bool]
TOTAL = 1000


class Cancelled(AstraError):
    def __init__(self) -> None:
        super().__init__("The restore was cancelled; nothing was restored or replaced.")


class OtherVault(AstraError):
    """Replacing a vault with a backup of another one: refused unless asked for explicitly."""

    def __init__(self, folder: Path, current: Message | str, backup: Message | str) -> None:
        self.current, self.backup = str(current), str(backup)  # in English (the CLI, logs)
        super().__init__(
            "The vault in {folder} is {current}, but this backup is of another vault: {backup}. "
            "Nothing was replaced. Check that this is the right backup and the right folder.",
            folder=folder,
            current=current,
            backup=backup,
        )


@dataclass
class OpenedBackup:
    """A backup whose header is authenticated: the content key, and the data key if the recovery
    key opened it."""

    sealed: Sealed
    content_key: bytes
    data_key: bytes | None
    listing: Listing

    @property
    def path(self) -> Path:
        return self.sealed.path


def open_backup(path: Path, secret: str, *, recovery: bool = False) -> OpenedBackup:
    """Check the header and open it with the backup's passphrase, or the vault's recovery key."""
    sealed = Sealed.read(path, KIND, WHAT)
    listing = read_listing(path)
    data_key = None
    if recovery:
        lock = sealed.lock("key", RECOVERY_LOCK)
        extra = lock.get("extra") if lock else None
        try:
            slot = Slot.from_json(extra["slot"])  # type: ignore[index]
        except (KeyError, TypeError, ValueError) as exc:
            raise wrong_secret(path, WHAT, recovery=True) from exc
        holder = KeyFile(vault_id=listing.vault_id, db_salt=b"")
        data_key = holder.unwrap(slot, passphrases.normalise_recovery_key(secret))
        if data_key is None:
            raise wrong_secret(path, WHAT, recovery=True)
        content_key = sealed.open_with_key(data_key, RECOVERY_LOCK)
        if content_key is None:
            raise damaged(path, WHAT, "its recovery lock has been edited")
    else:
        content_key = sealed.open_with_passphrase(secret)
    return OpenedBackup(sealed, content_key, data_key, listing)


# --- reading the payload ---------------------------------------------------------------------------
def _parts(opened: OpenedBackup) -> list[int]:
    try:
        parts = opened.sealed.public["parts"]
        assert isinstance(parts, list)
        names = [str(p["name"]) for p in parts]
        sizes = [int(p["size"]) for p in parts]
    except (KeyError, TypeError, ValueError, AssertionError) as exc:
        raise damaged(opened.path, WHAT, "its list of contents is unreadable") from exc
    if tuple(names) != PARTS or min(sizes) < 0:
        raise damaged(opened.path, WHAT, "its list of contents is unreadable")
    return sizes


def _split(opened: OpenedBackup, sizes: list[int]) -> Iterator[tuple[int, bytes]]:
    """(part index, bytes) in order; ends only after the last chunk authenticated."""
    part, left = 0, sizes[0]
    for chunk in opened.sealed.chunks(opened.content_key):
        view = memoryview(chunk)
        while view:
            while left == 0 and part < len(sizes) - 1:
                part += 1
                left = sizes[part]
            if left == 0:
                raise damaged(opened.path, WHAT, "it holds more than its list of contents says")
            take = view[:left]
            yield part, bytes(take)
            left -= len(take)
            view = view[len(take) :]
    if left or part < len(sizes) - 1:
        raise damaged(opened.path, WHAT, "it holds less than its list of contents says")


@dataclass(frozen=True)
class Preview:
    """What a person sees before choosing to restore: made when, by whom, what it holds."""

    backup_id: str
    vault_id: str
    created_at: datetime | None
    created_by: str
    created_by_name: str
    organisation: str
    counts: dict[str, int] = field(default_factory=dict)
    size: int = 0


def preview(opened: OpenedBackup) -> Preview:
    """From the header and the first part only: nothing is written anywhere."""
    sizes = _parts(opened)
    about = b""
    for chunk in opened.sealed.chunks(opened.content_key):  # chunk 0 authenticates on its own
        about += chunk
        if len(about) >= sizes[0]:
            break
    try:
        info = json.loads(about[: sizes[0]])
    except ValueError as exc:
        raise damaged(opened.path, WHAT, "its description is unreadable") from exc
    item = opened.listing
    return Preview(
        item.backup_id, item.vault_id, item.created_at, item.created_by,
        str(info.get("created_by_name", "")), str(info.get("organisation", "")),
        dict(item.counts), item.size,
    )  # fmt: skip


class _Bytes:
    """Lets KeyFile.load read the key file from memory (it only calls read_bytes)."""

    def __init__(self, data: bytes) -> None:
        self._data = data

    def read_bytes(self) -> bytes:
        return self._data


@dataclass
class Unpacked:
    keys: bytes
    db: Path  # the copy, still under the backup's own key
    snapshot: db_copy.Snapshot
    salt: bytes
    key: bytes
    page_size: int = db_copy.DEFAULT_PAGE_SIZE

    def keyfile(self) -> KeyFile:
        return KeyFile.load(cast(Path, _Bytes(self.keys)))


def _scratch(folder: Path) -> Path:
    """Where the (encrypted) copy is unpacked: beside the backup, or the temp folder if read-only."""
    return folder if os.access(folder, os.W_OK) else Path(tempfile.gettempdir())


def unpack(
    opened: OpenedBackup, folder: Path, keep_going: Callable[[float], bool] | None = None
) -> Unpacked:
    """Decrypt the payload: vault.keys into memory, the database copy (still SQLCipher under the
    backup's own key) into a hidden file in `folder`; then check the copy against the header."""
    sizes = _parts(opened)
    try:
        snap = db_copy.Snapshot.from_dict(opened.sealed.public["snapshot"])  # type: ignore[arg-type]
        salt = bytes.fromhex(str(opened.sealed.public["db_salt"]))
        # Backups made before the field existed have the vault's own 4 KiB pages.
        page_size = int(opened.sealed.public.get("db_page_size", db_copy.DEFAULT_PAGE_SIZE))  # type: ignore[call-overload]
        if page_size not in db_copy.PAGE_SIZES:
            raise ValueError(page_size)
    except (KeyError, TypeError, ValueError) as exc:
        raise damaged(opened.path, WHAT, "its header is unreadable") from exc
    db_path = folder / f".astra-restore-{secrets.token_hex(6)}.db"
    keys = bytearray()
    total, done = max(1, sum(sizes)), 0
    try:
        with open_private(db_path) as fh:
            for part, data in _split(opened, sizes):
                if part == 1:
                    keys += data
                elif part == 2:
                    fh.write(data)
                done += len(data)
                if keep_going and not keep_going(done / total):
                    raise Cancelled()
        key = backup_inner_key(opened.content_key)
        conn = db_copy.open_copy(db_path, key, salt, page_size=page_size)
        try:
            problems: list[str | Message] = [*db_copy.check(conn, snap)]
        except database.DatabaseError as exc:
            problems = [Message("its database copy is unreadable ({exc})", exc=exc)]
        finally:
            conn.close()
        if problems:
            raise damaged(opened.path, WHAT, Joined(problems))
    except BaseException:
        db_path.unlink(missing_ok=True)
        raise
    return Unpacked(bytes(keys), db_path, snap, salt, key, page_size)


@dataclass(frozen=True)
class Verified:
    snapshot: db_copy.Snapshot
    users: list[str]


def verify(opened: OpenedBackup, keep_going: Callable[[float], bool] | None = None) -> Verified:
    """Decrypt everything and check the copy inside (page MACs, structure, record sums equal to
    the vault's when the backup was made). Raises SealedDamaged; writes nothing that stays."""
    unpacked = unpack(opened, _scratch(opened.path.parent), keep_going)
    try:
        keyfile = unpacked.keyfile()
        if opened.data_key is not None:
            keyfile.verify_mac(opened.data_key)
    except VaultDamaged as exc:
        raise damaged(opened.path, WHAT, "its key file is unreadable") from exc
    finally:
        unpacked.db.unlink(missing_ok=True)
    return Verified(unpacked.snapshot, keyfile.user_labels())


# --- restoring -------------------------------------------------------------------------------------
@dataclass
class Staged:
    """A restored vault, opened and checked, waiting in a hidden folder to be moved into place."""

    folder: Path
    home: Path
    backup_id: str
    report: integrity.CheckReport

    @property
    def target(self) -> Path:
        return paths.vault_dir(self.home)


def _data_key(
    opened: OpenedBackup, keyfile: KeyFile, data_key: bytes | None, account: tuple[str, str] | None
) -> bytes:
    key = data_key or opened.data_key
    if key is None and account is not None:
        username, passphrase = account
        admins = keyfile.user_labels("admin")
        if not username and len(admins) != 1:
            raise AstraError("The vault in the backup has several administrators: say which.")
        username = username or admins[0]
        slot = keyfile.find(KIND_USER, username)
        key = keyfile.unwrap(slot, passphrase) if slot else None
        if key is None:
            raise WrongPassphrase(
                Message(
                    "The user name or passphrase is not right for the vault in {name}: give an "
                    "account that existed when the backup was made, or use the recovery key.",
                    name=opened.path.name,
                )
            )
    if key is None:
        raise AstraError(
            "Restoring needs the passphrase of an account in the backup, or the recovery key."
        )
    try:
        keyfile.verify_mac(key)
    except VaultDamaged as exc:
        raise AstraError(
            "{name} is a backup of another vault than the one this key opens. "
            "Restore it with the recovery key or an account of that vault.",
            name=opened.path.name,
        ) from exc
    return key


def describe_vault(vault_id: str, organisation: str = "", made: datetime | None = None) -> Message:
    """A vault as a person can tell it apart: organisation, the id's first characters, a date —
    a message, so the GUI says it in the person's language."""
    short = vault_id[:8]
    when = f"{made.astimezone():%d.%m.%Y %H:%M}" if made else ""
    if organisation and when:
        return Message("“{organisation}” (id {id}, made {made})",
                       organisation=organisation, id=short, made=when)  # fmt: skip
    if organisation:
        return Message("“{organisation}” (id {id})", organisation=organisation, id=short)
    if when:
        return Message("a vault (id {id}, made {made})", id=short, made=when)
    return Message("a vault (id {id})", id=short)


def vault_id_in(home: Path) -> str | None:
    """The id of the vault in `home`, read from vault.keys without unlocking (None: no vault, or
    its key file cannot be read — then it cannot be told apart and is not called another vault)."""
    keys = VaultFiles(paths.vault_dir(home)).keys
    try:
        return KeyFile.load(keys).vault_id
    except (OSError, AstraError):
        return None


def other_vault(opened: OpenedBackup, home: Path) -> tuple[Message, Message] | None:
    """(the vault in `home`, the backup's vault) described, when they are different vaults."""
    current = vault_id_in(home)
    if current is None or current == opened.listing.vault_id:
        return None
    about = preview(opened)
    # The current vault's organisation is inside its encrypted database: only its id is readable.
    backup = describe_vault(about.vault_id, about.organisation, None)
    made = Message("{vault}, backup made {when}", vault=backup, when=_when(about.created_at))
    return describe_vault(current), made


def _when(value: datetime | None) -> str:
    return value.astimezone().strftime("%d.%m.%Y %H:%M") if value else "?"


def stage_restore(
    opened: OpenedBackup,
    home: Path,
    *,
    data_key: bytes | None = None,
    account: tuple[str, str] | None = None,
    actor_id: str = "restore",
    progress: Progress | None = None,
    replace: bool = False,
    open_here: bool = False,
    other: bool = False,
) -> Staged:
    """Build the restored vault beside `home`'s vault folder, open it, check it in full.
    `open_here`: the caller has the vault open itself and locks it before `finish_restore`.
    `other`: the person has confirmed replacing a different vault than the backup's (OtherVault
    otherwise, before any work)."""
    target = paths.vault_dir(home)
    if VaultFiles(target).keys.exists() and not replace:
        raise VaultExists(
            "There is already a vault in {target}. Restore into an empty folder, or choose to "
            "replace it (it is then kept aside, still encrypted).",
            target=target,
        )
    if replace and not other:
        different = other_vault(opened, home)
        if different is not None:
            raise OtherVault(target, *different)
    if replace and not open_here and VaultFiles(target).keys.exists():
        probe = VaultLock(target)
        probe.acquire()  # VaultBusy now, before any work, while it is open anywhere
        probe.release()
    private_dir(home)
    for stale in home.glob(".vault.restoring-*"):
        if stale.stat().st_mtime < time.time() - 600:
            shutil.rmtree(stale, ignore_errors=True)
    staging = home / f".vault.restoring-{secrets.token_hex(6)}"
    staging.mkdir(mode=0o700)
    last = [0.0]

    def step(start: float, width: float) -> Callable[[float], bool]:
        def keep_going(fraction: float) -> bool:
            now = time.monotonic()
            if progress is None or now - last[0] < 0.05:
                return True
            last[0] = now
            return progress(int(start + width * min(1.0, fraction)), TOTAL)

        return keep_going

    key: bytes | None = None
    try:
        unpacked = unpack(opened, staging, step(0, 500))
        keyfile = unpacked.keyfile()
        key = _data_key(opened, keyfile, data_key, account)
        files = VaultFiles(staging)
        keyfile.db_salt = os.urandom(16)  # the restored pages share nothing with the old file's
        source = db_copy.open_copy(
            unpacked.db, unpacked.key, unpacked.salt, page_size=unpacked.page_size
        )
        try:
            db_copy.export(source, files.db, key, keyfile.db_salt, lambda: step(500, 300)(0.5))
        except db_copy.Interrupted as exc:
            raise Cancelled() from exc
        finally:
            source.close()
        unpacked.db.unlink()
        step(500, 300)(1.0)
        conn = database.connect(files.db, key, keyfile.db_salt)
        try:
            freshness.Anchor.of(conn, keyfile.vault_id).save(files.anchor, key)
            database.checkpoint(conn)
        finally:
            conn.close()
        keyfile.save(files.keys, key)
        report = _open_and_check(files, keyfile, key, actor_id, opened)
        if progress:
            progress(TOTAL, TOTAL)
    except BaseException:
        shutil.rmtree(staging, ignore_errors=True)
        raise
    finally:
        if key is not None and key is not data_key and key is not opened.data_key:
            secret_memory.wipe(key)  # unwrapped here, from an account's slot in the backup
    return Staged(staging, home, opened.listing.backup_id, report)


def _open_and_check(
    files: VaultFiles, keyfile: KeyFile, key: bytes, actor_id: str, opened: OpenedBackup
) -> integrity.CheckReport:
    """Open the staged folder the way unlock does (keys, pages, freshness, migrations), then run
    every check there is; record the restore in its audit trail."""
    lock = VaultLock(files.folder)
    lock.acquire()
    actor = vault_session.Actor(actor_id, actor_id, Role.ADMIN, all_cases=True)
    sess = vault_session._open(files, keyfile, key, lock, lambda _c: actor)
    with sess:
        report = integrity.check(sess)
        same_schema = opened.listing.counts and migrate.current_version(sess.db) == int(
            opened.sealed.public["snapshot"]["schema"]  # type: ignore[index]
        )
        expected = opened.sealed.public["snapshot"]["content_digest"]  # type: ignore[index]
        if same_schema and report.content_digest != expected:
            report.problems.append(Message("the restored records differ from the backup's"))
        if not report.sound:
            raise VaultDamaged(
                "The vault restored from the backup did not check out ({problems}). Nothing was "
                "replaced. Try another backup and tell the administrator.",
                problems=Joined(report.problems[:3]),
            )
        sess.audit(AuditAction.IMPORT, "backup", opened.listing.backup_id, "restored")
    return report


def finish_restore(staged: Staged, *, replace: bool = False) -> tuple[Path, Path | None]:
    """Move the staged vault into place; with `replace`, keep the current one aside first.
    Returns the vault folder and where the old vault was kept (or None)."""
    target, home = staged.target, staged.home
    aside = None
    lock = None
    if VaultFiles(target).keys.exists():
        if not replace:
            raise VaultExists(
                "There is already a vault in {target}; nothing was replaced.", target=target
            )
        lock = VaultLock(target)
        lock.acquire()  # VaultBusy while the vault is open anywhere
        stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
        aside = home / f"vault.before-restore-{stamp}"
        n = 2
        while aside.exists():
            aside = home / f"vault.before-restore-{stamp}-{n}"
            n += 1
    try:
        if aside is not None:
            os.rename(target, aside)
        elif target.exists():
            with contextlib.suppress(OSError):
                (target / "vault.lock").unlink()
            target.rmdir()  # an empty folder (anything else in it would make this fail)
        try:
            os.rename(staged.folder, target)
        except OSError:
            if aside is not None:
                os.rename(aside, target)
            raise
        fsync_dir(home)
    except OSError as exc:
        raise AstraError(
            "The restored vault could not be moved into {target} ({error}). The current "
            "vault is unchanged; the restored one is in {staged}.",
            target=target,
            error=exc.strerror,
            staged=staged.folder,
        ) from exc
    finally:
        if lock is not None:
            lock.release()
    return target, aside


def discard(staged: Staged) -> None:
    shutil.rmtree(staged.folder, ignore_errors=True)
