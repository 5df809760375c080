"""Missing persons: the searches (those with an action due first, found by the person, the
police report number or a place; by outcome; by a partner asked), and for the chosen one its
details, its history and action log, the partners asked and their answers, status changes with
reasons and outcomes, and the case once found.

The list shows what the search needs, no more; a search's details are read (and the reading
audited) only when it is chosen. The list, the chosen search and the call a new search comes from
are read on the task runner (gui/loading.py), each saying so while it is read.
"""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QSplitter,
    QStackedWidget,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from astra_desktop.core.appointments import Clock, local_now
from astra_desktop.core.missing import (
    FOUND_STATUSES,
    OPEN_STATUSES,
    HistoryEntry,
    Inquiry,
    MissingSearch,
    SearchOutcome,
    SearchRow,
    SearchStatus,
    duration_days,
)
from astra_desktop.core.roles import Permission, allowed
from astra_desktop.errors import AstraError, ValidationError
from astra_desktop.gui import style
from astra_desktop.gui.dialogs import Messages
from astra_desktop.gui.hotline import labels as hotline_labels
from astra_desktop.gui.hotline.dialogs import LinkCaseDialog, RegisterClientDialog
from astra_desktop.gui.hotline.layout import wrapping_row
from astra_desktop.gui.loading import Loader, say
from astra_desktop.gui.missing.dialogs import (
    ActionDialog,
    InquiryDialog,
    SearchDialog,
    StatusDialog,
    search_fields,
)
from astra_desktop.gui.missing.models import (
    ROW_ROLE,
    HistoryColumn,
    HistoryModel,
    InquiryColumn,
    InquiryModel,
    SearchColumn,
    SearchListModel,
)
from astra_desktop.gui.record_form import RecordForm
from astra_desktop.gui.tasks import TaskRunner
from astra_desktop.gui.widgets import ValueCombo
from astra_desktop.services import hotline, missing
from astra_desktop.services.missing import SearchQuery
from astra_desktop.services.session import Session

ALL_SEARCHES = 1  # the filter's "All searches"


def _window_runner(widget: QWidget | None) -> TaskRunner | None:
    """The task runner of the section or window `widget` sits in (they keep theirs as `runner`);
    None outside one."""
    while widget is not None:
        found = getattr(widget, "runner", None)
        if isinstance(found, TaskRunner):
            return found
        widget = widget.parentWidget()
    return None


def _search_text(text: str) -> str:
    """A text of the new-search dialog, translated where the dialog's own texts are."""
    return QCoreApplication.translate("SearchDialog", text)


def _reading_call(dialog: SearchDialog, busy: bool) -> None:
    """While the call is read, the dialog says so and cannot be saved yet."""
    dialog.ui.buttons.button(QDialogButtonBox.StandardButton.Save).setEnabled(not busy)
    if busy:
        say(dialog.ui.note, _search_text("Reading the call…"))
        dialog.ui.note.show()


def _show_call(dialog: SearchDialog, note: str) -> None:
    style.tone(dialog.ui.note, None)
    dialog.ui.note.setText(_search_text("From the call: {0}").format(note))
    dialog.ui.note.setVisible(bool(note))


def _call_failed(dialog: SearchDialog, exc: BaseException) -> None:
    """The call is gone (deleted meanwhile, say): the search is opened without the link."""
    dialog.call_id = None
    dialog.ui.buttons.button(QDialogButtonBox.StandardButton.Save).setEnabled(True)
    say(dialog.ui.note, None, _search_text(
        "The call could not be read: {0} The search will be saved without a link to it."
    ).format(exc))  # fmt: skip
    dialog.ui.note.show()


def _table(model: object) -> QTableView:
    view = QTableView()
    view.setModel(model)  # type: ignore[arg-type]
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setAlternatingRowColors(True)
    view.setWordWrap(False)
    view.verticalHeader().hide()
    view.verticalHeader().setDefaultSectionSize(24)
    return view


class SearchPanel(QWidget):
    """One search: its details (editable), its history, and what can be done next."""

    changed = Signal(str)  # search id
    open_case = Signal(str)

    def __init__(
        self, session: Session, clock: Clock | None = None, parent: QWidget | None = None,
        runner: TaskRunner | None = None,
    ) -> None:  # fmt: skip
        super().__init__(parent)
        self.session, self.clock = session, clock
        self.search: MissingSearch | None = None
        self.search_id: str | None = None  # the search shown, or being read to be shown
        # The search is read on the runner (the one given, else the window's when first read).
        self.loader = Loader(self, runner)
        self.loader.busy_changed.connect(self._show_busy)
        self.title = QLabel()
        style.mark(self.title, "heading", "section")
        self.title.setWordWrap(True)
        self.form = RecordForm(search_fields())
        self.save_button = QPushButton(self.tr("Save &details"))
        self.save_button.clicked.connect(self.save_details)
        self.history = HistoryModel(local_now(clock).date())
        self.history_view = _table(self.history)
        self.history_view.setWordWrap(True)  # reasons are read whole, not as "…"
        self.history_view.verticalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.ResizeToContents
        )
        self.history_view.verticalHeader().setMinimumSectionSize(24)
        header = self.history_view.horizontalHeader()
        header.setSectionResizeMode(HistoryColumn.DETAIL, QHeaderView.ResizeMode.Stretch)
        for column, width in ((HistoryColumn.DATE, 120), (HistoryColumn.ENTRY, 190),
                              (HistoryColumn.BY, 80)):  # fmt: skip
            # at least as wide as its heading: translated headings are often longer
            self.history_view.setColumnWidth(column, max(width, header.sectionSizeHint(column)))
        self.history_view.selectionModel().currentRowChanged.connect(lambda *_: self._update())
        self.action_button = QPushButton(self.tr("&Add action…"))
        self.action_button.clicked.connect(lambda: self.add_action())
        self.done_button = QPushButton(self.tr("&Mark done"))
        self.done_button.clicked.connect(self.mark_done)
        self.status_button = QPushButton(self.tr("Change s&tatus…"))
        self.status_button.clicked.connect(lambda: self.change_status())
        self.register_button = QPushButton(self.tr("&New client…"))
        self.register_button.clicked.connect(lambda: self.register_found())
        self.link_button = QPushButton(self.tr("Lin&k to a case…"))
        self.link_button.clicked.connect(lambda: self.link_case())
        self.case_button = QPushButton(self.tr("Open the case fil&e"))
        self.case_button.clicked.connect(self._open_case)
        self.inquiries = InquiryModel()
        self.inquiry_view = _table(self.inquiries)
        header = self.inquiry_view.horizontalHeader()
        header.setSectionResizeMode(InquiryColumn.NOTE, QHeaderView.ResizeMode.Stretch)
        for asked, width in ((InquiryColumn.PARTNER, 200), (InquiryColumn.ASKED_ON, 90),
                             (InquiryColumn.ANSWER, 150), (InquiryColumn.ANSWERED_ON, 90)):  # fmt: skip
            self.inquiry_view.setColumnWidth(asked, max(width, header.sectionSizeHint(asked)))
        self.inquiry_view.selectionModel().currentRowChanged.connect(lambda *_: self._update())
        self.inquiry_view.activated.connect(lambda _i: self.record_answer())
        self.ask_button = QPushButton(self.tr("In&quiry to a partner…"))
        self.ask_button.clicked.connect(lambda: self.ask_partner())
        self.answer_button = QPushButton(self.tr("Re&cord the answer…"))
        self.answer_button.clicked.connect(lambda: self.record_answer())
        self._layout()

    def _layout(self) -> None:
        details = QWidget()
        left = QVBoxLayout(details)
        left.setContentsMargins(0, 0, 0, 0)
        left.addWidget(self.form)
        row = QHBoxLayout()
        row.addStretch()
        row.addWidget(self.save_button)
        left.addLayout(row)
        left.addStretch()
        scroll = QScrollArea()  # the details are many: they scroll rather than make the window tall
        scroll.setWidgetResizable(True)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(details)
        log = QWidget()
        right = QVBoxLayout(log)
        right.setContentsMargins(0, 0, 0, 0)
        right.addWidget(self.history_view, 1)
        # Rows of buttons wrap onto a second line rather than force the window wider.
        right.addWidget(wrapping_row([self.action_button, self.done_button, self.status_button]))
        self.found_label = QLabel(self.tr("Once found:"))
        right.addWidget(
            wrapping_row([self.found_label, self.register_button, self.link_button,
                          self.case_button])
        )  # fmt: skip
        asked = QWidget()
        column = QVBoxLayout(asked)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.inquiry_view, 1)
        column.addWidget(wrapping_row([self.ask_button, self.answer_button]))
        self.tabs = QTabWidget()
        self.tabs.addTab(log, self.tr("History and action log"))
        self.tabs.addTab(asked, self.tr("Partners asked"))
        split = QSplitter(Qt.Orientation.Horizontal)
        split.addWidget(scroll)
        split.addWidget(self.tabs)
        split.setStretchFactor(1, 1)
        split.setSizes([430, 620])
        split.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.title)
        layout.addWidget(split, 1)

    # --- showing ---------------------------------------------------------------------------------
    @property
    def loading(self) -> bool:
        """The search is being read (tests/gui/_loaded.py waits for this to end)."""
        return self.loader.busy

    def show_search(self, search_id: str) -> None:
        """Read the search (its opening audited), its history and the partners asked, then show
        them, its details in the form. Without a runner this happens at once and a failure raises."""
        self.search, self.search_id = None, search_id  # the one shown before is not chosen now
        self._update()
        self._load(search_id, first=True)

    def reload(self) -> None:
        """The search again after a change (the form keeps what is typed in it)."""
        if self.search is not None:
            self._load(self.search.id, first=False)

    def _load(self, search_id: str, first: bool) -> None:
        if self.loader.runner is None:
            self.loader.runner = _window_runner(self)
        session = self.session
        read = missing.open_for_view if first else missing.get

        def fetch() -> tuple[MissingSearch, list[HistoryEntry], list[Inquiry]]:
            search = read(session, search_id)
            return search, missing.search_history(session, search_id), missing.inquiries(
                session, search_id)  # fmt: skip

        self.loader.load(fetch, lambda found: self._show(found, first), self.read_failed)

    def _show_busy(self, busy: bool) -> None:
        """While the search is read: its lists are greyed out and nothing can be done to it."""
        for view in (self.history_view, self.inquiry_view):
            view.setEnabled(not busy)
        if busy:
            if self.search is None:
                say(self.title, self.tr("Loading the search…"))
            for button in self._buttons():
                button.setEnabled(False)
        else:
            self._update()

    def read_failed(self, exc: BaseException) -> None:
        """The search could not be read (say, deleted meanwhile): said in its title, and nothing
        is left to act on."""
        self.search = self.search_id = None
        self.history.set_entries([], local_now(self.clock).date())
        self.inquiries.set_inquiries([])
        self._update()
        say(self.title, None, self.tr("The search could not be read: {0}").format(exc))

    def _buttons(self) -> tuple[QPushButton, ...]:
        return (self.save_button, self.action_button, self.done_button, self.status_button,
                self.ask_button, self.answer_button, self.register_button, self.link_button,
                self.case_button)  # fmt: skip

    def _show(
        self, found: tuple[MissingSearch, list[HistoryEntry], list[Inquiry]], first: bool
    ) -> None:
        self.search, history, asked_about = found
        if first:
            self.form.load(self.search)
        style.tone(self.title, None)
        names = hotline_labels.search_statuses()
        status = names.get(self.search.status.value, "")
        outcome = hotline_labels.search_outcomes().get(self.search.outcome.value, "")
        if self.search.outcome.value:
            status = f"{status}: {outcome}"
        days = duration_days(
            self.search.opened_on, self.search.closed_on, local_now(self.clock).date()
        )
        self.title.setText(
            self.tr("{0} — {1} (search opened on {2}, %n day(s))", "", days).format(
                self.search.person, status, f"{self.search.opened_on:%d.%m.%Y}"
            )
        )
        today = local_now(self.clock).date()
        self.history.set_entries(history, today)
        self.inquiries.set_inquiries(asked_about)
        asked = len(self.inquiries.inquiries)
        self.tabs.setTabText(1, self.tr("Partners asked (%n)", "", asked) if asked
                             else self.tr("Partners asked"))  # fmt: skip
        self._update()

    def _update(self) -> None:
        search = self.search
        writer = allowed(self.session.actor.role, Permission.WRITE_CASES) and not self.loading
        entry = self.history.data(self.history_view.currentIndex(), ROW_ROLE)
        for button in (self.save_button, self.action_button, self.status_button,
                       self.ask_button):  # fmt: skip
            button.setEnabled(search is not None and writer)
        chosen = self.inquiries.data(self.inquiry_view.currentIndex(), ROW_ROLE)
        self.answer_button.setEnabled(writer and chosen is not None)
        self.done_button.setEnabled(writer and entry is not None and entry.kind == "planned")
        found = search is not None and search.status in FOUND_STATUSES
        unlinked = found and search is not None and not search.case_id and writer
        self.register_button.setEnabled(bool(unlinked))
        self.link_button.setEnabled(bool(unlinked))
        self.case_button.setEnabled(bool(search and search.case_id) and not self.loading)

    # --- actions ---------------------------------------------------------------------------------
    def save_details(self) -> bool:
        if self.search is None:
            return False
        try:
            self.form.apply_to(self.search)
            missing.update_search(self.session, self.search, self.clock)
        except ValidationError as exc:
            self.form.show_error(exc)
            return False
        except AstraError as exc:
            self.form.error.setText(str(exc))
            return False
        self.form.load(self.search)
        self.reload()
        self.changed.emit(self.search.id)
        return True

    def add_action(self) -> ActionDialog | None:
        if self.search is None:
            return None
        dialog = ActionDialog(self.session, self.search.id, self.clock, self)
        dialog.saved.connect(lambda _id: self._after_change())
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        return dialog

    def ask_partner(self) -> InquiryDialog | None:
        if self.search is None:
            return None
        dialog = InquiryDialog(
            self.session, self.search.id, clock=self.clock, parent=self, runner=self.loader.runner
        )
        dialog.saved.connect(lambda _id: self._after_change())
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        return dialog

    def record_answer(self) -> InquiryDialog | None:
        chosen = self.inquiries.data(self.inquiry_view.currentIndex(), ROW_ROLE)
        if self.search is None or chosen is None:
            return None
        dialog = InquiryDialog(
            self.session, self.search.id, chosen, self.clock, self, runner=self.loader.runner
        )
        dialog.saved.connect(lambda _id: self._after_change())
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        return dialog

    def mark_done(self) -> bool:
        entry = self.history.data(self.history_view.currentIndex(), ROW_ROLE)
        if entry is None or entry.kind != "planned":
            return False
        try:
            missing.mark_done(self.session, entry.record_id, clock=self.clock)
        except AstraError as exc:
            Messages.error(self, self.tr("Action"), str(exc))
            return False
        self._after_change()
        return True

    def change_status(self, status: SearchStatus | None = None) -> StatusDialog | None:
        if self.search is None:
            return None
        dialog = StatusDialog(self.session, self.search, self.clock, self)
        if status is not None:
            dialog.choose(status)
        dialog.changed.connect(lambda _s: self._after_change())
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        return dialog

    def register_found(self) -> RegisterClientDialog | None:
        if self.search is None:
            return None
        session, search_id = self.session, self.search.id
        dialog = RegisterClientDialog(
            session, self.tr("The person found becomes a client"),
            self.tr("The search stays linked to the new case."),
            lambda client, case: missing.register_found(session, search_id, client, case),
            given_name=self.search.person, parent=self,
        )  # fmt: skip
        dialog.created.connect(self._registered)
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        return dialog

    def _registered(self, case_id: str) -> None:
        self._after_change()
        self.open_case.emit(case_id)

    def link_case(self) -> LinkCaseDialog | None:
        if self.search is None:
            return None
        session, search_id = self.session, self.search.id
        dialog = LinkCaseDialog(
            session, self.tr("Link the search to a case"),
            self.tr("The person found is already a client: give the code of their case."),
            lambda case_id: missing.link_case(session, search_id, case_id), parent=self,
        )  # fmt: skip
        dialog.linked.connect(lambda _id: self._after_change())
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        return dialog

    def _open_case(self) -> None:
        if self.search is not None and self.search.case_id:
            self.open_case.emit(self.search.case_id)

    def _after_change(self) -> None:
        self.reload()
        if self.search is not None:
            self.changed.emit(self.search.id)


class MissingPage(QWidget):
    open_case = Signal(str)

    def __init__(
        self, session: Session, clock: Clock | None = None, parent: QWidget | None = None,
        runner: TaskRunner | None = None,
    ) -> None:  # fmt: skip
        super().__init__(parent)
        self.session, self.clock = session, clock
        # The searches are read on the runner's worker: the one given, else (found when first
        # read) that of the section or window the page sits in; outside one, at once.
        self.loader = Loader(self, runner)
        self.loader.busy_changed.connect(self._show_busy)
        self._select_next: str | None = None  # a search to choose once the list has come
        # The last new-search dialog, and the reading of the call it comes from (the dialog's).
        self._search_dialog: SearchDialog | None = None
        self._call_loader: Loader | None = None
        self._widen = False  # ... showing every search if the filter hides it
        self.filter: ValueCombo[tuple[SearchStatus, ...]] = ValueCombo()
        self.filter.add(self.tr("Open searches"), OPEN_STATUSES)
        self.filter.add(self.tr("All searches"), ())
        for value, name in hotline_labels.search_statuses().items():
            self.filter.add(name, (SearchStatus(value),))
        self.filter.currentIndexChanged.connect(lambda _i: self.refresh())
        self.mine = QCheckBox(self.tr("Only those I &follow"))
        self.mine.toggled.connect(lambda _on: self.refresh())
        self.text = QLineEdit()
        self.text.setPlaceholderText(self.tr("Find: person, police report number, place"))
        self.text.setClearButtonEnabled(True)
        self.text.textChanged.connect(lambda _t: self.refresh())
        self.outcome: ValueCombo[SearchOutcome | None] = ValueCombo()
        self.outcome.add(self.tr("Any outcome"), None)
        for value, name in hotline_labels.search_outcomes().items():
            self.outcome.add(name, SearchOutcome(value))
        self.outcome.currentIndexChanged.connect(lambda _i: self.refresh())
        self.partner: ValueCombo[str | None] = ValueCombo()
        self.partner.add(self.tr("Any partner asked"), None)  # the others come with the list
        self.partner.currentIndexChanged.connect(lambda _i: self.refresh())
        self.new_button = QPushButton(self.tr("&New search…"))
        self.new_button.clicked.connect(lambda: self.new_search())
        self.new_button.setEnabled(allowed(session.actor.role, Permission.WRITE_CASES))
        self.count = QLabel()
        self.count.setWordWrap(True)
        self.model = SearchListModel(local_now(clock).date())
        self.view = _table(self.model)
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(SearchColumn.PERSON, QHeaderView.ResizeMode.Stretch)
        for column, width in ((SearchColumn.LAST_SEEN, 100), (SearchColumn.PLACE, 200),
                              (SearchColumn.STATUS, 160), (SearchColumn.NEXT_DUE, 150),
                              (SearchColumn.CASE, 120), (SearchColumn.MINOR, 60),
                              (SearchColumn.OUTCOME, 160), (SearchColumn.DAYS, 50),
                              (SearchColumn.POLICE, 120), (SearchColumn.ASKED, 150)):  # fmt: skip
            # at least as wide as its heading: translated headings are often longer
            self.view.setColumnWidth(column, max(width, header.sectionSizeHint(column)))
        self.view.selectionModel().currentRowChanged.connect(lambda *_: self._chosen())
        self.panel = SearchPanel(session, clock, runner=runner)
        self.panel.changed.connect(self._panel_changed)
        self.panel.open_case.connect(self.open_case)
        self.empty = QLabel(self.tr("Choose a search in the list to see its history."))
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setWordWrap(True)
        style.mark(self.empty, "state", "empty")
        self.details = QStackedWidget()
        self.details.addWidget(self.empty)
        self.details.addWidget(self.panel)
        for box in (self.filter, self.outcome, self.partner):
            box.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
            )
            box.setMinimumContentsLength(14)
        top = QHBoxLayout()
        heading = QLabel(self.tr("Missing-person searches"))
        style.mark(heading, "heading", "section")
        heading.setWordWrap(True)
        top.addWidget(heading, 1)  # takes the room left, wraps only when there is none
        top.addWidget(self.filter)
        top.addWidget(self.mine)
        top.addWidget(self.new_button)
        finding = QHBoxLayout()
        finding.addWidget(self.text, 2)
        finding.addWidget(self.outcome, 1)
        finding.addWidget(self.partner, 1)
        listing = QWidget()
        stack = QVBoxLayout(listing)
        stack.setContentsMargins(0, 0, 0, 0)
        stack.addLayout(top)
        stack.addLayout(finding)
        stack.addWidget(self.view, 1)
        stack.addWidget(self.count)
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(listing)
        split.addWidget(self.details)
        split.setSizes([190, 470])
        split.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.addWidget(split)  # filled when shown (HotlineSection.refresh_current)

    @property
    def search_dialog(self) -> SearchDialog | None:
        """The new-search dialog open (tests take it from here, not through Qt), else None."""
        dialog = self._search_dialog
        alive = dialog is not None and shiboken6.isValid(dialog) and dialog.isVisible()
        return dialog if alive else None

    @property
    def loading(self) -> bool:
        """The list, the chosen search or the call of a new search is being read
        (tests/gui/_loaded.py waits for this to end)."""
        call = self._call_loader
        reading_call = call is not None and shiboken6.isValid(call) and call.busy
        return self.loader.busy or self.panel.loading or reading_call

    def refresh(self, select: str | None = None, widen: bool = False) -> None:
        """The list again, with the filters as they are; the search shown stays chosen, or
        `select` once the list has come (with `widen`, every search is listed if the filter
        hides it)."""
        if select is not None:
            self._select_next, self._widen = select, widen
        if self.loader.runner is None:
            self.loader.runner = _window_runner(self)
        query = SearchQuery(
            statuses=self.filter.value(), mine=self.mine.isChecked(), text=self.text.text(),
            outcome=self.outcome.value(), partner_id=self.partner.value(),
        )  # fmt: skip
        session = self.session

        def fetch() -> tuple[list[tuple[str, str]], list[SearchRow]]:
            return missing.partners_asked(session), missing.search_rows(session, query)

        self.loader.load(fetch, self._show, self._failed)

    def _show(self, found: tuple[list[tuple[str, str]], list[SearchRow]]) -> None:
        asked, rows = found
        chosen = self.panel.search_id
        self._fill_partners(asked)
        self.model.set_rows(rows, local_now(self.clock).date())
        due = sum(1 for r in rows if r.next_due and r.next_due <= self.model.today)
        text = self.tr("%n search(es)", "", len(rows))
        if due:
            text += " · " + self.tr("%n with an action due", "", due)
        style.tone(self.count, None)
        self.count.setText(text)
        wanted, widen = self._select_next or chosen, self._widen
        self._select_next, self._widen = None, False
        if wanted and self.select(wanted):
            return
        if wanted and widen and self.filter.currentIndex() != ALL_SEARCHES:
            self._select_next = wanted  # filtered out (say, found): shown anyway
            self.filter.setCurrentIndex(ALL_SEARCHES)  # lists every search, then chooses it
            return
        self.details.setCurrentWidget(self.empty)
        self.panel.search = self.panel.search_id = None

    def _show_busy(self, busy: bool) -> None:
        """While the list is read: it is greyed out (its rows are not the ones asked for) and
        the line under it says so."""
        self.view.setEnabled(not busy)
        if busy:
            say(self.count, self.tr("Loading the searches…"))

    def _failed(self, exc: BaseException) -> None:
        """The list could not be read: said where its count goes; the filters stay usable."""
        self._select_next, self._widen = None, False
        say(self.count, None, self.tr("The searches could not be read: {0}").format(exc))

    def _fill_partners(self, asked: list[tuple[str, str]]) -> None:
        """The partners asked about any search, to find the searches one was asked about."""
        current = self.partner.value() if self.partner.count() else None
        self.partner.blockSignals(True)
        try:
            self.partner.clear()
            self.partner.add(self.tr("Any partner asked"), None)
            for partner_id, name in asked:
                self.partner.add(name, partner_id)
            self.partner.set_value(current)
        finally:
            self.partner.blockSignals(False)

    def select(self, search_id: str) -> bool:
        row = self.model.row_of(search_id)
        if row < 0:
            return False
        self.view.selectRow(row)
        return True

    def _chosen(self) -> None:
        row = self.model.data(self.view.currentIndex(), ROW_ROLE)
        if row is None:
            return
        if self.panel.search_id != row.id:
            if self.panel.loader.runner is None:
                self.panel.loader.runner = self.loader.runner or _window_runner(self)
            try:
                self.panel.show_search(row.id)
            except AstraError as exc:  # read at once (no runner): said as the runner's are
                self.panel.read_failed(exc)
        self.details.setCurrentWidget(self.panel)

    def _panel_changed(self, search_id: str) -> None:
        self.refresh(select=search_id, widen=True)  # filtered out (say, found): shown anyway

    def new_search(self, call_id: str | None = None) -> SearchDialog:
        """The new-search dialog, open at once; the note of the call it comes from is read on the
        runner meanwhile (Save waits for it). If the call cannot be read, the search is opened
        without the link to it, and the dialog says so."""
        dialog = SearchDialog(self.session, call_id, "", self.clock, self)
        dialog.created.connect(self._created)
        dialog.finished.connect(dialog.deleteLater)
        self._search_dialog, self._call_loader = dialog, None
        if call_id:
            if self.loader.runner is None:
                self.loader.runner = _window_runner(self)
            # The dialog's child: a reading that ends after it was closed reaches nobody.
            loader = self._call_loader = Loader(dialog, self.loader.runner)
            loader.busy_changed.connect(lambda busy: _reading_call(dialog, busy))
            session = self.session

            def read_note() -> str:
                return hotline.get(session, call_id).note

            try:
                loader.load(read_note, lambda note: _show_call(dialog, note),
                            lambda exc: _call_failed(dialog, exc))  # fmt: skip
            except AstraError as exc:  # read at once (no runner)
                _call_failed(dialog, exc)
        dialog.open()
        return dialog

    def _created(self, search_id: str) -> None:
        self.filter.blockSignals(True)  # one reading of the list, below
        self.filter.setCurrentIndex(0)
        self.filter.blockSignals(False)
        self.refresh(select=search_id)
