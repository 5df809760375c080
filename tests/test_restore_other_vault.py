"""Replacing a vault with a backup of a different vault is refused unless asked for explicitly
(`--other-vault` in the CLI), and the refusal names both vaults."""

from __future__ import annotations

import io
from pathlib import Path

import pytest

from astra_desktop import cli
from astra_desktop.services import backups, restore
from astra_desktop.services import session as vs
from tests._backups import BACKUP_PASS
from tests._vaults import CHEAP_KDF, snapshot
from tests.conftest import ADMIN, ADMIN_PASS


def run(
    capsys: pytest.CaptureFixture[str], *args: str, lines: tuple[str, ...]
) -> tuple[int, str, str]:
    code = cli.main(list(args), stdin=io.StringIO("".join(f"{ln}\n" for ln in lines)))
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def two_vaults(vault_folder: Path, tmp_path: Path) -> tuple[Path, Path, str, str]:
    """A backup of the test vault ("Test NGO"), and another vault ("Druga NVO") in another home."""
    usb = tmp_path / "usb"
    usb.mkdir()
    with vs.unlock(vault_folder, ADMIN, ADMIN_PASS) as sess:
        backup = backups.create(sess, usb, BACKUP_PASS).path
        backup_vault = sess.vault_id
    other_home = tmp_path / "other"
    sess, _ = vs.create_vault(other_home / "vault", ADMIN, ADMIN_PASS, organisation="Druga NVO",
                              kdf_params=CHEAP_KDF)  # fmt: skip
    other_vault = sess.vault_id
    sess.close()
    return backup, other_home, backup_vault, other_vault


def test_cli_refuses_another_vault_without_the_flag(
    two_vaults: tuple[Path, Path, str, str], capsys: pytest.CaptureFixture[str]
) -> None:
    backup, home, backup_vault, other_vault = two_vaults
    before = snapshot(home / "vault")
    code, _, err = run(capsys, "backup", "restore", str(backup), "--into", str(home), "--replace",
                       lines=(BACKUP_PASS, ADMIN_PASS))  # fmt: skip
    assert code != 0 and len(err.splitlines()) == 1, err
    assert "another vault" in err and "--other-vault" in err and "Nothing was replaced" in err
    assert other_vault[:8] in err and backup_vault[:8] in err and "Test NGO" in err
    assert snapshot(home / "vault") == before
    assert not list(home.glob("vault.before-restore-*"))

    code, out, err = run(capsys, "backup", "restore", str(backup), "--into", str(home), "--replace",
                         "--other-vault", lines=(BACKUP_PASS, ADMIN_PASS))  # fmt: skip
    assert code == 0, err
    assert other_vault[:8] in out and backup_vault[:8] in out and "kept, still encrypted" in out
    assert len(list(home.glob("vault.before-restore-*"))) == 1
    with vs.unlock(home / "vault", ADMIN, ADMIN_PASS) as sess:
        assert sess.vault_id == backup_vault


def test_service_refuses_another_vault_unless_told(two_vaults: tuple[Path, Path, str, str]) -> None:
    backup, home, _, other_vault = two_vaults
    opened = restore.open_backup(backup, BACKUP_PASS)
    with pytest.raises(restore.OtherVault) as caught:
        restore.stage_restore(opened, home, account=(ADMIN, ADMIN_PASS), replace=True)
    assert other_vault[:8] in caught.value.current and "Test NGO" in caught.value.backup
    assert not list(home.glob(".vault.restoring-*"))
    staged = restore.stage_restore(opened, home, account=(ADMIN, ADMIN_PASS), replace=True,
                                   other=True)  # fmt: skip
    restore.discard(staged)
