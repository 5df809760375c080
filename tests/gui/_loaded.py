"""Test helper (not tests): wait for a widget that reads its records on the task runner
(gui/loading.py: the Court tab, the contact log, the hearing dialog, the claim editor) to show
them, as a person waits for "Loading…" to go away before reading the tab."""

from __future__ import annotations

from typing import Protocol, TypeVar

from pytestqt.qtbot import QtBot


class _Loads(Protocol):
    @property
    def loading(self) -> bool: ...


Loads = TypeVar("Loads", bound=_Loads)


def loaded(qtbot: QtBot, widget: Loads, timeout: int = 5000) -> Loads:
    """`widget` once no reading of its records is under way (the latest request's result is
    shown); fails the test if that takes longer than `timeout` milliseconds."""
    qtbot.waitUntil(lambda: not widget.loading, timeout=timeout)
    return widget
