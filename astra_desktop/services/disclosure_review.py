"""The review before a "case code only" document leaves the vault: every text people typed about the
case that it will print, with each replacement the redaction makes (where, what it took out, what
it put instead) and each capitalised word left that is not a common word — a name the redaction
could not know looks like one.

Only typed texts are checked (notes, outcomes, reasons, the client's own words, safety-plan steps a
worker wrote, places, providers, document descriptions…). The app's own texts — the organisation's
name, the risk instrument's title, disclaimer, items and suggested steps, level and status keys —
name nobody; they are left out of the review, unless the redaction changed one (then it is shown,
greyed and unchecked, so that the replacement can be seen and shown again if needless).

Words to check: a capitalised word not in resources/wordlists/common-capitalised.txt; at the start
of a sentence or line, only if it is not an everyday word either (the EFF list
eff_large_wordlist.txt and the app's own Serbian and English words, common-words-app.txt, made by
tools/make_common_words.py), in any case form, script or spelling.
"""

from __future__ import annotations

import dataclasses
import functools
import re
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from enum import Enum
from typing import Any

from astra_desktop.core import court_documents as cd
from astra_desktop.core.appointments import Clock
from astra_desktop.core.disclosure import Choices, read_common, unknown_capitalised
from astra_desktop.paths import resources_dir
from astra_desktop.services import court_documents, risk
from astra_desktop.services.session import Session

REDACTION, UNKNOWN = "redaction", "unknown"
_LETTER = re.compile(r"[^\W\d_]")
# "AST" of a case code AST-2026-0042, "KTO" of a file number KTO 45/23: not words
_CODE_PART = re.compile(r"-\d|\s\d+/\d")


@dataclass(frozen=True)
class Mark:
    """A span of a printed text: a replacement (`original` taken out, `replacement` put in) or an
    unknown capitalised word (`original` is the word)."""

    start: int
    end: int
    kind: str  # REDACTION | UNKNOWN
    original: str
    replacement: str = ""


@dataclass(frozen=True)
class Passage:
    printed: str
    marks: tuple[Mark, ...]
    typed: bool = True  # False: the app's own text, shown only for a replacement made in it


@dataclass(frozen=True)
class Review:
    passages: tuple[Passage, ...]  # each text once, in the order the document holds them

    @property
    def redactions(self) -> int:
        return sum(m.kind == REDACTION for p in self.passages for m in p.marks)

    @property
    def unknown(self) -> tuple[str, ...]:
        return tuple(m.original for p in self.passages for m in p.marks if m.kind == UNKNOWN)


@functools.cache
def common_words() -> frozenset[str]:
    path = resources_dir() / "wordlists" / "common-capitalised.txt"
    return read_common(path.read_text(encoding="utf-8").splitlines())


@functools.cache
def everyday_words() -> frozenset[str]:
    """Words usually written in lower case: English (EFF list) and the app's own words."""
    folder = resources_dir() / "wordlists"
    lines: list[str] = []
    for name in ("eff_large_wordlist.txt", "common-words-app.txt"):
        lines += (folder / name).read_text(encoding="utf-8").splitlines()
    return read_common(lines)


# Fields whose texts are the app's, not typed about the case (all that is below them).
_NOT_TYPED: dict[type, frozenset[str]] = {
    cd.Heading: frozenset(f.name for f in dataclasses.fields(cd.Heading)),
    cd.RiskSummary: frozenset(
        {"instrument_title", "disclaimer", "level", "computed", "red_flags", "risks",
         "protective", "history"}
    ),
}  # fmt: skip


def _texts(value: Any, keep: frozenset[str], typed: bool = True) -> Iterator[tuple[str, bool]]:
    """(text, typed) for every string the redaction runs over (core.redaction.scrub's walk)."""
    if isinstance(value, Enum):
        return
    if isinstance(value, str):
        yield value, typed
    elif dataclasses.is_dataclass(value) and not isinstance(value, type):
        fixed = _NOT_TYPED.get(type(value), frozenset())
        for f in dataclasses.fields(value):
            if f.name in keep or not f.init:
                continue
            v = getattr(value, f.name)
            if isinstance(value, cd.RiskSummary) and f.name == "actions":
                for title, *rest in v:  # (title, status key, due)
                    yield title, typed
                    yield from _texts(tuple(rest), keep, False)
            else:
                yield from _texts(v, keep, typed and f.name not in fixed)
    elif isinstance(value, list | tuple):
        for v in value:
            yield from _texts(v, keep, typed)
    elif isinstance(value, dict):
        for v in value.values():
            yield from _texts(v, keep, typed)


def _instrument_texts(session: Session, case_id: str) -> frozenset[str]:
    """Every text of the risk instruments the case's assessments used (and the current one), in
    every language: a suggested safety-plan step taken as it was suggested is one of them."""
    found: set[str] = set()
    used = {(a.instrument_id, a.instrument_version) for a in risk.history(session, case_id)}
    instruments = [risk.default_instrument()]
    instruments += [risk.instrument_of(session, i, v) for i, v in sorted(used)]
    todo: list[Any] = [i.raw for i in instruments]
    while todo:
        v = todo.pop()
        if isinstance(v, str):
            found.add(v.strip())
        elif isinstance(v, dict):
            todo += v.values()
        elif isinstance(v, list):
            todo += v
    return frozenset(found)


def review(
    session: Session,
    kind: str,
    case_id: str,
    lang: str = "sr-Latn",
    extra: Mapping[str, Any] | None = None,
    choices: Choices | None = None,
    clock: Clock | None = None,
) -> Review:
    """What the document of `kind` for the case, "case code only", will print, marked up."""
    data, redactor = court_documents.prepare(
        session, kind, case_id, lang, False, extra, clock, choices
    )
    assert redactor is not None
    common, everyday = common_words(), everyday_words()
    fixed = _instrument_texts(session, case_id)
    passages, seen = [], set()
    for text, typed in _texts(data, court_documents.KEEP):
        if text in seen or not _LETTER.search(text):
            continue
        seen.add(text)
        typed = typed and text.strip() not in fixed
        cleaned, found = redactor.findings(text)
        if not typed and not found:
            continue
        parts, marks, at, shift = [], [], 0, 0
        for start, end, label in found:
            parts += [cleaned[at:start], label]
            new_start = start + shift
            marks.append(
                Mark(new_start, new_start + len(label), REDACTION, cleaned[start:end], label)
            )
            shift += len(label) - (end - start)
            at = end
        parts.append(cleaned[at:])
        printed = "".join(parts)
        taken = [(m.start, m.end) for m in marks]
        for start, end in unknown_capitalised(printed, common, taken, everyday) if typed else ():
            if not _CODE_PART.match(printed, end):
                marks.append(Mark(start, end, UNKNOWN, printed[start:end]))
        marks.sort(key=lambda m: m.start)
        passages.append(Passage(printed, tuple(marks), typed))
    return Review(tuple(passages))
