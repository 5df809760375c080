"""The unlock window: user and passphrase (or the recovery key). Shows nothing about the vault's
contents — not even how many clients it holds — until it is unlocked.

It is the first window of every start, so it imports only what painting it needs: the task
runner (and with it the worker thread) is asked for when someone presses Unlock, and the `Qt`
namespace, whose enums Python builds on first use, when something needs it.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import QWidget

from astra_desktop.errors import AstraError, UnlockThrottled, WrongPassphrase
from astra_desktop.gui.forms.ui_unlock_window import Ui_UnlockWindow
from astra_desktop.gui.screen_fit import fit_to_screen
from astra_desktop.gui.secret_field import SecretField
from astra_desktop.services import vault_info

SLOW_UNLOCK_MS = 3000

if TYPE_CHECKING:
    from astra_desktop.gui.tasks import TaskRunner
    from astra_desktop.services.session import Session


class UnlockWindow(QWidget):
    unlocked = Signal(object)  # Session
    checking = Signal()  # an unlock started: the worker derives the key, this thread is free

    def __init__(
        self,
        folder: Path,
        runner: TaskRunner | Callable[[], TaskRunner],
        parent: QWidget | None = None,
    ) -> None:
        """`runner` may be a function that returns the runner, so that it is made only when
        the first unlock needs it."""
        super().__init__(parent)
        self.ui = Ui_UnlockWindow()
        self.ui.setupUi(self)
        self.secret = SecretField.attach(self.ui.secret, self.ui.capsHint)
        self.folder = folder
        self._runner = runner
        self._retry_at = 0.0
        self._wrong = False
        self._countdown = QTimer(self)
        self._countdown.setInterval(250)
        self._countdown.timeout.connect(self._tick)
        # A long unlock (the first start after an update upgrading the vault; the checks that
        # grow with the vault run after the window opens) says so, instead of "Checking…".
        self._slow = QTimer(self)
        self._slow.setSingleShot(True)
        self._slow.setInterval(SLOW_UNLOCK_MS)
        self._slow.timeout.connect(self._still_checking)
        self.ui.unlock.clicked.connect(self.try_unlock)
        self.ui.secret.returnPressed.connect(self.try_unlock)
        self.ui.forgot.clicked.connect(self.explain_recovery)
        self.ui.useRecovery.toggled.connect(self._recovery_mode)
        self.reload_users()
        fit_to_screen(self, self.width(), self.height())  # the size the .ui file gives

    def reload_users(self) -> None:
        self.ui.user.clear()
        try:
            found = vault_info.accounts(self.folder)
        except AstraError as exc:
            self.show_message(str(exc))
            return
        admins = found.admins
        for name in found.names:
            self.ui.user.addItem(name)
        if len(found.names) > 1:
            self.ui.user.setCurrentIndex(-1)
            self.ui.user.setEditText("")
        elif admins:
            self.ui.user.setCurrentText(admins[0])

    def reset(self, message: str = "") -> None:
        """As every lock shows it: passphrase mode, the field empty and masked."""
        self.ui.useRecovery.setChecked(False)  # the next person types a passphrase, not a key
        self.ui.secret.clear()
        self.secret.conceal()
        self.show_message(message)
        (self.ui.secret if self.ui.user.currentText() else self.ui.user).setFocus()

    def show_message(self, text: str) -> None:
        self.ui.message.setText(text)

    def _recovery_mode(self, on: bool) -> None:
        self.ui.user.setEnabled(not on)
        self.ui.secretLabel.setText(self.tr("Recovery &key") if on else self.tr("&Passphrase"))
        # The recovery key is copied from a printed sheet: shown while typed (the eye hides it).
        self.secret.set_revealed(on)
        self.ui.secret.setFocus()

    @property
    def runner(self) -> TaskRunner:
        from astra_desktop.gui.tasks import TaskRunner

        if not isinstance(self._runner, TaskRunner):
            self._runner = self._runner()
        return self._runner

    def explain_recovery(self) -> None:
        from astra_desktop.gui.dialogs import Messages

        Messages.inform(
            self,
            self.tr("Forgot your passphrase?"),
            self.tr(
                "Nobody can look up or reset a passphrase from outside the vault — not even the "
                "developers. Ask an administrator to set you a new one.\n\n"
                "If no administrator can sign in, use the recovery key: the emergency sheet "
                "printed when the vault was created. Tick “Use the recovery key instead”, type "
                "the key, and then set a new passphrase in Users & settings."
            ),
        )

    def try_unlock(self) -> None:
        if not self.ui.unlock.isEnabled():
            return
        secret = self.ui.secret.text()
        recovery = self.ui.useRecovery.isChecked()
        user = self.ui.user.currentText().strip()
        if not secret or (not recovery and not user):
            self.show_message(self.tr("Enter your user name and passphrase."))
            return
        from PySide6.QtCore import Qt  # not before the first paint: its ~90 enums take ~12 ms

        self.ui.unlock.setEnabled(False)
        self.setCursor(Qt.CursorShape.BusyCursor)
        self.show_message(self.tr("Checking…"))
        self._slow.start()
        from astra_desktop.services import session as vault_session  # after the first paint

        def job() -> Session:
            if recovery:
                opened = vault_session.unlock_with_recovery(self.folder, secret)
            else:
                opened = vault_session.unlock(self.folder, user, secret)
            # Unlocked on the worker; the window's thread reads first, with this connection
            # rather than one of its own (opening one parses the schema again: ~30 ms).
            opened.leave_connection()
            return opened

        self.runner.run(job, on_done=self._done, on_error=self._failed)
        self.checking.emit()

    def _still_checking(self) -> None:
        self.show_message(
            self.tr(
                "Still checking the vault. The first start after ASTRA Desktop was updated (the "
                "vault is then brought up to date) can take a minute or two. Please do not close "
                "the window."
            )
        )

    def _done(self, session: object) -> None:
        self._slow.stop()
        self.unsetCursor()
        self.ui.unlock.setEnabled(True)
        self.reset()
        self.unlocked.emit(session)

    def _failed(self, exc: BaseException) -> None:
        self._slow.stop()
        self.unsetCursor()
        self.ui.secret.clear()
        self.ui.secret.setFocus()
        if isinstance(exc, UnlockThrottled | WrongPassphrase) and exc.retry_after > 0:
            self._wrong = isinstance(exc, WrongPassphrase)
            self._retry_at = time.monotonic() + exc.retry_after
            self._countdown.start()
            self._tick()
            return
        self.ui.unlock.setEnabled(True)
        if isinstance(exc, WrongPassphrase):
            self.show_message(self._wrong_text())
        elif isinstance(exc, AstraError):
            self.show_message(str(exc))
        else:
            self.show_message(
                self.tr("The vault could not be opened: {0}").format(type(exc).__name__)
            )

    def _tick(self) -> None:
        left = self._retry_at - time.monotonic()
        if left <= 0:
            self._countdown.stop()
            self.ui.unlock.setEnabled(True)
            self.show_message(self.tr("You can try again now."))
            return
        self.ui.unlock.setEnabled(False)
        first = self._wrong_text() + "\n" if self._wrong else ""
        self.show_message(
            first
            + self.tr(
                "You can try again in {0} s (the wait doubles with every wrong passphrase)."
            ).format(int(left) + 1)
        )

    def _wrong_text(self) -> str:
        if self.ui.useRecovery.isChecked():
            return self.tr(
                "That recovery key is not right. Type it exactly as printed on the emergency sheet."
            )
        return self.tr(
            "The user name or passphrase is not right. Check Caps Lock and the keyboard "
            "language, then try again."
        )
