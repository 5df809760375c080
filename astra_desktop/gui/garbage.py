"""Python's cyclic garbage collected on the GUI thread only (cf. GitFourchette's `gc` module and
OpenCue's `GarbageCollector`, the usual remedy in Qt applications written in Python).

Reference cycles are everywhere in Qt code written in Python (a model and the watcher of its
view, a dialog and its slots). The interpreter's collector runs on whichever thread allocates when
a generation's count passes its threshold — often the task runner's worker, which makes an object
for every row it reads. A Qt object collected there is not deleted there: Shiboken defers the
deletion to the next moment the GUI thread runs Python, which may be inside another widget's paint
(a view torn down that way crashed the case list; see gui/tasks.py for the worker's own
references). So while the GUI runs, automatic collection is off and a timer on the GUI thread
collects the generations that are due, by the interpreter's own thresholds.
"""

from __future__ import annotations

import gc

from PySide6.QtCore import QObject, QTimer


class GuiThreadCollector(QObject):
    INTERVAL_MS = (
        500  # garbage waits at most this long; collecting what is due takes well under 1 ms
    )

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._thresholds = gc.get_threshold()
        self._was_enabled = gc.isenabled()
        gc.disable()
        self._timer = QTimer(self)
        self._timer.setInterval(self.INTERVAL_MS)
        self._timer.timeout.connect(self.collect_due)
        self._timer.start()

    def collect_due(self) -> int | None:
        """Collect the oldest generation whose count passed its threshold, as the interpreter
        would have on its own; the generation collected, or None when nothing was due."""
        counts, limits = gc.get_count(), self._thresholds
        if counts[0] <= limits[0]:
            return None
        generation = 2 if counts[1] > limits[1] and counts[2] > limits[2] else (
            1 if counts[1] > limits[1] else 0)  # fmt: skip
        gc.collect(generation)
        return generation

    def stop(self) -> None:
        """Automatic collection back as it was (the GUI is done, or a test is)."""
        self._timer.stop()
        if self._was_enabled:
            gc.enable()
        gc.collect()
