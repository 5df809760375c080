"""`--demo N`: build the throwaway demo vault while a progress window says what is happening.

Making a few thousand fictional clients takes half a minute; without this the first thing a
newcomer saw was nothing at all. The vault is made on the task helper's worker thread (its
session lives and closes there); the window shows the clients made so far, then the appointments,
court proceedings and hotline calls added after them, and Stop keeps what was made.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QEventLoop
from PySide6.QtWidgets import QProgressDialog, QWidget

from astra_desktop import APP_NAME
from astra_desktop.gui.screen_fit import fit_to_screen
from astra_desktop.gui.tasks import Task, TaskRunner

# (clients, progress) -> the new home folder; progress returns False once Stop was pressed.
MakeHome = Callable[[int, Callable[[int, int], bool]], Path]


def _t(text: str) -> str:
    return QCoreApplication.translate("DemoStart", text)


class DemoProgress(QProgressDialog):
    def __init__(self, clients: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(APP_NAME)
        self.setLabelText(_t("Creating the demo vault of fictional records…"))
        self.setCancelButtonText(_t("&Stop here"))
        self.setRange(0, clients)
        self.setMinimumDuration(0)
        self.setAutoClose(False)
        self.setAutoReset(False)
        fit_to_screen(self, 460, 0)

    def step(self, done: int, total: int) -> None:
        if done < total:
            self.setValue(done)
            self.setLabelText(_t("Making fictional clients: {0} of {1}…").format(done, total))
        else:  # the rest has no count of its own: a busy bar
            self.setRange(0, 0)
            self.setLabelText(_t("Adding appointments, court proceedings and hotline calls…"))


def build_demo_home(clients: int, make: MakeHome) -> Path:
    """Run `make` off the GUI thread with a progress window on screen; its result, or its error
    raised again here."""
    runner = TaskRunner()
    window = DemoProgress(clients)
    loop = QEventLoop()
    outcome: dict[str, Any] = {}

    def finished(key: str, value: object) -> None:
        outcome[key] = value
        loop.quit()

    def work(task: Task) -> Path:
        return make(clients, task.report)

    task = runner.run(
        work,
        on_done=lambda home: finished("home", home),
        on_error=lambda exc: finished("error", exc),
        on_progress=window.step,
        with_task=True,
    )
    window.canceled.connect(lambda: setattr(task, "cancelled", True))
    window.show()
    if not outcome:  # results arrive as queued signals, so normally only in the loop
        loop.exec()
    window.close()
    window.deleteLater()
    if "error" in outcome:
        raise outcome["error"]
    return Path(outcome["home"])
