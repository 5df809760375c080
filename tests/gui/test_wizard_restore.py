"""First run on a new computer, restoring the vault from a backup, as a person does it: choose
"Restore from a backup", the file, its passphrase (or the recovery key), see what it holds, press
Restore; the unlock window appears and a colleague logs in with her own passphrase."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
import shiboken6
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QAbstractButton, QWizard
from pytestqt.qtbot import QtBot

from astra_desktop import app_settings
from astra_desktop.core.enums import Role
from astra_desktop.core.models import Client
from astra_desktop.gui import wizard as wizard_module
from astra_desktop.gui.app import AppController
from astra_desktop.services import backups, clients, integrity, users
from astra_desktop.services import session as vs
from astra_desktop.storage.vault_files import VaultFiles
from tests._backups import BACKUP_PASS
from tests.conftest import ADMIN, ADMIN_PASS, CASEWORKER, CASEWORKER_PASS
from tests.gui.conftest import close, shoot


@pytest.fixture
def backup_file(vault_folder: Path, tmp_path: Path) -> tuple[Path, str]:
    """A backup on the "USB stick" of an office vault with two users; and its content digest."""
    usb = tmp_path / "usb"
    usb.mkdir()
    with vs.unlock(vault_folder, ADMIN, ADMIN_PASS) as sess:
        users.add_user(sess, CASEWORKER, Role.CASEWORKER, CASEWORKER_PASS, all_cases=True)
        clients.register(sess, Client("Jelena", "Đorđević"))
        info = backups.create(sess, usb, BACKUP_PASS)
        digest = integrity.check(sess).content_digest
    return info.path, digest


@pytest.fixture
def new_laptop(qtbot: QtBot, tmp_path: Path) -> Iterator[AppController]:
    ctl = AppController(tmp_path / "new-laptop", idle_poll_ms=50)
    ctl.start()
    assert ctl.wizard is not None and ctl.unlock_window is None
    qtbot.addWidget(ctl.wizard)
    yield ctl
    unlock_window = ctl.wizard.unlock_window if ctl.wizard else None
    close(ctl)
    if unlock_window is not None and shiboken6.isValid(unlock_window):
        unlock_window.close()


def _click(qtbot: QtBot, button: QAbstractButton) -> None:
    """Where a person clicks: on the radio button or box itself, or a push button's middle."""
    pos = QPoint(8, button.height() // 2) if button.isCheckable() else button.rect().center()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton, pos=pos)


def _to_restore_page(qtbot: QtBot, ctl: AppController) -> wizard_module.RestorePage:
    wizard = ctl.wizard
    assert wizard is not None
    wizard.resize(1366, 768)
    wizard.show()
    _click(qtbot, wizard.organisation_page.restore_backup)
    assert wizard.organisation_page.restore_backup.isChecked()
    _click(qtbot, wizard.button(QWizard.WizardButton.NextButton))
    assert wizard.currentId() == wizard_module.RESTORE
    return wizard.restore_page


def _open(qtbot: QtBot, page: wizard_module.RestorePage, path: Path, secret: str) -> None:
    qtbot.keyClicks(page.file, str(path))
    qtbot.keyClicks(page.secret, secret)
    _click(qtbot, page.open_button)
    qtbot.waitUntil(lambda: not page._busy, timeout=20000)


def _restore(qtbot: QtBot, ctl: AppController) -> vs.Session:
    wizard = ctl.wizard
    assert wizard is not None
    finish = wizard.button(QWizard.WizardButton.FinishButton)
    assert finish.isEnabled()
    _click(qtbot, finish)
    qtbot.waitUntil(
        lambda: wizard.unlock_window is not None and wizard.unlock_window.isVisible(),
        timeout=60000,
    )
    assert not wizard.isVisible()
    window = wizard.unlock_window
    assert window is not None
    assert "restored" in window.ui.message.text()
    return window  # type: ignore[return-value]


def test_restore_with_the_backup_passphrase_then_log_in_as_yourself(
    qtbot: QtBot, new_laptop: AppController, backup_file: tuple[Path, str]
) -> None:
    path, digest = backup_file
    ctl = new_laptop
    page = _to_restore_page(qtbot, ctl)
    assert not ctl.wizard.button(QWizard.WizardButton.FinishButton).isEnabled()  # type: ignore[union-attr]
    _open(qtbot, page, path, BACKUP_PASS)
    text = page.preview.text()
    assert f"by {ADMIN}" in text and "Test NGO" in text and "Clients: 1" in text, text
    # Restoring with the backup's passphrase needs an account of the backed-up vault as well.
    assert page.username.isVisible() and page.username.text() == ADMIN
    assert not page.isComplete()
    qtbot.keyClicks(page.account_secret, "not her passphrase")
    assert page.isComplete()
    _click(qtbot, ctl.wizard.button(QWizard.WizardButton.FinishButton))  # type: ignore[union-attr]
    qtbot.waitUntil(lambda: not page._busy, timeout=30000)
    assert "passphrase is not right" in page.status.text(), page.status.text()
    assert not VaultFiles(ctl.folder).keys.exists() and ctl.wizard.isVisible()  # type: ignore[union-attr]
    assert not list(ctl.home.glob(".vault.restoring-*"))  # nothing half restored is left
    page.account_secret.clear()
    qtbot.keyClicks(page.account_secret, ADMIN_PASS)
    assert page.isComplete()
    shoot(ctl.wizard, "wizard-restore-preview")
    window = _restore(qtbot, ctl)
    assert VaultFiles(ctl.folder).keys.exists()
    shoot(window, "wizard-restore-unlock")

    # A colleague logs in with her own passphrase; the records are those of the backup.
    window.ui.user.setCurrentText(CASEWORKER)  # type: ignore[attr-defined]
    window.ui.secret.setText(CASEWORKER_PASS)  # type: ignore[attr-defined]
    with qtbot.waitSignal(ctl.unlocked, timeout=20000):
        qtbot.keyClick(window.ui.secret, "\r")  # type: ignore[attr-defined]
    assert ctl.main is not None and ctl.session is not None
    assert ctl.session.actor.username == CASEWORKER
    report = integrity.check(ctl.session)
    assert report.sound and report.content_digest == digest
    assert not window.isVisible()  # type: ignore[attr-defined]
    assert app_settings.load(ctl.home).language


def test_restore_with_the_recovery_key(
    qtbot: QtBot, new_laptop: AppController, backup_file: tuple[Path, str], recovery_key: str
) -> None:
    path, digest = backup_file
    ctl = new_laptop
    page = _to_restore_page(qtbot, ctl)
    _click(qtbot, page.recovery)
    _open(qtbot, page, path, recovery_key.lower())
    assert page.opened is not None and "Clients: 1" in page.preview.text()
    assert not page.username.isVisible()  # the recovery key is enough
    window = _restore(qtbot, ctl)
    window.ui.user.setCurrentText(ADMIN)  # type: ignore[attr-defined]
    window.ui.secret.setText(ADMIN_PASS)  # type: ignore[attr-defined]
    with qtbot.waitSignal(ctl.unlocked, timeout=20000):
        qtbot.keyClick(window.ui.secret, "\r")  # type: ignore[attr-defined]
    assert ctl.session is not None
    assert integrity.check(ctl.session).content_digest == digest


def test_a_wrong_passphrase_restores_nothing(
    qtbot: QtBot, new_laptop: AppController, backup_file: tuple[Path, str], tmp_path: Path
) -> None:
    path, _digest = backup_file
    ctl = new_laptop
    page = _to_restore_page(qtbot, ctl)
    _open(qtbot, page, path, "not the right passphrase at all")
    assert page.opened is None and page.preview.text() == ""
    assert "passphrase" in page.status.text().lower(), page.status.text()
    assert not ctl.wizard.button(QWizard.WizardButton.FinishButton).isEnabled()  # type: ignore[union-attr]
    not_a_backup = tmp_path / "notes.astrabackup"
    not_a_backup.write_bytes(b"just some text, not a backup")
    page.file.clear()
    page.secret.clear()
    _open(qtbot, page, not_a_backup, BACKUP_PASS)
    assert page.opened is None and "not an ASTRA backup" in page.status.text()
    assert not VaultFiles(ctl.folder).keys.exists()
    assert ctl.wizard.isVisible()  # type: ignore[union-attr]
