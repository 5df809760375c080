"""Court-monitoring figures per year: the anonymous numbers the organisation publishes.

A proceeding counts in the year of its first-instance verdict; trials monitored without a client of
ours count alike (and are also counted apart). Convictions are split into those for trafficking
(Art. 388; among them those downgraded to a lighter paragraph than charged), those for another
offence after Art. 388 was charged (re-qualified), and those for another offence where Art. 388
never was (core.requalification); sentences are averaged in
months over convictions with a sentence recorded; compensation is summed in dinars. Nothing here
names a person or a case: only counts, sums and averages leave this module.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable
from dataclasses import dataclass, fields

from astra_desktop.core.court import Charge, Proceeding, Verdict
from astra_desktop.core.court import was_requalified_from_trafficking as requalified_charges
from astra_desktop.core.requalification import (
    ConvictionKind,
    conviction_kind,
    downgraded_within_388,
)


@dataclass(frozen=True)
class Monitored:
    proceeding: Proceeding
    charges: tuple[Charge, ...] = ()
    without_client: bool = False  # a monitored trial, no client of ours in it


@dataclass
class YearFigures:
    year: int | None  # None: all years together
    verdicts: int = 0
    monitored_without_client: int = 0
    convictions: int = 0
    convictions_trafficking: int = 0
    convictions_downgraded_within_388: int = 0
    convictions_requalified: int = 0
    convictions_other_offence: int = 0  # another article, Art. 388 never charged
    convictions_offence_unrecorded: int = 0
    acquittals: int = 0
    other_endings: int = 0  # charges rejected, proceedings discontinued
    charges_requalified_from_388: int = 0
    charges_downgraded_within_388: int = 0
    plea_agreements: int = 0
    plea_victim_informed: int = 0
    sentences_recorded: int = 0
    average_sentence_months: float | None = None
    claims_filed: int = 0
    claims_decided_in_criminal_case: int = 0
    claims_granted: int = 0
    claims_referred_to_civil: int = 0
    compensation_claimed_rsd: int = 0
    compensation_awarded_cases: int = 0
    compensation_awarded_rsd: int = 0
    compensation_paid_rsd: int = 0


def year_figures(year: int | None, items: Iterable[Monitored]) -> YearFigures:
    """The figures over `items`, whatever period they were picked for (`year` labels the row)."""
    f = YearFigures(year)
    sentences = []
    for item in items:
        p = item.proceeding
        f.verdicts += 1
        f.monitored_without_client += item.without_client
        if p.verdict is Verdict.CONVICTED:
            f.convictions += 1
            kind = conviction_kind(p.convicted_article, p.convicted_paragraph, item.charges)
            if kind is ConvictionKind.UNRECORDED:
                f.convictions_offence_unrecorded += 1
            elif kind in (ConvictionKind.TRAFFICKING, ConvictionKind.DOWNGRADED):
                f.convictions_trafficking += 1
                f.convictions_downgraded_within_388 += kind is ConvictionKind.DOWNGRADED
            elif kind is ConvictionKind.REQUALIFIED:
                f.convictions_requalified += 1
            else:
                f.convictions_other_offence += 1
            if p.sentence_months is not None:
                sentences.append(p.sentence_months)
        elif p.verdict is Verdict.ACQUITTED:
            f.acquittals += 1
        else:
            f.other_endings += 1
        if requalified_charges(item.charges):
            f.charges_requalified_from_388 += 1
        f.charges_downgraded_within_388 += downgraded_within_388(item.charges)
        if p.plea_agreement:
            f.plea_agreements += 1
            f.plea_victim_informed += p.victim_informed_of_plea is True
        if p.property_claim_filed_on is not None:
            f.claims_filed += 1
        decision = p.property_claim_decision
        f.claims_decided_in_criminal_case += decision.decided_in_criminal_case
        f.claims_granted += decision.value in ("granted", "partly-granted")
        f.claims_referred_to_civil += decision.value == "referred-to-civil"
        f.compensation_claimed_rsd += p.compensation_claimed or 0
        if p.compensation_awarded:
            f.compensation_awarded_cases += 1
            f.compensation_awarded_rsd += p.compensation_awarded
        f.compensation_paid_rsd += p.compensation_paid or 0
    f.sentences_recorded = len(sentences)
    if sentences:
        f.average_sentence_months = round(sum(sentences) / len(sentences), 1)
    return f


def per_year(items: Iterable[Monitored]) -> list[YearFigures]:
    """One row per verdict year (oldest first) and a last row for all years together."""
    decided = [
        m for m in items if m.proceeding.verdict is not Verdict.PENDING and m.proceeding.verdict_on
    ]
    years = sorted({m.proceeding.verdict_on.year for m in decided if m.proceeding.verdict_on})
    rows = [
        year_figures(y, [m for m in decided if m.proceeding.verdict_on and m.proceeding.verdict_on.year == y])
        for y in years
    ]  # fmt: skip
    rows.append(year_figures(None, decided))
    return rows


COLUMNS = [f.name for f in fields(YearFigures)]


def to_csv(rows: Iterable[YearFigures]) -> str:
    """Plain CSV (comma, UTF-8, one header line); the all-years row has the year "all"."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(COLUMNS)
    for row in rows:
        values = [getattr(row, name) for name in COLUMNS]
        values[0] = "all" if row.year is None else row.year
        writer.writerow(["" if v is None else v for v in values])
    return out.getvalue()
