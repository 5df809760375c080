"""The lazy table model behind every long list: it holds row ids only and fetches rows a page at a
time, as the view paints them.

SQL filters, sorts and searches; the query for the ids runs on the task thread when the model has
a runner (on the GUI thread when it has none, or when asked to wait). A page of rows is one query
by primary key, cheap enough to run while painting; the last `MAX_PAGES` pages stay in memory.

A subclass says how to get the ids for a query (`_ids_job`) and a page of rows (`_fetch_page`),
names its columns (`COLUMNS`, `_headers`) and says what a cell shows (`_text`, and if it wants
`_colour` and `_tooltip`); `data` answers the rest, including the row's id and the row itself.
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Callable
from enum import IntEnum
from typing import TYPE_CHECKING, Any, ClassVar, Generic, TypeVar

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal

if TYPE_CHECKING:
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

    PAGE = 100
    MAX_PAGES = 32
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

    # --- for subclasses ----------------------------------------------------------------------
    def _ids_job(self, query: Q) -> Callable[[], list[str]]:
        """A function returning the ids matching `query` in display order. It may run on the task
        thread, so it must not touch the model: take what it needs from `self` here."""
        raise NotImplementedError

    def _fetch_page(self, ids: list[str]) -> dict[str, R]:
        """The rows for these ids, by id (ids no longer found are left out)."""
        raise NotImplementedError

    # --- queries -----------------------------------------------------------------------------
    @property
    def query(self) -> Q:
        return self._query

    def set_query(self, query: Q, wait: bool = False) -> None:
        """Run `query`. Results of an older query that arrive late are dropped, and an older query
        still waiting for the task thread when a newer one comes (typing ahead) is not run."""
        self._query = query
        self._generation += 1
        generation = self._latest[0] = self._generation
        job = self._ids_job(query)
        if self._runner is None or wait:
            self._apply(generation, job())
            return
        latest = self._latest

        def unless_superseded() -> list[str] | None:
            return job() if latest[0] == generation else None

        self._runner.run(unless_superseded, on_done=lambda ids: self._apply(generation, ids))

    def refresh(self, wait: bool = False) -> None:
        self.set_query(self._query, wait)

    def _apply(self, generation: int, ids: list[str] | None) -> None:
        if generation != self._generation or ids is None:
            return
        self.beginResetModel()
        self._ids = ids
        self._pages.clear()
        self.endResetModel()
        self.loaded.emit(len(ids))

    def clear(self) -> None:
        self.beginResetModel()
        self._ids, self._pages = [], OrderedDict()
        self.endResetModel()

    def reload_rows(self) -> None:
        """Fetch the rows again (same ids), e.g. after a change in how they are shown."""
        self.beginResetModel()
        self._pages.clear()
        self.endResetModel()

    # --- rows --------------------------------------------------------------------------------
    def row_data(self, row: int) -> R | None:
        """The row at `row`, fetching its page if needed; None outside the list."""
        if not 0 <= row < len(self._ids):
            return None
        page = row // self.PAGE
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
