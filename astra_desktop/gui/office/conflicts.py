"""The records another laptop of the office changed too, side by side (issue 21): the case-transfer
conflict view (gui/transfer_dialogs.py: each record's kind and fields in the interface language,
named as its form names them), told whose laptop the other side is and what happens after the
choice."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from astra_desktop.gui.transfer_dialogs import ConflictsDialog
from astra_desktop.services.sync import Held


class OfficeConflictsDialog(ConflictsDialog):
    def __init__(self, held: list[Held], parent: QWidget | None = None) -> None:
        super().__init__([c for h in held for c in h.conflicts], parent)
        owners = ", ".join(sorted({h.owner for h in held}))
        self.setWindowTitle(self.tr("Changed here and on another laptop"))
        self.ui.intro.setText(
            self.tr(
                "These records were changed on this laptop and on the laptop of {0} since they "
                "last synced (or deleted on one and changed on the other). Choose, for each, "
                "which version to keep; nothing of that laptop's file is applied until you do. "
                "The sync then runs again, and the other laptops receive your choice."
            ).format(owners)
        )
