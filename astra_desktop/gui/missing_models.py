"""Models for missing-person searches: the list of searches, and one search's history (status
changes, actions taken and actions planned, in one timeline).

Searches number in the tens or hundreds, not the hundred thousands of calls, so the list holds its
rows; SQL still filters and orders them (`services.missing.search_rows`).
"""

from __future__ import annotations

from datetime import date
from enum import IntEnum
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor, QFont

from astra_desktop.core.missing import HistoryEntry, SearchRow
from astra_desktop.core.validation import format_date
from astra_desktop.gui import hotline_labels

ID_ROLE = Qt.ItemDataRole.UserRole + 1
ROW_ROLE = Qt.ItemDataRole.UserRole + 2
LATE = QColor("#a93226")
PLANNED = QColor("#1f618d")

Index = QModelIndex | QPersistentModelIndex


class SearchColumn(IntEnum):
    PERSON = 0
    LAST_SEEN = 1
    PLACE = 2
    STATUS = 3
    NEXT_DUE = 4
    CASE = 5


class SearchListModel(QAbstractTableModel):
    def __init__(self, today: date | None = None) -> None:
        super().__init__()
        self.rows: list[SearchRow] = []
        self.today = today or date.today()
        self._statuses = hotline_labels.search_statuses()
        self._headers = {
            SearchColumn.PERSON: self.tr("Person sought"),
            SearchColumn.LAST_SEEN: self.tr("Last seen"),
            SearchColumn.PLACE: self.tr("Where"),
            SearchColumn.STATUS: self.tr("Status"),
            SearchColumn.NEXT_DUE: self.tr("Next action due"),
            SearchColumn.CASE: self.tr("Case"),
        }

    def set_rows(self, rows: list[SearchRow], today: date | None = None) -> None:
        self.beginResetModel()
        self.rows = rows
        self.today = today or self.today
        self.endResetModel()

    def row_of(self, search_id: str) -> int:
        return next((i for i, r in enumerate(self.rows) if r.id == search_id), -1)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(SearchColumn)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return (
                self._headers.get(SearchColumn(section))
                if 0 <= section < len(SearchColumn)
                else None
            )
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        row = self.rows[index.row()]
        column = SearchColumn(index.column())
        if role == ID_ROLE:
            return row.id
        if role == ROW_ROLE:
            return row
        overdue = row.next_due is not None and row.next_due <= self.today
        if role == Qt.ItemDataRole.ForegroundRole:
            return LATE if column is SearchColumn.NEXT_DUE and overdue else None
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if column is SearchColumn.PERSON:
            return row.person
        if column is SearchColumn.LAST_SEEN:
            return format_date(row.last_seen_on)
        if column is SearchColumn.PLACE:
            return row.last_seen_place
        if column is SearchColumn.STATUS:
            return self._statuses.get(row.status.value, row.status.value)
        if column is SearchColumn.NEXT_DUE:
            due = format_date(row.next_due)
            return self.tr("{0} — due").format(due) if overdue else due
        return row.case_code


class HistoryColumn(IntEnum):
    DATE = 0
    ENTRY = 1
    DETAIL = 2
    BY = 3


class HistoryModel(QAbstractTableModel):
    """One search's timeline: what is planned (soonest first), then what happened (newest first)."""

    def __init__(self, today: date | None = None) -> None:
        super().__init__()
        self.entries: list[HistoryEntry] = []
        self.today = today or date.today()
        self._statuses = hotline_labels.search_statuses()
        self._actions = hotline_labels.action_kinds()
        self._headers = {
            HistoryColumn.DATE: self.tr("Date"),
            HistoryColumn.ENTRY: self.tr("Entry"),
            HistoryColumn.DETAIL: self.tr("Reason / what was done"),
            HistoryColumn.BY: self.tr("By"),
        }

    def set_entries(self, entries: list[HistoryEntry], today: date | None = None) -> None:
        self.beginResetModel()
        self.entries = entries
        self.today = today or self.today
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.entries)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(HistoryColumn)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return (
                self._headers.get(HistoryColumn(section))
                if 0 <= section < len(HistoryColumn)
                else None
            )
        return None

    def entry_text(self, entry: HistoryEntry) -> str:
        if entry.kind == "status" and entry.status is not None:
            return self.tr("Status: {0}").format(self._statuses.get(entry.status.value, ""))
        name = self._actions.get(entry.action.value, "") if entry.action else ""
        return self.tr("Planned: {0}").format(name) if entry.kind == "planned" else name

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.entries):
            return None
        entry = self.entries[index.row()]
        column = HistoryColumn(index.column())
        if role == ID_ROLE:
            return entry.record_id
        if role == ROW_ROLE:
            return entry
        if role == Qt.ItemDataRole.ForegroundRole and entry.kind == "planned":
            return LATE if entry.when <= self.today else PLANNED
        if (
            role == Qt.ItemDataRole.FontRole
            and entry.kind == "status"
            and column is HistoryColumn.ENTRY
        ):
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.ToolTipRole and column is HistoryColumn.DETAIL:
            return entry.text or None
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if column is HistoryColumn.DATE:
            due = entry.kind == "planned" and entry.when <= self.today
            return format_date(entry.when) + (self.tr(" — due") if due else "")
        if column is HistoryColumn.ENTRY:
            return self.entry_text(entry)
        if column is HistoryColumn.DETAIL:
            return entry.text
        return entry.by
