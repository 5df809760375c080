"""Small input widgets shared by the forms: dates that validate as you type, enum pickers,
a passphrase field with a strength meter."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date
from enum import Enum
from typing import TYPE_CHECKING, Generic, TypeVar, cast

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QProgressBar,
    QVBoxLayout,
    QWidget,
)

from astra_desktop.core.validation import format_date, parse_date
from astra_desktop.errors import ValidationError
from astra_desktop.gui import style
from astra_desktop.services import passphrases, users

if TYPE_CHECKING:
    from astra_desktop.services.session import Session

T = TypeVar("T")
E = TypeVar("E", bound=Enum)


class DateField(QLineEdit):
    """`dd.MM.yyyy` text; marks itself invalid while what is typed is not a date."""

    validity_changed = Signal(bool)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setPlaceholderText(self.tr("dd.mm.yyyy"))
        self.setMaximumWidth(140)
        self.textChanged.connect(self._check)
        self._valid = True

    def _check(self) -> None:
        try:
            parse_date(self.text())
        except ValidationError as exc:
            valid, tip = False, str(exc)
        else:
            valid, tip = True, ""
        style.mark(self, "invalid", None if valid else True)
        self.setToolTip(tip)
        if valid != self._valid:
            self._valid = valid
            self.validity_changed.emit(valid)

    @property
    def valid(self) -> bool:
        return self._valid

    def value(self) -> date | None:
        return parse_date(self.text(), self.objectName() or "date")

    def set_value(self, value: date | None) -> None:
        self.setText(format_date(value))


class _Held:
    """A Python value as Qt item data. Qt keeps a plain Python object as it is, but turns a str
    subclass (every StrEnum of core) into a plain QString, so `currentData()` would hand back a
    `str` and a service calling `.value` on it would crash. Wrapped, the value comes back intact.
    """

    __slots__ = ("value",)

    def __init__(self, value: object) -> None:
        self.value = value


class ValueCombo(QComboBox, Generic[T]):
    """A combo box whose items carry typed Python values: enum members, tuples of them, ids.

    Put values in with `add(text, value)` and read them with `value()` / `set_value()`, never
    with `addItem(text, data)` / `currentData()` (those lose the type of a StrEnum member).
    """

    def add(self, text: str, value: T) -> None:
        self.addItem(text, _Held(value))

    def item_value(self, index: int) -> T:
        held = self.itemData(index)
        if not isinstance(held, _Held):
            raise LookupError(f"item {index} of {self.objectName() or 'the combo'} has no value")
        return cast(T, held.value)

    def value(self) -> T:
        return self.item_value(self.currentIndex())

    def values(self) -> list[T]:
        return [self.item_value(i) for i in range(self.count())]

    def index_of(self, value: object) -> int:
        return next((i for i, v in enumerate(self.values()) if v == value), -1)

    def set_value(self, value: object) -> bool:
        """Chooses the item holding `value`; False (and the choice unchanged) if none does."""
        index = self.index_of(value)
        if index >= 0:
            self.setCurrentIndex(index)
        return index >= 0


class _EnumFilled(Generic[E]):
    """A widget whose items are an enum's members, labelled: `W(Role, labels)` in code; a
    Designer form builds it as `W(parent)` and the dialog fills it with `set_enum`."""

    def __init__(
        self,
        enum: type[E] | QWidget | None = None,
        labels: dict[str, str] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        if isinstance(enum, QWidget):  # W(parent), as uic writes it
            enum, parent = None, enum
        super().__init__(parent)  # type: ignore[call-arg]  # the Qt widget's
        self._wire()
        if enum is not None:
            self.set_enum(enum, labels or {})

    def _wire(self) -> None:
        """Signals connected before the first items arrive (none by default)."""

    def set_enum(self, enum: type[E], labels: dict[str, str]) -> None:
        raise NotImplementedError


class EnumCombo(_EnumFilled[E], ValueCombo[E]):
    """Every member of an enum, labelled; `value()` is the member itself."""

    def set_enum(self, enum: type[E], labels: dict[str, str]) -> None:
        """Its items: every member of `enum`, labelled (what was there before goes)."""
        self.clear()
        self._enum = enum
        for member in enum:
            self.add(labels.get(member.value, member.value), member)

    def set_value(self, value: object) -> bool:
        """Chooses `value` (a member or its stored value); the first member if it is unknown."""
        try:
            member = self._enum(value)
        except ValueError:
            self.setCurrentIndex(0)
            return False
        return super().set_value(member)


class EnumChecklist(_EnumFilled[E], QListWidget):
    """Every member of an enum as a checkable row; `values()` are the ticked members."""

    changed = Signal()

    def _wire(self) -> None:
        self.itemChanged.connect(lambda _i: self.changed.emit())

    def set_enum(self, enum: type[E], labels: dict[str, str]) -> None:
        """Its rows: every member of `enum`, labelled and unticked (what was there before goes)."""
        self.clear()
        self._enum = enum
        for member in enum:
            item = QListWidgetItem(labels.get(member.value, member.value))
            item.setData(Qt.ItemDataRole.UserRole, member.value)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            self.addItem(item)
        self.setMaximumHeight(22 * min(len(enum), 5) + 6)

    def member(self, row: int) -> E:
        """The enum member of a row (Qt keeps only its value: a StrEnum comes back a `str`)."""
        return self._enum(self.item(row).data(Qt.ItemDataRole.UserRole))

    def values(self) -> list[E]:
        return [
            self.member(i)
            for i in range(self.count())
            if self.item(i).checkState() == Qt.CheckState.Checked
        ]

    def set_values(self, values: Iterable[object]) -> None:
        """Ticks these members (or their stored values); nothing else."""
        chosen = set(values)
        for i in range(self.count()):
            member = self.member(i)
            checked = member in chosen or member.value in chosen
            self.item(i).setCheckState(
                Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked
            )


class PassphraseField(QWidget):
    """A passphrase entry with a live zxcvbn strength meter and its advice, a show/hide eye and a
    Caps Lock hint (secret_field.SecretField)."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None, user_inputs: tuple[str, ...] = ()) -> None:
        super().__init__(parent)
        self.user_inputs = user_inputs
        self.edit = QLineEdit(self)
        self.edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.meter = QProgressBar(self)
        self.meter.setRange(0, 4)
        self.meter.setTextVisible(False)
        self.meter.setMaximumHeight(8)
        self.advice = QLabel(self)
        self.advice.setWordWrap(True)
        self.caps_hint = QLabel(self)
        from astra_desktop.gui.secret_field import SecretField  # here: this class's part only

        self.secret = SecretField.attach(self.edit, self.caps_hint)  # show/hide, Caps Lock
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        row = QHBoxLayout()
        row.addWidget(self.edit)
        layout.addLayout(row)
        layout.addWidget(self.caps_hint)
        layout.addWidget(self.meter)
        layout.addWidget(self.advice)
        self.edit.textChanged.connect(self._update)
        self._update()

    def _update(self) -> None:
        text = self.edit.text()
        strength = passphrases.estimate(text, self.user_inputs)
        words = [
            self.tr("Very weak"),
            self.tr("Weak"),
            self.tr("Fair"),
            self.tr("Strong"),
            self.tr("Very strong"),
        ]
        self.meter.setValue(strength.score)
        style.mark(self.meter, "strength", strength.score)  # its colour: astra.qss
        if not text:
            self.advice.setText(self.tr("Use several unrelated words, at least 10 characters."))
        else:
            detail = strength.warning or (strength.suggestions[0] if strength.suggestions else "")
            self.advice.setText(
                self.tr("{0} — would take {1} to guess. {2}").format(
                    words[strength.score], strength.crack_time, detail
                )
            )
        self.changed.emit()

    def text(self) -> str:
        return self.edit.text()

    @property
    def acceptable(self) -> bool:
        text = self.text()
        return (
            len(text) >= passphrases.MIN_LENGTH
            and passphrases.estimate(text, self.user_inputs).acceptable
        )


class WorkerList(QListWidget):
    """The vault's users, ticked when they accompany the client.

    `WorkerList(session)` in code; a Designer form builds it as `WorkerList(parent)` and the
    dialog fills it with `load(session)`."""

    def __init__(self, session: Session | QWidget | None = None, parent: QWidget | None = None):
        if isinstance(session, QWidget):  # WorkerList(parent), as uic writes it
            session, parent = None, session
        super().__init__(parent)
        if session is not None:
            self.load(session)

    def load(self, session: Session) -> None:
        """One item per active user, unticked; as tall as four of them at most."""
        self.clear()
        for user in users.list_users(session):
            item = QListWidgetItem(user.username)
            item.setData(Qt.ItemDataRole.UserRole, user.id)
            item.setCheckState(Qt.CheckState.Unchecked)
            self.addItem(item)
        self.setMaximumHeight(22 * min(max(self.count(), 2), 4) + 6)

    def set_ids(self, ids: list[str]) -> None:
        for i in range(self.count()):
            item = self.item(i)
            checked = item.data(Qt.ItemDataRole.UserRole) in ids
            item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)

    def ids(self) -> list[str]:
        return [
            self.item(i).data(Qt.ItemDataRole.UserRole)
            for i in range(self.count())
            if self.item(i).checkState() == Qt.CheckState.Checked
        ]
