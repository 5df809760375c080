"""Document templates (Organisation and lawyers → Document templates…, administrators): the
organisation's own wording of a court document, edited as plain text beside what differs from the
shipped text, saved inside the vault (services/templates.py) or reset to the shipped version."""

from __future__ import annotations

from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import (
    QComboBox,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from astra_desktop.core.roles import Permission, allowed
from astra_desktop.errors import AstraError
from astra_desktop.gui import style
from astra_desktop.gui.court.documents_page import kind_titles
from astra_desktop.gui.dialogs import Messages
from astra_desktop.gui.guarded_dialog import GuardedDialog
from astra_desktop.gui.screen_fit import fit_to_screen
from astra_desktop.services import templates
from astra_desktop.services.session import Session


class TemplatesDialog(GuardedDialog):
    """One template at a time: choose the document and the language, edit, save or reset."""

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.setWindowTitle(self.tr("Document templates"))
        self.can_edit = allowed(session.actor.role, Permission.MANAGE_USERS)
        self.document = QComboBox()
        self.document.setObjectName("document")
        for name in templates.NAMES:
            self.document.addItem(self.titles()[name], name)
        self.language = QComboBox()
        self.language.setObjectName("language")
        self.language.addItem(self.tr("Serbian (Latin; Cyrillic documents are made from it)"),
                              "sr-Latn")  # fmt: skip
        self.language.addItem(self.tr("English"), "en")
        self.state = QLabel()
        self.state.setWordWrap(True)
        mono = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        self.editor = QPlainTextEdit()
        self.editor.setObjectName("template_text")
        self.editor.setFont(mono)
        # long texts wrap: a laptop screen shows each whole, a line is still one key
        self.editor.setReadOnly(not self.can_edit)
        self.changes = QPlainTextEdit()
        self.changes.setObjectName("differences")
        self.changes.setFont(mono)
        self.changes.setReadOnly(True)
        self.error = style.error_label()
        self.status = QLabel()
        self.status.setWordWrap(True)
        hint = QLabel(self.tr(
            "Change only the texts between quotes: keep every key and every placeholder in braces. "
            "A lawyer reviews every change before a document made from it goes to a court."
        ))  # fmt: skip
        hint.setWordWrap(True)
        self.save_button = QPushButton(self.tr("&Save"))
        self.reset_button = QPushButton(self.tr("&Reset to the shipped text"))
        self.save_button.clicked.connect(lambda: self.save())
        self.reset_button.clicked.connect(lambda: self.reset())
        for button in (self.save_button, self.reset_button):
            button.setEnabled(self.can_edit)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)

        form = QFormLayout()
        form.addRow(self.tr("&Document"), self.document)
        form.addRow(self.tr("&Language"), self.language)
        split = QSplitter()
        left, right = QWidget(), QWidget()
        box = QVBoxLayout(left)
        box.setContentsMargins(0, 0, 0, 0)
        box.addWidget(QLabel(self.tr("Text (TOML)")))
        box.addWidget(self.editor)
        box = QVBoxLayout(right)
        box.setContentsMargins(0, 0, 0, 0)
        box.addWidget(QLabel(self.tr("Different from the shipped text")))
        box.addWidget(self.changes)
        split.addWidget(left)
        split.addWidget(right)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)
        row = QHBoxLayout()
        row.addWidget(self.save_button)
        row.addWidget(self.reset_button)
        row.addStretch()
        row.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(hint)
        layout.addWidget(self.state)
        layout.addWidget(split, 1)
        layout.addWidget(self.error)
        layout.addWidget(self.status)
        layout.addLayout(row)
        if not self.can_edit:
            self.status.setText(self.tr("Only an administrator can change the templates."))

        self._shown = (self.name(), self.lang())
        self.shipped = ""
        self.load()
        self.editor.textChanged.connect(self.show_changes)
        self.document.currentIndexChanged.connect(lambda _i: self._choose())
        self.language.currentIndexChanged.connect(lambda _i: self._choose())
        fit_to_screen(self, 900, 620)

    def titles(self) -> dict[str, str]:
        tr = self.tr
        return {
            **kind_titles(),
            "common": tr("Shared by every document (footer, filing form, labels)"),
            "claim": tr("Shared by the property claim and the civil suit"),
        }

    def name(self) -> str:
        return str(self.document.currentData())

    def lang(self) -> str:
        return str(self.language.currentData())

    def load(self) -> None:
        """Show the chosen template: the organisation's version if it has one, else as shipped."""
        found = templates.get(self.session, self.name(), self.lang())
        self.shipped = found.shipped
        self._shown = (found.name, found.lang)
        self.editor.setPlainText(found.text)
        self.state.setText(
            self.tr("The organisation's version is in use (kept in the vault).")
            if found.changed
            else self.tr("The shipped text is in use.")
        )
        self.error.clear()
        self.show_changes()
        self.mark_untouched()

    def _choose(self) -> None:
        """Another template chosen: ask before throwing unsaved typing away."""
        if (self.name(), self.lang()) == self._shown:
            return
        edited = self.editor.toPlainText() != templates.get(self.session, *self._shown).text
        if edited and not self.confirm_discard():
            for combo, value in ((self.document, self._shown[0]), (self.language, self._shown[1])):
                combo.blockSignals(True)
                combo.setCurrentIndex(combo.findData(value))
                combo.blockSignals(False)
            return
        self.status.clear()
        self.load()

    def show_changes(self) -> None:
        lines = templates.differences(self.shipped, self.editor.toPlainText())
        self.changes.setPlainText(
            "\n".join(lines) if lines else self.tr("No differences: this is the shipped text.")
        )

    def save(self) -> bool:
        try:
            saved = templates.save(
                self.session, self.name(), self.lang(), self.editor.toPlainText()
            )
        except AstraError as exc:
            self.status.clear()
            self.error.setText(str(exc))
            return False
        self.load()
        self.status.setText(
            self.tr("Saved. Documents made from now on use this text.")
            if saved.changed
            else self.tr("This is the shipped text: the shipped template is used.")
        )
        return True

    def reset(self) -> bool:
        if not Messages.ask(
            self,
            self.tr("Reset the template?"),
            self.tr("Go back to the shipped text of this template? The organisation's version "
                    "is deleted."),
            self.tr("Reset"),
            self.tr("Cancel"),
        ):  # fmt: skip
            return False
        try:
            templates.reset(self.session, self.name(), self.lang())
        except AstraError as exc:
            self.error.setText(str(exc))
            return False
        self.load()
        self.status.setText(self.tr("The shipped text is back in use."))
        return True
