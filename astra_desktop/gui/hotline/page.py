"""The SOS hotline section: the call form beside the call log, missing-person searches and the
statistics, as tabs of one section.

From the log a call becomes a client and case in one step (its note carried over), joins an
existing case, or starts a missing-person search. The log loads lazily (ids, then pages).
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QHeaderView, QTabWidget, QWidget

from astra_desktop.core.appointments import Clock, local_now
from astra_desktop.core.hotline import CallRow, CallTopic, CaseLink
from astra_desktop.core.roles import Permission, allowed
from astra_desktop.errors import AstraError
from astra_desktop.gui.court import labels as court_labels
from astra_desktop.gui.dialogs import Messages
from astra_desktop.gui.forms.ui_calls_page import Ui_CallsPage
from astra_desktop.gui.hotline import labels as hotline_labels
from astra_desktop.gui.hotline.call_form import CallForm
from astra_desktop.gui.hotline.call_log_model import CallLogModel, Column
from astra_desktop.gui.hotline.dialogs import LinkCaseDialog, RegisterClientDialog
from astra_desktop.gui.hotline.layout import WrappingRow
from astra_desktop.gui.hotline.stats_page import HotlineStatsPage
from astra_desktop.gui.missing.page import MissingPage
from astra_desktop.gui.paged_model import ROW_ROLE
from astra_desktop.gui.tasks import TaskRunner
from astra_desktop.gui.widgets import ValueCombo
from astra_desktop.services import hotline
from astra_desktop.services.hotline import CallQuery
from astra_desktop.services.session import Session

MONTHS_LISTED = 24
DRAFT_KEY = "hotline-call"  # the drafts entry of a half-logged call (kept over a lock)


class CallsPage(QWidget):
    """Layout in ui/calls_page.ui; the call form is put in its frame and the action buttons in a
    wrapping row (gui/hotline/layout.py: a layout Designer has no place for) here."""

    open_case = Signal(str)
    start_search = Signal(str)  # call id

    def __init__(
        self,
        session: Session,
        runner: TaskRunner,
        clock: Clock | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.session, self.runner, self.clock = session, runner, clock
        # The form and the focus proxy come before the page's own widgets: Tab goes through the
        # call form, then the log (Qt moves a proxy set later after them in the focus chain).
        self.form = CallForm(session, clock, self, runner=runner)
        self.setFocusProxy(self.form)  # the log is filled when shown (HotlineSection)
        self.form.saved.connect(self._saved)
        self._pending = ("", False)  # a call to choose once the log has reloaded; announce it?
        self.ui = ui = Ui_CallsPage()
        ui.setupUi(self)
        ui.framed.addWidget(self.form)

        self.topic: ValueCombo[CallTopic | None] = ui.topic
        self.topic.add(self.tr("All topics"), None)
        for value, name in hotline_labels.topics().items():
            self.topic.add(name, CallTopic(value))
        self.month: ValueCombo[tuple[int, int] | None] = ui.month
        self.month.add(self.tr("All months"), None)
        today = local_now(clock).date()
        names = court_labels.months()
        for back in range(MONTHS_LISTED):
            year, month = divmod(today.year * 12 + today.month - 1 - back, 12)
            self.month.add(f"{names[month]} {year}", (year, month + 1))
        self.follow_ups = ui.follow_ups
        for box in (self.topic, self.month):
            box.currentIndexChanged.connect(self.apply)
        self.follow_ups.toggled.connect(self.apply)

        self.model = CallLogModel(session, runner)
        self.model.loaded.connect(self._loaded)
        self.view = ui.view
        self.view.setModel(self.model)
        self.view.setSortingEnabled(True)  # after the model: this runs the log's first query
        header = self.view.horizontalHeader()
        header.setSortIndicator(Column.WHEN, Qt.SortOrder.DescendingOrder)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        for column, width in ((Column.WHEN, 120), (Column.URGENT, 60), (Column.TOPIC, 165),
                              (Column.CHANNEL, 80), (Column.CALLER, 150), (Column.PERSON, 150),
                              (Column.EXPLOITATION, 160), (Column.LANGUAGE, 48),
                              (Column.MINUTES, 44), (Column.REFERRAL, 160),
                              (Column.FOLLOW_UP, 150), (Column.CASE, 175),
                              (Column.NOTE, 300)):  # fmt: skip
            # at least as wide as its heading: translated headings are often longer
            self.view.setColumnWidth(column, max(width, header.sectionSizeHint(column)))
        self.view.activated.connect(self.edit_index)
        self.view.selectionModel().currentRowChanged.connect(lambda *_a: self._update_buttons())

        self.count = ui.count
        self.convert_button, self.link_button = ui.convert_button, ui.link_button
        self.case_button, self.search_button = ui.case_button, ui.search_button
        self.done_button = ui.done_button
        self.convert_button.clicked.connect(lambda: self.convert())
        self.link_button.clicked.connect(lambda: self.link())
        self.case_button.clicked.connect(self._open_case)
        self.search_button.clicked.connect(self._start_search)
        self.done_button.clicked.connect(self.follow_up_done)
        # The action buttons wrap onto a second line rather than force the window wider.
        actions = WrappingRow(ui.actions, align_right=True)
        for button in (self.done_button, self.search_button, self.case_button, self.link_button,
                       self.convert_button):  # fmt: skip
            actions.addWidget(button)
        policy = ui.actions.sizePolicy()
        policy.setHeightForWidth(True)
        ui.actions.setSizePolicy(policy)
        ui.splitter.setStretchFactor(1, 1)
        ui.splitter.setSizes([ui.frame.sizeHint().height(), 10_000])  # the form as tall as it needs

    # --- the log -----------------------------------------------------------------------------------
    def query(self) -> CallQuery:
        return CallQuery(
            month=self.month.value(), topic=self.topic.value(),
            follow_up_open=self.follow_ups.isChecked(), descending=self.model.query.descending,
        )  # fmt: skip

    def apply(self) -> None:
        self.model.set_query(self.query())

    def refresh(self) -> None:
        self.apply()

    def _loaded(self, total: int) -> None:
        self.count.setText(self.tr("%n call(s)", "", total))
        self._update_buttons()
        call_id, announce = self._pending
        self._pending = ("", False)
        if call_id and announce:
            self._announce_saved(call_id)
        elif call_id:
            self.select_call(call_id)

    def current(self) -> CallRow | None:
        row: CallRow | None = self.model.data(self.view.currentIndex(), ROW_ROLE)
        return row

    def select_call(self, call_id: str) -> bool:
        row = self.model.row_of(call_id)
        if row >= 0:
            self.view.selectRow(row)
            self._update_buttons()
        return row >= 0

    def _update_buttons(self) -> None:
        row = self.current()
        can_write = allowed(self.session.actor.role, Permission.WRITE_CASES)
        free = row is not None and row.case_link is CaseLink.NONE and can_write
        self.convert_button.setEnabled(free)
        self.link_button.setEnabled(free)
        self.case_button.setEnabled(bool(row and row.case_code))
        self.search_button.setEnabled(row is not None and can_write)
        self.done_button.setEnabled(bool(row and row.follow_up_open and can_write))

    def edit_index(self, index: QModelIndex) -> None:
        """Enter or a double click: the call goes into the form for a correction."""
        if not index.isValid():
            return
        try:
            self.form.load(hotline.open_call(self.session, self.model.call_id(index.row())))
        except AstraError as exc:
            Messages.error(self, self.tr("Call"), str(exc))

    def _saved(self, call_id: str) -> None:
        """Reload the log off the GUI thread; the saved call is chosen once it is in."""
        self._pending = (call_id, True)
        self.model.refresh()

    def _announce_saved(self, call_id: str) -> None:
        self.select_call(call_id)
        row = self.current()
        if row is None:
            return
        topic = hotline_labels.topics().get(row.topic.value, "")
        self.count.setText(
            self.tr("Saved: {0} · {1}. Ready for the next call.").format(
                f"{row.occurred_at:%d.%m.%Y %H:%M}", topic
            )
        )
        if row.topic is CallTopic.MISSING_PERSON and Messages.ask(
            self, self.tr("Missing person"),
            self.tr("The call was about a missing person. Open a missing-person search for it now?"),
            self.tr("Open a search"), self.tr("Later"),
        ):  # fmt: skip
            self.start_search.emit(call_id)

    # --- actions -----------------------------------------------------------------------------------
    def convert(self) -> RegisterClientDialog | None:
        row = self.current()
        if row is None:
            return None
        session, call_id = self.session, row.id
        topic = hotline_labels.topics().get(row.topic.value, "")
        summary = self.tr(
            "Call of {0} ({1}). The caller becomes a client with a new case; the call's note "
            "becomes the case's first contact note."
        ).format(f"{row.occurred_at:%d.%m.%Y %H:%M}", topic)
        dialog = RegisterClientDialog(
            session, self.tr("Convert the call into a client and case"), summary,
            lambda client, case: hotline.convert_to_case(session, call_id, client, case),
            parent=self,
        )  # fmt: skip
        dialog.created.connect(self._converted)
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        return dialog

    def _converted(self, case_id: str) -> None:
        self.apply()
        self.open_case.emit(case_id)

    def link(self) -> LinkCaseDialog | None:
        row = self.current()
        if row is None:
            return None
        session, call_id = self.session, row.id
        dialog = LinkCaseDialog(
            session, self.tr("Link the call to a case"),
            self.tr("The call joins the case, and its note is added to the case's contact log."),
            lambda case_id: hotline.link_to_case(session, call_id, case_id), parent=self,
        )  # fmt: skip
        dialog.linked.connect(lambda _id: self.apply())
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        return dialog

    def _open_case(self) -> None:
        row = self.current()
        if row is not None and row.case_id and row.case_code:
            self.open_case.emit(row.case_id)

    def _start_search(self) -> None:
        row = self.current()
        if row is not None:
            self.start_search.emit(row.id)

    def follow_up_done(self) -> None:
        row = self.current()
        if row is None:
            return
        try:
            hotline.set_follow_up_done(self.session, row.id)
        except AstraError as exc:
            Messages.error(self, self.tr("Follow-up"), str(exc))
            return
        self._pending = (row.id, False)
        self.model.refresh()


class HotlineSection(QTabWidget):
    """Calls, missing persons and statistics, as tabs of one section."""

    open_case = Signal(str)

    def __init__(
        self,
        session: Session,
        runner: TaskRunner,
        clock: Clock | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.calls = CallsPage(session, runner, clock)
        self.missing = MissingPage(session, clock, runner=runner)
        self.stats = HotlineStatsPage(session, runner)
        self.addTab(self.calls, self.tr("Ca&lls"))
        self.addTab(self.missing, self.tr("Missing &persons"))
        self.addTab(self.stats, self.tr("Stat&istics"))
        self.calls.open_case.connect(self.open_case)
        self.missing.open_case.connect(self.open_case)
        self.calls.start_search.connect(self.search_from_call)
        self.currentChanged.connect(lambda _i: self.refresh_current())

    def search_from_call(self, call_id: str) -> Any:
        self.setCurrentWidget(self.missing)
        return self.missing.new_search(call_id)

    def refresh_current(self) -> None:
        page = self.currentWidget()
        refresh = getattr(page, "refresh", None)
        if refresh is not None:
            refresh()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.refresh_current()
        if self.currentWidget() is self.calls:
            self.calls.form.topic.setFocus()

    # --- drafts ----------------------------------------------------------------------------------
    def drafts(self) -> dict[str, dict[str, Any]]:
        draft = self.calls.form.draft()
        return {DRAFT_KEY: draft} if draft else {}

    def restore_drafts(self, drafts: dict[str, dict[str, Any]]) -> bool:
        draft = drafts.get(DRAFT_KEY)
        if draft is None:
            return False
        self.setCurrentWidget(self.calls)
        self.calls.form.restore(draft)
        return True
