"""Dialogs that ask before throwing typing away.

Cancel, Esc and the window's close button all end in `QDialog.reject()` (Qt's closeEvent calls
it and keeps the window if it is still visible), so a form only has to derive from
`GuardedDialog` instead of `QDialog`: when any input differs from how the dialog opened, reject
asks "discard what you typed?" through `Messages.ask` and stays open on "no" (also the answer in
tests unless they say otherwise). Untouched dialogs close without a question.

"How it opened" is the snapshot `dialog_drafts.keep_as_draft` took at the end of the constructor
when the dialog keeps drafts (so a dialog reopened from a draft after unlock counts as changed),
else the inputs at the first showing, or whatever `mark_untouched()` records.
"""

from __future__ import annotations

from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QDialog

from astra_desktop.gui import dialog_drafts
from astra_desktop.gui.dialogs import Messages


class GuardedDialog(QDialog):
    _untouched: dict[str, list[object]] | None = None

    def mark_untouched(self) -> None:
        """The inputs as they are now count as "nothing typed" (e.g. after saving a step)."""
        self._untouched = dialog_drafts.snapshot(self)

    def has_typing(self) -> bool:
        baseline = self._untouched
        if baseline is None:
            kept = getattr(self, "_astra_draft", None)
            baseline = kept[1] if kept is not None else None
        return baseline is not None and dialog_drafts.snapshot(self) != baseline

    def showEvent(self, event: QShowEvent) -> None:
        if self._untouched is None and getattr(self, "_astra_draft", None) is None:
            self.mark_untouched()
        super().showEvent(event)

    def confirm_discard(self) -> bool:
        """True when it is fine to close: nothing typed, or the person chose to discard it."""
        if not self.has_typing():
            return True
        return Messages.ask(
            self,
            self.tr("Discard what you typed?"),
            self.tr("This form has entries that are not saved. Close it and discard them?"),
            self.tr("Discard"),
            self.tr("Keep editing"),
        )

    def reject(self) -> None:
        if self.confirm_discard():
            super().reject()
