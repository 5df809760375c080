"""Locking with dialogs half filled in: after unlock they are open again with what was typed."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog
from pytestqt.qtbot import QtBot

from astra_desktop.core.models import Case, Client
from astra_desktop.gui.app import AppController
from astra_desktop.gui.appointment_dialog import AppointmentDialog
from astra_desktop.gui.case_list import NewClientDialog
from astra_desktop.gui.risk_form import AssessmentForm
from astra_desktop.services import clients, drafts
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
