"""The review of a "case code only" court document before it can be saved, exported or printed.

It shows every text people typed about the case that the document will print (the app's own texts,
such as the risk instrument's items, only greyed and where a replacement was made in them), with
each replacement the redaction made highlighted (its tooltip says what was taken out) and each
capitalised word left that is not a common word highlighted differently: a name the redaction could not know looks like one. The worker can take
out more (select a word or phrase, "Redact") or show one replacement after all (pick it, "Show
it"), and choose the notes, health items and attachments that go in. The choices are remembered
for the case when the dialog is accepted (the page does that, and rebuilds the preview).

What the document will print is read on the task runner through a `Loader` (gui/loading.py): the
summary line says so meanwhile and OK waits; only the latest choices' answer is shown.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QColor, QShowEvent, QTextCharFormat, QTextCursor
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSplitter,
    QTextEdit,
    QVBoxLayout,
    QWidget,
)

from astra_desktop.core.disclosure import APPLIES, DOCUMENTS, HEALTH, NOTES, Choices
from astra_desktop.gui import style
from astra_desktop.gui.dialogs import Messages
from astra_desktop.gui.loading import Loader, say
from astra_desktop.gui.screen_fit import fit_to_screen, keep_on_screen
from astra_desktop.gui.tasks import TaskRunner
from astra_desktop.services import disclosure, disclosure_review
from astra_desktop.services.disclosure import Candidates
from astra_desktop.services.disclosure_review import REDACTION, Review
from astra_desktop.services.session import Session

REDACTED_COLOUR = QColor("#ffe08a")  # a replacement: amber
UNKNOWN_COLOUR = QColor("#f5b7b1")  # a capitalised word nobody checked: light red
APP_TEXT_COLOUR = QColor("#808080")  # the app's own text, shown for a replacement made in it
SNIPPET = 90  # characters of a note shown in the list


class DisclosureReview(QDialog):
    """Open with `open()`; `chosen` carries the choices when the worker presses OK."""

    chosen = Signal(object)  # Choices

    def __init__(
        self,
        session: Session,
        runner: TaskRunner,
        case_id: str,
        kind: str,
        lang: str,
        extra: dict[str, Any],
        choices: Choices,
        candidates: Candidates,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.session, self.runner = session, runner
        self.case_id, self.kind, self.lang, self.extra = case_id, kind, lang, extra
        self.choices = self.initial = choices
        self.current: Review | None = None
        # The dialog's child: answers to older choices, and any after it closed, are dropped.
        self.loader = Loader(self, runner)
        self.loader.busy_changed.connect(self._show_busy)
        self.setWindowTitle(self.tr("Review before it leaves the case"))
        applies = APPLIES.get(kind, frozenset())

        self.text = QTextEdit()
        self.text.setReadOnly(True)
        self.text.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse
            | Qt.TextInteractionFlag.TextSelectableByKeyboard
        )
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        legend = QLabel(
            self.tr(
                '<span style="background:{0}">&nbsp;taken out&nbsp;</span> — replaced by the case '
                'code, a relation or […]; <span style="background:{1}">&nbsp;check&nbsp;</span> — '
                "a capitalised word that is not a common word: is it a name?"
            ).format(REDACTED_COLOUR.name(), UNKNOWN_COLOUR.name())
        )
        legend.setWordWrap(True)
        self.redact_button = QPushButton(self.tr("&Redact the selected text"))
        self.redact_button.clicked.connect(self.redact_selection)
        self.redactions = QListWidget()
        self.redactions.setMaximumHeight(120)
        self.show_button = QPushButton(self.tr("&Show it"))
        self.show_button.clicked.connect(self.show_selected)

        self.notes = QListWidget()
        for n in candidates.notes:
            snippet = " ".join(n.text.split())
            snippet = snippet if len(snippet) <= SNIPPET else snippet[: SNIPPET - 1] + "…"
            item = QListWidgetItem(f"{n.occurred_at:%d.%m.%Y %H:%M} — {snippet}")
            item.setData(Qt.ItemDataRole.UserRole, n.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(
                Qt.CheckState.Checked if choices.note_in(n.id) else Qt.CheckState.Unchecked
            )
            self.notes.addItem(item)
        self.notes.itemChanged.connect(lambda _i: self._ticks_changed())
        self.health = QCheckBox(self.tr("Health items of the risk assessment"))
        self.health.setChecked(choices.health)
        self.health.toggled.connect(lambda _c: self._ticks_changed())
        health_items = QLabel(
            "; ".join(candidates.health) or self.tr("The latest assessment found none.")
        )
        health_items.setWordWrap(True)
        self.documents = QListWidget()
        for d in candidates.documents:
            item = QListWidgetItem(
                f"{d.filename} — {d.description}" if d.description else d.filename
            )
            item.setData(Qt.ItemDataRole.UserRole, d.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(
                Qt.CheckState.Checked if choices.document_in(d.id) else Qt.CheckState.Unchecked
            )
            self.documents.addItem(item)
        self.documents.itemChanged.connect(lambda _i: self._ticks_changed())

        side = QVBoxLayout()
        if NOTES in applies:
            box = QGroupBox(self.tr("Contact notes (internal: left out unless ticked)"))
            QVBoxLayout(box).addWidget(self.notes)
            side.addWidget(box, 2)
        if HEALTH in applies:
            box = QGroupBox(self.tr("Health"))
            inner = QVBoxLayout(box)
            inner.addWidget(self.health)
            inner.addWidget(health_items)
            side.addWidget(box)
        if DOCUMENTS in applies:
            box = QGroupBox(self.tr("Attachments listed"))
            QVBoxLayout(box).addWidget(self.documents)
            side.addWidget(box, 1)
        taken = QGroupBox(self.tr("Taken out"))
        inner = QVBoxLayout(taken)
        inner.addWidget(self.redactions)
        inner.addWidget(self.show_button)
        side.addWidget(taken, 1)

        main = QVBoxLayout()
        main.addWidget(legend)
        main.addWidget(self.text, 1)
        row = QHBoxLayout()
        row.addWidget(self.redact_button)
        row.addStretch(1)
        main.addLayout(row)
        main.addWidget(self.summary)
        left, right = QWidget(), QWidget()
        left.setLayout(main)
        right.setLayout(side)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setSizes([620, 380])
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.buttons)
        fit_to_screen(self, 1000, 680)
        self.refresh()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        keep_on_screen(self)  # Qt centres it over its parent, which may put its top off screen

    # --- choosing ------------------------------------------------------------------------------
    def _ticked(self, widget: QListWidget, checked: bool) -> set[str]:
        state = Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked
        return {
            str(widget.item(i).data(Qt.ItemDataRole.UserRole))
            for i in range(widget.count())
            if widget.item(i).checkState() == state
        }

    def _ticks_changed(self) -> None:
        self.choices = replace(
            self.choices,
            notes=frozenset(self._ticked(self.notes, True)),
            all_notes=False,
            health=self.health.isChecked(),
            excluded_documents=frozenset(self._ticked(self.documents, False)),
        )
        self.refresh()

    def redact_selection(self) -> bool:
        """Take out the selected word or phrase, wherever it is written (remembered on OK)."""
        phrase = self.text.textCursor().selectedText().replace("\u2029", " ").strip()
        if not phrase:
            Messages.error(
                self,
                self.tr("Redact"),
                self.tr("Select a word or phrase in the text first, then press Redact."),
            )
            return False
        self.choices = self.choices.redacting(phrase)
        self.refresh()
        return True

    def show_selected(self) -> bool:
        """Print the picked replacement's original text after all, wherever it is written."""
        item = self.redactions.currentItem()
        if item is None:
            Messages.error(
                self, self.tr("Show it"), self.tr("Pick one of the texts taken out first.")
            )
            return False
        self.choices = self.choices.keeping(str(item.data(Qt.ItemDataRole.UserRole)))
        self.refresh()
        return True

    # --- the text --------------------------------------------------------------------------------
    @property
    def loading(self) -> bool:
        """The document is being read (tests/gui/_loaded.py waits for this to end)."""
        return self.loader.busy

    def refresh(self) -> None:
        """Ask again what the document will print with the current choices (off the GUI thread)."""
        choices = self.choices
        session, case_id, kind, lang, extra = (
            self.session, self.case_id, self.kind, self.lang, self.extra
        )  # fmt: skip

        def review() -> Review:
            return disclosure_review.review(session, kind, case_id, lang, extra, choices)

        self.loader.load(review, self._show, self._failed)

    def _show_busy(self, busy: bool) -> None:
        """While the document is read, the line under it says so and OK waits for it."""
        if busy:
            say(self.summary, self.tr("Reading the document…"))
            self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(False)

    def _show(self, found: Review) -> None:
        self.current = found
        self.text.clear()
        cursor = QTextCursor(self.text.document())
        plain = QTextCharFormat()
        originals: dict[str, str] = {}
        for n, passage in enumerate(found.passages):
            if n:
                cursor.insertBlock()
            at = 0
            base = plain
            if not passage.typed:  # the app's own text: greyed, nothing in it to check
                base = QTextCharFormat()
                base.setForeground(APP_TEXT_COLOUR)
            for mark in passage.marks:
                cursor.insertText(passage.printed[at : mark.start], base)
                shown = QTextCharFormat(base)
                if mark.kind == REDACTION:
                    shown.setBackground(REDACTED_COLOUR)
                    shown.setToolTip(self.tr("Taken out: {0}").format(mark.original))
                    originals.setdefault(mark.original, mark.replacement)
                else:
                    shown.setBackground(UNKNOWN_COLOUR)
                    shown.setToolTip(
                        self.tr("Not a common word: is it a name? Select it to redact it.")
                    )
                cursor.insertText(passage.printed[mark.start : mark.end], shown)
                at = mark.end
            cursor.insertText(passage.printed[at:], base)
        self.text.moveCursor(QTextCursor.MoveOperation.Start)
        self.redactions.clear()
        for original, replacement in originals.items():
            item = QListWidgetItem(f"{original} → {replacement}")
            item.setData(Qt.ItemDataRole.UserRole, original)
            self.redactions.addItem(item)
        unknown = len(set(found.unknown))
        style.tone(self.summary, None)
        self.summary.setText(
            self.tr("%n text(s) taken out", "", found.redactions)
            + "; "
            + self.tr("%n word(s) to check", "", unknown)
            + "."
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(True)

    def _failed(self, exc: BaseException) -> None:
        """The document could not be read (the case deleted meanwhile, say): said under it and
        in a message; OK stays off, since nothing reviewed may be chosen."""
        say(self.summary, None, str(exc))
        Messages.error(self, self.tr("Review"), str(exc))

    # --- closing ---------------------------------------------------------------------------------
    def accept(self) -> None:
        self.chosen.emit(self.choices)
        super().accept()

    def reject(self) -> None:
        if self.choices != self.initial and not Messages.ask(
            self,
            self.tr("Discard the changes?"),
            self.tr("What you chose in this review will be forgotten. Close it anyway?"),
            self.tr("Discard"),
            self.tr("Keep reviewing"),
        ):
            return
        super().reject()


def remembered_and_candidates(
    session: Session, case_id: str, lang: str
) -> tuple[Choices, Candidates]:
    """What the dialog opens with (called off the GUI thread)."""
    return disclosure.remembered(session, case_id), disclosure.candidates(session, case_id, lang)
