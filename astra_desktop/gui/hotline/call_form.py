"""The call form: filled in while on the phone, keyboard only, in well under a minute.

Tab order follows what changes from call to call: topic, caller, language, note; then what is
often left as it is (the channel, whether the caller stays anonymous, the person the call is about,
the referral, the follow-up). Defaults make a simple call a topic and a note away: by phone,
anonymous, Serbian, the time the worker started typing, the minutes counted since then, the
worker at the keyboard. Ctrl+Enter saves from anywhere in the form, and the form is ready for the
next call at once. Three columns (the call, the person concerned, the note and the follow-up), so
the call log below keeps the height it needs on a laptop screen.
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
from astra_desktop.core.enums import ExploitationType, Gender
from astra_desktop.core.hotline import (
    AGE_BANDS,
    DEFAULT_LANGUAGE,
    LANGUAGES,
    Call,
    CallerType,
    CallTopic,
    Channel,
    age_band,
)
from astra_desktop.errors import AstraError, ValidationError
from astra_desktop.gui import labels, style
from astra_desktop.gui.choice_menu import ChoiceMenu
from astra_desktop.gui.hotline import labels as hotline_labels
from astra_desktop.gui.partners.picker import PartnerPicker
from astra_desktop.gui.widgets import DateField, ValueCombo
from astra_desktop.services import hotline, users
from astra_desktop.services.session import Session

SAVE_KEYS = ("Ctrl+Return", "Ctrl+Enter")
TICK_MS = 15_000
CALLER_ORDER = (
    CallerType.UNKNOWN, CallerType.POSSIBLE_VICTIM, CallerType.FAMILY_MEMBER,
    CallerType.FRIEND, CallerType.PROFESSIONAL,
)  # fmt: skip
NO_AGE = -1  # the age box's "not known"


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
        self.topic.setMinimumWidth(self.topic.fontMetrics().averageCharWidth() * 18)
        self.channel = combo(hotline_labels.channels(), tuple(c.value for c in Channel))
        self.caller = combo(hotline_labels.caller_types(), tuple(c.value for c in CALLER_ORDER))
        self.anonymous = QCheckBox(self.tr("Anonymous (no name given)"))
        self.anonymous.setToolTip(
            self.tr("The caller is still counted by who they are (possible victim, family…).")
        )
        self.language = combo(hotline_labels.languages(), LANGUAGES)
        self.note = QPlainTextEdit()
        self.note.setTabChangesFocus(True)
        self.note.setPlaceholderText(
            self.tr("What the caller asked and what was advised. No names are needed.")
        )
        self.note.setMinimumHeight(80)
        self.contact = QLineEdit()
        self.contact.setPlaceholderText(self.tr("only if the caller wants to be called back"))
        self.referral = PartnerPicker(session)
        self.referral.setToolTip(
            self.tr("To whom the caller was referred: a partner of the registry, or a name; "
                    "empty if none.")
        )  # fmt: skip
        # The person the call is about: nothing that identifies them.
        self.sex = combo(labels.genders(), tuple(g.value for g in _SEXES))
        self.age = QSpinBox()
        self.age.setRange(NO_AGE, 110)
        self.age.setSpecialValueText("—")
        self.age.setToolTip(self.tr("The age in years, if known; otherwise choose a band."))
        self.age.setMaximumWidth(56)
        self.band = combo(hotline_labels.age_bands(), ("", *AGE_BANDS))
        self.band.setMinimumContentsLength(5)
        self.nationality = QLineEdit()
        self.nationality.setPlaceholderText(self.tr("e.g. Serbia, Ukraine"))
        self.exploitation: ChoiceMenu[ExploitationType] = ChoiceMenu(
            ExploitationType, labels.exploitation_types(), self.tr("None reported")
        )
        self.town = QLineEdit()
        self.town.setPlaceholderText(self.tr("town or place"))
        self.country = QLineEdit()
        self.country.setPlaceholderText(self.tr("country"))
        self.urgent = QCheckBox(self.tr("Ur&gent"))
        self.follow_up = QCheckBox(self.tr("&Follow-up needed"))
        self.follow_up_due = DateField()
        self.follow_up_due.setObjectName("follow_up_due")
        self.follow_up_due.setMaximumWidth(100)
        self.owner: ValueCombo[str | None] = ValueCombo()
        self.owner.setMinimumContentsLength(6)
        self.owner.setToolTip(self.tr("Who does the follow-up"))
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
        self.owner.add("", None)
        for user in users.list_users(session):
            self.worker.add(user.username, user.id)
            self.owner.add(user.username, user.id)
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
            ("contact", self.contact.textChanged), ("referral", self.referral.edited),
            ("follow_up", self.follow_up.toggled), ("day", self.day.textChanged),
            ("time", self.time.textChanged), ("duration", self.duration.valueChanged),
            ("worker", self.worker.currentIndexChanged),
            ("channel", self.channel.currentIndexChanged), ("anonymous", self.anonymous.toggled),
            ("sex", self.sex.currentIndexChanged), ("age", self.age.valueChanged),
            ("band", self.band.currentIndexChanged), ("nationality", self.nationality.textChanged),
            ("exploitation", self.exploitation.changed), ("town", self.town.textChanged),
            ("country", self.country.textChanged), ("urgent", self.urgent.toggled),
            ("follow_up_due", self.follow_up_due.textChanged),
            ("owner", self.owner.currentIndexChanged),
        ):  # fmt: skip
            signal.connect(lambda *_a, n=name: self._edited(n))
        self.age.valueChanged.connect(self._age_changed)
        self.follow_up.toggled.connect(self._follow_up_changed)
        self.ticker = QTimer(self)
        self.ticker.setInterval(TICK_MS)
        self.ticker.timeout.connect(self._tick)
        self.new_call()

    def _layout(self) -> None:
        """Three columns, so the call log below keeps the full width and its height: the call on
        the left, the person it is about in the middle, the note, time and follow-up on the
        right."""
        grid = QGridLayout()
        grid.setColumnStretch(1, 2)
        grid.setColumnStretch(3, 2)
        grid.setColumnStretch(5, 3)
        grid.setHorizontalSpacing(6)
        grid.setVerticalSpacing(4)
        call = [(self.tr("&Topic"), self.topic), (self.tr("Channel"), self.channel),
                (self.tr("&Caller"), self.caller), ("", self.anonymous),
                (self.tr("L&anguage"), self.language), (self.tr("Call &back"), self.contact),
                (self.tr("&Referral"), self.referral), ("", self.follow_up)]  # fmt: skip
        age = QHBoxLayout()
        age.setSpacing(4)
        age.addWidget(self.age)
        age.addWidget(self.band, 1)
        person = [(self.tr("Sex"), self.sex), (self.tr("Age"), age),
                  (self.tr("Nationality"), self.nationality),
                  (self.tr("Exploitation"), self.exploitation), (self.tr("Where"), self.town),
                  (self.tr("Country"), self.country), ("", self.urgent)]  # fmt: skip
        for column, rows in ((0, call), (2, person)):
            for row, (text, item) in enumerate(rows, start=1):
                target = self.age if item is age else item
                if text:
                    assert isinstance(target, QWidget)
                    grid.addWidget(buddy(text, target), row, column)
                if isinstance(item, QHBoxLayout):
                    grid.addLayout(item, row, column + 1)
                elif isinstance(item, QCheckBox):  # under the labels too: long translations
                    grid.addWidget(item, row, column, 1, 2)
                elif isinstance(item, QWidget):
                    grid.addWidget(item, row, column + 1)
        about = QLabel(self.tr("The person concerned"))
        style.mark(about, "heading", "strong")
        about.setToolTip(self.tr("The person the call is about: the caller or someone else."))
        grid.addWidget(about, 0, 2, 1, 2)
        grid.addWidget(buddy(self.tr("&Note"), self.note), 1, 4, Qt.AlignmentFlag.AlignTop)
        grid.addWidget(self.note, 1, 5, 3, 1)
        when = QHBoxLayout()
        when.addWidget(self.day)
        when.addWidget(self.time)
        when.addSpacing(8)
        when.addWidget(buddy(self.tr("&Duration"), self.duration))
        when.addWidget(self.duration)
        when.addStretch()
        grid.addWidget(buddy(self.tr("&When"), self.day), 4, 4)
        grid.addLayout(when, 4, 5)
        worker = QHBoxLayout()  # its own line: beside the time it made the form too wide
        worker.addWidget(self.worker)
        worker.addStretch()
        grid.addWidget(buddy(self.tr("Line w&orker"), self.worker), 5, 4)
        grid.addLayout(worker, 5, 5)
        follow = QHBoxLayout()  # the follow-up ticked in the first column: when, and by whom
        follow.addWidget(self.follow_up_due)
        follow.addWidget(buddy(self.tr("by"), self.owner))
        follow.addWidget(self.owner, 1)
        grid.addWidget(buddy(self.tr("Follow-up due"), self.follow_up_due), 6, 4)
        grid.addLayout(follow, 6, 5)
        buttons = QHBoxLayout()
        buttons.addWidget(self.error, 1)
        buttons.addWidget(self.clear_button)
        buttons.addWidget(self.save_button)
        grid.addLayout(buttons, 7, 4, 2, 2)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 4, 6, 4)
        top = QHBoxLayout()
        top.addWidget(self.heading)
        top.addStretch()
        layout.addLayout(top)
        layout.addLayout(grid)
        layout.addStretch()
        order = [self.topic, self.caller, self.language, self.note, self.channel, self.anonymous,
                 self.contact, self.referral, self.sex, self.age, self.band, self.nationality,
                 self.exploitation, self.town, self.country, self.urgent, self.follow_up,
                 self.follow_up_due, self.owner, self.day, self.time, self.duration, self.worker,
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
            self.channel.set_value(Channel.PHONE.value)
            self.caller.set_value(CallerType.UNKNOWN.value)
            self.anonymous.setChecked(True)
            self.language.set_value(DEFAULT_LANGUAGE)
            for edit in (self.note, self.contact, self.nationality, self.town, self.country):
                edit.clear()
            self.referral.set_choice(None, "")
            self.sex.set_value(Gender.UNKNOWN.value)
            self.age.setValue(NO_AGE)
            self.band.set_value("")
            self.exploitation.set_values([])
            self.urgent.setChecked(False)
            self.follow_up.setChecked(False)
            self.follow_up_due.clear()
            self.owner.set_value(None)
            self._follow_up_changed(False)
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
            self.channel.set_value(call.channel.value)
            self.caller.set_value(call.caller_type.value)
            self.anonymous.setChecked(call.anonymous)
            self._set_language(call.language)
            self.note.setPlainText(call.note)
            self.contact.setText(call.caller_contact)
            self.referral.set_choice(call.partner_id, call.referral)
            self.sex.set_value(call.person_sex.value)
            self.age.setValue(NO_AGE if call.person_age is None else call.person_age)
            self.band.set_value(call.person_age_band)
            self.band.setEnabled(call.person_age is None)
            self.nationality.setText(call.person_nationality)
            self.exploitation.set_values(call.exploitation_types)
            self.town.setText(call.exploitation_city)
            self.country.setText(call.exploitation_country)
            self.urgent.setChecked(call.urgent)
            self.follow_up.setChecked(call.follow_up)
            self.follow_up_due.setText(
                f"{call.follow_up_due:%d.%m.%Y}" if call.follow_up_due else ""
            )
            self.owner.set_value(call.follow_up_owner)
            self._follow_up_changed(call.follow_up)
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

    def _age_changed(self, age: int) -> None:
        """A known age chooses its band; the band is chosen by hand only without an age."""
        self.band.setEnabled(age == NO_AGE)
        if age != NO_AGE:
            self.band.set_value(age_band(age))

    def _follow_up_changed(self, on: bool) -> None:
        """The due day and owner belong to a follow-up; the owner is the line worker unless
        another is chosen."""
        self.follow_up_due.setEnabled(on)
        self.owner.setEnabled(on)
        if on and not self._loading and self.owner.value() is None:
            self.owner.set_value(self.worker.value() if self.worker.count() else None)

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
        call.channel = Channel(self.channel.value())
        call.caller_type = CallerType(self.caller.value())
        call.anonymous = self.anonymous.isChecked()
        call.language = self.language.value()
        call.note = self.note.toPlainText()
        call.caller_contact = self.contact.text()
        call.partner_id, call.referral = self.referral.choice()
        call.person_sex = Gender(self.sex.value())
        call.person_age = None if self.age.value() == NO_AGE else self.age.value()
        call.person_age_band = self.band.value()
        call.person_nationality = self.nationality.text()
        call.exploitation_types = self.exploitation.values()
        call.exploitation_city, call.exploitation_country = self.town.text(), self.country.text()
        call.urgent = self.urgent.isChecked()
        call.follow_up, call.duration_minutes = self.follow_up.isChecked(), duration
        call.follow_up_due = self.follow_up_due.value() if call.follow_up else None
        call.follow_up_owner = self.owner.value() if call.follow_up else None
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
            "note": self.note, "referral": self.referral, "person_age": self.age,
            "person_age_band": self.band, "person_nationality": self.nationality,
            "exploitation_city": self.town, "exploitation_country": self.country,
            "follow_up_due": self.follow_up_due,
        }.get(exc.field)  # fmt: skip
        if target is not None:
            target.setFocus()

    # --- drafts -----------------------------------------------------------------------------------
    def draft(self) -> dict[str, Any] | None:
        """What was typed, for an encrypted draft when the vault locks mid-call."""
        if not self.dirty:
            return None
        partner_id, referral = self.referral.choice()
        return {
            "call_id": self.editing.id if self.editing else None,
            "topic": self.topic.value() if self.topic.currentIndex() >= 0 else None,
            "caller": self.caller.value(), "language": self.language.value(),
            "note": self.note.toPlainText(),
            "contact": self.contact.text(), "referral": referral, "partner_id": partner_id,
            "follow_up": self.follow_up.isChecked(), "day": self.day.text(),
            "time": self.time.text(), "duration": self.duration.value(),
            "channel": self.channel.value(), "anonymous": self.anonymous.isChecked(),
            "sex": self.sex.value(), "age": self.age.value(), "band": self.band.value(),
            "nationality": self.nationality.text(),
            "exploitation": [t.value for t in self.exploitation.values()],
            "town": self.town.text(), "country": self.country.text(),
            "urgent": self.urgent.isChecked(), "follow_up_due": self.follow_up_due.text(),
            "owner": self.owner.value(),
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
        partner = draft.get("partner_id")
        self.referral.set_choice(str(partner) if partner else None, str(draft.get("referral", "")))
        self.follow_up.setChecked(bool(draft.get("follow_up")))
        self.day.setText(str(draft.get("day", "")))
        self.time.setText(str(draft.get("time", "")))
        self.duration.setValue(int(draft.get("duration") or 0))
        self.channel.set_value(draft.get("channel", Channel.PHONE.value))
        self.anonymous.setChecked(bool(draft.get("anonymous", True)))
        self.sex.set_value(draft.get("sex", Gender.UNKNOWN.value))
        self.age.setValue(int(draft.get("age", NO_AGE)))
        self.band.set_value(draft.get("band", ""))
        self.nationality.setText(str(draft.get("nationality", "")))
        self.exploitation.set_values(draft.get("exploitation", []))
        self.town.setText(str(draft.get("town", "")))
        self.country.setText(str(draft.get("country", "")))
        self.urgent.setChecked(bool(draft.get("urgent")))
        self.follow_up_due.setText(str(draft.get("follow_up_due", "")))
        self.owner.set_value(draft.get("owner"))
        self._touched |= {"day", "time", "duration"}  # keep what was on screen
        self.error.setText(self.tr("Restored the call you were logging when the vault locked."))
        self.topic.setFocus()


# The person's sex, as the client form lists it, "not known" first (the default).
_SEXES = (Gender.UNKNOWN, Gender.FEMALE, Gender.MALE, Gender.OTHER)
