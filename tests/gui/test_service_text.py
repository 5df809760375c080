"""Services' error messages shown in Serbian: real errors from real services, translated through
the "ServiceMessages" catalogues with the values put back."""

from __future__ import annotations

import time
from collections.abc import Iterator
from datetime import date, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QTranslator

from astra_desktop.core import validation
from astra_desktop.core.models import Client
from astra_desktop.errors import (
    AstraError,
    ImportRejected,
    UnlockThrottled,
    ValidationError,
    VaultDamaged,
    WrongPassphrase,
)
from astra_desktop.gui import service_text
from astra_desktop.services import session as vault_session
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


def test_a_damaged_vault_names_the_detail_in_serbian(latin: None, vault_folder: Path) -> None:
    (vault_folder / "vault.db").write_bytes(b"\0" * 100)
    with pytest.raises(VaultDamaged) as caught:
        vault_session.unlock(vault_folder, ADMIN, "whatever")
    assert str(caught.value) == (
        "Fajl baze (vault.db) je oštećen ili nije ASTRA baza: vault.db je skraćen (100 bajtova). "
        "Ništa nije promenjeno. Vratite bazu iz najnovije rezervne kopije i obavestite "
        "administratora."
    )


def test_values_that_are_messages_are_translated_too(latin: None) -> None:
    exc = damaged(Path("/media/usb/2026-03-05.astrabak"), "backup", "its header is unreadable")
    assert str(exc).startswith(
        "Fajl 2026-03-05.astrabak (rezervna kopija) je oštećen ili izmenjen (zaglavlje ne može "
        "da se pročita). Ništa iz njega nije korišćeno"
    )
    rejected = ImportRejected(
        [
            "line 3: The date of birth is in the future. (column date_of_birth)",
            "line 7: “12.13.2020” is not a valid date. Use dd.mm.yyyy, for example 05.03.2026. "
            "(column opened_on)",
        ]
    )
    assert str(rejected) == (
        "Ništa nije uvezeno: red 3: Datum rođenja je u budućnosti. (kolona date_of_birth); "
        "red 7: „12.13.2020” nije ispravan datum. Upišite ga kao dd.mm.gggg, na primer "
        "05.03.2026. (kolona opened_on)"
    )


def test_cyrillic(cyrillic: None, vault_folder: Path) -> None:
    exc = _wrong_unlock(vault_folder, 1000.0)
    assert str(exc) == (
        "Корисничко име или лозинка нису исправни. Проверите Caps Lock и језик тастатуре, па "
        "покушајте поново."
    )
    assert str(UnlockThrottled(7.4)).startswith("Недавно је унета погрешна лозинка. Сачекајте 7 с")


def test_english_and_unknown_messages_pass_through(english: None, vault_folder: Path) -> None:
    exc = _wrong_unlock(vault_folder, 1000.0)
    assert str(exc) == exc.args[0]
    assert str(UnlockThrottled(7.4)) == UnlockThrottled(7.4).args[0]


def test_unknown_messages_pass_through(latin: None) -> None:
    assert str(AstraError("Something no template knows.")) == "Something no template knows."
    assert service_text.translate("") == ""


def test_every_template_translates_quickly(latin: None) -> None:
    samples = [t.text.replace("{", "«").replace("}", "»") for t in service_text.templates()]
    samples.append("x" * 5000)  # long and unknown: still quick
    start = time.perf_counter()
    for message in samples:
        service_text.translate(message)
    per_message = (time.perf_counter() - start) / len(samples)
    assert per_message < 0.003


def test_a_double_booking_reads_in_serbian(latin: None) -> None:
    from datetime import datetime

    from astra_desktop.core.conflicts import Conflict, ConflictKind
    from astra_desktop.services.appointments import DoubleBooking

    start = datetime(2026, 3, 5, 10, 0)
    conflicts = [
        Conflict(
            ConflictKind.WORKER, "a1", start, start + timedelta(hours=1), "AST-2026-0001", "u1"
        ),
        Conflict(ConflictKind.CLIENT, "a2", start, start + timedelta(minutes=30), "", "c1"),
    ]
    assert str(DoubleBooking(conflicts, {"u1": "Ana"})) == (
        "Ana već ima termin 05.03.2026 10:00–11:00 (AST-2026-0001). Klijent/kinja već ima termin "
        "05.03.2026 10:00–10:30 (slučaj koji vam nije dodeljen). Izaberite drugo vreme ili ipak "
        "sačuvajte ako se oba termina zaista uklapaju."
    )


def test_a_two_word_kind_of_file_is_found_whole(latin: None) -> None:
    exc = damaged(
        Path("my cases.astratransfer"), "case-transfer bundle", "its header is unreadable"
    )
    assert str(exc).startswith(
        "Fajl my cases.astratransfer (paket za predaju slučajeva) je oštećen ili izmenjen "
        "(zaglavlje ne može da se pročita)."
    )


def test_every_template_is_recognised() -> None:
    """A message made from any template is matched to it (or to one with the same words)."""

    def words(text: str) -> list[str]:
        return [part for is_hole, part in service_text.split(text) if not is_hole]

    for template in service_text.templates():
        parts = service_text.split(template.text)
        message = "".join(f"V{i}" if is_hole else text for i, (is_hole, text) in enumerate(parts))
        found = service_text.match(message)
        assert found is not None, template.text
        assert words(found[0].text) == words(template.text)
