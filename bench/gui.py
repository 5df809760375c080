"""The desktop app against bare Qt, measured in the same run (issue 3's figures).

- cold start to the unlock window vs a bare PySide6 window, each in a fresh interpreter
  (target: within 1.5x);
- first paint of the case list on the large demo vault vs a plain in-memory table model of the
  same number of rows (target: within 1.3x);
- search-as-you-type round trip: text typed in the search box until the list shows the result,
  through the debounce-free path and the worker thread (target: under 50 ms).
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from bench import demo_vault
from bench.common import Figure, Options, median, ms, new_vault, scratch

STARTS = 7
TARGET_START = 1.5
TARGET_PAINT = 1.3
TARGET_SEARCH_MS = 50.0

BARE = """
import time, sys
t = time.perf_counter()
from PySide6.QtWidgets import QApplication, QLabel
app = QApplication([])
w = QLabel("ASTRA Desktop"); w.resize(460, 380); w.show(); app.processEvents()
w.grab()
print(time.perf_counter() - t)
"""

APP = """
import time, sys
t = time.perf_counter()
from pathlib import Path
from PySide6.QtWidgets import QApplication
app = QApplication([])
from astra_desktop.gui.app import AppController
c = AppController(Path(sys.argv[1])); c.start(); app.processEvents()
c.unlock_window.grab()
print(time.perf_counter() - t)
"""

PAINT = """
import sys, time
from pathlib import Path
from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt
from PySide6.QtWidgets import QApplication, QTableView
app = QApplication([])
from astra_desktop.gui.case_list_model import CaseListModel
from astra_desktop.services import session as vs
from astra_desktop.services.clients import CaseQuery
from bench.common import ADMIN, PASSPHRASE

class Plain(QAbstractTableModel):
    def __init__(self, rows): super().__init__(); self.rows = rows
    def rowCount(self, p=QModelIndex()): return 0 if p.isValid() else len(self.rows)
    def columnCount(self, p=QModelIndex()): return 0 if p.isValid() else 6
    def data(self, i, role=Qt.ItemDataRole.DisplayRole):
        return self.rows[i.row()][i.column()] if role == Qt.ItemDataRole.DisplayRole else None

def paint(model):
    view = QTableView(); view.resize(1366, 700); view.setModel(model); view.show()
    app.processEvents(); view.viewport().grab(); view.close()

sess = vs.unlock(Path(sys.argv[1]), ADMIN, PASSPHRASE)
out = []
for _ in range(5):
    t = time.perf_counter()
    model = CaseListModel(sess); model.set_query(CaseQuery(), wait=True); paint(model)
    app_s = time.perf_counter() - t
    n = model.rowCount()
    t = time.perf_counter()
    rows = [(f"AST-2025-{i:05d}", f"Name {i}", "Active", "01.01.2025", "01.01.2025 10:00", "") for i in range(n)]
    paint(Plain(rows))
    out.append((app_s, time.perf_counter() - t, n))
# search-as-you-type: the model's query off the GUI thread, until the view has the rows
from astra_desktop.gui.tasks import TaskRunner
runner = TaskRunner()
model = CaseListModel(sess, runner)
view = QTableView(); view.setModel(model); view.show()
trips, direct = [], []
from astra_desktop.services import clients
for text in ["d", "dj", "djo", "djor", "djord", "Ђорђ", "petro", "ma"] * 3:
    t = time.perf_counter()
    clients.case_ids(sess, CaseQuery(text=text))
    direct.append(time.perf_counter() - t)
    done = []
    model.loaded.connect(lambda n, d=done: d.append(n))
    t = time.perf_counter()
    model.set_query(CaseQuery(text=text))
    while not done:
        app.processEvents()
    view.viewport().grab()
    trips.append(time.perf_counter() - t)
    model.loaded.disconnect()
sess.close()
print(repr((out, trips, direct)))
"""


def _child(code: str, *args: str) -> str:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    root = str(Path(__file__).resolve().parent.parent)
    env["PYTHONPATH"] = root + os.pathsep + env.get("PYTHONPATH", "")
    done = subprocess.run(
        [sys.executable, "-c", code, *args], capture_output=True, text=True, env=env, check=True
    )
    return done.stdout.strip().splitlines()[-1]


def run(opts: Options) -> list[Figure]:
    figures = []
    with scratch("gui") as home:
        new_vault(home / "vault")
        bare = [float(_child(BARE)) for _ in range(STARTS)]
        app = [float(_child(APP, str(home))) for _ in range(STARTS)]
    start = median(app) / median(bare)
    figures.append(
        Figure("cold start to the unlock window", "ms", ms(median(app)), ms(median(bare)),
               f"fresh interpreter each time, median of {STARTS}; floor: a bare PySide6 window",
               f"<= {TARGET_START}x", start <= TARGET_START)
    )  # fmt: skip
    if opts.clients <= 0:
        return figures
    with demo_vault.working_copy(opts) as folder:
        result = eval(_child(PAINT, str(folder)))
    paints, trips, direct = result
    app_paint = median([p[0] for p in paints])
    plain_paint = median([p[1] for p in paints])
    rows = paints[0][2]
    figures.append(
        Figure(f"case list first paint ({rows:,} cases)", "ms", ms(app_paint), ms(plain_paint),
               "query of all ids + first page, then paint; floor: plain in-memory model of the same "
               "row count", f"<= {TARGET_PAINT}x", app_paint / plain_paint <= TARGET_PAINT)
    )  # fmt: skip
    p95 = sorted(trips)[int(len(trips) * 0.95) - 1]
    figures.append(
        Figure("search-as-you-type round trip", "ms", ms(median(trips)), ms(median(direct)),
               f"typed text to rows in the view, worker thread included; p95 {ms(p95):.1f} ms; "
               "floor: the same SQL query called directly", f"< {TARGET_SEARCH_MS:.0f} ms (median)",
               ms(median(trips)) < TARGET_SEARCH_MS, {"p95_ms": ms(p95)})
    )  # fmt: skip
    return figures
