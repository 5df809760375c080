"""Test helper (not tests): the redaction corpus in tests/corpus/notes.toml, loaded.

Each note names its client; `gone` holds what redaction must take out (tagged by whose it is),
`keep` the ordinary words that must stay. See the file's header."""

from __future__ import annotations

import re
import tomllib
from collections import Counter
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from astra_desktop.core.folding import fold
from astra_desktop.core.redaction import Redactor
from astra_desktop.core.text_clean import clean

PATH = Path(__file__).parent / "corpus" / "notes.toml"
CODE = "AST-2099-0001"
TAGS = ("person", "address", "place")


@dataclass(frozen=True)
class CorpusClient:
    key: str
    given: str
    family: str
    aliases: tuple[str, ...]
    birth_date: date
    gender: str
    contact: str
    safe_contact: str
    addresses: tuple[str, ...]
    places: tuple[str, ...]
    people: tuple[tuple[tuple[str, ...], str], ...]

    def redactor(self, replacement: str = CODE) -> Redactor:
        """Everything the client's record and related persons hold, as court_data will pass it."""
        return Redactor(
            [self.given, self.family, *self.aliases],
            replacement,
            birth_dates=[self.birth_date],
            literals=[self.contact, self.safe_contact],
            people=self.people,
            addresses=self.addresses,
            places=self.places,
        )


@dataclass(frozen=True)
class Note:
    number: int
    client: str
    text: str
    gone: tuple[tuple[str, str], ...]  # (tag, text): tag "" is the client's own
    keep: tuple[str, ...]


def _client(key: str, raw: dict[str, Any]) -> CorpusClient:
    return CorpusClient(
        key, raw["given"], raw["family"], tuple(raw["aliases"]), raw["birth_date"], raw["gender"],
        raw["contact"], raw["safe_contact"], tuple(raw["addresses"]), tuple(raw["places"]),
        tuple((tuple(p["names"]), p["label"]) for p in raw["people"]),
    )  # fmt: skip


def _gone(entry: str) -> tuple[str, str]:
    tag, _, rest = entry.partition(":")
    return (tag, rest) if tag in TAGS and rest else ("", entry)


def load() -> tuple[dict[str, CorpusClient], list[Note]]:
    raw = tomllib.loads(PATH.read_text(encoding="utf-8"))
    clients = {k: _client(k, v) for k, v in raw["clients"].items()}
    notes = [
        Note(n, r["client"], r["text"], tuple(_gone(g) for g in r["gone"]), tuple(r["keep"]))
        for n, r in enumerate(raw["notes"], start=1)
    ]
    return clients, notes


# --- comparing ----------------------------------------------------------------------------------------
def folded(text: str) -> str:
    """How texts are compared: cleaned, folded, đ = dj = d."""
    return fold(clean(text)).replace("dj", "d")


def present(needle: str, text: str) -> bool:
    """`needle` in `text` as a whole word or words, in any script, case or diacritics."""
    n, t = folded(needle), folded(text)
    return re.search(rf"(?<![^\W_]){re.escape(n)}(?![^\W_])", t) is not None


def words(text: str) -> Counter[str]:
    return Counter(re.findall(r"[^\W\d_]{2,}", folded(text)))


def ordinary_words(note: Note) -> Counter[str]:
    """The note's words once everything in `gone` is taken out: what redaction should leave."""
    text = folded(note.text)
    for _tag, g in sorted(note.gone, key=lambda g: -len(g[1])):
        text = re.sub(rf"(?<![^\W_]){re.escape(folded(g))}(?![^\W_])", " ", text)
    return words(text)


def removed(note: Note, redacted: str) -> Counter[str]:
    """Ordinary words of the note that redaction took out (over-redaction)."""
    return ordinary_words(note) - words(redacted)
