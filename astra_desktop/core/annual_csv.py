"""The annual figures as one long CSV table: section, measure, category, value. Pure Python.

One row per number, so a spreadsheet filters and pivots it without knowing the report's layout.
Categories are the stored codes (a Channel, a PostponedBy value …), never translated; the period
and the filters come first (section "report"); the per-trial appearance rows are keyed by the
trial's label (case code, or court and court number). No person's name is in the figures.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterator
from dataclasses import fields
from typing import Any

from astra_desktop.core.annual_figures import AnnualFigures, TrialAppearances

HEADER = ("section", "measure", "category", "value")
Row = tuple[str, str, str, object]


def _value(v: object) -> object:
    if v is None:
        return ""
    if isinstance(v, bool):
        return int(v)
    return v


def _section(section: str, figures: Any, skip: tuple[str, ...] = ()) -> Iterator[Row]:
    """Plain numbers as they are, tallies one row per category, series one row per element."""
    for f in fields(figures):
        if f.name in skip:
            continue
        value = getattr(figures, f.name)
        if isinstance(value, dict):
            for category, n in value.items():
                yield section, f.name, str(category), n
        elif isinstance(value, tuple):
            for i, item in enumerate(value, 1):
                if isinstance(item, tuple):  # ("2025-01", calls)
                    yield section, f.name, str(item[0]), item[1]
                else:
                    yield section, f.name, str(i), item
        else:
            yield section, f.name, "", value


def _appearances(rows: tuple[TrialAppearances, ...]) -> Iterator[Row]:
    for a in rows:
        for f in fields(a):
            if f.name != "label":
                yield "appearances", f.name, a.label, getattr(a, f.name)


def rows(figures: AnnualFigures) -> Iterator[Row]:
    p = figures.period
    yield "report", "period_start", "", p.start.isoformat()
    yield "report", "period_end", "", p.end.isoformat()
    yield "report", "year", "", p.whole_year
    yield "report", "made_on", "", figures.made_on.isoformat()
    yield "report", "filter_trials", "", figures.filters.trials.value
    yield "report", "filter_court", "", figures.filters.court
    trials = figures.trials
    yield from _section("trials", trials, skip=("outcomes", "appearances"))
    if trials.outcomes is not None:
        yield from _section("outcomes", trials.outcomes, skip=("year",))
    yield from _appearances(trials.appearances)
    yield from _section("hotline", figures.hotline)
    yield from _section("missing", figures.missing)


def to_csv(figures: AnnualFigures) -> str:
    """UTF-8 text, comma separated, one header line; an absent value is an empty cell."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(HEADER)
    for section, measure, category, value in rows(figures):
        writer.writerow((section, measure, category, _value(value)))
    return out.getvalue()
