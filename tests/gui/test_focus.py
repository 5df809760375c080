"""Tab order for inputs added at run time (gui/focus.py), without losing the dialog's Python half.

PySide 6.12 makes the widget `nextInFocusChain()` returns a child of the one asked, in its own
bookkeeping. `focus.follow` once walked the chain round to the window, so every dialog with a
RecordForm became "a child" of its own last input: dialog and inputs held only each other, and a
full garbage collection freed the dialog's Python object while the dialog was on screen — after a
lock and unlock, Save on a reopened New client dialog found no `form` ("'NewClientDialog' object
has no attribute 'form'"), and a missing-person search dialog failed the same way now and then.
"""

from __future__ import annotations

import gc

from PySide6.QtWidgets import QDialog, QFormLayout, QLineEdit, QPushButton, QVBoxLayout, QWidget
from pytestqt.qtbot import QtBot

from astra_desktop.gui import focus


class _Dialog(QDialog):
    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.marker = "built"
        layout = QVBoxLayout(self)
        self.fields = QWidget()
        layout.addWidget(self.fields)
        self.save = QPushButton("Save")
        layout.addWidget(self.save)
        form = QFormLayout(self.fields)  # filled after the button, as a RecordForm is
        self.inputs = [QLineEdit(), QLineEdit()]
        for n, edit in enumerate(self.inputs):
            edit.setObjectName(f"input{n}")
            form.addRow(f"Field {n}", edit)
        focus.follow(self.fields)


def test_the_inputs_come_before_the_button(qtbot: QtBot) -> None:
    page = QWidget()
    qtbot.addWidget(page)
    dialog = _Dialog(page)
    dialog.inputs[0].setFocus()
    assert dialog.inputs[0].nextInFocusChain() is dialog.inputs[1]
    assert dialog.inputs[1].nextInFocusChain() is dialog.save


def test_a_dialog_keeps_its_python_object_through_a_full_collection(qtbot: QtBot) -> None:
    page = QWidget()
    qtbot.addWidget(page)
    _Dialog(page).open()  # nobody in Python keeps it: its parent does, as for any open dialog
    gc.collect()
    (dialog,) = page.findChildren(_Dialog)
    assert dialog.isVisible()
    assert getattr(dialog, "marker", None) == "built"
