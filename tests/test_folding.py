from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from astra_desktop.core.folding import fold, index_text, query_terms, to_latin


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("Đorđević", "djordjevic"),
        ("Ђорђевић", "djordjevic"),
        ("ĐORĐEVIĆ", "djordjevic"),
        ("Nguyễn Văn Thành", "nguyen van thanh"),
        ("Ștefan", "stefan"),
        ("Олена Коваленко", "olena kovalenko"),
        ("Љубица Његош", "ljubica njegos"),
        ("Џемаил", "dzemail"),
    ],
)
def test_fold(typed: str, expected: str) -> None:
    assert fold(typed) == expected


def test_index_has_both_spellings_of_dj() -> None:
    words = index_text("Đorđević").split()
    assert "djordjevic" in words and "dordevic" in words


def test_transliteration_keeps_digraphs_whole() -> None:
    assert to_latin("љњџ") == "ljnjdž"


@given(st.text())
def test_fold_is_idempotent_and_never_fails(text: str) -> None:
    once = fold(text)
    assert fold(once) == once
    assert all(t == t.lower() for t in query_terms(text))
