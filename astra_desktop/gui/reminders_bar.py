"""Reminders in the app: at unlock, a bar with what is due today, the court hearings of the coming
week and the outcomes still to record; while the app runs, each reminder as it falls due (court
hearings 7 days and 1 day ahead …), also in the system tray where the desktop has one.

Notifications carry case codes and times, never a client's name: a tray message can pop up on a
screen someone else is looking at.

The unlock summary is read through a `Loader` (gui/loading.py); the bar stays hidden while it is
read, as it does when there is nothing to say, and says so if it cannot be read. The checks while
the app runs are not loads of one view but a series in which every answer counts (a later one must
not drop an earlier one's reminders), so they stay tasks of their own on the runner.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QStyle,
    QSystemTrayIcon,
    QToolBar,
    QWidget,
)

from astra_desktop import APP_NAME
from astra_desktop.core.appointments import Clock, local_now
from astra_desktop.core.reminders import DAY, HOUR, Reminder, UnlockSummary
from astra_desktop.gui import style
from astra_desktop.gui.court import labels as court_labels
from astra_desktop.gui.loading import Loader
from astra_desktop.gui.tasks import TaskRunner
from astra_desktop.services import reminders
from astra_desktop.services.session import Session


class ReminderBar(QToolBar):
    show_agenda = Signal()
    notified = Signal(list)  # the texts shown, for whoever wants to know

    def __init__(
        self,
        session: Session,
        runner: TaskRunner,
        clock: Clock | None = None,
        interval_ms: int = 60_000,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.session, self.runner, self.clock = session, runner, clock
        self.loader = Loader(self, runner)
        self.setObjectName("reminders")
        self.setMovable(False)
        self.setFloatable(False)
        style.mark(self, "banner", "warning")
        self.text = QLabel()
        self.text.setWordWrap(True)
        self.text.setTextFormat(Qt.TextFormat.PlainText)
        self.text.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.open_button = QPushButton(self.tr("Open the &agenda"))
        self.open_button.clicked.connect(self.show_agenda)
        self.close_button = QPushButton(self.tr("Dismiss"))
        self.close_button.clicked.connect(self.hide)
        badge = QLabel()
        badge.setPixmap(
            self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxInformation).pixmap(22)
        )
        content = QWidget()
        row = QHBoxLayout(content)
        row.setContentsMargins(8, 4, 8, 4)
        row.addWidget(badge)
        row.addWidget(self.text, 1)
        row.addWidget(self.open_button)
        row.addWidget(self.close_button)
        self.addWidget(content)
        self.hide()
        self.tray: QSystemTrayIcon | None = None
        if QSystemTrayIcon.isSystemTrayAvailable():
            icon = self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxInformation)
            self.tray = QSystemTrayIcon(icon, self)
            self.tray.setToolTip(APP_NAME)
            self.tray.messageClicked.connect(self.show_agenda)
            self.tray.show()
        self._last = local_now(clock)
        self.timer = QTimer(self)
        self.timer.setInterval(interval_ms)
        self.timer.timeout.connect(self.check)

    @property
    def loading(self) -> bool:
        """The unlock summary is being read (tests/gui/_loaded.py waits for this to end)."""
        return self.loader.busy

    def start(self) -> None:
        """Show the unlock summary, then check for reminders every interval."""
        session, clock = self.session, self.clock
        self._last = local_now(clock)
        self.loader.load(lambda: reminders.at_unlock(session, clock), self.show_summary,
                         self._failed)  # fmt: skip
        self.timer.start()

    def _failed(self, exc: BaseException) -> None:
        """The summary could not be read: said in the bar, where it would have been."""
        self._show(self.tr("The reminders could not be read: {0}").format(exc))

    # --- at unlock -------------------------------------------------------------------------------
    def show_summary(self, summary: UnlockSummary) -> None:
        if summary.empty:
            return
        parts = []
        if summary.today:
            first = summary.today[0]
            parts.append(
                self.tr(
                    "Today: %n appointment(s), the first at {0} ({1}).", "", len(summary.today)
                ).format(f"{first.starts_at:%H:%M}", first.case_code)
            )
        if summary.coming_hearings:
            listed = ", ".join(
                f"{r.case_code} {r.starts_at:%d.%m. %H:%M}" for r in summary.coming_hearings[:3]
            )
            more = "…" if len(summary.coming_hearings) > 3 else ""
            parts.append(
                self.tr("Court hearings in the next 7 days: {0} ({1}{2}).").format(
                    len(summary.coming_hearings), listed, more
                )
            )
        if summary.outcomes_due:
            parts.append(
                self.tr("Outcomes to record: %n ended appointment(s).", "", summary.outcomes_due)
            )
        if summary.search_actions_due:
            parts.append(
                self.tr(
                    "Missing-person searches: %n action(s) due (SOS hotline).",
                    "",
                    summary.search_actions_due,
                )
            )
        self._show(" ".join(parts))

    # --- while running ---------------------------------------------------------------------------
    def check(self) -> None:
        """Reminders that fell due since the last check (none is shown twice)."""
        if self.session.closed:  # a window of a locked vault, not yet deleted
            self.timer.stop()
            return
        now = local_now(self.clock)
        after, self._last = self._last, now
        if now <= after:
            return
        session = self.session
        self.runner.run(lambda: reminders.due(session, after, now), on_done=self.notify)

    def notify(self, due: list[Reminder]) -> None:
        if not due:
            return
        texts = [self.reminder_text(r) for r in due]
        self._show(" · ".join(texts))
        if self.tray is not None:
            self.tray.showMessage(
                APP_NAME, "\n".join(texts), QSystemTrayIcon.MessageIcon.Information, 15_000
            )
        self.notified.emit(texts)

    def reminder_text(self, reminder: Reminder) -> str:
        a = reminder.appointment
        kind = court_labels.appointment_kinds()[a.kind.value]
        return f"{self._lead(reminder.lead_minutes)}: {kind}, {a.case_code}, {a.starts_at:%d.%m.%Y %H:%M}"

    def _lead(self, minutes: int) -> str:
        if minutes % DAY == 0:
            days = minutes // DAY
            return self.tr("Tomorrow") if days == 1 else self.tr("In %n day(s)", "", days)
        if minutes % HOUR == 0:
            return self.tr("In %n hour(s)", "", minutes // HOUR)
        return self.tr("In %n minute(s)", "", minutes)

    def _show(self, text: str) -> None:
        self.text.setText(text)
        self.show()
