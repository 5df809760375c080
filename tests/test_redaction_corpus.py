"""The redaction corpus (tests/corpus/notes.toml): over a hundred notes in Serbian Latin,
Cyrillic and English about six invented clients. In every note nothing identifying survives,
every listed ordinary word does, and the share of ordinary words taken out (over-redaction) stays
under a stated line."""

from __future__ import annotations

from collections import Counter

import pytest

from tests import _corpus

CLIENTS, NOTES = _corpus.load()
OVER_REDACTION_LIMIT = 0.02  # at most 2 % of ordinary words may go with the identifiers


def test_the_corpus_is_large_and_varied() -> None:
    assert len(NOTES) >= 100
    assert {n.client for n in NOTES} == set(CLIENTS)
    assert sum(any("\u0400" <= c <= "\u04ff" for c in n.text) for n in NOTES) >= 10
    assert (
        sum(any(ord(c) in (0x200B, 0xAD, 0x200D, 0xFEFF, 0x200E) for c in n.text) for n in NOTES)
        >= 5
    )
    assert {tag for n in NOTES for tag, _ in n.gone} == {"", *_corpus.TAGS}


@pytest.mark.parametrize("note", NOTES, ids=lambda n: f"{n.number}-{n.client}")
def test_nothing_identifying_survives_and_ordinary_words_stay(note: _corpus.Note) -> None:
    out = CLIENTS[note.client].redactor()(note.text)
    left = [g for _tag, g in note.gone if _corpus.present(g, out)]
    assert not left, (note.text, out)
    lost = [k for k in note.keep if not _corpus.present(k, out)]
    assert not lost, (note.text, out)
    assert not any(ord(c) in (0x200B, 0xAD, 0x200D, 0xFEFF, 0x200E, 0x200F) for c in out)


def test_over_redaction_is_measured_and_small(capsys: pytest.CaptureFixture[str]) -> None:
    total, lost = 0, Counter[str]()
    for note in NOTES:
        out = CLIENTS[note.client].redactor()(note.text)
        total += sum(_corpus.ordinary_words(note).values())
        lost += _corpus.removed(note, out)
    rate = sum(lost.values()) / total
    with capsys.disabled():
        print(f"\nover-redaction: {sum(lost.values())} of {total} ordinary words "
              f"({rate:.2%}) {dict(lost)}")  # fmt: skip
    assert rate < OVER_REDACTION_LIMIT


def test_other_clients_redactors_take_few_ordinary_words(
    capsys: pytest.CaptureFixture[str],
) -> None:
    """Each note run through every other client's redactor: what goes beyond the note's own
    identifiers (which shape finders take whoever they belong to) is a false positive."""
    total, lost = 0, Counter[str]()
    for note in NOTES:
        for key, client in CLIENTS.items():
            if key != note.client:
                total += sum(_corpus.ordinary_words(note).values())
                lost += _corpus.removed(note, client.redactor()(note.text))
    rate = sum(lost.values()) / total
    with capsys.disabled():
        print(
            f"\ncross-client over-redaction: {sum(lost.values())} of {total} ({rate:.2%}) {dict(lost)}"
        )
    assert rate < OVER_REDACTION_LIMIT


def test_the_count_is_the_number_of_replacements() -> None:
    r = CLIENTS["milunka"].redactor()
    text, n = r.redact("Milunka Šćekić, JMBG 0503009715123, majka Dragica.")
    assert n == 3 and r.count == 3
    assert text == f"{_corpus.CODE}, JMBG […], majka majka."
    r("Mica")
    assert r.count == 4
