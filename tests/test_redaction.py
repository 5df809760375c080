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


def test_the_issue_15_examples_are_taken_out() -> None:
    r = Redactor(
        ["Milunka Šćekić", "Zqxvmarker", "Zqxv"], CODE, birth_dates=[date(2009, 3, 5)],
        people=[(["Dragica Šćekić"], "majka")], addresses=["Njegoševa 12"], places=["Zrenjanin"],
    )  # fmt: skip
    assert r("JMBG 0503009715123, rođena 5. marta 2009. u Zrenjaninu") == (
        f"JMBG […], rođena {CODE} u […]"
    )
    assert r("u Njegoševoj 12, Драгица, Dragice, Šćekićka") == f"u […], majka, majka, {CODE}"
    assert r("Mi\u200blunka, Mil\u00adunka, Zqxv-marker, i Z q x v.") == (
        f"{CODE}, {CODE}, {CODE}, i {CODE}."
    )
    assert r("novi broj 065/987-65-43, milunka.s@example.org") == "novi broj […], […]"


def test_identifiers_by_shape_spare_dates_amounts_codes_and_articles() -> None:
    r = Redactor([], CODE)
    kept = (
        "Ročište 04.06.2024. u 09:30, K 123/24, KTO 45/23, čl. 388 st. 1, AST-2024-0042, "
        "1.688.250,50 RSD, rođendan suda? ne. SHA-256 " + "0123456789abcdef" * 4
    )
    assert r(kept) == kept
    assert r("pasoš FA123456, LK 009876543, tel. +381 11 2345 678") == "pasoš […], LK […], tel. […]"
    assert r("born 5 March 2009; рођен 5. марта 2009.; dob: 03/05/2009") == (
        "born […]; рођен […]; dob: […]"
    )


def test_a_place_in_an_institutions_name_stays() -> None:
    r = Redactor([], CODE, places=["Beograd", "Novi Sad"])
    assert r("Viši sud u Beogradu; živi u Beogradu, ranije iz Novog Sada") == (
        "Viši sud u Beogradu; živi u […], ranije iz […]"
    )


def test_particles_go_only_with_the_name_and_the_count_adds_up() -> None:
    r = Redactor(["Lường Văn Khiêm"], CODE)
    assert r("Luong Van Khiem je van grada") == f"{CODE} je van grada"
    assert r.redact("Khiêm, Khiêma") == (f"{CODE}, {CODE}", 2)
    assert r.count == 3
