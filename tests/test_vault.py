"""Creating, unlocking, passphrases, users, throttling, the lock file — on real vaults."""

from __future__ import annotations

import hashlib
import sqlite3
import time
from pathlib import Path

import pytest

from astra_desktop.core.enums import Role
from astra_desktop.errors import (
    PermissionDenied,
    UnlockThrottled,
    VaultBusy,
    VaultExists,
    VaultNotFound,
    WeakPassphrase,
    WrongPassphrase,
)
from astra_desktop.services import session as vs
from astra_desktop.services import users
from astra_desktop.storage import audit, kdf
from astra_desktop.storage.keyslots import KeyFile
from tests.conftest import ADMIN, ADMIN_PASS, CASEWORKER, CASEWORKER_PASS


def sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_plain_sqlite_cannot_open_the_vault(vault_folder: Path) -> None:
    conn = sqlite3.connect(vault_folder / "vault.db")
    with pytest.raises(sqlite3.DatabaseError):
        conn.execute("SELECT * FROM sqlite_master").fetchall()
    assert b"SQLite format 3" not in (vault_folder / "vault.db").read_bytes()[:100]


def test_vault_settings(session: vs.Session) -> None:
    db = session.db
    assert db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert db.execute("PRAGMA synchronous").fetchone()[0] == 2  # FULL
    assert db.execute("PRAGMA secure_delete").fetchone()[0] == 1
    assert db.execute("PRAGMA temp_store").fetchone()[0] == 2  # MEMORY
    assert db.execute("PRAGMA cipher_memory_security").fetchone()[0] == "1"
    assert db.execute("PRAGMA foreign_keys").fetchone()[0] == 1


def test_keyslot_kdf_never_below_floor(vault_folder: Path) -> None:
    for slot in KeyFile.load(vault_folder / "vault.keys").slots:
        assert slot.params.memory_kib >= 64 * 1024
        assert slot.params.time_cost >= 3
        assert slot.params.parallelism >= 4


def test_calibration_respects_floor() -> None:
    params = kdf.calibrate(target_seconds=0.01)
    assert params == kdf.FLOOR


def test_wrong_passphrase_changes_nothing_and_delay_grows(vault_folder: Path) -> None:
    before = sha(vault_folder / "vault.db"), sha(vault_folder / "vault.keys")
    clock = [1000.0]
    delays: list[float] = []
    for _ in range(6):
        with pytest.raises(WrongPassphrase, match="not right"):
            vs.unlock(vault_folder, ADMIN, "not the passphrase", clock=lambda: clock[0])
        try:  # during the delay even the right passphrase is refused, without being tried
            vs.unlock(vault_folder, ADMIN, ADMIN_PASS, clock=lambda: clock[0])
        except UnlockThrottled as exc:
            delays.append(round(exc.retry_after))
            clock[0] += exc.retry_after + 0.1
        else:
            raise AssertionError("the right passphrase must wait out the delay too")
    assert delays == [2, 4, 8, 16, 32, 64]
    assert (sha(vault_folder / "vault.db"), sha(vault_folder / "vault.keys")) == before


def test_throttle_survives_restart_and_failures_are_audited(vault_folder: Path) -> None:
    clock = [5000.0]
    for _ in range(3):
        with pytest.raises(WrongPassphrase):
            vs.unlock(vault_folder, ADMIN, "nope nope nope", clock=lambda: clock[0])
        clock[0] += 5  # waits out the first two delays (2 s, 4 s), not the third (8 s)
    # A "restart" is a fresh call: the state lives in vault.throttle, not in memory.
    with pytest.raises(UnlockThrottled):
        vs.unlock(vault_folder, ADMIN, ADMIN_PASS, clock=lambda: clock[0])
    clock[0] += 60
    with vs.unlock(vault_folder, ADMIN, ADMIN_PASS, clock=lambda: clock[0]) as sess:
        actions = [e.action for e in audit.entries(sess.db)]
    assert actions.count("failed-login") == 3
    assert actions[0] == "login"


def test_unknown_user_gets_the_same_message(vault_folder: Path) -> None:
    with pytest.raises(WrongPassphrase, match="not right"):
        vs.unlock(vault_folder, "nobody", ADMIN_PASS)


def test_missing_vault(tmp_path: Path) -> None:
    with pytest.raises(VaultNotFound, match="No vault"):
        vs.unlock(tmp_path, ADMIN, ADMIN_PASS)


def test_create_refuses_existing_vault_and_weak_passphrase(
    vault_folder: Path, tmp_path: Path
) -> None:
    with pytest.raises(VaultExists):
        vs.create_vault(vault_folder, ADMIN, ADMIN_PASS, kdf_params=kdf.FLOOR)
    with pytest.raises(WeakPassphrase):
        vs.create_vault(tmp_path / "new", ADMIN, "password1", kdf_params=kdf.FLOOR)


def test_second_process_is_refused(session: vs.Session, vault_folder: Path) -> None:
    with pytest.raises(VaultBusy, match="already open"):
        vs.unlock(vault_folder, ADMIN, ADMIN_PASS)


def test_lock_releases_and_forgets_key(vault_folder: Path) -> None:
    sess = vs.unlock(vault_folder, ADMIN, ADMIN_PASS)
    sess.lock()
    with pytest.raises(PermissionDenied, match="locked"):
        _ = sess.data_key
    vs.unlock(vault_folder, ADMIN, ADMIN_PASS).close()


def test_password_change_leaves_vault_db_unchanged(session: vs.Session, vault_folder: Path) -> None:
    db_before = sha(vault_folder / "vault.db")
    keys_before = sha(vault_folder / "vault.keys")
    users.set_passphrase(session, ADMIN, "a brand new passphrase for marija", ADMIN_PASS)
    assert sha(vault_folder / "vault.db") == db_before
    assert sha(vault_folder / "vault.keys") != keys_before
    session.close()
    with pytest.raises(WrongPassphrase):
        vs.unlock(vault_folder, ADMIN, ADMIN_PASS)
    later = lambda: time.time() + 60  # noqa: E731 - past the 2 s delay the wrong try caused
    with vs.unlock(vault_folder, ADMIN, "a brand new passphrase for marija", clock=later) as sess:
        assert any(e.entity == "user-passphrase" for e in audit.entries(sess.db))


def test_own_change_needs_current_passphrase(session: vs.Session) -> None:
    with pytest.raises(PermissionDenied):
        users.set_passphrase(session, ADMIN, "another good long passphrase", "wrong current")


def test_users_roles_remove_and_recovery(
    session: vs.Session, vault_folder: Path, recovery_key: str
) -> None:
    users.add_user(session, CASEWORKER, Role.CASEWORKER, CASEWORKER_PASS)
    assert {u.username: u.role for u in users.list_users(session)} == {
        ADMIN: Role.ADMIN,
        CASEWORKER: Role.CASEWORKER,
    }
    session.close()
    with vs.unlock(vault_folder, CASEWORKER, CASEWORKER_PASS) as sess:
        assert sess.actor.role is Role.CASEWORKER
        with pytest.raises(PermissionDenied):
            users.add_user(sess, "eve", Role.ADMIN, "eve has a long passphrase too")
    with vs.unlock(vault_folder, ADMIN, ADMIN_PASS) as sess:
        users.remove_user(sess, CASEWORKER)
        with pytest.raises(PermissionDenied):
            users.remove_user(sess, ADMIN)
    with pytest.raises(WrongPassphrase):
        vs.unlock(vault_folder, CASEWORKER, CASEWORKER_PASS)
    with vs.unlock_with_recovery(vault_folder, recovery_key.lower().replace("-", " ")) as sess:
        users.set_passphrase(sess, ADMIN, "reset through the recovery key")
    vs.unlock(vault_folder, ADMIN, "reset through the recovery key").close()


def test_admin_resets_another_users_passphrase(session: vs.Session, vault_folder: Path) -> None:
    users.add_user(session, CASEWORKER, Role.CASEWORKER, CASEWORKER_PASS)
    users.set_passphrase(session, CASEWORKER, "temporary passphrase for ana")
    session.close()
    vs.unlock(vault_folder, CASEWORKER, "temporary passphrase for ana").close()


def test_wrong_recovery_key(vault_folder: Path) -> None:
    with pytest.raises(WrongPassphrase, match="recovery key"):
        vs.unlock_with_recovery(vault_folder, "AAAA-BBBB-CCCC-DDDD-EEEE-FFFF-GGGG-HHHH")
