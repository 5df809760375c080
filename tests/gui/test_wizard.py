"""First run, as a person does it: organisation, administrator, recovery sheet, retyping part of it."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtWidgets import QWidget, QWizard
from pytestqt.qtbot import QtBot

from astra_desktop import app_settings
from astra_desktop.gui import i18n
from astra_desktop.gui.app import AppController
from astra_desktop.gui.tasks import TaskRunner
from astra_desktop.gui.wizard import SetupWizard
from astra_desktop.services import session as vs
from astra_desktop.storage import kdf
from tests.gui.conftest import shoot, type_text

ROOT = Path(__file__).resolve().parents[2]


def test_first_run_wizard_creates_vault(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(kdf, "calibrate", lambda target_seconds=0.5: kdf.FLOOR)
    home = tmp_path / "home"
    ctl = AppController(home)
    ctl.start()
    wizard = ctl.wizard
    assert wizard is not None and ctl.unlock_window is None
    qtbot.addWidget(wizard)
    wizard.resize(1366, 768)
    page = wizard.organisation_page
    type_text(qtbot, page.organisation, "ASTRA – Akcija protiv trgovine ljudima")
    page.language.setCurrentIndex(1)  # Srpski (latinica)
    shoot(wizard, "wizard-1-organisation")
    wizard.next()

    admin = wizard.admin_page
    qtbot.keyClicks(admin.username, "marija")
    qtbot.keyClicks(admin.passphrase.edit, "password1")
    assert not admin.isComplete()  # too weak: the meter says so
    assert admin.passphrase.meter.value() <= 1
    admin.passphrase.edit.clear()
    qtbot.keyClicks(admin.passphrase.edit, "lantern orchard velvet compass")
    qtbot.keyClicks(admin.confirm, "lantern orchard velvet compass")
    assert admin.isComplete()
    shoot(wizard, "wizard-2-administrator")
    wizard.button(QWizard.WizardButton.NextButton).click()
    qtbot.waitUntil(lambda: wizard.session is not None and wizard.currentId() == 2, timeout=15000)

    recovery = wizard.currentPage()
    assert wizard.recovery_key and wizard.recovery_key in recovery.key_label.text()  # type: ignore[attr-defined]
    assert not recovery.isComplete()
    recovery.kept.setChecked(True)  # type: ignore[attr-defined]
    shoot(wizard, "wizard-3-recovery-key")
    wizard.next()

    confirm = wizard.currentPage()
    qtbot.keyClicks(confirm.retyped, "ZZZZ-ZZZZ")  # type: ignore[attr-defined]
    assert not confirm.isComplete()
    confirm.retyped.clear()  # type: ignore[attr-defined]
    last_two = "-".join(wizard.recovery_key.split("-")[-2:])
    qtbot.keyClicks(confirm.retyped, last_two.lower())  # type: ignore[attr-defined]
    assert confirm.isComplete()
    with qtbot.waitSignal(ctl.unlocked, timeout=5000):
        wizard.button(QWizard.WizardButton.FinishButton).click()
    assert ctl.main is not None and ctl.session is not None
    assert app_settings.load(home).language == "sr-Latn"
    assert "marija" not in (home / "settings.json").read_text()
    ctl.lock()
    # The recovery key shown once really opens the vault.
    vs.unlock_with_recovery(home / "vault", wizard.recovery_key).close()
    ctl.unlock_window.close()  # type: ignore[union-attr]


def test_wizard_pages_are_translated_in_their_own_context(qtbot: QtBot, tmp_path: Path) -> None:
    """Each page's layout and texts live in ui/wizard_*.ui, translated in the context of the page
    class: every Designer text on every page shows its Serbian translation from the catalogue."""
    from tools import update_translations as ut

    if not ut.qm_path("sr_Latn").exists():
        ut.release()
    catalogue = {
        (context.findtext("name"), message.findtext("source")): message.findtext("translation")
        for context in ET.parse(ut.ts_path("sr_Latn")).getroot().iter("context")
        for message in context.iter("message")
    }
    i18n.install("sr-Latn")
    runner = TaskRunner()
    try:
        wizard = SetupWizard(tmp_path, tmp_path / "vault", runner)
        qtbot.addWidget(wizard)
        pages = {type(wizard.page(i)).__name__: wizard.page(i) for i in wizard.pageIds()}
        checked = 0
        for ui in sorted((ROOT / "ui").glob("wizard_*.ui")):
            root = ET.parse(ui).getroot()
            page = pages[root.findtext("class") or ""]
            shown = {"title": page.title(), "subTitle": page.subTitle()}
            for widget in root.iter("widget"):
                for prop in widget.findall("property"):
                    string = prop.find("string")
                    if string is None or not string.text or string.get("notr") == "true":
                        continue
                    source = string.text
                    name, what = widget.get("name", ""), prop.get("name", "")
                    target = page if name == page.objectName() else page.findChild(QWidget, name)
                    text = shown[what] if target is page else getattr(target, what)()
                    assert text == catalogue[(page.objectName(), source)], (ui.name, name, what)
                    checked += 1
        assert checked >= 30
        # A label made in Designer has its buddy: Alt+F on "Backup file" reaches the file field.
        restore = wizard.restore_page
        assert restore.ui.fileLabel.buddy() is restore.file
        assert restore.ui.fileLabel.text() == "&Fajl rezervne kopije"
    finally:
        runner.wait()
        i18n.uninstall()
