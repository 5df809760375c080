"""The one way data work leaves the GUI thread (cf. anki's CollectionOp/QueryOp).

`TaskRunner.run(fn, on_done=..., on_error=...)` runs `fn` on one worker thread (which gets its
own SQLite connection from the session) and delivers the result or the exception back on the GUI
thread through queued signals. Widgets never start threads of their own. One worker keeps writes
in order; quick reads (a page of the case list) stay on the GUI thread.

A task whose caller gave no `on_error` is not allowed to fail silently: its exception goes to
`sys.excepthook`, which the app points at `gui.error_report` (a message in the person's language)
and pytest-qt at the failing test. Results that arrive after `forget_pending()` (the vault was
locked meanwhile; the widgets that asked are gone) are dropped.

The worker never lets go of the last reference to anything the GUI made. A job is usually a
closure over a model, a dialog or a Task; if the worker dropped the last reference to one, its
Qt object would be deleted by Shiboken at the next moment the GUI thread runs Python (it defers
deletions of objects released on other threads), which can be in the middle of a view's paint,
and a view torn down there crashed the process (seen on the case list benchmark: `QAbstractItemView`
destroyed from `rowCount`). So the worker hands the job, its Task and its outcome back in one
piece, under a lock, keeping none of them, and the GUI thread releases them after delivering.
"""

from __future__ import annotations

import logging
import sys
import threading
from collections import deque
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from typing import Any

import shiboken6
from PySide6.QtCore import QObject, Qt, Signal

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
    _handed_back = Signal()  # from the worker: outcomes wait in `_outcomes`

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix="astra-task")
        self._running: set[Task] = set()
        self._epoch = 0  # raised by forget_pending(): older tasks' results are dropped
        # (task, job, succeeded, result or exception), appended by the worker under the lock
        self._outcomes: deque[tuple[Task, object, bool, Any]] = deque()
        self._handover = threading.Lock()
        self._handed_back.connect(self._deliver, Qt.ConnectionType.QueuedConnection)

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
        # The worker's only references, taken out of this list (see the module's docstring).
        self._pool.submit(self._work, [task, fn], with_task)
        return task

    def _work(self, handed: list[Any], with_task: bool) -> None:
        """On the worker: run the job, then hand it, its Task and its outcome back, keeping none."""
        task, fn = handed
        handed.clear()
        succeeded, outcome = True, None
        try:
            outcome = fn(task) if with_task else fn()
        except BaseException as exc:  # handed to the GUI thread, shown there
            log.debug("task failed: %s", type(exc).__name__)
            succeeded, outcome = False, exc
        finished = task.finished
        with self._handover:  # the GUI thread takes them only after these names are gone
            self._outcomes.append((task, fn, succeeded, outcome))
            del task, fn, outcome
            self._handed_back.emit()  # queued for the GUI thread
        # Set after the emit: once wait() returns, the result is on its way.
        finished.set()

    def _deliver(self) -> None:
        """On the GUI thread: each outcome to its callbacks; the job and its Task released here."""
        while True:
            with self._handover:
                if not self._outcomes:
                    return
                task, _job, succeeded, outcome = self._outcomes.popleft()
            (task.done if succeeded else task.failed).emit(outcome)

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
