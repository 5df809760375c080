"""Half-typed dialogs kept over a lock, like the case file's forms: locking never loses typing.

A dialog opts in with `keep_as_draft(self, **ids)` as the last line of its constructor, and a
classmethod `reopen(main_window, ids)` that builds it again: the ids (a case, a record — never
text) are all it needs after unlock. When the vault locks, `collect` walks the dialogs open under the main window
and, for each one whose inputs differ from how it opened, records the value of every input by its
place in the dialog (a dialog builds its widgets in the same order every time). After unlock,
`restore` builds each again through its reopener and puts the values back. Passphrase fields are
never recorded. The drafts themselves are stored encrypted in the vault (services/drafts.py).
"""

from __future__ import annotations

import importlib
import logging
from collections.abc import Callable
from typing import Any, Protocol

from PySide6.QtCore import QDateTime, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QComboBox,
    QDateTimeEdit,
    QDialog,
    QDoubleSpinBox,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QSpinBox,
    QTextEdit,
    QWidget,
)

log = logging.getLogger(__name__)

PREFIX = "dialog:"
_PACKAGE = "astra_desktop.gui."
_INPUTS = (
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
    QComboBox,
    QAbstractSpinBox,
    QAbstractButton,
    QListWidget,
)


class Reopenable(Protocol):
    @classmethod
    def reopen(cls, main: Any, ids: dict[str, str]) -> QDialog: ...


def keep_as_draft(dialog: QDialog, **ids: str | None) -> None:
    """Mark a dialog as worth keeping; its current inputs are the "untouched" state."""
    kind = f"{type(dialog).__module__}:{type(dialog).__qualname__}"
    spec = {"kind": kind, "ids": {k: v for k, v in ids.items() if v}}
    dialog._astra_draft = (spec, snapshot(dialog))  # type: ignore[attr-defined]


def collect(root: QWidget) -> dict[str, dict[str, Any]]:
    """Drafts of the changed, open dialogs under `root`, keyed for services.drafts."""
    found: dict[str, dict[str, Any]] = {}
    for dialog in root.findChildren(QDialog):
        kept = getattr(dialog, "_astra_draft", None)
        if kept is None or not dialog.isVisible():
            continue
        spec, baseline = kept
        values = snapshot(dialog)
        if values == baseline:
            continue
        found[f"{PREFIX}{spec['kind']}:{len(found)}"] = {**spec, "values": values}
    return found


def restore(main: Any, drafts: dict[str, dict[str, Any]]) -> list[QDialog]:
    """Open again every kept dialog, with what had been typed in it."""
    opened = []
    for key, draft in drafts.items():
        if not key.startswith(PREFIX):
            continue
        try:
            dialog = _reopener(str(draft.get("kind")))(main, dict(draft.get("ids", {})))
        except Exception:  # the record may be gone (deleted on another laptop, say)
            log.warning("could not reopen a kept %s dialog", draft.get("kind"), exc_info=True)
            continue
        if not _apply(dialog, draft.get("values", [])):
            log.warning("a kept %s dialog no longer fits its draft", draft.get("kind"))
        if not dialog.isVisible():
            dialog.open()
        opened.append(dialog)
    return opened


def _reopener(kind: str) -> Callable[[Any, dict[str, str]], QDialog]:
    """The `reopen` of a dialog class of this app, imported if need be (sections load lazily)."""
    module, _, name = kind.partition(":")
    if not module.startswith(_PACKAGE):
        raise ValueError(kind)
    cls: Reopenable = getattr(importlib.import_module(module), name)
    return cls.reopen


def _inputs(dialog: QDialog) -> list[QWidget]:
    """The dialog's inputs in construction order (the line edit inside a spin or combo box is part
    of it, not an input of its own)."""
    found: list[QWidget] = []
    for widget in dialog.findChildren(QWidget):
        if not isinstance(widget, _INPUTS) or isinstance(widget.parent(), _INPUTS):
            continue
        if isinstance(widget, QAbstractButton) and not widget.isCheckable():
            continue
        found.append(widget)
    return found


def _value(widget: QWidget) -> object:
    if isinstance(widget, QLineEdit):
        return widget.text() if widget.echoMode() == QLineEdit.EchoMode.Normal else None
    if isinstance(widget, QPlainTextEdit | QTextEdit):
        return widget.toPlainText()
    if isinstance(widget, QComboBox):
        return widget.currentText() if widget.isEditable() else widget.currentIndex()
    if isinstance(widget, QDateTimeEdit):
        return widget.dateTime().toString(Qt.DateFormat.ISODate)
    if isinstance(widget, QSpinBox | QDoubleSpinBox):
        return widget.value()
    if isinstance(widget, QAbstractSpinBox):
        return widget.text()
    if isinstance(widget, QAbstractButton):
        return widget.isChecked()
    if isinstance(widget, QListWidget):
        return [widget.item(i).checkState().value for i in range(widget.count())]
    return None


def snapshot(dialog: QDialog) -> list[list[object]]:
    """The value of every input of the dialog, by position (passphrases left out)."""
    return [[type(w).__name__, _value(w)] for w in _inputs(dialog)]


def _apply(dialog: QDialog, values: list[list[object]]) -> bool:
    widgets = _inputs(dialog)
    if [type(w).__name__ for w in widgets] != [v[0] for v in values]:
        return False
    for widget, (_name, value) in zip(widgets, values, strict=True):
        if value is None:
            continue
        if isinstance(widget, QLineEdit):
            widget.setText(str(value))
        elif isinstance(widget, QPlainTextEdit | QTextEdit):
            widget.setPlainText(str(value))
        elif isinstance(widget, QComboBox):
            if isinstance(value, str):
                widget.setCurrentText(value)
            else:
                widget.setCurrentIndex(int(str(value)))
        elif isinstance(widget, QDateTimeEdit):
            widget.setDateTime(QDateTime.fromString(str(value), Qt.DateFormat.ISODate))
        elif isinstance(widget, QSpinBox):
            widget.setValue(int(str(value)))
        elif isinstance(widget, QDoubleSpinBox):
            widget.setValue(float(str(value)))
        elif isinstance(widget, QAbstractSpinBox):
            line = widget.findChild(QLineEdit)
            if line is not None:
                line.setText(str(value))
        elif isinstance(widget, QAbstractButton):
            widget.setChecked(bool(value))
        elif isinstance(widget, QListWidget) and isinstance(value, list):
            for i, state in enumerate(value[: widget.count()]):
                widget.item(i).setCheckState(Qt.CheckState(int(state)))
    return True
