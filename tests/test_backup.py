"""Backups end to end on real vaults: round trip to a clean home, the recovery key, replacing the
current vault (kept aside), listing, keeping the last N, the reminder, cancelling, and a vault that
stays usable while a backup is made."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from astra_desktop.core.enums import Role
from astra_desktop.core.models import Client, ContactNote
from astra_desktop.errors import (
    PermissionDenied,
    VaultBusy,
    VaultExists,
    WeakPassphrase,
    WrongPassphrase,
)
from astra_desktop.services import (
    backups,
    case_records,
    clients,
    integrity,
    restore,
    search,
    settings,
    users,
)
from astra_desktop.services import session as vs
from astra_desktop.services.clients import CaseQuery
from astra_desktop.storage import audit, freshness, keyslots
from astra_desktop.storage.vault_files import VaultFiles
from tests._backups import BACKUP_PASS, add_big_document, entries, tree_digest
from tests._records import FIELDS, fill_every_field
from tests.conftest import ADMIN, ADMIN_PASS, CASEWORKER, CASEWORKER_PASS


@pytest.fixture
def usb(tmp_path: Path) -> Path:
    folder = tmp_path / "usb"
    folder.mkdir()
    return folder


def _fill(session: vs.Session) -> str:
    texts = {f: f"text of {f} Đorđević Ђорђевић" for f in FIELDS}
    fill_every_field(session, texts)
    users.add_user(session, CASEWORKER, Role.CASEWORKER, CASEWORKER_PASS)
    return integrity.check(session).content_digest


def test_round_trip_to_a_clean_home(session: vs.Session, usb: Path, tmp_path: Path) -> None:
    digest = _fill(session)
    steps: list[int] = []
    info = backups.create(session, usb, BACKUP_PASS, lambda d, t: steps.append(d) or True)
    assert info.path.parent == usb and info.path.name.endswith(".astrabackup")
    assert steps[-1] == backups.TOTAL and steps == sorted(steps)
    assert entries(usb) == [info.path.name]  # no temp file left
    session.close()

    opened = restore.open_backup(info.path, BACKUP_PASS)
    preview = restore.preview(opened)
    assert preview.created_by_name == ADMIN and preview.counts["clients"] == 1
    assert preview.counts["documents"] == 1 and preview.created_at is not None
    home = tmp_path / "clean-home"
    staged = restore.stage_restore(opened, home, account=(ADMIN, ADMIN_PASS))
    assert not (home / "vault").exists()  # nothing in place before it is moved
    folder, aside = restore.finish_restore(staged)
    assert folder == home / "vault" and aside is None
    assert entries(home) == ["vault"]
    assert (folder / "vault.anchor").exists()
    for name, passphrase in ((ADMIN, ADMIN_PASS), (CASEWORKER, CASEWORKER_PASS)):
        with vs.unlock(folder, name, passphrase) as sess:
            report = integrity.check(sess)
            assert report.sound, report.problems
            assert report.content_digest == digest
    with vs.unlock(folder, ADMIN, ADMIN_PASS) as sess:  # the schema's triggers came along
        assert [h.client_name for h in search.search(sess, "djordjevic")]
        new = clients.register(sess, Client("Nada", "Novaković"))
        assert [h.case_id for h in search.search(sess, "novakovic")] == [new.id]
        assert clients.case_ids(sess, CaseQuery(text="nada")) == [new.id]
        assert integrity.check(sess).sound


def test_restored_pages_share_no_key_with_the_backup_or_the_old_vault(
    session: vs.Session, usb: Path, tmp_path: Path
) -> None:
    info = backups.create(session, usb, BACKUP_PASS)
    old_salt = session.keyfile.db_salt
    session.close()
    opened = restore.open_backup(info.path, BACKUP_PASS)
    inner_key = backups.inner_key(opened.content_key)
    folder, _ = restore.finish_restore(
        restore.stage_restore(opened, tmp_path / "h", account=(ADMIN, ADMIN_PASS))
    )
    restored = keyslots.KeyFile.load(folder / "vault.keys")
    assert restored.db_salt != old_salt  # no page of the old vault.db authenticates in it
    with vs.unlock(folder, ADMIN, ADMIN_PASS) as sess:
        assert sess.data_key != inner_key  # the copy inside the backup had its own key


def test_recovery_key_opens_and_replaces_keeping_the_old_vault(
    session: vs.Session, vault_folder: Path, recovery_key: str, usb: Path
) -> None:
    case = clients.register(session, Client("Before", "Backup"))
    info = backups.create(session, usb, BACKUP_PASS)
    digest = integrity.check(session).content_digest
    case_records.add_note(
        session, ContactNote(case.id, datetime.now() - timedelta(hours=1), "after")
    )
    session.close()
    before = tree_digest(vault_folder)

    with pytest.raises(WrongPassphrase, match="recovery key"):
        restore.open_backup(info.path, "AAAA-BBBB-CCCC-DDDD-EEEE-FFFF-GGGG-HHHH", recovery=True)
    opened = restore.open_backup(info.path, recovery_key.lower(), recovery=True)
    home = vault_folder.parent
    with pytest.raises(VaultExists, match="already a vault"):
        restore.stage_restore(opened, home)
    staged = restore.stage_restore(opened, home, replace=True)
    assert tree_digest(vault_folder) == before  # untouched until the restored one checked out
    folder, aside = restore.finish_restore(staged, replace=True)
    assert aside is not None and aside.name.startswith("vault.before-restore-")
    assert tree_digest(aside) == before  # kept aside as it was, still encrypted
    assert sorted(p.name for p in home.iterdir()) == sorted(["vault", aside.name])
    with vs.unlock(folder, ADMIN, ADMIN_PASS) as sess:
        assert integrity.check(sess).content_digest == digest
        assert sess.db.execute("SELECT count(*) FROM contact_notes").fetchone()[0] == 0
    with vs.unlock(aside, ADMIN, ADMIN_PASS) as sess:  # the old vault still opens
        assert sess.db.execute("SELECT count(*) FROM contact_notes").fetchone()[0] == 1


def test_restore_asks_for_an_account_of_the_backup(
    session: vs.Session, usb: Path, tmp_path: Path
) -> None:
    info = backups.create(session, usb, BACKUP_PASS)
    session.close()
    opened = restore.open_backup(info.path, BACKUP_PASS)
    with pytest.raises(WrongPassphrase, match="not right"):
        restore.stage_restore(opened, tmp_path / "h", account=(ADMIN, "not the passphrase"))
    assert entries(tmp_path / "h") == []  # the staging folder is gone too
    restore.stage_restore(opened, tmp_path / "h", account=("", ADMIN_PASS))  # the only admin


def test_verify_reads_everything(session: vs.Session, usb: Path) -> None:
    add_big_document(session)
    info = backups.create(session, usb, BACKUP_PASS)
    result = restore.verify(restore.open_backup(info.path, BACKUP_PASS))
    assert result.snapshot.content_digest == integrity.check(session).content_digest
    assert result.users == [ADMIN]
    assert entries(usb) == [info.path.name]


def test_weak_backup_passphrase_is_refused(session: vs.Session, usb: Path) -> None:
    with pytest.raises(WeakPassphrase):
        backups.create(session, usb, "password1")
    assert entries(usb) == []


def test_only_administrators_make_backups(
    session: vs.Session, vault_folder: Path, usb: Path
) -> None:
    users.add_user(session, CASEWORKER, Role.CASEWORKER, CASEWORKER_PASS)
    session.close()
    with (
        vs.unlock(vault_folder, CASEWORKER, CASEWORKER_PASS) as sess,
        pytest.raises(PermissionDenied, match="does not allow"),
    ):
        backups.create(sess, usb, BACKUP_PASS)
    assert entries(usb) == []


def test_cancel_leaves_nothing(session: vs.Session, usb: Path) -> None:
    add_big_document(session)
    for stop_at in (1, 460, 810):  # each step ends by asking whether to go on
        with pytest.raises(backups.Cancelled, match="cancelled"):
            backups.create(session, usb, BACKUP_PASS, lambda d, t, s=stop_at: d < s)
        assert entries(usb) == []
    assert integrity.check(session).sound


def test_the_vault_stays_usable_and_the_backup_is_a_snapshot(
    session: vs.Session, usb: Path, tmp_path: Path
) -> None:
    add_big_document(session)
    case = clients.register(session, Client("Busy", "Worker"))
    digest = integrity.check(session).content_digest
    written: list[str] = []
    steps: list[int] = []

    def meanwhile(done: int, total: int) -> bool:
        steps.append(done)
        if 0 <= done < 450 and len(steps) > 1 and not written:  # inside the export's snapshot
            when = datetime.now() - timedelta(minutes=1)
            written.append(case_records.add_note(session, ContactNote(case.id, when, "x")).id)
        return True

    info = backups.create(session, usb, BACKUP_PASS, meanwhile)
    assert written, steps
    result = restore.verify(restore.open_backup(info.path, BACKUP_PASS))
    assert result.snapshot.content_digest == digest  # as it was when the backup started
    assert integrity.check(session).content_digest != digest  # the note was saved meanwhile


def test_list_keep_last_n_and_reminder(session: vs.Session, usb: Path) -> None:
    assert "No verified backup" in (backups.reminder(session) or "")
    settings.put(session, backups.KEEP, 2)
    made = [backups.create(session, usb / f"b{i}", BACKUP_PASS) for i in range(3)]
    listing = backups.list_backups(usb, session)
    assert [b.path for b in listing] == [made[2].path, made[1].path]  # newest first; oldest gone
    assert made[2].removed == [made[0].path]
    assert all(b.state == "verified" and b.created_by == session.actor.user_id for b in listing)
    (usb / "stray.astrabackup").write_bytes(b"not a backup at all")
    states = {b.path.name: b.state for b in backups.list_backups(usb, session)}
    assert states["stray.astrabackup"] == "damaged"
    assert backups.reminder(session) is None
    later = datetime.now(UTC) + timedelta(days=8)
    assert "8 days ago" in (backups.reminder(session, later) or "")
    settings.put(session, backups.REMIND_DAYS, 10)
    assert backups.reminder(session, later) is None


def test_backup_folder_is_remembered_inside_the_vault(session: vs.Session, usb: Path) -> None:
    assert backups.folder_setting(session) is None
    backups.set_folder_setting(session, usb)
    assert backups.folder_setting(session) == usb
    assert str(usb).encode() not in (VaultFiles(session.files.folder).db.read_bytes())


def test_restored_vault_anchor_is_fresh(session: vs.Session, usb: Path, tmp_path: Path) -> None:
    info = backups.create(session, usb, BACKUP_PASS)
    session.close()
    opened = restore.open_backup(info.path, BACKUP_PASS)
    folder, _ = restore.finish_restore(
        restore.stage_restore(opened, tmp_path / "h", account=(ADMIN, ADMIN_PASS))
    )
    with vs.unlock(folder, ADMIN, ADMIN_PASS) as sess:
        anchor = freshness.Anchor.load(folder / "vault.anchor", sess.data_key)
        assert anchor.vault_id == sess.vault_id
        kinds = [e.detail for e in audit.entries(sess.db) if e.entity == "backup"]
        assert kinds == ["restored"]


def test_replacing_an_open_vault_is_refused_before_any_work(
    session: vs.Session, vault_folder: Path, usb: Path, recovery_key: str
) -> None:
    info = backups.create(session, usb, BACKUP_PASS)
    opened = restore.open_backup(info.path, recovery_key, recovery=True)
    before = entries(vault_folder.parent)
    with pytest.raises(VaultBusy, match="already open"):
        restore.stage_restore(opened, vault_folder.parent, replace=True)
    assert entries(vault_folder.parent) == before
