"""Schema upgrades: every released schema's fixture vault opens with today's code, and a pending
migration backs the vault up first and keeps the table sums consistent."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from astra_desktop.errors import AstraError
from astra_desktop.services import integrity, search
from astra_desktop.services import session as vs
from astra_desktop.storage import migrate
from tests.fixtures.make_vault_fixture import ADMIN, PASSPHRASE

FIXTURES = sorted((Path(__file__).parent / "fixtures").glob("vault-schema-*"))


def test_there_is_a_fixture_for_the_current_schema() -> None:
    names = {p.name for p in FIXTURES}
    assert f"vault-schema-{migrate.latest_version()}" in names


@pytest.mark.parametrize("fixture", FIXTURES, ids=lambda p: p.name)
def test_old_vault_opens_upgraded_and_sound(fixture: Path, tmp_path: Path) -> None:
    folder = tmp_path / "vault"
    shutil.copytree(fixture, folder)
    with vs.unlock(folder, ADMIN, PASSPHRASE) as sess:
        assert migrate.current_version(sess.db) == migrate.latest_version()
        assert [h.client_name for h in search.search(sess, "djordjevic")] == ["Jelena Đorđević"]
        report = integrity.check(sess)
        assert report.sound, report.problems
        assert report.counts["clients"] == 1 and report.counts["contact_notes"] == 1


def test_pending_migration_backs_up_first(
    session: vs.Session, vault_folder: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    session.close()
    current = migrate.available()
    extra = (
        current[-1][0] + 1,
        "ALTER TABLE clients ADD COLUMN nickname TEXT NOT NULL DEFAULT '';",
    )
    monkeypatch.setattr(migrate, "available", lambda: [*current, extra])
    with vs.unlock(vault_folder, "marija", "correct horse battery staple") as sess:
        assert migrate.current_version(sess.db) == extra[0]
        assert integrity.check(sess).sound
    backup = migrate.backup_path(vault_folder / "vault.db", current[-1][0])
    assert backup.exists() and backup.stat().st_size > 0


def test_failed_migration_changes_nothing(
    session: vs.Session, vault_folder: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    session.close()
    current = migrate.available()
    broken = (
        current[-1][0] + 1,
        "ALTER TABLE clients ADD COLUMN x TEXT; SELECT * FROM no_such_table;",
    )
    monkeypatch.setattr(migrate, "available", lambda: [*current, broken])
    with pytest.raises(AstraError, match="could not be upgraded"):
        vs.unlock(vault_folder, "marija", "correct horse battery staple")
    monkeypatch.setattr(migrate, "available", lambda: current)
    with vs.unlock(vault_folder, "marija", "correct horse battery staple") as sess:
        columns = {r[1] for r in sess.db.execute("PRAGMA table_info(clients)")}
        assert "x" not in columns
        assert integrity.check(sess).sound
