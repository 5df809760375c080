"""Users & settings from the GUI: add a user with a role, reset, change one's own passphrase."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QDialog
from pytestqt.qtbot import QtBot

from astra_desktop.core.enums import Role
from astra_desktop.gui.app import AppController
from astra_desktop.gui.users_page import AddUserDialog, PassphraseDialog
from astra_desktop.services import session as vs
from astra_desktop.services import settings, users
from tests.conftest import ADMIN, ADMIN_PASS


def test_admin_adds_user_and_changes_own_passphrase(
    qtbot: QtBot, unlocked: AppController, vault_folder: Path
) -> None:
    assert unlocked.main is not None and unlocked.session is not None
    page = unlocked.main.users
    dialog = AddUserDialog(page)
    qtbot.addWidget(dialog)
    qtbot.keyClicks(dialog.username, "jovana")
    dialog.role.set_value(Role.LAWYER)
    qtbot.keyClicks(dialog.passphrase.edit, "quartz meadow lantern ribbon")
    dialog.setResult(QDialog.DialogCode.Accepted)
    assert page.add_user(dialog)
    assert page.table.rowCount() == 2 and "Added jovana" in page.message.text()

    page.table.selectRow(1 if page.table.item(1, 0).text() == "jovana" else 0)  # type: ignore[union-attr]
    page.role_box.set_value(Role.CASEWORKER)
    assert page.change_role()
    assert users.get_user(unlocked.session, "jovana").role is Role.CASEWORKER

    own = PassphraseDialog("Change", ADMIN, True, page)
    qtbot.addWidget(own)
    qtbot.keyClicks(own.current, "wrong current passphrase")
    qtbot.keyClicks(own.new.edit, "copper violin thunder meadow")
    qtbot.keyClicks(own.repeat, "copper violin thunder meadow")
    own._check()
    assert own.result() == QDialog.DialogCode.Accepted
    assert not page.change_my_passphrase(own)  # the current passphrase was wrong
    assert "not right" in page.message.text()
    own.current.clear()
    qtbot.keyClicks(own.current, ADMIN_PASS)
    assert page.change_my_passphrase(own)

    page.idle_minutes.setValue(10)
    page._idle_changed()
    assert settings.get(unlocked.session, settings.IDLE_LOCK_MINUTES) == 10
    unlocked.lock()
    vs.unlock(vault_folder, "jovana", "quartz meadow lantern ribbon").close()
    vs.unlock(vault_folder, ADMIN, "copper violin thunder meadow").close()


def test_viewer_sees_no_user_management(
    qtbot: QtBot, controller: AppController, vault_folder: Path
) -> None:
    with vs.unlock(vault_folder, ADMIN, ADMIN_PASS) as sess:
        users.add_user(sess, "vida", Role.VIEWER, "viewer with a long passphrase")
    from tests.gui.conftest import unlock

    unlock(qtbot, controller, "vida", "viewer with a long passphrase")
    page = controller.main.users  # type: ignore[union-attr]
    assert not page.add_button.isEnabled() or not page.add_button.parentWidget().isEnabled()  # type: ignore[union-attr]
    assert "Only an administrator" in page.message.text()


def test_remove_user_and_rotate_key_run_behind_a_progress_bar(
    qtbot: QtBot, unlocked: AppController, vault_folder: Path
) -> None:
    from astra_desktop.gui.dialogs import Messages
    from astra_desktop.storage.keyslots import fingerprint

    assert unlocked.main is not None and unlocked.session is not None
    session, page = unlocked.session, unlocked.main.users
    users.add_user(session, "vida", Role.VIEWER, "viewer with a long passphrase")
    page.reload()
    first = fingerprint(session.data_key)
    page.table.selectRow(1 if page.table.item(1, 0).text() == "vida" else 0)  # type: ignore[union-attr]
    Messages.answer_next(True)
    assert page.remove_user()
    qtbot.waitUntil(lambda: not page.runner.busy, timeout=20_000)
    assert "rotated" in page.message.text() and page.table.rowCount() == 1
    second = fingerprint(session.data_key)
    assert second != first
    Messages.answer_next(True)
    assert page.rotate_key()
    qtbot.waitUntil(lambda: not page.runner.busy, timeout=20_000)
    assert "rotated" in page.message.text()
    assert fingerprint(session.data_key) not in (first, second)
    unlocked.lock()
    vs.unlock(vault_folder, ADMIN, ADMIN_PASS).close()
