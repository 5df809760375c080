"""Cyclic garbage is collected on the GUI thread, never on the task runner's worker.

Without gui/garbage.py, a reference cycle holding a Qt object is collected by whichever thread
happens to allocate when the collector's threshold is passed: here a thread allocating as the
worker does when it reads a page of rows.
"""

from __future__ import annotations

import gc
import threading
from collections.abc import Iterator

import pytest
from PySide6.QtCore import QObject
from pytestqt.qtbot import QtBot

from astra_desktop.gui.garbage import GuiThreadCollector


class _Cyclic(QObject):
    def __init__(self, released: list[str]) -> None:
        super().__init__()
        self.released = released
        self.me = self  # a cycle: only the cyclic collector frees it

    def __del__(self) -> None:
        self.released.append(threading.current_thread().name)


def _allocate_on_a_thread(kept: list[object]) -> str:
    """Allocate on another thread as a worker reading rows does (many new containers, kept)."""

    def read_rows() -> None:
        kept.append([[n, str(n)] for n in range(200_000)])

    worker = threading.Thread(target=read_rows, name="reader")
    worker.start()
    worker.join()
    return worker.name


@pytest.fixture
def collector() -> Iterator[GuiThreadCollector]:
    made = GuiThreadCollector()
    yield made
    made.stop()


def test_without_it_a_thread_collects_qt_objects() -> None:
    """Why the collector exists (and proof the test below can fail): automatic collection."""
    was = gc.isenabled()  # the GUI tests run with the collector, as the app does (conftest.py)
    gc.enable()
    try:
        released: list[str] = []
        gc.collect()
        _Cyclic(released)
        reader = _allocate_on_a_thread([])
        assert released == [reader]
    finally:
        if not was:
            gc.disable()


def test_cycles_are_collected_on_the_gui_thread(
    qtbot: QtBot, collector: GuiThreadCollector
) -> None:
    assert not gc.isenabled()
    released: list[str] = []
    _Cyclic(released)
    rows: list[object] = []
    _allocate_on_a_thread(rows)
    assert released == []  # the thread allocated past every threshold and collected nothing
    qtbot.waitUntil(lambda: bool(released), timeout=5000)  # the timer, on the GUI thread
    assert released == [threading.main_thread().name]
    assert gc.get_count()[0] < gc.get_threshold()[0]


def test_only_what_is_due_is_collected(collector: GuiThreadCollector) -> None:
    gc.collect()
    assert collector.collect_due() is None  # nothing allocated since
    junk: list[list[int]] = [[] for _ in range(gc.get_threshold()[0] + 10)]
    assert collector.collect_due() == 0
    del junk


def test_stop_gives_collection_back_as_it_was() -> None:
    before = gc.isenabled()
    try:
        for enabled in (True, False):
            gc.enable() if enabled else gc.disable()
            made = GuiThreadCollector()
            assert not gc.isenabled()
            made.stop()
            assert gc.isenabled() is enabled
    finally:
        gc.enable() if before else gc.disable()
