"""The main window: navigation between sections, Lock now, and the panic shortcut.

The window title and taskbar entry show case codes only, never a client's name.

Only the first screen (the case list) is built with the window; every other section is built,
and its module imported, when it is first shown or first asked for (`Sections`): opening the
vault then costs the same whatever the other sections would have to read (issue 17).
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import TYPE_CHECKING, Any, cast

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence, QPaintEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QListWidget,
    QMainWindow,
    QStackedWidget,
    QToolButton,
    QWidget,
)

from astra_desktop import APP_NAME
from astra_desktop.gui import dialog_drafts, main_menus, style
from astra_desktop.gui.case_list import CaseListPage
from astra_desktop.gui.change_hub import refresh_on
from astra_desktop.gui.labels import roles
from astra_desktop.gui.reminders_bar import ReminderBar
from astra_desktop.gui.screen_fit import fit_to_screen
from astra_desktop.gui.tasks import TaskRunner
from astra_desktop.services.session import Session

if TYPE_CHECKING:  # imported when their section is first built (a case file: first opened)
    from astra_desktop.gui.agenda_page import AppointmentsSection
    from astra_desktop.gui.backups_page import BackupsPage
    from astra_desktop.gui.case_file import CaseFile
    from astra_desktop.gui.court.documents_page import CourtDocumentsPage
    from astra_desktop.gui.hotline.page import HotlineSection
    from astra_desktop.gui.office.page import OfficePage
    from astra_desktop.gui.office.sync import OfficeSync
    from astra_desktop.gui.risk_page import RiskPage
    from astra_desktop.gui.statistics_page import StatisticsPage
    from astra_desktop.gui.users_page import UsersPage

LOCK_KEYS = "Ctrl+L"
SYNC_KEYS = "F9"  # send and receive, as in mail programs
STATUS_WIDTH = 560  # the office's line in the status bar, elided beyond (the whole in its tooltip)
FIRST_FRAME_FALLBACK_MS = 1000
PANIC_KEYS = ("F12", "Ctrl+Shift+H")
PLACE_KEY = "place"  # the drafts entry saying where the person was when the vault locked
# The sections, in the order of the navigation list (and of Ctrl+1, Ctrl+2, …)
CASES, APPOINTMENTS, RISK, DOCUMENTS, BACKUPS, HOTLINE, USERS, PARTNERS, STATISTICS = range(9)
# What the Statistics section counts: it is counted again when one of these changes.
STATISTICS_KINDS = ("case", "proceeding", "hearing", "defendant", "charge", "claim",
                    "monitored-trial", "trial-defendant", "trial-charge", "trial-hearing", "call",
                    "missing-search", "missing-inquiry", "partner")  # fmt: skip

log = logging.getLogger(__name__)


class Sections(QStackedWidget):
    """The main window's sections, each built when it is first shown or asked for (`page`).

    A section not built yet holds an empty placeholder, replaced by the page at the same index
    when built; `widget(i)` and `setCurrentIndex(i)` build it first, so code that reaches a
    section through the stack finds the real page."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._makers: list[Callable[[], QWidget] | None] = []

    def add(self, page: QWidget | Callable[[], QWidget]) -> None:
        """A built page, or a function that builds it."""
        if isinstance(page, QWidget):
            self._makers.append(None)
            self.addWidget(page)
        else:
            self._makers.append(page)
            self.addWidget(QWidget())

    def built(self, index: int) -> bool:
        return self._makers[index] is None

    def page(self, index: int) -> QWidget:
        """The section at `index`, built now if it was not yet."""
        make = self._makers[index]
        placeholder = super().widget(index)
        assert placeholder is not None, index
        if make is None:
            return placeholder  # built already
        page = make()  # on failure the placeholder stays, and the next visit tries again
        self._makers[index] = None
        self.insertWidget(index, page)
        self.removeWidget(placeholder)
        placeholder.deleteLater()
        return page

    def widget(self, index: int) -> QWidget | None:
        if 0 <= index < len(self._makers):
            return self.page(index)
        return super().widget(index)

    def setCurrentIndex(self, index: int) -> None:
        if 0 <= index < len(self._makers):
            self.page(index)
        super().setCurrentIndex(index)


class CasesSection(QStackedWidget):
    """The case list, and the case file opened from it in its place."""

    title_changed = Signal(str)

    def __init__(self, session: Session, runner: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session, self.runner = session, runner
        self.list_page = CaseListPage(session, runner)
        self.list_page.open_case.connect(self.open_case)
        self.addWidget(self.list_page)
        self.case_file: CaseFile | None = None

    def open_case(self, case_id: str) -> CaseFile | None:
        if not self.close_case():
            return None
        # Imported here: its eleven tabs and their dialogs are no part of the first screen.
        from astra_desktop.gui.case_file import CaseFile

        self.case_file = CaseFile(self.session, case_id, self.runner)
        self.case_file.back.connect(self.back_to_list)
        self.addWidget(self.case_file)
        self.setCurrentWidget(self.case_file)
        self.case_file.tabs.setFocus()
        self.title_changed.emit(self.case_file.case_code)
        return self.case_file

    def close_case(self) -> bool:
        if self.case_file is None:
            return True
        if not self.case_file.confirm_discard():
            return False
        self.removeWidget(self.case_file)
        self.case_file.deleteLater()
        self.case_file = None
        self.title_changed.emit("")
        return True

    def back_to_list(self) -> None:
        if self.close_case():
            self.setCurrentWidget(self.list_page)
            self.list_page.search.setFocus()


class MainWindow(QMainWindow):
    lock_requested = Signal(bool)  # True for the panic shortcut
    language_chosen = Signal(str)  # chosen under Users & settings (app_settings code)
    quit_requested = Signal()  # Vault → Quit: the controller locks, then the app ends
    # Once, after the window's first frame is on screen (or FIRST_FRAME_FALLBACK_MS after it was
    # made, for a window never painted): what can wait a frame waits for this (gui/app.py).
    first_frame = Signal()

    def __init__(self, session: Session, runner: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.runner = runner
        self._office: OfficeSync | None = None  # team sync: started after the first frame
        self.office_page: OfficePage | None = None
        self._painted = False
        self._first_frame_sent = False
        QTimer.singleShot(FIRST_FRAME_FALLBACK_MS, self, self._send_first_frame)
        self.setWindowTitle(APP_NAME)
        self.nav = QListWidget()
        self.nav.setMaximumWidth(210)
        style.mark(self.nav, "nav", "sections")
        self.stack = Sections()
        self.cases = CasesSection(session, runner)
        self.cases.title_changed.connect(self._set_case_title)
        sections: list[tuple[str, QWidget | Callable[[], QWidget]]] = [
            (self.tr("Clients && cases"), self.cases),
            (self.tr("Appointments"), self._make_appointments),
            (self.tr("Risk"), self._make_risk_page),
            (self.tr("Documents"), self._make_documents),
            (self.tr("Backups"), self._make_backups),
            (self.tr("SOS hotline"), self._make_hotline),
            (self.tr("Users && settings"), self._make_users),
            (self.tr("Partners"), self._make_partners),
            (self.tr("Statistics"), self._make_statistics),
        ]
        for title, page in sections:
            self.nav.addItem(title.replace("&&", "&"))
            self.stack.add(page)
        # Wide enough for the longest section name in any language (Serbian ones are longer).
        widest = self.nav.sizeHintForColumn(0) + 2 * self.nav.frameWidth() + 8
        self.nav.setMinimumWidth(widest)
        self.nav.setMaximumWidth(max(210, widest))
        self.nav.currentRowChanged.connect(self._show_section)
        self.nav.setCurrentRow(0)
        central = QWidget()
        layout = QHBoxLayout(central)
        layout.addWidget(self.nav)
        layout.addWidget(self.stack, 1)
        self.setCentralWidget(central)
        self._make_actions()
        self.reminders = ReminderBar(session, runner, parent=self)
        self.addToolBar(Qt.ToolBarArea.TopToolBarArea, self.reminders)
        self.reminders.show_agenda.connect(lambda: self.nav.setCurrentRow(1))
        self.reminders.start()
        role = roles().get(session.actor.role.value, "")
        self.statusBar().showMessage(
            self.tr("Signed in as {0} ({1}) · Ctrl+L locks · F12 hides and locks at once").format(
                session.actor.username, role
            )
        )
        self.office_status = QToolButton()
        self.office_status.setAutoRaise(True)
        self.office_status.hide()  # shown once the vault is in a team
        self.office_status.clicked.connect(self.show_office)
        self.statusBar().addPermanentWidget(self.office_status)
        self.first_frame.connect(self._start_office)
        fit_to_screen(self, 1366, 768)

    def paintEvent(self, event: QPaintEvent) -> None:
        """The first paint: `first_frame` follows once this frame is done (the window's own paint
        comes first, its children's after it). On X11 it comes with the server's expose event,
        turns of the event loop after `show()`: a zero timer at `show()` would run before it."""
        super().paintEvent(event)
        if not self._painted:
            self._painted = True
            QTimer.singleShot(0, self, self._send_first_frame)

    def _send_first_frame(self) -> None:
        if not self._first_frame_sent:
            self._first_frame_sent = True
            self.first_frame.emit()

    # --- sections, built when first shown -----------------------------------------------------------
    @property
    def appointments(self) -> AppointmentsSection:
        return cast("AppointmentsSection", self.stack.page(APPOINTMENTS))

    @property
    def risk_page(self) -> RiskPage:
        return cast("RiskPage", self.stack.page(RISK))

    @property
    def documents(self) -> CourtDocumentsPage:
        return cast("CourtDocumentsPage", self.stack.page(DOCUMENTS))

    @property
    def backups(self) -> BackupsPage:
        return cast("BackupsPage", self.stack.page(BACKUPS))

    @property
    def hotline(self) -> HotlineSection:
        return cast("HotlineSection", self.stack.page(HOTLINE))

    @property
    def users(self) -> UsersPage:
        return cast("UsersPage", self.stack.page(USERS))

    @property
    def statistics(self) -> StatisticsPage:
        return cast("StatisticsPage", self.stack.page(STATISTICS))

    def _show_section(self, row: int) -> None:
        self.stack.setCurrentIndex(row)

    # Sections refresh from the one change notification (gui/change_hub.py), when shown.
    def _make_appointments(self) -> QWidget:
        from astra_desktop.gui.agenda_page import AppointmentsSection

        page = AppointmentsSection(self.session, self.runner)
        page.open_case.connect(self._open_case_from_elsewhere)
        refresh_on(page, self.session, ("appointment", "hearing", "proceeding"),
                   page.refresh_current)  # fmt: skip
        return page

    def _make_risk_page(self) -> QWidget:
        from astra_desktop.gui.risk_page import RiskPage

        page = RiskPage(self.session, runner=self.runner)
        page.open_case.connect(self._open_case_from_elsewhere)
        kinds = ("risk-assessment", "risk-event", "safety-action", "case", "client")
        refresh_on(page, self.session, kinds, page.reload)
        return page

    def _make_documents(self) -> QWidget:
        from astra_desktop.gui.court.documents_page import CourtDocumentsPage

        return CourtDocumentsPage(self.session, self.runner)

    def _make_backups(self) -> QWidget:
        from astra_desktop.gui.backups_page import BackupsPage

        return BackupsPage(self.session)

    def _make_hotline(self) -> QWidget:
        from astra_desktop.gui.hotline.page import HotlineSection

        page = HotlineSection(self.session, self.runner)
        page.open_case.connect(self._open_case_from_elsewhere)
        return page

    def _make_partners(self) -> QWidget:
        from astra_desktop.gui.partners.page import PartnersPage

        return PartnersPage(self.session, runner=self.runner)

    def _make_statistics(self) -> QWidget:
        from astra_desktop.gui.statistics_page import StatisticsPage

        page = StatisticsPage(self.session, self.runner)
        refresh_on(page, self.session, STATISTICS_KINDS, page.refresh)
        page.refresh()  # counted once when first shown; again when what it counts changes
        return page

    def _make_users(self) -> QWidget:
        from astra_desktop.gui.office.page import OfficePage
        from astra_desktop.gui.users_page import UsersPage

        page = UsersPage(self.session)
        page.language_chosen.connect(self.language_chosen)
        self.office_page = OfficePage(self.session, self.runner, self.office)
        page.add_tab(self.office_page, self.tr("Office"))
        return page

    # --- the office (team sync, issue 21) --------------------------------------------------------
    @property
    def office(self) -> OfficeSync:
        """The sync with the office folder, made when first needed (after the first frame: its
        modules are no part of opening the vault)."""
        if self._office is None:
            from astra_desktop.gui.office.sync import OfficeSync

            self._office = OfficeSync(self.session, self.runner, self)
            self._office.changed.connect(self._show_office_status)
        return self._office

    def _start_office(self) -> None:
        """After the first frame: a vault in no team imports nothing of the sync."""
        from astra_desktop.services import team_status

        if not self.session.closed and team_status.in_team(self.session):
            self.office.start()

    def sync_office(self) -> None:
        """Vault → Sync with the office now: sync, or show the Office tab to join a team first."""
        from astra_desktop.services import team_status

        if team_status.in_team(self.session) and team_status.folder(self.session) is not None:
            self.office.sync_now()
        else:
            self.show_office()

    def show_office(self) -> None:
        self.nav.setCurrentRow(USERS)
        self.users.show_tab(cast("QWidget", self.office_page))

    def _show_office_status(self) -> None:
        office = self.office
        text = office.summary()
        self.office_status.setVisible(bool(text))
        metrics = self.office_status.fontMetrics()
        self.office_status.setText(
            metrics.elidedText(text, Qt.TextElideMode.ElideRight, STATUS_WIDTH).replace("&", "&&")
        )
        self.office_status.setToolTip("\n".join([text, *office.details()]))
        style.tone(self.office_status, "error" if office.problem else None)

    def _make_actions(self) -> None:
        menu = self.menuBar().addMenu(self.tr("&Vault"))
        self.lock_action = QAction(self.tr("&Lock now"), self)
        self.lock_action.setShortcut(QKeySequence(LOCK_KEYS))
        self.lock_action.triggered.connect(lambda: self.lock_requested.emit(False))
        self.panic_action = QAction(self.tr("&Hide and lock"), self)
        self.panic_action.setShortcuts([QKeySequence(k) for k in PANIC_KEYS])
        self.panic_action.setShortcutContext(Qt.ShortcutContext.ApplicationShortcut)
        self.panic_action.triggered.connect(lambda: self.lock_requested.emit(True))
        self.new_action = QAction(self.tr("&New client…"), self)
        self.new_action.setShortcut(QKeySequence.StandardKey.New)
        self.new_action.triggered.connect(self._new_client)
        self.find_action = QAction(self.tr("&Find a client"), self)
        self.find_action.setShortcut(QKeySequence.StandardKey.Find)
        self.find_action.triggered.connect(self.focus_search)
        self.sync_action = QAction(self.tr("S&ync with the office now"), self)
        self.sync_action.setShortcut(QKeySequence(SYNC_KEYS))
        self.sync_action.triggered.connect(self.sync_office)
        for action in (self.new_action, self.find_action, self.sync_action, self.lock_action,
                       self.panic_action):  # fmt: skip
            menu.addAction(action)
            self.addAction(action)
        self.quit_action = QAction(self)
        self.quit_action.triggered.connect(self.quit_requested)
        main_menus.add_menus(self, menu, self.nav, self.quit_action)

    def _new_client(self) -> None:
        self.nav.setCurrentRow(0)
        if self.cases.close_case():
            self.cases.setCurrentWidget(self.cases.list_page)
            self.cases.list_page.new_client()

    def focus_search(self) -> None:
        self.nav.setCurrentRow(0)
        self.cases.back_to_list()

    def _open_case_from_elsewhere(self, case_id: str) -> None:
        self.nav.setCurrentRow(0)
        self.cases.open_case(case_id)

    def _set_case_title(self, case_code: str) -> None:
        self.setWindowTitle(f"{APP_NAME} — {case_code}" if case_code else APP_NAME)

    # --- drafts ------------------------------------------------------------------------------------
    def drafts(self) -> dict[str, dict[str, Any]]:
        """Everything half-typed, to be kept encrypted while the vault is locked."""
        found: dict[str, dict[str, Any]] = {}
        if self.cases.case_file is not None:
            draft = self.cases.case_file.draft()
            if draft:
                found[f"case-file:{draft['case_id']}"] = draft
        if self.stack.built(HOTLINE):  # a section never shown has nothing half-typed
            found.update(self.hotline.drafts())
        found.update(dialog_drafts.collect(self))
        found[PLACE_KEY] = self.place()
        return found

    def place(self) -> dict[str, Any]:
        """Where the person is: the section, the open case and its tab (ids, never names)."""
        case_file = self.cases.case_file
        return {
            "section": self.nav.currentRow(),
            "case_id": case_file.case.id if case_file is not None else None,
            "tab": case_file.tabs.currentIndex() if case_file is not None else None,
        }

    def go_to(self, place: dict[str, Any]) -> None:
        """Back where `place()` was taken: after unlock the person is where they were."""
        case_id, tab = place.get("case_id"), place.get("tab")
        if case_id:
            case_file = self.cases.case_file
            if case_file is None or case_file.case.id != case_id:
                try:
                    case_file = self.cases.open_case(str(case_id))
                except Exception:  # the case may be gone (deleted, transferred, no access)
                    log.warning("could not reopen the case the person was in", exc_info=True)
                    case_file = None
            if case_file is not None and isinstance(tab, int):
                case_file.tabs.setCurrentIndex(tab)
        section = place.get("section")
        if isinstance(section, int) and 0 <= section < self.nav.count():
            self.nav.setCurrentRow(section)

    def restore_drafts(self, drafts: dict[str, dict[str, Any]]) -> None:
        from astra_desktop.gui.hotline.page import DRAFT_KEY

        if DRAFT_KEY in drafts and self.hotline.restore_drafts(drafts):
            self.nav.setCurrentRow(HOTLINE)
        for key, draft in drafts.items():
            if key.startswith("case-file:"):
                case_file = self.cases.open_case(str(draft["case_id"]))
                if case_file is not None:
                    case_file.restore(draft)
        if PLACE_KEY in drafts:
            self.go_to(drafts[PLACE_KEY])
        dialog_drafts.restore(self, drafts)

    def closeEvent(self, event: QCloseEvent) -> None:
        case_file = self.cases.case_file
        if case_file is not None and not case_file.confirm_discard():
            event.ignore()
            return
        event.accept()
