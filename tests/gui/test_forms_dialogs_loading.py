"""The partner, powers-of-attorney, organisation-and-lawyers and templates dialogs read on the task
runner's worker when given a runner: built while the worker is held up, they are on screen at
once, say they are loading and take no input; once the worker gets to them they show what a
dialog reading at once shows. A read that fails (the proceeding deleted meanwhile, a template
this version does not have) is said in the dialog, and nothing can be saved from it.

Real vault, real widgets, a real runner; holding the worker up is what proves the records are not
read on the GUI thread (they could not be there yet)."""

from __future__ import annotations

import threading
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtWidgets import QDialogButtonBox, QWidget
from pytestqt.qtbot import QtBot

from astra_desktop.core.court import Proceeding
from astra_desktop.core.models import Case, Client
from astra_desktop.core.partners import Partner, PartnerKind
from astra_desktop.core.profiles import Lawyer, Organisation, PowerOfAttorney
from astra_desktop.core.roles import Role
from astra_desktop.gui import dialog_drafts
from astra_desktop.gui.partners.dialog import PartnerDialog
from astra_desktop.gui.powers_dialog import PowersDialog
from astra_desktop.gui.profiles_dialog import ProfilesDialog
from astra_desktop.gui.tasks import TaskRunner
from astra_desktop.gui.templates_dialog import TemplatesDialog
from astra_desktop.services import clients, partners, proceedings, profiles, templates, users
from astra_desktop.services import session as vs
from tests.gui import _hold
from tests.gui.conftest import type_text

runner, gate = _hold.runner, _hold.gate  # the fixtures, shared (tests/gui/_hold.py)

SAVE = QDialogButtonBox.StandardButton.Save


@pytest.fixture
def proceeding_id(session: vs.Session) -> str:
    case = clients.register(session, Client("Jelena", "Đorđević"), Case(""))
    p = proceedings.add(session, Proceeding(case.id, court="Viši sud u Beogradu"))
    lawyer = profiles.save_lawyer(session, Lawyer("Milica Petrović", city="Beograd"))
    power = PowerOfAttorney(lawyer.id, lawyer.name, date(2024, 3, 5), "zastupanje oštećene")
    profiles.add_power(session, p.id, power)
    return p.id


def test_powers_load_on_the_worker(
    qtbot: QtBot, session: vs.Session, proceeding_id: str, runner: TaskRunner,
    gate: threading.Event,
) -> None:  # fmt: skip
    dialog = PowersDialog(session, proceeding_id, runner=runner)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.loading and dialog.table.rowCount() == 0 and dialog.lawyer.count() == 0
    assert not dialog.table.isEnabled() and not dialog.scope.isEnabled()
    assert dialog.error.text() and dialog.error.property("tone") == "muted"  # "Loading …"
    gate.set()
    qtbot.waitUntil(lambda: not dialog.loading)
    at_once = PowersDialog(session, proceeding_id)  # no runner: read on the spot, as before
    qtbot.addWidget(at_once)
    assert dialog.table.rowCount() == at_once.table.rowCount() == 1
    assert dialog.table.item(0, 1).text() == "05.03.2024" and dialog.lawyer.count() == 1
    assert dialog.add_button.isEnabled() and dialog.scope.isEnabled()
    assert dialog.error.text() == "" and not dialog.no_lawyers.isVisibleTo(dialog)
    # an added power shows once read again
    type_text(qtbot, dialog.scope, "podnošenje imovinskopravnog zahteva")
    assert dialog.add()
    qtbot.waitUntil(lambda: not dialog.loading and dialog.table.rowCount() == 2)


def test_powers_of_a_proceeding_deleted_meanwhile(
    qtbot: QtBot, session: vs.Session, proceeding_id: str, runner: TaskRunner,
    gate: threading.Event,
) -> None:  # fmt: skip
    dialog = PowersDialog(session, proceeding_id, runner=runner)
    qtbot.addWidget(dialog)
    dialog.show()
    proceedings.delete(session, proceeding_id)  # on another tab, while the worker was busy
    gate.set()
    qtbot.waitUntil(lambda: not dialog.loading)
    assert dialog.error.text() and dialog.error.property("tone") == "error"
    assert not dialog.add_button.isEnabled() and not dialog.table.isEnabled()
    assert not dialog.scope.isEnabled()


def test_organisation_and_lawyers_load_on_the_worker(
    qtbot: QtBot, session: vs.Session, proceeding_id: str, runner: TaskRunner,
    gate: threading.Event,
) -> None:  # fmt: skip
    profiles.save_organisation(session, Organisation("Astra", "Primerna 1", "Beograd"))
    dialog = ProfilesDialog(session, runner=runner)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.loading and not dialog.loaded and dialog.org_name.text() == ""
    assert not dialog.ui.buttons.button(SAVE).isEnabled() and not dialog.org_name.isEnabled()
    assert dialog.ui.buttons.button(QDialogButtonBox.StandardButton.Close).isEnabled()
    assert dialog.error.text()  # "Loading …"
    assert not dialog.save()  # nothing read yet: nothing to save over the letterhead
    gate.set()
    qtbot.waitUntil(lambda: dialog.loaded)
    assert (dialog.org_name.text(), dialog.org_city.text()) == ("Astra", "Beograd")
    assert dialog.table.rowCount() == 1 and dialog.table.item(0, 0).text() == "Milica Petrović"
    assert dialog.ui.buttons.button(SAVE).isEnabled() and dialog.error.text() == ""
    assert not dialog.has_typing()  # what it was filled with is not typing
    # a lawyer added: the list is read again, the letterhead being typed stays
    type_text(qtbot, dialog.org_address, ", sprat 2")
    adding = dialog.add_lawyer()
    type_text(qtbot, adding.name, "Petar Ilić")
    assert adding.save()
    qtbot.waitUntil(lambda: dialog.table.rowCount() == 2)
    assert dialog.org_address.text() == "Primerna 1, sprat 2" and dialog.has_typing()
    assert dialog.save() and profiles.organisation(session).address == "Primerna 1, sprat 2"


def test_templates_load_on_the_worker(
    qtbot: QtBot, session: vs.Session, runner: TaskRunner, gate: threading.Event
) -> None:
    dialog = TemplatesDialog(session, runner=runner)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.loading and dialog.editor.toPlainText() == ""
    assert not dialog.editor.isEnabled() and not dialog.save_button.isEnabled()
    assert dialog.document.isEnabled()  # the choice stays: the arrow keys go on through it
    assert not dialog.save() and dialog.error.text()  # "Loading …"
    gate.set()
    qtbot.waitUntil(lambda: not dialog.loading)
    found = templates.get(session, dialog.name(), dialog.lang())
    assert dialog.editor.toPlainText() == found.text and dialog.editor.isEnabled()
    assert dialog.save_button.isEnabled() and dialog.error.text() == ""
    assert not dialog.has_typing()
    # the next one chosen is read on the worker too, and only the last choice is shown
    dialog.document.setCurrentIndex(1)
    dialog.document.setCurrentIndex(2)
    qtbot.waitUntil(lambda: not dialog.loading)
    assert dialog.name() == dialog.document.itemData(2)
    assert dialog.editor.toPlainText() == templates.get(session, dialog.name(), "sr-Latn").text


def test_a_template_that_cannot_be_read_is_said_so(
    qtbot: QtBot, session: vs.Session, runner: TaskRunner
) -> None:
    dialog = TemplatesDialog(session, runner=runner)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: not dialog.loading)
    shown = dialog.editor.toPlainText()
    dialog.document.addItem("A template of a newer version", "no-such-template")
    dialog.document.setCurrentIndex(dialog.document.count() - 1)
    qtbot.waitUntil(lambda: not dialog.loading)
    assert "no-such-template" in dialog.error.text()
    assert dialog.error.property("tone") == "error"
    assert not dialog.editor.isEnabled() and not dialog.save_button.isEnabled()
    assert not dialog.reset_button.isEnabled() and dialog.editor.toPlainText() == shown


def test_a_partner_loads_on_the_worker(
    qtbot: QtBot, session: vs.Session, runner: TaskRunner, gate: threading.Event
) -> None:
    court = partners.add(session, Partner("Viši sud u Beogradu", PartnerKind.COURT, "Beograd"))
    parent = QWidget()
    qtbot.addWidget(parent)
    dialog = PartnerDialog(session, court.id, parent, runner=runner)
    dialog.open()
    assert dialog.loading and not dialog.loaded and dialog.name.text() == ""
    assert dialog_drafts.collect(parent) == {}  # nothing read, nothing typed: nothing to keep
    assert not dialog.name.isEnabled() and not dialog.ui.buttons.button(SAVE).isEnabled()
    assert dialog.ui.buttons.button(QDialogButtonBox.StandardButton.Cancel).isEnabled()
    assert dialog.error.text() and not dialog.save()
    gate.set()
    qtbot.waitUntil(lambda: dialog.loaded)
    assert (dialog.name.text(), dialog.kind.value()) == ("Viši sud u Beogradu", PartnerKind.COURT)
    assert dialog.name.isEnabled() and dialog.active.isEnabled() and dialog.error.text() == ""
    assert not dialog.has_typing()  # what it was filled with is not typing
    assert dialog_drafts.collect(parent) == {}
    type_text(qtbot, dialog.phone, "011 000 0107")  # kept over a lock, as a partner's draft
    [kept] = dialog_drafts.collect(parent).values()
    assert (kept["kind"], kept["ids"]) == ("partner", {"partner_id": court.id})
    assert kept["values"]["phone"] == ["QLineEdit", "011 000 0107"]
    with qtbot.waitSignal(dialog.saved):
        assert dialog.save(), dialog.error.text()
    assert partners.get(session, court.id).phone == "011 000 0107"


def test_a_partner_that_cannot_be_read_is_said_so(
    qtbot: QtBot, session: vs.Session, runner: TaskRunner
) -> None:
    """Deleted meanwhile (on another laptop, say): the dialog says so; only Cancel is left."""
    dialog = PartnerDialog(session, "no-such-partner", runner=runner)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: not dialog.loading)
    assert not dialog.loaded and dialog.error.text()
    assert dialog.error.property("tone") == "error"
    assert not dialog.ui.buttons.button(SAVE).isEnabled() and not dialog.name.isEnabled()
    assert not dialog.save()


def test_a_viewer_reads_a_partner_loaded_on_the_worker(
    qtbot: QtBot, session: vs.Session, vault_folder: Path, runner: TaskRunner
) -> None:
    """Once loaded, the inputs are as the role allows: text to copy, nothing to change."""
    court = partners.add(session, Partner("Viši sud u Beogradu", PartnerKind.COURT, "Beograd"))
    users.add_user(session, "vid", Role.VIEWER, "viewer passphrase that is long")
    session.close()
    with vs.unlock(vault_folder, "vid", "viewer passphrase that is long") as viewer:
        dialog = PartnerDialog(viewer, court.id, runner=runner)
        qtbot.addWidget(dialog)
        qtbot.waitUntil(lambda: dialog.loaded)
        assert dialog.name.text() == "Viši sud u Beogradu"
        assert dialog.name.isEnabled() and dialog.name.isReadOnly()
        assert not dialog.kind.isEnabled() and not dialog.active.isEnabled()
        runner.wait()
