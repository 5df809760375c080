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

from astra_desktop.core.appointments import local_today
from astra_desktop.core.missing import HistoryEntry, Inquiry, InquiryAnswer, SearchRow
from astra_desktop.core.validation import format_date
from astra_desktop.gui.hotline import labels as hotline_labels
from astra_desktop.gui.labels import label

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
    MINOR = 6
    OUTCOME = 7
    DAYS = 8
    POLICE = 9
    ASKED = 10


class SearchListModel(QAbstractTableModel):
    def __init__(self, today: date | None = None) -> None:
        super().__init__()
        self.rows: list[SearchRow] = []
        self.today = today or local_today()
        self._statuses = hotline_labels.search_statuses()
        self._outcomes = hotline_labels.search_outcomes()
        self._headers = {
            SearchColumn.MINOR: self.tr("Minor"),
            SearchColumn.OUTCOME: self.tr("Outcome"),
            SearchColumn.DAYS: self.tr("Days"),
            SearchColumn.POLICE: self.tr("Police report"),
            SearchColumn.ASKED: self.tr("Partners asked"),
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
            if row.believed_country:  # cross-border: where the person is believed to be now
                return self.tr("{0} → {1}").format(row.last_seen_place or "?", row.believed_country)
            return row.last_seen_place
        if column is SearchColumn.MINOR:
            return self.tr("minor") if row.minor else ""
        if column is SearchColumn.OUTCOME:
            return self._outcomes.get(row.outcome.value, "") if row.outcome.value else ""
        if column is SearchColumn.DAYS:
            return str(row.days(self.today))
        if column is SearchColumn.POLICE:
            return row.police_report_number
        if column is SearchColumn.ASKED:
            if not row.asked:
                return ""
            return self.tr("{0} asked, {1} answered").format(row.asked, row.answered)
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
        self.today = today or local_today()
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
            status = label(entry.status)
            if entry.outcome.value:
                outcome = label(entry.outcome)
                return self.tr("Status: {0} ({1})").format(status, outcome)
            return self.tr("Status: {0}").format(status)
        name = label(entry.action) if entry.action else ""
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


class InquiryColumn(IntEnum):
    PARTNER = 0
    ASKED_ON = 1
    ANSWER = 2
    ANSWERED_ON = 3
    NOTE = 4


class InquiryModel(QAbstractTableModel):
    """The partners asked about one search, and what each answered."""

    def __init__(self) -> None:
        super().__init__()
        self.inquiries: list[Inquiry] = []
        self._answers = hotline_labels.inquiry_answers()
        self._headers = {
            InquiryColumn.PARTNER: self.tr("Partner"),
            InquiryColumn.ASKED_ON: self.tr("Asked on"),
            InquiryColumn.ANSWER: self.tr("Answer"),
            InquiryColumn.ANSWERED_ON: self.tr("Answered on"),
            InquiryColumn.NOTE: self.tr("What they said"),
        }

    def set_inquiries(self, inquiries: list[Inquiry]) -> None:
        self.beginResetModel()
        self.inquiries = inquiries
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.inquiries)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(InquiryColumn)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._headers.get(InquiryColumn(section)) if 0 <= section < 5 else None
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.inquiries):
            return None
        inquiry = self.inquiries[index.row()]
        column = InquiryColumn(index.column())
        if role == ROW_ROLE:
            return inquiry
        if role == ID_ROLE:
            return inquiry.id
        if role == Qt.ItemDataRole.ForegroundRole and inquiry.answer is InquiryAnswer.PENDING:
            return PLANNED if column is InquiryColumn.ANSWER else None
        if role == Qt.ItemDataRole.ToolTipRole and column is InquiryColumn.NOTE:
            return inquiry.answer_note or None
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if column is InquiryColumn.PARTNER:
            return inquiry.partner_name
        if column is InquiryColumn.ASKED_ON:
            return format_date(inquiry.asked_on)
        if column is InquiryColumn.ANSWER:
            return self._answers.get(inquiry.answer.value, inquiry.answer.value)
        if column is InquiryColumn.ANSWERED_ON:
            return format_date(inquiry.answered_on)
        return inquiry.answer_note
