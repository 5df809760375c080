"""The Backups page as a person uses it: choose a folder, make a backup (progress, on a worker),
see it listed (date, size, who, verified), restore it into another folder; the side-by-side
dialog of records changed on both laptops."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest
from PySide6.QtWidgets import QDialog, QDialogButtonBox
from pytestqt.qtbot import QtBot

from astra_desktop.core.models import Client
from astra_desktop.gui.app import AppController
from astra_desktop.gui.backups_page import BackupsPage
from astra_desktop.gui.dialogs import Messages
from astra_desktop.gui.transfer_dialogs import ConflictsDialog, RestoreDialog, SecretDialog
from astra_desktop.gui.users_page import PassphraseDialog
from astra_desktop.services import backups, clients, integrity, restore, transfer
from astra_desktop.services import session as vs
from tests._backups import BACKUP_PASS
from tests.conftest import ADMIN, ADMIN_PASS
from tests.gui.conftest import shoot, unlock


def _page(ctl: AppController) -> BackupsPage:
    assert ctl.main is not None
    page = ctl.main.backups  # built when first asked for (or shown)
    assert isinstance(page, BackupsPage)
    ctl.main.nav.setCurrentRow(ctl.main.stack.indexOf(page))
    return page


def _wait(qtbot: QtBot, page: BackupsPage, task: object) -> None:
    """The task done, its progress window gone, and the list read again (off the GUI thread)."""
    assert task is not None
    qtbot.waitUntil(lambda: task.finished.is_set() and page.progress is None, timeout=30000)  # type: ignore[attr-defined]
    qtbot.waitUntil(lambda: not page.loading, timeout=30000)


def test_make_list_and_restore_a_backup(
    qtbot: QtBot, unlocked: AppController, tmp_path: Path
) -> None:
    page = _page(unlocked)
    assert "No verified backup" in page.reminder.text()
    usb = tmp_path / "usb"
    usb.mkdir()
    page.choose_folder(usb)
    dialog = PassphraseDialog("Backup", ADMIN, False, page)
    qtbot.addWidget(dialog)
    qtbot.keyClicks(dialog.new.edit, BACKUP_PASS)
    qtbot.keyClicks(dialog.repeat, BACKUP_PASS)
    dialog._check()
    assert dialog.result() == QDialog.DialogCode.Accepted
    _wait(qtbot, page, page.make_backup(dialog))
    assert "written and verified" in page.message.text()
    assert page.table.rowCount() == 1
    cells = [page.table.item(0, c).text() for c in range(4)]  # type: ignore[union-attr]
    assert cells[2] == ADMIN and cells[3] == "yes" and cells[1].endswith(("KB", "MB"))
    assert page.reminder.text() == ""
    assert len(list(usb.iterdir())) == 1
    shoot(unlocked.main, "backups-page")

    page.table.selectRow(0)
    secret = SecretDialog("Open", "", True, page)
    qtbot.addWidget(secret)
    secret.secret.setText(BACKUP_PASS)
    secret.setResult(QDialog.DialogCode.Accepted)
    _wait(qtbot, page, page.verify_selected(secret))
    qtbot.waitUntil(lambda: "is sound" in page.message.text(), timeout=30000)

    opened = restore.open_backup(page.listed[0].path, BACKUP_PASS)
    choice = RestoreDialog(restore.preview(opened), True, page)
    qtbot.addWidget(choice)
    shoot(choice, "backups-restore-preview")
    choice.elsewhere.setChecked(True)
    choice.setResult(QDialog.DialogCode.Accepted)
    into = tmp_path / "elsewhere"
    _wait(qtbot, page, page.restore_selected(secret, choice, into))
    qtbot.waitUntil(lambda: "Restored into" in page.message.text(), timeout=30000)
    assert unlocked.session is not None
    digest = integrity.check(unlocked.session).content_digest
    with vs.unlock(into / "vault", ADMIN, ADMIN_PASS) as sess:
        assert integrity.check(sess).content_digest == digest


def test_conflicts_dialog_needs_a_choice_for_every_record(qtbot: QtBot) -> None:
    conflicts = [
        transfer.Conflict("clients:1", "clients", "1", "AST-2026-0001", "client",
                          [("contact", "063 111", "064 222"), ("guardian", "", "Mother")]),
        transfer.Conflict("contact_notes:2", "contact_notes", "2", "AST-2026-0001",
                          "contact note", [("body", "Called.", "Called twice.")]),
    ]  # fmt: skip
    dialog = ConflictsDialog(conflicts)
    qtbot.addWidget(dialog)
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    assert not ok.isEnabled()
    dialog.choose("clients:1", transfer.THEIRS)
    assert not ok.isEnabled()
    dialog.choose("contact_notes:2", transfer.MINE)
    assert ok.isEnabled()
    assert dialog.choices() == {"clients:1": transfer.THEIRS, "contact_notes:2": transfer.MINE}
    shoot(dialog, "transfer-conflicts")


def test_replace_this_vault_locks_and_keeps_the_old_one(
    qtbot: QtBot, unlocked: AppController, vault_folder: Path, tmp_path: Path
) -> None:
    session = unlocked.session
    assert session is not None
    usb = tmp_path / "usb"
    usb.mkdir()
    backups.create(session, usb, BACKUP_PASS)
    digest = integrity.check(session).content_digest
    clients.register(session, Client("After", "Backup"))
    page = _page(unlocked)
    page.choose_folder(usb)
    qtbot.waitUntil(lambda: not page.loading, timeout=30000)
    page.table.selectRow(0)
    secret = SecretDialog("Open", "", True)  # not the page's: it goes with the window
    qtbot.addWidget(secret)
    secret.secret.setText(BACKUP_PASS)
    secret.setResult(QDialog.DialogCode.Accepted)
    opened = restore.open_backup(page.listed[0].path, BACKUP_PASS)
    choice = RestoreDialog(restore.preview(opened), True)
    qtbot.addWidget(choice)
    assert choice.replace.isChecked()
    choice.setResult(QDialog.DialogCode.Accepted)
    Messages.answer_next(True, True)  # "Replace now?" yes; then the "Restored" notice
    with qtbot.waitSignal(unlocked.locked, timeout=60000):
        page.restore_selected(secret, choice)
    assert unlocked.session is None and unlocked.unlock_window is not None
    assert any("was restored from the backup" in text for _kind, text in Messages.shown)
    kept = list(vault_folder.parent.glob("vault.before-restore-*"))
    assert len(kept) == 1
    unlock(qtbot, unlocked)
    assert unlocked.session is not None
    assert integrity.check(unlocked.session).content_digest == digest


def test_a_slow_folder_is_read_off_the_gui_thread_and_says_so(
    qtbot: QtBot, unlocked: AppController, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A USB stick can take seconds: the page stays responsive, greys the list and says it is
    reading; an answer overtaken by a newer one is dropped."""
    session = unlocked.session
    assert session is not None
    usb, empty = tmp_path / "usb", tmp_path / "empty"
    usb.mkdir()
    empty.mkdir()
    backups.create(session, usb, BACKUP_PASS)
    page = _page(unlocked)
    qtbot.waitUntil(lambda: not page.loading, timeout=30000)
    release, threads = threading.Event(), []
    real = backups.list_backups

    def slow(folder: Path, sess: object = None) -> list[backups.Listing]:
        threads.append(threading.current_thread())
        release.wait(30)
        return real(folder, sess)  # type: ignore[arg-type]

    monkeypatch.setattr(backups, "list_backups", slow)
    shown: list[int] = []
    page.list_loaded.connect(lambda: shown.append(page.table.rowCount()))
    page.choose_folder(usb)
    page.choose_folder(empty)  # chosen again before the first answer came
    assert page.loading
    qtbot.waitUntil(lambda: page.ui.busy.isVisibleTo(page), timeout=5000)
    assert not page.table.isEnabled() and "Reading the backups" in page.ui.busy.text()
    release.set()
    qtbot.waitUntil(lambda: not page.loading, timeout=30000)
    assert shown == [0] and page.listed == [] and page.table.isEnabled()
    assert not page.ui.busy.isVisibleTo(page)
    assert threads and threading.main_thread() not in threads
