"""The case list model: it holds case numbers only and loads rows in pages as the view asks.

Its row ids are the cases' local numbers (`cases.seq`, what the list's indexes and the full-text
index hold; services/clients.py says why); `case_id`, `CASE_ID_ROLE` and `row_of` speak case ids.
The first screenful comes from a LIMIT query with its rows (`clients.case_list_start`), read on the
GUI thread when that is quick (then the first paint has its rows), else on the task thread; it is
painted while the rest of the list is read there (`clients.case_seqs`). Typed text goes to the task
thread. A page of rows is one indexed query of ~100 rows, cheap enough to run when the view first
paints it. The paging itself is `PagedIdModel`'s, shared with the call log and the appointment
list.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import date, datetime
from enum import IntEnum
from typing import Any, NamedTuple

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QIcon
from PySide6.QtWidgets import QApplication, QStyle

from astra_desktop.core.appointments import local_today
from astra_desktop.core.models import CaseRow
from astra_desktop.errors import AstraError
from astra_desktop.gui.labels import case_status_label, risk_cell
from astra_desktop.gui.paged_model import ID_ROLE, Index, PagedIdModel
from astra_desktop.gui.tasks import TaskRunner
from astra_desktop.services import clients
from astra_desktop.services.clients import CaseQuery, SortColumn
from astra_desktop.services.session import Session

PAGE = PagedIdModel.PAGE
# The first screenful is read on the GUI thread when it takes less than this (the default query's
# takes 1-2 ms on 50,000 clients; a filter few cases pass can take longer: the task thread's then).
QUICK_S = 0.008
CASE_ID_ROLE = ID_ROLE
_DISPLAY = Qt.ItemDataRole.DisplayRole
_FOREGROUND = Qt.ItemDataRole.ForegroundRole
_TOOLTIP = Qt.ItemDataRole.ToolTipRole
_DECORATION = Qt.ItemDataRole.DecorationRole
_ROLES = frozenset({_DISPLAY, _TOOLTIP, _FOREGROUND, CASE_ID_ROLE, _DECORATION})
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
    case_id: str
    shared: bool  # shared with the office: an icon and a tooltip by the case code


class CaseListModel(PagedIdModel[CaseQuery, _Shown]):
    MAX_PAGES = 64
    COLUMNS = Column

    def __init__(self, session: Session, runner: TaskRunner | None = None) -> None:
        super().__init__(CaseQuery(), runner)
        self._session = session
        self._icon: QIcon | None = None
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
        return lambda: clients.case_seqs(session, query)

    def _first_job(self, query: CaseQuery) -> Callable[[], tuple[list[str], Any, bool]]:
        session, limit = self._session, self.first_rows()

        def first() -> tuple[list[str], Any, bool]:
            start = clients.case_list_start(session, query, limit)
            return start.seqs, start.rows, start.complete

        return first

    def _first_page(self, fetched: Any) -> dict[str, _Shown]:
        return self._shown(fetched)

    def _first_now(self, query: CaseQuery) -> tuple[list[str], Any, bool] | None:
        try:
            start = clients.case_list_start(self._session, query, self.first_rows(), within=QUICK_S)
        except AstraError:  # the task thread meets it again and reports it the usual way
            return None
        return None if start is None else (start.seqs, start.rows, start.complete)

    def _fetch_page(self, ids: list[str]) -> dict[str, _Shown]:
        return self._shown(clients.case_rows_by_seq(self._session, ids))

    def _shown(self, rows: dict[str, CaseRow]) -> dict[str, _Shown]:
        today = local_today()
        statuses: dict[str, str] = {}
        risks: dict[tuple[str, bool], str] = {}
        page = {}
        for seq, row in rows.items():
            overdue = bool(row.risk_due and row.risk_due < today)
            if row.status.value not in statuses:
                statuses[row.status.value] = case_status_label(row.status)
            if (row.risk_level, overdue) not in risks:
                risks[row.risk_level, overdue] = risk_cell(row.risk_level, overdue)
            page[seq] = _Shown(
                (
                    row.case_code,
                    row.client_name,
                    statuses[row.status.value],
                    _day(row.opened_on),
                    _minute(row.updated_at),
                    risks[row.risk_level, overdue],
                ),
                overdue and row.risk_level == "high",
                row.case_id,
                row.shared,
            )
        return page

    def case_id(self, row: int) -> str:
        """The id of the case shown in `row` ("" if it has gone since the list was read)."""
        shown = self.row_data(row)
        return shown.case_id if shown is not None else ""

    def row_of(self, row_id: str) -> int:
        """The row showing the case with this id, or -1."""
        seq = clients.case_seq(self._session, row_id)
        return -1 if seq is None else super().row_of(seq)

    # --- Qt model API --------------------------------------------------------------------------
    def data(self, index: Index, role: int = _DISPLAY) -> Any:
        if role not in _ROLES or not index.isValid():
            return None
        row = index.row()
        if not 0 <= row < len(self._ids):
            return None
        shown = self.row_data(row)
        if shown is None:
            return None
        if role == CASE_ID_ROLE:
            return shown.case_id
        if role == _FOREGROUND:
            return _LATE if shown.flagged and index.column() == Column.RISK else None
        if role == _DECORATION:
            return (
                self._shared_icon() if shown.shared and index.column() == Column.CASE_CODE else None
            )
        if role == _TOOLTIP and shown.shared and index.column() == Column.CASE_CODE:
            text = self.tr("Shared with the office: changes travel to the team's laptops")
            return f"{shown.texts[0]} — {text}"
        return shown.texts[index.column()]

    def _shared_icon(self) -> QIcon:
        """The standard "network" icon of the platform's style (no icon file to ship)."""
        if self._icon is None:
            style = QApplication.style()
            self._icon = style.standardIcon(QStyle.StandardPixmap.SP_DriveNetIcon)
        return self._icon

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
