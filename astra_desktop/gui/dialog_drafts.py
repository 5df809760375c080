"""Half-typed dialogs kept over a lock, like the case file's forms: locking never loses typing.

A dialog opts in with `keep_as_draft(self, **ids)` as the last line of its constructor, and a
classmethod `reopen(main_window, ids)` that builds it again: the ids (a case, a record — never
text) are all it needs after unlock. It is known by a stable name in `DIALOGS` (the vault stores
that name, never a module path). When the vault locks, `collect` walks the dialogs open under the
main window and, for each one whose inputs differ from how it opened, records every input's value
under the input's identity: its objectName (dialogs name inputs that depend on data, such as one
checkbox per defendant, after the record), else its type and place among the unnamed inputs of
that type. After unlock, `restore` builds each again and puts back every value whose input is still
there; if some are not (the record changed meanwhile), the rest is restored and the person is told
— a draft is never dropped silently. Passphrase fields are never recorded. The drafts themselves are
stored encrypted in the vault (services/drafts.py).
"""

from __future__ import annotations

import importlib
import logging
from collections.abc import Callable
from typing import Any, Protocol

from PySide6.QtCore import QCoreApplication, QDateTime, Qt
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
VERSION = 2  # 1: values as a list by position, kind as "module:qualname"
_PACKAGE = "astra_desktop.gui."
# Every dialog that keeps drafts, by the name the vault stores (sections are imported lazily, so
# the class is found through its module when a draft is restored).
DIALOGS = {
    "appointment": "astra_desktop.gui.appointment_dialog:AppointmentDialog",
    "new-client": "astra_desktop.gui.case_list:NewClientDialog",
    "hearing": "astra_desktop.gui.court.hearing_dialog:HearingDialog",
    "risk-assessment": "astra_desktop.gui.risk_form:AssessmentForm",
    "partner": "astra_desktop.gui.partners.dialog:PartnerDialog",
}
_NAMES = {path: name for name, path in DIALOGS.items()}
# Version 1 stored the module path; these dialogs' modules moved since (gui/court/, issue 18).
_V1_MOVED = {"astra_desktop.gui.hearing_dialog:HearingDialog": "hearing"}
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
    kind = _NAMES[f"{type(dialog).__module__}:{type(dialog).__qualname__}"]  # listed in DIALOGS
    spec = {"v": VERSION, "kind": kind, "ids": {k: v for k, v in ids.items() if v}}
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
    """Open again every kept dialog, with what had been typed in it; tell the person what could
    not be put back."""
    opened = []
    lost_dialogs = 0
    for key, draft in drafts.items():
        if not key.startswith(PREFIX):
            continue
        try:
            dialog = _reopener(str(draft.get("kind")))(main, dict(draft.get("ids", {})))
        except Exception:  # the record may be gone (deleted on another laptop, say)
            log.warning("could not reopen a kept %s dialog", draft.get("kind"), exc_info=True)
            lost_dialogs += 1
            continue
        values = draft.get("values", {})
        missing = _apply(dialog, values) if isinstance(values, dict) else _apply_v1(dialog, values)
        if not dialog.isVisible():
            dialog.open()
        if missing:
            log.warning("%d input(s) of a kept %s dialog are gone", missing, draft.get("kind"))
            _tell_partial(dialog, missing)
        opened.append(dialog)
    if lost_dialogs:
        _tell_lost(main, lost_dialogs)
    return opened


def _tell_partial(dialog: QDialog, missing: int) -> None:
    from astra_desktop.gui.dialogs import Messages

    text = QCoreApplication.translate(
        "DialogDrafts",
        "Not all of what you had typed here could be put back: %n field(s) could not be found "
        "again, because the record changed while the vault was locked. Check the form before "
        "saving.",
        "",
        missing,
    )
    Messages.inform(dialog, dialog.windowTitle(), text)


def _tell_lost(main: Any, count: int) -> None:
    from astra_desktop.gui.dialogs import Messages

    text = QCoreApplication.translate(
        "DialogDrafts",
        "Some forms that were open when the vault locked could not be opened again (%n): the "
        "records they belonged to were deleted or moved meanwhile. What was typed in them is lost.",
        "",
        count,
    )
    Messages.inform(main, QCoreApplication.translate("DialogDrafts", "Open forms"), text)


def _reopener(kind: str) -> Callable[[Any, dict[str, str]], QDialog]:
    """The `reopen` of a dialog class of this app, imported if need be (sections load lazily)."""
    kind = _V1_MOVED.get(kind, kind)
    path = DIALOGS.get(kind) or (kind if kind in _NAMES else "")  # version 1 stored the path
    module, _, name = path.partition(":")
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
        if widget.isEditable():
            return widget.currentText()
        data = widget.currentData()  # what the choice means, if the list is made from records
        return {"index": widget.currentIndex(), "data": data if isinstance(data, str) else None}
    if isinstance(widget, QDateTimeEdit):
        return widget.dateTime().toString(Qt.DateFormat.ISODate)
    if isinstance(widget, QSpinBox | QDoubleSpinBox):
        return widget.value()
    if isinstance(widget, QAbstractSpinBox):
        return widget.text()
    if isinstance(widget, QAbstractButton):
        return widget.isChecked()
    if isinstance(widget, QListWidget):  # checked items by what they stand for, not by row
        return [
            [_item_key(widget, i), widget.item(i).checkState().value] for i in range(widget.count())
        ]
    return None


def _identities(dialog: QDialog) -> dict[str, QWidget]:
    """Each input under its identity: objectName, else type and place among unnamed inputs of
    that type (widgets a dialog always builds come in the same order)."""
    found: dict[str, QWidget] = {}
    unnamed: dict[str, int] = {}
    for widget in _inputs(dialog):
        kind = type(widget).__name__
        name = widget.objectName()
        if name and not name.startswith("qt_") and name not in found:
            found[name] = widget
        else:
            unnamed[kind] = unnamed.get(kind, 0) + 1
            found[f"{kind}#{unnamed[kind]}"] = widget
    return found


def snapshot(dialog: QDialog) -> dict[str, list[object]]:
    """The value of every input of the dialog by identity, with its type (passphrases left out)."""
    return {key: [type(w).__name__, _value(w)] for key, w in _identities(dialog).items()}


def _apply(dialog: QDialog, values: dict[str, list[object]]) -> int:
    """Put the values back; the number of inputs that are no longer there (or changed type)."""
    widgets = _identities(dialog)
    missing = 0
    for key, (kind, value) in values.items():
        widget = widgets.get(key)
        if widget is None or type(widget).__name__ != kind:
            missing += 1 if value not in (None, "", False, []) else 0
            continue
        missing += _set(widget, value)
    return missing


def _apply_v1(dialog: QDialog, values: list[list[object]]) -> int:
    """A draft kept by an older version: values by position, put back while the types match."""
    widgets = _inputs(dialog)
    missing = 0
    for index, (kind, value) in enumerate(values):
        if index < len(widgets) and type(widgets[index]).__name__ == kind:
            missing += _set(widgets[index], value)
        elif value not in (None, "", False, []):
            missing += 1
    return missing


def _set(widget: QWidget, value: object) -> int:
    """Put `value` back; the number of its parts with nowhere to go (a list's checked items)."""
    if value is None:
        return 0
    if isinstance(widget, QLineEdit):
        widget.setText(str(value))
    elif isinstance(widget, QPlainTextEdit | QTextEdit):
        widget.setPlainText(str(value))
    elif isinstance(widget, QComboBox):
        if isinstance(value, str):
            widget.setCurrentText(value)
        elif isinstance(value, dict):
            found = widget.findData(value["data"]) if value.get("data") is not None else -1
            widget.setCurrentIndex(found if found >= 0 else int(value.get("index", -1)))
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
        rows = {_item_key(widget, i): i for i in range(widget.count())}
        lost = 0
        for i, entry in enumerate(value):
            key, state = entry if isinstance(entry, list) else (None, entry)  # version 1: by row
            row = rows.get(key) if key is not None else (i if i < widget.count() else None)
            if row is not None:
                widget.item(row).setCheckState(Qt.CheckState(int(state)))
            elif int(state) == Qt.CheckState.Checked.value:
                lost += 1
        return lost
    return 0


def _item_key(widget: QListWidget, row: int) -> str:
    item = widget.item(row)
    data = item.data(Qt.ItemDataRole.UserRole)
    return data if isinstance(data, str) and data else item.text()
