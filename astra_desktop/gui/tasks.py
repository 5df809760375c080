"""The one way data work leaves the GUI thread (cf. anki's CollectionOp/QueryOp).

`TaskRunner.run(fn, on_done=..., on_error=...)` runs `fn` on one worker thread (which gets its
own SQLite connection from the session) and delivers the result or the exception back on the GUI
thread through queued signals. Widgets never start threads of their own. One worker keeps writes
in order; quick reads (a page of the case list) stay on the GUI thread.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from typing import Any

from PySide6.QtCore import QObject, Signal

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
        if on_done:
            task.done.connect(on_done)
        if on_error:
            task.failed.connect(on_error)
        if on_progress:
            task.progress.connect(on_progress)
        task.done.connect(lambda _r: self._finished(task))
        task.failed.connect(lambda _e: self._finished(task))
        self.busy_changed.emit(True)

        def work() -> None:
            try:
                result = fn(task) if with_task else fn()
            except BaseException as exc:  # handed to the GUI thread, shown there
                log.debug("task failed: %s", type(exc).__name__)
                task.finished.set()
                task.failed.emit(exc)
            else:
                task.finished.set()
                task.done.emit(result)

        self._pool.submit(work)
        return task

    def _finished(self, task: Task) -> None:
        self._running.discard(task)
        if not self._running:
            self.busy_changed.emit(False)

    @property
    def busy(self) -> bool:
        return bool(self._running)

    def wait(self, timeout: float = 30.0) -> bool:
        """Block until queued work is done (before locking, so nothing is cut off)."""
        return all(task.finished.wait(timeout) for task in list(self._running))
