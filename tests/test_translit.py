"""Latin → Cyrillic as a careful typist does it (the Cyrillic catalogue depends on it)."""

from __future__ import annotations

import pytest

from astra_desktop.core.translit import name_to_cyrillic, to_cyrillic


@pytest.mark.parametrize(
    ("latin", "cyrillic"),
    [
        ("ljubav, njiva, džep", "љубав, њива, џеп"),
        ("Ljiljana Njegoš Džajić", "Љиљана Његош Џајић"),
        ("LJUBIĆ", "ЉУБИЋ"),
        ("Đorđe Šćepanović, Čačak, Žabalj", "Ђорђе Шћепановић, Чачак, Жабаљ"),
        # prefix + root: the two letters stay two
        ("nadživeti", "надживети"),
        ("Nadživeti", "Надживети"),
        ("podžupan", "поджупан"),
        ("odžaliti", "оджалити"),
        ("injekcija", "инјекција"),
        ("injekciju", "инјекцију"),
        ("konjunkcija", "конјункција"),
        # codes, numbers, placeholders, tags, keys, foreign words: left alone
        ("Šifra AST-2026-0042", "Шифра AST-2026-0042"),
        ("SHA-256 otisak", "SHA-256 отисак"),
        ("Poziv od {0} ({1})", "Позив од {0} ({1})"),
        ("%n poziva", "%n позива"),
        ("<b>Plan bezbednosti</b>", "<b>План безбедности</b>"),
        ("Ctrl+L zaključava, Ctrl+Enter čuva", "Ctrl+L закључава, Ctrl+Enter чува"),
        ("sa USB-a i kao PDF ili CSV", "са USB-а и као PDF или CSV"),
        ('astra-desktop --home "{1}"', 'astra-desktop --home "{1}"'),
        ("Paketi (*.astratransfer)", "Пакети (*.astratransfer)"),
        ("Wi-Fi i New York", "Wi-Fi и New York"),
        ("ASTRA Desktop — prvo pokretanje", "ASTRA Desktop — прво покретање"),
        ("video-link", "видео-линк"),
        # brand names, the capitals after one, foreign acronyms and foreign letters stay
        (
            "po uzoru na SafeLives DASH i Priručnik IOM-a",
            "по узору на SafeLives DASH и Приручник IOM-а",
        ),
        ("poruka preko WhatsApp-a, iPhone", "порука преко WhatsApp-а, iPhone"),
        ("indikatori ILO i UNODC", "индикатори ILO и UNODC"),
        ("Nguyễn Văn Thành i Müller", "Nguyễn Văn Thành и Müller"),
        # Serbian acronyms and article references change script
        ("čl. 388 st. 1 KZ i čl. 103 ZKP", "чл. 388 ст. 1 КЗ и чл. 103 ЗКП"),
        ("MUP i JMBG", "МУП и ЈМБГ"),
        # a file's name stays as it is on the disk
        ("Račun (racun-lekar.pdf), Izvod.PDF", "Рачун (racun-lekar.pdf), Izvod.PDF"),
    ],
)
def test_to_cyrillic(latin: str, cyrillic: str) -> None:
    assert to_cyrillic(latin) == cyrillic


def test_mnemonic_ampersand_passes_through() -> None:
    assert to_cyrillic("&Zaključaj") == "&Закључај"


def test_a_name_is_foreign_as_a_whole() -> None:
    """A court matches a foreign name to the passport: no word of it changes script."""
    assert name_to_cyrillic("Ștefan Popescu") == "Ștefan Popescu"
    assert name_to_cyrillic("Nguyễn Thị Lan") == "Nguyễn Thị Lan"
    assert name_to_cyrillic("Dragan Petrović") == "Драган Петровић"
    assert name_to_cyrillic("Olena Kovalenko") == "Олена Коваленко"
    assert name_to_cyrillic("M. P.") == "М. П."
    assert name_to_cyrillic("Олена Коваленко") == "Олена Коваленко"


def test_format_names_stay_latin_and_serbian_abbreviations_do_not() -> None:
    assert to_cyrillic("Tekst (TOML) za PDF i CSV") == "Текст (TOML) за PDF и CSV"
    assert to_cyrillic("čl. 103 ZKP") == "чл. 103 ЗКП"
