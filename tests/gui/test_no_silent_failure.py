"""Nothing fails unseen: a failure in a slot or a worker task reaches the person as a message and
the test run as an error; work that ends after locking is dropped; and views show what another
part of the app just changed, without being reopened."""

from __future__ import annotations

import sys
from datetime import datetime

import pytest
from pytestqt.qtbot import QtBot

from astra_desktop.core.enums import NoteKind
from astra_desktop.core.models import ContactNote
from astra_desktop.errors import NotFound, VaultLocked
from astra_desktop.gui import error_report
from astra_desktop.gui.app import AppController
from astra_desktop.gui.case_list_model import Column
from astra_desktop.gui.dialogs import Messages
from astra_desktop.gui.tasks import TaskRunner
from astra_desktop.services import case_records, documents
from tests import _court_case
from tests.gui._loaded import loaded
from tests.gui.test_court_documents_gui import documents_page, preview
from tests.gui.test_disclosure_review_gui import accept, open_review


def _raise(exc: BaseException) -> None:
    raise exc


def test_an_unexpected_error_is_shown_with_a_reference_and_logged_without_text(
    qtbot: QtBot, caplog: pytest.LogCaptureFixture
) -> None:
    try:
        _raise(KeyError("Jelena Đorđević"))  # an error's text may quote what was typed
    except KeyError as exc:
        error_report._hook(KeyError, exc, exc.__traceback__)
    kind, text = Messages.shown[-1]
    assert kind == "error" and "could not be finished" in text and "reference" in text
    reference = text.split("reference ")[1].split()[0]
    logged = " ".join(r.getMessage() for r in caplog.records)
    assert reference in logged and "KeyError" in logged and "_raise" in logged
    assert "Jelena" not in logged


def test_an_expected_error_shows_its_own_message() -> None:
    error_report.report(NotFound("The case was not found: it may have been deleted."))
    assert Messages.shown[-1] == ("error", "The case was not found: it may have been deleted.")


def test_after_locking_failures_are_dropped_quietly() -> None:
    error_report.report(VaultLocked("The vault is locked. Unlock it to continue."))
    assert Messages.shown == []
    previous = sys.excepthook
    try:
        error_report.install(locked=lambda: True)
        assert sys.excepthook is error_report._hook
        error_report.report(RuntimeError("late"))
        assert Messages.shown == []
    finally:
        sys.excepthook = previous
        error_report._locked = lambda: False


def test_a_task_without_an_error_handler_does_not_fail_silently(qtbot: QtBot) -> None:
    runner = TaskRunner()
    with qtbot.captureExceptions() as caught:
        runner.run(lambda: _raise(ValueError("worker")))
        qtbot.waitUntil(lambda: bool(caught), timeout=5000)
    assert isinstance(caught[0][1], ValueError)


def test_results_that_arrive_after_locking_are_dropped(qtbot: QtBot) -> None:
    runner = TaskRunner()
    got: list[object] = []
    import threading

    gate = threading.Event()
    runner.run(lambda: gate.wait(5) and 1, on_done=got.append, on_error=got.append)
    runner.forget_pending()
    gate.set()
    runner.wait()
    qtbot.wait(50)
    assert got == []
    runner.run(lambda: 2, on_done=got.append)
    qtbot.waitUntil(lambda: got == [2], timeout=5000)


def test_a_pdf_saved_from_the_documents_section_shows_in_the_open_case(
    qtbot: QtBot, unlocked: AppController
) -> None:
    session, main = unlocked.session, unlocked.main
    assert session is not None and main is not None
    made = _court_case.make(session)
    case_file = main.cases.open_case(made.case_id)
    assert case_file is not None
    case_file.tabs.setCurrentWidget(case_file.documents)
    shown_before = loaded(qtbot, case_file.documents).table.rowCount()  # read on the runner

    page = documents_page(unlocked)  # another section; the case file stays open behind it
    page.select_case(made.case_code)
    preview(qtbot, page)
    accept(qtbot, page, open_review(qtbot, page))  # "case code only": reviewed first
    page.save_button.click()
    qtbot.waitUntil(lambda: "Saved into" in page.status.text(), timeout=15000)

    main.nav.setCurrentRow(0)  # back to the case: its Documents tab has the new PDF
    stored = documents.documents(session, made.case_id)
    qtbot.waitUntil(lambda: case_file.documents.table.rowCount() == len(stored), timeout=5000)
    assert len(stored) == shown_before + 1


def test_the_list_shows_the_new_last_change_after_a_note(
    qtbot: QtBot, unlocked: AppController
) -> None:
    session, main = unlocked.session, unlocked.main
    assert session is not None and main is not None
    made = _court_case.make(session)
    page = main.cases.list_page
    page.apply_filters()
    qtbot.waitUntil(lambda: page.model.row_of(made.case_id) >= 0, timeout=5000)
    row = page.model.row_of(made.case_id)
    before = page.model.index(row, Column.UPDATED).data()

    case_file = main.cases.open_case(made.case_id)
    assert case_file is not None
    qtbot.wait(1100)  # the stamp is to the minute on screen, to the second in the vault
    case_records.add_note(
        session, ContactNote(made.case_id, datetime(2026, 3, 1, 10), "Poziv.", NoteKind.CALL)
    )
    qtbot.waitUntil(lambda: case_file.notes.timeline.count() >= 1, timeout=5000)
    main.cases.back_to_list()

    def moved() -> bool:
        r = page.model.row_of(made.case_id)
        return r >= 0 and page.model.index(r, Column.UPDATED).data() is not None

    qtbot.waitUntil(moved, timeout=5000)
    stamp = page.model.index(page.model.row_of(made.case_id), Column.UPDATED).data()
    assert stamp >= before or stamp[6:10] >= before[6:10]


def test_the_same_failure_again_and_again_shows_one_message() -> None:
    for _ in range(5):  # as a model's data() failing for every cell painted
        try:
            _raise(ZeroDivisionError())
        except ZeroDivisionError as exc:
            error_report.report(exc)
    assert [kind for kind, _text in Messages.shown] == ["error"]


def test_a_read_stopped_by_a_damaged_page_says_the_vault_is_damaged(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Unlock no longer reads every page first (issue 17): a damaged page met by a view says what
    unlock would have said, once, not "something went wrong" for every cell painted."""
    import sqlcipher3

    monkeypatch.setattr(error_report, "_last_shown", {})
    for _ in range(5):
        try:
            _raise(sqlcipher3.DatabaseError("database disk image is malformed"))
        except sqlcipher3.DatabaseError as exc:
            error_report.report(exc)
    assert len(Messages.shown) == 1
    kind, text = Messages.shown[0]
    assert kind == "error" and "vault.db) is damaged" in text and "malformed" in text
    try:  # a constraint failure is a DatabaseError too, but says nothing about the file
        _raise(sqlcipher3.IntegrityError("UNIQUE constraint failed"))
    except sqlcipher3.IntegrityError as exc:
        error_report.report(exc)
    assert "could not be finished" in Messages.shown[-1][1]
