"""First run: organisation, language, the first administrator, and the recovery key as a printable
emergency sheet that the person proves they kept by retyping part of it."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont, QTextDocument
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from astra_desktop import app_settings
from astra_desktop.errors import AstraError
from astra_desktop.gui import i18n
from astra_desktop.gui.dialogs import Messages
from astra_desktop.gui.tasks import TaskRunner
from astra_desktop.gui.widgets import PassphraseField
from astra_desktop.services import session as vault_session
from astra_desktop.services.passphrases import normalise_recovery_key

LANGUAGES = [("en", "English"), ("sr-Latn", "Srpski (latinica)"), ("sr-Cyrl", "Српски (ћирилица)")]


class OrganisationPage(QWizardPage):
    def __init__(self) -> None:
        super().__init__()
        self.setTitle(self.tr("Welcome to ASTRA Desktop"))
        self.setSubTitle(
            self.tr(
                "This computer will keep case files in an encrypted vault. Nothing is sent "
                "anywhere; without a passphrase or the recovery key nobody can read it."
            )
        )
        form = QFormLayout(self)
        self.organisation = QLineEdit()
        self.language = QComboBox()
        for code, name in LANGUAGES:
            self.language.addItem(name, code)
        self.language.setCurrentIndex(max(0, self.language.findData(i18n.language())))
        form.addRow(self.tr("&Organisation"), self.organisation)
        form.addRow(self.tr("&Language"), self.language)
        self.registerField("organisation", self.organisation)


class AdminPage(QWizardPage):
    def __init__(self, wizard: SetupWizard) -> None:
        super().__init__()
        self._wizard = wizard
        self.setTitle(self.tr("The first administrator"))
        self.setSubTitle(
            self.tr(
                "The administrator adds the other users. Choose a passphrase of several unrelated "
                "words: it cannot be recovered by anyone, only replaced."
            )
        )
        form = QFormLayout(self)
        self.username = QLineEdit()
        self.username.setPlaceholderText(self.tr("e.g. marija"))
        self.passphrase = PassphraseField()
        self.confirm = QLineEdit()
        self.confirm.setEchoMode(QLineEdit.EchoMode.Password)
        self.status = QLabel()
        self.status.setWordWrap(True)
        form.addRow(self.tr("&User name"), self.username)
        form.addRow(self.tr("&Passphrase"), self.passphrase)
        form.addRow(self.tr("&Repeat it"), self.confirm)
        form.addRow(self.status)
        for signal in (
            self.username.textChanged,
            self.passphrase.changed,
            self.confirm.textChanged,
        ):
            signal.connect(self._changed)
        self._creating = False

    def _changed(self) -> None:
        self.passphrase.user_inputs = (self.username.text(),)
        mismatch = self.confirm.text() and self.confirm.text() != self.passphrase.text()
        self.status.setText(self.tr("The two passphrases differ.") if mismatch else "")
        self.completeChanged.emit()

    def isComplete(self) -> bool:
        return (
            len(self.username.text().strip()) >= 2
            and self.passphrase.acceptable
            and self.confirm.text() == self.passphrase.text()
            and not self._creating
        )

    def validatePage(self) -> bool:
        """Create the vault off the GUI thread; move on when it is done."""
        if self._wizard.session is not None:
            return True
        self._creating = True
        self.completeChanged.emit()
        self.status.setText(self.tr("Creating the encrypted vault… (a few seconds)"))
        self._wizard.create_vault(self.username.text().strip(), self.passphrase.text())
        return False

    def creation_failed(self, message: str) -> None:
        self._creating = False
        self.status.setText(message)
        self.completeChanged.emit()


class RecoveryPage(QWizardPage):
    def __init__(self, wizard: SetupWizard) -> None:
        super().__init__()
        self._wizard = wizard
        self.setTitle(self.tr("Your recovery key — the emergency sheet"))
        self.setSubTitle(
            self.tr(
                "If every passphrase is forgotten, this key is the only way into the vault. "
                "Print it or write it down now, and keep it locked away from this computer. "
                "It is shown only this once."
            )
        )
        layout = QVBoxLayout(self)
        self.key_label = QLabel()
        font = QFont("monospace")
        font.setStyleHint(QFont.StyleHint.Monospace)
        font.setPointSize(16)
        self.key_label.setFont(font)
        self.key_label.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
        self.key_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.print_button = QPushButton(self.tr("&Print the emergency sheet…"))
        self.print_button.clicked.connect(self._print)
        self.kept = QCheckBox(self.tr("I have printed or written down the recovery key."))
        self.kept.toggled.connect(self.completeChanged)
        layout.addWidget(self.key_label)
        layout.addWidget(self.print_button)
        layout.addWidget(self.kept)

    def initializePage(self) -> None:
        self.key_label.setText(self._wizard.recovery_key)

    def isComplete(self) -> bool:
        return self.kept.isChecked()

    def sheet(self) -> QTextDocument:
        doc = QTextDocument()
        doc.setHtml(
            "<h1>ASTRA Desktop — "
            + self.tr("emergency sheet")
            + "</h1><p>"
            + self.tr("Recovery key of the vault of")
            + f" <b>{self._wizard.organisation_name}</b>:</p>"
            + f"<p style='font-family: monospace; font-size: 20pt'>{self._wizard.recovery_key}</p>"
            + "<p>"
            + self.tr(
                "Anyone holding this key can open the vault. Keep it in a locked place, away "
                "from the computer. Use it only if every passphrase is lost: tick “Use the "
                "recovery key instead” on the unlock window."
            )
            + "</p>"
        )
        return doc

    def _print(self) -> None:
        from PySide6.QtPrintSupport import QPrintDialog, QPrinter

        printer = QPrinter()
        printer.setOutputFormat(QPrinter.OutputFormat.NativeFormat)
        dialog = QPrintDialog(printer, self)
        if dialog.exec():
            self.sheet().print_(printer)


class ConfirmPage(QWizardPage):
    def __init__(self, wizard: SetupWizard) -> None:
        super().__init__()
        self._wizard = wizard
        self.setTitle(self.tr("Check the sheet"))
        self.setSubTitle(
            self.tr(
                "Type the last two groups of the recovery key from your sheet (not from the screen)."
            )
        )
        form = QFormLayout(self)
        self.retyped = QLineEdit()
        self.retyped.setPlaceholderText("XXXX-XXXX")
        self.retyped.textChanged.connect(self.completeChanged)
        form.addRow(self.tr("&Last two groups"), self.retyped)

    def isComplete(self) -> bool:
        expected = "-".join(self._wizard.recovery_key.split("-")[-2:])
        return normalise_recovery_key(self.retyped.text()) == expected


class SetupWizard(QWizard):
    """Emits `created(session)` when the vault exists and the recovery key has been kept."""

    created = Signal(object)

    def __init__(self, home: Path, folder: Path, runner: TaskRunner, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("ASTRA Desktop — first run"))
        self.setOption(QWizard.WizardOption.NoBackButtonOnLastPage, True)
        self.home = home
        self.folder = folder
        self.runner = runner
        self.session: vault_session.Session | None = None
        self.recovery_key = ""
        self.organisation_page = OrganisationPage()
        self.admin_page = AdminPage(self)
        self.addPage(self.organisation_page)
        self.addPage(self.admin_page)
        self.addPage(RecoveryPage(self))
        self.addPage(ConfirmPage(self))
        self.resize(640, 480)

    @property
    def organisation_name(self) -> str:
        return str(self.organisation_page.organisation.text()).strip()

    def create_vault(self, username: str, passphrase: str) -> None:
        organisation = self.organisation_name
        language = str(self.organisation_page.language.currentData())
        app_settings.save(self.home, app_settings.AppSettings(language=language))
        self.runner.run(
            lambda: vault_session.create_vault(
                self.folder, username, passphrase, organisation=organisation
            ),
            on_done=self._created,
            on_error=self._failed,
        )

    def _created(self, result: tuple[vault_session.Session, str]) -> None:
        self.session, self.recovery_key = result
        self.admin_page.creation_failed("")
        self.next()

    def _failed(self, exc: BaseException) -> None:
        text = str(exc) if isinstance(exc, AstraError) else repr(exc)
        self.admin_page.creation_failed(text)

    def accept(self) -> None:
        if self.session is not None:
            self.created.emit(self.session)
        super().accept()

    def reject(self) -> None:
        if self.session is not None and not Messages.ask(
            self,
            self.tr("Leave without the recovery key?"),
            self.tr(
                "The vault has been created, but you have not confirmed keeping the recovery key. "
                "Without it, a forgotten passphrase means the vault is lost. Leave anyway?"
            ),
            self.tr("Leave"),
            self.tr("Stay"),
        ):
            return
        if self.session is not None:
            self.created.emit(self.session)
        super().reject()
