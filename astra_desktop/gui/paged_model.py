"""The lazy table model behind every long list: it holds row ids only and fetches rows a page at a
time, as the view paints them.

SQL filters, sorts and searches; the query for the ids runs on the task thread when the model has
a runner (on the GUI thread when it has none, or when asked to wait). A page of rows is one query
by primary key, cheap enough to run while painting; the last `MAX_PAGES` pages stay in memory.

A subclass says how to get the ids for a query (`_ids_job`) and a page of rows (`_fetch_page`),
names its columns (`COLUMNS`, `_headers`) and says what a cell shows (`_text`, and if it wants
`_colour` and `_tooltip`); `data` answers the rest, including the row's id and the row itself.

First paint from the first page: a subclass may also give a quicker job for the first screenful
(`_first_job`: its ids and rows, and whether that is already the whole list), and a way to read it
on the GUI thread when that takes well under a frame (`_first_now`). The view then paints those rows
while `_ids_job` reads the rest on the task thread (queued after the first job), and the rest is
appended (`rowsInserted`), so the view neither jumps nor loses its selection or scroll position.
`loaded` is emitted once the whole list is in.

A reading that fails ends in `failed`, the one way a view hears of it. A failure the view says in
its own words (`explained`: the case gone, no longer yours) goes only there; any other is also
reported as any exception in a slot (the error report), never silent.
"""

from __future__ import annotations

import threading
from collections import OrderedDict
from collections.abc import Callable
from enum import IntEnum
from typing import TYPE_CHECKING, Any, ClassVar, Generic, TypeVar

import shiboken6
from PySide6.QtCore import (
    QAbstractTableModel,
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    QTimer,
    Signal,
)

if TYPE_CHECKING:
    from PySide6.QtWidgets import QAbstractItemView

    from astra_desktop.gui.tasks import TaskRunner

Q = TypeVar("Q")  # the query (a frozen dataclass of filters and sort)
R = TypeVar("R")  # one row as the list shows it

Index = QModelIndex | QPersistentModelIndex
ID_ROLE = Qt.ItemDataRole.UserRole + 1  # the row's id
ROW_ROLE = Qt.ItemDataRole.UserRole + 2  # the row itself
_DISPLAY = Qt.ItemDataRole.DisplayRole
_CELL_ROLES = (_DISPLAY, Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.ForegroundRole, ROW_ROLE)


class PagedIdModel(QAbstractTableModel, Generic[Q, R]):
    loaded = Signal(int)  # how many rows match, after each query
    # The latest query could not be read: a view showing "Loading…" stops waiting and says why
    # (the exception). Failures of the kinds in `explained` are the view's to say; any other was
    # also reported the usual way before this is emitted.
    failed = Signal(object)

    PAGE = 100
    MAX_PAGES = 32
    # The first screenful: as many rows as a window as tall as the screen shows, for a watched view
    # (`first_rows`), else FIRST_ROWS: each costs b-tree lookups on pages SQLCipher has not yet read
    # and decrypted (~50 µs a row on 100,000 clients). The rest of page 0 is fetched when shown.
    FIRST_ROWS = 50
    MIN_FIRST_ROWS = 30
    # How long the rest of a list waits, at most, for a watched view to paint the first screenful
    # (one that is hidden lets it go at once).
    REST_WAIT_S = 0.3
    COLUMNS: ClassVar[type[IntEnum]]
    _headers: dict[Any, str]  # column -> heading, made in the subclass's __init__ (translated)

    def __init__(self, query: Q, runner: TaskRunner | None = None) -> None:
        super().__init__()
        self._runner = runner
        self._query = query
        self._ids: list[str] = []
        self._pages: OrderedDict[int, dict[str, R]] = OrderedDict()
        self._generation = 0
        # The generation asked for last, where jobs on the task thread can read it.
        self._latest = [0]
        self._partial = False  # the ids shown are the first screenful; the rest is on its way
        self._short_first_page = False  # page 0 holds the first screenful's rows only
        # Opened once a watched view has painted the first screenful (`watch_paints`): only then
        # does the task thread read the rest, which would otherwise compete with that paint for
        # the CPU (measured: 17 ms painted alone, 30-35 ms beside the reading, 100,000 clients).
        self._gate = threading.Event()
        self._gate_armed = False
        self._watched = False
        self._watch: _PaintWatch | None = None
        # Failures a view says itself, e.g. (AstraError,) for a list that may be gone meanwhile.
        self.explained: tuple[type[BaseException], ...] = ()

    # --- for subclasses ----------------------------------------------------------------------
    def _ids_job(self, query: Q) -> Callable[[], list[str]]:
        """A function returning the ids matching `query` in display order. It may run on the task
        thread, so it must not touch the model: take what it needs from `self` here."""
        raise NotImplementedError

    def _fetch_page(self, ids: list[str]) -> dict[str, R]:
        """The rows for these ids, by id (ids no longer found are left out)."""
        raise NotImplementedError

    def _first_job(self, query: Q) -> Callable[[], tuple[list[str], Any, bool]] | None:
        """Optionally, a quicker job for the first paint, run on the task thread before `_ids_job`:
        it returns (the first `first_rows()` ids in display order, what `_first_page` makes their
        rows from, whether those ids are the whole list). Like `_ids_job`, it must not touch the
        model."""
        return None

    def _first_page(self, fetched: Any) -> dict[str, R]:
        """The first page's rows from what `_first_job` read (on the GUI thread)."""
        raise NotImplementedError

    def _first_now(self, query: Q) -> tuple[list[str], Any, bool] | None:
        """Optionally, `_first_job`'s answer read on the GUI thread when that is quick (well under
        a frame), or None to leave it to the task thread. The first paint then has its rows."""
        return None

    # --- queries -----------------------------------------------------------------------------
    @property
    def query(self) -> Q:
        return self._query

    def set_query(self, query: Q, wait: bool = False) -> None:
        """Run `query`. Results of an older query that arrive late are dropped, and an older query
        still waiting for the task thread when a newer one comes (typing ahead) is not run. With a
        runner, the first screenful is painted first when the subclass has a `_first_job`."""
        self._run(query, wait, first_page_first=True)

    def refresh(self, wait: bool = False) -> None:
        """Run the query again (the vault changed): the rows shown stay until the new list is in."""
        self._run(self._query, wait, first_page_first=False)

    def watch_paints(self, view: QAbstractItemView) -> None:
        """Have `view` say when it has painted, so that the rest of a list is read only after the
        first screenful is on screen; its screen and row height then say how many rows that is."""
        self._watch = _PaintWatch(self, view)
        self._watched = True

    def first_rows(self) -> int:
        """How many rows the first screenful has (see FIRST_ROWS)."""
        view = self._watch.view if self._watch is not None else None
        if view is None or not shiboken6.isValid(view):
            return self.FIRST_ROWS
        header = getattr(view, "verticalHeader", lambda: None)()
        row = header.defaultSectionSize() if header is not None else 0
        screen = view.screen()
        if row <= 0 or screen is None:
            return self.FIRST_ROWS
        return max(
            self.MIN_FIRST_ROWS, min(self.PAGE, screen.availableGeometry().height() // row + 2)
        )

    def _view_painted(self) -> None:
        if self._gate_armed:
            self._gate_armed = False
            QTimer.singleShot(0, self._gate.set)  # once this paint is over

    def _view_hidden(self) -> None:
        """Nothing to paint first (the window is hidden, e.g. the vault being locked)."""
        self._gate_armed = False
        self._gate.set()

    def _run(self, query: Q, wait: bool, first_page_first: bool) -> None:
        self._query = query
        self._generation += 1
        self._partial = False  # a first screenful shown gets no rest now: this list replaces it
        self._gate.set()  # a rest still waiting for an older first screenful's paint: go (dropped)
        gate = self._gate = threading.Event()
        self._gate_armed = False
        if not (first_page_first and self._watched):
            gate.set()
        generation = self._latest[0] = self._generation
        job = self._ids_job(query)
        if self._runner is None or wait:
            self._apply(generation, job())
            return
        latest = self._latest
        first = None
        if first_page_first:
            quick = self._first_now(query)
            if quick is not None:
                self._apply_first(generation, quick)
                if quick[2]:
                    return
            else:
                first = self._first_job(query)
        whole = [False]  # the first job's ids were the whole list (or it failed): skip the rest
        if first is not None:
            first_job = first

            def first_unless_superseded() -> tuple[list[str], Any, bool] | None:
                if latest[0] != generation:
                    return None
                try:
                    result = first_job()
                except BaseException:
                    whole[0] = True  # one report of the failure is enough
                    raise
                whole[0] = result[2]
                return result

            self._runner.run(
                first_unless_superseded,
                on_done=lambda start: self._apply_first(generation, start),
                on_error=lambda exc: self._failed(generation, exc),
            )

        # The runner has one worker thread, so this runs after the first job, and sees `whole`.
        def unless_superseded() -> list[str] | None:
            if latest[0] != generation or whole[0]:
                return None
            gate.wait(self.REST_WAIT_S)
            return job() if latest[0] == generation else None

        self._runner.run(
            unless_superseded,
            on_done=lambda ids: self._apply(generation, ids),
            on_error=lambda exc: self._failed(generation, exc),
        )

    def _failed(self, generation: int, exc: BaseException) -> None:
        from astra_desktop.gui.tasks import report_unhandled

        if not isinstance(exc, self.explained):
            report_unhandled(exc)  # never silent: the error report, as any task's failure
        if generation == self._generation:
            self.failed.emit(exc)

    def _apply_first(self, generation: int, start: tuple[list[str], Any, bool] | None) -> None:
        if generation != self._generation or start is None:
            return
        ids, fetched, complete = start
        first_page = self._first_page(fetched) if ids else {}
        self.beginResetModel()
        self._ids = ids
        self._pages.clear()
        if ids:
            self._pages[0] = first_page
        self._short_first_page = len(first_page) < self.PAGE
        self._partial = not complete
        self.endResetModel()
        if complete:
            self.loaded.emit(len(ids))
        else:
            self._gate_armed = True  # the next paint of a watched view shows these rows

    def _apply(self, generation: int, ids: list[str] | None) -> None:
        if generation != self._generation or ids is None:
            return
        shown = self._ids
        if self._partial and ids[: len(shown)] == shown:
            # the first screenful was painted from these same ids: add the rest below it
            self._partial = False
            if len(ids) > len(shown):
                self.beginInsertRows(QModelIndex(), len(shown), len(ids) - 1)
                self._ids = ids
                self.endInsertRows()
            self.loaded.emit(len(ids))
            return
        self.beginResetModel()
        self._ids = ids
        self._pages.clear()
        self._partial = self._short_first_page = False
        self.endResetModel()
        self.loaded.emit(len(ids))

    def clear(self) -> None:
        self.beginResetModel()
        self._ids, self._pages, self._partial = [], OrderedDict(), False
        self._short_first_page = False
        self.endResetModel()

    def reload_rows(self) -> None:
        """Fetch the rows again (same ids), e.g. after a change in how they are shown."""
        self.beginResetModel()
        self._pages.clear()
        self._short_first_page = False
        self.endResetModel()

    # --- rows --------------------------------------------------------------------------------
    def row_data(self, row: int) -> R | None:
        """The row at `row`, fetching its page if needed; None outside the list."""
        if not 0 <= row < len(self._ids):
            return None
        page = row // self.PAGE
        if page == 0 and self._short_first_page and self._ids[row] not in self._pages.get(0, {}):
            self._short_first_page = False  # past the first screenful: the whole page
            self._pages.pop(0, None)
        if page not in self._pages:
            self._pages[page] = self._fetch_page(
                self._ids[page * self.PAGE : (page + 1) * self.PAGE]
            )
            while len(self._pages) > self.MAX_PAGES:
                self._pages.popitem(last=False)
        else:
            self._pages.move_to_end(page)
        return self._pages[page].get(self._ids[row])

    def id_at(self, row: int) -> str:
        return self._ids[row]

    def row_of(self, row_id: str) -> int:
        """The row showing `row_id`, or -1."""
        try:
            return self._ids.index(row_id)
        except ValueError:
            return -1

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._ids)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = _DISPLAY) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != _DISPLAY:
            return None
        return (
            self._headers.get(self.COLUMNS(section)) if 0 <= section < len(self.COLUMNS) else None
        )

    def data(self, index: Index, role: int = _DISPLAY) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._ids):
            return None
        if role == ID_ROLE:
            return self._ids[index.row()]
        if role not in _CELL_ROLES:
            return None
        row = self.row_data(index.row())
        if row is None:
            return None
        if role == ROW_ROLE:
            return row
        column = self.COLUMNS(index.column())
        if role == Qt.ItemDataRole.ForegroundRole:
            return self._colour(row, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(row, column)
        return self._text(row, column)

    # --- what a cell shows (subclasses) --------------------------------------------------------
    def _text(self, row: R, column: Any) -> str:
        raise NotImplementedError

    def _colour(self, row: R, column: Any) -> Any:
        return None

    def _tooltip(self, row: R, column: Any) -> str | None:
        return self._text(row, column)


class _PaintWatch(QObject):
    """Tells the model each time the view's viewport is about to paint or is hidden
    (`watch_paints`)."""

    def __init__(self, model: PagedIdModel[Any, Any], view: QAbstractItemView) -> None:
        super().__init__(view.viewport())
        self._model = model
        self.view = view
        view.viewport().installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind == QEvent.Type.Paint:
            self._model._view_painted()
        elif kind == QEvent.Type.Hide:
            self._model._view_hidden()
        return False
