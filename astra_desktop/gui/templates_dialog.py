"""Document templates (Organisation and lawyers → Document templates…, administrators): the
organisation's own wording of a court document, edited as plain text beside what differs from the
shipped text, saved inside the vault (services/templates.py) or reset to the shipped version."""

from __future__ import annotations

from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import QWidget

from astra_desktop.core.roles import Permission, allowed
from astra_desktop.errors import AstraError
from astra_desktop.gui.court.documents_page import kind_titles
from astra_desktop.gui.dialogs import Messages
from astra_desktop.gui.forms.ui_templates_dialog import Ui_TemplatesDialog
from astra_desktop.gui.guarded_dialog import GuardedDialog
from astra_desktop.gui.loading import Loader, say
from astra_desktop.gui.screen_fit import fit_to_screen
from astra_desktop.gui.tasks import TaskRunner
from astra_desktop.services import templates
from astra_desktop.services.session import Session
from astra_desktop.services.templates import Template


class TemplatesDialog(GuardedDialog):
    """One template at a time: choose the document and the language, edit, save or reset.
    Laid out in ui/templates_dialog.ui. Given a runner, each template is read on its worker
    (the dialog says so meanwhile); without one, at once."""

    def __init__(
        self, session: Session, parent: QWidget | None = None, runner: TaskRunner | None = None
    ) -> None:
        super().__init__(parent)
        self.session = session
        self.ui = ui = Ui_TemplatesDialog()
        ui.setupUi(self)
        self.can_edit = allowed(session.actor.role, Permission.MANAGE_USERS)
        self.document, self.language = ui.document, ui.language
        titles = self.titles()
        for name in templates.NAMES:
            self.document.addItem(titles[name], name)
        self.language.addItem(self.tr("Serbian (Latin; Cyrillic documents are made from it)"),
                              "sr-Latn")  # fmt: skip
        self.language.addItem(self.tr("English"), "en")
        self.state, self.error, self.status = ui.state, ui.error, ui.status
        mono = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        self.editor, self.changes = ui.template_text, ui.differences
        self.editor.setFont(mono)
        # long texts wrap: a laptop screen shows each whole, a line is still one key
        self.editor.setReadOnly(not self.can_edit)
        self.changes.setFont(mono)
        ui.split.setStretchFactor(0, 3)
        ui.split.setStretchFactor(1, 2)
        self.save_button, self.reset_button = ui.save_button, ui.reset_button
        self.save_button.clicked.connect(lambda: self.save())
        self.reset_button.clicked.connect(lambda: self.reset())
        for button in (self.save_button, self.reset_button):
            button.setEnabled(self.can_edit)
        ui.close.rejected.connect(self.reject)
        if not self.can_edit:
            self.status.setText(self.tr("Only an administrator can change the templates."))

        self._shown = (self.name(), self.lang())
        self.shipped = ""
        self.text_read = ""  # the shown template as read: typing is what differs from it
        self.loader = Loader(self, runner)
        self.loader.busy_changed.connect(self._show_busy)
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

    @property
    def loading(self) -> bool:
        return self.loader.busy

    def load(self) -> None:
        """Show the chosen template: the organisation's version if it has one, else as shipped
        (read on the runner's worker when there is one)."""
        session, name, lang = self.session, self.name(), self.lang()
        self.loader.load(lambda: templates.get(session, name, lang), self._show, self._failed)

    def _show_busy(self, busy: bool) -> None:
        """While reading: the text and the buttons greyed out, and a line says so. The choice of
        template stays as it is, so the arrow keys can go on through the list."""
        self.editor.setEnabled(not busy)
        for button in (self.save_button, self.reset_button):
            button.setEnabled(self.can_edit and not busy)
        say(self.error, self.tr("Loading the template…") if busy else None)

    def _failed(self, exc: BaseException) -> None:
        """Not read (the vault in trouble): said so; the text cannot be edited or saved."""
        self.editor.setEnabled(False)
        for button in (self.save_button, self.reset_button):
            button.setEnabled(False)
        say(self.error, None, str(exc))

    def _show(self, found: Template) -> None:
        self.shipped = found.shipped
        self._shown = (found.name, found.lang)
        self.text_read = found.text
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
        edited = self.editor.toPlainText() != self.text_read
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
        if self.loading:
            return False
        try:
            # the template on screen (the choice may be one still being read)
            saved = templates.save(self.session, *self._shown, self.editor.toPlainText())
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
        if self.loading:
            return False
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
            templates.reset(self.session, *self._shown)
        except AstraError as exc:
            self.error.setText(str(exc))
            return False
        self.load()
        self.status.setText(self.tr("The shipped text is back in use."))
        return True
