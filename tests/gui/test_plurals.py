"""Counts speak proper plurals: "1 appointment", "2 appointments"; Serbian's three forms
(1, 21: jednina; 2–4, 22–24: paukal; 5–20, 25, 11–14: množina) in Latin and Cyrillic."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from collections.abc import Iterator

import pytest
from PySide6.QtCore import QCoreApplication, QTranslator

from astra_desktop.gui import i18n
from tools import update_translations as ut

COUNTS = (1, 2, 5, 21, 22, 25, 11)
# The form each count takes: English has two, Serbian three.
ENGLISH = {1: 0, 2: 1, 5: 1, 21: 1, 22: 1, 25: 1, 11: 1}
SERBIAN = {1: 0, 2: 1, 5: 2, 21: 0, 22: 1, 25: 2, 11: 2}

EXPECTED = {
    ("ReminderBar", "In %n hour(s)"): {
        "en": ("In {} hour", "In {} hours"),
        "sr-Latn": ("Za {} sat", "Za {} sata", "Za {} sati"),
        "sr-Cyrl": ("За {} сат", "За {} сата", "За {} сати"),
    },
    ("CaseListPage", "%n case(s)"): {
        "en": ("{} case", "{} cases"),
        "sr-Latn": ("{} slučaj", "{} slučaja", "{} slučajeva"),
        "sr-Cyrl": ("{} случај", "{} случаја", "{} случајева"),
    },
    ("AgendaPage", "%n appointment(s)"): {
        "en": ("{} appointment", "{} appointments"),
        "sr-Latn": ("{} termin", "{} termina", "{} termina"),
        "sr-Cyrl": ("{} термин", "{} термина", "{} термина"),
    },
    ("ReminderBar", "Outcomes to record: %n ended appointment(s)."): {
        "en": (
            "Outcomes to record: {} ended appointment.",
            "Outcomes to record: {} ended appointments.",
        ),
        "sr-Latn": (
            "Ishodi za upis: {} završen termin.",
            "Ishodi za upis: {} završena termina.",
            "Ishodi za upis: {} završenih termina.",
        ),
        "sr-Cyrl": (
            "Исходи за упис: {} завршен термин.",
            "Исходи за упис: {} завршена термина.",
            "Исходи за упис: {} завршених термина.",
        ),
    },
}


@pytest.fixture(scope="module", autouse=True)
def _catalogues_built() -> None:
    if not all(ut.qm_path(loc).exists() for loc in ut.LOCALES):
        ut.release()


@pytest.fixture
def translated() -> Iterator[None]:
    yield
    i18n.uninstall()


@pytest.mark.parametrize("code", ["en", "sr-Latn", "sr-Cyrl"])
def test_counts_take_the_right_plural_form(qapp: object, translated: None, code: str) -> None:
    i18n.install(code)
    rule = ENGLISH if code == "en" else SERBIAN
    for (context, source), forms in EXPECTED.items():
        for n in COUNTS:
            shown = QCoreApplication.translate(context, source, None, n)
            assert shown == forms[code][rule[n]].format(n), (code, source, n)


@pytest.mark.parametrize("locale", ut.LOCALES)
def test_no_count_is_shown_with_a_bracketed_plural(locale: str) -> None:
    """Every numerus message, in every catalogue, at every count: the number appears and no
    "(s)" is left for the reader to work out."""
    translator = QTranslator()
    assert translator.load(str(ut.qm_path(locale)))
    numerus = [
        (context, msg.findtext("source") or "")
        for context, msg in ut.messages(ET.parse(ut.ts_path(locale)))
        if msg.get("numerus") == "yes"
    ]
    assert len(numerus) >= 15
    for context, source in numerus:
        for n in COUNTS:
            text = translator.translate(context, source, None, n)
            assert text and "%n" in text, (locale, source, n)
            assert "(s)" not in text and "(es)" not in text, (locale, source, n, text)
