"""Users & settings: administrators manage accounts and roles; everyone changes their own passphrase.
The Office (team sync) is a second tab, added by the main window.

The page and its two dialogs are laid out in ui/users_page.ui, ui/passphrase_dialog.ui and
ui/add_user_dialog.ui; here they are filled and bound."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QDialog, QProgressDialog, QTableWidgetItem, QWidget

from astra_desktop import app_settings
from astra_desktop.core.enums import Role
from astra_desktop.core.roles import Permission, allowed
from astra_desktop.errors import AstraError
from astra_desktop.gui import labels
from astra_desktop.gui.dialogs import Messages
from astra_desktop.gui.forms.ui_add_user_dialog import Ui_AddUserDialog
from astra_desktop.gui.forms.ui_passphrase_dialog import Ui_PassphraseDialog
from astra_desktop.gui.forms.ui_users_page import Ui_UsersPage
from astra_desktop.gui.guarded_dialog import GuardedDialog
from astra_desktop.gui.screen_fit import fit_to_screen
from astra_desktop.gui.secret_field import SecretField
from astra_desktop.gui.tasks import Task, TaskRunner
from astra_desktop.services import rekey, settings, users
from astra_desktop.services.session import Session


class PassphraseDialog(QDialog):
    """New passphrase (with meter), typed twice; the current one too when changing one's own."""

    def __init__(self, title: str, username: str, ask_current: bool, parent: QWidget | None = None):
        super().__init__(parent)
        self.ui = Ui_PassphraseDialog()
        self.ui.setupUi(self)
        self.setWindowTitle(title)
        self.current, self.new, self.repeat = self.ui.current, self.ui.new, self.ui.repeat
        self.error, self.buttons = self.ui.error, self.ui.buttons
        SecretField.attach(self.current)  # masked, with show/hide and a Caps Lock warning
        SecretField.attach(self.repeat)
        self.new.user_inputs = (username,)
        self.ui.form.setRowVisible(self.current, ask_current)
        self.buttons.accepted.connect(self._check)
        self.buttons.rejected.connect(self.reject)
        fit_to_screen(self)

    def _check(self) -> None:
        if self.new.text() != self.repeat.text():
            self.error.setText(self.tr("The two new passphrases differ."))
        elif not self.new.acceptable:
            self.error.setText(self.tr("Choose a stronger passphrase: several unrelated words."))
        else:
            self.accept()


class AddUserDialog(GuardedDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_AddUserDialog()
        self.ui.setupUi(self)
        self.username, self.role, self.all_cases = self.ui.username, self.ui.role, self.ui.all_cases
        self.passphrase, self.error = self.ui.passphrase, self.ui.error
        self.role.set_enum(Role, labels.roles())
        self.role.set_value(Role.CASEWORKER)
        self.username.textChanged.connect(lambda t: setattr(self.passphrase, "user_inputs", (t,)))
        self.ui.buttons.accepted.connect(self.accept)
        self.ui.buttons.rejected.connect(self.reject)
        fit_to_screen(self)


class UsersPage(QWidget):
    language_chosen = Signal(str)  # app_settings language code, once saved

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        # Key rotation re-encrypts the whole vault: off the GUI thread.
        self.runner = TaskRunner(self)
        self.progress: QProgressDialog | None = None
        self.ui = ui = Ui_UsersPage()
        ui.setupUi(self)
        self.change_own, self.table, self.message = ui.change_own, ui.table, ui.message
        self.add_button, self.remove_button = ui.add_button, ui.remove_button
        self.reset_button, self.rotate_button = ui.reset_button, ui.rotate_button
        self.role_box, self.role_all, self.role_button = ui.role_box, ui.role_all, ui.role_button
        self.idle_minutes, self.profiles_button = ui.idle_minutes, ui.profiles_button
        self.language = ui.language

        role_name = labels.roles().get(session.actor.role.value, "")
        ui.signedIn.setText(
            self.tr("Signed in as {0} ({1}).").format(session.actor.username, role_name)
        )
        self.change_own.clicked.connect(self.change_my_passphrase)
        self.change_own.setEnabled(session.actor.user_id != "recovery-key")
        self._fill_languages()
        self.role_box.set_enum(Role, labels.roles())
        self.role_button.clicked.connect(self.change_role)
        self.add_button.clicked.connect(self.add_user)
        self.remove_button.clicked.connect(self.remove_user)
        self.reset_button.clicked.connect(self.reset_passphrase)
        self.rotate_button.clicked.connect(self.rotate_key)
        limits = settings.IDLE_LOCK_MINUTES
        self.idle_minutes.setRange(limits.minimum, limits.maximum)
        self.idle_minutes.setValue(settings.get(session, limits))
        self.idle_minutes.editingFinished.connect(self._idle_changed)
        self.profiles_button.clicked.connect(lambda: self.edit_profiles())

        is_admin = allowed(session.actor.role, Permission.MANAGE_USERS)
        for widget in (ui.adminBox, ui.settingsBox):
            widget.setEnabled(is_admin)
        if not is_admin:
            self.message.setText(self.tr("Only an administrator can manage users and settings."))
        self.reload()

    def add_tab(self, page: QWidget, title: str) -> None:
        """A tab beside the users and settings (the Office, gui/office/page.py)."""
        self.ui.tabs.addTab(page, title)

    def show_tab(self, page: QWidget) -> None:
        self.ui.tabs.setCurrentWidget(page)

    def edit_profiles(self) -> QDialog:
        from astra_desktop.gui.profiles_dialog import ProfilesDialog

        dialog = ProfilesDialog(self.session, self, runner=self.runner)
        dialog.open()
        return dialog

    def _fill_languages(self) -> None:
        """The interface language of this computer (kept outside the vault, for every user)."""
        from astra_desktop.gui.wizard import LANGUAGES

        for code, name in LANGUAGES:
            self.language.addItem(name, code)
        current = app_settings.load(self._home()).language
        self.language.setCurrentIndex(max(0, self.language.findData(current)))
        self.language.currentIndexChanged.connect(self._language_changed)

    def _home(self) -> Path:
        return self.session.files.folder.parent

    def _language_changed(self) -> None:
        code = str(self.language.currentData())
        app_settings.save(self._home(), app_settings.AppSettings(language=code))
        self.message.setText(
            self.tr("The language is saved. It applies the next time ASTRA Desktop starts.")
        )
        self.language_chosen.emit(code)  # the app switches at once (AppController.change_language)

    def reload(self) -> None:
        if not allowed(self.session.actor.role, Permission.MANAGE_USERS):
            return
        people = users.list_users(self.session)
        self.table.setRowCount(len(people))
        roles = labels.roles()
        for row, user in enumerate(people):
            everything = user.all_cases or user.role is Role.ADMIN
            access = self.tr("All cases") if everything else self.tr("Assigned cases")
            for col, text in enumerate([user.username, roles.get(user.role.value, ""), access]):
                self.table.setItem(row, col, QTableWidgetItem(text))

    def _selected_name(self) -> str | None:
        rows = self.table.selectionModel().selectedRows()
        item = self.table.item(rows[0].row(), 0) if rows else None
        return item.text() if item is not None else None

    def _run(self, action: object, done: str) -> bool:
        try:
            action()  # type: ignore[operator]
        except AstraError as exc:
            self.message.setText(str(exc))
            return False
        self.message.setText(done)
        self.reload()
        return True

    def add_user(self, dialog: AddUserDialog | None = None) -> bool:
        dialog = dialog or AddUserDialog(self)
        if (
            dialog.result() != QDialog.DialogCode.Accepted
            and dialog.exec() != QDialog.DialogCode.Accepted
        ):
            return False
        name = dialog.username.text().strip()
        return self._run(
            lambda: users.add_user(
                self.session,
                name,
                Role(dialog.role.value()),
                dialog.passphrase.text(),
                dialog.all_cases.isChecked(),
            ),
            self.tr("Added {0}.").format(name),
        )

    def remove_user(self) -> bool:
        name = self._selected_name()
        if not name or not Messages.ask(
            self,
            self.tr("Remove user"),
            self.tr(
                "Remove {0}? Their passphrase stops opening the vault at once; their notes stay."
            ).format(name),
            self.tr("Remove"),
            self.tr("Cancel"),
        ):
            return False
        removed = self.tr("Removed {0}.").format(name)

        def done(blocked: list[str]) -> None:
            if blocked:
                self.message.setText(removed + " " + str(rekey.RotationBlocked(blocked)))
            else:
                self.message.setText(
                    removed + " " + self.tr("The vault key was rotated: old copies of the key "
                    "file open nothing current.")
                )  # fmt: skip
            self.reload()

        self._in_background(
            self.tr("Removing {0} and rotating the vault key…").format(name),
            lambda task: users.remove_user(self.session, name, progress=task.report),
            done,
        )
        return True

    # --- key rotation -----------------------------------------------------------------------------
    def _in_background(self, label: str, work: object, done: object) -> Task:
        """Run `work(task)` on the task runner behind a modal progress bar (no cancel: a rotation
        that has begun publishing must finish)."""
        self.progress = QProgressDialog(label, "", 0, rekey.TOTAL, self)
        self.progress.setCancelButton(None)
        self.progress.setWindowModality(Qt.WindowModality.WindowModal)
        self.progress.setMinimumDuration(300)

        def finished(result: object) -> None:
            self._close_progress()
            done(result)  # type: ignore[operator]

        def failed(exc: BaseException) -> None:
            self._close_progress()
            text = (
                str(exc) if isinstance(exc, AstraError) else self.tr("It failed: {0}").format(exc)
            )
            self.message.setText(text)
            Messages.error(self, self.tr("Users & settings"), text)
            self.reload()

        return self.runner.run(
            work,  # type: ignore[arg-type]
            on_done=finished,
            on_error=failed,
            on_progress=self._moved,
            with_task=True,
        )

    def _moved(self, done: int, total: int) -> None:
        if self.progress is not None and total:
            self.progress.setValue(int(done * rekey.TOTAL / total))

    def _close_progress(self) -> None:
        if self.progress is not None:
            self.progress.reset()
            self.progress.deleteLater()
            self.progress = None

    def rotate_key(self, *, own_passphrase: bool = False) -> bool:
        """Re-encrypt the vault under a new key (asked first unless after a passphrase change)."""
        if not own_passphrase and not Messages.ask(
            self,
            self.tr("Rotate the vault key"),
            self.tr(
                "Re-encrypt the whole vault under a new key? Removed users and old passphrases "
                "then open nothing current, not even with an old copy of the key file. Backups "
                "made before now still open with the passphrases valid when they were made."
            ),
            self.tr("Rotate"),
            self.tr("Cancel"),
        ):
            return False
        if own_passphrase:

            def work(task: Task) -> str:
                return rekey.rotate_after_passphrase_change(self.session, task.report)
        else:

            def work(task: Task) -> str:
                return rekey.rotate_data_key(self.session, task.report)

        def done(_fingerprint: object) -> None:
            self.message.setText(
                self.tr(
                    "The vault key was rotated: old copies of the key file and old passphrases "
                    "open nothing current."
                )
            )
            self.reload()

        self._in_background(self.tr("Rotating the vault key…"), work, done)
        return True

    def _offer_rotation(self, own: bool) -> None:
        if Messages.ask(
            self,
            self.tr("Rotate the vault key"),
            self.tr(
                "The old passphrase still opens old copies of the key file (every backup holds "
                "one). Rotate the vault key now, so that it opens nothing current?"
            ),
            self.tr("Rotate"),
            self.tr("Not now"),
        ):
            self.rotate_key(own_passphrase=own)

    def reset_passphrase(self, dialog: PassphraseDialog | None = None) -> bool:
        name = self._selected_name()
        if not name:
            return False
        dialog = dialog or PassphraseDialog(
            self.tr("New passphrase for {0}").format(name), name, False, self
        )
        if (
            dialog.result() != QDialog.DialogCode.Accepted
            and dialog.exec() != QDialog.DialogCode.Accepted
        ):
            return False
        changed = self._run(
            lambda: users.set_passphrase(self.session, name, dialog.new.text()),
            self.tr("Set a new passphrase for {0}. Tell them in person, never by e-mail.").format(
                name
            ),
        )
        if changed:
            self._offer_rotation(own=False)
        return changed

    def change_my_passphrase(self, dialog: PassphraseDialog | None = None) -> bool:
        name = self.session.actor.username
        dialog = dialog or PassphraseDialog(self.tr("Change my passphrase"), name, True, self)
        if (
            dialog.result() != QDialog.DialogCode.Accepted
            and dialog.exec() != QDialog.DialogCode.Accepted
        ):
            return False
        changed = self._run(
            lambda: users.set_passphrase(
                self.session, name, dialog.new.text(), dialog.current.text()
            ),
            self.tr("Your passphrase has been changed."),
        )
        if changed:
            self._offer_rotation(own=True)
        return changed

    def change_role(self) -> bool:
        name = self._selected_name()
        if not name:
            self.message.setText(self.tr("Choose a user in the list first."))
            return False
        role = Role(self.role_box.value())
        return self._run(
            lambda: users.set_role(self.session, name, role, self.role_all.isChecked()),
            self.tr("{0} is now: {1}.").format(name, labels.roles()[role.value]),
        )

    def _idle_changed(self) -> None:
        self._run(
            lambda: settings.put(
                self.session, settings.IDLE_LOCK_MINUTES, self.idle_minutes.value()
            ),
            self.tr(
                "The vault now locks after %n minute(s) without activity.",
                "",
                self.idle_minutes.value(),
            ),
        )
