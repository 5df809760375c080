"""The partners page and dialog, driven as a person would, on a real vault: every field and every
kind, in English, Serbian Latin and Serbian Cyrillic, fitting a small laptop screen; the filters;
validation shown at the field; roles; locking mid-edit (Ctrl+L, F12) brings the typing back."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QRect, Qt
from PySide6.QtWidgets import QDialogButtonBox, QWidget
from pytestqt.qtbot import QtBot

from astra_desktop.core.enums import Role
from astra_desktop.core.partners import Partner, PartnerFilter, PartnerKind, PartnerService
from astra_desktop.gui import i18n, screen_fit
from astra_desktop.gui.app import AppController
from astra_desktop.gui.dialogs import Messages
from astra_desktop.gui.partners.dialog import PartnerDialog, kinds, services
from astra_desktop.gui.partners.page import PartnersPage
from astra_desktop.services import partners, users
from astra_desktop.services import session as vs
from tests.conftest import CASEWORKER, CASEWORKER_PASS
from tests.gui.conftest import type_text, unlock
from tests.gui.test_layout_fit import clipped, misfits
from tools import update_translations as ut

LAPTOP = QRect(0, 0, 1366, 768 - 40)  # a small laptop screen without its taskbar
NAMES = {"en": "Partner Đorđević", "sr-Latn": "Udruženje Šćepanović",
         "sr-Cyrl": "Удружење Ђорђевић"}  # fmt: skip
TOWNS = ["Beograd", "Novi Sad", "Ниш"]
KINDS, SERVICES = list(PartnerKind), list(PartnerService)


@pytest.fixture(scope="module", autouse=True)
def _catalogues_built() -> None:
    if not all(ut.qm_path(loc).exists() for loc in ut.LOCALES):
        ut.release()


@pytest.fixture(params=["en", "sr-Latn", "sr-Cyrl"])
def language(request: pytest.FixtureRequest) -> Iterator[str]:
    i18n.install(request.param)
    yield request.param
    i18n.uninstall()


@pytest.fixture
def laptop(monkeypatch: pytest.MonkeyPatch) -> QRect:
    monkeypatch.setattr(screen_fit, "available_geometry", lambda _window: QRect(LAPTOP))
    return LAPTOP


def rows(page: PartnersPage) -> list[str]:
    return [page.table.item(r, 0).text() for r in range(page.table.rowCount())]


def fill(qtbot: QtBot, dialog: PartnerDialog, n: int, name: str) -> None:
    """Every field of the dialog, typed; the services ticked in the list."""
    type_text(qtbot, dialog.name, f"{name} {n:02d}")
    assert dialog.kind.set_value(KINDS[n])
    type_text(qtbot, dialog.city, TOWNS[n % 3])
    type_text(qtbot, dialog.country, "Srbija")
    type_text(qtbot, dialog.contact_person, "Dežurna služba")
    qtbot.keyClicks(dialog.phone, f"+381 11 000 {n:04d}")
    qtbot.keyClicks(dialog.email, f"p{n}@example.org")
    for s in {SERVICES[n % 8], SERVICES[(n + 3) % 8]}:
        dialog.services.item(SERVICES.index(s)).setCheckState(Qt.CheckState.Checked)
    type_text(qtbot, dialog.notes, "Prijem č ć đ š ž")


def test_every_field_and_kind(
    qtbot: QtBot, session: vs.Session, language: str, laptop: QRect
) -> None:
    page = PartnersPage(session)
    qtbot.addWidget(page)
    page.resize(1100, 600)
    page.show()
    name = NAMES[language]
    for n in range(len(KINDS)):
        dialog = page.add_partner()
        if n == 0:  # the empty dialog fits the screen, no text cut off
            assert misfits(dialog, laptop) == []
            assert (
                not dialog.save()
            )  # an empty name is refused at the field and dialog.error.text()
            assert dialog.focusWidget() is dialog.name
        fill(qtbot, dialog, n, name)
        with qtbot.waitSignal(dialog.saved, timeout=5000):
            assert dialog.save(), dialog.error.text()
        assert not dialog.isVisible()
    stored = {p.name: p for p in partners.find(session, PartnerFilter(active=None))}
    assert {p.kind for p in stored.values()} == set(PartnerKind)
    for n, kind in enumerate(KINDS):
        p = stored[f"{name} {n:02d}"]
        assert (p.kind, p.city, p.country, p.contact_person, p.phone, p.email, p.notes) == (
            kind, TOWNS[n % 3], "Srbija", "Dežurna služba", f"+381 11 000 {n:04d}",
            f"p{n}@example.org", "Prijem č ć đ š ž")  # fmt: skip
        assert set(p.services) == {SERVICES[n % 8], SERVICES[(n + 3) % 8]} and p.active

    # the list: every kind by its label, in the language's alphabet; it fits and cuts nothing off
    assert len(rows(page)) == len(KINDS)
    labels = kinds()
    shown = {page.table.item(r, 0).text(): page.table.item(r, 1).text()
             for r in range(page.table.rowCount())}  # fmt: skip
    assert shown == {p.name: labels[p.kind.value] for p in stored.values()}
    assert clipped(page) == []
    for kind in KINDS:
        assert page.kind.set_value(kind)
        assert [stored[x].kind for x in rows(page)] == [kind]
    page.kind.setCurrentIndex(0)
    assert page.city.count() == 1 + 3
    assert page.city.set_value("Ниш")
    assert sorted(rows(page)) == [f"{name} {n:02d}" for n in range(2, len(KINDS), 3)]
    page.city.setCurrentIndex(0)
    assert page.offers.set_value(PartnerService.MEDICAL)  # 3: n % 8 == 3 or (n + 3) % 8 == 3
    assert sorted(rows(page)) == [f"{name} {n:02d}" for n in (0, 3, 8, 11)]
    page.offers.setCurrentIndex(0)
    qtbot.keyClicks(page.search, "p5@example")
    assert rows(page) == [f"{name} 05"]
    page.search.clear()
    assert page.count.text() and len(rows(page)) == len(KINDS)
    row = rows(page).index(f"{name} 03")
    assert services()[PartnerService.MEDICAL.value] in page.table.item(row, 3).text()

    # open one, edit it; a wrong e-mail is refused at its field
    assert page.select(stored[f"{name} 04"].id)
    dialog = page.open_partner()
    assert dialog is not None and dialog.name.text() == f"{name} 04"
    assert dialog.kind.value() is KINDS[4] and dialog.phone.text() == "+381 11 000 0004"
    dialog.email.clear()
    qtbot.keyClicks(dialog.email, "nije adresa")
    assert not dialog.save() and dialog.focusWidget() is dialog.email and dialog.error.text()
    dialog.email.clear()
    qtbot.keyClicks(dialog.email, "novi@example.org")
    assert dialog.save()
    assert partners.get(session, stored[f"{name} 04"].id).email == "novi@example.org"

    # inactive, then active again (an administrator); asked first
    assert page.select(stored[f"{name} 04"].id)
    assert page.deactivate_button.isEnabled() and not page.reactivate_button.isEnabled()
    Messages.answer_next(True)
    assert page.set_active(False)
    assert f"{name} 04" not in rows(page)
    assert page.state.set_value(False)
    assert rows(page) == [f"{name} 04"]
    assert page.select(stored[f"{name} 04"].id) and page.reactivate_button.isEnabled()
    assert page.set_active(True)
    assert partners.get(session, stored[f"{name} 04"].id).active


def test_roles_in_the_page(qtbot: QtBot, session: vs.Session, vault_folder: Path) -> None:
    p = partners.add(session, Partner("Viši sud u Beogradu", PartnerKind.COURT, "Beograd"))
    users.add_user(session, CASEWORKER, Role.CASEWORKER, CASEWORKER_PASS)
    users.add_user(session, "vid", Role.VIEWER, "viewer passphrase that is long")
    session.close()
    with vs.unlock(vault_folder, CASEWORKER, CASEWORKER_PASS) as sess:
        page = PartnersPage(sess)
        qtbot.addWidget(page)
        assert page.select(p.id) and page.add_button.isEnabled() and page.edit_button.isEnabled()
        assert not page.deactivate_button.isEnabled() and page.message.text()
        dialog = page.open_partner()
        assert dialog is not None and not dialog.active.isEnabled() and dialog.active.isChecked()
        qtbot.keyClicks(dialog.phone, "011 000 0001")
        assert dialog.save()
        assert partners.get(sess, p.id).phone == "011 000 0001"
    with vs.unlock(vault_folder, "vid", "viewer passphrase that is long") as sess:
        page = PartnersPage(sess)
        qtbot.addWidget(page)
        assert rows(page) == ["Viši sud u Beogradu"] and not page.add_button.isEnabled()
        assert page.select(p.id)
        dialog = page.open_partner()  # to read: nothing can be typed or saved
        assert dialog is not None and dialog.name.isReadOnly() and not dialog.kind.isEnabled()
        box = dialog.findChild(QDialogButtonBox)
        assert box is not None and box.button(QDialogButtonBox.StandardButton.Save) is None
        dialog.reject()


@pytest.mark.parametrize("key", [Qt.Key.Key_L, Qt.Key.Key_F12])
def test_lock_mid_edit_brings_the_typing_back(
    qtbot: QtBot, unlocked: AppController, key: Qt.Key
) -> None:
    """Ctrl+L (lock) or F12 (hide and lock) pressed while a new partner and an edited one are
    half typed: after unlock both dialogs are open again with what was typed, and save."""
    session, main = unlocked.session, unlocked.main
    assert session is not None and main is not None
    court = partners.add(session, Partner("Viši sud u Beogradu", PartnerKind.COURT, "Beograd"))
    page = PartnersPage(session, main)
    page.setWindowFlag(Qt.WindowType.Window)
    page.show()
    new = page.add_partner()
    type_text(qtbot, new.name, "Centar za zaštitu žrtava trgovine ljudima")
    new.kind.set_value(PartnerKind.SOCIAL_WELFARE)
    new.services.item(SERVICES.index(PartnerService.SHELTER)).setCheckState(Qt.CheckState.Checked)
    type_text(qtbot, new.notes, "Identifikacija žrtava.")
    assert page.select(court.id)
    edited = page.open_partner()
    assert edited is not None
    qtbot.keyClicks(edited.phone, "011 000 0107")
    modifier = (
        Qt.KeyboardModifier.ControlModifier
        if key == Qt.Key.Key_L
        else Qt.KeyboardModifier.NoModifier
    )
    with qtbot.waitSignal(unlocked.locked, timeout=5000):
        qtbot.keyClick(edited.phone, key, modifier)
    assert unlocked.main is None and session.closed
    unlock(qtbot, unlocked)
    main = unlocked.main
    assert main is not None and unlocked.session is not None
    back = {d.is_new: d for d in main.findChildren(PartnerDialog) if d.isVisible()}
    assert set(back) == {True, False}
    assert back[True].name.text() == "Centar za zaštitu žrtava trgovine ljudima"
    assert back[True].kind.value() is PartnerKind.SOCIAL_WELFARE
    assert back[True].services.values() == [PartnerService.SHELTER]
    assert back[True].notes.toPlainText() == "Identifikacija žrtava."
    assert back[False].partner.id == court.id and back[False].phone.text() == "011 000 0107"
    assert back[True].save() and back[False].save()
    sess = unlocked.session
    assert partners.get(sess, court.id).phone == "011 000 0107"
    [made] = partners.find(sess, PartnerFilter(kind=PartnerKind.SOCIAL_WELFARE))
    assert made.services == [PartnerService.SHELTER] and made.notes == "Identifikacija žrtava."


def test_an_untouched_dialog_is_not_kept(qtbot: QtBot, session: vs.Session) -> None:
    from astra_desktop.gui import dialog_drafts

    parent = QWidget()
    qtbot.addWidget(parent)
    dialog = PartnerDialog(session, None, parent)
    dialog.open()
    assert dialog_drafts.collect(parent) == {}
    qtbot.keyClicks(dialog.city, "Subotica")
    [kept] = dialog_drafts.collect(parent).values()
    assert kept["kind"] == "partner" and kept["values"]["city"] == ["QLineEdit", "Subotica"]
    Messages.answer_next(True)  # discard what was typed
    dialog.reject()
    assert not dialog.isVisible()
