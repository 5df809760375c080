"""A case bundle opened in the Backups page: the summary says how many partners it added to the
registry (inactive, to be checked before anyone is referred to them), in the person's language."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtWidgets import QDialog
from pytestqt.qtbot import QtBot

from astra_desktop.core.enums import ReferralDirection
from astra_desktop.core.models import Client, Referral
from astra_desktop.core.partners import Partner, PartnerKind
from astra_desktop.gui import i18n
from astra_desktop.gui.backups_page import BackupsPage
from astra_desktop.gui.transfer_dialogs import SecretDialog
from astra_desktop.services import case_records, clients, partners, transfer
from tests.test_transfer import Laptops, laptops

__all__ = ["laptops"]  # the fixture, imported for this test


@pytest.fixture(params=["en", "sr-Latn"])
def language(request: pytest.FixtureRequest) -> Iterator[str]:
    i18n.install(request.param)
    yield request.param
    i18n.uninstall()


def test_the_import_summary_names_the_partners_added(
    qtbot: QtBot, laptops: Laptops, language: str
) -> None:
    a, b = laptops.a, laptops.b
    atina = partners.add(a, Partner("Atina", PartnerKind.NGO, "Beograd"))
    case = clients.register(a, Client("Mila", "Jovanović"))
    case_records.add_entry(a, Referral(case.id, ReferralDirection.OUT, "", date(2026, 2, 2),
                                       partner_id=atina.id))  # fmt: skip
    bundle = laptops.folder / "handover.astratransfer"
    sealed = transfer.export_cases(a, [case.case_code], bundle)
    page = BackupsPage(b)
    qtbot.addWidget(page)
    dialog = SecretDialog("", "", False, page)
    dialog.secret.setText(sealed.passphrase)
    dialog.setResult(QDialog.DialogCode.Accepted)
    page.import_bundle(Path(bundle), dialog)
    expected = {"en": "1 partner added to the registry (inactive)",
                "sr-Latn": "1 partner je dodat u registar (neaktivan)"}[language]  # fmt: skip
    qtbot.waitUntil(lambda: expected in page.message.text(), timeout=15000)
    assert partners.get(b, atina.id).active is False
