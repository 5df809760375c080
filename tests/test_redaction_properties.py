"""Redaction properties, checked with hypothesis: a name survives no insertion of invisible
characters or hyphens and no change of case; a 13-digit JMBG-like number goes wherever it
stands and however it is grouped."""

from __future__ import annotations

import re

from hypothesis import assume, given, settings
from hypothesis import strategies as st

from astra_desktop.core.redaction import Redactor
from astra_desktop.core.text_clean import clean
from tests._corpus import folded

CODE = "AST-2099-0001"
NAMES = [
    "Milunka",
    "Šćekić",
    "Ljubinka",
    "Vrteljić",
    "Ćurguz",
    "Олеся",
    "Зіркова",
    "Khiêm",
    "Vîrlan",
]
FORMS = ["Milunka", "Milunkom", "Šćekića", "Šćekićka", "Ljubinki", "Vrteljićem", "Ćurguzu",
         "Олесји", "Зірковој", "Khiêma", "Vîrlan", "Vîrlanovu"]  # fmt: skip
INVISIBLE = ["\u200b", "\u200c", "\u200d", "\u00ad", "\u200e", "\u200f", "\ufeff", "\u2060",
             "\u202a", "\u202c", "\u2066", "\u2069"]  # fmt: skip
HYPHENS = ["-", "\u2010", "\u2011", "--"]
WORDS = ["je", "došla", "sa", "u", "sud", "poziv", "called", "the", "на", "суд", "i", "a", "o"]
SEPARATORS = [" ", ", ", ": ", " (", ") ", "\n", " — ", "; "]
REDACTOR = Redactor(NAMES, CODE)


@st.composite
def disguised(draw: st.DrawFn) -> tuple[str, str]:
    """A name form with random case changes and invisible characters or hyphens inside it."""
    form = draw(st.sampled_from(FORMS))
    chars = [c.upper() if draw(st.booleans()) else c.lower() for c in form]
    out = []
    for c in chars:
        out.append(c)
        out += draw(st.lists(st.sampled_from(INVISIBLE + HYPHENS), max_size=2))
    return form, "".join(out)


@settings(max_examples=300, deadline=None)
@given(
    disguised(),
    st.lists(st.sampled_from(WORDS), max_size=4),
    st.lists(st.sampled_from(WORDS), max_size=4),
    st.sampled_from(SEPARATORS),
    st.sampled_from(SEPARATORS),
)
def test_a_disguised_name_is_redacted(
    name: tuple[str, str], before: list[str], after: list[str], sep1: str, sep2: str
) -> None:
    form, text = name
    note = " ".join(before) + sep1 + text + sep2 + " ".join(after)
    out = REDACTOR(note)
    assert CODE in out
    joined = re.sub(r"[-\u2010\u2011]", "", folded(out))
    assert folded(form) not in joined, (note, out)
    assert out == clean(out)  # nothing invisible is printed


@st.composite
def jmbg(draw: st.DrawFn) -> tuple[str, str]:
    """13 digits, alone or in groups one space, dot, hyphen or slash apart."""
    digits = draw(st.text("0123456789", min_size=13, max_size=13))
    cuts = sorted(draw(st.sets(st.integers(1, 12), max_size=12)))
    groups = [digits[a:b] for a, b in zip([0, *cuts], [*cuts, 13], strict=True)]
    seps = [draw(st.sampled_from([" ", ".", "-", "/"])) for _ in groups[1:]]
    return digits, groups[0] + "".join(s + g for s, g in zip(seps, groups[1:], strict=True))


@settings(max_examples=300, deadline=None)
@given(jmbg(), st.text(max_size=30), st.text(max_size=30), st.sampled_from([*SEPARATORS, "", ":"]))
def test_a_13_digit_number_is_redacted_anywhere(
    number: tuple[str, str], before: str, after: str, sep: str
) -> None:
    digits, written = number
    b, a = clean(before + sep), clean(" " + after)
    assume(not b[-1:].isdigit() and sum(c.isdigit() for c in b + a) < 5)
    out = REDACTOR(before + sep + written + " " + after)
    assert written not in out
    assert digits not in re.sub(r"[\s.\-/]", "", clean(out)), (before, written, after, out)
