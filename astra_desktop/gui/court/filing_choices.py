"""Who files a court filing (a lawyer from the profiles) and who receives it, as one small form
the filing documents' option panels share. Its own module because the panels' Designer forms
(ui/witness_options.ui, ui/claim_options.ui) build it: importing it from the panels' module
would make the forms and that module import each other. Layout in ui/filing_choices.ui.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QWidget

from astra_desktop.gui.court.labels import authorities
from astra_desktop.gui.forms.ui_filing_choices import Ui_FilingChoices
from astra_desktop.gui.widgets import ValueCombo


class FilingChoices(QWidget):
    """Who files (a lawyer from the profiles) and who receives the filing."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = ui = Ui_FilingChoices()
        ui.setupUi(self)
        self.lawyer: ValueCombo[str] = ui.lawyer
        self.addressee: ValueCombo[str] = ui.addressee
        self.addressee.add(self.tr("As the proceeding's stage says"), "")
        for key, label in authorities().items():
            self.addressee.add(label, key)
        self.set_lawyers([])
        self.lawyer.currentIndexChanged.connect(lambda _i: self.changed.emit())
        self.addressee.currentIndexChanged.connect(lambda _i: self.changed.emit())

    def set_lawyers(self, lawyers: list[tuple[str, str]]) -> None:
        keep = self.lawyer.value() if self.lawyer.count() else ""
        self.lawyer.blockSignals(True)
        self.lawyer.clear()
        self.lawyer.add(self.tr("The one holding the power of attorney"), "")
        for lawyer_id, name in lawyers:
            self.lawyer.add(name, lawyer_id)
        if not self.lawyer.set_value(keep):
            self.lawyer.setCurrentIndex(0)
        self.lawyer.blockSignals(False)

    def extra(self) -> dict[str, Any]:
        chosen = {"lawyer": self.lawyer.value(), "addressee": self.addressee.value()}
        return {k: v for k, v in chosen.items() if v}
