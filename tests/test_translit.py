"""Latin → Cyrillic as a careful typist does it (the Cyrillic catalogue depends on it)."""

from __future__ import annotations

import pytest

from astra_desktop.core.translit import to_cyrillic


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
    ],
)
def test_to_cyrillic(latin: str, cyrillic: str) -> None:
    assert to_cyrillic(latin) == cyrillic


def test_mnemonic_ampersand_passes_through() -> None:
    assert to_cyrillic("&Zaključaj") == "&Закључај"
