"""A widget's data, read through the task runner (gui/tasks.py) instead of on the GUI thread.

Reading a case's records writes audit rows and may take a moment on a big vault; a dialog or tab
that read them in its constructor froze the window meanwhile. A `Loader` runs the reading on the
runner's worker, says so while it runs (`busy_changed`, for the widget's visible busy state) and
hands the result to the widget on the GUI thread. Only the latest request counts: the result of an
older one (the person chose another proceeding meanwhile) is dropped. The runner drops results
that arrive after the vault locked, and nothing is delivered to a widget already deleted (the
Loader is the widget's child, so it goes with it).

Without a runner (a caller that does not hand one in yet, a dialog rebuilt from a draft that must
be filled before the draft is put back) the reading happens at once, as before.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QWidget

from astra_desktop.errors import AstraError, VaultLocked
from astra_desktop.gui import style
from astra_desktop.gui.tasks import TaskRunner


class Loader(QObject):
    busy_changed = Signal(bool)

    def __init__(self, parent: QObject, runner: TaskRunner | None = None) -> None:
        super().__init__(parent)
        self.runner = runner
        self.busy = False
        self._request = 0
        self._show: Callable[[Any], None] | None = None
        self._on_error: Callable[[BaseException], None] | None = None

    def load(
        self,
        fetch: Callable[[], Any],
        show: Callable[[Any], None],
        on_error: Callable[[BaseException], None] | None = None,
    ) -> None:
        """Run `fetch` (on the worker when there is a runner), then `show` its result. Errors of
        the vault or the files (AstraError, OSError) go to `on_error`; others are reported as
        any exception in a slot."""
        self._request += 1
        request = self._request
        self._show, self._on_error = show, on_error
        if self.runner is None:
            show(fetch())  # at once: failures raise to the caller, as they always did
            return
        self._set_busy(True)

        def work() -> tuple[int, Any]:
            try:
                return request, fetch()
            except BaseException as exc:  # shown on the GUI thread, with the request it ended
                raise _Failed(request, exc) from exc

        # Bound methods of this QObject: the runner skips them once the widget is gone.
        self.runner.run(work, on_done=self._done, on_error=self._failed)

    def _done(self, outcome: tuple[int, Any]) -> None:
        request, result = outcome
        if request != self._request or self._show is None:
            return  # an older request: the newer one's result is on its way
        self._set_busy(False)
        self._show(result)

    def _failed(self, failure: BaseException) -> None:
        request, exc = (failure.request, failure.error) if isinstance(failure, _Failed) else (
            self._request, failure)  # fmt: skip
        if request != self._request:
            return
        self._set_busy(False)
        if isinstance(exc, VaultLocked):
            return  # locked meanwhile: nobody is left to tell
        if isinstance(exc, AstraError | OSError) and self._on_error is not None:
            self._on_error(exc)
            return
        sys.excepthook(type(exc), exc, exc.__traceback__)

    def _set_busy(self, busy: bool) -> None:
        if busy != self.busy:
            self.busy = busy
            self.busy_changed.emit(busy)


def enable_inputs(
    dialog: QDialog, enabled: bool, buttons: QDialogButtonBox, status: QLabel,
    accept: QDialogButtonBox.StandardButton,
) -> None:  # fmt: skip
    """A dialog's own inputs and its accepting button on or off; Cancel/Close and the status line
    stay as they are (while loading the person can still close the dialog)."""
    for widget in dialog.findChildren(QWidget, options=Qt.FindChildOption.FindDirectChildrenOnly):
        if widget not in (buttons, status):
            widget.setEnabled(enabled)
    buttons.button(accept).setEnabled(enabled)


def say(status: QLabel, loading: str | None, problem: str = "") -> None:
    """The status line: what is being read (muted), else a problem (in the error tone)."""
    style.tone(status, "muted" if loading else "error")
    status.setText(loading or problem)


class _Failed(Exception):
    """A failed request, carried to the GUI thread with its number."""

    def __init__(self, request: int, error: BaseException) -> None:
        super().__init__(request)
        self.request, self.error = request, error
