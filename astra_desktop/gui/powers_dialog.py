"""Powers of attorney of a proceeding (Court tab): which lawyer the client authorised, when and
for what. A filing names the lawyer "po punomoćju" and lists the power of attorney first among
its attachments."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QHeaderView, QTableWidgetItem, QWidget

from astra_desktop.core.appointments import local_today
from astra_desktop.core.profiles import Lawyer, PowerOfAttorney
from astra_desktop.errors import AstraError, ValidationError
from astra_desktop.gui.dialogs import Messages
from astra_desktop.gui.forms.ui_powers_dialog import Ui_PowersDialog
from astra_desktop.gui.loading import Loader, say
from astra_desktop.gui.screen_fit import fit_to_screen
from astra_desktop.gui.tasks import TaskRunner
from astra_desktop.gui.widgets import ValueCombo
from astra_desktop.services import profiles
from astra_desktop.services.session import Session


class PowersDialog(QDialog):
    """The list, a form to add one, and Remove; every change is saved at once (and audited).
    Laid out in ui/powers_dialog.ui. Given a runner, the list is read on its worker (the dialog
    says so meanwhile); without one, at once."""

    def __init__(
        self,
        session: Session,
        proceeding_id: str,
        parent: QWidget | None = None,
        runner: TaskRunner | None = None,
    ) -> None:
        super().__init__(parent)
        self.session, self.proceeding_id = session, proceeding_id
        self.ui = ui = Ui_PowersDialog()
        ui.setupUi(self)
        self.table, self.remove_button, self.add_button = ui.table, ui.remove_button, ui.add_button
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.lawyer: ValueCombo[str] = ui.lawyer
        self.granted_on, self.scope = ui.granted_on, ui.scope
        self.granted_on.set_value(local_today())
        self.error, self.no_lawyers = ui.error, ui.no_lawyers
        self.remove_button.clicked.connect(self.remove_selected)
        self.add_button.clicked.connect(self.add)
        ui.buttons.rejected.connect(self.reject)
        self._powers: list[PowerOfAttorney] = []
        self.loader = Loader(self, runner)
        self.loader.busy_changed.connect(self._show_busy)
        self.reload()
        fit_to_screen(self, 620, 440)  # wide enough for the table's three columns

    @property
    def loading(self) -> bool:
        return self.loader.busy

    def reload(self) -> None:
        """Read the powers and the lawyers (on the runner's worker when there is one)."""
        session, proceeding_id = self.session, self.proceeding_id
        self.loader.load(
            lambda: (profiles.powers(session, proceeding_id), profiles.lawyers(session)),
            self._fill,
            self._failed,
        )

    def _show_busy(self, busy: bool) -> None:
        """While reading: the list and the new power's inputs greyed out, and a line says so."""
        for widget in (self.table, self.remove_button, self.ui.new):
            widget.setEnabled(not busy)
        say(self.error, self.tr("Loading the powers of attorney…") if busy else None)

    def _failed(self, exc: BaseException) -> None:
        """Not read (the proceeding deleted meanwhile, say): said so; only Close is left."""
        self._show_busy(False)
        for widget in (self.table, self.remove_button, self.ui.new):
            widget.setEnabled(False)
        say(self.error, None, str(exc))

    def _fill(self, read: tuple[list[PowerOfAttorney], list[Lawyer]]) -> None:
        self._powers, lawyers = read
        self.table.setRowCount(len(self._powers))
        for row, p in enumerate(self._powers):
            for col, text in enumerate((p.lawyer, f"{p.granted_on:%d.%m.%Y}", p.scope)):
                self.table.setItem(row, col, QTableWidgetItem(text))
        self.lawyer.clear()
        for x in lawyers:
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
