"""Re-qualification of trafficking charges, paragraph by paragraph.

Art. 388 of the Criminal Code (KZ) has a basic form (st. 1) and heavier forms with higher minimum
sentences; the minimums below are the statutory ones quoted in docs/legal-sources.md §7a. A charge
under st. 6 that ends in a conviction under st. 1 was downgraded within Art. 388; a conviction
under another article (say Art. 184) is a re-qualification only when Art. 388 was charged — a
trial that never charged trafficking was not re-qualified from it.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from enum import StrEnum

from astra_desktop.core.court import Charge, article_number, current_charges, history
from astra_desktop.core.court import is_trafficking as _is_388

# KZ čl. 388: the least sentence, in months, per paragraph (st. 2 carries the st. 1 penalty;
# st. 8's penalty is not confirmed and so is left out: a change to or from it is never a downgrade).
MINIMUM_MONTHS_388 = {"1": 36, "2": 36, "3": 60, "4": 60, "5": 120, "6": 60, "7": 120}

_PARAGRAPH = re.compile(
    r"(?:\bst(?:av)?\.?|\bpara(?:graph)?\.?|\bpar\.?|\()\s*(\d+)", re.IGNORECASE
)


class ConvictionKind(StrEnum):
    TRAFFICKING = "trafficking"  # under Art. 388, no lighter paragraph than charged
    DOWNGRADED = "downgraded-within-388"  # under Art. 388, a lighter paragraph than charged
    REQUALIFIED = "requalified"  # under another article, after Art. 388 was charged
    OTHER_OFFENCE = "other-offence"  # under another article; Art. 388 was never charged
    UNRECORDED = "unrecorded"  # the article convicted under is not recorded


def paragraph_of(article: str, paragraph: str = "") -> str:
    """ "6" from paragraph "6", or from "388 st. 6", "čl. 388 stav 6", "Art. 388(6)"; "" if none."""
    if paragraph.strip():
        found = re.search(r"\d+", paragraph)
        return found.group(0) if found else paragraph.strip()
    found = _PARAGRAPH.search(article)
    return found.group(1) if found else ""


def _minimum(paragraph: str) -> int | None:
    return MINIMUM_MONTHS_388.get(paragraph)


def heaviest_388_paragraph(charges: Iterable[Charge]) -> str:
    """The heaviest Art. 388 paragraph ever charged ("" when none was charged with a known one)."""
    best, best_min = "", -1
    for c in charges:
        if not _is_388(c.article):
            continue
        para = paragraph_of(c.article, c.paragraph)
        minimum = _minimum(para)
        if minimum is not None and minimum > best_min:
            best, best_min = para, minimum
    return best


def is_downgrade(charged_paragraph: str, later_paragraph: str) -> bool:
    """Whether moving from one Art. 388 paragraph to another lowers the least sentence."""
    before, after = _minimum(charged_paragraph), _minimum(later_paragraph)
    return before is not None and after is not None and after < before


def conviction_kind(
    convicted_article: str, convicted_paragraph: str, charges: Iterable[Charge]
) -> ConvictionKind:
    """How a conviction stands to the charges (see the module's docstring)."""
    charges = list(charges)
    if article_number(convicted_article) is None:
        return ConvictionKind.UNRECORDED
    if _is_388(convicted_article):
        charged = heaviest_388_paragraph(charges)
        convicted = paragraph_of(convicted_article, convicted_paragraph)
        if is_downgrade(charged, convicted):
            return ConvictionKind.DOWNGRADED
        return ConvictionKind.TRAFFICKING
    if any(_is_388(c.article) for c in charges):
        return ConvictionKind.REQUALIFIED
    return ConvictionKind.OTHER_OFFENCE


def downgraded_within_388(charges: Iterable[Charge]) -> bool:
    """A current Art. 388 charge whose history holds a heavier Art. 388 paragraph."""
    charges = list(charges)
    for current in current_charges(charges):
        if not _is_388(current.article):
            continue
        now = paragraph_of(current.article, current.paragraph)
        for earlier in history(charges, current.id)[:-1]:
            if _is_388(earlier.article) and is_downgrade(
                paragraph_of(earlier.article, earlier.paragraph), now
            ):
                return True
    return False
