"""The case list model: it holds case ids only and loads rows in pages as the view asks for them.

SQL sorts, filters and searches (`services.clients.case_ids`), off the GUI thread; a page of
rows is one indexed query of ~100 rows, cheap enough to run when the view first paints it. The
paging itself is `PagedIdModel`'s, shared with the call log and the appointment list.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import date, datetime
from enum import IntEnum
from typing import Any, NamedTuple

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor

from astra_desktop.gui.labels import case_status_label, risk_cell
from astra_desktop.gui.paged_model import ID_ROLE, Index, PagedIdModel
from astra_desktop.gui.tasks import TaskRunner
from astra_desktop.services import clients
from astra_desktop.services.clients import CaseQuery, SortColumn
from astra_desktop.services.session import Session

PAGE = PagedIdModel.PAGE
CASE_ID_ROLE = ID_ROLE
_DISPLAY = Qt.ItemDataRole.DisplayRole
_FOREGROUND = Qt.ItemDataRole.ForegroundRole
_ROLES = frozenset({_DISPLAY, Qt.ItemDataRole.ToolTipRole, _FOREGROUND, CASE_ID_ROLE})
_LATE = QColor("#a93226")


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


class _Shown(NamedTuple):
    """A row as the list shows it, formatted once when its page is fetched: a view asks for
    every visible cell several times over (one call per role), in Python each time."""

    texts: tuple[str, ...]  # one per Column (the tooltip repeats the text)
    flagged: bool  # high risk, reassessment overdue: the risk cell is red


class CaseListModel(PagedIdModel[CaseQuery, _Shown]):
    MAX_PAGES = 64
    COLUMNS = Column

    def __init__(self, session: Session, runner: TaskRunner | None = None) -> None:
        super().__init__(CaseQuery(), runner)
        self._session = session
        self._headers = {
            Column.CASE_CODE: self.tr("Case code"),
            Column.CLIENT: self.tr("Client"),
            Column.STATUS: self.tr("Status"),
            Column.OPENED: self.tr("Opened"),
            Column.UPDATED: self.tr("Last change"),
            Column.RISK: self.tr("Risk"),
        }

    def _ids_job(self, query: CaseQuery) -> Callable[[], list[str]]:
        session = self._session
        return lambda: clients.case_ids(session, query)

    def _fetch_page(self, ids: list[str]) -> dict[str, _Shown]:
        today = date.today()
        statuses: dict[str, str] = {}
        risks: dict[tuple[str, bool], str] = {}
        page = {}
        for row in clients.case_rows(self._session, ids):
            overdue = bool(row.risk_due and row.risk_due < today)
            if row.status.value not in statuses:
                statuses[row.status.value] = case_status_label(row.status)
            if (row.risk_level, overdue) not in risks:
                risks[row.risk_level, overdue] = risk_cell(row.risk_level, overdue)
            page[row.case_id] = _Shown(
                (
                    row.case_code,
                    row.client_name,
                    statuses[row.status.value],
                    _day(row.opened_on),
                    _minute(row.updated_at),
                    risks[row.risk_level, overdue],
                ),
                overdue and row.risk_level == "high",
            )
        return page

    def case_id(self, row: int) -> str:
        return self.id_at(row)

    # --- Qt model API --------------------------------------------------------------------------
    def data(self, index: Index, role: int = _DISPLAY) -> Any:
        if role not in _ROLES or not index.isValid():
            return None
        row = index.row()
        if not 0 <= row < len(self._ids):
            return None
        if role == CASE_ID_ROLE:
            return self._ids[row]
        shown = self.row_data(row)
        if shown is None:
            return None
        if role == _FOREGROUND:
            return _LATE if shown.flagged and index.column() == Column.RISK else None
        return shown.texts[index.column()]

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(Column):
            return
        descending = order == Qt.SortOrder.DescendingOrder
        self.set_query(replace(self._query, sort=_SORT[Column(column)], descending=descending))


# dd.MM.yyyy [HH:mm], without strftime: it imports `time` on every call, and once PySide6 is
# loaded every import statement, even of a loaded module, passes through its hook.
def _day(value: date | None) -> str:
    return f"{value.day:02}.{value.month:02}.{value.year:04}" if value else ""


def _minute(value: datetime | None) -> str:
    if value is None:
        return ""
    local = value.astimezone()
    return f"{_day(local)} {local.hour:02}:{local.minute:02}"
