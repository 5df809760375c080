"""Organisation and lawyers (Users & settings, administrators): the letterhead the organisation's
documents carry, and the lawyers who sign filings — name, office, bar chamber and number; from
here also the wording of the documents (Document templates…)."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QHeaderView, QTableWidgetItem, QWidget

from astra_desktop.core.court_names import town_forms
from astra_desktop.core.profiles import Lawyer, Organisation
from astra_desktop.errors import AstraError
from astra_desktop.gui.dialogs import Messages
from astra_desktop.gui.forms.ui_lawyer_dialog import Ui_LawyerDialog
from astra_desktop.gui.forms.ui_profiles_dialog import Ui_ProfilesDialog
from astra_desktop.gui.guarded_dialog import GuardedDialog
from astra_desktop.gui.loading import Loader, enable_inputs, say
from astra_desktop.gui.screen_fit import fit_to_screen
from astra_desktop.gui.tasks import TaskRunner
from astra_desktop.services import profiles
from astra_desktop.services.session import Session

SAVE = QDialogButtonBox.StandardButton.Save


class LawyerDialog(GuardedDialog):
    """One lawyer's profile; a new one with `lawyer` None. Laid out in ui/lawyer_dialog.ui."""

    def __init__(
        self, session: Session, lawyer: Lawyer | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.session = session
        self.lawyer = lawyer or Lawyer("")
        self.ui = ui = Ui_LawyerDialog()
        ui.setupUi(self)
        self.setWindowTitle(self.tr("Lawyer") if lawyer else self.tr("Add a lawyer"))
        self.name, self.office_address, self.city = ui.name, ui.office_address, ui.city
        self.bar_chamber, self.bar_number = ui.bar_chamber, ui.bar_number
        self.city_in, self.city_from = ui.city_in, ui.city_from
        self.forms, self.error = ui.forms, ui.error
        for edit, text in ((self.name, self.lawyer.name),
                           (self.office_address, self.lawyer.office_address),
                           (self.city, self.lawyer.city), (self.bar_chamber, self.lawyer.bar_chamber),
                           (self.bar_number, self.lawyer.bar_number),
                           (self.city_in, self.lawyer.city_in),
                           (self.city_from, self.lawyer.city_from)):  # fmt: skip
            edit.setText(text)
        for edit in (self.city, self.city_in, self.city_from):
            edit.textChanged.connect(self._show_forms)
        ui.buttons.accepted.connect(self.save)
        ui.buttons.rejected.connect(self.reject)
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
    own dialog). Laid out in ui/profiles_dialog.ui. Given a runner, both are read on its worker
    (the dialog says so meanwhile, only Close works); without one, at once."""

    def __init__(
        self, session: Session, parent: QWidget | None = None, runner: TaskRunner | None = None
    ) -> None:
        super().__init__(parent)
        self.session, self.runner = session, runner
        self.ui = ui = Ui_ProfilesDialog()
        ui.setupUi(self)
        self.org_name, self.org_address, self.org_city = ui.org_name, ui.org_address, ui.org_city
        self.registration_number, self.tax_number = ui.registration_number, ui.tax_number
        self.error, self.status, self.table = ui.error, ui.status, ui.table
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        # the bar chamber's heading is the longest (in Cyrillic too): never cut it off
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        self.table.doubleClicked.connect(lambda _i: self.edit_lawyer())
        self.add_button, self.edit_button = ui.add_button, ui.edit_button
        self.remove_button = ui.remove_button
        self.add_button.clicked.connect(lambda: self.add_lawyer())
        self.edit_button.clicked.connect(lambda: self.edit_lawyer())
        self.remove_button.clicked.connect(self.remove_lawyer)
        ui.buttons.accepted.connect(self.save)
        ui.buttons.rejected.connect(self.reject)
        # the wording of the documents, kept in the vault (gui/templates_dialog.py)
        self.templates_button = ui.buttons.addButton(
            self.tr("Document &templates…"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.templates_button.setObjectName("templates_button")
        self.templates_button.clicked.connect(lambda: self.edit_templates())
        self._lawyers: list[Lawyer] = []
        self.loaded = False  # the letterhead is shown (once: a reload must not undo typing)
        self.loader = Loader(self, runner)
        self.loader.busy_changed.connect(self._show_busy)
        self.reload()
        fit_to_screen(self, 640, 520)  # wide enough for the lawyers' columns

    @property
    def loading(self) -> bool:
        return self.loader.busy

    def reload(self) -> None:
        """Read the letterhead and the lawyers (on the runner's worker when there is one)."""
        session = self.session
        self.loader.load(
            lambda: (profiles.organisation(session), profiles.lawyers(session)),
            self._fill,
            self._failed,
        )

    def _show_busy(self, busy: bool) -> None:
        """While reading: the inputs and Save greyed out (Close works), and a line says so."""
        enable_inputs(self, not busy, self.ui.buttons, self.error, SAVE)
        say(self.error, self.tr("Loading the organisation and its lawyers…") if busy else None)

    def _failed(self, exc: BaseException) -> None:
        """Not read (the vault in trouble): said so; only Close is left."""
        enable_inputs(self, False, self.ui.buttons, self.error, SAVE)
        say(self.error, None, str(exc))

    def _fill(self, read: tuple[Organisation, list[Lawyer]]) -> None:
        org, self._lawyers = read
        if not self.loaded:
            for edit, text in ((self.org_name, org.name), (self.org_address, org.address),
                               (self.org_city, org.city),
                               (self.registration_number, org.registration_number),
                               (self.tax_number, org.tax_number)):  # fmt: skip
                edit.setText(text)
            self.loaded = True
            self.mark_untouched()  # what it opened with is not typing, shown meanwhile or not
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

        dialog = TemplatesDialog(self.session, self, runner=self.runner)
        dialog.open()
        return dialog

    def save(self) -> bool:
        """Save the letterhead; the dialog stays open (the lawyers are saved one by one)."""
        if not self.loaded:
            return False
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
