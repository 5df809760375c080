"""Hotline statistics per month and per year: the anonymous figures reported to donors and
monitoring bodies. Pure Python.

Only counts leave this module: calls by topic, by caller type and by language, referrals given,
minutes on the line, and how many calls became a new client and case or joined an existing one.
A call counts in the month it was taken, including a conversion made days later, so a month's
figures do not change their meaning when they are reported again.
"""

from __future__ import annotations

import csv
import io
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import date

from astra_desktop.core.hotline import CallerType, CallTopic, CaseLink

# Measures, in the order they are shown and exported.
CALLS = "calls"
MINUTES = "minutes"
TOPIC = "topic"
CALLER = "caller-type"
LANGUAGE = "language"
REFERRALS = "referrals"
CASES = "cases"
FOLLOW_UP = "follow-up"


@dataclass(slots=True)  # not frozen: frozen dataclasses are slow to build by the 100,000
class CallFact:
    """What the statistics need of one call, and nothing more (no note, no contact)."""

    day: date
    topic: CallTopic
    caller_type: CallerType
    language: str
    duration_minutes: int = 0
    referral_given: bool = False
    follow_up: bool = False
    case_link: CaseLink = CaseLink.NONE


@dataclass(frozen=True)
class FigureRow:
    measure: str
    category: str  # the stored value counted (a topic, a caller type …), "" for a plain total
    counts: tuple[int, ...]  # one per period
    total: int


@dataclass(frozen=True)
class HotlineFigures:
    periods: tuple[str, ...]  # "2025-01" … "2025-12", or "2023", "2024" …
    rows: tuple[FigureRow, ...]

    def row(self, measure: str, category: str = "") -> FigureRow:
        for r in self.rows:
            if (r.measure, r.category) == (measure, category):
                return r
        raise KeyError((measure, category))

    @property
    def calls(self) -> int:
        return self.row(CALLS).total


def _figures(
    facts: Sequence[CallFact], periods: tuple[str, ...], column_of: Callable[[date], int | None]
) -> HotlineFigures:
    counted: Counter[tuple[str, str, int]] = Counter()
    languages: Counter[str] = Counter()
    for fact in facts:
        col = column_of(fact.day)
        if col is None:
            continue
        languages[fact.language] += 1
        counted[CALLS, "", col] += 1
        counted[MINUTES, "", col] += fact.duration_minutes
        counted[TOPIC, fact.topic.value, col] += 1
        counted[CALLER, fact.caller_type.value, col] += 1
        counted[LANGUAGE, fact.language, col] += 1
        counted[REFERRALS, "", col] += fact.referral_given
        counted[FOLLOW_UP, "", col] += fact.follow_up
        if fact.case_link is not CaseLink.NONE:
            counted[CASES, fact.case_link.value, col] += 1
    order: list[tuple[str, str]] = [(CALLS, ""), (MINUTES, "")]
    order += [(TOPIC, t.value) for t in CallTopic]
    order += [(CALLER, c.value) for c in CallerType]
    order += [
        (LANGUAGE, code) for code, _n in sorted(languages.items(), key=lambda i: (-i[1], i[0]))
    ]
    order += [(REFERRALS, ""), (FOLLOW_UP, "")]
    order += [(CASES, CaseLink.CONVERTED.value), (CASES, CaseLink.LINKED.value)]
    rows = []
    for measure, category in order:
        counts = tuple(counted[measure, category, col] for col in range(len(periods)))
        rows.append(FigureRow(measure, category, counts, sum(counts)))
    return HotlineFigures(periods, tuple(rows))


def per_month(facts: Iterable[CallFact], year: int) -> HotlineFigures:
    """Twelve columns, January to December of `year` (months without calls count zero)."""
    periods = tuple(f"{year}-{m:02d}" for m in range(1, 13))
    return _figures(list(facts), periods, lambda day: day.month - 1 if day.year == year else None)


def per_year(facts: Iterable[CallFact]) -> HotlineFigures:
    """One column per year that has calls, oldest first (every year between them included)."""
    facts = list(facts)
    if not facts:
        return _figures([], (), lambda _day: None)
    first, last = min(f.day.year for f in facts), max(f.day.year for f in facts)
    periods = tuple(str(y) for y in range(first, last + 1))
    return _figures(facts, periods, lambda day: day.year - first)


def to_csv(figures: HotlineFigures) -> str:
    """Plain CSV (comma, UTF-8, one header line): measure, category, one column per period, total.
    Categories are the stored codes, the same whatever language the app is shown in."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(["measure", "category", *figures.periods, "total"])
    for row in figures.rows:
        writer.writerow([row.measure, row.category, *row.counts, row.total])
    return out.getvalue()
