"""Issue 14 through the widgets: an unanswered assessment says "Not assessed", a half-typed form
asks before Cancel / Esc / close throws it away, a past hearing is not "ahead", and a court hearing
made as an appointment shows in the Court tab (and one made there in the agenda)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QWidget
from pytestqt.qtbot import QtBot

from astra_desktop.core.appointments import BELGRADE, AppointmentKind
from astra_desktop.core.court import Proceeding
from astra_desktop.core.models import Case, Client
from astra_desktop.core.risk import Answer
from astra_desktop.gui.app import AppController
from astra_desktop.gui.case_file import CaseFile
from astra_desktop.gui.court.proceedings_tab import ProceedingsTab
from astra_desktop.gui.dialogs import Messages
from astra_desktop.gui.paged_model import ID_ROLE
from astra_desktop.gui.risk_form import LEVEL_COLOURS
from astra_desktop.services import clients, hearings, proceedings
from astra_desktop.services.session import Session
from tests.gui._loaded import loaded
from tests.gui.conftest import type_text


def open_case(unlocked: AppController, *courts: str) -> tuple[Session, CaseFile]:
    main, session = unlocked.main, unlocked.session
    assert main is not None and session is not None
    case = clients.register(session, Client("Ivana", "Marić"), Case(""))
    for court in courts:
        proceedings.add(session, Proceeding(case.id, court=court))
    case_file = main.cases.open_case(case.id)
    assert case_file is not None
    return session, case_file


def show_tab(case_file: CaseFile, view: QWidget) -> None:
    """Bring up the case-file tab holding `view` (some tabs sit inside a scroll area)."""
    tabs = case_file.tabs
    for i in range(tabs.count()):
        page = tabs.widget(i)
        if page is view or page.isAncestorOf(view):
            tabs.setCurrentIndex(i)
            return
    raise AssertionError(f"no tab holds {view!r}")


def asked() -> int:
    return sum(1 for kind, _text in Messages.shown if kind == "ask")


def cancel(dialog: QDialog) -> None:
    box = dialog.findChild(QDialogButtonBox)
    assert box is not None
    button = box.button(QDialogButtonBox.StandardButton.Cancel)
    assert button is not None
    button.click()


# --- 1. no answers: "Not assessed", grey, and nothing saved ----------------------------------------
def test_an_unanswered_form_shows_not_assessed_and_is_not_saved(
    qtbot: QtBot, unlocked: AppController
) -> None:
    _session, case_file = open_case(unlocked)
    show_tab(case_file, case_file.risk)
    form = loaded(qtbot, case_file.risk.new_assessment())  # the instrument read on the runner
    text = form.result_label.text()
    assert "Not assessed" in text and "Low" not in text
    assert LEVEL_COLOURS[None] in text and "#1e8449" not in text  # grey, never green
    assert form.final is None
    form.save()
    assert form.isVisible() and "No question is answered" in form.error.text()
    assert loaded(qtbot, case_file.risk).assessments == []

    form.rows["B1"].buttons[Answer.NO].click()  # one answer: its level, with the gaps named
    assert "Low" in form.result_label.text() and "A1, A2" in form.result_label.text()
    form.rows["A1"].buttons[Answer.YES].click()  # a red flag still makes it high
    assert "High" in form.result_label.text()
    form.save()
    assert not form.isVisible()
    assert "High" in loaded(qtbot, case_file.risk).summary.text()


# --- 2. Cancel, Esc and close ask before discarding typing -----------------------------------------
def test_cancel_on_a_half_answered_assessment_asks(qtbot: QtBot, unlocked: AppController) -> None:
    _session, case_file = open_case(unlocked)
    form = loaded(qtbot, case_file.risk.new_assessment())
    form.rows["C1"].buttons[Answer.YES].click()
    cancel(form)  # "keep editing" (the default in tests)
    assert asked() == 1 and form.isVisible()
    qtbot.keyClick(form, Qt.Key.Key_Escape)
    assert asked() == 2 and form.isVisible()
    form.close()
    assert asked() == 3 and form.isVisible()
    Messages.answer_next(True)  # "discard"
    cancel(form)
    assert asked() == 4 and not form.isVisible()
    assert form.result() == QDialog.DialogCode.Rejected


def test_untouched_dialogs_close_without_a_question(qtbot: QtBot, unlocked: AppController) -> None:
    main = unlocked.main
    assert main is not None
    _session, case_file = open_case(unlocked, "Viši sud u Beogradu")
    dialogs: list[QDialog] = [
        case_file.risk.new_assessment(),
        main.cases.list_page.new_client(),
        case_file.appointments.new_appointment(),
    ]
    court = loaded(qtbot, case_file.court)  # its proceedings are read on the task runner
    for opened in (court.schedule(), court.add_charge()):
        assert opened is not None
        dialogs.append(opened)
    for dialog in dialogs:
        assert dialog.isVisible(), type(dialog).__name__
        qtbot.keyClick(dialog, Qt.Key.Key_Escape)
        assert not dialog.isVisible(), type(dialog).__name__
    assert asked() == 0


def test_half_typed_dialogs_ask_and_stay_open_on_no(qtbot: QtBot, unlocked: AppController) -> None:
    main = unlocked.main
    assert main is not None
    _session, case_file = open_case(unlocked, "Viši sud u Beogradu")
    new_client = main.cases.list_page.new_client()
    type_text(qtbot, new_client.form.widgets["given_name"], "Jelena")
    appointment = case_file.appointments.new_appointment()
    type_text(qtbot, appointment.place, "Centar za socijalni rad")
    hearing = loaded(qtbot, case_file.court).schedule()
    assert hearing is not None
    hearing.kind.setCurrentIndex(hearing.kind.currentIndex() + 1)
    for dialog in (new_client, appointment, hearing):
        before = asked()
        cancel(dialog)
        assert asked() == before + 1 and dialog.isVisible(), type(dialog).__name__
        Messages.answer_next(True)
        dialog.close()
        assert not dialog.isVisible(), type(dialog).__name__
    assert any("not saved" in text for kind, text in Messages.shown if kind == "ask")


# --- 3. a hearing in the past is not "ahead" -------------------------------------------------------
def test_the_court_tab_does_not_count_a_past_hearing_as_ahead(
    qtbot: QtBot, unlocked: AppController
) -> None:
    session, case_file = open_case(unlocked, "Viši sud u Beogradu")
    p = proceedings.of_case(session, case_file.case.id)[0]
    now = datetime(2026, 3, 10, 12, 0)
    hearings.schedule(session, p.id, now - timedelta(days=1), allow_conflicts=True)
    moment = now.replace(tzinfo=BELGRADE).astimezone(UTC)
    tab = ProceedingsTab(session, case_file.case.id, clock=lambda: moment)
    qtbot.addWidget(tab)
    assert "0 ahead" in tab.stats.text() and "1 ahead" not in tab.stats.text()
    assert "1 outcome(s) to record" in tab.stats.text()
    hearings.schedule(session, p.id, now + timedelta(days=7), allow_conflicts=True)
    tab.reload()
    assert "1 ahead" in tab.stats.text()


# --- 4. one record, two views ----------------------------------------------------------------------
def _court_hearing_from_the_appointments_tab(qtbot: QtBot, case_file: CaseFile) -> list[str]:
    dialog = case_file.appointments.new_appointment()
    saved: list[str] = []
    dialog.saved.connect(saved.extend)
    dialog.kind.set_value(AppointmentKind.COURT_HEARING)
    dialog.day.set_value((datetime.now() + timedelta(days=9)).date())
    type_text(qtbot, dialog.place, "Viši sud u Beogradu, sudnica 4")
    assert dialog.save()
    return saved


def test_a_court_hearing_appointment_shows_in_the_court_tab(
    qtbot: QtBot, unlocked: AppController
) -> None:
    _session, case_file = open_case(unlocked, "Viši sud u Beogradu", "Apelacioni sud")
    court = case_file.court
    show_tab(case_file, court)
    (appointment_id,) = _court_hearing_from_the_appointments_tab(qtbot, case_file)
    # two proceedings: listed as not yet linked, with a way to link it
    qtbot.waitUntil(lambda: court.unlinked_table.rowCount() == 1, timeout=5000)
    loaded(qtbot, court)  # the button waits while the lists are read again
    assert court.link_button.isVisible() and court.link_button.isEnabled()
    assert "sudnica 4" in court.unlinked_table.item(0, 2).text()  # type: ignore[union-attr]
    court.link_button.click()
    loaded(qtbot, court)
    assert court.unlinked_table.rowCount() == 0 and not court.link_button.isVisible()
    assert [v.appointment.id for v in court._hearings] == [appointment_id]
    assert court.hearing_table.rowCount() == 1


def test_with_one_proceeding_the_hearing_joins_it_and_the_agenda_shows_court_hearings(
    qtbot: QtBot, unlocked: AppController
) -> None:
    _session, case_file = open_case(unlocked, "Viši sud u Beogradu")
    court = case_file.court
    show_tab(case_file, court)
    (appointment_id,) = _court_hearing_from_the_appointments_tab(qtbot, case_file)
    qtbot.waitUntil(lambda: court.hearing_table.rowCount() == 1, timeout=5000)
    loaded(qtbot, court)
    assert [v.appointment.id for v in court._hearings] == [appointment_id]
    assert court.unlinked_table.rowCount() == 0

    # and the other way round: a hearing scheduled in the Court tab is in the case's agenda
    dialog = court.schedule()
    assert dialog is not None
    assert dialog.save(allow_conflicts=True)
    assert loaded(qtbot, court).hearing_table.rowCount() == 2
    model = case_file.appointments.model
    show_tab(case_file, case_file.appointments)
    qtbot.waitUntil(lambda: model.rowCount() == 2, timeout=5000)
    shown = {model.index(r, 0).data(ID_ROLE) for r in range(model.rowCount())}
    assert shown == {v.appointment.id for v in court._hearings}
