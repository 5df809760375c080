"""Taking a client's names out of free text: any case, script, diacritics and Serbian case form;
birth dates and phone numbers however they are written; nothing else touched."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from astra_desktop.core.enums import NoteKind
from astra_desktop.core.redaction import Redactor, scrub

CODE = "AST-2026-0042"


def redactor() -> Redactor:
    return Redactor(
        ["Nada", "Đorđević", "Đoka", "Олена Коваленко", "Vuk", "Nguyễn Văn Thành"],
        CODE,
        birth_dates=[date(1990, 2, 14)],
        literals=["063/123-4567, Ulica Kralja Petra 12, Zemun", "ne zvati posle 18h"],
    )


def test_names_in_any_script_case_and_form_are_replaced() -> None:
    r = redactor()
    assert r("Nada Đorđević je došla.") == f"{CODE} je došla."
    assert r("sa Nadom, NADI, nadu") == f"sa {CODE}, {CODE}, {CODE}"
    assert r("djordjevic, Dordevic, ĐORĐEVIĆA, Ђорђевићу") == ", ".join([CODE] * 4)
    assert r("Olena Kovalenko; Оленом; Kovalenku") == f"{CODE}; {CODE}; {CODE}"
    assert r("Vuk, vuka, vukom") == f"{CODE}, {CODE}, {CODE}"
    assert r("Nguyen Van Thanh") == CODE
    assert r("pasos_Nada_Djordjevic.jpg") == f"pasos_{CODE}.jpg"


def test_the_common_word_goes_too_but_other_words_stay() -> None:
    r = redactor()
    assert r("nada umire poslednja") == f"{CODE} umire poslednja"  # "hope": the safe side
    assert r("nadležni sud, nad kućom, povukao, Nadežda, Viši sud u Beogradu") == (
        "nadležni sud, nad kućom, povukao, Nadežda, Viši sud u Beogradu"
    )


def test_birth_date_phone_and_address_are_replaced() -> None:
    r = redactor()
    assert r("rođena 14.02.1990. i 1990-02-14, 14. 2. 1990") == f"rođena {CODE} i {CODE}, {CODE}"
    for phone in ("063 123 4567", "+381 63 1234567", "0631234567", "063/123-4567"):
        assert r(f"tel {phone}!") == f"tel {CODE}!", phone
    assert r("Ulica Kralja Petra 12 u Zemunu") == f"{CODE} u Zemunu"
    assert r("Ne zvati posle 18h.") == f"{CODE}."
    assert r("ročište 14.02.2024, broj 12345678") == "ročište 14.02.2024, broj 12345678"


@dataclass(frozen=True)
class Entry:
    kind: NoteKind
    case_code: str
    text: str
    parts: tuple[str, ...]


def test_scrub_reaches_every_string_but_keys_and_kept_fields() -> None:
    entry = Entry(NoteKind.CALL, "AST-2026-0042", "Nada je zvala", ("Vuk", "sud"))
    out = scrub({"e": [entry]}, redactor(), frozenset({"case_code"}))
    assert out == {"e": [Entry(NoteKind.CALL, "AST-2026-0042", f"{CODE} je zvala", (CODE, "sud"))]}
