"""Backups & case transfer: make a backup to a chosen folder (a USB stick), the backups there,
keep the last N, the reminder, restore with preview; hand cases to another laptop.

The page has its own TaskRunner (the one task helper, a second worker): a backup of a large vault
takes a while, and on the shared worker it would hold up the case list and searches meanwhile.
Backups read through a connection of their own and never write to the vault until the end.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QProgressDialog,
    QSpinBox,
    QTableWidgetItem,
    QWidget,
)

from astra_desktop.core.roles import Permission, allowed
from astra_desktop.errors import AstraError
from astra_desktop.gui.dialogs import Messages
from astra_desktop.gui.forms.ui_backups_page import Ui_BackupsPage
from astra_desktop.gui.tasks import Task, TaskRunner
from astra_desktop.gui.transfer_dialogs import ConflictsDialog, RestoreDialog, SecretDialog
from astra_desktop.gui.users_page import PassphraseDialog
from astra_desktop.services import backups, restore, settings, transfer, users
from astra_desktop.services.session import Session

BUSY_AFTER_MS = 150  # a listing that takes longer says so


def _size(size: int) -> str:
    return f"{size / 1e6:.1f} MB" if size >= 1e5 else f"{size / 1e3:.0f} KB"


class BackupsPage(QWidget):
    """Laid out in ui/backups_page.ui; the list of backups is read off the GUI thread."""

    list_loaded = Signal()  # the table shows what is in the folder now

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.runner = TaskRunner(self)
        self.progress: QProgressDialog | None = None
        self.folder: Path | None = backups.folder_setting(session)
        self.listed: list[backups.Listing] = []
        self._generation = 0  # of the listing asked for last: older answers are dropped
        self.loading = False
        admin = allowed(session.actor.role, Permission.BACKUP)

        self.ui = ui = Ui_BackupsPage()
        ui.setupUi(self)
        self.folder_label, self.choose_button = ui.folder_label, ui.choose_button
        self.reminder, self.table, self.message = ui.reminder, ui.table, ui.message
        self.backup_button, self.verify_button = ui.backup_button, ui.verify_button
        self.restore_button = ui.restore_button
        self.codes, self.export_button, self.import_button = (
            ui.codes, ui.export_button, ui.import_button,
        )  # fmt: skip
        self.choose_button.clicked.connect(lambda: self.choose_folder())
        self.backup_button.clicked.connect(lambda: self.make_backup())
        self.verify_button.clicked.connect(lambda: self.verify_selected())
        self.restore_button.clicked.connect(lambda: self.restore_selected())
        self.export_button.clicked.connect(lambda: self.export_cases())
        self.import_button.clicked.connect(lambda: self.import_bundle())
        self.keep = self._spin(ui.keep, backups.KEEP)
        self.remind = self._spin(ui.remind, backups.REMIND_DAYS)
        # A quick listing shows no busy line (it would only flicker); a slow stick does.
        self._busy_after = QTimer(self)
        self._busy_after.setSingleShot(True)
        self._busy_after.setInterval(BUSY_AFTER_MS)
        self._busy_after.timeout.connect(lambda: self._show_busy(True))
        for widget in (ui.backupsBox, ui.settingsBox):
            widget.setEnabled(admin)
        if not admin:
            self.message.setText(self.tr("Only an administrator can make and restore backups."))
        self.refresh()

    def _spin(self, spin: QSpinBox, setting: settings.Setting) -> QSpinBox:
        spin.setRange(setting.minimum, setting.maximum)
        spin.setValue(settings.get(self.session, setting))
        spin.editingFinished.connect(lambda: self._setting_changed(setting, spin.value()))
        return spin

    def _setting_changed(self, setting: settings.Setting, value: int) -> None:
        try:
            settings.put(self.session, setting, value)
        except AstraError as exc:
            self.message.setText(str(exc))
        self.refresh()

    # --- the list --------------------------------------------------------------------------------
    def refresh(self) -> Task | None:
        """The reminder at once; the backups in the folder on the page's worker (a USB stick can
        be slow to read), with a line saying so while it takes. The task, when one was started."""
        if not allowed(self.session.actor.role, Permission.BACKUP) or self.session.closed:
            return None
        self.reminder.setText(backups.reminder(self.session) or "")
        self.folder_label.setText(str(self.folder) if self.folder else "")
        self._generation += 1
        if self.folder is None:
            self._show((self._generation, [], {}))
            return None
        if not self.folder.is_dir():
            self.message.setText(self.tr("The folder {0} is not there (is the stick plugged in?).")
                                 .format(self.folder))  # fmt: skip
        folder, session, generation = self.folder, self.session, self._generation
        self.loading = True
        self._busy_after.start()

        def work() -> tuple[int, list[backups.Listing], dict[str, str]]:
            return generation, backups.list_backups(folder, session), users.display_names(session)

        return self.runner.run(work, on_done=self._show, on_error=self._list_failed)

    def _show(self, result: tuple[int, list[backups.Listing], dict[str, str]]) -> None:
        generation, found, names = result
        if generation != self._generation:  # a newer listing is on its way
            return
        self._show_busy(False)
        self.listed = found
        self.table.setRowCount(len(found))
        for r, item in enumerate(found):
            when = (
                item.created_at.astimezone().strftime("%d.%m.%Y %H:%M") if item.created_at else ""
            )
            by = names.get(item.created_by, self.tr("another vault's user"))
            for c, text in enumerate((when, _size(item.size), by, self._state(item.state))):
                cell = QTableWidgetItem(text)
                cell.setToolTip(item.path.name)
                self.table.setItem(r, c, cell)
        self.table.resizeColumnsToContents()
        self.list_loaded.emit()

    def _list_failed(self, exc: BaseException) -> None:
        self._show_busy(False)
        if self.session.closed:  # locked meanwhile: nobody is looking
            return
        text = str(exc) if isinstance(exc, AstraError) else self.tr("It failed: {0}").format(exc)
        self.message.setText(text)

    def _show_busy(self, on: bool) -> None:
        if not on:
            self.loading = False
            self._busy_after.stop()
        self.ui.busy.setVisible(on)
        self.table.setEnabled(not on)

    def _state(self, state: str) -> str:
        """The "Verified" column: whether the backup was checked (a dash: another vault's)."""
        shown = {"verified": self.tr("yes"), "not verified": self.tr("no"),
                 "damaged": self.tr("DAMAGED"), "other vault": "—"}  # fmt: skip
        return shown.get(state, "")

    def choose_folder(self, folder: Path | None = None) -> None:
        if folder is None:
            name = QFileDialog.getExistingDirectory(self, self.tr("Where to keep backups"))
            if not name:
                return
            folder = Path(name)
        self.folder = folder
        self._guard(lambda: backups.set_folder_setting(self.session, folder))
        self.refresh()

    def _selected(self) -> backups.Listing | None:
        rows = self.table.selectionModel().selectedRows()
        return self.listed[rows[0].row()] if rows else None

    def _guard(self, action: Callable[[], Any]) -> bool:
        try:
            action()
        except AstraError as exc:
            self.message.setText(str(exc))
            return False
        return True

    # --- running work off the GUI thread -----------------------------------------------------------
    def _run(self, label: str, work: Callable[[Task], Any], done: Callable[[Any], None]) -> Task:
        self.progress = QProgressDialog(label, self.tr("Cancel"), 0, 1000, self)
        self.progress.setWindowModality(Qt.WindowModality.WindowModal)
        self.progress.setMinimumDuration(300)
        task = self.runner.run(work, on_done=lambda r: self._finished(done, r),
                               on_error=self._failed, on_progress=self._moved,
                               with_task=True)  # fmt: skip
        self.progress.canceled.connect(lambda: setattr(task, "cancelled", True))
        return task

    def _moved(self, done: int, total: int) -> None:
        if self.progress is not None and total:
            self.progress.setValue(int(done * 1000 / total))

    def _close_progress(self) -> None:
        if self.progress is not None:
            self.progress.reset()
            self.progress.deleteLater()
            self.progress = None

    def _finished(self, done: Callable[[Any], None], result: Any) -> None:
        self._close_progress()
        done(result)

    def _failed(self, exc: BaseException) -> None:
        self._close_progress()
        text = str(exc) if isinstance(exc, AstraError) else self.tr("It failed: {0}").format(exc)
        self.message.setText(text)
        Messages.error(self, self.tr("Backups"), text)
        self.refresh()

    # --- making and verifying ----------------------------------------------------------------------
    def make_backup(self, dialog: PassphraseDialog | None = None) -> Task | None:
        if self.folder is None:
            self.choose_folder()
            if self.folder is None:
                return None
        dialog = dialog or PassphraseDialog(
            self.tr("Passphrase for this backup"), self.session.actor.username, False, self
        )
        if (
            dialog.result() != QDialog.DialogCode.Accepted
            and dialog.exec() != QDialog.DialogCode.Accepted
        ):
            return None
        session, folder, secret = self.session, self.folder, dialog.new.text()
        return self._run(
            self.tr("Making a backup…"),
            lambda t: backups.create(session, folder, secret, t.report),
            self._made,
        )

    def _made(self, info: backups.BackupInfo) -> None:
        self.refresh()
        self.message.setText(
            self.tr("Backup {0} written and verified. Keep its passphrase apart from the stick.")
            .format(info.path.name)
        )  # fmt: skip

    def _open(self, item: backups.Listing, dialog: SecretDialog | None, then: Callable[..., None]) -> Task | None:  # fmt: skip
        dialog = dialog or SecretDialog(
            self.tr("Open a backup"), self.tr("The passphrase chosen when the backup was made, or "
                                              "the vault's recovery key."), True, self)  # fmt: skip
        if (
            dialog.result() != QDialog.DialogCode.Accepted
            and dialog.exec() != QDialog.DialogCode.Accepted
        ):
            return None
        secret, recovery = dialog.secret.text(), dialog.recovery.isChecked()
        return self._run(
            self.tr("Opening the backup…"),
            lambda t: restore.open_backup(item.path, secret, recovery=recovery),
            then,
        )

    def verify_selected(self, dialog: SecretDialog | None = None) -> Task | None:
        item = self._selected()
        if item is None:
            self.message.setText(self.tr("Choose a backup in the list first."))
            return None
        return self._open(item, dialog, self._verify_opened)

    def _verify_opened(self, opened: restore.OpenedBackup) -> None:
        session = self.session

        def work(task: Task) -> object:
            result = restore.verify(opened, lambda f: task.report(int(f * 1000), 1000))
            if opened.listing.vault_id == session.vault_id:
                backups.record_verified(session, opened.listing.backup_id)
            return result

        def shown(_result: object) -> None:
            self.refresh()
            self.message.setText(
                self.tr("{0} is sound: every part authenticates and its records add up.").format(
                    opened.path.name
                )
            )

        self._run(self.tr("Checking the backup…"), work, shown)

    # --- restoring -----------------------------------------------------------------------------------
    def restore_selected(
        self, dialog: SecretDialog | None = None, choice: RestoreDialog | None = None,
        into: Path | None = None,
    ) -> Task | None:  # fmt: skip
        item = self._selected()
        if item is None:
            self.message.setText(self.tr("Choose a backup in the list first."))
            return None
        self._choice, self._into = choice, into
        return self._open(item, dialog, self._restore_opened)

    def _restore_opened(self, opened: restore.OpenedBackup) -> None:
        same = opened.listing.vault_id == self.session.vault_id
        can_replace = same and self.session.files.folder.name == "vault"
        dialog = self._choice or RestoreDialog(restore.preview(opened), can_replace, self)
        if (
            dialog.result() != QDialog.DialogCode.Accepted
            and dialog.exec() != QDialog.DialogCode.Accepted
        ):
            return
        replace = dialog.replace.isChecked() and can_replace
        home = self.session.files.folder.parent if replace else self._into
        if home is None:
            name = QFileDialog.getExistingDirectory(self, self.tr("An empty folder for the vault"))
            if not name:
                return
            home = Path(name)
        key = self.session.data_key if same else None
        if key is None and opened.data_key is None:
            self.message.setText(self.tr("This backup is of another vault: open it with that "
                                         "vault's recovery key to restore it here."))  # fmt: skip
            return

        def work(task: Task) -> restore.Staged:
            return restore.stage_restore(opened, home, data_key=key, replace=replace,
                                         actor_id=self.session.actor.user_id, open_here=True,
                                         progress=task.report)  # fmt: skip

        self._run(self.tr("Restoring…"), work, lambda s: self._staged(s, replace))

    def _staged(self, staged: restore.Staged, replace: bool) -> None:
        if not replace:
            try:
                folder, _ = restore.finish_restore(staged)
            except AstraError as exc:
                restore.discard(staged)
                self.message.setText(str(exc))
                return
            self.message.setText(self.tr("Restored into {0}; it opened and checked out. Open it "
                                         "with astra-desktop --home \"{1}\".")
                                 .format(folder, staged.home))  # fmt: skip
            return
        if not Messages.ask(
            self, self.tr("Replace this vault"),
            self.tr("The restored vault opened and checked out. Replace this vault with it now? "
                    "The vault locks; everyone logs in again with their own passphrase. The current "
                    "vault is kept aside, still encrypted."),
            self.tr("Replace"), self.tr("Cancel"),
        ):  # fmt: skip
            restore.discard(staged)
            return
        self._replace(staged)

    def _replace(self, staged: restore.Staged) -> None:
        """Lock (as Ctrl+L does: drafts kept, session closed), then move the restored vault in."""
        lock = getattr(self.window(), "lock_requested", None)
        if lock is not None:
            lock.emit(False)
        else:
            self.session.close()
        try:
            _folder, aside = restore.finish_restore(staged, replace=True)
        except AstraError as exc:
            Messages.error(None, self.tr("Restore"), str(exc))
            return
        Messages.inform(None, self.tr("Restored"), self.tr(
            "The vault was restored from the backup. Log in with your own passphrase. The vault "
            "it replaced is kept, still encrypted, in {0}.").format(aside))  # fmt: skip

    # --- case transfer -------------------------------------------------------------------------------
    def export_cases(self, out: Path | None = None) -> Task | None:
        codes = [c for c in self.codes.text().replace(",", " ").split() if c]
        if not codes:
            self.message.setText(self.tr("Type the case codes to hand over first."))
            return None
        if out is None:
            name, _ = QFileDialog.getSaveFileName(
                self, self.tr("Save the bundle"), "", self.tr("Case bundles (*.astratransfer)")
            )
            if not name:
                return None
            out = Path(name)
        session = self.session
        return self._run(self.tr("Sealing the cases…"),
                         lambda t: transfer.export_cases(session, codes, out, t.report),
                         self._exported)  # fmt: skip

    def _exported(self, result: transfer.ExportResult) -> None:
        text = self.tr(
            "Wrote {0} ({1}). Its one-time passphrase — read it out by phone, never send it with "
            "the file:\n\n{2}"
        ).format(result.path.name, ", ".join(result.case_codes), result.passphrase)
        self.message.setText(text)
        Messages.inform(self, self.tr("Cases sealed"), text)

    def import_bundle(
        self, path: Path | None = None, dialog: SecretDialog | None = None,
        conflicts: ConflictsDialog | None = None,
    ) -> Task | None:  # fmt: skip
        if path is None:
            name, _ = QFileDialog.getOpenFileName(
                self, self.tr("A case bundle"), "", self.tr("Case bundles (*.astratransfer)")
            )
            if not name:
                return None
            path = Path(name)
        dialog = dialog or SecretDialog(self.tr("Open the bundle"),
                                        self.tr("The one-time passphrase you were told."), False,
                                        self)  # fmt: skip
        if (
            dialog.result() != QDialog.DialogCode.Accepted
            and dialog.exec() != QDialog.DialogCode.Accepted
        ):
            return None
        session, secret = self.session, dialog.secret.text()
        self._conflicts_dialog = conflicts
        return self._run(
            self.tr("Reading the bundle…"),
            lambda t: transfer.plan_import(session, transfer.open_bundle(path, secret)),
            self._planned,
        )

    def _planned(self, plan: transfer.ImportPlan) -> None:
        choices: dict[str, str] = {}
        if plan.conflicts:
            dialog = self._conflicts_dialog or ConflictsDialog(plan.conflicts, self)
            if (
                dialog.result() != QDialog.DialogCode.Accepted
                and dialog.exec() != QDialog.DialogCode.Accepted
            ):
                self.message.setText(self.tr("Nothing was imported."))
                return
            choices = dialog.choices()
        session = self.session
        self._run(self.tr("Importing…"), lambda t: transfer.apply_import(session, plan, choices),
                  self._imported)  # fmt: skip

    def _imported(self, r: transfer.ImportResult) -> None:
        text = self.tr("Imported {0} new and {1} changed records; {2} kept as they were here; "
                       "{3} deleted as on the other laptop.").format(
            r.inserted, r.updated, r.kept, r.deleted)  # fmt: skip
        if r.partners_added:
            text += " " + self.tr(
                "%n partner(s) added to the registry (inactive): check them in Partners.", "",
                r.partners_added)  # fmt: skip
        self.message.setText(text)
