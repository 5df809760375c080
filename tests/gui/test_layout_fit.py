"""Every window and dialog fits a small laptop screen, and no text in it is cut off.

At 1366×768 and 1280×720 (minus a 40-pixel taskbar, and the title bar the window manager adds),
in English, Serbian Latin and Serbian Cyrillic. Widgets are found by walking each window's
children, so a new dialog's labels and buttons are checked without changing this file; a new
dialog *class* must be added to DIALOGS (a test fails until it is).
"""

from __future__ import annotations

import importlib
import pkgutil
from collections.abc import Callable, Iterator
from datetime import date, datetime, time, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, QRect
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QCheckBox,
    QDialog,
    QLabel,
    QMainWindow,
    QPushButton,
    QRadioButton,
    QStyle,
    QTabBar,
    QTabWidget,
    QWidget,
    QWizard,
)
from pytestqt.qtbot import QtBot

import astra_desktop.gui
from astra_desktop import app_settings
from astra_desktop.core.appointments import Appointment, AppointmentKind, local_now
from astra_desktop.core.disclosure import Choices
from astra_desktop.core.hotline import Call, CallerType, CallTopic
from astra_desktop.core.missing import MissingSearch
from astra_desktop.core.models import Case, Client, DocumentInfo
from astra_desktop.gui import i18n, screen_fit
from astra_desktop.gui.about_dialog import AboutDialog
from astra_desktop.gui.app import AppController
from astra_desktop.gui.appointment_dialog import AppointmentDialog
from astra_desktop.gui.case_list import NewClientDialog
from astra_desktop.gui.court.claim_editor import ClaimEditor
from astra_desktop.gui.court.dialogs import ChargeDialog, ScheduleHearingDialog
from astra_desktop.gui.court.hearing_dialog import HearingDialog
from astra_desktop.gui.court.trial_dialogs import (
    DefendantDialog,
    TrialChargeDialog,
    TrialDialog,
    TrialHearingDialog,
)
from astra_desktop.gui.demo_start import DemoProgress
from astra_desktop.gui.disclosure_review import DisclosureReview
from astra_desktop.gui.hotline.dialogs import LinkCaseDialog, RegisterClientDialog
from astra_desktop.gui.main_window import MainWindow
from astra_desktop.gui.missing.dialogs import (
    ActionDialog,
    InquiryDialog,
    SearchDialog,
    StatusDialog,
)
from astra_desktop.gui.office.conflicts import OfficeConflictsDialog
from astra_desktop.gui.office.team_dialogs import AddDeviceDialog, CreateTeamDialog, JoinTeamDialog
from astra_desktop.gui.partners.dialog import PartnerDialog
from astra_desktop.gui.powers_dialog import PowersDialog
from astra_desktop.gui.profiles_dialog import LawyerDialog, ProfilesDialog
from astra_desktop.gui.risk_form import AssessmentForm
from astra_desktop.gui.tasks import TaskRunner
from astra_desktop.gui.templates_dialog import TemplatesDialog
from astra_desktop.gui.transfer_dialogs import ConflictsDialog, RestoreDialog, SecretDialog
from astra_desktop.gui.users_page import AddUserDialog, PassphraseDialog
from astra_desktop.gui.viewer import DocumentViewer
from astra_desktop.gui.wizard import SetupWizard
from astra_desktop.services import (
    appointments,
    clients,
    disclosure,
    hearings,
    hotline,
    missing,
    proceedings,
    sync,
    transfer,
)
from astra_desktop.services import session as vault_session
from astra_desktop.services.restore import Preview
from astra_desktop.services.session import Session
from tests.conftest import ADMIN, ADMIN_PASS
from tests.gui._loaded import loaded
from tests.gui.conftest import close
from tools import update_translations as ut

# A laptop screen without its taskbar: what QScreen.availableGeometry() reports there.
TASKBAR = 40
SCREENS = {
    "1366x768": QRect(0, 0, 1366, 768 - TASKBAR),
    "1280x720": QRect(0, 0, 1280, 720 - TASKBAR),
}
LANGUAGES = ("en", "sr-Latn", "sr-Cyrl")
SLACK = 1  # pixels of rounding


@pytest.fixture(scope="module", autouse=True)
def _catalogues_built() -> None:
    if not all(ut.qm_path(loc).exists() for loc in ut.LOCALES):
        ut.release()


@pytest.fixture(params=list(SCREENS))
def screen(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> QRect:
    area = SCREENS[request.param]
    monkeypatch.setattr(screen_fit, "available_geometry", lambda _window: QRect(area))
    return area


@pytest.fixture(params=LANGUAGES)
def language(request: pytest.FixtureRequest) -> Iterator[str]:
    i18n.install(request.param)
    yield request.param
    i18n.uninstall()


# --- what "fits" means -------------------------------------------------------------------------


def _text(widget: QWidget) -> str:
    return widget.text() if isinstance(widget, QLabel | QAbstractButton) else ""


def clipped(window: QWidget) -> list[str]:
    """Labels, buttons and tabs on `window` given less room than their text needs."""
    found = []
    for w in window.findChildren(QWidget):
        if w.window() is not window or not w.isVisibleTo(window):
            continue
        name = f"{type(w).__name__} {_text(w)[:40]!r}"
        if isinstance(w, QLabel) and w.text():
            if w.wordWrap():
                need = w.heightForWidth(w.width())
                if need > w.height() + SLACK:
                    found.append(f"{name}: {w.height()} px tall, wrapped text needs {need}")
            else:
                hint = w.minimumSizeHint()
                if hint.width() > w.width() + SLACK or hint.height() > w.height() + SLACK:
                    found.append(f"{name}: {w.width()}×{w.height()}, needs {hint.toTuple()}")
        elif isinstance(w, QPushButton | QCheckBox | QRadioButton) and w.text():
            need = _button_need(w)
            if need > w.width() + SLACK:
                found.append(f"{name}: {w.width()} px wide, needs {need}")
        elif (
            isinstance(w, QTabBar)
            and w.count()
            and w.shape()
            in (
                QTabBar.Shape.RoundedNorth,
                QTabBar.Shape.RoundedSouth,
            )
        ):
            need = w.sizeHint().width()
            if need > w.width() + SLACK:
                tabs = [w.tabText(i) for i in range(w.count())]
                found.append(f"tabs {tabs}: {w.width()} px wide, need {need}")
    return found


def _button_need(button: QAbstractButton) -> int:
    """The width a button's text and icon need: its size hint, except that a push button's
    hint has a style minimum (80 px) a deliberately small "◀" button does not need."""
    if not isinstance(button, QPushButton):
        return button.sizeHint().width()
    style = button.style()
    text = button.fontMetrics().horizontalAdvance(button.text().replace("&", ""))
    icon = button.iconSize().width() + 4 if not button.icon().isNull() else 0
    margins = 2 * style.pixelMetric(QStyle.PixelMetric.PM_ButtonMargin, None, button)
    frame = 2 * style.pixelMetric(QStyle.PixelMetric.PM_DefaultFrameWidth, None, button)
    return min(button.sizeHint().width(), text + icon + margins + frame)


def misfits(window: QWidget, area: QRect) -> list[str]:
    """Why `window`, shown, does not fit `area` with its frame, or cuts off text."""
    window.show()
    runner = getattr(window, "runner", None)  # the main window's: a section may fill itself late
    for _ in range(500):
        QTest.qWait(10)
        if not (isinstance(runner, TaskRunner) and runner.busy):
            break
    for _ in range(3):  # texts set by finished tasks, then the layout they request
        QTest.qWait(10)
    w = window.width() + 2 * screen_fit.FRAME
    h = window.height() + screen_fit.TITLE_BAR + screen_fit.FRAME
    problems = []
    if w > area.width() or h > area.height():
        problems.append(
            f"{w}×{h} with its frame on a {area.width()}×{area.height()} screen "
            f"({max(w - area.width(), 0)} px too wide, {max(h - area.height(), 0)} px too tall)"
        )
    return problems + clipped(window)


def settle(qtbot: QtBot, page: QWidget | None) -> None:
    """A page that reads its records on the task runner (gui/loading.py), once they are shown."""
    if page is not None and hasattr(page, "loading"):
        qtbot.waitUntil(lambda: not page.loading, timeout=5000)


def check(window: QWidget, area: QRect, what: str, report: dict[str, list[str]]) -> None:
    found = misfits(window, area)
    if found:
        report[what] = found


# --- the windows ---------------------------------------------------------------------------------


def _fill(session: Session) -> dict[str, str]:
    case = clients.register(session, Client("Jelena", "Đorđević"), Case(""))
    start = datetime.combine(date.today() + timedelta(days=2), time(10))
    appointments.add(
        session, Appointment(case.id, AppointmentKind.MEDICAL, start, start + timedelta(hours=1))
    )
    from astra_desktop.core.court import Proceeding

    p = proceedings.add(session, Proceeding(case.id, court="Viši sud u Beogradu"))
    hearing = hearings.schedule(session, p.id, datetime.combine(date.today(), time(9, 30)))
    search = missing.open_search(session, MissingSearch("M. P.", date.today()))
    call = hotline.log_call(
        session,
        Call(
            local_now().replace(second=0, microsecond=0) - timedelta(hours=1),
            CallTopic.MISSING_PERSON,
            caller_type=CallerType.FAMILY_MEMBER,
            duration_minutes=25,
            note="Majka: ćerka se ne javlja dve nedelje posle odlaska na posao u Beč.",
            follow_up=True,
            referral="Policija",
        ),
    )
    from astra_desktop.core.court import Defendant
    from astra_desktop.core.trials import MonitoredTrial
    from astra_desktop.services import trials

    trial = trials.add(session, MonitoredTrial(court="Viši sud u Novom Sadu",
                                               injured_parties=["OŠ-1", "OŠ-2"]))  # fmt: skip
    trials.add_defendant(session, Defendant(trial.id, "D. J."))
    return {
        "trial": trial.id,
        "case": case.id,
        "proceeding": p.id,
        "hearing": hearing.hearing.id,
        "search": search.id,
        "call": call.id,
    }


def _pdf() -> bytes:
    from io import BytesIO

    from reportlab.pdfgen.canvas import Canvas

    out = BytesIO()
    pdf = Canvas(out)
    pdf.drawString(72, 720, "Poziv za ročište")
    pdf.save()
    return out.getvalue()


def dialogs(
    session: Session, ids: dict[str, str], parent: QWidget
) -> dict[type, Callable[[], QWidget]]:
    """One way to open every dialog class the app has."""
    preview = Preview("b", "v", datetime.now(), "admin", "Ana Admin", "Astra NGO", {"clients": 3})
    conflict = transfer.Conflict(
        "clients:1", "clients", "1", "AST-2026-0001", "client", [("contact", "063", "064")]
    )
    search = missing.open_for_view(session, ids["search"])
    info = DocumentInfo(ids["case"], "letter.pdf", 0, "", mime="application/pdf")
    table: dict[type, Callable[[], QWidget]] = {
        NewClientDialog: lambda: NewClientDialog(session, parent),
        CreateTeamDialog: lambda: CreateTeamDialog(parent),
        JoinTeamDialog: lambda: JoinTeamDialog("", parent),
        AddDeviceDialog: lambda: AddDeviceDialog(parent),
        AppointmentDialog: lambda: AppointmentDialog(session, case_id=ids["case"], parent=parent),
        HearingDialog: lambda: HearingDialog(session, ids["hearing"], parent),
        ScheduleHearingDialog: lambda: ScheduleHearingDialog(
            session, ids["proceeding"], "Viši sud u Beogradu", parent
        ),
        ChargeDialog: lambda: ChargeDialog(session, ids["proceeding"], parent=parent),
        AssessmentForm: lambda: AssessmentForm(session, ids["case"], parent=parent),
        RegisterClientDialog: lambda: RegisterClientDialog(
            session, "Register", "A call about a young woman.", lambda c, k: k, "Ana", parent
        ),
        LinkCaseDialog: lambda: LinkCaseDialog(
            session, "Link", "Choose the case this call belongs to.", lambda c: c, parent
        ),
        SearchDialog: lambda: SearchDialog(session, parent=parent),
        ActionDialog: lambda: ActionDialog(session, ids["search"], parent=parent),
        StatusDialog: lambda: StatusDialog(session, search, parent=parent),
        InquiryDialog: lambda: InquiryDialog(session, ids["search"], parent=parent),
        SecretDialog: lambda: SecretDialog("Open", "The backup's passphrase", True, parent),
        RestoreDialog: lambda: RestoreDialog(preview, True, parent),
        ConflictsDialog: lambda: ConflictsDialog([conflict], parent),
        OfficeConflictsDialog: lambda: OfficeConflictsDialog(
            [sync.Held("d1", "jovan", 3, [conflict])], parent
        ),
        PassphraseDialog: lambda: PassphraseDialog("Change", ADMIN, True, parent),
        AddUserDialog: lambda: AddUserDialog(parent),
        DocumentViewer: lambda: DocumentViewer(info, _pdf(), parent),
        AboutDialog: lambda: AboutDialog(parent),
        DemoProgress: lambda: DemoProgress(2000),
        DisclosureReview: lambda: _review(session, ids["case"], parent),
        ProfilesDialog: lambda: ProfilesDialog(session, parent),
        LawyerDialog: lambda: LawyerDialog(session, None, parent),
        PowersDialog: lambda: PowersDialog(session, ids["proceeding"], parent),
        ClaimEditor: lambda: ClaimEditor(session, ids["case"], parent),
        PartnerDialog: lambda: PartnerDialog(session, None, parent),
        TemplatesDialog: lambda: TemplatesDialog(session, parent),
        TrialDialog: lambda: TrialDialog(session, ids["trial"], parent),
        DefendantDialog: lambda: DefendantDialog(session, ids["trial"], parent),
        TrialChargeDialog: lambda: TrialChargeDialog(session, ids["trial"], None, parent),
        TrialHearingDialog: lambda: TrialHearingDialog(session, ids["trial"], None, parent),
    }
    return table


def _review(session: Session, case_id: str, parent: QWidget) -> DisclosureReview:
    found = disclosure.candidates(session, case_id)
    runner = parent.runner if isinstance(parent, MainWindow) else TaskRunner(parent)
    return DisclosureReview(
        session, runner, case_id, "chronology", "sr-Latn", {}, Choices(), found, parent
    )


def window_classes() -> set[type]:
    """Every dialog, wizard and main window class defined in astra_desktop.gui."""
    for mod in pkgutil.walk_packages(astra_desktop.gui.__path__, "astra_desktop.gui."):
        importlib.import_module(mod.name)  # subpackages too (gui/court/, gui/hotline/, …)
    found: set[type] = set()
    todo: list[type] = [QDialog, QMainWindow]
    while todo:
        cls = todo.pop()
        for sub in cls.__subclasses__():
            todo.append(sub)
            if sub.__module__.startswith("astra_desktop.gui.") and "guarded" not in sub.__module__:
                found.add(sub)
    return found


def test_every_dialog_class_is_checked(qtbot: QtBot, session: Session) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)
    known = set(dialogs(session, _fill(session), parent)) | {MainWindow, SetupWizard}
    assert window_classes() - known == set(), "add the new dialog to DIALOGS in this file"


def test_windows_fit_the_screen_and_cut_off_no_text(
    qtbot: QtBot, vault_folder: Path, screen: QRect, language: str
) -> None:
    report: dict[str, list[str]] = {}
    app_settings.save(vault_folder.parent, app_settings.AppSettings(language=language))
    ctl = AppController(vault_folder.parent, idle_poll_ms=50)
    ctl.start()
    try:
        assert ctl.unlock_window is not None
        check(ctl.unlock_window, screen, "unlock window", report)
        session = vault_session.unlock(vault_folder, ADMIN, ADMIN_PASS)
        ids = _fill(session)
        ctl.on_unlocked(session)
        main = ctl.main
        assert main is not None
        for row in range(main.nav.count()):
            main.nav.setCurrentRow(row)
            page = main.stack.currentWidget()
            tabs = [page] if not isinstance(page, QTabWidget) else []
            settle(qtbot, page)  # checked with its records shown, not "Loading…"
            for i in range(page.count() if isinstance(page, QTabWidget) else 0):
                page.setCurrentIndex(i)
                settle(qtbot, page.currentWidget())
                check(
                    main, screen, f"section {main.nav.item(row).text()} / {page.tabText(i)}", report
                )
            if tabs:
                check(main, screen, f"section {main.nav.item(row).text()}", report)
        hot = main.hotline
        main.nav.setCurrentRow(main.stack.indexOf(hot))
        hot.setCurrentWidget(hot.calls)
        hot.calls.model.refresh(wait=True)
        assert hot.calls.select_call(ids["call"])
        check(main, screen, "hotline / a call chosen", report)
        hot.setCurrentWidget(hot.missing)
        hot.missing.refresh()
        assert loaded(qtbot, hot.missing).select(ids["search"])
        check(main, screen, "hotline / a search chosen", report)
        main.nav.setCurrentRow(0)
        case_file = main.cases.open_case(ids["case"])
        assert case_file is not None
        for i in range(case_file.tabs.count()):
            case_file.tabs.setCurrentIndex(i)
            check(main, screen, f"case file / {case_file.tabs.tabText(i)}", report)
        for cls, make in dialogs(session, ids, main).items():
            dialog = make()
            check(dialog, screen, cls.__name__, report)
            dialog.hide()
            dialog.deleteLater()
        ctl.runner.wait()
    finally:
        close(ctl)  # its reminder timer and idle clock must not outlive the closed vault
        QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    assert report == {}, "\n".join(f"{k}: {v}" for k, v in report.items())


def test_setup_wizard_pages_fit(qtbot: QtBot, tmp_path: Path, screen: QRect, language: str) -> None:
    from astra_desktop.gui.tasks import TaskRunner

    runner = TaskRunner()
    wizard = SetupWizard(tmp_path, tmp_path / "vault", runner)
    qtbot.addWidget(wizard)
    report: dict[str, list[str]] = {}
    for page_id in wizard.pageIds():
        wizard.setStartId(page_id)
        wizard.restart()
        check(wizard, screen, f"wizard page {page_id}", report)
    wizard.hide()
    runner.wait()
    assert report == {}, "\n".join(f"{k}: {v}" for k, v in report.items())
    assert isinstance(wizard, QWizard)
