"""Users & settings: administrators manage accounts and roles; everyone changes their own passphrase."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressDialog,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from astra_desktop import app_settings
from astra_desktop.core.enums import Role
from astra_desktop.core.roles import Permission, allowed
from astra_desktop.errors import AstraError
from astra_desktop.gui import labels
from astra_desktop.gui.dialogs import Messages
from astra_desktop.gui.guarded_dialog import GuardedDialog
from astra_desktop.gui.screen_fit import fit_to_screen
from astra_desktop.gui.secret_field import SecretField
from astra_desktop.gui.tasks import Task, TaskRunner
from astra_desktop.gui.widgets import EnumCombo, PassphraseField
from astra_desktop.services import rekey, settings, users
from astra_desktop.services.session import Session


class PassphraseDialog(QDialog):
    """New passphrase (with meter), typed twice; the current one too when changing one's own."""

    def __init__(self, title: str, username: str, ask_current: bool, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(title)
        self.current = QLineEdit()
        SecretField.attach(self.current)  # masked, with show/hide and a Caps Lock warning
        self.new = PassphraseField(user_inputs=(username,))
        self.repeat = QLineEdit()
        SecretField.attach(self.repeat)
        self.error = QLabel()
        self.error.setStyleSheet("color: #a93226;")
        self.error.setWordWrap(True)
        form = QFormLayout(self)
        if ask_current:
            form.addRow(self.tr("&Current passphrase"), self.current)
        form.addRow(self.tr("&New passphrase"), self.new)
        form.addRow(self.tr("&Repeat it"), self.repeat)
        form.addRow(self.error)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self._check)
        self.buttons.rejected.connect(self.reject)
        form.addRow(self.buttons)
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
        self.setWindowTitle(self.tr("Add a user"))
        self.username = QLineEdit()
        self.role = EnumCombo(Role, labels.roles())
        self.role.set_value(Role.CASEWORKER)
        self.all_cases = QCheckBox(self.tr("Sees all cases (not only those assigned)"))
        self.passphrase = PassphraseField()
        self.username.textChanged.connect(lambda t: setattr(self.passphrase, "user_inputs", (t,)))
        self.error = QLabel()
        self.error.setStyleSheet("color: #a93226;")
        self.error.setWordWrap(True)
        form = QFormLayout(self)
        form.addRow(self.tr("&User name"), self.username)
        form.addRow(self.tr("&Role"), self.role)
        form.addRow("", self.all_cases)
        form.addRow(self.tr("First &passphrase"), self.passphrase)
        form.addRow(self.error)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)
        fit_to_screen(self)


class UsersPage(QWidget):
    language_chosen = Signal(str)  # app_settings language code, once saved

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.runner = TaskRunner(
            self
        )  # key rotation re-encrypts the whole vault: off the GUI thread
        self.progress: QProgressDialog | None = None
        is_admin = allowed(session.actor.role, Permission.MANAGE_USERS)
        me = QGroupBox(self.tr("You"))
        me_layout = QHBoxLayout(me)
        role_name = labels.roles().get(session.actor.role.value, "")
        me_layout.addWidget(
            QLabel(self.tr("Signed in as {0} ({1}).").format(session.actor.username, role_name))
        )
        me_layout.addStretch()
        self.change_own = QPushButton(self.tr("&Change my passphrase…"))
        self.change_own.clicked.connect(self.change_my_passphrase)
        self.change_own.setEnabled(session.actor.user_id != "recovery-key")
        me_layout.addWidget(self.change_own)

        self.table = QTableWidget(0, 3)
        self.table.setHorizontalHeaderLabels([self.tr("User"), self.tr("Role"), self.tr("Access")])
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.verticalHeader().hide()
        self.add_button = QPushButton(self.tr("&Add user…"))
        self.remove_button = QPushButton(self.tr("&Remove user"))
        self.reset_button = QPushButton(self.tr("Re&set passphrase…"))
        self.role_box = EnumCombo(Role, labels.roles())
        self.role_all = QCheckBox(self.tr("all cases"))
        self.role_button = QPushButton(self.tr("Set r&ole"))
        self.role_button.clicked.connect(self.change_role)
        self.add_button.clicked.connect(self.add_user)
        self.remove_button.clicked.connect(self.remove_user)
        self.reset_button.clicked.connect(self.reset_passphrase)
        self.rotate_button = QPushButton(self.tr("Ro&tate the vault key…"))
        self.rotate_button.setToolTip(
            self.tr(
                "Re-encrypt the vault under a new key, so removed users and old passphrases "
                "open nothing current (not even with an old copy of the key file)."
            )
        )
        self.rotate_button.clicked.connect(self.rotate_key)
        admin_box = QGroupBox(self.tr("Users of this vault"))
        admin_layout = QVBoxLayout(admin_box)
        admin_layout.addWidget(self.table)
        row = QHBoxLayout()
        for b in (self.add_button, self.remove_button, self.reset_button):
            row.addWidget(b)
        row.addStretch()
        row.addWidget(self.rotate_button)
        role_row = QHBoxLayout()  # a row of its own: the labels are long in Serbian
        role_row.addStretch()
        for w in (self.role_box, self.role_all, self.role_button):
            role_row.addWidget(w)
        admin_layout.addLayout(row)
        admin_layout.addLayout(role_row)

        self.idle_minutes = QSpinBox()
        limits = settings.IDLE_LOCK_MINUTES
        self.idle_minutes.setRange(limits.minimum, limits.maximum)
        self.idle_minutes.setSuffix(self.tr(" min"))
        self.idle_minutes.setMaximumWidth(110)
        self.idle_minutes.setValue(settings.get(session, limits))
        self.idle_minutes.editingFinished.connect(self._idle_changed)
        settings_box = QGroupBox(self.tr("Settings"))
        settings_form = QFormLayout(settings_box)
        settings_form.addRow(self.tr("&Lock after inactivity"), self.idle_minutes)
        self.profiles_button = QPushButton(self.tr("Organisation and &lawyers…"))
        self.profiles_button.setToolTip(
            self.tr("The letterhead of the organisation's documents, and the lawyers who sign "
                    "filings (name, office, bar chamber and number)")
        )  # fmt: skip
        self.profiles_button.clicked.connect(lambda: self.edit_profiles())
        profiles_row = QHBoxLayout()
        profiles_row.addWidget(self.profiles_button)
        profiles_row.addStretch()
        settings_form.addRow(self.tr("Court filings"), profiles_row)

        language_box = self._language_box()
        self.message = QLabel()
        self.message.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(me)
        layout.addWidget(language_box)
        layout.addWidget(admin_box)
        layout.addWidget(settings_box)
        layout.addWidget(self.message)
        layout.addStretch()
        for widget in (admin_box, settings_box):
            widget.setEnabled(is_admin)
        if not is_admin:
            self.message.setText(self.tr("Only an administrator can manage users and settings."))
        self.reload()

    def edit_profiles(self) -> QDialog:
        from astra_desktop.gui.profiles_dialog import ProfilesDialog

        dialog = ProfilesDialog(self.session, self)
        dialog.open()
        return dialog

    def _language_box(self) -> QGroupBox:
        """The interface language of this computer (kept outside the vault, for every user)."""
        from astra_desktop.gui.wizard import LANGUAGES

        box = QGroupBox(self.tr("Language"))
        row = QHBoxLayout(box)
        self.language = QComboBox()
        for code, name in LANGUAGES:
            self.language.addItem(name, code)
        current = app_settings.load(self._home()).language
        self.language.setCurrentIndex(max(0, self.language.findData(current)))
        self.language.currentIndexChanged.connect(self._language_changed)
        label = QLabel(self.tr("&Interface language"))
        label.setBuddy(self.language)
        row.addWidget(label)
        row.addWidget(self.language)
        row.addStretch()
        return box

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
