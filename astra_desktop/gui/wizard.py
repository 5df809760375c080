"""First run: organisation, language, the first administrator, and the recovery key as a printable
emergency sheet that the person proves they kept by retyping part of it.

Or, on a computer replacing one that was lost, stolen or broken: restore the vault from a backup
(services/restore.py, the same steps as the Backups page and `astra-desktop backup restore`):
choose the `.astrabackup` file, open it with its passphrase or the vault's recovery key, see what
it holds (made when, by whom, counts), restore; then the unlock window appears and everyone logs
in with their own passphrase.

Each page's layout and texts are in ui/wizard_<page>_page.ui (compiled into gui/forms/); the classes
here fill, bind and check them."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtGui import QFont, QTextDocument
from PySide6.QtWidgets import QFileDialog, QWidget, QWizard, QWizardPage

from astra_desktop import app_settings
from astra_desktop.errors import AstraError
from astra_desktop.gui import i18n
from astra_desktop.gui.dialogs import Messages
from astra_desktop.gui.forms.ui_wizard_admin_page import Ui_AdminPage
from astra_desktop.gui.forms.ui_wizard_confirm_page import Ui_ConfirmPage
from astra_desktop.gui.forms.ui_wizard_organisation_page import Ui_OrganisationPage
from astra_desktop.gui.forms.ui_wizard_recovery_page import Ui_RecoveryPage
from astra_desktop.gui.forms.ui_wizard_restore_page import Ui_RestorePage
from astra_desktop.gui.screen_fit import fit_to_screen
from astra_desktop.gui.secret_field import SecretField
from astra_desktop.gui.tasks import Task, TaskRunner
from astra_desktop.gui.transfer_dialogs import describe
from astra_desktop.gui.unlock import UnlockWindow
from astra_desktop.services import restore
from astra_desktop.services import session as vault_session
from astra_desktop.services.passphrases import normalise_recovery_key

LANGUAGES = [("en", "English"), ("sr-Latn", "Srpski (latinica)"), ("sr-Cyrl", "Српски (ћирилица)")]
# Page ids: the new-vault path, then the restore path.
ORGANISATION, ADMIN, RECOVERY, CONFIRM, RESTORE = range(5)


def _error_text(exc: BaseException) -> str:
    """Errors of the services arrive worded for a person (and in their language)."""
    if isinstance(exc, AstraError):
        return str(exc)
    return QCoreApplication.translate("SetupWizard", "It failed: {0}").format(exc)


class OrganisationPage(QWizardPage):
    """Layout in ui/wizard_organisation_page.ui."""

    def __init__(self) -> None:
        super().__init__()
        self.ui = ui = Ui_OrganisationPage()
        ui.setupUi(self)
        self.organisation, self.language = ui.organisation, ui.language
        self.create_new, self.restore_backup = ui.create_new, ui.restore_backup
        for code, name in LANGUAGES:
            self.language.addItem(name, code)
        self.language.setCurrentIndex(max(0, self.language.findData(i18n.language())))
        self.registerField("organisation", self.organisation)

    def nextId(self) -> int:
        return RESTORE if self.restore_backup.isChecked() else ADMIN


class AdminPage(QWizardPage):
    """Layout in ui/wizard_admin_page.ui."""

    def __init__(self, wizard: SetupWizard) -> None:
        super().__init__()
        self._wizard = wizard
        self.ui = ui = Ui_AdminPage()
        ui.setupUi(self)
        self.username, self.passphrase, self.confirm = ui.username, ui.passphrase, ui.confirm
        self.status = ui.status
        SecretField.attach(self.confirm)  # masked, with show/hide and a Caps Lock warning
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
    """Layout in ui/wizard_recovery_page.ui."""

    def __init__(self, wizard: SetupWizard) -> None:
        super().__init__()
        self._wizard = wizard
        self.ui = ui = Ui_RecoveryPage()
        ui.setupUi(self)
        self.key_label, self.print_button, self.kept = ui.key_label, ui.print_button, ui.kept
        font = self.key_label.font()  # a .ui names the family; "any fixed-width font" is a hint
        font.setStyleHint(QFont.StyleHint.Monospace)
        self.key_label.setFont(font)
        self.print_button.clicked.connect(self._print)
        self.kept.toggled.connect(self.completeChanged)

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
    """Layout in ui/wizard_confirm_page.ui."""

    def __init__(self, wizard: SetupWizard) -> None:
        super().__init__()
        self._wizard = wizard
        self.ui = ui = Ui_ConfirmPage()
        ui.setupUi(self)
        self.retyped = ui.retyped
        self.retyped.textChanged.connect(self.completeChanged)

    def isComplete(self) -> bool:
        expected = "-".join(self._wizard.recovery_key.split("-")[-2:])
        return normalise_recovery_key(self.retyped.text()) == expected

    def nextId(self) -> int:
        return -1  # the last page of a new vault (the restore pages come after it by number)


class RestorePage(QWizardPage):
    """The backup file, its passphrase or the recovery key, the preview, and the restore.
    Layout in ui/wizard_restore_page.ui."""

    def __init__(self, wizard: SetupWizard) -> None:
        super().__init__()
        self._wizard = wizard
        self.opened: restore.OpenedBackup | None = None
        self.restored = False
        self._busy = False
        self.ui = ui = Ui_RestorePage()
        ui.setupUi(self)
        self.file, self.browse, self.secret, self.recovery = (
            ui.file,
            ui.browse,
            ui.secret,
            ui.recovery,
        )
        self.open_button, self.preview, self.status = ui.open_button, ui.preview, ui.status
        self.account_note, self.username = ui.account_note, ui.username
        self.account_secret, self.progress = ui.account_secret, ui.progress
        SecretField.attach(self.secret)
        SecretField.attach(self.account_secret)
        self.browse.clicked.connect(self._browse)
        self.open_button.clicked.connect(self.open_backup)
        self._account_rows = (self.account_note, self.username, self.account_secret)
        self.progress.setRange(0, restore.TOTAL)
        for edit in (self.file, self.secret):
            edit.textChanged.connect(self._forget)
        self.recovery.toggled.connect(self._forget)
        for edit in (self.username, self.account_secret):
            edit.textChanged.connect(self.completeChanged)
        self._show_account(False)

    def nextId(self) -> int:
        return -1

    def initializePage(self) -> None:
        self.setButtonText(QWizard.WizardButton.FinishButton, self.tr("&Restore"))

    def _browse(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self, self.tr("The backup"), "", self.tr("ASTRA backups (*.astrabackup)")
        )
        if name:
            self.file.setText(name)

    def _show_account(self, shown: bool) -> None:
        for widget in self._account_rows:
            self.ui.form.setRowVisible(widget, shown)

    def _forget(self) -> None:
        """Another file or secret: the backup must be opened again before restoring."""
        if self.opened is not None:
            self.opened = None
            self.preview.clear()
            self._show_account(False)
        self.completeChanged.emit()

    def _set_busy(self, busy: bool) -> None:
        self._busy = busy
        for widget in (self.file, self.browse, self.secret, self.recovery, self.open_button,
                       self.username, self.account_secret):  # fmt: skip
            widget.setEnabled(not busy)
        self.completeChanged.emit()

    def open_backup(self) -> Task | None:
        path, secret, recovery = (
            Path(self.file.text().strip()),
            self.secret.text(),
            self.recovery.isChecked(),
        )
        if not self.file.text().strip() or not secret:
            self.status.setText(self.tr("Choose the backup file and type its passphrase first."))
            return None
        self.status.setText(self.tr("Opening the backup…"))
        self._set_busy(True)

        def work() -> tuple[restore.OpenedBackup, restore.Preview]:
            opened = restore.open_backup(path, secret, recovery=recovery)
            return opened, restore.preview(opened)

        return self._wizard.runner.run(work, on_done=self._opened, on_error=self._failed)

    def _opened(self, result: tuple[restore.OpenedBackup, restore.Preview]) -> None:
        self._set_busy(False)
        self.opened, preview = result
        self.preview.setText(describe(preview))
        needs_account = self.opened.data_key is None
        self._show_account(needs_account)
        if needs_account and not self.username.text():
            self.username.setText(preview.created_by_name)
        self.status.setText(self.tr("Check that this is the backup you want, then choose Restore."))
        self.completeChanged.emit()

    def _failed(self, exc: BaseException) -> None:
        self._set_busy(False)
        self.progress.hide()
        self.status.setText(_error_text(exc))
        self.completeChanged.emit()

    def isComplete(self) -> bool:
        if self._busy or self.opened is None:
            return False
        if self.opened.data_key is not None:
            return True
        return bool(self.username.text().strip() and self.account_secret.text())

    def validatePage(self) -> bool:
        """Restore off the GUI thread; the wizard closes and the unlock window opens when done."""
        if self.restored:
            return True
        opened = self.opened
        if opened is None:
            return False
        account = None
        if opened.data_key is None:
            account = (self.username.text().strip(), self.account_secret.text())
        home = self._wizard.home
        self.status.setText(self.tr("Restoring and checking the vault… (this can take a while)"))
        self.progress.setValue(0)
        self.progress.show()
        self._set_busy(True)

        def work(task: Task) -> Path:
            staged = restore.stage_restore(opened, home, account=account, progress=task.report)
            try:
                folder, _aside = restore.finish_restore(staged)
            except BaseException:
                restore.discard(staged)
                raise
            return folder

        self._wizard.runner.run(
            work, on_done=self._restored, on_error=self._failed,
            on_progress=lambda done, total: self.progress.setValue(done), with_task=True,
        )  # fmt: skip
        return False

    def _restored(self, folder: Path) -> None:
        self.restored = True
        self._set_busy(False)
        self.progress.hide()
        self.status.setText(self.tr("Restored into {0}.").format(folder))
        self._wizard.restored_vault()


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
        self.restore_page = RestorePage(self)
        self.unlock_window: UnlockWindow | None = None
        self.setPage(ORGANISATION, self.organisation_page)
        self.setPage(ADMIN, self.admin_page)
        self.setPage(RECOVERY, RecoveryPage(self))
        self.setPage(CONFIRM, ConfirmPage(self))
        self.setPage(RESTORE, self.restore_page)
        fit_to_screen(self, 720, 520)

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

    def restored_vault(self) -> None:
        """The vault is restored and checked: close the wizard and open the unlock window, where
        everyone logs in with their own passphrase (the unlocked session goes on as `created`)."""
        language = str(self.organisation_page.language.currentData())
        app_settings.save(self.home, app_settings.AppSettings(language=language))
        window = UnlockWindow(self.folder, lambda: self.runner)
        window.unlocked.connect(self._unlocked_after_restore)
        window.reset(
            self.tr(
                "The vault was restored from the backup and checked. Log in with your own "
                "passphrase."
            )
        )
        self.unlock_window = window
        super().accept()  # QWizard.done() asks the page, which now says yes
        window.show()
        window.raise_()
        window.activateWindow()

    def _unlocked_after_restore(self, session: vault_session.Session) -> None:
        if self.unlock_window is not None:
            self.unlock_window.hide()
        self.created.emit(session)

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
