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
from PySide6.QtWidgets import QWidget

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
from astra_desktop.gui import labels
from astra_desktop.gui.choice_menu import ChoiceMenu
from astra_desktop.gui.forms.ui_call_form import Ui_CallForm
from astra_desktop.gui.hotline import labels as hotline_labels
from astra_desktop.gui.partners.picker import PartnerPicker
from astra_desktop.gui.tasks import TaskRunner
from astra_desktop.gui.widgets import ValueCombo
from astra_desktop.services import hotline, users
from astra_desktop.services.session import Session

SAVE_KEYS = ("Ctrl+Return", "Ctrl+Enter")
TICK_MS = 15_000
CALLER_ORDER = (
    CallerType.UNKNOWN, CallerType.POSSIBLE_VICTIM, CallerType.FAMILY_MEMBER,
    CallerType.FRIEND, CallerType.PROFESSIONAL,
)  # fmt: skip
NO_AGE = -1  # the age box's "not known"


def fill(box: ValueCombo[str], items: dict[str, str], order: tuple[str, ...] | None = None) -> None:
    """The choices of a list, in `order` (all of `items` by default)."""
    for value in order or tuple(items):
        box.add(items.get(value, value), value)


class CallForm(QWidget):
    """Layout in ui/call_form.ui: three columns (the call, the person concerned, the note, time
    and follow-up); the partner picker and the exploitation menu, which need the vault and their
    choices to be made, are put in their cells here. The tab order is set here too: it follows
    what changes from call to call, not the columns."""

    saved = Signal(str)  # the call's id

    def __init__(
        self,
        session: Session,
        clock: Clock | None = None,
        parent: QWidget | None = None,
        runner: TaskRunner | None = None,
    ) -> None:
        super().__init__(parent)
        self.session, self.clock = session, clock
        self.editing: Call | None = None
        self._started: datetime | None = None  # the first keystroke of this call
        self._loading = False
        self.ui = ui = Ui_CallForm()
        ui.setupUi(self)
        self.heading = ui.heading
        self.topic: ValueCombo[str] = ui.topic
        fill(self.topic, hotline_labels.topics(), tuple(t.value for t in CallTopic))
        # QComboBox asks for its whole placeholder as a minimum; it may be cut short instead.
        self.topic.setMinimumWidth(self.topic.fontMetrics().averageCharWidth() * 18)
        self.channel: ValueCombo[str] = ui.channel
        fill(self.channel, hotline_labels.channels(), tuple(c.value for c in Channel))
        self.caller: ValueCombo[str] = ui.caller
        fill(self.caller, hotline_labels.caller_types(), tuple(c.value for c in CALLER_ORDER))
        self.anonymous, self.note, self.contact = ui.anonymous, ui.note, ui.contact
        self.language: ValueCombo[str] = ui.language
        fill(self.language, hotline_labels.languages(), LANGUAGES)
        self.referral = PartnerPicker(session, runner=runner)  # read on the runner if given
        self.referral.setToolTip(
            self.tr("To whom the caller was referred: a partner of the registry, or a name; "
                    "empty if none.")
        )  # fmt: skip
        ui.grid.addWidget(self.referral, 7, 1)
        ui.referralLabel.setBuddy(self.referral)
        # The person the call is about: nothing that identifies them.
        self.sex: ValueCombo[str] = ui.sex
        fill(self.sex, labels.genders(), tuple(g.value for g in _SEXES))
        self.age, self.nationality = ui.age, ui.nationality
        self.band: ValueCombo[str] = ui.band
        fill(self.band, hotline_labels.age_bands(), ("", *AGE_BANDS))
        self.exploitation: ChoiceMenu[ExploitationType] = ChoiceMenu(
            ExploitationType, labels.exploitation_types(), self.tr("None reported")
        )
        ui.grid.addWidget(self.exploitation, 4, 3)
        ui.exploitationLabel.setBuddy(self.exploitation)
        self.town, self.country, self.urgent = ui.town, ui.country, ui.urgent
        self.follow_up, self.follow_up_due = ui.follow_up, ui.follow_up_due
        self.owner: ValueCombo[str | None] = ui.owner
        self.day, self.time, self.duration = ui.occurred_at, ui.time, ui.duration
        self.worker: ValueCombo[str] = ui.worker
        self.owner.add("", None)
        for user in users.list_users(session):
            self.worker.add(user.username, user.id)
            self.owner.add(user.username, user.id)
        self.error = ui.error
        self.save_button, self.clear_button = ui.save_button, ui.clear_button
        self.save_button.clicked.connect(self.save)
        self.clear_button.clicked.connect(self.new_call)
        order = [self.topic, self.caller, self.language, self.note, self.channel, self.anonymous,
                 self.contact, self.referral, self.sex, self.age, self.band, self.nationality,
                 self.exploitation, self.town, self.country, self.urgent, self.follow_up,
                 self.follow_up_due, self.owner, self.day, self.time, self.duration, self.worker,
                 self.save_button, self.clear_button]  # fmt: skip
        for first, second in itertools.pairwise(order):
            QWidget.setTabOrder(first, second)
        self.setFocusProxy(self.topic)
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
