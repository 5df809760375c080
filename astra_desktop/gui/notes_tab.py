"""The contact log: a timeline of notes, and an editor for a new or chosen note.

The timeline is read through the task runner when one is given (gui/loading.py); the editor can
be used meanwhile, and a draft put back before the timeline arrives finds its note when it does.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut, QTextCursor
from PySide6.QtWidgets import QListWidgetItem, QWidget

from astra_desktop.core.appointments import local_now
from astra_desktop.core.enums import NoteKind
from astra_desktop.core.models import ContactNote
from astra_desktop.errors import AstraError, ValidationError
from astra_desktop.gui import labels
from astra_desktop.gui.forms.ui_notes_tab import Ui_NotesTab
from astra_desktop.gui.loading import Loader
from astra_desktop.gui.tasks import TaskRunner
from astra_desktop.gui.widgets import EnumCombo
from astra_desktop.services import case_records
from astra_desktop.services.session import Session


class NotesTab(QWidget):
    """Layout in ui/notes_tab.ui."""

    saved = Signal()

    def __init__(
        self,
        session: Session,
        case_id: str,
        parent: QWidget | None = None,
        runner: TaskRunner | None = None,
    ) -> None:
        super().__init__(parent)
        self.session = session
        self.case_id = case_id
        self._editing: ContactNote | None = None
        self._find_note: str | None = None  # a restored draft's note, once the timeline is here
        self.loader = Loader(self, runner)
        self.loader.busy_changed.connect(self._show_busy)
        self.ui = ui = Ui_NotesTab()
        ui.setupUi(self)
        self.timeline = ui.timeline
        self.timeline.itemActivated.connect(self._edit_item)
        self.timeline.itemDoubleClicked.connect(self._edit_item)
        self.date, self.time, self.body = ui.date, ui.time, ui.body
        self.kind: EnumCombo[NoteKind] = ui.kind
        self.kind.set_enum(NoteKind, labels.note_kinds())
        self.error, self.heading = ui.error, ui.heading
        self.save_button, self.new_button = ui.save_button, ui.new_button
        self.save_button.clicked.connect(self.save)
        self.new_button.clicked.connect(self.new_note)
        QShortcut(QKeySequence("Ctrl+Return"), self.body, self.save)
        ui.splitter.setSizes([260, 240])
        self.reload()
        self.new_note()

    @property
    def dirty(self) -> bool:
        original = self._editing.body if self._editing else ""
        return self.body.toPlainText().strip() != original.strip()

    @property
    def loading(self) -> bool:
        return self.loader.busy

    def reload(self) -> None:
        session, case_id = self.session, self.case_id
        self.loader.load(lambda: case_records.notes(session, case_id), self._fill, self._failed)

    def _show_busy(self, busy: bool) -> None:
        """While the timeline is read: it is greyed out and says so."""
        self.timeline.setEnabled(not busy)
        if busy and self.timeline.count() == 0:
            self.timeline.addItem(self.tr("Loading the contact log…"))

    def _failed(self, exc: BaseException) -> None:
        self.timeline.clear()
        self.error.setText(str(exc))

    def _fill(self, notes: list[ContactNote]) -> None:
        self.timeline.clear()
        kinds = labels.note_kinds()
        for note in notes:
            first = note.body.strip().splitlines()[0] if note.body.strip() else ""
            text = f"{note.occurred_at:%d.%m.%Y %H:%M} · {kinds.get(note.kind.value, '')}\n{first}"
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, note)
            self.timeline.addItem(item)
            if note.id == self._find_note and self._editing is None:
                self._editing = note  # the draft's text stays; it edits this note again
                self._say_editing(note)
        self._find_note = None

    def new_note(self) -> None:
        self._editing = None
        now = local_now()
        self.heading.setText(self.tr("New note"))
        self.date.setText(now.strftime("%d.%m.%Y"))
        self.time.setText(now.strftime("%H:%M"))
        self.kind.set_value(NoteKind.CALL)
        self.body.clear()
        self.error.clear()

    def _edit_item(self, item: QListWidgetItem) -> None:
        note: ContactNote | None = item.data(Qt.ItemDataRole.UserRole)
        if note is None:  # the "loading" line
            return
        self._editing = note
        self._say_editing(note)
        self.date.setText(note.occurred_at.strftime("%d.%m.%Y"))
        self.time.setText(note.occurred_at.strftime("%H:%M"))
        self.kind.set_value(note.kind)
        self.body.setPlainText(note.body)
        self.body.setFocus()

    def _say_editing(self, note: ContactNote) -> None:
        self.heading.setText(
            self.tr("Editing the note of {0}").format(f"{note.occurred_at:%d.%m.%Y}")
        )

    def _when(self) -> datetime:
        day = self.date.value()
        if day is None:
            raise ValidationError("occurred_at", self.tr("Enter the date of the contact."))
        try:
            hours, minutes = (int(p) for p in self.time.text().split(":"))
            return datetime(day.year, day.month, day.day, hours, minutes)
        except ValueError as exc:
            raise ValidationError(
                "occurred_at", self.tr("Enter the time as HH:MM, e.g. 09:30.")
            ) from exc

    def save(self) -> bool:
        try:
            when = self._when()
            kind = NoteKind(self.kind.value())
            if self._editing is None:
                note = ContactNote(self.case_id, when, self.body.toPlainText().strip(), kind)
                case_records.add_note(self.session, note)
            else:
                self._editing.occurred_at, self._editing.kind = when, kind
                self._editing.body = self.body.toPlainText().strip()
                case_records.update_note(self.session, self._editing)
        except AstraError as exc:
            self.error.setText(str(exc))
            return False
        self.reload()
        self.new_note()
        self.saved.emit()
        return True

    # --- drafts --------------------------------------------------------------------------------
    def draft(self) -> dict[str, Any] | None:
        if not self.dirty:
            return None
        return {
            "note_id": self._editing.id if self._editing else None,
            "date": self.date.text(),
            "time": self.time.text(),
            "kind": self.kind.currentIndex(),
            "body": self.body.toPlainText(),
        }

    def restore(self, draft: dict[str, Any]) -> None:
        note_id = draft.get("note_id")
        for i in range(self.timeline.count()):
            item = self.timeline.item(i)
            note = item.data(Qt.ItemDataRole.UserRole)
            if note is not None and note.id == note_id:
                self._edit_item(item)
        if self.loading and note_id:
            self._find_note = str(note_id)
        self.date.setText(str(draft.get("date", "")))
        self.time.setText(str(draft.get("time", "")))
        self.kind.setCurrentIndex(int(str(draft.get("kind", 0))))
        self.body.setPlainText(str(draft.get("body", "")))
        self.body.moveCursor(QTextCursor.MoveOperation.End)  # carry on typing where it stopped
        self.body.setFocus()
        self.error.setText(self.tr("Restored the note you were typing when the vault locked."))
