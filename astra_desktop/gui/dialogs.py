"""Message boxes behind one seam (cf. KeePassXC's MessageBox::setNextAnswer).

Tests call `Messages.answer_next(...)` instead of poking at modal dialogs; the app always goes
through `Messages.ask/inform/error`, so every message is shown the same way.
"""

from __future__ import annotations

from collections import deque
from typing import ClassVar

from PySide6.QtWidgets import QMessageBox, QWidget


class Messages:
    _next: ClassVar[deque[bool]] = deque()
    shown: ClassVar[
        list[tuple[str, str]]
    ] = []  # (kind, text) of every message, for tests and screenshots
    interactive = True  # tests turn this off: questions then get their safe default, "no"
    # Set by the app controller from the moment the vault starts locking until it is unlocked
    # again. Locking closes every open box; code that asked resumes after the lock, and any
    # message it then has for a window that is gone is dropped, a question answered "no".
    locking: ClassVar[bool] = False

    @classmethod
    def answer_next(cls, *answers: bool) -> None:
        cls._next.extend(answers)

    @classmethod
    def _auto(cls, parent: QWidget | None = None) -> bool | None:
        if cls._next:
            return cls._next.popleft()
        if cls.locking and not _on_screen(parent):
            return False
        return None if cls.interactive else False

    @classmethod
    def ask(cls, parent: QWidget | None, title: str, text: str, yes: str, no: str) -> bool:
        cls.shown.append(("ask", text))
        auto = cls._auto(parent)
        if auto is not None:
            return auto
        box = QMessageBox(QMessageBox.Icon.Warning, title, text, parent=parent)
        yes_button = box.addButton(yes, QMessageBox.ButtonRole.AcceptRole)
        box.addButton(no, QMessageBox.ButtonRole.RejectRole)
        box.exec()
        # A lock closes the box (no button clicked): the safe default.
        return not cls.locking and box.clickedButton() is yes_button

    @classmethod
    def error(cls, parent: QWidget | None, title: str, text: str) -> None:
        cls.shown.append(("error", text))
        if cls._auto(parent) is not None:
            return
        QMessageBox.warning(parent, title, text)

    @classmethod
    def inform(cls, parent: QWidget | None, title: str, text: str) -> None:
        cls.shown.append(("inform", text))
        if cls._auto(parent) is not None:
            return
        QMessageBox.information(parent, title, text)


def _on_screen(parent: QWidget | None) -> bool:
    """Whether a message for `parent` has a window on screen to go with (the unlock window's
    own messages do; a page of the main window being locked away does not)."""
    if parent is None:
        return False
    try:
        return parent.window().isVisible()
    except RuntimeError:  # its window was deleted with the locked session
        return False
