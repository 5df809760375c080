"""Powers of attorney of a proceeding (Court tab): which lawyer the client authorised, when and
for what. A filing names the lawyer "po punomoćju" and lists the power of attorney first among
its attachments."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from astra_desktop.core.profiles import PowerOfAttorney
from astra_desktop.errors import AstraError, ValidationError
from astra_desktop.gui import style
from astra_desktop.gui.dialogs import Messages
from astra_desktop.gui.screen_fit import fit_to_screen
from astra_desktop.gui.widgets import DateField, ValueCombo
from astra_desktop.services import profiles
from astra_desktop.services.session import Session


class PowersDialog(QDialog):
    """The list, a form to add one, and Remove; every change is saved at once (and audited)."""

    def __init__(self, session: Session, proceeding_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session, self.proceeding_id = session, proceeding_id
        self.setWindowTitle(self.tr("Powers of attorney"))
        self.table = QTableWidget(0, 3)
        self.table.setHorizontalHeaderLabels([self.tr("Lawyer"), self.tr("Given on"),
                                              self.tr("Scope")])  # fmt: skip
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().hide()
        self.remove_button = QPushButton(self.tr("&Remove"))
        self.remove_button.clicked.connect(self.remove_selected)
        self.lawyer: ValueCombo[str] = ValueCombo()
        self.granted_on = DateField()
        self.granted_on.set_value(date.today())
        self.scope = QLineEdit()
        self.scope.setPlaceholderText(
            self.tr("e.g. zastupanje oštećene u krivičnom postupku i podnošenje "
                    "imovinskopravnog zahteva")
        )  # fmt: skip
        self.add_button = QPushButton(self.tr("&Add"))
        self.add_button.clicked.connect(self.add)
        self.error = style.error_label()
        self.no_lawyers = QLabel(
            self.tr("No lawyers are recorded yet. An administrator adds them under Users & "
                    "settings → Organisation and lawyers.")
        )  # fmt: skip
        self.no_lawyers.setWordWrap(True)
        new = QGroupBox(self.tr("New power of attorney"))
        form = QFormLayout(new)
        form.addRow(self.tr("&Lawyer"), self.lawyer)
        form.addRow(self.tr("&Given on"), self.granted_on)
        form.addRow(self.tr("&Scope"), self.scope)
        row = QHBoxLayout()
        row.addStretch()
        row.addWidget(self.add_button)
        form.addRow(row)
        form.addRow(self.no_lawyers)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        remove_row = QHBoxLayout()
        remove_row.addWidget(self.remove_button)
        remove_row.addStretch()
        layout.addLayout(remove_row)
        layout.addWidget(new)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self._powers: list[PowerOfAttorney] = []
        self.reload()
        fit_to_screen(self, 620, 440)  # wide enough for the table's three columns

    def reload(self) -> None:
        self._powers = profiles.powers(self.session, self.proceeding_id)
        self.table.setRowCount(len(self._powers))
        for row, p in enumerate(self._powers):
            for col, text in enumerate((p.lawyer, f"{p.granted_on:%d.%m.%Y}", p.scope)):
                self.table.setItem(row, col, QTableWidgetItem(text))
        self.lawyer.clear()
        for x in profiles.lawyers(self.session):
            self.lawyer.add(x.name, x.id)
        has = self.lawyer.count() > 0
        self.no_lawyers.setVisible(not has)
        self.add_button.setEnabled(has)
        self.remove_button.setEnabled(bool(self._powers))

    def add(self) -> bool:
        try:
            day = self.granted_on.value()
            if day is None:
                raise ValidationError(
                    "granted_on", self.tr("Enter the date of the power of attorney.")
                )
            profiles.add_power(self.session, self.proceeding_id, PowerOfAttorney(
                self.lawyer.value(), self.lawyer.currentText(), day, self.scope.text()))  # fmt: skip
        except AstraError as exc:
            self.error.setText(str(exc))
            return False
        self.error.clear()
        self.scope.clear()
        self.reload()
        return True

    def remove_selected(self) -> bool:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return False
        chosen = self._powers[rows[0].row()]
        if not Messages.ask(
            self, self.tr("Remove the power of attorney?"),
            self.tr("Remove the power of attorney given to {0} on {1}?").format(
                chosen.lawyer, f"{chosen.granted_on:%d.%m.%Y}"),
            self.tr("Remove"), self.tr("Cancel"),
        ):  # fmt: skip
            return False
        try:
            profiles.remove_power(self.session, self.proceeding_id, chosen)
        except AstraError as exc:
            self.error.setText(str(exc))
            return False
        self.reload()
        return True
