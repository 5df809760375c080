"""Taking a client's names, aliases, birth date and contact out of free text. Pure Python.

With "case code only", a court document must not name the client anywhere, but notes, outcomes
and file names are typed by people and often do ("Nada je došla sa sestrom"). Names are found the
way search finds them (core/folding.py): in any case, with or without diacritics, in Latin or
Cyrillic (Đorđević = Ђорђевић = djordjevic = dordevic), and in the Serbian case forms a sentence
puts them in (Nadi, Nadom, Đorđevića, Kovalenku). A name that is also a common word ("nada" is
"hope", "vuk" is "wolf") is taken out as well: a few words too many is the safe side of this.
"""

from __future__ import annotations

import dataclasses
import re
import unicodedata
from collections.abc import Callable, Iterable
from datetime import date
from enum import Enum
from functools import cache
from typing import Any, TypeVar

from astra_desktop.core.folding import fold

T = TypeVar("T")

# Serbian case endings and possessive forms added to a name (Nada → Nade, Nadi, Nadu, Nadom,
# Nadin; Vuk → Vuka, Vuku, Vukom, Vukov; Kovalenko → Kovalenka).
ENDINGS = (
    "a", "e", "i", "u", "o", "om", "em", "oj", "ju", "ama", "ima", "ov", "ova", "ove", "ovi",
    "ovo", "ovu", "ovom", "ovoj", "ev", "eva", "eve", "evi", "evu", "evom", "in", "ina", "ine",
    "ini", "ino", "inu", "inom", "inoj", "ih",
)  # fmt: skip
_WORD = r"[^\W_]"  # a letter or digit: "_" separates words (file names such as Nada_pasos.jpg)
_GAP = r"[\s,.\-/]*"
_PHONE_DIGITS = 6  # a run of at least this many digits in the contact field counts as a number


@cache
def _fold_char(ch: str) -> str:
    return fold(ch)


def _folded(text: str) -> tuple[str, list[int]]:
    """The text folded for matching, and for each folded character the original index.

    "dj" is folded to "d" on both sides, so Đorđević, Djordjevic and Dordevic all meet."""
    out: list[str] = []
    where: list[int] = []
    for i, ch in enumerate(text):
        for f in _fold_char(ch):
            if f == "j" and out and out[-1] == "d":
                continue
            out.append(f)
            where.append(i)
    return "".join(out), where


def _fold_word(word: str) -> str:
    return _folded(word)[0]


def _name_pattern(token: str) -> str | None:
    """A regex for one folded name word with its case forms; None for initials."""
    if len(token) < 2:
        return None
    full = re.escape(token)
    if len(token) < 3:
        return full
    endings = "|".join(sorted(ENDINGS, key=len, reverse=True))
    forms = [f"{full}(?:{endings})?"]
    if len(token) >= 4 and token[-1] in "aeo":
        forms.append(f"{re.escape(token[:-1])}(?:{endings})")  # Nada → Nadi, Kovalenko → Kovalenku
    return "|".join(forms)


def _date_pattern(day: date) -> str:
    d, m, y = day.day, day.month, day.year
    return (
        rf"(?<!\d)0?{d}\s*\.\s*0?{m}\s*\.\s*{y}\.?(?!\d)"
        rf"|(?<!\d){y}-{m:02d}-{d:02d}(?!\d)"
        rf"|(?<!\d)0?{d}/0?{m}/{y}(?!\d)"
    )


def _digits_pattern(digits: str) -> str:
    """A phone number however it is written: 063/123-4567, 063 123 4567, +381 63 1234567."""
    core = digits.lstrip("0")
    prefix = rf"(?:(?:\+|00)\d{{1,3}}{_GAP}\(?0?\)?{_GAP}|0+{_GAP})?"
    return r"(?<![\d+])" + prefix + _GAP.join(core) + r"(?!\d)"


class Redactor:
    """Replaces the client's identifying details in a text with a placeholder (the case code)."""

    def __init__(
        self,
        names: Iterable[str],
        replacement: str,
        *,
        birth_dates: Iterable[date | None] = (),
        literals: Iterable[str] = (),
    ) -> None:
        self.replacement = replacement
        words: set[str] = set()
        for name in names:
            for word in re.findall(r"[^\W_]+", unicodedata.normalize("NFKC", name or "")):
                folded = _fold_word(word)
                if folded:
                    words.add(folded)
        alternatives = [p for w in sorted(words, key=len, reverse=True) if (p := _name_pattern(w))]
        self._names: re.Pattern[str] | None = None
        if alternatives:
            one = "(?:" + "|".join(alternatives) + ")"
            self._names = re.compile(rf"(?<!{_WORD}){one}(?:[\s\-_]+{one})*(?!{_WORD})")
        others = [_date_pattern(d) for d in birth_dates if d]
        for literal in literals:
            for part in re.split(r"[\n;,]+", literal or ""):
                part = part.strip()
                if len(part) >= 4 and (len(part.split()) > 1 or any(c.isdigit() for c in part)):
                    others.append(rf"(?<!{_WORD}){re.escape(part)}(?!{_WORD})")
                for run in re.findall(r"\+?\d[\d\s\-/.()]{4,}\d", part):
                    digits = re.sub(r"\D", "", run)
                    if len(digits) >= _PHONE_DIGITS:
                        others.append(_digits_pattern(digits))
        self._others = re.compile("|".join(others), re.IGNORECASE) if others else None

    def __call__(self, text: str) -> str:
        if not text:
            return text
        if self._others is not None:
            text = self._others.sub(self.replacement, text)
        if self._names is None:
            return text
        folded, where = _folded(text)
        spans = [(where[m.start()], where[m.end() - 1] + 1) for m in self._names.finditer(folded)]
        for start, end in reversed(spans):
            text = text[:start] + self.replacement + text[end:]
        return text


def scrub(value: T, redact: Callable[[str], str], keep: frozenset[str] = frozenset()) -> T:
    """`value` with `redact` applied to every string inside it (dataclasses, lists, tuples, dicts).

    Enum members are labels' keys, not typed text, and fields named in `keep` (the case code) are
    left as they are."""
    return _scrub(value, redact, keep)


def _scrub(value: Any, redact: Callable[[str], str], keep: frozenset[str]) -> Any:
    if isinstance(value, Enum):
        return value
    if isinstance(value, str):
        return redact(value)
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        changes = {
            f.name: _scrub(getattr(value, f.name), redact, keep)
            for f in dataclasses.fields(value)
            if f.name not in keep and f.init
        }
        return dataclasses.replace(value, **changes)
    if isinstance(value, list):
        return [_scrub(v, redact, keep) for v in value]
    if isinstance(value, tuple):
        return tuple(_scrub(v, redact, keep) for v in value)
    if isinstance(value, dict):
        return {k: _scrub(v, redact, keep) for k, v in value.items()}
    return value
