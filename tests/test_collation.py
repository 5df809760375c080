"""Serbian alphabet order for names, in both scripts."""

from __future__ import annotations

import random

import pytest

from astra_desktop.core.collation import sort_key, sorted_names
from astra_desktop.core.translit import to_cyrillic

# Latin (abeceda) order: a b c č ć d dž đ … l lj … n nj … s š … z ž
LATIN_ORDER = [
    "Anić", "Cvetković", "Čolić", "Ćirić", "Dragić", "Džajić", "Đorđević", "Lukić", "Ljubić",
    "Nikolić", "Njegoš", "Stanić", "Šarić", "Zorić", "Živković",
]  # fmt: skip
# Cyrillic (azbuka) order: а б в г д ђ е ж з и ј к л љ м н њ о п р с т ћ у ф х ц ч џ ш
CYRILLIC_ORDER = [
    "Анић", "Драгић", "Ђорђевић", "Живковић", "Зорић", "Лукић", "Љубић", "Николић", "Његош",
    "Станић", "Ћирић", "Цветковић", "Чолић", "Џајић", "Шарић",
]  # fmt: skip


@pytest.mark.parametrize(
    ("before", "after"),
    [
        ("Cvetković", "Čolić"),
        ("Čolić", "Ćirić"),
        ("Dragić", "Džajić"),
        ("Džajić", "Đorđević"),
        ("Lukić", "Ljubić"),
        ("Nikolić", "Njegoš"),
        ("Stanić", "Šarić"),
        ("Zorić", "Živković"),
    ],
)
def test_latin_pairs_in_abeceda_order(before: str, after: str) -> None:
    assert sort_key(before) < sort_key(after)
    # the same names typed in Cyrillic sort the same way in Latin order
    assert sort_key(to_cyrillic(before)) < sort_key(to_cyrillic(after))


@pytest.mark.parametrize(
    ("before", "after"),
    [
        ("Ћирић", "Цветковић"),  # ћ before ц in the azbuka
        ("Цветковић", "Чолић"),
        ("Чолић", "Џајић"),
        ("Џајић", "Шарић"),
        ("Драгић", "Ђорђевић"),
        ("Лукић", "Љубић"),
        ("Николић", "Његош"),
        ("Ђорђевић", "Живковић"),
    ],
)
def test_cyrillic_pairs_in_azbuka_order(before: str, after: str) -> None:
    assert sort_key(before, "cyrillic") < sort_key(after, "cyrillic")


def test_whole_lists_in_both_scripts() -> None:
    shuffled = random.Random(4).sample(LATIN_ORDER, len(LATIN_ORDER))
    assert sorted_names(shuffled) == LATIN_ORDER
    assert sorted_names([to_cyrillic(n) for n in shuffled], "cyrillic") == CYRILLIC_ORDER
    assert sorted_names([to_cyrillic(n) for n in shuffled]) == [to_cyrillic(n) for n in LATIN_ORDER]


def test_same_key_whatever_the_script_or_case() -> None:
    assert sort_key("Đorđević Marija") == sort_key("ЂОРЂЕВИЋ Марија") == sort_key("đorđević marija")


def test_latin_key_is_plain_ascii_and_close_to_the_old_folded_form() -> None:
    key = sort_key("Čolić Ana")
    assert key.isascii()
    assert sort_key("Petrović Marko") == "petrovic| marko"  # ć is "c|": after every other c
    assert sort_key("Peter Müller") == "peter muller"


def test_foreign_letters_and_digits() -> None:
    assert sorted_names(["Zoe", "Wang", "Vuk", "Xu", "Young"]) == [
        "Vuk",
        "Wang",
        "Xu",
        "Young",
        "Zoe",
    ]
    assert sort_key("Ana 2") < sort_key("Ana B")
