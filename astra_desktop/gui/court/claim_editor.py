"""The case's compensation claim (Court tab, and the claim documents' options): heads of damage
with amounts in dinars, the day interest runs from and the evidence of each, the costs, the
facts, the civil court. Saved in the vault; the property claim and the civil suit are made
from it.

Amounts and dates are read here as people type them (1.234,56; dd.mm.yyyy) and a mistake is
named by its row and column and the cell is selected; what only the whole claim can tell (an
amount of nothing, interest from a day to come) comes back from the service in the same way.
"""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QDialogButtonBox,
    QHeaderView,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from astra_desktop.core import claims as cl
from astra_desktop.core.appointments import local_today
from astra_desktop.core.court import Proceeding
from astra_desktop.core.court_documents import DamageKind
from astra_desktop.errors import AstraError
from astra_desktop.gui import style
from astra_desktop.gui.forms.ui_claim_editor import Ui_ClaimEditor
from astra_desktop.gui.guarded_dialog import GuardedDialog
from astra_desktop.gui.loading import Loader, enable_inputs, say
from astra_desktop.gui.screen_fit import fit_to_screen
from astra_desktop.gui.tasks import TaskRunner
from astra_desktop.gui.widgets import ValueCombo
from astra_desktop.services import claims, proceedings
from astra_desktop.services.session import Session


def bad_cell() -> QColor:
    """The background of a cell whose text is not valid (astra.qss, `cell="invalid"`)."""
    return style.background("invalid")


class ClaimEditor(GuardedDialog):
    """Layout in ui/claim_editor.ui; here the rows (a combo per row), reading and saving. Given a
    runner, the claim is read on its worker (gui/loading.py); until it arrives only Close works."""

    saved = Signal()

    ITEM_KIND, ITEM_TEXT, ITEM_AMOUNT, ITEM_INTEREST, ITEM_EVIDENCE = range(5)
    COST_KIND, COST_TEXT, COST_AMOUNT = range(3)

    def __init__(
        self,
        session: Session,
        case_id: str,
        parent: QWidget | None = None,
        runner: TaskRunner | None = None,
    ) -> None:
        super().__init__(parent)
        self.session, self.case_id = session, case_id
        self.ui = ui = Ui_ClaimEditor()
        ui.setupUi(self)
        self.claim: cl.Claim | None = None  # until it is read
        self.proceeding: ValueCombo[str] = ui.proceeding
        self.proceeding.add(self.tr("The case's latest proceeding"), "")
        self.items, self.costs = ui.items, ui.costs
        for table, stretch in ((self.items, self.ITEM_EVIDENCE), (self.costs, self.COST_TEXT)):
            header = table.horizontalHeader()
            header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
            header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
        self.add_item_button, self.remove_item_button = ui.add_item_button, ui.remove_item_button
        self.add_cost_button, self.remove_cost_button = ui.add_cost_button, ui.remove_cost_button
        self.add_item_button.clicked.connect(lambda: self.add_item())
        self.remove_item_button.clicked.connect(lambda: self._remove(self.items))
        self.add_cost_button.clicked.connect(lambda: self.add_cost())
        self.remove_cost_button.clicked.connect(lambda: self._remove(self.costs))
        self.facts, self.civil_court = ui.facts, ui.civil_court
        self.civil_case_number, self.legal_aid = ui.civil_case_number, ui.legal_aid
        self.totals, self.court_hint, self.error = ui.totals, ui.court_hint, ui.error
        self.buttons = ui.buttons
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        self.items.itemChanged.connect(lambda _i: self._update_totals())
        fit_to_screen(self, 900, 700)  # the items' five columns and the costs side by side
        self.loader = Loader(self, runner)
        self.loader.busy_changed.connect(self._show_busy)
        self.loader.load(
            lambda: (claims.get(session, case_id), proceedings.of_case(session, case_id)),
            self._fill,
            self._failed,
        )

    @property
    def loading(self) -> bool:
        return self.loader.busy

    def _show_busy(self, busy: bool) -> None:
        """While the claim is read: the inputs are greyed out, Save too, and the dialog says so."""
        self._enable_inputs(not busy)
        say(self.error, self.tr("Loading the claim…") if busy else None)

    def _enable_inputs(self, enabled: bool) -> None:
        enable_inputs(self, enabled, self.buttons, self.error, QDialogButtonBox.StandardButton.Save)

    def _failed(self, exc: BaseException) -> None:
        self._enable_inputs(False)
        say(self.error, None, str(exc))

    def _fill(self, found: tuple[cl.Claim, list[Proceeding]]) -> None:
        self.claim, of_case = found
        for p in of_case:
            self.proceeding.add(p.title, p.id)
        self._load()
        self.mark_untouched()  # what it opened with, also when it was on screen while loading

    def damage_labels(self) -> dict[DamageKind, str]:
        tr = self.tr
        return {
            DamageKind.UNPAID_WAGES: tr("Unpaid wages"), DamageKind.MEDICAL: tr("Medical costs"),
            DamageKind.TRAVEL: tr("Travel costs"), DamageKind.LOST_EARNINGS: tr("Lost earnings"),
            DamageKind.OTHER_MATERIAL: tr("Other material damage"),
            DamageKind.MENTAL_SUFFERING: tr("Mental suffering (liberty and personal rights)"),
            DamageKind.FEAR: tr("Fear"), DamageKind.PHYSICAL_PAIN: tr("Physical pain"),
            DamageKind.OTHER_NON_MATERIAL: tr("Other non-material damage"),
        }  # fmt: skip

    def cost_labels(self) -> dict[cl.CostKind, str]:
        tr = self.tr
        return {
            cl.CostKind.LAWYER: tr("Lawyer's fee"), cl.CostKind.COURT_FEE: tr("Court fees"),
            cl.CostKind.EXPERT: tr("Expert opinion"),
            cl.CostKind.INTERPRETER: tr("Interpreter and translation"),
            cl.CostKind.TRAVEL: tr("Travel to hearings"), cl.CostKind.OTHER: tr("Other costs"),
        }  # fmt: skip

    def _combo(self, table: QTableWidget, row: int, labels: dict, value: object) -> None:
        combo: ValueCombo[object] = ValueCombo()
        for key, label in labels.items():
            combo.add(label, key)
        combo.set_value(value)
        combo.currentIndexChanged.connect(lambda _i: self._update_totals())
        table.setCellWidget(row, 0, combo)

    def add_item(self, item: cl.ClaimItem | None = None) -> int:
        item = item or cl.ClaimItem(DamageKind.UNPAID_WAGES)
        row = self.items.rowCount()
        self.items.insertRow(row)
        self._combo(self.items, row, self.damage_labels(), item.kind)
        amount = _amount_text(item.amount)
        interest = f"{item.interest_from:%d.%m.%Y}" if item.interest_from else ""
        for col, text in ((self.ITEM_TEXT, item.description), (self.ITEM_AMOUNT, amount),
                          (self.ITEM_INTEREST, interest),
                          (self.ITEM_EVIDENCE, "; ".join(item.evidence))):  # fmt: skip
            self.items.setItem(row, col, QTableWidgetItem(text))
        self.items.setCurrentCell(row, self.ITEM_TEXT)
        self._order_tabs(self.items, self.add_item_button)
        self._update_totals()
        return row

    def add_cost(self, cost: cl.ClaimCost | None = None) -> int:
        cost = cost or cl.ClaimCost(cl.CostKind.LAWYER)
        row = self.costs.rowCount()
        self.costs.insertRow(row)
        self._combo(self.costs, row, self.cost_labels(), cost.kind)
        self.costs.setItem(row, self.COST_TEXT, QTableWidgetItem(cost.description))
        self.costs.setItem(row, self.COST_AMOUNT, QTableWidgetItem(_amount_text(cost.amount)))
        self.costs.setCurrentCell(row, self.COST_TEXT)
        self._order_tabs(self.costs, self.add_cost_button)
        return row

    def _remove(self, table: QTableWidget) -> None:
        rows = sorted({i.row() for i in table.selectedIndexes()} or {table.currentRow()})
        for row in reversed([r for r in rows if r >= 0]):
            table.removeRow(row)
        self._update_totals()

    def _order_tabs(self, table: QTableWidget, after: QWidget) -> None:
        """Tab goes from the table through its rows' combo boxes to the button below it (a cell
        widget would otherwise come last, after the dialog's own buttons)."""
        previous: QWidget = table
        for row in range(table.rowCount()):
            combo = table.cellWidget(row, 0)
            if combo is not None:
                QWidget.setTabOrder(previous, combo)
                previous = combo
        QWidget.setTabOrder(previous, after)

    def _load(self) -> None:
        c = self.claim
        assert c is not None
        self.proceeding.set_value(c.proceeding_id or "")
        self.items.blockSignals(True)
        for item in c.items:
            self.add_item(item)
        self.items.blockSignals(False)
        for cost in c.costs:
            self.add_cost(cost)
        self.facts.setPlainText(c.facts)
        self.civil_court.setText(c.civil_court)
        self.civil_case_number.setText(c.civil_case_number)
        self.legal_aid.setText(c.legal_aid)
        self._update_totals()

    # --- reading what was typed -------------------------------------------------------------------------
    def _text(self, table: QTableWidget, row: int, col: int) -> str:
        cell = table.item(row, col)
        return cell.text().strip() if cell else ""

    def _kind(self, table: QTableWidget, row: int) -> object:
        combo = table.cellWidget(row, 0)
        assert isinstance(combo, ValueCombo)
        return combo.value()

    def _problem(self, table: QTableWidget, row: int, col: int, message: str) -> None:
        cell = table.item(row, col)
        if cell is not None:
            cell.setBackground(QBrush(bad_cell()))
        table.setCurrentCell(row, col)
        table.setFocus()
        raise _Typed(message)

    def _amount(self, table: QTableWidget, row: int, col: int, what: str) -> Decimal | None:
        text = self._text(table, row, col)
        try:
            amount = cl.parse_optional_amount(text)
        except AstraError:
            self._problem(table, row, col, self.tr(
                "{0} {1}: “{2}” is not an amount in dinars. Write it as 1.234,56, or leave it "
                "empty to specify it later.").format(what, row + 1, text))  # fmt: skip
            return None
        if amount is not None and amount <= 0:
            self._problem(table, row, col, self.tr(
                "{0} {1}: the amount must be more than zero. Leave it empty if it is to be "
                "specified later.").format(what, row + 1))  # fmt: skip
        return amount

    def read_items(self) -> list[cl.ClaimItem]:
        found = []
        for row in range(self.items.rowCount()):
            amount = self._amount(self.items, row, self.ITEM_AMOUNT, self.tr("Item"))
            text = self._text(self.items, row, self.ITEM_INTEREST)
            try:
                interest = cl.parse_day(text)
            except AstraError:
                self._problem(self.items, row, self.ITEM_INTEREST, self.tr(
                    "Item {0}: “{1}” is not a date. Write the day interest runs from as "
                    "dd.mm.yyyy, e.g. 30.06.2023, or leave it empty for the day of the "
                    "judgment.").format(row + 1, text))  # fmt: skip
                interest = None
            if interest is not None and interest > local_today():
                self._problem(self.items, row, self.ITEM_INTEREST, self.tr(
                    "Item {0}: interest cannot run from {1}, a day still to come. Leave the date "
                    "empty for interest from the day of the judgment.").format(row + 1, text))  # fmt: skip
            evidence = self._text(self.items, row, self.ITEM_EVIDENCE).replace(";", "\n")
            kind = self._kind(self.items, row)
            assert isinstance(kind, DamageKind)
            found.append(cl.ClaimItem(kind, amount, self._text(self.items, row, self.ITEM_TEXT),
                                      interest, cl.lines(evidence)))  # fmt: skip
        return found

    def read_costs(self) -> list[cl.ClaimCost]:
        found = []
        for row in range(self.costs.rowCount()):
            amount = self._amount(self.costs, row, self.COST_AMOUNT, self.tr("Cost"))
            kind = self._kind(self.costs, row)
            assert isinstance(kind, cl.CostKind)
            found.append(cl.ClaimCost(kind, amount, self._text(self.costs, row, self.COST_TEXT)))
        return found

    def _clear_marks(self) -> None:
        for table in (self.items, self.costs):
            for row in range(table.rowCount()):
                for col in range(1, table.columnCount()):
                    cell = table.item(row, col)
                    if cell is not None:
                        cell.setBackground(QBrush())

    def _update_totals(self) -> None:
        """The totals over the amounts that read as amounts, and the civil court by the value."""
        items = []
        for row in range(self.items.rowCount()):
            try:
                amount = cl.parse_optional_amount(self._text(self.items, row, self.ITEM_AMOUNT))
            except AstraError:
                continue
            kind = self._kind(self.items, row)
            if isinstance(kind, DamageKind):
                items.append(cl.ClaimItem(kind, amount))
        material, other = cl.total(items, True), cl.total(items, False)
        self.totals.setText(self.tr("Material {0} RSD · non-material {1} RSD · total {2} RSD").format(
            _amount_text(material), _amount_text(other), _amount_text(material + other)))  # fmt: skip
        levels = {
            cl.CourtLevel.BASIC: self.tr("a basic court (osnovni sud)"),
            cl.CourtLevel.HIGHER: self.tr("a higher court (viši sud)"),
            cl.CourtLevel.UNSURE: self.tr("a basic or a higher court, by the euro rate of the day"),
        }
        level = cl.court_level(material + other)
        self.court_hint.setText(self.tr(
            "By the value of the dispute the civil suit goes to {0}: where the defendant lives or "
            "where the harm was done. Left empty, the suit names the level and leaves the seat "
            "to fill in.").format(levels[level]))  # fmt: skip

    # --- saving ------------------------------------------------------------------------------------------
    def save(self) -> bool:
        if self.claim is None:
            return False  # not read yet (Save is greyed out meanwhile)
        self._clear_marks()
        try:
            self.claim.items = self.read_items()
            self.claim.costs = self.read_costs()
        except _Typed as problem:
            self.error.setText(str(problem))
            return False
        c = self.claim
        c.proceeding_id = self.proceeding.value() or None
        c.facts = self.facts.toPlainText()
        c.civil_court = self.civil_court.text()
        c.civil_case_number = self.civil_case_number.text()
        c.legal_aid = self.legal_aid.text()
        try:
            claims.save(self.session, c)
        except AstraError as exc:
            self.error.setText(str(exc))
            return False
        self.error.setText("")
        self.mark_untouched()
        self.saved.emit()
        return True


class _Typed(Exception):
    """What was typed in a cell cannot be read; the message names the row and what to write."""


def _amount_text(value: Decimal | None) -> str:
    """1.234.567,89 as it is typed and shown in Serbia."""
    if value is None:
        return ""
    whole, _, cents = f"{value:,.2f}".partition(".")
    return whole.replace(",", ".") + "," + cents
