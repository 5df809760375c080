"""What of a case goes into a court document, and what more is taken out of it. Pure Python.

A court filing is not the case file. By default:

- contact notes stay out: a note is the worker's internal record (what she saw, what the client
  confided), written for the team and not for the court. The chronology lists a note's entry — its
  date, its kind and its text — only for the notes chosen; unchosen notes leave no trace at all (a
  row of dated "counselling" entries with no text would itself say something). Other dated entries
  (services, referrals, hearings, charges) are facts of the case and stay in.
- health items of the risk assessment stay out (the "Health" section: trauma, self-harm, urgent
  medical needs; the safety-plan steps those items call for, e.g. psychiatric care): a court needs
  the risk, not the diagnosis, and the client has a right to keep her health to herself. This
  applies to the risk report and to the risk findings of the vulnerable-witness request.
- attachments go in (the evidence index and the property claim's list of evidence): an index that
  leaves documents out silently is not an index, so leaving one out is a choice the worker makes.

Besides what core.redaction finds on its own, a worker who reviews a "case code only" document can
take out more words or phrases (a name the redaction could not know: a friend, an employer, a
village) and show again one it took out needlessly ("Nada" as "hope"). Both are kept per case.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from typing import Any

from astra_desktop.core import name_forms
from astra_desktop.core.redaction import MASK, Redactor
from astra_desktop.core.text_clean import clean, fold_word, view

NOTES, HEALTH, DOCUMENTS = "notes", "health", "documents"
# which choices each kind of document is affected by (the extra words apply to every kind)
APPLIES: dict[str, frozenset[str]] = {
    "vulnerable-witness": frozenset({HEALTH}),
    "property-claim": frozenset({DOCUMENTS}),
    "chronology": frozenset({NOTES}),
    "risk-report": frozenset({HEALTH}),
    "support-letter": frozenset(),
    "attendance": frozenset(),
    "evidence-index": frozenset({DOCUMENTS}),
}
HEALTH_SECTION = "health"  # a risk instrument's section whose English title is "Health"
_WORD = r"[^\W_]"

Finding = tuple[int, int, str]  # (start, end, replacement) in the cleaned text


@dataclass(frozen=True)
class Choices:
    """What goes into a court document of a case besides what every document shows."""

    notes: frozenset[str] = frozenset()  # ids of the contact notes that go in
    all_notes: bool = False  # every note, those written later too
    health: bool = False  # the health items of the risk assessment
    excluded_documents: frozenset[str] = frozenset()  # attachments left out
    redact: tuple[str, ...] = ()  # words and phrases taken out besides what redaction finds
    keep: tuple[str, ...] = ()  # texts the redaction took out that are shown after all

    def note_in(self, note_id: str) -> bool:
        return self.all_notes or note_id in self.notes

    def document_in(self, document_id: str) -> bool:
        return document_id not in self.excluded_documents

    def redacting(self, phrase: str) -> Choices:
        """These choices with `phrase` taken out (and no longer kept)."""
        phrase = " ".join(clean(phrase).split())
        if not phrase:
            return self
        key = fold_word(phrase)
        return replace(
            self,
            redact=_added(self.redact, phrase),
            keep=tuple(k for k in self.keep if fold_word(k) != key),
        )

    def keeping(self, text: str) -> Choices:
        """These choices with `text` shown where the redaction would take it out."""
        text = " ".join(clean(text).split())
        if not text:
            return self
        key = fold_word(text)
        return replace(
            self,
            keep=_added(self.keep, text),
            redact=tuple(r for r in self.redact if fold_word(r) != key),
        )

    def to_json(self) -> str:
        return json.dumps(
            {
                "notes": sorted(self.notes),
                "all_notes": self.all_notes,
                "health": self.health,
                "excluded_documents": sorted(self.excluded_documents),
                "redact": list(self.redact),
                "keep": list(self.keep),
            },
            ensure_ascii=False,
        )

    @classmethod
    def from_json(cls, text: str) -> Choices:
        """Choices read back; anything unreadable falls back to the defaults (the safe side)."""
        try:
            raw: Any = json.loads(text)
        except ValueError:
            return cls()
        if not isinstance(raw, dict):
            return cls()

        def strings(key: str) -> list[str]:
            value = raw.get(key, [])
            return [str(v) for v in value] if isinstance(value, list) else []

        return cls(
            notes=frozenset(strings("notes")),
            all_notes=raw.get("all_notes") is True,
            health=raw.get("health") is True,
            excluded_documents=frozenset(strings("excluded_documents")),
            redact=tuple(strings("redact")),
            keep=tuple(strings("keep")),
        )


def _added(texts: tuple[str, ...], text: str) -> tuple[str, ...]:
    key = fold_word(text)
    return texts if any(fold_word(t) == key for t in texts) else (*texts, text)


def is_health(section_title: dict[str, str]) -> bool:
    return section_title.get("en", "").strip().casefold() == HEALTH_SECTION


def phrase_pattern(phrase: str) -> re.Pattern[str] | None:
    """A word or phrase, folded, in any of its case forms (Milica, Milicom; Novom Sadu)."""
    tokens = name_forms.words_of(fold_word(phrase))
    pattern = name_forms.sequence_pattern(tokens)
    return re.compile(rf"(?<!{_WORD}){pattern}(?!{_WORD})") if pattern else None


@dataclass
class Disclosure:
    """A redactor for one document: `base` (the case's Redactor) plus the worker's own choices.

    Callable like a Redactor (scrub takes it); `count` is how many replacements were made."""

    base: Redactor
    extra: Iterable[str] = ()
    keep: Iterable[str] = ()
    mask: str = MASK
    count: int = 0
    _patterns: list[re.Pattern[str]] = field(default_factory=list, init=False)
    _kept: frozenset[str] = field(default=frozenset(), init=False)

    def __post_init__(self) -> None:
        self._patterns = [p for phrase in self.extra if (p := phrase_pattern(phrase))]
        self._kept = frozenset(fold_word(k) for k in self.keep)

    @classmethod
    def of(cls, base: Redactor, choices: Choices) -> Disclosure:
        return cls(base, choices.redact, choices.keep, base.mask)

    def findings(self, text: str) -> tuple[str, list[Finding]]:
        """The cleaned text and each replacement in it, in order, none overlapping."""
        text, found = self.base.findings(text)
        if not text:
            return text, []
        plain = view(text)
        for pattern in self._patterns:
            found += [(*plain.span(*m.span()), self.mask) for m in pattern.finditer(plain.text)]
        merged = _merge(found)
        return text, [f for f in merged if fold_word(text[f[0] : f[1]]) not in self._kept]

    def redact(self, text: str) -> tuple[str, int]:
        text, found = self.findings(text)
        parts, at = [], 0
        for start, end, label in found:
            parts += [text[at:start], label]
            at = end
        parts.append(text[at:])
        self.count += len(found)
        return "".join(parts), len(found)

    def __call__(self, text: str) -> str:
        return self.redact(text)[0]


def _merge(found: list[Finding]) -> list[Finding]:
    """Overlapping findings as one, with the replacement of the longest."""
    merged: list[list[Finding]] = []
    end = -1
    for f in sorted(found, key=lambda f: (f[0], -f[1])):
        if merged and f[0] < end:
            merged[-1].append(f)
            end = max(end, f[1])
        else:
            merged.append([f])
            end = f[1]
    return [
        (group[0][0], max(f[1] for f in group), max(group, key=lambda f: f[1] - f[0])[2])
        for group in merged
    ]


# --- words a worker should look at -------------------------------------------------------------------
_CAPITALISED = re.compile(r"(?<![^\W_])[^\W\d_][^\W_]*(?:-[^\W\d_][^\W_]*)*")


_OPENERS = frozenset("\"'„“”‘’‚«»‹›([{-–—•*·>")  # before a sentence's first word
_ENDS = frozenset(".!?…:;")  # what ends the sentence before


def sentence_initial(text: str, start: int) -> bool:
    """The word at `start` begins the text, a line or a sentence (quotes, brackets and list
    bullets before it aside): it is capitalised whatever it is."""
    i = start - 1
    while i >= 0 and (text[i] in _OPENERS or (text[i].isspace() and text[i] != "\n")):
        i -= 1
    return i < 0 or text[i] == "\n" or text[i] in _ENDS


def unknown_capitalised(
    text: str,
    common: frozenset[str],
    skip: Iterable[tuple[int, int]] = (),
    everyday: frozenset[str] = frozenset(),
) -> list[tuple[int, int]]:
    """Spans of capitalised words in `text` that are not in `common` (folded words), outside the
    spans in `skip` (replacements): a name the redaction could not know looks like this. A word
    that begins a sentence or line is capitalised anyway: it counts only if it is not in
    `everyday` either (words usually written in lower case)."""
    taken = list(skip)
    found = []
    for m in _CAPITALISED.finditer(text):
        word = m.group()
        if not word[0].isupper():
            continue
        if any(s < m.end() and m.start() < e for s, e in taken):
            continue
        if known(word, common):
            continue
        if everyday and sentence_initial(text, m.start()) and known(word, everyday):
            continue
        found.append(m.span())
    return found


def known(word: str, common: frozenset[str]) -> bool:
    """`word` (any case, script, with or without diacritics) is a common word, in any case form."""
    folded = fold_word(word)
    if folded in common or len(folded) < 2:
        return True
    return any(
        folded.endswith(e) and len(folded) - len(e) >= 3 and folded[: -len(e)] in common
        for e in name_forms.ENDINGS
    )


def read_common(lines: Iterable[str]) -> frozenset[str]:
    """The common-words list (one word a line, `#` starts a comment, "-word" leaves a word of
    another list out), folded, with the stems of its words (policija → policij, so that
    "Policiji" is known too)."""
    entries = [w for line in lines if (w := line.split("#", 1)[0].strip())]
    left_out = {fold_word(w[1:]) for w in entries if w.startswith("-")}
    words = {fold_word(w) for w in entries if not w.startswith("-")} - left_out
    stems = {
        w[: -len(e)]
        for w in words
        for e in name_forms.ENDINGS
        if w.endswith(e) and len(w) - len(e) >= 3
    }
    return frozenset(words | stems)
