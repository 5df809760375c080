"""The page-splice check of a large vault, run in a child process after it opens.

A vault above `DEEP_CHECK_AT_OPEN_BYTES` opens after the quick checks; a page put back from an
older copy (same key, valid page MAC) must then be found by the child within seconds.
"""

from __future__ import annotations

import time
from pathlib import Path

import pytest

from astra_desktop.core.models import Client
from astra_desktop.services import clients, splice_check
from astra_desktop.services import session as vs
from tests._vaults import PAGE
from tests.conftest import ADMIN, ADMIN_PASS


def finish(check: splice_check.SpliceCheck) -> splice_check.SpliceCheck:
    deadline = time.monotonic() + 60
    while not check.finished():
        assert time.monotonic() < deadline, "the check did not finish in 60 s"
        time.sleep(0.05)
    return check


@pytest.fixture
def large(monkeypatch: pytest.MonkeyPatch) -> None:
    """Every vault counts as large: unlock leaves the full check to the child."""
    monkeypatch.setattr(vs, "DEEP_CHECK_AT_OPEN_BYTES", 0)


def test_small_vault_is_checked_at_open(session: vs.Session) -> None:
    assert not splice_check.needed(session)


@pytest.mark.usefixtures("large")
def test_sound_vault_passes(vault_folder: Path) -> None:
    with vs.unlock(vault_folder, ADMIN, ADMIN_PASS) as sess:
        assert splice_check.needed(sess)
        clients.register(sess, Client("Vesna", "Vuković"))
        check = finish(splice_check.SpliceCheck(sess))
        assert (check.stale, check.failed) == ([], "")


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


@pytest.mark.usefixtures("large")
def test_older_page_spliced_in_is_found_after_opening(vault_folder: Path) -> None:
    client = put_back_older_clients_page(vault_folder)
    with vs.unlock(vault_folder, ADMIN, ADMIN_PASS) as sess:  # the quick checks pass
        assert clients.get_client(sess, client).contact == ""  # the old page is being read
        check = finish(splice_check.SpliceCheck(sess))
        assert check.stale == ["clients"] and check.failed == ""


@pytest.mark.usefixtures("large")
def test_cancel_stops_the_child(vault_folder: Path) -> None:
    with vs.unlock(vault_folder, ADMIN, ADMIN_PASS) as sess:
        check = splice_check.SpliceCheck(sess)
        check.cancel()
        assert check.finished() and not check._process.is_alive()
