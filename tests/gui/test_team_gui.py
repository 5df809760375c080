"""The Office tab and the team sync in the window (issue 21), with three real vaults and one folder:
a team created, a join request, a device admitted (fingerprint checked, passphrase shown), a join,
a case shared from its file, Sync now, a conflict settled in the side-by-side dialog, a tampered
file refused and shown, a device removed — in English and both Serbian scripts. And locking (or
the panic key) while a sync runs: nothing lost, nothing raised unseen."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTableWidget
from pytestqt.qtbot import QtBot

from astra_desktop.core import team as ct
from astra_desktop.core.models import Case, Client
from astra_desktop.gui import i18n
from astra_desktop.gui.app import AppController
from astra_desktop.gui.case_file import CaseFile
from astra_desktop.gui.dialogs import Messages
from astra_desktop.gui.office.conflicts import OfficeConflictsDialog
from astra_desktop.gui.office.page import OfficePage
from astra_desktop.gui.office.sync import OfficeSync
from astra_desktop.gui.office.team_dialogs import AddDeviceDialog, CreateTeamDialog, JoinTeamDialog
from astra_desktop.gui.tasks import TaskRunner
from astra_desktop.services import clients, integrity, sync, team, team_status
from astra_desktop.services import session as vs
from tests._vaults import CHEAP_KDF
from tests.gui._loaded import loaded
from tests.gui.conftest import unlock

PASS = "copper violin thunder meadow"


@pytest.fixture(params=["en", "sr-Latn", "sr-Cyrl"])
def language(request: pytest.FixtureRequest) -> Iterator[str]:
    i18n.install(request.param)
    yield request.param
    i18n.uninstall()


class Laptop:
    """A vault with its Office tab, as one laptop's window has it."""

    def __init__(self, qtbot: QtBot, folder: Path, user: str) -> None:
        self.session, _ = vs.create_vault(folder, user, PASS, kdf_params=CHEAP_KDF)
        self.runner = TaskRunner()
        self.office = OfficeSync(self.session, self.runner)
        self.page = OfficePage(self.session, self.runner, self.office)
        qtbot.addWidget(self.page)
        self.qtbot = qtbot
        # Syncs only when asked, so each step's result is its own; the watched folder has a
        # test of its own (test_a_file_arriving_in_the_watched_folder…).
        self.office.watcher.blockSignals(True)

    def idle(self) -> None:
        self.qtbot.waitUntil(
            lambda: not self.runner.busy and not self.office.running, timeout=20000
        )

    def sync(self) -> sync.SyncResult:
        self.idle()
        self.page.ui.sync_button.click()
        self.idle()
        assert self.office.result is not None, self.office.error
        return self.office.result


@pytest.fixture
def laptops(qtbot: QtBot, tmp_path: Path) -> Iterator[tuple[Laptop, Laptop, Path]]:
    folder = tmp_path / "office"
    folder.mkdir()
    a, b = Laptop(qtbot, tmp_path / "a", "marija"), Laptop(qtbot, tmp_path / "b", "jovan")
    yield a, b, folder
    for laptop in (a, b):
        laptop.idle()
        laptop.session.close()


def _accepted(dialog: QDialog) -> QDialog:
    dialog.setResult(QDialog.DialogCode.Accepted)
    return dialog


def _create_and_join(a: Laptop, b: Laptop, folder: Path, tmp: Path) -> None:
    # The administrator creates the team.
    assert a.page.ui.create_button.isVisibleTo(a.page)
    assert not a.page.ui.add_button.isVisibleTo(a.page)
    create = CreateTeamDialog(a.page)
    create.name.setText("Kancelarija Beograd")
    create.folder.setText(str(folder))
    assert a.page.create_team(_accepted(create))
    a.idle()
    assert team_status.in_team(a.session) and a.page.ui.add_button.isVisibleTo(a.page)
    assert a.page.ui.team_name.text() == "Kancelarija Beograd"
    assert a.page.table.rowCount() == 1

    # The new laptop asks to join: a request file and the fingerprint shown to read aloud.
    request = tmp / "jovan.astrarequest"
    assert b.page.request_join(str(request))
    b.idle()
    code = b.page.ui.fingerprint.text()
    assert request.exists() and code.count("-") == 4 and code in b.page.message.text()
    assert b.page.ui.join_button.isVisibleTo(b.page)

    # The administrator admits it: a wrong fingerprint is refused in the dialog, the right one
    # shows the one-time passphrase.
    add = a.page.add_device()
    assert isinstance(add, AddDeviceDialog)
    add.request.setText(str(request))
    add.out.setText(str(tmp / "jovan.astrajoin"))
    add.fingerprint.setText("12345-12345-12345-12345-12345")
    add.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    a.qtbot.waitUntil(lambda: bool(add.error.text()), timeout=20000)
    assert add.ui.pages.currentIndex() == 0 and not (tmp / "jovan.astrajoin").exists()
    add.fingerprint.setText(code)
    add.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    a.qtbot.waitUntil(lambda: add.ui.pages.currentIndex() == 1, timeout=30000)
    passphrase = add.ui.passphrase.text()
    assert len(passphrase.split()) == 6 and (tmp / "jovan.astrajoin").exists()
    add.buttons.button(QDialogButtonBox.StandardButton.Close).click()
    a.idle()
    assert a.page.table.rowCount() == 2

    # The new laptop joins with the file and the passphrase (masked, as every passphrase field).
    join = JoinTeamDialog(str(folder), b.page)
    assert join.passphrase.echoMode() == join.passphrase.EchoMode.Password
    join.join_file.setText(str(tmp / "jovan.astrajoin"))
    join.passphrase.setText(passphrase)
    assert b.page.join_team(_accepted(join))
    b.idle()
    assert team_status.in_team(b.session), b.page.message.text()
    assert b.page.table.rowCount() == 2 and not b.page.ui.add_button.isVisibleTo(b.page)


def test_a_team_is_made_joined_synced_and_a_conflict_chosen(
    qtbot: QtBot, laptops: tuple[Laptop, Laptop, Path], tmp_path: Path, language: str
) -> None:
    a, b, folder = laptops
    # Before any team: the case file has no "shared" box.
    case = clients.register(a.session, Client("Zvezdana", "Markerović"),
                            Case("", opened_on=date(2026, 3, 1)))  # fmt: skip
    outside = CaseFile(a.session, case.id, a.runner)
    qtbot.addWidget(outside)
    loaded(qtbot, outside)  # whether the vault is in a team is read on the task runner
    assert not outside.shared.isVisibleTo(outside)

    _create_and_join(a, b, folder, tmp_path)

    # Shared from the case file, then Sync now on both laptops carries it.
    case_file = CaseFile(a.session, case.id, a.runner)
    qtbot.addWidget(case_file)
    loaded(qtbot, case_file)
    assert case_file.shared.isVisibleTo(case_file) and not case_file.shared.isChecked()
    case_file.shared.click()
    assert team_status.is_shared(a.session, case.id)
    assert a.sync().written
    got = b.sync()
    assert got.applied and not got.refused
    assert clients.get_case(b.session, case.id).client_id == case.client_id
    assert not a.office.problem and str(len(got.applied)) in b.page.status.text()

    # Changed on both laptops: held, the dialog shows both sides, Take theirs settles it.
    for laptop, text in ((a, "+381 60 111 (A)"), (b, "+381 60 222 (B)")):
        client = clients.get_client(laptop.session, case.client_id)
        client.contact = text
        clients.update_client(laptop.session, client)
    a.sync()
    held = b.sync()
    assert held.held and not held.applied
    assert b.office.problem and b.page.ui.conflicts_button.isVisibleTo(b.page)
    dialog = b.page.choose_versions()
    assert isinstance(dialog, OfficeConflictsDialog)
    shown = [t.item(r, c).text() for t in dialog.findChildren(QTableWidget)
             for r in range(t.rowCount()) for c in (1, 2)]  # fmt: skip
    assert "+381 60 222 (B)" in shown and "+381 60 111 (A)" in shown  # both sides
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    assert not ok.isEnabled()  # a choice for every record first
    (conflict,) = held.conflicts
    dialog.choose(conflict.key, sync.THEIRS)
    assert ok.isEnabled()
    ok.click()
    b.idle()
    assert b.office.result is not None and b.office.result.applied and not b.office.result.held
    assert clients.get_client(b.session, case.client_id).contact == "+381 60 111 (A)"
    assert not b.page.ui.conflicts_button.isVisibleTo(b.page)

    # A tampered file is refused, and said so in the status (never silent), nothing applied.
    client = clients.get_client(a.session, case.client_id)
    client.contact = "+381 60 333"
    clients.update_client(a.session, client)
    written = a.sync().written
    target = folder / written
    data = bytearray(target.read_bytes())
    data[-70] ^= 1
    target.write_bytes(bytes(data))
    refused = b.sync()
    assert refused.refused and not refused.applied
    (reason,) = refused.refused.values()
    assert b.office.problem and reason in b.page.ui.details.text()
    assert b.page.ui.details.isVisibleTo(b.page)
    assert clients.get_client(b.session, case.client_id).contact == "+381 60 111 (A)"
    data[-70] ^= 1  # the synchroniser delivers the file whole again: applied, the status clear
    target.write_bytes(bytes(data))
    assert b.sync().applied and not b.office.problem
    assert clients.get_client(b.session, case.client_id).contact == "+381 60 333"

    # The administrator removes the laptop (asked first): the roster tells it so at its sync.
    b_row = next(r for r in range(a.page.table.rowCount())
                 if a.page.table.item(r, 0).text() == "jovan")  # fmt: skip
    a.page.table.selectRow(b_row)
    assert not a.page.remove_device()  # the question's safe default: no
    Messages.answer_next(True)
    assert a.page.remove_device()
    a.idle()
    removed = [d for d in team.devices(a.session) if d.removed]
    assert [d.owner for d in removed] == ["jovan"]
    assert b.sync().removed
    assert b.office.problem and b.office.summary() and b.page.ui.details.text()


def test_locking_or_the_panic_key_while_a_sync_runs_loses_nothing(
    qtbot: QtBot, unlocked: AppController, tmp_path: Path, language: str
) -> None:
    ctl = unlocked
    main = ctl.main
    assert main is not None and ctl.session is not None
    folder = tmp_path / "office"
    folder.mkdir()
    team.create(ctl.session, "Kancelarija", folder)
    case = clients.register(ctl.session, Client("Mila", "Jovanović"),
                            Case("", opened_on=date(2026, 3, 1)))  # fmt: skip
    team.share_case(ctl.session, case.case_code)
    main.sync_action.trigger()  # F9: a sync on the task runner…
    assert main.office.running
    ctl.lock(panic=True)  # …and the panic key at once: the lock waits for it, drops its result
    assert ctl.session is None and ctl.main is None
    unlock(qtbot, ctl)
    main = ctl.main
    assert main is not None and ctl.session is not None
    qtbot.waitUntil(lambda: main.office.result is not None, timeout=20000)  # synced at unlock
    assert not main.office.problem, main.office.summary()
    assert main.office_status.isVisible() and main.office_status.text()
    files = sorted(folder.rglob("*.astrasync"))
    assert files  # what the interrupted sync wrote is there (or was written at unlock)
    assert integrity.check(ctl.session).sound
    main.sync_action.trigger()
    ctl.lock()
    unlock(qtbot, ctl)
    assert ctl.main is not None
    qtbot.waitUntil(lambda: ctl.main is not None and ctl.main.office.result is not None,
                    timeout=20000)  # fmt: skip
    assert not ctl.main.office.result.refused  # type: ignore[union-attr]
    # The status line leads to the Office tab.
    ctl.main.office_status.click()
    assert ctl.main.users.ui.tabs.currentWidget() is ctl.main.office_page
    for path in folder.rglob("*.astrasync"):
        assert ct.seq_of(path.name) is not None


def test_a_file_arriving_in_the_watched_folder_is_applied_without_a_click(
    qtbot: QtBot, laptops: tuple[Laptop, Laptop, Path], tmp_path: Path
) -> None:
    a, b, folder = laptops
    _create_and_join(a, b, folder, tmp_path)
    case = clients.register(a.session, Client("Mila", "Jovanović"),
                            Case("", opened_on=date(2026, 3, 1)))  # fmt: skip
    team.share_case(a.session, case.case_code)
    b.office.watcher.blockSignals(False)
    assert b.office.start()  # as at unlock: a sync, then the folder watched
    b.idle()
    assert str(folder) in b.office.watcher.directories()
    assert a.sync().written  # A's first file: a new subfolder in the office folder…
    qtbot.waitUntil(lambda: bool(b.office.result and b.office.result.applied), timeout=20000)
    assert clients.get_case(b.session, case.id)  # …noticed, and applied once the folder was still
    sub = next(p for p in folder.iterdir() if str(p) in b.office.watcher.directories()
               and p != folder)  # fmt: skip
    assert sub.is_dir()  # and A's subfolder watched from now on

    # The folder gone (a stick pulled out): the sync says so, in red, and nothing else changes.
    folder.rename(tmp_path / "unplugged")
    b.page.ui.sync_button.click()
    b.idle()
    assert b.office.error and b.office.problem
    assert b.office.error in b.page.status.text() and b.page.status.property("tone") == "error"
    (tmp_path / "unplugged").rename(folder)
    b.page.ui.sync_button.click()
    b.idle()
    assert not b.office.problem, b.office.summary()


def test_the_office_tab_and_the_team_dialogs_fit_a_small_screen(
    qtbot: QtBot, laptops: tuple[Laptop, Laptop, Path], tmp_path: Path, language: str,
    monkeypatch: pytest.MonkeyPatch,
) -> None:  # fmt: skip
    from astra_desktop.gui import screen_fit
    from tests.gui.test_layout_fit import SCREENS, misfits

    area = SCREENS["1366x768"]
    monkeypatch.setattr(screen_fit, "available_geometry", lambda _window: area)
    a, b, folder = laptops
    report = {"no team": misfits(b.page, area)}
    _create_and_join(a, b, folder, tmp_path)
    a.page.resize(1100, 600)
    report["administrator"] = misfits(a.page, area)
    for dialog in (CreateTeamDialog(a.page), JoinTeamDialog("", a.page), AddDeviceDialog(a.page)):
        report[type(dialog).__name__] = misfits(dialog, area)
        dialog.hide()
    done = AddDeviceDialog(a.page)
    done.show_passphrase("jabuka most reka oblak sunce kamen", str(tmp_path / "j.astrajoin"))
    report["passphrase shown"] = misfits(done, area)
    done.hide()
    assert {k: v for k, v in report.items() if v} == {}
