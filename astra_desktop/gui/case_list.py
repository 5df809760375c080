"""Clients & cases: search as you type, filters, the lazily loaded list, and "New client"."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QModelIndex, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QHeaderView,
    QWidget,
)

from astra_desktop.core.enums import CaseStatus, ExploitationType
from astra_desktop.core.models import Case, Client
from astra_desktop.errors import AstraError, ValidationError
from astra_desktop.gui import i18n, labels
from astra_desktop.gui.case_forms import client_fields
from astra_desktop.gui.case_list_model import CASE_ID_ROLE, CaseListModel, Column
from astra_desktop.gui.change_hub import refresh_on
from astra_desktop.gui.dialog_drafts import keep_as_draft
from astra_desktop.gui.forms.ui_case_list_page import Ui_CaseListPage
from astra_desktop.gui.forms.ui_new_client_dialog import Ui_NewClientDialog
from astra_desktop.gui.guarded_dialog import GuardedDialog
from astra_desktop.gui.record_form import Field, RecordForm
from astra_desktop.gui.screen_fit import fit_to_screen
from astra_desktop.gui.tasks import TaskRunner
from astra_desktop.gui.widgets import ValueCombo
from astra_desktop.services import clients
from astra_desktop.services.clients import CaseQuery
from astra_desktop.services.session import Session

# No debounce: an answer takes ~5 ms of the worker's time (services/clients.py), so the list follows
# every key; a key typed while the worker is busy supersedes the older text, which is never run.
# The zero-interval timer only gathers text changes made in one pass of the event loop.
SEARCH_DELAY_MS = 0


class CaseListPage(QWidget):
    open_case = Signal(str)

    def __init__(self, session: Session, runner: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.ui = ui = Ui_CaseListPage()  # layout in ui/case_list_page.ui
        ui.setupUi(self)
        self.search = ui.search
        self.status: ValueCombo[tuple[CaseStatus, ...]] = ui.status
        self.status.add(self.tr("Open cases"), (CaseStatus.ACTIVE, CaseStatus.FOLLOW_UP))
        self.status.add(self.tr("All statuses"), ())
        for status, name in labels.case_statuses().items():
            self.status.add(name, (CaseStatus(status),))
        self.exploitation: ValueCombo[ExploitationType | None] = ui.exploitation
        self.exploitation.add(self.tr("Any exploitation"), None)
        for value, name in labels.exploitation_types().items():
            self.exploitation.add(name, ExploitationType(value))
        self.risk: ValueCombo[tuple[tuple[str, ...], bool]] = ui.risk
        self.risk.add(self.tr("Any risk level"), ((), False))
        self.risk.add(self.tr("High risk"), (("high",), False))
        self.risk.add(self.tr("High risk, reassessment overdue"), (("high",), True))
        self.risk.add(self.tr("Medium risk"), (("medium",), False))
        self.risk.add(self.tr("Low risk"), (("low",), False))
        self.risk.add(self.tr("Not assessed"), (("",), False))
        self.mine = ui.mine
        self.new_button = ui.new_button
        self.new_button.clicked.connect(self.new_client)
        self.count = ui.count

        self.model = CaseListModel(session, runner)
        self.view = ui.view
        self.view.setModel(self.model)
        # the first screenful as tall as the screen, the rest read once it is painted
        self.model.watch_paints(self.view)
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(Column.CLIENT, QHeaderView.ResizeMode.Stretch)
        # The model's query is already sorted so: shown without asking the model to sort, which
        # would read a first page of every case before apply_filters reads the open ones.
        header.blockSignals(True)
        header.setSortIndicator(Column.UPDATED, Qt.SortOrder.DescendingOrder)
        header.blockSignals(False)
        for col, width in (
            (Column.CASE_CODE, 130),
            (Column.STATUS, 140),
            (Column.OPENED, 100),
            (Column.UPDATED, 140),
            (Column.RISK, 170),
        ):
            self.view.setColumnWidth(col, width)
        self.view.activated.connect(self._activated)
        self.model.loaded.connect(self._loaded)

        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(SEARCH_DELAY_MS)
        self._debounce.timeout.connect(self.apply_filters)
        self.search.textChanged.connect(self._debounce.start)
        self.search.returnPressed.connect(self._open_first)
        for combo in (self.status, self.exploitation, self.risk):
            combo.currentIndexChanged.connect(self.apply_filters)
        self.mine.toggled.connect(self.apply_filters)
        self.setFocusProxy(self.search)
        self.apply_filters()
        refresh_on(self, session, None, self.model.refresh)

    def current_query(self) -> CaseQuery:
        old = self.model.query
        risk_levels, risk_overdue = self.risk.value()
        return CaseQuery(
            text=self.search.text(),
            statuses=self.status.value(),
            assigned_to_me=self.mine.isChecked(),
            exploitation=self.exploitation.value(),
            risk_levels=risk_levels,
            risk_overdue=risk_overdue,
            sort=old.sort,
            descending=old.descending,
            alphabet=i18n.alphabet(),
        )

    def apply_filters(self) -> None:
        self._debounce.stop()
        self.model.set_query(self.current_query())

    def _loaded(self, count: int) -> None:
        self.count.setText(self.tr("%n case(s)", "", count))

    def _activated(self, index: QModelIndex) -> None:
        case_id = index.data(CASE_ID_ROLE)
        if case_id:  # None if the case went since the list was read
            self.open_case.emit(case_id)

    def _open_first(self) -> None:
        if self.model.rowCount() == 1:
            if case_id := self.model.case_id(0):
                self.open_case.emit(case_id)
        elif self.model.rowCount():
            self.view.setFocus()
            self.view.selectRow(0)

    def new_client(self) -> NewClientDialog:
        """Open the dialog (window-modal, not a nested event loop); the case opens when saved."""
        dialog = NewClientDialog(self.session, self)
        dialog.created.connect(self._created)
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        return dialog

    def _created(self, case_id: str) -> None:
        self.open_case.emit(case_id)


class NewClientDialog(GuardedDialog):
    """The few fields needed to open a file; the rest is filled in on the case file's tabs.
    Layout in ui/new_client_dialog.ui; the fields are the client form's own (case_forms.py)."""

    created = Signal(str)  # case id

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = ui = Ui_NewClientDialog()
        ui.setupUi(self)
        self.session = session
        self.case: Case | None = None
        wanted = {"given_name", "family_name", "aliases", "date_of_birth", "gender", "citizenships"}
        fields = [f for f in client_fields() if f.name in wanted]
        fields.append(
            Field(
                "case_code",
                self.tr("Case &code"),
                placeholder=self.tr("leave empty for the next free code"),
            )
        )
        fields.append(
            Field(
                "exploitation_types",
                self.tr("&Exploitation"),
                "enums",
                ExploitationType,
                labels.exploitation_types,
            )
        )
        self.form: RecordForm = ui.form
        self.form.set_fields(fields)
        self.form.load(_Blank())
        ui.buttons.accepted.connect(self.save)
        ui.buttons.rejected.connect(self.reject)
        fit_to_screen(self, 520, 560)
        keep_as_draft(self)

    @classmethod
    def reopen(cls, main: Any, ids: dict[str, str]) -> NewClientDialog:
        """Built again after unlock with what had been typed (gui/dialog_drafts.py)."""
        return main.cases.list_page.new_client()

    def save(self) -> None:
        blank: Any = _Blank()
        try:
            self.form.apply_to(blank)
            client = Client(blank.given_name, blank.family_name, aliases=blank.aliases,
                            date_of_birth=blank.date_of_birth, gender=blank.gender,
                            citizenships=blank.citizenships)  # fmt: skip
            case = Case("", case_code=blank.case_code, exploitation_types=blank.exploitation_types)
            self.case = clients.register(self.session, client, case)
        except ValidationError as exc:
            self.form.show_error(exc)
            return
        except AstraError as exc:
            self.form.error.setText(str(exc))
            return
        self.accept()
        self.created.emit(self.case.id)


class _Blank:
    """Attribute bag with the defaults of a new client and case, for the dialog's form."""

    def __init__(self) -> None:
        client, case = Client("", ""), Case("")
        for name, value in vars(client).items():
            setattr(self, name, value)
        self.case_code = ""
        self.exploitation_types = list(case.exploitation_types)
