"""The Office tab of Users & settings (issue 21): this laptop's place in the team, the office
folder, the team's devices, and the sync's state with Sync now.

What each person finds: on a laptop in no team, an administrator may create one and anyone may
ask to join one (a request file, and the fingerprint to read aloud), then join with the join file
and its passphrase; on the administrator's laptop, adding and removing devices; everywhere, the
last sync (files applied, waiting, refused with the reason) and the records to choose. The work
runs on the task runner: admitting a device seals a file with Argon2id, joining opens one.
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from PySide6.QtWidgets import QDialog, QFileDialog, QTableWidgetItem, QWidget

from astra_desktop.core.roles import Permission, allowed
from astra_desktop.errors import AstraError
from astra_desktop.gui import style
from astra_desktop.gui.dialogs import Messages
from astra_desktop.gui.forms.ui_office_page import Ui_OfficePage
from astra_desktop.gui.office.conflicts import OfficeConflictsDialog
from astra_desktop.gui.office.sync import OfficeSync
from astra_desktop.gui.office.team_dialogs import (
    REQUEST_FILTER,
    AddDeviceDialog,
    CreateTeamDialog,
    JoinTeamDialog,
)
from astra_desktop.gui.tasks import TaskRunner
from astra_desktop.services import sync, team, team_status
from astra_desktop.services.session import Session
from astra_desktop.services.team_status import JOINED, NONE, REQUESTED


class OfficePage(QWidget):
    def __init__(
        self,
        session: Session,
        runner: TaskRunner,
        office: OfficeSync,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.session, self.runner, self.office = session, runner, office
        self.ui = ui = Ui_OfficePage()
        ui.setupUi(self)
        self.table, self.message, self.status = ui.table, ui.message, ui.status
        self.overview = team_status.overview(session)
        self.dialog: QDialog | None = None  # the dialog open now (tests drive it)
        ui.create_button.clicked.connect(lambda: self.create_team())
        ui.request_button.clicked.connect(lambda: self.request_join())
        ui.join_button.clicked.connect(lambda: self.join_team())
        ui.add_button.clicked.connect(lambda: self.add_device())
        ui.remove_button.clicked.connect(lambda: self.remove_device())
        ui.folder_button.clicked.connect(lambda: self.choose_folder())
        ui.sync_button.clicked.connect(lambda: self.office.sync_now())
        ui.conflicts_button.clicked.connect(lambda: self.choose_versions())
        office.changed.connect(self.reload)
        self.reload()

    # --- showing -----------------------------------------------------------------------------------
    def reload(self) -> None:
        if self.session.closed:
            return
        ui, ov = self.ui, team_status.overview(self.session)
        self.overview = ov
        if ov.state == JOINED:
            ui.team_name.setText(ov.name)
        elif ov.state == REQUESTED:
            ui.team_name.setText(
                self.tr(
                    "Not in a team yet. The join request is written; join with the join file "
                    "the administrator makes from it."
                )
            )
        else:
            ui.team_name.setText(self.tr("Not in a team."))
        ui.device_id.setText(ov.device_id[:8] if ov.device_id else "—")
        ui.fingerprint.setText(ov.fingerprint or "—")
        ui.folder.setText(ov.folder)
        ui.folder.setToolTip(ov.folder)
        ui.folder.setPlaceholderText(self.tr("Not chosen yet."))
        self._fill_devices(ov)
        may_manage = allowed(self.session.actor.role, Permission.MANAGE_USERS)
        ui.create_button.setVisible(ov.state == NONE and may_manage)
        ui.request_button.setVisible(ov.state in (NONE, REQUESTED))
        ui.join_button.setVisible(ov.state == REQUESTED)
        ui.add_button.setVisible(ov.state == JOINED and ov.admin)
        ui.remove_button.setVisible(ov.state == JOINED and ov.admin)
        ui.folder_button.setEnabled(ov.state == JOINED)
        self._show_sync(ov)

    def _fill_devices(self, ov: team_status.Overview) -> None:
        self.table.setRowCount(len(ov.devices))
        for row, d in enumerate(ov.devices):
            role = self.tr("administrator") if d.admin else self.tr("member")
            if d.device_id == ov.device_id:
                role = self.tr("{0} (this laptop)").format(role)
            state = self.tr("removed") if d.removed else self.tr("in the team")
            for col, text in enumerate(
                (d.owner, d.device_id[:8], role, self._seen(d.last_seen, d.device_id == ov.device_id),
                 state)
            ):  # fmt: skip
                item = QTableWidgetItem(text)
                if col == 1:
                    item.setToolTip(d.device_id)
                self.table.setItem(row, col, item)
        self.table.resizeColumnsToContents()

    def _seen(self, when: str | None, mine: bool) -> str:
        if mine:
            return "—"
        if not when:
            return self.tr("never")
        try:
            return datetime.fromisoformat(when).astimezone().strftime("%d.%m.%Y %H:%M")
        except ValueError:
            return when

    def _show_sync(self, ov: team_status.Overview) -> None:
        ui, office = self.ui, self.office
        if ov.state != JOINED:
            text = self.tr("Syncing starts once this laptop is in a team.")
        elif not ov.folder:
            text = self.tr("Choose the office folder to sync with.")
        else:
            text = office.summary() or self.tr("Not synced yet in this session.")
        ui.status.setText(text)
        style.tone(ui.status, "error" if office.problem else None)
        ui.details.setText("\n".join(office.details()))
        ui.details.setVisible(bool(ui.details.text()))
        ui.sync_button.setEnabled(ov.state == JOINED and bool(ov.folder) and not office.running)
        result = office.result
        ui.conflicts_button.setVisible(bool(result and result.held) and not office.running)

    # --- running work ------------------------------------------------------------------------------
    def _run(self, work: object, done: object, failed: object = None) -> None:
        def on_error(exc: BaseException) -> None:
            text = (
                str(exc) if isinstance(exc, AstraError) else self.tr("It failed: {0}").format(exc)
            )
            if failed is not None:
                failed(text)  # type: ignore[operator]
            else:
                self.message.setText(text)
                style.tone(self.message, "error")
            self.reload()

        def on_done(value: object) -> None:
            style.tone(self.message, None)
            done(value)  # type: ignore[operator]
            self.reload()

        self.runner.run(work, on_done=on_done, on_error=on_error)  # type: ignore[arg-type]

    # --- on a laptop in no team --------------------------------------------------------------------
    def create_team(self, dialog: CreateTeamDialog | None = None) -> bool:
        dialog = dialog or CreateTeamDialog(self)
        if not _accepted(dialog):
            return False
        name, folder = dialog.name.text().strip(), Path(dialog.folder.text().strip())

        def done(_row: object) -> None:
            self.message.setText(
                self.tr(
                    "Created the team {0}; this laptop is its administrator. Add the other "
                    "laptops from their join requests."
                ).format(name)
            )
            self.office.start()

        self._run(lambda: team.create(self.session, name, folder), done)
        return True

    def request_join(self, path: str = "") -> bool:
        if not path:
            path, _ = QFileDialog.getSaveFileName(
                self, self.tr("Save the join request"), "join.astrarequest", REQUEST_FILTER
            )
        if not path:
            return False

        def done(code: str) -> None:
            self.message.setText(
                self.tr(
                    "Wrote the join request {0}. Give it to the administrator and read them "
                    "this fingerprint aloud: {1}"
                ).format(path, code)
            )

        self._run(lambda: team.request_join(self.session, Path(path)), done)
        return True

    def join_team(self, dialog: JoinTeamDialog | None = None) -> bool:
        dialog = dialog or JoinTeamDialog(self.overview.folder, self)
        if not _accepted(dialog):
            return False
        path, secret = Path(dialog.join_file.text().strip()), dialog.passphrase.text()
        folder = Path(dialog.folder.text().strip())
        dialog.passphrase.clear()

        def done(row: object) -> None:
            self.message.setText(
                self.tr("Joined the team {0}. Its shared cases arrive with the first sync.").format(
                    getattr(row, "name", "")
                )
            )
            self.office.start()

        self._run(lambda: team.join(self.session, path, secret, folder), done)
        return True

    # --- on the administrator's laptop -------------------------------------------------------------
    def add_device(self, dialog: AddDeviceDialog | None = None) -> AddDeviceDialog:
        dialog = dialog or AddDeviceDialog(self)
        self.dialog = dialog
        dialog.submitted.connect(lambda: self._admit(dialog))
        dialog.open()
        return dialog

    def _admit(self, dialog: AddDeviceDialog) -> None:
        request, out = Path(dialog.request.text().strip()), Path(dialog.out.text().strip())
        code = dialog.fingerprint.text()

        def work() -> team.JoinFile:
            folder = sync.resolve_folder(self.session, None)
            return team.add_device(self.session, request, out, folder, code)

        def done(made: team.JoinFile) -> None:
            dialog.show_passphrase(made.passphrase, str(made.path))
            self.message.setText(
                self.tr(
                    "Added the device of {0}'s join request; the other laptops learn of it "
                    "at their next sync."
                ).format(request.name)
            )
            self.office.sync_now()

        self._run(work, done, dialog.show_error)

    def remove_device(self) -> bool:
        rows = self.table.selectionModel().selectedRows()
        devices = self.overview.devices
        if not rows or rows[0].row() >= len(devices):
            self.message.setText(self.tr("Choose a device in the list first."))
            return False
        device = devices[rows[0].row()]
        if not Messages.ask(
            self,
            self.tr("Remove the device"),
            self.tr(
                "Remove {0}'s laptop ({1}) from the team? A new team key is made and sent to the "
                "other laptops only: the removed laptop cannot read anything written from now "
                "on, and files it writes are refused. What it already has stays on it."
            ).format(device.owner, device.device_id[:8]),
            self.tr("Remove"),
            self.tr("Cancel"),
        ):
            return False

        def work() -> int:
            return team.remove_device(
                self.session, device.device_id, sync.resolve_folder(self.session, None)
            )

        def done(_epoch: object) -> None:
            self.message.setText(
                self.tr("Removed {0}'s laptop; the team key was renewed.").format(device.owner)
            )
            self.office.sync_now()

        self._run(work, done)
        return True

    # --- the folder and the conflicts --------------------------------------------------------------
    def choose_folder(self, path: str = "") -> bool:
        if not path:
            path = QFileDialog.getExistingDirectory(
                self, self.tr("The office folder"), self.overview.folder
            )
        if not path:
            return False
        try:
            sync.resolve_folder(self.session, Path(path))
        except AstraError as exc:
            self.message.setText(str(exc))
            style.tone(self.message, "error")
            return False
        style.tone(self.message, None)
        self.message.setText(self.tr("The office folder is now {0}.").format(path))
        self.reload()
        self.office.start()
        return True

    def choose_versions(self) -> OfficeConflictsDialog | None:
        """Both sides of every record held, a choice for each; the sync runs again with them."""
        result = self.office.result
        if result is None or not result.held:
            return None
        dialog = OfficeConflictsDialog(list(result.held.values()), self)
        self.dialog = dialog

        def finished(code: int) -> None:
            if code == QDialog.DialogCode.Accepted and not self.session.closed:
                self.office.sync_now(dialog.choices())

        dialog.finished.connect(finished)
        dialog.open()
        return dialog


def _accepted(dialog: QDialog) -> bool:
    """A dialog a test filled and accepted, or one the person answers now."""
    return (
        dialog.result() == QDialog.DialogCode.Accepted
        or dialog.exec() == QDialog.DialogCode.Accepted
    )
