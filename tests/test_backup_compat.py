"""A backup made by an earlier release still verifies and restores.

`fixtures/backup-schema-17/fixture.astrabackup` was made by the release of schema 17 (commit
7ba5a9e) from `fixtures/vault-schema-17`, with the passphrase below. Later releases add tables
(claims, partners…); the record digest the backup carries was computed without them, so the
check must not count a table the copy does not have (it once did, and refused every older backup
as "changed").
"""

from __future__ import annotations

import shutil
from pathlib import Path

from astra_desktop.services import restore, search, session
from tests.fixtures.make_vault_fixture import ADMIN, PASSPHRASE

FIXTURE = Path(__file__).parent / "fixtures" / "backup-schema-17" / "fixture.astrabackup"
BACKUP_PASSPHRASE = "fixture backup passphrase, fictional only"


def _copy(tmp_path: Path) -> Path:
    path = tmp_path / FIXTURE.name
    shutil.copy2(FIXTURE, path)
    return path


def test_an_older_backup_verifies(tmp_path: Path) -> None:
    opened = restore.open_backup(_copy(tmp_path), BACKUP_PASSPHRASE)
    verified = restore.verify(opened)
    assert verified.snapshot.schema == 17


def test_an_older_backup_restores_and_is_brought_up_to_date(tmp_path: Path) -> None:
    opened = restore.open_backup(_copy(tmp_path), BACKUP_PASSPHRASE)
    home = tmp_path / "new-laptop"
    staged = restore.stage_restore(opened, home, account=(ADMIN, PASSPHRASE))
    folder, aside = restore.finish_restore(staged)
    assert aside is None
    with session.unlock(folder, ADMIN, PASSPHRASE) as sess:
        hits = search.search(sess, "Jelena")
    assert [h.client_name.split()[0] for h in hits] == ["Jelena"]
