"""Test helper (not tests): the strings a Designer form (ui/*.ui) shows, and those of them the
Serbian catalogue has no translation for under the form's class (the context they had as tr()
calls in code), for the form tests' "every string keeps its translation" check."""

from __future__ import annotations

import functools
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
_NOT_DONE = ("unfinished", "obsolete", "vanished")  # translation types that are not one


@functools.cache
def _translated() -> frozenset[tuple[str | None, str | None]]:
    """(context, source) of every message the Serbian catalogue translates."""
    catalogue = ET.parse(ROOT / "resources" / "i18n" / "astra_sr_Latn.ts").getroot()
    done = set()
    for context in catalogue.iter("context"):
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation is None or translation.get("type") in _NOT_DONE:
                continue
            if translation.text:
                done.add((context.findtext("name"), message.findtext("source")))
    return frozenset(done)


def form_strings(form: str) -> tuple[list[str], list[str]]:
    """The strings ui/<form>.ui shows (those marked notr left out), and those of them with no
    Serbian translation under the form's class."""
    root = ET.parse(ROOT / "ui" / f"{form}.ui").getroot()
    context = root.findtext("class")
    strings = [s.text for s in root.iter("string") if s.get("notr") != "true" and s.text]
    done = _translated()
    return strings, [s for s in strings if (context, s) not in done]
