"""The task runner: results on the GUI thread, and nothing the GUI made released on the worker.

A job is a closure over widgets and models. When the worker dropped the last reference to one,
Shiboken deleted its Qt object later, at whatever moment the GUI thread next ran Python — once in
the middle of a table view's paint, which crashed the case list benchmark (a view destroyed from
inside another view's `rowCount`). These tests hold the runner to releasing everything on the
GUI thread, whether the job returns or raises.
"""

from __future__ import annotations

import threading

import pytest
from PySide6.QtCore import QObject
from pytestqt.qtbot import QtBot

from astra_desktop.gui.tasks import TaskRunner


class _Probe:
    """Records on which thread it was released."""

    def __init__(self, released: list[str]) -> None:
        self.released = released

    def __del__(self) -> None:
        self.released.append(threading.current_thread().name)


@pytest.mark.parametrize("fails", [False, True], ids=["returns", "raises"])
def test_a_job_and_its_closure_are_released_on_the_gui_thread(qtbot: QtBot, fails: bool) -> None:
    runner = TaskRunner()
    released: list[str] = []
    outcomes: list[object] = []
    started = threading.Event()

    def schedule() -> None:
        probe = _Probe(released)  # referenced only by the job below once this returns

        def job() -> str:
            started.wait(5)
            if fails:
                raise OSError(f"cannot read {id(probe)}")  # the traceback holds this frame too
            return type(probe).__name__

        runner.run(job, on_done=outcomes.append, on_error=outcomes.append)

    schedule()
    started.set()
    qtbot.waitUntil(lambda: len(outcomes) == 1, timeout=5000)
    outcome = outcomes.pop()
    assert isinstance(outcome, OSError) if fails else outcome == "_Probe"
    del outcome  # an exception's traceback keeps the job's frame, and so the probe
    qtbot.waitUntil(lambda: bool(released), timeout=5000)
    assert released == [threading.main_thread().name]
    assert not runner.busy


class _Model(QObject):
    """A Python-owned QObject, as a model made for one dialog is; records where its wrapper went."""

    def __init__(self, released: list[str]) -> None:
        super().__init__()
        self.released = released

    def __del__(self) -> None:
        self.released.append(threading.current_thread().name)


def test_a_qt_object_held_only_by_a_job_is_released_on_the_gui_thread(qtbot: QtBot) -> None:
    runner = TaskRunner()
    released: list[str] = []
    done: list[object] = []

    def schedule() -> None:
        model = _Model(released)
        runner.run(lambda: model.objectName(), on_done=done.append)

    schedule()
    qtbot.waitUntil(lambda: bool(done) and bool(released), timeout=5000)
    assert released == [threading.main_thread().name]


def test_wait_means_the_result_is_delivered_by_the_next_event_processing(qtbot: QtBot) -> None:
    """Locking and tests rely on it: after wait(), processing events delivers every result."""
    from PySide6.QtWidgets import QApplication

    runner = TaskRunner()
    results: list[int] = []
    for n in range(20):
        runner.run(lambda n=n: n, on_done=results.append)
    assert runner.wait()
    QApplication.processEvents()
    assert results == list(range(20))  # in the order they were started
    assert not runner.busy
