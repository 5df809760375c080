"""The call form: filled in while on the phone, keyboard only, in well under a minute.

Tab order follows what changes from call to call: topic, caller, language, note; then what is
often left as it is. Defaults make a simple call a topic and a note away: anonymous, Serbian, the
time the worker started typing, the minutes counted since then, the worker at the keyboard.
Ctrl+Enter saves from anywhere in the form, and the form is ready for the next call at once.
"""

from __future__ import annotations

import itertools
import math
from datetime import datetime
from typing import Any

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from astra_desktop.core.appointments import Clock, local_now
from astra_desktop.core.hotline import DEFAULT_LANGUAGE, LANGUAGES, Call, CallerType, CallTopic
from astra_desktop.errors import AstraError, ValidationError
from astra_desktop.gui import hotline_labels, style
from astra_desktop.gui.widgets import DateField, ValueCombo
from astra_desktop.services import hotline, users
from astra_desktop.services.session import Session

SAVE_KEYS = ("Ctrl+Return", "Ctrl+Enter")
TICK_MS = 15_000
CALLER_ORDER = (
    CallerType.ANONYMOUS, CallerType.POSSIBLE_VICTIM, CallerType.FAMILY_MEMBER,
    CallerType.FRIEND, CallerType.PROFESSIONAL,
)  # fmt: skip


def combo(items: dict[str, str], order: tuple[str, ...] | None = None) -> ValueCombo[str]:
    """A list to choose from, as narrow as the layout needs (translations make items long)."""
    box: ValueCombo[str] = ValueCombo()
    box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    box.setMinimumContentsLength(12)
    for value in order or tuple(items):
        box.add(items.get(value, value), value)
    return box


def buddy(text: str, widget: QWidget) -> QLabel:
    label = QLabel(text)
    label.setBuddy(widget)
    return label


class CallForm(QWidget):
    saved = Signal(str)  # the call's id

    def __init__(
        self, session: Session, clock: Clock | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.session, self.clock = session, clock
        self.editing: Call | None = None
        self._started: datetime | None = None  # the first keystroke of this call
        self._loading = False
        self.heading = QLabel()
        style.mark(self.heading, "heading", "section")
        self.topic = combo(hotline_labels.topics(), tuple(t.value for t in CallTopic))
        self.topic.setPlaceholderText(self.tr("Choose the topic (type its first letter)"))
        # QComboBox asks for its whole placeholder as a minimum; it may be cut short instead.
        self.topic.setMinimumWidth(self.topic.fontMetrics().averageCharWidth() * 22)
        self.caller = combo(hotline_labels.caller_types(), tuple(c.value for c in CALLER_ORDER))
        self.language = combo(hotline_labels.languages(), LANGUAGES)
        self.note = QPlainTextEdit()
        self.note.setTabChangesFocus(True)
        self.note.setPlaceholderText(
            self.tr("What the caller asked and what was advised. No names are needed.")
        )
        self.note.setMinimumHeight(80)
        self.contact = QLineEdit()
        self.contact.setPlaceholderText(self.tr("only if the caller wants to be called back"))
        self.referral = QLineEdit()
        self.referral.setPlaceholderText(self.tr("to whom, e.g. police; empty if none"))
        self.follow_up = QCheckBox(self.tr("&Follow-up needed"))
        self.day = DateField()
        self.day.setObjectName("occurred_at")
        self.time = QLineEdit()
        self.time.setInputMask("99:99")
        self.time.setMaximumWidth(70)
        self.duration = QSpinBox()
        self.duration.setRange(0, 600)
        self.duration.setSuffix(self.tr(" min"))
        self.duration.setMaximumWidth(100)
        self.duration.setToolTip(
            self.tr("Counted from your first keystroke in this form; type to change it.")
        )
        self.worker: ValueCombo[str] = ValueCombo()
        self.worker.setMinimumContentsLength(10)
        for user in users.list_users(session):
            self.worker.add(user.username, user.id)
        self.error = QLabel()
        style.tone(self.error, "error")
        self.error.setWordWrap(True)
        self.save_button = QPushButton(self.tr("&Save call  (Ctrl+Enter)"))
        self.save_button.setDefault(True)
        self.save_button.clicked.connect(self.save)
        self.clear_button = QPushButton(self.tr("Clear"))
        self.clear_button.clicked.connect(self.new_call)
        self._layout()
        for keys in SAVE_KEYS:
            shortcut = QShortcut(QKeySequence(keys), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(self.save)
        self._touched: set[str] = set()
        for name, signal in (
            ("topic", self.topic.currentIndexChanged), ("caller", self.caller.currentIndexChanged),
            ("language", self.language.currentIndexChanged), ("note", self.note.textChanged),
            ("contact", self.contact.textChanged), ("referral", self.referral.textChanged),
            ("follow_up", self.follow_up.toggled), ("day", self.day.textChanged),
            ("time", self.time.textChanged), ("duration", self.duration.valueChanged),
            ("worker", self.worker.currentIndexChanged),
        ):  # fmt: skip
            signal.connect(lambda *_a, n=name: self._edited(n))
        self.ticker = QTimer(self)
        self.ticker.setInterval(TICK_MS)
        self.ticker.timeout.connect(self._tick)
        self.new_call()

    def _layout(self) -> None:
        """Two columns, so the call log below keeps the full width: what the call was about on
        the left, the note on the right, when and who under the note."""
        grid = QGridLayout()
        grid.setColumnStretch(1, 2)
        grid.setColumnStretch(3, 3)
        grid.setHorizontalSpacing(10)
        rows = [(self.tr("&Topic"), self.topic), (self.tr("&Caller"), self.caller),
                (self.tr("L&anguage"), self.language), (self.tr("Call &back"), self.contact),
                (self.tr("&Referral"), self.referral)]  # fmt: skip
        for row, (text, widget) in enumerate(rows):
            grid.addWidget(buddy(text, widget), row, 0)
            grid.addWidget(widget, row, 1)
        grid.addWidget(self.follow_up, len(rows), 1)
        grid.addWidget(buddy(self.tr("&Note"), self.note), 0, 2, Qt.AlignmentFlag.AlignTop)
        grid.addWidget(self.note, 0, 3, 4, 1)
        when = QHBoxLayout()
        when.addWidget(self.day)
        when.addWidget(self.time)
        when.addSpacing(12)
        when.addWidget(buddy(self.tr("&Duration"), self.duration))
        when.addWidget(self.duration)
        when.addStretch()
        grid.addWidget(buddy(self.tr("&When"), self.day), 4, 2)
        grid.addLayout(when, 4, 3)
        worker = QHBoxLayout()  # its own line: beside the time it made the form too wide
        worker.addWidget(self.worker)
        worker.addStretch()
        grid.addWidget(buddy(self.tr("Line w&orker"), self.worker), 5, 2)
        grid.addLayout(worker, 5, 3)
        buttons = QHBoxLayout()
        buttons.addWidget(self.error, 1)
        buttons.addWidget(self.clear_button)
        buttons.addWidget(self.save_button)
        grid.addLayout(buttons, 6, 3)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 4, 6, 4)
        layout.addWidget(self.heading)
        layout.addLayout(grid)
        layout.addStretch()
        order = [self.topic, self.caller, self.language, self.note, self.contact, self.referral,
                 self.follow_up, self.day, self.time, self.duration, self.worker,
                 self.save_button, self.clear_button]  # fmt: skip
        for first, second in itertools.pairwise(order):
            QWidget.setTabOrder(first, second)
        self.setFocusProxy(self.topic)

    # --- state ------------------------------------------------------------------------------------
    @property
    def dirty(self) -> bool:
        return bool(self._touched - {"day", "time", "duration", "worker"})

    def new_call(self) -> None:
        """An empty form with today's defaults, ready for the next call."""
        self._loading = True
        try:
            self.editing = None
            self.heading.setText(self.tr("New call"))
            self.topic.setCurrentIndex(-1)
            self.caller.set_value(CallerType.ANONYMOUS.value)
            self.language.set_value(DEFAULT_LANGUAGE)
            for edit in (self.note, self.contact, self.referral):
                edit.clear()
            self.follow_up.setChecked(False)
            self._show_time(local_now(self.clock))
            self.duration.setValue(0)
            if not self.worker.set_value(self.session.actor.user_id):
                self.worker.setCurrentIndex(0)
            self.error.clear()
        finally:
            self._loading = False
        self._touched = set()
        self._started = None
        self.ticker.stop()

    def load(self, call: Call) -> None:
        """Show a logged call for correction."""
        self.new_call()
        self._loading = True
        try:
            self.editing = call
            self.heading.setText(
                self.tr("Editing the call of {0}").format(f"{call.occurred_at:%d.%m.%Y %H:%M}")
            )
            self.topic.set_value(call.topic.value)
            self.caller.set_value(call.caller_type.value)
            self._set_language(call.language)
            self.note.setPlainText(call.note)
            self.contact.setText(call.caller_contact)
            self.referral.setText(call.referral)
            self.follow_up.setChecked(call.follow_up)
            self._show_time(call.occurred_at)
            self.duration.setValue(call.duration_minutes)
            self.worker.setCurrentIndex(self.worker.index_of(call.worker_id))
        finally:
            self._loading = False
        self._touched = {"day", "time", "duration"}  # a logged call keeps its own time
        self.topic.setFocus()

    def _set_language(self, code: str) -> None:
        if not self.language.set_value(code):  # a code this version does not list: keep it
            self.language.add(code, code)  # shown as it is
            self.language.setCurrentIndex(self.language.count() - 1)

    def _show_time(self, when: datetime) -> None:
        self.day.setText(f"{when:%d.%m.%Y}")
        self.time.setText(f"{when:%H:%M}")

    def _edited(self, name: str) -> None:
        if self._loading:
            return
        self.error.clear()
        if self._started is None and self.editing is None:
            self._started = local_now(self.clock)  # the call started when typing did
            if not self._touched & {"day", "time"}:
                self._loading = True
                self._show_time(self._started)
                self._loading = False
            self.ticker.start()
        self._touched.add(name)
        self._tick()

    def _tick(self) -> None:
        if self._started is None or "duration" in self._touched or self.duration.hasFocus():
            return
        self._loading = True
        self.duration.setValue(self._elapsed())
        self._loading = False

    def _elapsed(self) -> int:
        if self._started is None:
            return 0
        seconds = (local_now(self.clock) - self._started).total_seconds()
        return max(1, math.ceil(seconds / 60))

    # --- saving -----------------------------------------------------------------------------------
    def _when(self) -> datetime:
        day = self.day.value()
        if day is None:
            raise ValidationError("occurred_at", self.tr("Enter the day of the call."))
        try:
            hours, minutes = (int(p) for p in self.time.text().split(":"))
            return datetime(day.year, day.month, day.day, hours, minutes)
        except ValueError as exc:
            raise ValidationError(
                "occurred_at", self.tr("Enter the time as HH:MM, e.g. 09:30.")
            ) from exc

    def collect(self) -> Call:
        """The call as typed; raises ValidationError naming the field."""
        if self.topic.currentIndex() < 0:
            raise ValidationError("topic", self.tr("Choose the topic of the call."))
        duration = self.duration.value()
        if "duration" not in self._touched and self.editing is None:
            duration = self._elapsed()
        topic = CallTopic(self.topic.value())
        call = self.editing or Call(self._when(), topic)
        call.occurred_at, call.topic = self._when(), topic
        call.caller_type = CallerType(self.caller.value())
        call.language = self.language.value()
        call.note = self.note.toPlainText()
        call.caller_contact, call.referral = self.contact.text(), self.referral.text()
        call.follow_up, call.duration_minutes = self.follow_up.isChecked(), duration
        call.worker_id = self.worker.value() if self.worker.currentIndex() >= 0 else None
        return call

    def save(self) -> bool:
        try:
            call = self.collect()
            if self.editing is None:
                hotline.log_call(self.session, call, self.clock)
            else:
                hotline.update_call(self.session, call, self.clock)
        except ValidationError as exc:
            self.show_error(exc)
            return False
        except AstraError as exc:
            self.error.setText(str(exc))
            return False
        self.new_call()
        self.topic.setFocus()
        self.saved.emit(call.id)
        return True

    def show_error(self, exc: ValidationError) -> None:
        self.error.setText(str(exc))
        target = {
            "topic": self.topic, "occurred_at": self.day, "duration_minutes": self.duration,
            "note": self.note,
        }.get(exc.field)  # fmt: skip
        if target is not None:
            target.setFocus()

    # --- drafts -----------------------------------------------------------------------------------
    def draft(self) -> dict[str, Any] | None:
        """What was typed, for an encrypted draft when the vault locks mid-call."""
        if not self.dirty:
            return None
        return {
            "call_id": self.editing.id if self.editing else None,
            "topic": self.topic.value() if self.topic.currentIndex() >= 0 else None,
            "caller": self.caller.value(), "language": self.language.value(),
            "note": self.note.toPlainText(),
            "contact": self.contact.text(), "referral": self.referral.text(),
            "follow_up": self.follow_up.isChecked(), "day": self.day.text(),
            "time": self.time.text(), "duration": self.duration.value(),
        }  # fmt: skip

    def restore(self, draft: dict[str, Any]) -> None:
        call_id = draft.get("call_id")
        if call_id:
            try:
                self.load(hotline.get(self.session, str(call_id)))
            except AstraError:
                self.new_call()
        self.topic.setCurrentIndex(self.topic.index_of(draft.get("topic")))
        if not self.caller.set_value(draft.get("caller")):
            self.caller.setCurrentIndex(0)
        self._set_language(str(draft.get("language") or DEFAULT_LANGUAGE))
        self.note.setPlainText(str(draft.get("note", "")))
        self.contact.setText(str(draft.get("contact", "")))
        self.referral.setText(str(draft.get("referral", "")))
        self.follow_up.setChecked(bool(draft.get("follow_up")))
        self.day.setText(str(draft.get("day", "")))
        self.time.setText(str(draft.get("time", "")))
        self.duration.setValue(int(draft.get("duration") or 0))
        self._touched |= {"day", "time", "duration"}  # keep what was on screen
        self.error.setText(self.tr("Restored the call you were logging when the vault locked."))
        self.topic.setFocus()
