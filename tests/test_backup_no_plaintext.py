"""No marker string typed into the vault appears in any file written while making, verifying and
restoring a backup and handing a case to another vault, nor in any log output: in the backup
folder, the restored vault, the bundle, the receiving vault, the temp folder."""

from __future__ import annotations

import logging
import tempfile
from pathlib import Path

import pytest

from astra_desktop.core.enums import Role
from astra_desktop.services import backups, clients, restore, transfer, users
from astra_desktop.services import session as vs
from tests._backups import BACKUP_PASS
from tests._records import fill_every_field, read_every_field
from tests._vaults import CHEAP_KDF
from tests.conftest import ADMIN, ADMIN_PASS, CASEWORKER, CASEWORKER_PASS
from tests.test_no_plaintext import assert_plain_sqlite_cannot_read, field_texts, leaks


def test_markers_never_reach_disk_in_backup_restore_or_transfer(
    vault_folder: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    caplog: pytest.LogCaptureFixture,
    capfd: pytest.CaptureFixture[str],
) -> None:
    tmpdir = tmp_path / "tmp"
    tmpdir.mkdir()
    for var in ("TMPDIR", "TEMP", "TMP", "SQLITE_TMPDIR"):
        monkeypatch.setenv(var, str(tmpdir))
    monkeypatch.setattr(tempfile, "tempdir", str(tmpdir))
    caplog.set_level(logging.DEBUG)
    texts = field_texts()
    usb = tmp_path / "usb"
    usb.mkdir()

    with vs.unlock(vault_folder, ADMIN, ADMIN_PASS) as sess:
        ids = fill_every_field(sess, texts)
        users.add_user(sess, CASEWORKER, Role.CASEWORKER, CASEWORKER_PASS)
        info = backups.create(sess, usb, BACKUP_PASS)
        code = clients.get_case(sess, ids["case"]).case_code
        bundle = transfer.export_cases(sess, [code], usb / "handover.astratransfer")

    opened = restore.open_backup(info.path, BACKUP_PASS)
    restore.verify(opened)
    restored, _ = restore.finish_restore(
        restore.stage_restore(opened, tmp_path / "restored-home", account=(ADMIN, ADMIN_PASS))
    )
    with vs.unlock(restored, CASEWORKER, CASEWORKER_PASS) as sess:
        pass
    with vs.unlock(restored, ADMIN, ADMIN_PASS) as sess:
        assert read_every_field(sess, ids) == texts  # really there, so the search below means it

    other, _ = vs.create_vault(tmp_path / "other" / "vault", "jovan", ADMIN_PASS,
                               kdf_params=CHEAP_KDF)  # fmt: skip
    with other:
        plan = transfer.plan_import(other, transfer.open_bundle(bundle.path, bundle.passphrase))
        transfer.apply_import(other, plan)
        assert read_every_field(other, ids)["note.body"] == texts["note.body"]

    out, err = capfd.readouterr()
    logs = {"log records": caplog.text.encode(), "stdout": out.encode(), "stderr": err.encode()}
    assert leaks(tmp_path, texts, logs) == []
    for db in (restored / "vault.db", tmp_path / "other" / "vault" / "vault.db"):
        assert_plain_sqlite_cannot_read(db)
    for sealed in (info.path, bundle.path):
        assert not sealed.read_bytes()[:4096].startswith(b"SQLite format 3")
