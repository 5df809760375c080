"""Services' error messages shown in Serbian: real errors from real services, translated by their
message id through the "ServiceMessages" catalogues with their values put back; enum labels
through the "Labels" context; and the fallbacks (an unknown template, an unconverted English
text) never crash."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QTime, QTranslator
from PySide6.QtWidgets import QLabel, QMessageBox
from pytestqt.qtbot import QtBot

from astra_desktop.core import validation
from astra_desktop.core.appointments import Appointment, AppointmentKind
from astra_desktop.core.enums import CaseStatus
from astra_desktop.core.messages import CONTEXT, Message
from astra_desktop.core.models import Case, Client
from astra_desktop.errors import (
    AstraError,
    ImportRejected,
    NotFound,
    UnlockThrottled,
    ValidationError,
    VaultDamaged,
    WrongPassphrase,
)
from astra_desktop.gui import labels, service_text
from astra_desktop.gui.appointment_dialog import AppointmentDialog
from astra_desktop.gui.court import labels as court_labels
from astra_desktop.services import appointments, clients, csv_import
from astra_desktop.services import session as vault_session
from astra_desktop.services.appointments import DoubleBooking
from astra_desktop.storage.backup_format import damaged
from tests.conftest import ADMIN
from tools import service_messages as sm
from tools.update_translations import CYRILLIC, ENGLISH, LATIN, lrelease

WRONG_SR = (
    "Korisničko ime ili lozinka nisu ispravni. Proverite Caps Lock i jezik tastature, pa "
    "pokušajte ponovo."
)


@pytest.fixture(scope="module")
def catalogues(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("qm")
    for locale in (LATIN, CYRILLIC, ENGLISH):
        lrelease(sm.ts_path(locale), sm.qm_path(locale, folder))
    return folder


def _use(folder: Path, locale: str) -> Iterator[None]:
    app = QCoreApplication.instance()
    assert app is not None
    translator = QTranslator()
    assert translator.load(sm.qm_path(locale, folder).name, str(folder))
    app.installTranslator(translator)
    service_text.install()
    yield
    service_text.uninstall()
    app.removeTranslator(translator)


@pytest.fixture
def latin(qapp: object, catalogues: Path) -> Iterator[None]:
    yield from _use(catalogues, LATIN)


@pytest.fixture
def cyrillic(qapp: object, catalogues: Path) -> Iterator[None]:
    yield from _use(catalogues, CYRILLIC)


@pytest.fixture
def english(qapp: object, catalogues: Path) -> Iterator[None]:
    yield from _use(catalogues, ENGLISH)


def _wrong_unlock(folder: Path, now: float) -> AstraError:
    with pytest.raises((WrongPassphrase, UnlockThrottled)) as caught:
        vault_session.unlock(folder, ADMIN, "not the passphrase", clock=lambda: now)
    return caught.value


def _double_booking(session: vault_session.Session) -> DoubleBooking:
    """A real double booking: the same worker, two cases, overlapping times."""
    first = clients.register(session, Client("Jelena", "Đorđević"), Case(""))
    second = clients.register(session, Client("Milica", "Petrović"), Case(""))
    start = datetime(2026, 3, 5, 10, 0)
    me = [session.actor.user_id]
    appointments.add(
        session,
        Appointment(first.id, AppointmentKind.POLICE, start, start + timedelta(hours=1)),
        me,
    )
    clash = Appointment(second.id, AppointmentKind.MEDICAL, start, start + timedelta(minutes=30))
    with pytest.raises(DoubleBooking) as caught:
        appointments.add(session, clash, me)
    return caught.value


# --- typed messages, shown in real widgets -----------------------------------------------------


def test_a_double_booking_in_a_message_box_in_serbian(
    latin: None, qtbot: QtBot, session: vault_session.Session
) -> None:
    exc = _double_booking(session)
    code = exc.conflicts[0].case_code
    box = QMessageBox(QMessageBox.Icon.Warning, "ASTRA", str(exc))
    qtbot.addWidget(box)
    box.show()
    assert box.text() == (
        f"{ADMIN} već ima termin 05.03.2026 10:00–11:00 ({code}). Izaberite drugo vreme ili ipak "
        "sačuvajte ako se oba termina zaista uklapaju."
    )
    assert str(exc.args[0]).startswith(f"{ADMIN} already has an appointment at 05.03.2026 10:00")


def test_a_service_error_in_a_label_in_cyrillic(
    cyrillic: None, qtbot: QtBot, session: vault_session.Session
) -> None:
    with pytest.raises(NotFound) as caught:
        clients.find_case_by_code(session, "ast-2026-0999")
    label = QLabel(str(caught.value))
    qtbot.addWidget(label)
    label.show()
    assert label.text() == "Не постоји случај AST-2026-0999."  # the code kept in Latin
    exc = _double_booking(session)
    label.setText(str(exc))
    assert label.text().startswith(f"{ADMIN} већ има термин 05.03.2026 10:00–11:00 (AST-")


def test_a_double_booking_in_the_appointment_dialog_in_cyrillic(
    cyrillic: None, qtbot: QtBot, session: vault_session.Session
) -> None:
    """The real dialog: the person declines "save anyway" (the test default), the error label
    keeps the worker, the times and the other case's code inside the Cyrillic sentence."""
    first = clients.register(session, Client("Jelena", "Đorđević"), Case(""))
    second = clients.register(session, Client("Milica", "Petrović"), Case(""))
    start = datetime(2026, 3, 5, 10, 0)
    appointments.add(
        session,
        Appointment(first.id, AppointmentKind.POLICE, start, start + timedelta(hours=1)),
        [session.actor.user_id],
    )
    dialog = AppointmentDialog(session, case_id=second.id)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.day.set_value(start.date())
    dialog.start.setTime(QTime(10, 30))
    dialog.end.setTime(QTime(11, 30))
    assert not dialog.save()
    assert dialog.error.text() == (
        f"{ADMIN} већ има термин 05.03.2026 10:00–11:00 ({first.case_code}). Изаберите друго "
        "време или ипак сачувајте ако се оба термина заиста уклапају."
    )


def test_a_rejected_import_translates_every_line(
    latin: None, session: vault_session.Session, tmp_path: Path
) -> None:
    csv = tmp_path / "clients.csv"
    csv.write_text(
        "given_name,family_name,date_of_birth\nAna,Kos,31.02.2020\nEva,Kos,01.01.2090\n",
        encoding="utf-8",
    )
    with pytest.raises(ImportRejected) as caught:
        csv_import.import_csv(session, csv)
    assert str(caught.value) == (
        "Ništa nije uvezeno: red 2: „31.02.2020” nije ispravan datum. Upišite ga kao dd.mm.gggg, "
        "na primer 05.03.2026. (kolona date_of_birth); red 3: Datum rođenja je u budućnosti."
    )
    assert caught.value.problems[0].startswith("line 2: “31.02.2020” is not a valid date")


def test_wrong_passphrase_on_a_real_vault_in_serbian(latin: None, vault_folder: Path) -> None:
    exc = _wrong_unlock(vault_folder, 1000.0)
    assert isinstance(exc, WrongPassphrase)
    assert str(exc) == WRONG_SR
    assert exc.args[0].startswith("The user name or passphrase is not right.")  # English kept


def test_throttled_unlock_keeps_the_seconds(latin: None, vault_folder: Path) -> None:
    _wrong_unlock(vault_folder, 1000.0)
    _wrong_unlock(vault_folder, 1002.5)  # the first wait (2 s) is over: fails, next wait 4 s
    exc = _wrong_unlock(vault_folder, 1003.0)
    assert isinstance(exc, UnlockThrottled)
    assert str(exc) == (
        "Nedavno je uneta pogrešna lozinka. Sačekajte 4 s pre sledećeg pokušaja (vreme čekanja "
        "se udvostručava posle svake pogrešne lozinke)."
    )


def test_validation_errors_from_the_core_in_serbian(latin: None) -> None:
    future = Client("Ana", "", date_of_birth=date.today() + timedelta(days=3))
    with pytest.raises(ValidationError) as caught:
        validation.validate_client(future)
    assert caught.value.field == "date_of_birth"
    assert str(caught.value) == "Datum rođenja je u budućnosti."
    with pytest.raises(ValidationError) as caught:
        validation.parse_date("31.02.2026")
    assert str(caught.value) == (
        "„31.02.2026” nije ispravan datum. Upišite ga kao dd.mm.gggg, na primer 05.03.2026."
    )


def test_values_that_are_messages_are_translated_too(latin: None) -> None:
    exc = damaged(Path("/media/usb/2026-03-05.astrabak"), "backup", "its header is unreadable")
    assert str(exc).startswith(
        "Fajl 2026-03-05.astrabak (rezervna kopija) je oštećen ili izmenjen (zaglavlje ne može "
        "da se pročita). Ništa iz njega nije korišćeno"
    )
    bundle = damaged(
        Path("my cases.astratransfer"), "case-transfer bundle", "its header is unreadable"
    )
    assert str(bundle).startswith(
        "Fajl my cases.astratransfer (paket za predaju slučajeva) je oštećen ili izmenjen "
        "(zaglavlje ne može da se pročita)."
    )


def test_cyrillic(cyrillic: None, vault_folder: Path) -> None:
    exc = _wrong_unlock(vault_folder, 1000.0)
    assert str(exc) == (
        "Корисничко име или лозинка нису исправни. Проверите Caps Lock и језик тастатуре, па "
        "покушајте поново."
    )
    assert str(UnlockThrottled(7.4)).startswith("Недавно је унета погрешна лозинка. Сачекајте 7 с")


def test_english_passes_through(english: None, vault_folder: Path) -> None:
    exc = _wrong_unlock(vault_folder, 1000.0)
    assert str(exc) == exc.args[0]
    assert str(UnlockThrottled(7.4)) == UnlockThrottled(7.4).args[0]


# --- enum labels: one set, translated by the same id ------------------------------------------


def test_enum_labels_on_screen_and_inside_messages(latin: None) -> None:
    assert court_labels.appointment_kinds()["court-hearing"] == "Ročište"
    assert labels.case_statuses()["closed-referred"] == "Zatvoren — upućen dalje"
    assert labels.label(CaseStatus.ACTIVE) == labels.case_statuses()["active"]
    kind = Message("{kind} — {n} h", kind=AppointmentKind.COURT_HEARING, n=2)
    assert service_text.render(kind) == "Ročište — 2 h"
    assert str(kind) == "Court hearing — 2 h"  # the CLI's and the logs' English


def test_every_typed_template_renders_in_serbian(latin: None) -> None:
    """Every template with values, filled with sample values: the Serbian text keeps them all."""
    samples = {"%": datetime(2026, 3, 5, 10, 0), "f": 2.5, "d": 7}
    for found in sm.extract():
        if found.legacy or not sm.placeholders(found.template):
            continue
        names = {
            p.strip("{}").split(":")[0].split("!")[0]: p for p in sm.placeholders(found.template)
        }
        values: dict[str, object] = {}
        for name, hole in names.items():
            spec = hole.strip("{}").partition(":")[2]
            kind = next((k for k in samples if k in spec), "")
            values[name] = samples[kind] if kind else f"«{name}»"
        message = Message(found.template, values)
        text = service_text.render(message)
        if service_text.qt_translate(CONTEXT, found.template):  # translated: its own words
            assert text != message.render(), f"the translation does not fit: {found.template}"
        for value in values.values():
            if isinstance(value, str):
                assert value in text, (found.template, text)


# --- fallbacks -----------------------------------------------------------------------------------


def test_a_template_missing_from_the_catalogue_shows_in_english(latin: None) -> None:
    exc = AstraError("Case {code} was archived on {day:%d.%m.%Y}.", code="AST-1", day=date.today())
    assert str(exc) == f"Case AST-1 was archived on {date.today():%d.%m.%Y}."
    assert str(AstraError("Something no template knows.")) == "Something no template knows."
    assert service_text.render("") == ""


def test_a_translation_with_wrong_placeholders_shows_in_english(
    qapp: object, tmp_path: Path
) -> None:
    ts = tmp_path / "broken.ts"
    ts.write_text(
        '<?xml version="1.0" encoding="utf-8"?><!DOCTYPE TS><TS version="2.1" language="sr_Latn_RS">'
        "<context><name>ServiceMessages</name><message><source>There is no case {code}.</source>"
        "<translation>Nema slučaja {kod}.</translation></message></context></TS>",
        encoding="utf-8",
    )
    lrelease(ts, tmp_path / "broken.qm")
    translator = QTranslator()
    assert translator.load("broken.qm", str(tmp_path))
    app = QCoreApplication.instance()
    assert app is not None
    app.installTranslator(translator)
    service_text.install()
    try:
        assert str(NotFound("There is no case {code}.", code="AST-2026-0001")) == (
            "There is no case AST-2026-0001."
        )
    finally:
        service_text.uninstall()
        app.removeTranslator(translator)


def test_a_damaged_vault_is_told_in_serbian(latin: None, vault_folder: Path) -> None:
    """A message whose value is a message of its own (the damage found), both translated."""
    (vault_folder / "vault.db").write_bytes(b"\0" * 100)
    with pytest.raises(VaultDamaged) as caught:
        vault_session.unlock(vault_folder, ADMIN, "whatever")
    assert str(caught.value) == (
        "Fajl baze (vault.db) je oštećen ili nije ASTRA baza: vault.db je skraćen (100 bajtova). "
        "Ništa nije promenjeno. Vratite bazu iz najnovije rezervne kopije i obavestite "
        "administratora."
    )
