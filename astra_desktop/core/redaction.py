"""Taking a client's identifying details out of free text. Pure Python.

With "case code only", a court document must not identify the client anywhere, but notes, outcomes
and file names are typed by people and often do ("Nada je došla sa sestrom", "rođena 5. marta
2009. u Zrenjaninu", "majka Dragica"). What is taken out:

- the client's names and aliases, and other people's (relatives, guardians), the way search finds
  them (core/folding.py: any case, with or without diacritics, Latin or Cyrillic) and in the forms
  a sentence puts them in (core/name_forms.py: Nadi, Nadom, Đorđevića, Šćekićka, Dragice);
- her birth date in every way it is written, and any date right after a birth word;
- identifiers by their shape, whoever they belong to (core/identifiers.py): JMBG, passport and
  ID-card numbers, phone numbers, e-mail addresses;
- the recorded contact text, street addresses in any case form, places of residence or birth.

Text is cleaned first (core/text_clean.py: NFKC, no zero-width or bidi characters) and the cleaned
text is what comes out, so an invisible character can neither hide a name nor survive in print.
A name that is also a common word ("nada" is "hope") is taken out as well: a few words too many is
the safe side. The client's details become the case code, another person's the label given
(e.g. "majka"), the rest `mask`.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Callable, Iterable
from datetime import date
from enum import Enum
from typing import Any, TypeVar

from astra_desktop.core import identifiers, name_forms
from astra_desktop.core.text_clean import View, clean, fold_word, view

T = TypeVar("T")

ENDINGS = name_forms.ENDINGS  # kept for callers of the old module
MASK = "[…]"
_WORD = r"[^\W_]"
_GAP = r"[\s,.\-/]*"
_PHONE_DIGITS = 6  # a run of at least this many digits in the contact field counts as a number
_ADDRESS_SHAPE = re.compile(r"^[^\d]*[^\W\d_]{3,}[^\d]*\s\d+\s*[^\W\d_]?(?:\s*/\s*\d+)?$")
# what wins when two findings overlap and are as long: the client, another person, the rest
_CLIENT, _PERSON, _SHAPE, _ADDRESS, _PLACE = range(5)


def _digits_pattern(digits: str) -> str:
    """A phone number however it is written: 063/123-4567, 063 123 4567, +381 63 1234567."""
    core = digits.lstrip("0")
    prefix = rf"(?:(?:\+|00)\d{{1,3}}{_GAP}\(?0?\)?{_GAP}|0+{_GAP})?"
    return r"(?<![\d+])" + prefix + _GAP.join(core) + r"(?!\d)"


def _name_tokens(names: Iterable[str]) -> list[str]:
    return [w for name in names for w in name_forms.words_of(fold_word(name or "")) if w]


@dataclasses.dataclass(frozen=True)
class _Rule:
    pattern: re.Pattern[str]
    label: str
    rank: int
    joined: bool = True  # also run on the views without in-word hyphens or spelling gaps
    group: str | int = 0


class Redactor:
    """Replaces identifying details in a text; `count` is how many replacements were made so far.

    `names` (the client's, with aliases), `birth_dates`, `literals` (contact text) are replaced
    by `replacement` (the case code); each of `people` is (its name strings, its label);
    `addresses`, `places` and identifiers found by shape by `mask`."""

    def __init__(
        self,
        names: Iterable[str],
        replacement: str,
        *,
        birth_dates: Iterable[date | None] = (),
        literals: Iterable[str] = (),
        people: Iterable[tuple[Iterable[str], str]] = (),
        addresses: Iterable[str] = (),
        places: Iterable[str] = (),
        mask: str = MASK,
    ) -> None:
        self.replacement = replacement
        self.mask = mask
        self.count = 0
        rules: list[_Rule] = []

        def add(pattern: str | None, label: str, rank: int, **kw: Any) -> None:
            if pattern:
                rules.append(_Rule(re.compile(pattern), label, rank, **kw))

        add(name_forms.run_pattern(_name_tokens(names)), replacement, _CLIENT)
        for person_names, label in people:
            add(name_forms.run_pattern(_name_tokens(person_names)), label, _PERSON)
        for day in birth_dates:
            if day:
                add(identifiers.birth_date_pattern(day), replacement, _CLIENT, joined=False)
        addresses = list(addresses)
        for literal in literals:
            for part in re.split(r"[\n;,]+", clean(literal or "")):
                part = part.strip()
                if len(part) >= 4 and (len(part.split()) > 1 or any(c.isdigit() for c in part)):
                    folded = re.escape(fold_word(part))
                    add(rf"(?<!{_WORD}){folded}(?!{_WORD})", replacement, _CLIENT, joined=False)
                if _ADDRESS_SHAPE.match(part):
                    addresses.append(part)
                for run in re.findall(r"\+?\d[\d\s\-/.()]{4,}\d", part):
                    digits = re.sub(r"\D", "", run)
                    if len(digits) >= _PHONE_DIGITS:
                        add(_digits_pattern(digits), replacement, _CLIENT, joined=False)
        for address in addresses:
            add(name_forms.address_pattern(fold_word(address)), mask, _ADDRESS)
        self._places = [
            re.compile(p) for place in places if (p := name_forms.place_pattern(fold_word(place)))
        ]
        self._rules = rules
        self._birth = _Rule(identifiers.BIRTH_DATE, mask, _SHAPE, joined=False, group="d")

    def redact(self, text: str) -> tuple[str, int]:
        """The cleaned text with every finding replaced, and how many replacements were made."""
        if not text:
            return text, 0
        text, found = self._found(text)
        out, n = _replace(text, found)
        self.count += n
        return out, n

    def findings(self, text: str) -> tuple[str, list[tuple[int, int, str]]]:
        """The cleaned text and each replacement `redact` would make in it: (start, end, label)
        in the cleaned text, in order, overlapping findings merged as `redact` merges them.
        `count` is left alone."""
        if not text:
            return text, []
        text, found = self._found(text)
        return text, _merge(found)

    def _found(self, text: str) -> tuple[str, list[tuple[int, int, int, str]]]:
        text = clean(text)
        plain = view(text)
        views = (plain, view(text, "hyphens"), view(text, "spelled"))
        found: list[tuple[int, int, int, str]] = []
        for rule in (*self._rules, self._birth):
            for v in views if rule.joined else views[:1]:
                for m in rule.pattern.finditer(v.text):
                    if m.end(rule.group) > m.start(rule.group):
                        found.append((*v.span(*m.span(rule.group)), rule.rank, rule.label))
        found += [(s, e, _SHAPE, self.mask) for s, e in identifiers.shapes(text)]
        found += self._find_places(views)
        return text, found

    def __call__(self, text: str) -> str:
        return self.redact(text)[0]

    def _find_places(self, views: tuple[View, ...]) -> list[tuple[int, int, int, str]]:
        found = []
        for pattern in self._places:
            for v in views:
                for m in pattern.finditer(v.text):
                    if not name_forms.INSTITUTION.search(
                        v.text[max(0, m.start() - 40) : m.start()]
                    ):
                        found.append((*v.span(*m.span()), _PLACE, self.mask))
        return found


def _replace(text: str, found: list[tuple[int, int, int, str]]) -> tuple[str, int]:
    """Overlapping findings become one replacement, labelled by the longest (then by rank)."""
    merged = _merge(found)
    parts, at = [], 0
    for start, stop, label in merged:
        parts += [text[at:start], label]
        at = stop
    parts.append(text[at:])
    return "".join(parts), len(merged)


def _merge(found: list[tuple[int, int, int, str]]) -> list[tuple[int, int, str]]:
    """Overlapping findings as one (start, stop, label), labelled by the longest (then by rank)."""
    if not found:
        return []
    found.sort(key=lambda f: (f[0], -f[1]))
    groups: list[list[tuple[int, int, int, str]]] = []
    end = -1
    for f in found:
        if groups and f[0] < end:
            groups[-1].append(f)
            end = max(end, f[1])
        else:
            groups.append([f])
            end = f[1]
    return [
        (group[0][0], max(f[1] for f in group), min(group, key=lambda f: (-(f[1] - f[0]), f[2]))[3])
        for group in groups
    ]


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
