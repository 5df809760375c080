"""Keyboard mnemonics (Alt+letter) stay unique in Serbian where the English ones are.

Two labels with the same underlined letter make Alt+letter cycle between them instead of acting;
the hotline form is meant to be filled in with the keyboard alone, while on the phone.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from collections import defaultdict

import pytest

from tools import update_translations as ut

_MNEMONIC = re.compile(r"&(?!&)(\w)")
# Contexts shown together on one screen (a tab with its section's tab bar).
SCREENS = {
    "hotline calls": ("HotlineSection", "CallForm", "CallsPage"),
    "missing persons": ("HotlineSection", "MissingPage", "SearchPanel", "missing"),
}


def _letters(locale: str) -> dict[str, list[tuple[str, str]]]:
    """Context → (mnemonic letter, text) of every label that has one."""
    found: dict[str, list[tuple[str, str]]] = defaultdict(list)
    for context, msg in ut.messages(ET.parse(ut.ts_path(locale))):
        tr = msg.find("translation")
        text = (msg.findtext("source") or "") if locale == ut.ENGLISH else (tr.text or "")
        m = _MNEMONIC.search(text)
        if m:
            found[context].append((m.group(1).lower(), text))
    return found


def _clashes(entries: list[tuple[str, str]]) -> dict[str, set[str]]:
    by_letter: dict[str, set[str]] = defaultdict(set)
    for letter, text in entries:
        by_letter[letter].add(text)
    return {k: v for k, v in by_letter.items() if len(v) > 1}


@pytest.mark.parametrize("locale", [ut.LATIN, ut.CYRILLIC])
def test_serbian_mnemonics_are_unique_where_english_ones_are(locale: str) -> None:
    english, serbian = _letters(ut.ENGLISH), _letters(locale)
    clashes = {
        context: _clashes(entries)
        for context, entries in serbian.items()
        if not _clashes(english.get(context, [])) and _clashes(entries)
    }
    assert clashes == {}


@pytest.mark.parametrize("screen", sorted(SCREENS))
@pytest.mark.parametrize("locale", [ut.LATIN, ut.CYRILLIC])
def test_hotline_screens_have_one_mnemonic_per_letter(locale: str, screen: str) -> None:
    serbian = _letters(locale)
    entries = [e for context in SCREENS[screen] for e in serbian.get(context, [])]
    assert _clashes(entries) == {}
