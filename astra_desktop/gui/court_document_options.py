"""The inputs some court documents take besides the case: the measures and reasons of a
vulnerable-witness request, the items of a property claim, the period of a chronology; and for
both filings, the lawyer who files and who receives the filing (by default the proceeding's stage
decides: the prosecutor during the investigation, then the court, then the appellate court).

Each panel hands back a plain dict (`extra`) that services/court_documents.py reads; amounts and
dates are checked there, so the GUI and the CLI's --extra file are held to the same rules.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from astra_desktop.core.court import ProtectiveMeasure
from astra_desktop.core.court_documents import DEFAULT_MEASURES, DamageKind
from astra_desktop.gui.court_labels import authorities, protective_measures
from astra_desktop.gui.widgets import DateField, EnumChecklist, ValueCombo


class Options(QWidget):
    """A panel of options; `changed` fires on every edit, so the preview can be marked stale."""

    changed = Signal()
    edit_claim = Signal()  # the case's saved claim asked for (the claim documents' panel)

    def extra(self) -> dict[str, Any]:
        return {}

    def set_lawyers(self, lawyers: list[tuple[str, str]]) -> None:
        """The lawyers (id, name) a filing can be signed by; other documents have no use for them."""


class FilingChoices(QWidget):
    """Who files (a lawyer from the profiles) and who receives the filing."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.lawyer: ValueCombo[str] = ValueCombo()
        self.addressee: ValueCombo[str] = ValueCombo()
        self.addressee.add(self.tr("As the proceeding's stage says"), "")
        for key, label in authorities().items():
            self.addressee.add(label, key)
        self.set_lawyers([])
        form = QFormLayout(self)
        form.setContentsMargins(0, 0, 0, 0)
        form.addRow(self.tr("&Lawyer who files"), self.lawyer)
        form.addRow(self.tr("Addre&ssed to"), self.addressee)
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


class NoOptions(Options):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        label = QLabel(self.tr("This document takes nothing but the case."))
        label.setWordWrap(True)
        QVBoxLayout(self).addWidget(label)


class WitnessOptions(Options):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.measures = EnumChecklist(ProtectiveMeasure, protective_measures())
        self.measures.set_values(list(DEFAULT_MEASURES))
        self.measures.setMaximumHeight(150)
        self.reasons = QPlainTextEdit()
        self.reasons.setPlaceholderText(
            self.tr("Particular circumstances of the case (optional): age, health, threats …")
        )
        self.reasons.setMaximumHeight(90)
        self.risk = QCheckBox(self.tr("Include the findings of the latest risk assessment"))
        self.risk.setChecked(True)
        self.filing = FilingChoices()
        form = QFormLayout(self)
        form.addRow(self.filing)
        form.addRow(self.tr("Measures asked for"), self.measures)
        form.addRow(self.tr("Reasons"), self.reasons)
        form.addRow(self.risk)
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
    """The claim's items: head of damage, description, amount in dinars, interest from."""

    COLUMNS = 4

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.table = QTableWidget(0, self.COLUMNS)
        self.table.setHorizontalHeaderLabels([self.tr("Head of damage"), self.tr("Description"),
                                              self.tr("Amount (RSD)"), self.tr("Interest from")])  # fmt: skip
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.table.setColumnWidth(0, 200)
        self.table.verticalHeader().hide()
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.itemChanged.connect(lambda _i: self.changed.emit())
        add = QPushButton(self.tr("&Add an item"))
        remove = QPushButton(self.tr("&Remove the item"))
        add.clicked.connect(lambda: self.add_item())
        remove.clicked.connect(self.remove_selected)
        buttons = QHBoxLayout()
        buttons.addWidget(add)
        buttons.addWidget(remove)
        buttons.addStretch()
        self.evidence = QPlainTextEdit()
        self.evidence.setPlaceholderText(
            self.tr("Evidence, one per line. Left empty: the documents of the case.")
        )
        self.evidence.setMaximumHeight(80)
        self.evidence.textChanged.connect(self.changed)
        hint = QLabel(self.tr("Amounts as 1.234,56. No items here: the case's saved claim is "
                              "used; a claim with no amounts is made as a draft."))  # fmt: skip
        hint.setWordWrap(True)
        self.claim_button = QPushButton(self.tr("The case's compensation cla&im…"))
        self.claim_button.clicked.connect(self.edit_claim)
        self.draft = QCheckBox(self.tr("Mark it as a draft"))
        self.draft.toggled.connect(lambda _c: self.changed.emit())
        self.filing = FilingChoices()
        self.filing.changed.connect(self.changed)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.filing)
        layout.addWidget(self.claim_button)
        layout.addWidget(self.table)
        layout.addLayout(buttons)
        layout.addWidget(hint)
        layout.addWidget(self.evidence)
        layout.addWidget(self.draft)

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
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.start = DateField()
        self.end = DateField()
        form = QFormLayout(self)
        form.addRow(self.tr("From (optional)"), self.start)
        form.addRow(self.tr("To (optional)"), self.end)
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
