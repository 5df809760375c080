"""Organisation and lawyers (Users & settings, administrators): the letterhead the organisation's
documents carry, and the lawyers who sign filings — name, office, bar chamber and number; from
here also the wording of the documents (Document templates…)."""

from __future__ import annotations

from dataclasses import replace

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

from astra_desktop.core.court_names import town_forms
from astra_desktop.core.profiles import Lawyer, Organisation
from astra_desktop.errors import AstraError
from astra_desktop.gui import style
from astra_desktop.gui.dialogs import Messages
from astra_desktop.gui.guarded_dialog import GuardedDialog
from astra_desktop.gui.screen_fit import fit_to_screen
from astra_desktop.services import profiles
from astra_desktop.services.session import Session


def _error_label() -> QLabel:
    return style.error_label()


class LawyerDialog(GuardedDialog):
    """One lawyer's profile; a new one with `lawyer` None."""

    def __init__(
        self, session: Session, lawyer: Lawyer | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.session = session
        self.lawyer = lawyer or Lawyer("")
        self.setWindowTitle(self.tr("Lawyer") if lawyer else self.tr("Add a lawyer"))
        self.name = QLineEdit(self.lawyer.name)
        self.office_address = QLineEdit(self.lawyer.office_address)
        self.office_address.setPlaceholderText("Kneza Miloša 10")
        self.city = QLineEdit(self.lawyer.city)
        self.city.setPlaceholderText("Beograd")
        self.bar_chamber = QLineEdit(self.lawyer.bar_chamber)
        self.bar_chamber.setPlaceholderText("Advokatska komora Beograda")
        self.bar_number = QLineEdit(self.lawyer.bar_number)
        self.city_in = QLineEdit(self.lawyer.city_in)
        self.city_from = QLineEdit(self.lawyer.city_from)
        self.forms = QLabel()
        self.forms.setWordWrap(True)
        self.city.textChanged.connect(self._show_forms)
        self.city_in.textChanged.connect(self._show_forms)
        self.city_from.textChanged.connect(self._show_forms)
        self.error = _error_label()
        form = QFormLayout()
        form.addRow(self.tr("&Name"), self.name)
        form.addRow(self.tr("&Office address"), self.office_address)
        form.addRow(self.tr("&Town"), self.city)
        form.addRow(self.tr("Bar &chamber"), self.bar_chamber)
        form.addRow(self.tr("&Bar registration number"), self.bar_number)
        form.addRow(self.tr("Town after “U” (optional)"), self.city_in)
        form.addRow(self.tr("Town after “iz” (optional)"), self.city_from)
        form.addRow("", self.forms)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self._show_forms()
        fit_to_screen(self)

    def _show_forms(self) -> None:
        """How a filing will write the town: "U Beogradu, dana …", "advokat iz Beograda"."""
        loc, gen = town_forms(self.city.text())
        loc = self.city_in.text().strip() or loc
        gen = self.city_from.text().strip() or gen
        self.forms.setText(
            self.tr("Filings will say: “U {0}, dana …” and “advokat iz {1}”.").format(loc, gen)
            if loc or gen
            else ""
        )

    def save(self) -> bool:
        edited = replace(
            self.lawyer, name=self.name.text(), office_address=self.office_address.text(),
            city=self.city.text(), bar_chamber=self.bar_chamber.text(),
            bar_number=self.bar_number.text(), city_in=self.city_in.text(),
            city_from=self.city_from.text(),
        )  # fmt: skip
        try:
            self.lawyer = profiles.save_lawyer(self.session, edited)
        except AstraError as exc:
            self.error.setText(str(exc))
            return False
        self.accept()
        return True


class ProfilesDialog(GuardedDialog):
    """The organisation's letterhead (saved with Save) and the list of lawyers (each saved in its
    own dialog)."""

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.setWindowTitle(self.tr("Organisation and lawyers"))
        org = profiles.organisation(session)
        self.org_name = QLineEdit(org.name)
        self.org_address = QLineEdit(org.address)
        self.org_city = QLineEdit(org.city)
        self.registration_number = QLineEdit(org.registration_number)
        self.tax_number = QLineEdit(org.tax_number)
        self.error = _error_label()
        self.status = QLabel()
        letterhead = QGroupBox(self.tr("Letterhead of the organisation's documents"))
        form = QFormLayout(letterhead)
        form.addRow(self.tr("&Name"), self.org_name)
        form.addRow(self.tr("&Address"), self.org_address)
        form.addRow(self.tr("&Town"), self.org_city)
        form.addRow(self.tr("&Registration number (matični broj)"), self.registration_number)
        form.addRow(self.tr("&Tax number (PIB)"), self.tax_number)

        self.table = QTableWidget(0, 3)
        self.table.setHorizontalHeaderLabels(
            [self.tr("Lawyer"), self.tr("Office"), self.tr("Bar chamber and number")]
        )
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        # the bar chamber's heading is the longest (in Cyrillic too): never cut it off
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        self.table.verticalHeader().hide()
        self.table.doubleClicked.connect(lambda _i: self.edit_lawyer())
        self.add_button = QPushButton(self.tr("Add a &lawyer…"))
        self.edit_button = QPushButton(self.tr("&Edit…"))
        self.remove_button = QPushButton(self.tr("Re&move"))
        self.add_button.clicked.connect(lambda: self.add_lawyer())
        self.edit_button.clicked.connect(lambda: self.edit_lawyer())
        self.remove_button.clicked.connect(self.remove_lawyer)
        lawyers_box = QGroupBox(self.tr("Lawyers who sign filings"))
        box = QVBoxLayout(lawyers_box)
        box.addWidget(self.table)
        row = QHBoxLayout()
        for b in (self.add_button, self.edit_button, self.remove_button):
            row.addWidget(b)
        row.addStretch()
        box.addLayout(row)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Close
        )
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        # the wording of the documents, kept in the vault (gui/templates_dialog.py)
        self.templates_button = buttons.addButton(
            self.tr("Document &templates…"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.templates_button.clicked.connect(lambda: self.edit_templates())
        layout = QVBoxLayout(self)
        layout.addWidget(letterhead)
        layout.addWidget(self.error)
        layout.addWidget(self.status)
        layout.addWidget(lawyers_box, 1)
        layout.addWidget(buttons)
        self._lawyers: list[Lawyer] = []
        self.reload()
        fit_to_screen(self, 640, 520)  # wide enough for the lawyers' columns

    def reload(self) -> None:
        self._lawyers = profiles.lawyers(self.session)
        self.table.setRowCount(len(self._lawyers))
        for row, x in enumerate(self._lawyers):
            office = ", ".join(v for v in (x.office_address, x.city) if v)
            bar = ", ".join(v for v in (x.bar_chamber, x.bar_number) if v)
            for col, text in enumerate((x.name, office, bar)):
                self.table.setItem(row, col, QTableWidgetItem(text))

    def selected(self) -> Lawyer | None:
        rows = self.table.selectionModel().selectedRows()
        return self._lawyers[rows[0].row()] if rows else None

    def add_lawyer(self) -> LawyerDialog:
        dialog = LawyerDialog(self.session, None, self)
        dialog.accepted.connect(self.reload)
        dialog.open()
        return dialog

    def edit_lawyer(self) -> LawyerDialog | None:
        chosen = self.selected()
        if chosen is None:
            return None
        dialog = LawyerDialog(self.session, chosen, self)
        dialog.accepted.connect(self.reload)
        dialog.open()
        return dialog

    def remove_lawyer(self) -> bool:
        chosen = self.selected()
        if chosen is None or not Messages.ask(
            self,
            self.tr("Remove the lawyer?"),
            self.tr("Remove {0} from the lawyers? Powers of attorney already recorded keep the "
                    "name.").format(chosen.name),
            self.tr("Remove"),
            self.tr("Cancel"),
        ):  # fmt: skip
            return False
        try:
            profiles.remove_lawyer(self.session, chosen.id)
        except AstraError as exc:
            Messages.error(self, self.tr("Lawyers"), str(exc))
            return False
        self.reload()
        return True

    def edit_templates(self) -> QDialog:
        from astra_desktop.gui.templates_dialog import TemplatesDialog

        dialog = TemplatesDialog(self.session, self)
        dialog.open()
        return dialog

    def save(self) -> bool:
        """Save the letterhead; the dialog stays open (the lawyers are saved one by one)."""
        org = Organisation(
            self.org_name.text(), self.org_address.text(), self.org_city.text(),
            self.registration_number.text(), self.tax_number.text(),
        )  # fmt: skip
        try:
            profiles.save_organisation(self.session, org)
        except AstraError as exc:
            self.status.clear()
            self.error.setText(str(exc))
            return False
        self.error.clear()
        self.status.setText(self.tr("The letterhead is saved."))
        self.mark_untouched()
        return True
