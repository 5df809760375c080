"""The app in Serbian Latin, Serbian Cyrillic and English, and with stretched strings.

Screenshots go to docs/screenshots/i18n-<language>-<screen>.png; the stretched ones show that
no layout breaks when translations are half as long again as the English.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication, QDialogButtonBox
from pytestqt.qtbot import QtBot

from astra_desktop import app_settings
from astra_desktop.core.models import Client
from astra_desktop.gui import i18n
from astra_desktop.gui.app import AppController
from astra_desktop.services import clients
from astra_desktop.services import session as vault_session
from tests.conftest import ADMIN, ADMIN_PASS
from tests.gui.conftest import close, shoot
from tools import update_translations as ut

SERBIAN = ["Cvetković", "Čolić", "Ćirić", "Dragić", "Džajić", "Đorđević", "Lukić", "Ljubić",
           "Njegoš", "Živković"]  # fmt: skip
# The same names in Cyrillic (azbuka) order: а б в г д ђ е ж з и ј к л љ м н њ о п р с т ћ у ф х ц ч џ ш
AZBUKA = ["Dragić", "Đorđević", "Živković", "Lukić", "Ljubić", "Njegoš", "Ćirić", "Cvetković",
          "Čolić", "Džajić"]  # fmt: skip
NAMES = [
    ("Živković", "Ana"), ("Cvetković", "Marko"), ("Čolić", "Jelena"), ("Ćirić", "Ivan"),
    ("Džajić", "Milica"), ("Dragić", "Petar"), ("Đorđević", "Sara"), ("Ljubić", "Nina"),
    ("Lukić", "Vuk"), ("Njegoš", "Tara"),
]  # fmt: skip


@pytest.fixture(scope="module", autouse=True)
def _catalogues_built() -> None:
    if not all(ut.qm_path(loc).exists() for loc in ut.LOCALES):
        ut.release()


@pytest.fixture
def translated() -> Iterator[None]:
    yield
    i18n.uninstall()


def _controller(qtbot: QtBot, vault_folder: Path, code: str, factor: float = 0) -> AppController:
    i18n.install(code, factor)
    app_settings.save(vault_folder.parent, app_settings.AppSettings(language=code))
    ctl = AppController(vault_folder.parent, idle_poll_ms=50)
    ctl.start()
    return ctl


def _unlock(ctl: AppController, vault_folder: Path) -> None:
    """Unlock without the unlock window (one key derivation, not two: GUI tests share CPUs)."""
    session = vault_session.unlock(vault_folder, ADMIN, ADMIN_PASS)
    for family, given in NAMES:
        clients.register(session, Client(given_name=given, family_name=family))
    ctl.on_unlocked(session)


def _close(ctl: AppController) -> None:
    close(ctl)


def test_cyrillic_catalogue_is_loaded(qtbot: QtBot, vault_folder: Path, translated: None) -> None:
    ctl = _controller(qtbot, vault_folder, "sr-Cyrl")
    try:
        assert ctl.unlock_window is not None
        assert ctl.unlock_window.windowTitle() == "ASTRA Desktop — закључано"
        _unlock(ctl, vault_folder)
        main = ctl.main
        assert main is not None
        assert main.nav.item(0).text() == "Клијенти & случајеви"
        assert main.nav.item(6).text() == "Корисници & подешавања"
        # Qt's standard buttons come from our catalogue (PySide6 has no qtbase_sr)
        box = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        assert box.button(QDialogButtonBox.StandardButton.Cancel).text() == "Откажи"
        assert i18n.locale().toString(1234.5, "f", 2) == "1.234,50"
    finally:
        _close(ctl)


def test_case_list_in_the_cyrillic_interface_is_in_azbuka_order(
    qtbot: QtBot, vault_folder: Path, translated: None
) -> None:
    ctl = _controller(qtbot, vault_folder, "sr-Cyrl")
    try:
        _unlock(ctl, vault_folder)
        assert ctl.main is not None
        page = ctl.main.cases.list_page
        qtbot.waitUntil(lambda: page.model.rowCount() == len(NAMES), timeout=10000)
        # a click on the "Client" header, as a person would sort the list
        header = page.view.horizontalHeader()
        x = header.sectionViewportPosition(1) + header.sectionSize(1) // 2
        qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, 5))
        if header.sortIndicatorOrder() != Qt.SortOrder.AscendingOrder:
            qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, 5))
        model = page.model

        def families() -> list[str]:
            return [str(model.index(r, 1).data()).split()[-1] for r in range(model.rowCount())]

        qtbot.waitUntil(lambda: families() == AZBUKA, timeout=10000)
        assert page.model.query.alphabet == "cyrillic"
    finally:
        _close(ctl)


def test_stretch_keeps_placeholders() -> None:
    text = i18n.stretch("&Save {0} of %n", 1.5)
    assert text.startswith("&Save {0} of %n") and text.endswith("·")
    assert len(text) > len("&Save {0} of %n")
    assert i18n.stretch("a\nb", 2) == "a·\nb·"


def test_stretched_serbian_keeps_every_catalogue(translated: None) -> None:
    """Stretching (the layout check) pads the Serbian text of the app's own strings, Qt's buttons
    and the services' messages alike, never the English source of the last two."""
    from astra_desktop.errors import NotFound

    i18n.install("sr-Latn", 1.5)
    box = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
    cancel = box.button(QDialogButtonBox.StandardButton.Cancel).text()
    assert cancel.startswith("Otkaži") and cancel.endswith("·"), cancel
    message = str(NotFound("The case was not found, or it is not assigned to you."))
    assert message.startswith("Slučaj nije pronađen ili vam nije dodeljen."), message
    assert message.endswith("·"), message


# No exceptions: every section fits a 1366-pixel screen also with strings 1.5× as long (the
# hotline's rows of buttons wrap onto a second line instead of widening the window).
KNOWN_TOO_WIDE_WHEN_STRETCHED: set[str] = set()

SCREENS = [
    ("sr-Latn", 0, "sr-Latn"),
    ("sr-Cyrl", 0, "sr-Cyrl"),
    ("en", 0, "en"),
    ("sr-Latn", 1.5, "stretched-sr-Latn"),
    ("en", 1.5, "stretched-en"),
]


@pytest.mark.parametrize(("code", "factor", "label"), SCREENS)
def test_screenshots_of_the_main_screens(
    qtbot: QtBot, vault_folder: Path, translated: None, code: str, factor: float, label: str
) -> None:
    ctl = _controller(qtbot, vault_folder, code, factor)
    try:
        assert ctl.unlock_window is not None
        shoot(ctl.unlock_window, f"i18n-{label}-unlock")
        _unlock(ctl, vault_folder)
        main = ctl.main
        assert main is not None
        assert main.nav.item(1).text().endswith("·") == bool(factor)
        main.resize(1366, 768)
        QApplication.processEvents()
        page = main.cases.list_page
        qtbot.waitUntil(lambda: str(len(NAMES)) in page.count.text(), timeout=10000)
        page.view.sortByColumn(1, Qt.SortOrder.AscendingOrder)  # by client: Serbian order
        model = page.model

        def names() -> list[str]:
            return [str(model.index(r, 1).data()).split()[-1] for r in range(model.rowCount())]

        # abeceda, or azbuka in the Cyrillic interface (Драгић, Ђорђевић, Живковић … Џајић)
        order = AZBUKA if code == "sr-Cyrl" else SERBIAN
        qtbot.waitUntil(lambda: names()[:1] == order[:1], timeout=10000)
        assert names() == order
        qtbot.wait(50)  # let the layout give the count its new width before the picture
        shoot(main, f"i18n-{label}-case-list")
        case_id = main.cases.list_page.model.case_id(0)
        main.cases.open_case(case_id)
        QApplication.processEvents()
        shoot(main, f"i18n-{label}-case-file")
        for row, screen in ((1, "appointments"), (2, "risk"), (5, "hotline"), (6, "settings")):
            main.nav.setCurrentRow(row)
            QApplication.processEvents()
            shoot(main, f"i18n-{label}-{screen}")
        # No page may force the window wider than a 1366-pixel laptop screen.
        too_wide = [
            type(page).__name__
            for page in (main.stack.widget(i) for i in range(main.stack.count()))
            if page.minimumSizeHint().width() + main.nav.width() + 40 > 1366
        ]
        known = KNOWN_TOO_WIDE_WHEN_STRETCHED if factor else set()
        assert set(too_wide) <= known, too_wide
    finally:
        _close(ctl)


def test_language_chosen_in_settings_applies_at_once(
    qtbot: QtBot, vault_folder: Path, translated: None
) -> None:
    ctl = _controller(qtbot, vault_folder, "en")
    try:
        _unlock(ctl, vault_folder)
        old = ctl.main
        assert old is not None and old.nav.item(0).text() == "Clients & cases"
        old.nav.setCurrentRow(5)  # a call half-typed on the hotline: it must survive the switch
        old.hotline.calls.form.note.setPlainText("Pozvala je majka, ćerka nestala u Novom Sadu.")
        old.nav.setCurrentRow(6)
        users = old.users
        users.language.setCurrentIndex(users.language.findData("sr-Cyrl"))
        assert app_settings.load(vault_folder.parent).language == "sr-Cyrl"
        qtbot.waitUntil(lambda: ctl.main is not None and ctl.main is not old, timeout=10000)
        main = ctl.main
        assert main is not None and main.isVisible() and not old.isVisible()
        assert ctl.session is not None  # no new sign-in: the same session goes on
        assert main.nav.item(0).text() == "Клијенти & случајеви"
        assert main.nav.currentRow() == 6  # still on Users & settings, now in Cyrillic
        assert main.users.language.currentData() == "sr-Cyrl"
        note = main.hotline.calls.form.note.toPlainText()
        assert note == "Pozvala je majka, ćerka nestala u Novom Sadu."
        page = main.cases.list_page  # and names in azbuka order from now on
        assert page.current_query().alphabet == "cyrillic"
        ctl.lock()
        assert ctl.unlock_window is not None
        assert ctl.unlock_window.windowTitle() == "ASTRA Desktop — закључано"
    finally:
        _close(ctl)


@pytest.mark.parametrize(("code", "factor", "label"), SCREENS)
def test_screenshot_of_the_setup_wizard(
    qtbot: QtBot, tmp_path: Path, translated: None, code: str, factor: float, label: str
) -> None:
    from astra_desktop.gui.wizard import SetupWizard

    i18n.install(code, factor)
    ctl = AppController(tmp_path / "home", idle_poll_ms=50)
    ctl.start()
    try:
        wizard = ctl.wizard
        assert isinstance(wizard, SetupWizard)
        shoot(wizard, f"i18n-{label}-wizard")
    finally:
        _close(ctl)
