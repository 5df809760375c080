"""PySide6 6.12 on Python 3.11 drops a reference to None on every Qt call that returns None;
the GUI package makes None, True and False immortal so that a long session cannot abort."""

from __future__ import annotations

import sys

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QApplication, QLabel
from pytestqt.qtbot import QtBot

import astra_desktop.gui  # noqa: F401  (applies the guard; any GUI import does)


class _Flag(QObject):
    changed = Signal(bool)


def test_many_qt_calls_returning_none_do_not_abort(qtbot: QtBot) -> None:
    label = QLabel()
    qtbot.addWidget(label)
    flag = _Flag()
    seen: list[bool] = []
    flag.changed.connect(seen.append)
    for _ in range(20_000):  # more than None's whole count in a fresh 3.11 interpreter
        label.setText("x")
        QApplication.processEvents()
        flag.changed.emit(True)
    assert len(seen) == 20_000
    for singleton in (None, True, False):
        assert sys.getrefcount(singleton) > 1 << 30
