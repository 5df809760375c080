"""The call log model: call ids only, rows fetched a page at a time as the view paints them.

SQL filters and sorts (`services.hotline.call_ids`, on the task thread); a page is one query by
primary key (the paging is `PagedIdModel`'s). The log shows no caller's contact: it is read in
the form, one call at a time.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from enum import IntEnum

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor

from astra_desktop.core.hotline import CallRow, CaseLink
from astra_desktop.gui import labels
from astra_desktop.gui.hotline import labels as hotline_labels
from astra_desktop.gui.paged_model import PagedIdModel
from astra_desktop.gui.tasks import TaskRunner
from astra_desktop.services import hotline
from astra_desktop.services.hotline import CallQuery
from astra_desktop.services.session import Session

PAGE = PagedIdModel.PAGE
LATE = QColor("#a93226")


class Column(IntEnum):
    WHEN = 0
    URGENT = 1
    TOPIC = 2
    CHANNEL = 3
    CALLER = 4
    PERSON = 5
    EXPLOITATION = 6
    LANGUAGE = 7
    MINUTES = 8
    REFERRAL = 9
    FOLLOW_UP = 10
    CASE = 11
    NOTE = 12


class CallLogModel(PagedIdModel[CallQuery, CallRow]):
    COLUMNS = Column

    def __init__(self, session: Session, runner: TaskRunner | None = None) -> None:
        super().__init__(CallQuery(), runner)
        self._session = session
        self._topics = hotline_labels.topics()
        self._callers = hotline_labels.caller_types()
        self._links = hotline_labels.case_links()
        self._channels = hotline_labels.channels()
        self._bands = hotline_labels.age_bands()
        self._sexes = labels.genders()
        self._kinds = labels.exploitation_types()
        self._headers = {
            Column.WHEN: self.tr("When"),
            Column.URGENT: self.tr("Urgent"),
            Column.TOPIC: self.tr("Topic"),
            Column.CHANNEL: self.tr("Channel"),
            Column.PERSON: self.tr("Person concerned"),
            Column.EXPLOITATION: self.tr("Exploitation"),
            Column.REFERRAL: self.tr("Referred to"),
            Column.CALLER: self.tr("Caller"),
            Column.LANGUAGE: self.tr("Lang."),
            Column.MINUTES: self.tr("Min."),
            Column.FOLLOW_UP: self.tr("Follow-up"),
            Column.CASE: self.tr("Case"),
            Column.NOTE: self.tr("Note"),
        }

    def _ids_job(self, query: CallQuery) -> Callable[[], list[str]]:
        session = self._session
        return lambda: hotline.call_ids(session, query)

    def _fetch_page(self, ids: list[str]) -> dict[str, CallRow]:
        return {r.id: r for r in hotline.call_rows(self._session, ids)}

    def row(self, row: int) -> CallRow | None:
        return self.row_data(row)

    def call_id(self, row: int) -> str:
        return self.id_at(row)

    def _colour(self, row: CallRow, column: Column) -> QColor | None:
        if column is Column.URGENT and row.urgent:
            return LATE
        return LATE if column is Column.FOLLOW_UP and row.follow_up_open else None

    def _tooltip(self, row: CallRow, column: Column) -> str | None:
        return row.note if column is Column.NOTE and row.note else None

    def _text(self, row: CallRow, column: Column) -> str:
        if column is Column.WHEN:
            return f"{row.occurred_at:%d.%m.%Y %H:%M}"
        if column is Column.TOPIC:
            return self._topics.get(row.topic.value, row.topic.value)
        if column is Column.URGENT:
            return self.tr("urgent") if row.urgent else ""
        if column is Column.CHANNEL:
            return self._channels.get(row.channel.value, row.channel.value)
        if column is Column.CALLER:
            role = self._callers.get(row.caller_type.value, row.caller_type.value)
            return self.tr("{0} · anonymous").format(role) if row.anonymous else role
        if column is Column.PERSON:
            return self.person(row)
        if column is Column.EXPLOITATION:
            kinds = ", ".join(self._kinds.get(k.value, k.value) for k in row.exploitation_types)
            return " · ".join(v for v in (kinds, row.exploitation_place) if v)
        if column is Column.REFERRAL:
            return row.referral
        if column is Column.LANGUAGE:
            return row.language
        if column is Column.MINUTES:
            return str(row.duration_minutes)
        if column is Column.FOLLOW_UP:
            if not row.follow_up:
                return ""
            if row.follow_up_done:
                return self.tr("done")
            due = f"{row.follow_up_due:%d.%m.%Y}" if row.follow_up_due else ""
            return " · ".join(v for v in (self.tr("to do"), due, row.follow_up_owner_name) if v)
        if column is Column.CASE:
            if row.case_link is CaseLink.NONE:
                return ""
            code = row.case_code or (self.tr("not assigned to you") if row.case_id else "—")
            return f"{code} · {self._links.get(row.case_link.value, '')}"
        first = row.note.strip().splitlines()[0] if row.note.strip() else ""
        return first

    def person(self, row: CallRow) -> str:
        """Sex, age band and nationality of the person concerned, as far as they are known."""
        sex = "" if row.person_sex.value == "unknown" else self._sexes.get(row.person_sex.value, "")
        band = self._bands.get(row.person_age_band, "") if row.person_age_band else ""
        return ", ".join(v for v in (sex, band, row.person_nationality) if v)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Only the time sorts (newest or oldest first): the log is read by date."""
        if column != Column.WHEN:
            return
        descending = order == Qt.SortOrder.DescendingOrder
        self.set_query(replace(self._query, descending=descending))
