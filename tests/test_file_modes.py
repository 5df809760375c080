"""Every file and folder the app writes is for its owner only: files 0600, folders 0700.

Run under the usual umask 022, so the modes come from the code (storage.atomic), not from the
umask 077 the app itself sets at start (astra_desktop.__main__). Skipped on Windows, where the
mode bits mean little and the user profile's ACL is relied on.
"""

from __future__ import annotations

import io
import os
import stat
from collections.abc import Iterator
from pathlib import Path

import pytest

from astra_desktop import app_settings
from astra_desktop.core.models import Client
from astra_desktop.services import backups, clients, documents, hotline_stats, monitoring, transfer
from astra_desktop.services import court_documents as cdoc
from astra_desktop.services import session as vs
from astra_desktop.storage.vault_files import VaultFiles
from tests._backups import BACKUP_PASS
from tests._vaults import CHEAP_KDF
from tests.conftest import ADMIN, ADMIN_PASS

pytestmark = pytest.mark.skipif(os.name != "posix", reason="Windows relies on the profile's ACL")


@pytest.fixture(autouse=True)
def _umask_022() -> Iterator[None]:
    old = os.umask(0o022)
    yield
    os.umask(old)


def _open_to_others(*roots: Path) -> list[str]:
    found = []
    for root in roots:
        for path in [root, *root.rglob("*")]:
            mode = path.lstat().st_mode
            if stat.S_IMODE(mode) & 0o077:
                found.append(f"{path.relative_to(root.parent)} {oct(stat.S_IMODE(mode))}")
    return found


def test_everything_written_is_owner_only(tmp_path: Path) -> None:
    home = tmp_path / "data" / "ASTRA Desktop"  # made by the app, parents included
    folder = home / "vault"
    out = tmp_path / "usb"  # the worker's own folder: its files are checked, not the folder
    out.mkdir()
    sess, _ = vs.create_vault(folder, ADMIN, ADMIN_PASS, organisation="NGO", kdf_params=CHEAP_KDF)
    sess.close()
    with vs.unlock(folder, ADMIN, ADMIN_PASS) as sess:
        case = clients.register(sess, Client("Mode", "Check"))
        code = clients.get_case(sess, case.id).case_code
        data = b"%PDF-1.4 scan of a passport"
        info = documents.import_stream(sess, case.id, "scan.pdf", io.BytesIO(data).read, len(data))
        documents.export_copy(sess, info.id, out / "scan.pdf")
        pdf = cdoc.build(sess, "chronology", case.id)
        cdoc.export(sess, case.id, "chronology", "sr-Latn", False, pdf, out / "chronology.pdf")
        monitoring.export_csv(sess, out / "monitoring.csv")
        hotline_stats.export_csv(sess, out / "hotline.csv")
        backups.create(sess, out, BACKUP_PASS)
        transfer.export_cases(sess, [code], out)
        assert (folder / "vault.db-wal").exists()  # open: SQLite's own files are there too
        assert _open_to_others(home) == []
    app_settings.save(home, app_settings.AppSettings(language="sr-Latn"))
    written = sorted(p.suffix for p in out.iterdir())
    assert written == [".astrabackup", ".astratransfer", ".csv", ".csv", ".pdf", ".pdf"], written
    assert _open_to_others(home) == []
    assert [f for f in _open_to_others(out) if f != "usb 0o755"] == []
    assert {p.name for p in folder.iterdir()} >= {"vault.db", "vault.keys", "vault.anchor",
                                                 "vault.lock"}  # fmt: skip


def test_unlock_tightens_files_an_older_version_left_open(tmp_path: Path) -> None:
    folder = tmp_path / "home" / "vault"
    sess, _ = vs.create_vault(folder, ADMIN, ADMIN_PASS, kdf_params=CHEAP_KDF)
    sess.close()
    files = VaultFiles(folder)
    folder.chmod(0o755)
    for path in folder.iterdir():
        path.chmod(0o644)
    with vs.unlock(folder, ADMIN, ADMIN_PASS):
        pass
    assert stat.S_IMODE(folder.stat().st_mode) == 0o700
    for path in (files.db, files.keys, files.anchor, files.lock):
        assert stat.S_IMODE(path.stat().st_mode) == 0o600, path.name
