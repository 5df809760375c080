"""The month calendar: six weeks, Monday first, each day showing its first appointments (time and
case code, coloured by type) and how many more; the chosen day's full list underneath."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, Qt, Signal
from PySide6.QtGui import QColor, QFont, QPainter, QPen
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from astra_desktop.core.appointments import AppointmentKind, AppointmentStatus, Clock, local_now
from astra_desktop.gui import style
from astra_desktop.gui.appointment_dialog import AppointmentDialog, open_appointment
from astra_desktop.gui.appointment_models import (
    DATE_ROLE,
    DAY_ROLE,
    AppointmentListModel,
    Column,
    MonthModel,
)
from astra_desktop.gui.appointment_views import appointment_table
from astra_desktop.gui.court import labels as court_labels
from astra_desktop.gui.paged_model import ID_ROLE, ROW_ROLE
from astra_desktop.gui.tasks import TaskRunner
from astra_desktop.services.agenda import AgendaQuery, MonthDay, Period
from astra_desktop.services.session import Session

KIND_COLOURS = {
    AppointmentKind.COURT_HEARING: "#a93226",
    AppointmentKind.PROSECUTOR: "#7d3c98",
    AppointmentKind.POLICE: "#7d3c98",
    AppointmentKind.MEDICAL: "#1f618d",
    AppointmentKind.PSYCHOLOGIST: "#1f618d",
    AppointmentKind.SOCIAL_WELFARE: "#117a65",
    AppointmentKind.EMBASSY: "#117a65",
    AppointmentKind.LAWYER: "#117a65",
    AppointmentKind.HOME_VISIT: "#7e5109",
    AppointmentKind.OTHER: "#5d6d7e",
}
MARKS = {AppointmentStatus.HELD: "✓ ", AppointmentStatus.MISSED: "✗ ",
         AppointmentStatus.POSTPONED: "↷ "}  # fmt: skip


class MonthDelegate(QStyledItemDelegate):
    """Draws a day: its number, then one line per appointment with a bar in the type's colour."""

    def __init__(self, model: MonthModel, clock: Clock | None, parent: QWidget | None = None):
        super().__init__(parent)
        self._model, self._clock = model, clock

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        day: date = index.data(DATE_ROLE)
        entry: MonthDay | None = index.data(DAY_ROLE)
        rect: QRect = option.rect
        painter.save()
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        outside = day.month != self._model.month
        today = day == local_now(self._clock).date()
        background = (
            "#dbe9f6" if selected else "#fff8dc" if today else "#f4f6f7" if outside else "#ffffff"
        )
        painter.fillRect(rect, QColor(background))
        font = QFont(option.font)
        bold = QFont(font)
        bold.setBold(True)
        painter.setFont(bold)
        painter.setPen(QColor("#95a5a6" if outside else "#1b2631"))
        number = rect.adjusted(6, 3, -6, 0)
        painter.drawText(
            number, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop, str(day.day)
        )
        if entry is not None:
            small = QFont(font)
            small.setPointSizeF(max(7.0, font.pointSizeF() - 1))
            painter.setFont(small)
            line = painter.fontMetrics().height() + 1
            y = rect.top() + 4 + painter.fontMetrics().height() + 4
            bottom = rect.bottom() - line
            shown = 0
            for row in entry.rows:
                if y + line > bottom + line:
                    break
                painter.fillRect(
                    QRect(rect.left() + 5, y + 2, 3, line - 4), QColor(KIND_COLOURS[row.kind])
                )
                dim = row.status in (AppointmentStatus.POSTPONED, AppointmentStatus.MISSED)
                painter.setPen(QColor("#95a5a6" if dim or outside else "#1b2631"))
                text = f"{MARKS.get(row.status, '')}{row.starts_at:%H:%M} {row.case_code}"
                painter.drawText(QRect(rect.left() + 11, y, rect.width() - 14, line),
                                 Qt.AlignmentFlag.AlignVCenter, text)  # fmt: skip
                y += line
                shown += 1
            if entry.total > shown:
                painter.setPen(QColor("#5d6d7e"))
                more = self._model.tr("+{0} more").format(entry.total - shown)
                painter.drawText(QRect(rect.left() + 11, y, rect.width() - 14, line),
                                 Qt.AlignmentFlag.AlignVCenter, more)  # fmt: skip
        painter.setPen(QPen(QColor("#d5dbdb")))
        painter.drawRect(rect.adjusted(0, 0, -1, -1))
        painter.restore()


class MonthView(QWidget):
    open_case = Signal(str)

    def __init__(
        self,
        session: Session,
        runner: TaskRunner,
        clock: Clock | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.session, self.clock = session, clock
        self.model = MonthModel(session, runner, clock)
        self.grid = QTableView()
        self.grid.setModel(self.model)
        self.grid.setItemDelegate(MonthDelegate(self.model, clock, self.grid))
        self.grid.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.grid.setShowGrid(False)
        self.grid.verticalHeader().hide()
        for header in (self.grid.horizontalHeader(), self.grid.verticalHeader()):
            header.setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.grid.verticalHeader().setMinimumSectionSize(60)
        self.grid.selectionModel().currentChanged.connect(lambda i, _p: self._day_chosen(i))
        self.grid.doubleClicked.connect(lambda _i: self.new_appointment())
        self.title = QLabel()
        style.mark(self.title, "heading", "title")
        self.prev_button = QPushButton("◀")
        self.prev_button.setToolTip(self.tr("Previous month"))
        self.next_button = QPushButton("▶")
        self.next_button.setToolTip(self.tr("Next month"))
        self.today_button = QPushButton(self.tr("&Today"))
        for b in (self.prev_button, self.next_button):
            b.setMaximumWidth(40)
        self.prev_button.clicked.connect(lambda: self.step(-1))
        self.next_button.clicked.connect(lambda: self.step(1))
        self.today_button.clicked.connect(self.go_today)
        self.mine = QCheckBox(self.tr("Only &mine"))
        self.mine.toggled.connect(lambda _on: self.refresh())
        self.day_title = QLabel()
        style.mark(self.day_title, "heading", "strong")
        self.day_model = AppointmentListModel(session, runner, clock)
        self.day_list = appointment_table(self.day_model)
        self.day_list.setColumnHidden(Column.CLIENT, True)
        self.day_list.activated.connect(self.open_index)
        self.new_button = QPushButton(self.tr("&New appointment on this day…"))
        self.new_button.clicked.connect(lambda: self.new_appointment())
        self.case_button = QPushButton(self.tr("Open the &case file"))
        self.case_button.clicked.connect(self._open_case)
        top = QHBoxLayout()
        top.addWidget(self.prev_button)
        top.addWidget(self.next_button)
        top.addWidget(self.title)
        top.addStretch()
        top.addWidget(self._legend())
        top.addWidget(self.mine)
        top.addWidget(self.today_button)
        lower = QWidget()
        lower_layout = QVBoxLayout(lower)
        lower_layout.setContentsMargins(0, 0, 0, 0)
        row = QHBoxLayout()
        row.addWidget(self.day_title)
        row.addStretch()
        row.addWidget(self.case_button)
        row.addWidget(self.new_button)
        lower_layout.addLayout(row)
        lower_layout.addWidget(self.day_list)
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(self.grid)
        split.addWidget(lower)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 1)
        split.setSizes([470, 160])
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(split, 1)
        self.chosen = local_now(clock).date()
        self.show_month(self.chosen.year, self.chosen.month)

    def _legend(self) -> QLabel:
        groups = [(AppointmentKind.COURT_HEARING, self.tr("court hearing")),
                  (AppointmentKind.POLICE, self.tr("police, prosecutor")),
                  (AppointmentKind.MEDICAL, self.tr("health")),
                  (AppointmentKind.SOCIAL_WELFARE, self.tr("services, lawyer")),
                  (AppointmentKind.HOME_VISIT, self.tr("home visit"))]  # fmt: skip
        parts = [f'<span style="color:{KIND_COLOURS[k]}">■</span> {text}' for k, text in groups]
        marks = self.tr("✓ held  ✗ missed  ↷ postponed")
        label = QLabel(
            "&nbsp;&nbsp;".join(parts)
            + f"&nbsp;&nbsp;&nbsp;<span style='color:#5d6d7e'>{marks}</span>"
        )
        label.setTextFormat(Qt.TextFormat.RichText)
        label.setWordWrap(True)  # longer in Serbian: wrap rather than widen the window
        return label

    def show_month(self, year: int, month: int, wait: bool = False) -> None:
        self.title.setText(f"{court_labels.months()[month - 1]} {year}")
        self.model.set_month(year, month, self.mine.isChecked(), wait=wait)
        if (self.chosen.year, self.chosen.month) != (year, month):
            self.chosen = date(year, month, 1)
        self.grid.setCurrentIndex(self.model.index_of(self.chosen))
        self._show_day(self.chosen)

    def refresh(self) -> None:
        self.show_month(self.model.year, self.model.month)

    def step(self, months: int) -> None:
        index = self.model.year * 12 + self.model.month - 1 + months
        self.show_month(index // 12, index % 12 + 1)

    def go_today(self) -> None:
        self.chosen = local_now(self.clock).date()
        self.show_month(self.chosen.year, self.chosen.month)

    def _day_chosen(self, index: QModelIndex) -> None:
        if index.isValid():
            self.chosen = self.model.day_of(index)
            self._show_day(self.chosen)

    def _show_day(self, day: date) -> None:
        start = datetime.combine(day, time())
        days = court_labels.weekdays_short()
        self.day_title.setText(f"{days[day.weekday()]} {day:%d.%m.%Y}")
        self.day_model.set_query(
            AgendaQuery(Period.RANGE, mine=self.mine.isChecked(), start=start,
                        end=start + timedelta(days=1))
        )  # fmt: skip

    def new_appointment(self) -> AppointmentDialog:
        start = datetime.combine(self.chosen, time(9, 0))
        dialog = AppointmentDialog(self.session, start=start, parent=self)
        dialog.saved.connect(lambda _ids: self.refresh())
        dialog.open()
        return dialog

    def open_index(self, index: QModelIndex) -> QDialog | None:
        if not index.isValid():
            return None
        dialog = open_appointment(self.session, self.day_model.data(index, ID_ROLE), self)
        if dialog is not None:
            dialog.accepted.connect(self.refresh)
        return dialog

    def _open_case(self) -> None:
        row = self.day_model.data(self.day_list.currentIndex(), ROW_ROLE)
        if row is not None:
            self.open_case.emit(row.case_id)
