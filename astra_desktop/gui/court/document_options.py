"""The inputs some court documents take besides the case: the measures and reasons of a
vulnerable-witness request, the items of a property claim, the period of a chronology; and for
both filings, the lawyer who files and who receives the filing (by default the proceeding's stage
decides: the prosecutor during the investigation, then the court, then the appellate court).

Each panel hands back a plain dict (`extra`) that services/court_documents.py reads; amounts and
dates are checked there, so the GUI and the CLI's --extra file are held to the same rules.
Each panel's layout is in ui/<panel>_options.ui; who files is gui/court/filing_choices.py.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHeaderView, QTableWidgetItem, QWidget

from astra_desktop.core.court import ProtectiveMeasure
from astra_desktop.core.court_documents import DEFAULT_MEASURES, DamageKind
from astra_desktop.gui.court.labels import protective_measures
from astra_desktop.gui.forms.ui_chronology_options import Ui_ChronologyOptions
from astra_desktop.gui.forms.ui_claim_options import Ui_ClaimOptions
from astra_desktop.gui.forms.ui_no_options import Ui_NoOptions
from astra_desktop.gui.forms.ui_witness_options import Ui_WitnessOptions
from astra_desktop.gui.widgets import EnumChecklist, ValueCombo


class Options(QWidget):
    """A panel of options; `changed` fires on every edit, so the preview can be marked stale."""

    changed = Signal()
    edit_claim = Signal()  # the case's saved claim asked for (the claim documents' panel)

    def extra(self) -> dict[str, Any]:
        return {}

    def set_lawyers(self, lawyers: list[tuple[str, str]]) -> None:
        """The lawyers (id, name) a filing can be signed by; other documents have no use for them."""


class NoOptions(Options):
    """Layout in ui/no_options.ui."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_NoOptions()
        self.ui.setupUi(self)


class WitnessOptions(Options):
    """Layout in ui/witness_options.ui."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = ui = Ui_WitnessOptions()
        ui.setupUi(self)
        self.filing, self.reasons, self.risk = ui.filing, ui.reasons, ui.risk
        self.measures: EnumChecklist[ProtectiveMeasure] = ui.measures
        self.measures.set_enum(ProtectiveMeasure, protective_measures())
        self.measures.setMaximumHeight(150)  # after set_enum, which sizes it to five rows
        self.measures.set_values(list(DEFAULT_MEASURES))
        self.filing.changed.connect(self.changed)
        self.measures.changed.connect(self.changed)
        self.reasons.textChanged.connect(self.changed)
        self.risk.toggled.connect(self.changed)

    def set_lawyers(self, lawyers: list[tuple[str, str]]) -> None:
        self.filing.set_lawyers(lawyers)

    def extra(self) -> dict[str, Any]:
        return {
            "measures": [m.value for m in self.measures.values()],
            "reasons": self.reasons.toPlainText(),
            "risk": self.risk.isChecked(),
            **self.filing.extra(),
        }


def damage_labels(tr: Any) -> dict[str, str]:
    return {
        "unpaid-wages": tr("Unpaid wages"), "medical": tr("Medical costs"),
        "travel": tr("Travel costs"), "lost-earnings": tr("Lost earnings"),
        "other-material": tr("Other material damage"),
        "mental-suffering": tr("Mental suffering (liberty and personal rights)"),
        "fear": tr("Fear"), "physical-pain": tr("Physical pain"),
        "other-non-material": tr("Other non-material damage"),
    }  # fmt: skip


class ClaimOptions(Options):
    """The claim's items: head of damage, description, amount in dinars, interest from.
    Layout in ui/claim_options.ui."""

    COLUMNS = 4

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = ui = Ui_ClaimOptions()
        ui.setupUi(self)
        self.table, self.evidence, self.draft = ui.table, ui.evidence, ui.draft
        self.claim_button, self.filing = ui.claim_button, ui.filing
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.table.setColumnWidth(0, 200)
        self.table.itemChanged.connect(lambda _i: self.changed.emit())
        ui.add_button.clicked.connect(lambda: self.add_item())
        ui.remove_button.clicked.connect(self.remove_selected)
        self.evidence.textChanged.connect(self.changed)
        self.claim_button.clicked.connect(self.edit_claim)
        self.draft.toggled.connect(lambda _c: self.changed.emit())
        self.filing.changed.connect(self.changed)

    def add_item(self, kind: DamageKind = DamageKind.UNPAID_WAGES, description: str = "",
                 amount: str = "", interest_from: str = "") -> int:  # fmt: skip
        row = self.table.rowCount()
        self.table.insertRow(row)
        combo: ValueCombo[DamageKind] = ValueCombo()
        for key, label in damage_labels(self.tr).items():
            combo.add(label, DamageKind(key))
        if not combo.set_value(kind):
            combo.setCurrentIndex(0)
        combo.currentIndexChanged.connect(lambda _i: self.changed.emit())
        self.table.setCellWidget(row, 0, combo)
        for col, text in ((1, description), (2, amount), (3, interest_from)):
            self.table.setItem(row, col, QTableWidgetItem(text))
        self.changed.emit()
        return row

    def remove_selected(self) -> None:
        for index in sorted(self.table.selectionModel().selectedRows(), reverse=True):
            self.table.removeRow(index.row())
        self.changed.emit()

    def _text(self, row: int, col: int) -> str:
        item = self.table.item(row, col)
        return item.text().strip() if item else ""

    def extra(self) -> dict[str, Any]:
        items = []
        for row in range(self.table.rowCount()):
            combo = self.table.cellWidget(row, 0)
            assert isinstance(combo, ValueCombo)
            items.append({"kind": combo.value().value, "description": self._text(row, 1),
                          "amount": self._text(row, 2), "interest_from": self._text(row, 3)})  # fmt: skip
        extra: dict[str, Any] = {"items": items, **self.filing.extra()}
        if self.draft.isChecked():
            extra["draft"] = True
        lines = [ln.strip() for ln in self.evidence.toPlainText().splitlines() if ln.strip()]
        if lines:
            extra["evidence"] = lines
        return extra

    def set_lawyers(self, lawyers: list[tuple[str, str]]) -> None:
        self.filing.set_lawyers(lawyers)


class ChronologyOptions(Options):
    """Layout in ui/chronology_options.ui."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = ui = Ui_ChronologyOptions()
        ui.setupUi(self)
        self.start, self.end = ui.start, ui.end
        self.start.textChanged.connect(self.changed)
        self.end.textChanged.connect(self.changed)

    def extra(self) -> dict[str, Any]:
        return {"from": self.start.text().strip(), "to": self.end.text().strip()}


def options_for(kind: str) -> Options:
    panels: dict[str, type[Options]] = {
        "vulnerable-witness": WitnessOptions,
        "property-claim": ClaimOptions,
        "civil-claim": ClaimOptions,
        "chronology": ChronologyOptions,
    }
    return panels.get(kind, NoOptions)()
