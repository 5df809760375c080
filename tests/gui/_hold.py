"""Test helper (not tests): hold the app's one worker so that a tab's reading is still under way
when the test looks at it or presses the lock keys (as tests/gui/test_proceedings_loading.py).

The `runner` and `gate` fixtures are used by importing them into the test module that needs them
(`from tests.gui._hold import gate, runner`)."""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator

import pytest
from PySide6.QtCore import SignalInstance

from astra_desktop.gui.app import AppController
from astra_desktop.gui.tasks import TaskRunner


def hold(runner: TaskRunner) -> threading.Event:
    """The worker held up until the returned gate opens (it takes tasks in order)."""
    gate = threading.Event()
    runner.run(lambda: gate.wait(10))
    return gate


@pytest.fixture
def runner() -> Iterator[TaskRunner]:
    """A task runner of the test's own, waited for at the end (nothing left running)."""
    made = TaskRunner()
    yield made
    made.wait()


@pytest.fixture
def gate(runner: TaskRunner) -> Iterator[threading.Event]:
    """The worker held up until the test opens the gate (the one worker takes tasks in order);
    opened at the end if the test did not."""
    opened = hold(runner)
    yield opened
    opened.set()


def hold_until_locking(ctl: AppController) -> None:
    """The worker held up until the lock has begun (the lock then waits for the worker, which
    reads what is queued while the vault is still open): whatever is asked for meanwhile is still
    being read when the keys are pressed, however slow the machine."""
    gate = hold(ctl.runner)

    def watch() -> None:
        deadline = time.monotonic() + 10
        while not ctl.locking and time.monotonic() < deadline:
            time.sleep(0.005)
        gate.set()

    threading.Thread(target=watch, daemon=True).start()


def delivered_after_lock(ctl: AppController, told: SignalInstance) -> list[object]:
    """What a tab's reading tells it (`told`: its Loader's `busy_changed`, a model's `loaded`)
    once the lock has ended: a result arriving then would be shown in a window going away."""
    seen: list[object] = []
    locked = threading.Event()
    ctl.locked.connect(locked.set)

    def heard(value: object) -> None:
        if locked.is_set():
            seen.append(value)

    told.connect(heard)
    return seen
