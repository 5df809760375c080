"""The freshness anchor is written when it must be, not after every commit (storage.freshness).

A vault.db newer than its anchor is what a crash leaves and opens fine; one older than its anchor is
a rollback and is refused, whether the session that wrote the anchor locked cleanly or was killed.
What the interval leaves open is stated, and tested, too: a copy taken after the last anchor write
can be put back unnoticed after a crash (at most the commits of one interval).
"""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
import textwrap
from datetime import datetime
from pathlib import Path

import pytest

from astra_desktop.core.models import ContactNote
from astra_desktop.errors import VaultDamaged
from astra_desktop.services import case_records, clients
from astra_desktop.services import session as vs
from astra_desktop.storage import freshness
from tests._vaults import ROOT, assert_clear, snapshot
from tests.conftest import ADMIN, ADMIN_PASS

FILES = ("vault.db", "vault.db-wal", "vault.keys", "vault.anchor")


def generation(sess: vs.Session) -> int:
    return int(sess.db.execute("SELECT value FROM meta WHERE key = 'generation'").fetchone()[0])


def anchored(folder: Path, key: bytes) -> int:
    return freshness.Anchor.load(folder / "vault.anchor", key).generation


def add_notes(sess: vs.Session, case_id: str, count: int) -> list[str]:
    return [
        case_records.add_note(sess, ContactNote(case_id, datetime.now(), f"Visit {i}.")).id
        for i in range(count)
    ]


def crashed_copy(source: Path, target: Path) -> Path:
    """The files a `kill -9` would leave now (vault.db and its log as they are, no lock or
    checkpoint): taken while the session is between transactions."""
    target.mkdir(parents=True)
    for name in FILES:
        if (source / name).exists():
            shutil.copy2(source / name, target / name)
    return target


def refused_as_older(folder: Path) -> None:
    """Refused, with the anchor and keys untouched. (SQLite folds a -wal file left beside the
    copy into vault.db when the refused connection closes: the same records, other bytes.)"""
    before = snapshot(folder)
    with pytest.raises(VaultDamaged, match="older than the last state") as info:
        vs.unlock(folder, ADMIN, ADMIN_PASS)
    assert_clear(str(info.value))
    after = snapshot(folder)
    for name in ("vault.anchor", "vault.keys"):
        assert after[name] == before[name]


def test_commits_leave_the_anchor_until_the_interval_or_lock(vault_folder: Path) -> None:
    with vs.unlock(vault_folder, ADMIN, ADMIN_PASS) as sess:
        key = bytes(sess.data_key)
        at_open = anchored(vault_folder, key)
        case_id = clients.register(sess, clients.Client("Jelena", "Đorđević")).id
        add_notes(sess, case_id, 3)
        assert generation(sess) > at_open
        assert anchored(vault_folder, key) == at_open  # no anchor write (two fsyncs) per save
        last = generation(sess)
    assert anchored(vault_folder, key) == last  # written at lock


def test_anchor_follows_after_so_many_commits(
    vault_folder: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(freshness, "ANCHOR_EVERY_COMMITS", 4)
    with vs.unlock(vault_folder, ADMIN, ADMIN_PASS) as sess:  # the login entry is commit 1
        key = bytes(sess.data_key)
        case_id = clients.register(sess, clients.Client("Jelena", "Đorđević")).id
        add_notes(sess, case_id, 1)
        assert anchored(vault_folder, key) < generation(sess)
        add_notes(sess, case_id, 1)  # the 4th commit since open
        assert anchored(vault_folder, key) == generation(sess)


def test_anchor_follows_after_so_many_seconds(
    vault_folder: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    with vs.unlock(vault_folder, ADMIN, ADMIN_PASS) as sess:
        key = bytes(sess.data_key)
        case_id = clients.register(sess, clients.Client("Jelena", "Đorđević")).id
        assert anchored(vault_folder, key) < generation(sess)
        monkeypatch.setattr(freshness, "ANCHOR_EVERY_S", 0.0)  # the interval is over
        add_notes(sess, case_id, 1)
        assert anchored(vault_folder, key) == generation(sess)


def test_write_anchor_before_a_copy(vault_folder: Path) -> None:
    with vs.unlock(vault_folder, ADMIN, ADMIN_PASS) as sess:
        key = bytes(sess.data_key)
        clients.register(sess, clients.Client("Jelena", "Đorđević"))
        sess.write_anchor()  # what backups.create does first
        assert anchored(vault_folder, key) == generation(sess)


def test_crash_after_commits_before_the_anchor_write_opens(vault_folder: Path) -> None:
    """A real `kill -9` of a process that committed notes the anchor has not caught up with:
    the vault opens, holds every note, and its anchor is brought up to date at open."""
    script = textwrap.dedent(
        f"""
        import sys, time
        from datetime import datetime
        from pathlib import Path
        from astra_desktop.core.models import Client, ContactNote
        from astra_desktop.services import case_records, clients, session
        sess = session.unlock(Path({str(vault_folder)!r}), {ADMIN!r}, {ADMIN_PASS!r})
        case = clients.register(sess, Client("Jelena", "Đorđević"))
        for i in range(5):
            note = case_records.add_note(sess, ContactNote(case.id, datetime.now(), f"Visit {{i}}."))
            print(note.id, flush=True)
        print("done", flush=True)
        time.sleep(60)
        """
    )
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    proc = subprocess.Popen(
        [sys.executable, "-c", script], stdout=subprocess.PIPE, env=env, cwd=ROOT, text=True
    )
    assert proc.stdout is not None
    acked = []
    for line in proc.stdout:
        if line.strip() == "done":
            break
        acked.append(line.strip())
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait(10)
    assert len(acked) == 5

    with vs.unlock(vault_folder, ADMIN, ADMIN_PASS) as sess:
        key = bytes(sess.data_key)
        found = {r[0] for r in sess.db.execute("SELECT id FROM contact_notes")}
        assert set(acked) <= found
        assert anchored(vault_folder, key) >= generation(sess) - 1  # at open (+ login entry)


def test_rollback_older_than_the_anchor_is_refused_after_a_crash(
    vault_folder: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """An older vault.db put back after a crash: refused when it is older than the last anchor
    write, though the session never locked."""
    monkeypatch.setattr(freshness, "ANCHOR_EVERY_COMMITS", 3)
    with vs.unlock(vault_folder, ADMIN, ADMIN_PASS) as sess:
        key = bytes(sess.data_key)
        case_id = clients.register(sess, clients.Client("Jelena", "Đorđević")).id
        old = crashed_copy(vault_folder, tmp_path / "old")  # before the notes below
        add_notes(sess, case_id, 3)
        assert anchored(vault_folder, key) > generation(sess) - 3  # moved past the old copy
        crashed = crashed_copy(vault_folder, tmp_path / "crashed")
    shutil.copy2(old / "vault.db", crashed / "vault.db")
    (crashed / "vault.db-wal").unlink(missing_ok=True)
    if (old / "vault.db-wal").exists():
        shutil.copy2(old / "vault.db-wal", crashed / "vault.db-wal")
    refused_as_older(crashed)


def test_rollback_older_than_the_anchor_is_refused_after_lock(
    vault_folder: Path, tmp_path: Path
) -> None:
    with vs.unlock(vault_folder, ADMIN, ADMIN_PASS) as sess:
        case_id = clients.register(sess, clients.Client("Jelena", "Đorđević")).id
        old = crashed_copy(vault_folder, tmp_path / "old")
        add_notes(sess, case_id, 1)  # not anchored yet: lock does it
    shutil.copy2(old / "vault.db", vault_folder / "vault.db")
    (vault_folder / "vault.db-wal").unlink(missing_ok=True)
    if (old / "vault.db-wal").exists():
        shutil.copy2(old / "vault.db-wal", vault_folder / "vault.db-wal")
    refused_as_older(vault_folder)


def test_the_window_a_crash_leaves_is_the_commits_since_the_last_anchor_write(
    vault_folder: Path, tmp_path: Path
) -> None:
    """What the interval gives a rollback attacker, as docs/security.md says: a copy taken after the last
    anchor write, put back after a crash, loses the commits made since the copy unnoticed."""
    with vs.unlock(vault_folder, ADMIN, ADMIN_PASS) as sess:
        case_id = clients.register(sess, clients.Client("Jelena", "Đorđević")).id
        old = crashed_copy(vault_folder, tmp_path / "old")
        (lost,) = add_notes(sess, case_id, 1)
        crashed = crashed_copy(vault_folder, tmp_path / "crashed")
    for name in ("vault.db", "vault.db-wal"):
        (crashed / name).unlink(missing_ok=True)
        if (old / name).exists():
            shutil.copy2(old / name, crashed / name)
    with vs.unlock(crashed, ADMIN, ADMIN_PASS) as sess:
        assert (
            sess.db.execute("SELECT 1 FROM contact_notes WHERE id = ?", (lost,)).fetchone() is None
        )
