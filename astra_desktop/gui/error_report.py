"""No failure passes unseen: every exception in a slot, a model or a worker task reaches the person
as a message in their language, and the log as a line with the error's type and where it
happened — never its text, which may quote what was typed.

`install()` sets `sys.excepthook`, which PySide6 calls for an exception raised in any slot or
virtual method (a model's `data`, a paint event); the task runner hands its tasks' failures to
`report` when the caller gave no handler of its own. An expected failure (`AstraError`) shows its
own message; a read that stopped at a damaged page of vault.db shows unlock's message for a
damaged vault (unlock leaves the page-by-page check to after the window opens: a page read
before that check gets there is found this way); anything else shows a general one with a short
reference to find the log line.

Work that finishes after the vault was locked is dropped quietly: there is nobody to tell, and
"the vault is locked" would be a false alarm.
"""

from __future__ import annotations

import sys
import time
from collections.abc import Callable
from types import TracebackType
from typing import TYPE_CHECKING, Any

from astra_desktop.errors import AstraError, VaultLocked

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget

# Installed at start (bench/gui.py: the unlock window must paint fast), so everything a report
# needs — logging, the message boxes, traceback — is imported when the first error comes.


class _Log:
    def __getattr__(self, name: str) -> Any:
        import logging

        return getattr(logging.getLogger(__name__), name)


log = _Log()

_locked: Callable[[], bool] = lambda: False  # noqa: E731 - replaced by install()
_previous_hook = sys.excepthook
_reporting = False  # a failure while showing a failure must not recurse
_last_shown: dict[str, float] = {}  # where an error happened -> when it was last shown
REPEAT_QUIET_S = 10.0  # a model failing on every paint shows one message, not one per cell
DAMAGED = "damaged vault"  # one place for every read that found a damaged page


def _tr(text: str) -> str:
    from PySide6.QtCore import QCoreApplication

    return QCoreApplication.translate("ErrorReport", text)


def install(locked: Callable[[], bool]) -> None:
    """Report every unhandled exception from now on; `locked` says whether the vault is locked."""
    global _locked
    _locked = locked
    sys.excepthook = _hook


def _hook(kind: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
    if issubclass(kind, KeyboardInterrupt | SystemExit):
        _previous_hook(kind, exc, tb)
        return
    report(exc)


def where(exc: BaseException) -> str:
    """The error's type and the frames it passed through: file, line and function only."""
    import traceback

    frames = traceback.extract_tb(exc.__traceback__)[-6:]
    path = " < ".join(
        f"{f.filename.rsplit('/', 1)[-1]}:{f.lineno} {f.name}" for f in reversed(frames)
    )
    return f"{type(exc).__module__}.{type(exc).__qualname__} at {path or '?'}"


def report(exc: BaseException, parent: QWidget | None = None) -> None:
    """Tell the person what went wrong (unless the vault has been locked since), and log it."""
    global _reporting
    if isinstance(exc, VaultLocked) or _locked():
        log.info("dropped after locking: %s", where(exc))
        return
    if _reporting:
        log.error("while reporting: %s", where(exc))
        return
    _reporting = True
    try:
        import secrets

        from PySide6.QtWidgets import QApplication

        from astra_desktop.gui.dialogs import Messages

        if parent is None:
            parent = QApplication.activeModalWidget() or QApplication.activeWindow()
        from astra_desktop.services.splice_check import damage

        damaged = damage(exc)
        if damaged is not None:
            log.error("damaged vault: %s", where(exc))
            now = time.monotonic()
            if now - _last_shown.get(DAMAGED, -REPEAT_QUIET_S) >= REPEAT_QUIET_S:
                _last_shown[DAMAGED] = now
                Messages.error(parent, _tr("The vault is damaged"), str(damaged))
            return
        if isinstance(exc, AstraError):
            log.info("refused: %s", where(exc))
            Messages.error(parent, _tr("Could not be done"), str(exc))
            return
        reference, place = secrets.token_hex(3), where(exc)
        log.error("unexpected error %s: %s", reference, place)
        now = time.monotonic()
        if now - _last_shown.get(place, -REPEAT_QUIET_S) < REPEAT_QUIET_S:
            return
        _last_shown[place] = now
        Messages.error(
            parent,
            _tr("Something went wrong"),
            _tr(
                "This action could not be finished because of an error in ASTRA Desktop. "
                "What was saved before is safe. Try again; if it happens again, tell your "
                "administrator the reference {0} and what you were doing."
            ).format(reference),
        )
    finally:
        _reporting = False
