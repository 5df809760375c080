"""Serbian alphabetical order for names, in either script.

Why: a plain sort puts Čolić after Živković and Ljubić before Lukić; people in Serbia look names
up in alphabet order, where č, ć, dž, đ, lj, nj, š and ž are letters of their own.

The two scripts have different orders, and the key follows the script the person reads:

* Latin (abeceda): a b c č ć d dž đ e f g h i j k l lj m n nj o p r s š t u v z ž
* Cyrillic (azbuka): а б в г д ђ е ж з и ј к л љ м н њ о п р с т ћ у ф х ц ч џ ш

A name in either script can be sorted in either order (Ђорђевић and Đorđević get the same key).
The Latin key is what the vault stores in `clients.sort_name` (one order for the whole
organisation, as in its registers); it stays readable ASCII — "č" is "c{", after every other "c"
— so rows written before this key existed (plain folded names) still sort almost the same.
Letters of other alphabets lose their accents (é → e); foreign q, w, x, y sort where English has
them.
"""

from __future__ import annotations

import unicodedata
from typing import Literal

from astra_desktop.core.folding import to_latin

Order = Literal["latin", "cyrillic"]

LATIN_ORDER = "a b c č ć d dž đ e f g h i j k l lj m n nj o p q r s š t u v w x y z ž".split()  # noqa: SIM905 - reads as the alphabet
CYRILLIC_ORDER = "а б в г д ђ е ж з и ј к л љ м н њ о п р с т ћ у ф х ц ч џ ш".split()  # noqa: SIM905

_LATIN_OF_CYRILLIC = dict(zip("абвгдђежзијклљмнњопрстћуфхцчџш", [
    "a", "b", "v", "g", "d", "đ", "e", "ž", "z", "i", "j", "k", "l", "lj", "m", "n", "nj", "o",
    "p", "r", "s", "t", "ć", "u", "f", "h", "c", "č", "dž", "š",
], strict=True))  # fmt: skip
_CYRILLIC_RANK = {_LATIN_OF_CYRILLIC[c]: i for i, c in enumerate(CYRILLIC_ORDER)}
_LATIN_KEY = {
    "č": "c{",
    "ć": "c|",
    "dž": "d{",
    "đ": "d|",
    "lj": "l{",
    "nj": "n{",
    "š": "s{",
    "ž": "z{",
}
_SERBIAN_MARKED = set("čćđšž")
_DIGRAPHS = ("lj", "nj", "dž")


def letters(name: str) -> list[str]:
    """The name as Serbian letters (Latin spelling, lower case): "Ljubić" → lj u b i ć."""
    text = to_latin(unicodedata.normalize("NFC", name).lower())
    out: list[str] = []
    i = 0
    while i < len(text):
        pair = text[i : i + 2]
        if pair in _DIGRAPHS:
            out.append(pair)
            i += 2
            continue
        ch = text[i]
        if ch not in _SERBIAN_MARKED:  # é → e, but keep the Serbian letters whole
            decomposed = unicodedata.normalize("NFKD", ch)
            ch = "".join(c for c in decomposed if not unicodedata.combining(c)) or ch
        out.extend(ch)
        i += 1
    return out


def sort_key(name: str, order: Order = "latin") -> str:
    """A string that sorts (by plain code point, as SQLite does) in Serbian alphabet order."""
    parts = []
    for letter in letters(name):
        if order == "latin":
            parts.append(_LATIN_KEY.get(letter, letter if letter.isalnum() else " "))
        elif letter in _CYRILLIC_RANK:
            parts.append(chr(0x41 + _CYRILLIC_RANK[letter]))  # A, B, … in azbuka order
        elif letter in ("q", "w", "x", "y"):
            parts.append(chr(0x41 + len(CYRILLIC_ORDER) + "qwxy".index(letter)))
        else:
            parts.append(letter if letter.isdigit() else " ")
    return " ".join("".join(parts).split())


def sorted_names(names: list[str], order: Order = "latin") -> list[str]:
    return sorted(names, key=lambda n: (sort_key(n, order), n))
