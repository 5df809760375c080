"""The case list model: it holds case ids only and loads rows in pages as the view asks for them.

SQL sorts, filters and searches (`services.clients.case_ids`), off the GUI thread; a page of
rows is one indexed query of ~100 rows, cheap enough to run when the view first paints it.
"""

from __future__ import annotations

from collections import OrderedDict
from dataclasses import replace
from datetime import date
from enum import IntEnum
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QColor

from astra_desktop.core.models import CaseRow
from astra_desktop.core.validation import format_date
from astra_desktop.gui.labels import case_status_label, risk_cell
from astra_desktop.gui.tasks import TaskRunner
from astra_desktop.services import clients
from astra_desktop.services.clients import CaseQuery, SortColumn
from astra_desktop.services.session import Session

PAGE = 100
MAX_PAGES = 64
CASE_ID_ROLE = Qt.ItemDataRole.UserRole + 1

Index = QModelIndex | QPersistentModelIndex


class Column(IntEnum):
    CASE_CODE = 0
    CLIENT = 1
    STATUS = 2
    OPENED = 3
    UPDATED = 4
    RISK = 5


_SORT = {
    Column.CASE_CODE: SortColumn.CASE_CODE,
    Column.CLIENT: SortColumn.CLIENT,
    Column.STATUS: SortColumn.STATUS,
    Column.OPENED: SortColumn.OPENED,
    Column.UPDATED: SortColumn.UPDATED,
    Column.RISK: SortColumn.RISK,
}


class CaseListModel(QAbstractTableModel):
    loaded = Signal(int)  # number of matching cases, after each query

    def __init__(self, session: Session, runner: TaskRunner | None = None) -> None:
        super().__init__()
        self._session = session
        self._runner = runner
        self._ids: list[str] = []
        self._pages: OrderedDict[int, dict[str, CaseRow]] = OrderedDict()
        self._query = CaseQuery()
        self._generation = 0
        self._headers = {
            Column.CASE_CODE: self.tr("Case code"),
            Column.CLIENT: self.tr("Client"),
            Column.STATUS: self.tr("Status"),
            Column.OPENED: self.tr("Opened"),
            Column.UPDATED: self.tr("Last change"),
            Column.RISK: self.tr("Risk"),
        }

    # --- queries ---------------------------------------------------------------------------------
    @property
    def query(self) -> CaseQuery:
        return self._query

    def set_query(self, query: CaseQuery, wait: bool = False) -> None:
        """Re-run the search; results from an older query that arrive late are dropped."""
        self._query = query
        self._generation += 1
        generation = self._generation
        if self._runner is None or wait:
            self._apply(generation, clients.case_ids(self._session, query))
            return
        session = self._session
        self._runner.run(
            lambda: clients.case_ids(session, query),
            on_done=lambda ids: self._apply(generation, ids),
        )

    def refresh(self) -> None:
        self.set_query(self._query)

    def _apply(self, generation: int, ids: list[str]) -> None:
        if generation != self._generation:
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

    # --- rows ----------------------------------------------------------------------------------
    def _row(self, row: int) -> CaseRow | None:
        page = row // PAGE
        if page not in self._pages:
            ids = self._ids[page * PAGE : (page + 1) * PAGE]
            self._pages[page] = {r.case_id: r for r in clients.case_rows(self._session, ids)}
            while len(self._pages) > MAX_PAGES:
                self._pages.popitem(last=False)
        else:
            self._pages.move_to_end(page)
        return self._pages[page].get(self._ids[row])

    def case_id(self, row: int) -> str:
        return self._ids[row]

    # --- Qt model API --------------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._ids)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(Column)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._headers.get(Column(section)) if 0 <= section < len(Column) else None
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._ids):
            return None
        if role == CASE_ID_ROLE:
            return self._ids[index.row()]
        if role not in (
            Qt.ItemDataRole.DisplayRole,
            Qt.ItemDataRole.ToolTipRole,
            Qt.ItemDataRole.ForegroundRole,
        ):
            return None
        row = self._row(index.row())
        if row is None:
            return None
        column = Column(index.column())
        overdue = bool(row.risk_due and row.risk_due < date.today())
        if role == Qt.ItemDataRole.ForegroundRole:
            flagged = column is Column.RISK and overdue and row.risk_level == "high"
            return QColor("#a93226") if flagged else None
        if column is Column.RISK:
            return risk_cell(row.risk_level, overdue)
        if column is Column.CASE_CODE:
            return row.case_code
        if column is Column.CLIENT:
            return row.client_name
        if column is Column.STATUS:
            return case_status_label(row.status)
        if column is Column.OPENED:
            return format_date(row.opened_on)
        local = row.updated_at.astimezone() if row.updated_at else None
        return local.strftime("%d.%m.%Y %H:%M") if local else ""

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(Column):
            return
        descending = order == Qt.SortOrder.DescendingOrder
        self.set_query(replace(self._query, sort=_SORT[Column(column)], descending=descending))
