"""Text as redaction sees it, and as it is printed afterwards. Pure Python.

Text pasted from chat apps carries characters nobody sees: zero-width spaces and joiners, soft
hyphens, bidi marks, a BOM (Unicode category "Cf"). A name with one of them inside is not the
name to a pattern, yet prints as the name. So `clean` removes them and applies NFKC (𝐍𝐚𝐝𝐚 → Nada,
no-break space → space) before anything is matched, and the cleaned text is what gets printed:
what was matched is what is shown.

Matching then runs on folded views of the cleaned text (core/folding.py: lower case, Latin,
no diacritics, đ = dj = d), each character mapped back to its place in the cleaned text. The
"joined" view also drops hyphens between letters (Zqxv-marker, Šće-kić) and the spaces of a
spelled-out word (Z q x v), so those are found as the words they spell.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import cache

from astra_desktop.core.folding import fold

HYPHENS = "-\u2010\u2011\u2012\u2013\u2014\u2015\u2212\ufe63\uff0d"
_LETTER = r"[^\W\d_]"
_INNER_HYPHENS = re.compile(rf"(?<={_LETTER})[{HYPHENS}]+(?={_LETTER})")
# three or more single letters, one space, dot or hyphen apart: "Z q x v", "N.a.d.a"
# three or more single letters, one space or dot apart: "Z q x v", "N.a.d.a"; one-letter words
# before them ("i u Z q x v": and, in) stay words
_SPELLED = re.compile(
    rf"(?<![^\W_])(?:[aiuoskvz] )*(?P<run>{_LETTER}(?:[ .]{_LETTER}){{2,}})(?![^\W_])"
)


def clean(text: str) -> str:
    """NFKC, without format characters (category Cf: ZWSP, ZWJ, soft hyphen, bidi marks, BOM)."""
    if not text:
        return text
    bare = "".join(ch for ch in text if unicodedata.category(ch) != "Cf")
    return "".join(
        ch for ch in unicodedata.normalize("NFKC", bare) if unicodedata.category(ch) != "Cf"
    )


@cache
def _fold_char(ch: str) -> str:
    return fold(ch)


@dataclass(frozen=True)
class View:
    """A folded form of a text, and for each of its characters the index in the text."""

    text: str
    where: tuple[int, ...]

    def span(self, start: int, end: int) -> tuple[int, int]:
        """The text's span behind the view's span [start, end)."""
        return self.where[start], self.where[end - 1] + 1


def view(text: str, join: str = "") -> View:
    """The folded view of cleaned `text`; `join` "hyphens" drops hyphens between letters,
    "spelled" the gaps of a spelled-out word."""
    skip: set[int] = set()
    if join == "hyphens":
        for m in _INNER_HYPHENS.finditer(text):
            skip.update(range(m.start(), m.end()))
    elif join == "spelled":
        for m in _SPELLED.finditer(text):
            skip.update(range(m.start("run") + 1, m.end("run"), 2))
    out: list[str] = []
    where: list[int] = []
    for i, ch in enumerate(text):
        if i in skip:
            continue
        for f in _fold_char(ch):
            if f == "j" and out and out[-1] == "d":
                continue  # đ, dj and d meet: Đorđević = Djordjevic = Dordevic
            out.append(f)
            where.append(i)
    return View("".join(out), tuple(where))


def fold_word(word: str) -> str:
    return view(clean(word)).text
