"""A form built from field specs: one place that maps record attributes to widgets and back,
tracks unsaved changes, validates as you type, and turns half-typed input into a draft."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from enum import Enum
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QCheckBox, QFormLayout, QLabel, QLineEdit, QPlainTextEdit, QWidget

from astra_desktop.errors import ValidationError
from astra_desktop.gui import focus, style
from astra_desktop.gui.widgets import DateField, EnumChecklist, EnumCombo


@dataclass(frozen=True)
class Field:
    name: str
    label: str
    kind: str = "text"  # text | multiline | date | int | enum | enums | list | bool | readonly
    enum: type[Enum] | None = None
    labels: Callable[[], dict[str, str]] | None = None
    placeholder: str = ""


class RecordForm(QWidget):
    changed = Signal()

    def __init__(
        self, fields: list[Field] | QWidget | None = None, parent: QWidget | None = None
    ) -> None:
        if isinstance(fields, QWidget):  # RecordForm(parent), as a Designer form builds it
            fields, parent = None, fields
        super().__init__(parent)
        self.fields: list[Field] = []
        self.widgets: dict[str, QWidget] = {}
        self.error = style.error_label()
        self._layout = QFormLayout(self)
        self._layout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.setMaximumWidth(820)  # long lines of input are hard to read on a wide screen
        self._loading = False
        self.dirty = False
        if fields is not None:
            self.set_fields(fields)

    def set_fields(self, fields: list[Field]) -> None:
        """One labelled input per field, named after it, then the error line (once)."""
        assert not self.fields, "a form's fields are set once"
        self.fields = fields
        for spec in fields:
            widget = self._make(spec)
            widget.setObjectName(spec.name)
            self.widgets[spec.name] = widget
            label = QLabel(spec.label)
            label.setBuddy(widget)
            self._layout.addRow(label, widget)
        self._layout.addRow(self.error)
        focus.follow(self)  # in a Designer form: Tab reaches the fields where the form stands

    def _make(self, spec: Field) -> QWidget:
        labels = spec.labels() if spec.labels else {}
        widget: QWidget
        if spec.kind == "multiline":
            widget = QPlainTextEdit()
            widget.setTabChangesFocus(True)
            widget.setMaximumHeight(70)
            widget.textChanged.connect(self._edited)
        elif spec.kind == "date":
            widget = DateField()
            widget.textChanged.connect(self._edited)
        elif spec.kind == "enum":
            assert spec.enum is not None
            widget = EnumCombo(spec.enum, labels)
            widget.currentIndexChanged.connect(self._edited)
        elif spec.kind == "enums":
            assert spec.enum is not None
            widget = EnumChecklist(spec.enum, labels)
            widget.changed.connect(self._edited)
        elif spec.kind == "bool":
            widget = QCheckBox(spec.placeholder)
            widget.toggled.connect(self._edited)
        else:
            widget = QLineEdit()
            widget.setPlaceholderText(spec.placeholder)
            widget.setReadOnly(spec.kind == "readonly")
            widget.textChanged.connect(self._edited)
        return widget

    def _edited(self) -> None:
        if not self._loading:
            self.dirty = True
            self.error.clear()
            self.changed.emit()

    # --- record <-> widgets ------------------------------------------------------------------
    def load(self, record: object) -> None:
        self._loading = True
        try:
            for spec in self.fields:
                self._set(spec, getattr(record, spec.name))
        finally:
            self._loading = False
        self.dirty = False

    def _set(self, spec: Field, value: Any) -> None:
        widget = self.widgets[spec.name]
        if isinstance(widget, DateField | EnumCombo):
            widget.set_value(value)
        elif isinstance(widget, EnumChecklist):
            widget.set_values(list(value))
        elif isinstance(widget, QCheckBox):
            widget.setChecked(bool(value))
        elif isinstance(widget, QPlainTextEdit):
            widget.setPlainText(value or "")
        elif isinstance(widget, QLineEdit):
            if spec.kind == "list":
                widget.setText(", ".join(value))
            else:
                widget.setText("" if value is None else str(value))

    def apply_to(self, record: object) -> None:
        """Copy the widgets into the record; raises ValidationError naming the field."""
        for spec in self.fields:
            if spec.kind == "readonly":
                continue
            setattr(record, spec.name, self._get(spec))

    def _get(self, spec: Field) -> Any:
        widget = self.widgets[spec.name]
        if isinstance(widget, DateField):
            return widget.value()
        if isinstance(widget, EnumCombo):
            return widget.value()
        if isinstance(widget, EnumChecklist):
            return widget.values()
        if isinstance(widget, QCheckBox):
            return widget.isChecked()
        if isinstance(widget, QPlainTextEdit):
            return widget.toPlainText().strip()
        text = widget.text().strip() if isinstance(widget, QLineEdit) else ""
        if spec.kind == "list":
            return [part.strip() for part in text.replace(";", ",").split(",") if part.strip()]
        if spec.kind == "int":
            if not text:
                return None
            if not text.isdigit():
                raise ValidationError(
                    spec.name,
                    self.tr("{0}: enter a whole number.").format(spec.label.replace("&", "")),
                )
            return int(text)
        return text

    def show_error(self, exc: ValidationError) -> None:
        self.error.setText(str(exc))
        widget = self.widgets.get(exc.field)
        if widget is not None:
            widget.setFocus()

    @property
    def valid(self) -> bool:
        return all(w.valid for w in self.widgets.values() if isinstance(w, DateField))

    # --- drafts ----------------------------------------------------------------------------------
    def state(self) -> dict[str, Any]:
        """The raw input, JSON-able, for an encrypted draft."""
        out: dict[str, Any] = {}
        for spec in self.fields:
            widget = self.widgets[spec.name]
            if isinstance(widget, EnumCombo):
                out[spec.name] = widget.currentIndex()
            elif isinstance(widget, EnumChecklist):
                out[spec.name] = [v.value for v in widget.values()]
            elif isinstance(widget, QCheckBox):
                out[spec.name] = widget.isChecked()
            elif isinstance(widget, QPlainTextEdit):
                out[spec.name] = widget.toPlainText()
            elif isinstance(widget, QLineEdit):
                out[spec.name] = widget.text()
        return out

    def restore(self, state: dict[str, Any]) -> None:
        for spec in self.fields:
            if spec.name not in state:
                continue
            widget, value = self.widgets[spec.name], state[spec.name]
            if isinstance(widget, EnumCombo):
                widget.setCurrentIndex(int(value))
            elif isinstance(widget, EnumChecklist) and spec.enum is not None:
                widget.set_values([spec.enum(v) for v in value])
            elif isinstance(widget, QCheckBox):
                widget.setChecked(bool(value))
            elif isinstance(widget, QPlainTextEdit):
                widget.setPlainText(str(value))
            elif isinstance(widget, QLineEdit):
                widget.setText(str(value))
        self.dirty = True
