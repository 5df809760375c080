"""The whole-file checks, run in a child process after the app has opened the vault.

`session.unlock` without `full_check` (the GUI's) runs only the quick freshness checks, at every
size; a page put back from an older copy (same key, valid page MAC) or a page that fails its MAC
must then be found by the child within seconds. With `full_check` (the CLI's) unlock refuses both.
"""

from __future__ import annotations

import os
import time
from pathlib import Path

import pytest

from astra_desktop.core.models import Client
from astra_desktop.errors import VaultDamaged
from astra_desktop.services import clients, splice_check
from astra_desktop.services import session as vs
from tests._vaults import PAGE, snapshot
from tests.conftest import ADMIN, ADMIN_PASS


def finish(check: splice_check.SpliceCheck) -> splice_check.SpliceCheck:
    deadline = time.monotonic() + 60
    while not check.finished():
        assert time.monotonic() < deadline, "the check did not finish in 60 s"
        time.sleep(0.05)
    return check


def test_unlock_leaves_the_whole_file_checks_to_the_child_at_every_size(
    vault_folder: Path,
) -> None:
    with vs.unlock(vault_folder, ADMIN, ADMIN_PASS) as sess:  # a small vault: still left out
        assert splice_check.needed(sess)
    with vs.unlock(vault_folder, ADMIN, ADMIN_PASS, full_check=True) as sess:
        assert not splice_check.needed(sess)


def test_sound_vault_passes(vault_folder: Path) -> None:
    with vs.unlock(vault_folder, ADMIN, ADMIN_PASS) as sess:
        assert splice_check.needed(sess)
        clients.register(sess, Client("Vesna", "Vuković"))
        check = finish(splice_check.SpliceCheck(sess))
        assert (check.stale, check.damaged, check.unreadable, check.failed) == ([], [], "", "")
        assert check.problem is None


def put_back_older_clients_page(vault_folder: Path) -> str:
    """Change a client, then put the clients page from before the change back into vault.db: a
    valid page under the same key, as from an older copy. Returns the client's id."""
    db = vault_folder / "vault.db"
    with vs.unlock(vault_folder, ADMIN, ADMIN_PASS) as sess:
        client = clients.register(sess, Client("Goran", "Gajić")).client_id
        root = sess.db.execute("SELECT rootpage FROM sqlite_master WHERE name = 'clients'")
        page = int(root.fetchone()[0])
    old = db.read_bytes()
    with vs.unlock(vault_folder, ADMIN, ADMIN_PASS) as sess:
        record = clients.get_client(sess, client)
        record.contact = "+381 64 000 2222"
        clients.update_client(sess, record)
    new = bytearray(db.read_bytes())
    new[(page - 1) * PAGE : page * PAGE] = old[(page - 1) * PAGE : page * PAGE]
    db.write_bytes(bytes(new))
    return client


def test_older_page_spliced_in_is_found_after_opening(vault_folder: Path) -> None:
    client = put_back_older_clients_page(vault_folder)
    with vs.unlock(vault_folder, ADMIN, ADMIN_PASS) as sess:  # the quick checks pass
        assert clients.get_client(sess, client).contact == ""  # the old page is being read
        check = finish(splice_check.SpliceCheck(sess))
        assert check.stale == ["clients"] and check.failed == ""
        assert "do not match the rest (tables clients)" in str(check.problem)


def damage_a_page(vault_folder: Path, table: str = "clients") -> None:
    """Flip one byte inside a table's root page of a closed vault: accidental damage (a bad
    sector, a bit flip) that SQLCipher sees when the page is read or MAC-checked."""
    with vs.unlock(vault_folder, ADMIN, ADMIN_PASS) as sess:
        clients.register(sess, Client("Goran", "Gajić"))
        root = sess.db.execute("SELECT rootpage FROM sqlite_master WHERE name = ?", (table,))
        page = int(root.fetchone()[0])
    data = bytearray((vault_folder / "vault.db").read_bytes())
    data[(page - 1) * PAGE + 1500] ^= 0x04
    (vault_folder / "vault.db").write_bytes(bytes(data))


def test_damaged_page_is_found_after_opening_and_refused_with_full_check(
    vault_folder: Path,
) -> None:
    damage_a_page(vault_folder)
    before = snapshot(vault_folder)
    with pytest.raises(VaultDamaged, match="1 damaged page"):
        vs.unlock(vault_folder, ADMIN, ADMIN_PASS, full_check=True)  # the CLI's unlock
    assert snapshot(vault_folder) == before
    with vs.unlock(vault_folder, ADMIN, ADMIN_PASS) as sess:  # the GUI's: the page is not read
        check = finish(splice_check.SpliceCheck(sess))
        assert len(check.damaged) == 1 and "HMAC" in check.damaged[0], check.damaged
        assert check.failed == ""
        assert "vault.db) is damaged" in str(check.problem)
        assert "1 damaged page(s)" in str(check.problem)


@pytest.mark.skipif(not hasattr(os, "getpriority"), reason="POSIX scheduling priority")
def test_child_runs_at_the_lowest_priority(vault_folder: Path) -> None:
    with vs.unlock(vault_folder, ADMIN, ADMIN_PASS) as sess:
        check = splice_check.SpliceCheck(sess)
        try:
            assert os.getpriority(os.PRIO_PROCESS, check._process.pid or 0) == 19
        finally:
            check.cancel()


def test_cancel_stops_the_child(vault_folder: Path) -> None:
    with vs.unlock(vault_folder, ADMIN, ADMIN_PASS) as sess:
        check = splice_check.SpliceCheck(sess)
        check.cancel()
        assert check.finished() and not check._process.is_alive()
