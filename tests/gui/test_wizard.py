"""First run, as a person does it: organisation, administrator, recovery sheet, retyping part of it."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QWizard
from pytestqt.qtbot import QtBot

from astra_desktop import app_settings
from astra_desktop.gui.app import AppController
from astra_desktop.services import session as vs
from astra_desktop.storage import kdf
from tests.gui.conftest import shoot, type_text


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
