"""The one way data work leaves the GUI thread (cf. anki's CollectionOp/QueryOp).

`TaskRunner.run(fn, on_done=..., on_error=...)` runs `fn` on one worker thread (which gets its
own SQLite connection from the session) and delivers the result or the exception back on the GUI
thread through queued signals. Widgets never start threads of their own. One worker keeps writes
in order; quick reads (a page of the case list) stay on the GUI thread.

A task whose caller gave no `on_error` is not allowed to fail silently: its exception goes to
`sys.excepthook`, which the app points at `gui.error_report` (a message in the person's language)
and pytest-qt at the failing test. Results that arrive after `forget_pending()` (the vault was
locked meanwhile; the widgets that asked are gone) are dropped.
"""

from __future__ import annotations

import logging
import sys
import threading
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from typing import Any

import shiboken6
from PySide6.QtCore import QObject, Signal

from astra_desktop.errors import VaultLocked

log = logging.getLogger(__name__)


class Task(QObject):
    done = Signal(object)
    failed = Signal(object)
    progress = Signal(int, int)

    def __init__(self) -> None:
        super().__init__()
        self.cancelled = False
        self.finished = threading.Event()

    def report(self, done: int, total: int) -> bool:
        """Progress from the worker; returns False once the person has cancelled."""
        self.progress.emit(done, total)
        return not self.cancelled


class TaskRunner(QObject):
    busy_changed = Signal(bool)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix="astra-task")
        self._running: set[Task] = set()
        self._epoch = 0  # raised by forget_pending(): older tasks' results are dropped

    def run(
        self,
        fn: Callable[..., Any],
        on_done: Callable[[Any], None] | None = None,
        on_error: Callable[[BaseException], None] | None = None,
        on_progress: Callable[[int, int], None] | None = None,
        with_task: bool = False,
    ) -> Task:
        task = Task()
        self._running.add(task)
        epoch = self._epoch
        handle_error = on_error or report_unhandled

        def deliver(callback: Callable[[Any], None]) -> Callable[[Any], None]:
            def call(value: Any) -> None:
                if epoch == self._epoch and _alive(callback):
                    callback(value)

            return call

        if on_done:
            task.done.connect(deliver(on_done))
        task.failed.connect(deliver(handle_error))
        if on_progress:
            task.progress.connect(
                lambda done, total: epoch == self._epoch and on_progress(done, total)
            )
        # Bound to the runner, so Qt drops the call if the runner is gone before the task ends.
        task.done.connect(self._task_ended)
        task.failed.connect(self._task_ended)
        self.busy_changed.emit(True)

        def work() -> None:
            try:
                result = fn(task) if with_task else fn()
            except BaseException as exc:  # handed to the GUI thread, shown there
                log.debug("task failed: %s", type(exc).__name__)
                task.failed.emit(exc)
            else:
                task.done.emit(result)
            finally:
                # After the emit (queued for the GUI thread): once wait() returns, the result is
                # on its way, and the Task is not torn down while the worker still emits from it.
                task.finished.set()

        self._pool.submit(work)
        return task

    def _task_ended(self, _outcome: object) -> None:
        self._running.discard(self.sender())
        if not self._running:
            self.busy_changed.emit(False)

    def forget_pending(self) -> None:
        """Drop the results of every task started so far (on locking: whoever asked is gone)."""
        self._epoch += 1

    @property
    def busy(self) -> bool:
        return bool(self._running)

    def wait(self, timeout: float = 30.0) -> bool:
        """Block until queued work is done (before locking, so nothing is cut off)."""
        return all(task.finished.wait(timeout) for task in list(self._running))


def _alive(callback: Callable[..., Any]) -> bool:
    """False when the callback is a method of a Qt object already deleted (a dialog closed while
    its task ran): calling it would raise instead of doing nothing."""
    owner = getattr(callback, "__self__", None)
    return not isinstance(owner, QObject) or shiboken6.isValid(owner)


def report_unhandled(exc: BaseException) -> None:
    """A task's failure that its caller did not handle: reported like any exception in a slot.
    Work that found the vault locked (a timer's check, started just before locking) has nobody
    left to tell."""
    if isinstance(exc, VaultLocked):
        log.debug("task dropped: the vault was locked")
        return
    sys.excepthook(type(exc), exc, exc.__traceback__)
