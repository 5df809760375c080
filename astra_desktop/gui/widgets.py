"""Small input widgets shared by the forms: dates that validate as you type, enum pickers,
a passphrase field with a strength meter."""

from __future__ import annotations

from datetime import date
from enum import Enum
from typing import Any

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
from astra_desktop.services import passphrases

INVALID_STYLE = "border: 2px solid #c0392b;"


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
        self.setStyleSheet("" if valid else INVALID_STYLE)
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


class EnumCombo(QComboBox):
    def __init__(self, enum: type[Enum], labels: dict[str, str], parent: QWidget | None = None):
        super().__init__(parent)
        for member in enum:
            self.addItem(labels.get(member.value, member.value), member)

    def value(self) -> Any:
        return self.currentData()

    def set_value(self, value: Enum) -> None:
        self.setCurrentIndex(max(0, self.findData(value)))


class EnumChecklist(QListWidget):
    changed = Signal()

    def __init__(self, enum: type[Enum], labels: dict[str, str], parent: QWidget | None = None):
        super().__init__(parent)
        self._enum = enum
        for member in enum:
            item = QListWidgetItem(labels.get(member.value, member.value))
            item.setData(Qt.ItemDataRole.UserRole, member)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            self.addItem(item)
        self.itemChanged.connect(lambda _i: self.changed.emit())
        self.setMaximumHeight(22 * min(len(enum), 5) + 6)

    def values(self) -> list[Enum]:
        return [
            self.item(i).data(Qt.ItemDataRole.UserRole)
            for i in range(self.count())
            if self.item(i).checkState() == Qt.CheckState.Checked
        ]

    def set_values(self, values: list[Enum]) -> None:
        for i in range(self.count()):
            item = self.item(i)
            checked = item.data(Qt.ItemDataRole.UserRole) in values
            item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)


class PassphraseField(QWidget):
    """A passphrase entry with a live zxcvbn strength meter and its advice."""

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
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        row = QHBoxLayout()
        row.addWidget(self.edit)
        layout.addLayout(row)
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
        colours = ["#c0392b", "#c0392b", "#e67e22", "#27ae60", "#1e8449"]
        self.meter.setValue(strength.score)
        self.meter.setStyleSheet(
            f"QProgressBar::chunk {{ background: {colours[strength.score]}; }}"
        )
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
