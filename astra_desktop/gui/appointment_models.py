"""Models for the appointment lists and the month grid.

The list model holds appointment ids only and fetches rows a page at a time as the view paints
them; the ids query (SQL filters and sorts) runs on the task thread. The month model holds one
month's days; the query behind it returns at most a few appointments per day plus a count.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta
from enum import IntEnum
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QColor, QFont

from astra_desktop.core.appointments import AgendaRow, AppointmentStatus, Clock, local_now
from astra_desktop.gui.court import labels as court_labels
from astra_desktop.gui.paged_model import PagedIdModel
from astra_desktop.gui.tasks import TaskRunner
from astra_desktop.services import agenda
from astra_desktop.services.agenda import AgendaQuery, MonthDay
from astra_desktop.services.session import Session

PAGE = PagedIdModel.PAGE
DATE_ROLE = Qt.ItemDataRole.UserRole + 3
DAY_ROLE = Qt.ItemDataRole.UserRole + 4

Index = QModelIndex | QPersistentModelIndex
GREY = QColor("#7b8793")
LATE = QColor("#a93226")


class Column(IntEnum):
    WHEN = 0
    CASE = 1
    CLIENT = 2
    KIND = 3
    PLACE = 4
    STATUS = 5


def when_text(row: AgendaRow) -> str:
    days = court_labels.weekdays_short()
    return f"{days[row.starts_at.weekday()]} {row.starts_at:%d.%m.%Y  %H:%M}–{row.ends_at:%H:%M}"


class AppointmentListModel(PagedIdModel[AgendaQuery, AgendaRow]):
    COLUMNS = Column

    def __init__(
        self, session: Session, runner: TaskRunner | None = None, clock: Clock | None = None
    ) -> None:
        super().__init__(AgendaQuery(), runner)
        self._session, self._clock = session, clock
        self._names = False
        self._kinds = court_labels.appointment_kinds()
        self._statuses = court_labels.appointment_statuses()
        self._headers = {
            Column.WHEN: self.tr("When"),
            Column.CASE: self.tr("Case"),
            Column.CLIENT: self.tr("Client"),
            Column.KIND: self.tr("Type"),
            Column.PLACE: self.tr("Place"),
            Column.STATUS: self.tr("Status"),
        }

    def _ids_job(self, query: AgendaQuery) -> Callable[[], list[str]]:
        session, clock = self._session, self._clock
        return lambda: agenda.ids(session, query, clock)

    def _fetch_page(self, ids: list[str]) -> dict[str, AgendaRow]:
        return {r.id: r for r in agenda.rows_for(self._session, ids, names=self._names)}

    def set_names(self, names: bool) -> None:
        """Show clients' names (asked for), or case codes only (the default)."""
        if names != self._names:
            self._names = names
            self.reload_rows()

    def row_at(self, row: int) -> AgendaRow | None:
        return self.row_data(row)

    def appointment_id(self, row: int) -> str:
        return self.id_at(row)

    def _colour(self, row: AgendaRow, column: Column) -> QBrush | None:
        if row.status in (AppointmentStatus.CANCELLED, AppointmentStatus.POSTPONED):
            return QBrush(GREY)
        late = row.status is AppointmentStatus.PLANNED and row.ends_at <= local_now(self._clock)
        if late and column is Column.STATUS:
            return QBrush(LATE)
        return None

    def _text(self, row: AgendaRow, column: Column) -> str:
        if column is Column.WHEN:
            return when_text(row)
        if column is Column.CASE:
            return row.case_code
        if column is Column.CLIENT:
            return row.client_name
        if column is Column.KIND:
            return self._kinds.get(row.kind.value, row.kind.value)
        if column is Column.PLACE:
            return row.place
        status = self._statuses.get(row.status.value, row.status.value)
        if row.status is AppointmentStatus.PLANNED and row.ends_at <= local_now(self._clock):
            return self.tr("Outcome to record")
        return status


# --- the month grid ---------------------------------------------------------------------------------
class MonthModel(QAbstractTableModel):
    """Six weeks of seven days, Monday first; each cell is a day."""

    loaded = Signal()

    def __init__(
        self, session: Session, runner: TaskRunner | None = None, clock: Clock | None = None
    ) -> None:
        super().__init__()
        self._session, self._runner, self._clock = session, runner, clock
        today = local_now(clock).date()
        self.year, self.month = today.year, today.month
        self.mine = False
        self._days: dict[date, MonthDay] = {}
        self._generation = 0
        self._names = court_labels.weekdays_short()

    def first_day(self) -> date:
        return agenda.month_grid(self.year, self.month)[0]

    def set_month(
        self, year: int, month: int, mine: bool | None = None, wait: bool = False
    ) -> None:
        self.year, self.month = year, month
        if mine is not None:
            self.mine = mine
        self._generation += 1
        generation = self._generation
        session, year_, month_, mine_ = self._session, year, month, self.mine
        self.beginResetModel()
        self._days = {}
        self.endResetModel()
        if self._runner is None or wait:
            self._apply(generation, agenda.month(session, year_, month_, mine_))
            return
        self._runner.run(
            lambda: agenda.month(session, year_, month_, mine_),
            on_done=lambda days: self._apply(generation, days),
        )

    def refresh(self) -> None:
        self.set_month(self.year, self.month)

    def _apply(self, generation: int, days: dict[date, MonthDay]) -> None:
        if generation != self._generation:
            return
        self._days = days
        self.dataChanged.emit(self.index(0, 0), self.index(5, 6))
        self.loaded.emit()

    def day_of(self, index: Index) -> date:
        return self.first_day() + timedelta(days=index.row() * 7 + index.column())

    def index_of(self, day: date) -> QModelIndex:
        offset = (day - self.first_day()).days
        if not 0 <= offset < 42:
            return QModelIndex()
        return self.index(offset // 7, offset % 7)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 6

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 7

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal and 0 <= section < 7:
            return self._names[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not (0 <= index.row() < 6 and 0 <= index.column() < 7):
            return None
        day = self.day_of(index)
        entry = self._days.get(day)
        if role == DATE_ROLE:
            return day
        if role == DAY_ROLE:
            return entry
        if role == Qt.ItemDataRole.DisplayRole:
            lines = [str(day.day)]
            if entry:
                lines += [f"{r.starts_at:%H:%M} {r.case_code}" for r in entry.rows]
                if entry.total > len(entry.rows):
                    lines.append(self.tr("+{0} more").format(entry.total - len(entry.rows)))
            return "\n".join(lines)
        if role == Qt.ItemDataRole.ToolTipRole and entry:
            kinds = court_labels.appointment_kinds()
            text = [f"{r.starts_at:%H:%M}–{r.ends_at:%H:%M} {r.case_code} · {kinds[r.kind.value]}"
                    for r in entry.rows]  # fmt: skip
            if entry.total > len(entry.rows):
                text.append(self.tr("… %n appointment(s) in all", "", entry.total))
            return "\n".join(text)
        if role == Qt.ItemDataRole.ForegroundRole and day.month != self.month:
            return QBrush(GREY)
        if role == Qt.ItemDataRole.FontRole and day == local_now(self._clock).date():
            font = QFont()
            font.setBold(True)
            return font
        return None
