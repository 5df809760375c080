"""Locking with dialogs half filled in: after unlock they are open again with what was typed."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog
from pytestqt.qtbot import QtBot

from astra_desktop.core.court import Proceeding
from astra_desktop.core.enums import Role
from astra_desktop.core.models import Case, Client
from astra_desktop.gui import dialog_drafts
from astra_desktop.gui.app import AppController
from astra_desktop.gui.appointment_dialog import AppointmentDialog
from astra_desktop.gui.case_list import NewClientDialog
from astra_desktop.gui.court.hearing_dialog import HearingDialog
from astra_desktop.gui.dialogs import Messages
from astra_desktop.gui.risk_form import AssessmentForm
from astra_desktop.services import clients, drafts, hearings, proceedings, users
from tests.conftest import CASEWORKER, CASEWORKER_PASS
from tests.gui.conftest import type_text, unlock


def open_dialogs(main: object, kind: type[QDialog]) -> list[QDialog]:
    return [d for d in main.findChildren(kind) if d.isVisible()]  # type: ignore[attr-defined]


def test_lock_keeps_half_filled_dialogs(qtbot: QtBot, unlocked: AppController) -> None:
    session, main = unlocked.session, unlocked.main
    assert session is not None and main is not None
    case = clients.register(session, Client("Milena", "Jovanović"), Case(""))

    new_client = main.cases.list_page.new_client()
    type_text(qtbot, new_client.form.widgets["given_name"], "Đurđa")
    appointment = AppointmentDialog(session, case_id=case.id, parent=main.appointments.agenda)
    appointment.open()
    appointment.place.setText("Centar za socijalni rad, Novi Sad")
    appointment.notes.setPlainText("Poneti lična dokumenta.")
    untouched = AppointmentDialog(session, case_id=case.id, parent=main)
    untouched.open()  # opened but nothing typed: not kept, not reopened
    risk = AssessmentForm(session, case.id, parent=main)
    risk.open()
    item_id, row = next(iter(risk.rows.items()))
    answer, button = list(row.buttons.items())[-1]
    button.click()
    risk.own_words.setPlainText("Kaže da se više ne plaši.")

    with qtbot.waitSignal(unlocked.locked, timeout=5000):
        unlocked.lock()
    unlock(qtbot, unlocked)
    main = unlocked.main
    assert main is not None and unlocked.session is not None
    assert drafts.take_all(unlocked.session) == {}  # used up: restored once, then gone

    [client_dialog] = open_dialogs(main, NewClientDialog)
    assert client_dialog.form.widgets["given_name"].text() == "Đurđa"
    [appt] = open_dialogs(main, AppointmentDialog)
    assert appt.case_id == case.id
    assert appt.place.text() == "Centar za socijalni rad, Novi Sad"
    assert appt.notes.toPlainText() == "Poneti lična dokumenta."
    [form] = open_dialogs(main, AssessmentForm)
    assert form.own_words.toPlainText() == "Kaže da se više ne plaši."
    assert form.rows[item_id].answer == answer

    assert appt.save()
    client_dialog.save()
    assert client_dialog.case is not None
    saved = clients.get_client(unlocked.session, client_dialog.case.client_id)
    assert saved.given_name == "Đurđa"


def test_a_draft_whose_record_changed_is_restored_as_far_as_it_goes(
    qtbot: QtBot, unlocked: AppController
) -> None:
    """A colleague ticked as companion is removed while the vault is locked: the rest of the
    appointment comes back, and the person is told one choice could not be."""
    session, main = unlocked.session, unlocked.main
    assert session is not None and main is not None
    users.add_user(session, CASEWORKER, Role.CASEWORKER, CASEWORKER_PASS)
    case = clients.register(session, Client("Milena", "Jovanović"), Case(""))
    dialog = AppointmentDialog(session, case_id=case.id, parent=main)
    dialog.open()
    dialog.place.setText("Sud u Novom Sadu")
    rows = {dialog.workers.item(i).text(): i for i in range(dialog.workers.count())}
    dialog.workers.item(rows[CASEWORKER]).setCheckState(Qt.CheckState.Checked)
    kept = dialog_drafts.collect(main)
    assert len(kept) == 1 and next(iter(kept.values()))["kind"] == "appointment"
    dialog.reject()
    users.remove_user(session, CASEWORKER)
    Messages.shown.clear()

    [again] = dialog_drafts.restore(main, kept)
    assert isinstance(again, AppointmentDialog)
    assert again.place.text() == "Sud u Novom Sadu"
    [(kind, text)] = Messages.shown
    assert kind == "inform" and "Not all of what you had typed" in text and "1 field" in text
    again.reject()


def test_a_draft_of_a_deleted_record_is_not_dropped_silently(
    qtbot: QtBot, unlocked: AppController
) -> None:
    main = unlocked.main
    assert main is not None
    kept = {
        "dialog:gone:0": {"v": 2, "kind": "hearing", "ids": {"hearing_id": "no-such-hearing"},
                          "values": {"QLineEdit#1": ["QLineEdit", "typed"]}},
    }  # fmt: skip
    Messages.shown.clear()
    assert dialog_drafts.restore(main, kept) == []
    [(kind, text)] = Messages.shown
    assert kind == "inform" and "lost" in text


def test_a_draft_kept_by_the_previous_version_still_opens(
    qtbot: QtBot, unlocked: AppController
) -> None:
    """Version 1 stored the class path and the values by position."""
    session, main = unlocked.session, unlocked.main
    assert session is not None and main is not None
    case = clients.register(session, Client("Milena", "Jovanović"), Case(""))
    probe = AppointmentDialog(session, case_id=case.id, parent=main)
    values = [[t, v] for t, v in dialog_drafts.snapshot(probe).values()]
    place = list(dialog_drafts._identities(probe).values()).index(probe.place)
    values[place][1] = "Centar za socijalni rad"
    probe.deleteLater()
    kept = {
        "dialog:astra_desktop.gui.appointment_dialog:AppointmentDialog:0": {
            "kind": "astra_desktop.gui.appointment_dialog:AppointmentDialog",
            "ids": {"case_id": case.id},
            "values": values,
        }
    }
    Messages.shown.clear()
    [again] = dialog_drafts.restore(main, kept)
    assert isinstance(again, AppointmentDialog)
    assert again.place.text() == "Centar za socijalni rad"
    assert Messages.shown == []
    again.reject()


def test_a_version_1_draft_of_a_dialog_whose_module_moved_still_opens(
    qtbot: QtBot, unlocked: AppController
) -> None:
    """Version 1 stored the module path, and the hearing dialog moved into gui/court/ since."""
    session, main = unlocked.session, unlocked.main
    assert session is not None and main is not None
    case = clients.register(session, Client("Milena", "Jovanović"), Case(""))
    p = proceedings.add(session, Proceeding(case.id, court="Viši sud u Beogradu"))
    view = hearings.schedule(session, p.id, datetime.now().replace(microsecond=0))
    probe = HearingDialog(session, view.hearing.id, main)
    values = [[t, v] for t, v in dialog_drafts.snapshot(probe).values()]
    place = list(dialog_drafts._identities(probe).values()).index(probe.outcome)
    values[place][1] = "Saslušanje odloženo."
    probe.deleteLater()
    old_path = "astra_desktop.gui.hearing_dialog:HearingDialog"
    kept = {
        f"dialog:{old_path}:0": {
            "kind": old_path,
            "ids": {"hearing_id": view.hearing.id},
            "values": values,
        }
    }
    Messages.shown.clear()
    [again] = dialog_drafts.restore(main, kept)
    assert isinstance(again, HearingDialog)
    assert again.outcome.toPlainText() == "Saslušanje odloženo."
    assert Messages.shown == []
    again.reject()
