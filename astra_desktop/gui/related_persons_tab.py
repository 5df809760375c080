"""The client's related persons: a table, and a form to add one or change or remove the chosen one.

The table is read through the task runner when one is given (gui/loading.py): meanwhile the tab
says so, the table and Remove wait, and the form can be typed into (what arrives leaves it be)."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QLabel, QTableWidgetItem, QWidget

from astra_desktop.core.enums import Relation
from astra_desktop.core.models import RelatedPerson
from astra_desktop.core.roles import Permission, allowed
from astra_desktop.errors import AstraError, ValidationError
from astra_desktop.gui import labels
from astra_desktop.gui.dialogs import Messages
from astra_desktop.gui.forms.ui_related_persons_tab import Ui_RelatedPersonsTab
from astra_desktop.gui.loading import Loader, say
from astra_desktop.gui.record_form import Field
from astra_desktop.gui.tasks import TaskRunner
from astra_desktop.services import related_persons
from astra_desktop.services.session import Session


class RelatedPersonsTab(QWidget):
    """Choosing a row loads it into the form for editing; "New" empties the form for another.
    Layout in ui/related_persons_tab.ui; the form's fields are listed here."""

    saved = Signal()

    def __init__(
        self,
        session: Session,
        client_id: str,
        parent: QWidget | None = None,
        runner: TaskRunner | None = None,
    ) -> None:
        super().__init__(parent)
        self.session, self.client_id = session, client_id
        self.people: list[RelatedPerson] = []
        self.editing: RelatedPerson | None = None
        fields = [
            Field("name", self.tr("&Name")),
            Field("relation", self.tr("&Relation"), "enum", Relation, labels.relations),
            Field("is_risk", self.tr("Ris&k"), "bool",
                  placeholder=self.tr("This person is a danger to the client")),
            Field("contact", self.tr("C&ontact")),
            Field("address", self.tr("A&ddress")),
            Field("notes", self.tr("No&tes"), "multiline"),
        ]  # fmt: skip
        self.ui = ui = Ui_RelatedPersonsTab()
        ui.setupUi(self)
        self.table, self.form = ui.table, ui.form
        self.table.itemSelectionChanged.connect(self._chosen)
        self.form.set_fields(fields)
        self.new_button, self.remove_button = ui.new_button, ui.remove_button
        self.save_button = ui.save_button
        self.new_button.clicked.connect(self.new)
        self.remove_button.clicked.connect(self.remove)
        self.save_button.clicked.connect(self.save)
        self.loading_label = QLabel(self.tr("Loading the related persons…"))
        self.loading_label.setObjectName("loading_label")
        self.loading_label.setWordWrap(True)
        self.loading_label.hide()
        ui.layout.insertWidget(0, self.loading_label)
        self.loader = Loader(self, runner)
        self.loader.busy_changed.connect(self._show_busy)
        self.new()
        self.reload()

    @property
    def dirty(self) -> bool:
        return self.form.dirty

    def _blank(self) -> RelatedPerson:
        return RelatedPerson(self.client_id, "", Relation.MOTHER)

    @property
    def loading(self) -> bool:
        return self.loader.busy

    def reload(self) -> None:
        """The list as stored now; the form keeps what is typed in it."""
        session, client_id = self.session, self.client_id
        try:
            self.loader.load(
                lambda: related_persons.of_client(session, client_id), self._fill, self._failed
            )
        except AstraError as exc:  # read at once (no runner) and failed
            self._failed(exc)

    def _show_busy(self, busy: bool) -> None:
        """While the list is read: the tab says so, and the table (about to be replaced) and
        Remove wait; the form stays usable."""
        say(self.loading_label, self.tr("Loading the related persons…") if busy else None)
        self.loading_label.setVisible(busy)
        self.table.setEnabled(not busy)
        if busy:
            self.remove_button.setEnabled(False)
        else:
            self._update_buttons()

    def _failed(self, exc: BaseException) -> None:
        """The list could not be read (the client was deleted meanwhile): what is shown stays,
        and the tab says why."""
        say(self.loading_label, None, str(exc))
        self.loading_label.show()

    def _fill(self, people: list[RelatedPerson]) -> None:
        self.people = people
        names = labels.relations()
        self.table.blockSignals(True)
        self.table.setRowCount(len(self.people))
        for row, p in enumerate(self.people):
            risk = self.tr("yes — a risk") if p.is_risk else ""
            cells = (p.name, names.get(p.relation.value, p.relation.value), risk, p.contact,
                     p.address, p.notes.replace("\n", " "))  # fmt: skip
            for col, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, p.id)
                self.table.setItem(row, col, item)
        self.table.clearSelection()
        if self.editing is not None:
            ids = [p.id for p in self.people]
            if self.editing.id in ids:
                self.table.selectRow(ids.index(self.editing.id))
        self.table.blockSignals(False)
        self.table.resizeColumnsToContents()
        self._update_buttons()

    def _update_buttons(self) -> None:
        self.save_button.setText(self.tr("&Add") if self.editing is None else self.tr("&Save"))
        may = allowed(self.session.actor.role, Permission.DELETE_RECORDS)
        self.remove_button.setEnabled(may and self.editing is not None and not self.loading)
        self.remove_button.setToolTip("" if may else self.tr("Only an administrator can remove."))

    def _chosen(self) -> None:
        rows = {i.row() for i in self.table.selectedItems()}
        if len(rows) != 1:
            return
        (row,) = rows
        if not 0 <= row < len(self.people):
            return
        self.editing = self.people[row]
        self.form.load(self.editing)
        self._update_buttons()

    def new(self) -> None:
        self.editing = None
        self.table.clearSelection()
        self.form.load(self._blank())
        self._update_buttons()

    def save(self) -> bool:
        person = self.editing or self._blank()
        try:
            self.form.apply_to(person)
            if self.editing is None:
                related_persons.add(self.session, person)
            else:
                related_persons.update(self.session, person)
        except ValidationError as exc:
            self.form.show_error(exc)
            return False
        except AstraError as exc:
            self.form.error.setText(str(exc))
            return False
        self.editing = None
        self.form.load(self._blank())
        self.reload()
        self.saved.emit()
        return True

    def remove(self) -> bool:
        person = self.editing
        if person is None:
            return False
        if not Messages.ask(
            self,
            self.tr("Remove related person?"),
            self.tr("Remove {0} from the client's related persons?").format(person.name),
            self.tr("Remove"),
            self.tr("Keep"),
        ):
            return False
        try:
            related_persons.remove(self.session, person.id)
        except AstraError as exc:
            self.form.error.setText(str(exc))
            return False
        self.new()
        self.reload()
        self.saved.emit()
        return True
