"""The team's dialogs (issue 21): create a team, admit a device from its join request (the
fingerprint read aloud checked, then the one-time passphrase shown to be read out), join with a
join file. Laid out in ui/create_team_dialog.ui, ui/add_device_dialog.ui, ui/join_team_dialog.ui;
the page that opens them (gui/office/page.py) runs the services."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFileDialog, QLineEdit, QWidget

from astra_desktop.gui import style
from astra_desktop.gui.forms.ui_add_device_dialog import Ui_AddDeviceDialog
from astra_desktop.gui.forms.ui_create_team_dialog import Ui_CreateTeamDialog
from astra_desktop.gui.forms.ui_join_team_dialog import Ui_JoinTeamDialog
from astra_desktop.gui.screen_fit import fit_to_screen
from astra_desktop.gui.secret_field import SecretField

REQUEST_FILTER = "*.astrarequest"
JOIN_FILTER = "*.astrajoin"


def _folder_into(parent: QWidget, edit: QLineEdit, title: str) -> None:
    name = QFileDialog.getExistingDirectory(parent, title, edit.text())
    if name:
        edit.setText(name)


def _open_into(parent: QWidget, edit: QLineEdit, title: str, pattern: str) -> None:
    name, _ = QFileDialog.getOpenFileName(parent, title, edit.text(), pattern)
    if name:
        edit.setText(name)


def _save_into(parent: QWidget, edit: QLineEdit, title: str, pattern: str) -> None:
    name, _ = QFileDialog.getSaveFileName(parent, title, edit.text(), pattern)
    if name:
        edit.setText(name)


class CreateTeamDialog(QDialog):
    """The team's name and the office folder; OK only when both are given."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_CreateTeamDialog()
        self.ui.setupUi(self)
        self.name, self.folder, self.error = self.ui.name, self.ui.folder, self.ui.error
        style.tone(self.error, "error")
        self.ui.folder_button.clicked.connect(
            lambda: _folder_into(self, self.folder, self.tr("The office folder"))
        )
        self.ui.buttons.accepted.connect(self._check)
        self.ui.buttons.rejected.connect(self.reject)
        fit_to_screen(self, 620, 0)

    def _check(self) -> None:
        if not self.name.text().strip():
            self.error.setText(self.tr("Give the team a name (the office's, for example)."))
        elif not self.folder.text().strip():
            self.error.setText(self.tr("Choose the office folder."))
        else:
            self.accept()


class JoinTeamDialog(QDialog):
    """The join file, its one-time passphrase (masked, with show/hide) and the office folder."""

    def __init__(self, folder: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_JoinTeamDialog()
        self.ui.setupUi(self)
        self.join_file, self.passphrase = self.ui.join_file, self.ui.passphrase
        self.folder, self.error = self.ui.folder, self.ui.error
        self.folder.setText(folder)
        SecretField.attach(self.passphrase, self.ui.caps)
        style.tone(self.error, "error")
        self.ui.join_file_button.clicked.connect(
            lambda: _open_into(self, self.join_file, self.tr("The join file"), JOIN_FILTER)
        )
        self.ui.folder_button.clicked.connect(
            lambda: _folder_into(self, self.folder, self.tr("The office folder"))
        )
        self.ui.buttons.accepted.connect(self._check)
        self.ui.buttons.rejected.connect(self.reject)
        fit_to_screen(self, 640, 0)

    def _check(self) -> None:
        if not self.join_file.text().strip():
            self.error.setText(self.tr("Choose the join file the administrator gave you."))
        elif not self.passphrase.text().strip():
            self.error.setText(self.tr("Type the one-time passphrase the administrator read out."))
        elif not self.folder.text().strip():
            self.error.setText(self.tr("Choose the office folder."))
        else:
            self.accept()


class AddDeviceDialog(QDialog):
    """First the request, the fingerprint as read aloud and where to save the join file; then,
    once the page has written it (`show_passphrase`), the passphrase to read out."""

    submitted = Signal()  # the inputs are complete: the page admits the device

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_AddDeviceDialog()
        self.ui.setupUi(self)
        self.request, self.fingerprint, self.out = self.ui.request, self.ui.fingerprint, self.ui.out
        self.error, self.buttons = self.ui.error, self.ui.buttons
        style.tone(self.error, "error")
        style.mark(self.ui.passphrase, "heading", "page")
        self.ui.request_button.clicked.connect(
            lambda: _open_into(self, self.request, self.tr("The join request"), REQUEST_FILTER)
        )
        self.ui.out_button.clicked.connect(
            lambda: _save_into(self, self.out, self.tr("Save the join file"), JOIN_FILTER)
        )
        self.buttons.accepted.connect(self._check)
        self.buttons.rejected.connect(self.reject)
        self.ui.pages.setCurrentIndex(0)
        fit_to_screen(self, 680, 0)

    def _check(self) -> None:
        if self.ui.pages.currentIndex() == 1:
            self.accept()
        elif not self.request.text().strip():
            self.error.setText(self.tr("Choose the join request the new laptop wrote."))
        elif sum(c.isdigit() for c in self.fingerprint.text()) != 25:
            self.error.setText(
                self.tr("Type the fingerprint the new laptop's owner reads out: 25 digits.")
            )
        elif not self.out.text().strip():
            self.error.setText(self.tr("Choose where to save the join file."))
        else:
            self.error.clear()
            self.buttons.setEnabled(False)  # until the page has written the file, or failed
            self.submitted.emit()

    def show_error(self, text: str) -> None:
        self.error.setText(text)
        self.buttons.setEnabled(True)

    def show_passphrase(self, passphrase: str, path: str) -> None:
        self.ui.done_text.setText(
            self.tr("The fingerprints match. The join file is saved as {0}. Hand it to the new "
                    "laptop's owner (a USB stick, in person), not through the office folder.").format(path)
        )  # fmt: skip
        self.ui.passphrase.setText(passphrase)
        self.ui.pages.setCurrentIndex(1)
        self.buttons.setEnabled(True)
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Close)
        self.buttons.rejected.disconnect()
        self.buttons.rejected.connect(self.accept)
