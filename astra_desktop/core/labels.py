"""The English label of every member of a closed vocabulary, written once next to its enum.

Screens, reports and the command line all show the same words: the CLI prints `label(x)`, the
GUI translates that text in the "Labels" Qt context (disambiguated by the enum's name, so an
"Other" may agree in gender with its noun), reports through their own language tables keyed by
the same text. Messages that carry an enum member show its label (core/messages.py).
"""

from __future__ import annotations

from collections.abc import Mapping
from enum import Enum
from typing import TypeVar

E = TypeVar("E", bound=Enum)

_LABELS: dict[type[Enum], Mapping[Enum, str]] = {}


def define(enum: type[E], labels: Mapping[E, str]) -> Mapping[E, str]:
    """Give every member of `enum` its English label (all of them: a new member needs one)."""
    missing = [m for m in enum if m not in labels]
    if missing:
        raise ValueError(f"{enum.__name__}: no label for {', '.join(str(m) for m in missing)}")
    _LABELS[enum] = {member: text for member, text in labels.items()}
    return _LABELS[enum]  # type: ignore[return-value]


def label(member: Enum) -> str | None:
    """`member`'s English label, None if its enum has none."""
    return _LABELS.get(type(member), {}).get(member)


def labelled() -> dict[type[Enum], Mapping[Enum, str]]:
    """Every enum with labels defined so far (modules defining them must be imported first)."""
    return dict(_LABELS)
