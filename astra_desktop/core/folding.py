"""Fold names and text so that a search finds a person however the name is typed.

"Đorđević", "Ђорђевић", "djordjevic" and "dordevic" must all find the same client: Cyrillic is
transliterated to Latin, diacritics are dropped, and đ/dj is indexed both as "dj" and as "d"
(people type both). Other scripts' diacritics (Nguyễn, Ștefan) fold through Unicode decomposition.
"""

from __future__ import annotations

import re
import unicodedata

# Serbian Cyrillic plus the Ukrainian/Russian/Bulgarian letters our clients' names arrive in.
_CYRILLIC = {
    "а": "a", "б": "b", "в": "v", "г": "g", "д": "d", "ђ": "đ", "е": "e", "ж": "ž", "з": "z",
    "и": "i", "ј": "j", "к": "k", "л": "l", "љ": "lj", "м": "m", "н": "n", "њ": "nj", "о": "o",
    "п": "p", "р": "r", "с": "s", "т": "t", "ћ": "ć", "у": "u", "ф": "f", "х": "h", "ц": "c",
    "ч": "č", "џ": "dž", "ш": "š", "й": "j", "і": "i", "ї": "ji", "є": "je", "ґ": "g", "ё": "jo",
    "ы": "y", "э": "e", "ю": "ju", "я": "ja", "щ": "šč", "ь": "", "ъ": "",
}  # fmt: skip

_TOKEN = re.compile(r"\w+", re.UNICODE)


def to_latin(text: str) -> str:
    """Cyrillic to Serbian Latin (lower case), letter by letter; other characters pass through."""
    return "".join(_CYRILLIC.get(ch, ch) for ch in text.lower())


def _strip_marks(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def fold(text: str) -> str:
    """The canonical search form: lower-case ASCII-ish Latin, đ as "dj"."""
    compat = unicodedata.normalize("NFKC", text)  # 𝐀 → A, ﬁ → fi, before lower-casing
    latin = to_latin(compat).replace("đ", "dj").replace("ð", "d")
    return _strip_marks(latin).lower()


def index_text(text: str) -> str:
    """Text to put in the index: the folded form, plus a "d" variant of every word with đ."""
    words = _TOKEN.findall(fold(text))
    extra = [w.replace("dj", "d") for w in words if "dj" in w]
    return " ".join(words + extra)


def query_terms(text: str) -> list[str]:
    """Folded search words, for prefix matching as the person types."""
    return _TOKEN.findall(fold(text))
