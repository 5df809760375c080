"""The catalogues: complete, placeholders intact, Cyrillic exactly derived from Latin."""

from __future__ import annotations

import re
import shutil
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from tools import update_translations as ut

needs_lupdate = pytest.mark.skipif(
    shutil.which("pyside6-lupdate") is None
    and not (Path(ut.sys.executable).with_name("pyside6-lupdate")).exists(),
    reason="pyside6-lupdate not installed",
)


def _entries(path: Path) -> dict[tuple[str, str], ET.Element]:
    return {
        (context, msg.findtext("source") or ""): msg for context, msg in ut.messages(ET.parse(path))
    }


@needs_lupdate
def test_every_visible_string_is_in_every_catalogue_and_finished(tmp_path: Path) -> None:
    """Fails when a GUI string was added without running tools/update_translations.py and
    translating it — the message names the context and the English text."""
    fresh = tmp_path / "fresh.ts"
    ut.extract(fresh)
    wanted = set(_entries(fresh))
    assert len(wanted) > 500
    for locale in ut.LOCALES:
        committed = ut.ts_path(locale)
        have = set(_entries(committed))
        missing = sorted(wanted - have)
        assert not missing, f"{committed.name} lacks {len(missing)}: {missing[:10]}"
        unfinished = ut.unfinished(committed)
        assert not unfinished, f"{committed.name}: {len(unfinished)} unfinished: {unfinished[:10]}"


_PLACEHOLDERS = re.compile(r"\{\d+\}|%n|%\d|<[^>]+>")


def _texts(msg: ET.Element) -> list[str]:
    tr = msg.find("translation")
    assert tr is not None
    forms = [f.text or "" for f in tr.iter("numerusform")]
    return forms or [tr.text or ""]


@pytest.mark.parametrize("locale", ut.LOCALES)
def test_translations_keep_placeholders_and_mnemonics(locale: str) -> None:
    for (context, source), msg in _entries(ut.ts_path(locale)).items():
        for text in _texts(msg):
            assert sorted(_PLACEHOLDERS.findall(text)) == sorted(_PLACEHOLDERS.findall(source)), (
                context,
                source,
                text,
            )
            if source.endswith("…") or "&&" in source:
                continue
            if re.search(r"&\w", source) and "\n" not in source:
                assert re.search(r"&\w", text), (context, source, text)


def test_serbian_has_three_plural_forms() -> None:
    plural = [m for m in _entries(ut.ts_path(ut.LATIN)).values() if m.get("numerus") == "yes"]
    assert plural
    for msg in plural:
        assert len(_texts(msg)) == 3


def test_cyrillic_catalogue_is_the_transliteration_of_the_latin_one() -> None:
    latin = _entries(ut.ts_path(ut.LATIN))
    cyrillic = _entries(ut.ts_path(ut.CYRILLIC))
    assert latin.keys() == cyrillic.keys()
    for key, msg in latin.items():
        assert [ut.cyrillic(t) for t in _texts(msg)] == _texts(cyrillic[key]), key


def test_english_plural_forms() -> None:
    assert ut.english_forms("%n call(s)") == ["%n call", "%n calls"]
    assert ut.english_forms("%n search(es)") == ["%n search", "%n searches"]


@pytest.mark.parametrize(
    ("latin", "cyrillic"),
    [
        ("&Zaključaj odmah", "&Закључај одмах"),
        ("Od&štampaj", "Од&штампај"),
        ("&Ljubić", "&Љубић"),
        ("L&jubić", "&Љубић"),  # the mark inside a digraph goes before the whole letter
        ("Po&lje", "По&ље"),
        ("Rizik && bezbednost", "Ризик && безбедност"),
        ("Klijenti && &slučajevi", "Клијенти && &случајеви"),
        ("&Nadživeti", "&Надживети"),
    ],
)
def test_mnemonic_stays_on_the_same_letter(latin: str, cyrillic: str) -> None:
    assert ut.cyrillic(latin) == cyrillic


def test_merge_keeps_translations_and_takes_the_seed(tmp_path: Path) -> None:
    fresh = tmp_path / "fresh.ts"
    old = tmp_path / "old.ts"
    body = (
        '<TS version="2.1"><context><name>Page</name>'
        "<message><source>Case</source><translation type='unfinished'/></message>"
        "<message><source>Lock now</source><translation type='unfinished'/></message>"
        "</context></TS>"
    )
    fresh.write_text(body, encoding="utf-8")
    old.write_text(
        '<TS version="2.1"><context><name>Other</name>'
        "<message><source>Case</source><translation>Slučaj</translation></message>"
        "</context></TS>",
        encoding="utf-8",
    )
    tree = ut.merge(fresh, old, seed={"Lock now": "Zaključaj odmah"})
    got = {m.findtext("source"): m.findtext("translation") for _c, m in ut.messages(tree)}
    assert got == {"Case": "Slučaj", "Lock now": "Zaključaj odmah"}
