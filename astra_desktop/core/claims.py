"""A case's compensation claim: heads of damage with amounts in dinars, the day interest runs from
and the evidence of each, and the costs. Pure Python.

One claim feeds two filings: the property claim in the criminal proceeding (ZKP) and, when the
court referred it to civil proceedings or it was never filed there, the civil suit for damages
(tužba radi naknade štete). What is claimed decides the legal basis the filings cite (the Law on
obligations: liability, ordinary damage and lost profit, non-material damage, joint and several
liability, default interest); see `grounds` and docs/legal-sources.md.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from decimal import Decimal
from enum import StrEnum

from astra_desktop.core.court_documents import (
    DamageKind,
    Filing,
    Heading,
    ProceedingInfo,
    parse_amount,
)
from astra_desktop.core.messages import Message, message
from astra_desktop.errors import ValidationError

# A claim's id is made from its case's: the same claim on every laptop (storage/0020_claims.sql).
_NAMESPACE = uuid.UUID("6f1d3c2e-8a51-4f0e-9b7c-2c1f0d5a9e44")


def claim_id(case_id: str) -> str:
    return str(uuid.uuid5(_NAMESPACE, f"claim:{case_id}"))


class CostKind(StrEnum):
    """Costs of the proceedings the claimant asks the defendants to bear."""

    LAWYER = "lawyer"  # the lawyer's fee (drafting, hearings)
    COURT_FEE = "court-fee"  # court fees (sudske takse)
    EXPERT = "expert"  # an expert's opinion (veštačenje)
    INTERPRETER = "interpreter"  # interpreter, translation
    TRAVEL = "travel"  # the claimant's travel to hearings
    OTHER = "other"


# Heads of damage that are lost profit (izmakla korist: her assets were kept from growing) and
# not ordinary damage (obična šteta: her assets shrank); ZOO čl. 155.
LOST_PROFIT = frozenset({DamageKind.UNPAID_WAGES, DamageKind.LOST_EARNINGS})


@dataclass(frozen=True)
class ClaimItem:
    kind: DamageKind
    amount: Decimal | None = None  # None: claimed, the amount to be specified later
    description: str = ""
    interest_from: date | None = None  # None: from the day of the judgment (dan presuđenja)
    evidence: tuple[str, ...] = ()

    @property
    def material(self) -> bool:
        return self.kind.material


@dataclass(frozen=True)
class ClaimCost:
    kind: CostKind
    amount: Decimal | None = None
    description: str = ""


@dataclass
class Claim:
    """What the claim editor saves (one per case)."""

    case_id: str
    items: list[ClaimItem] = field(default_factory=list)
    costs: list[ClaimCost] = field(default_factory=list)
    proceeding_id: str | None = None  # whose defendants and court; None: the case's latest
    facts: str = ""  # the facts as the lawyer words them; empty: the filings say them briefly
    civil_court: str = ""  # "Viši sud u Beogradu"; empty: chosen by the value (court_level)
    civil_case_number: str = ""  # the civil court's number once the suit is filed ("P 12/26")
    legal_aid: str = ""  # the decision granting free legal aid ("rešenje … br. … od …")
    id: str = ""
    created_at: datetime | None = None
    updated_at: datetime | None = None
    version: int = 0

    def __post_init__(self) -> None:
        if not self.id:
            self.id = claim_id(self.case_id)


def total(items: Iterable[ClaimItem], material: bool | None = None) -> Decimal:
    """The sum of the amounts given (items still to be specified count for nothing)."""
    return sum(
        (i.amount for i in items
         if i.amount is not None and (material is None or i.material == material)),
        Decimal(0),
    )  # fmt: skip


def costs_total(costs: Iterable[ClaimCost]) -> Decimal:
    return sum((c.amount for c in costs if c.amount is not None), Decimal(0))


def has_amounts(items: Iterable[ClaimItem]) -> bool:
    return any(i.amount is not None for i in items)


# --- the legal basis, from what is claimed ----------------------------------------------------------
class Basis(StrEnum):
    """One paragraph of a filing's legal reasoning; templates word each (claim.*.toml)."""

    LIABILITY = "liability"  # ZOO čl. 154 st. 1: liability for damage caused by fault
    ORDINARY = "ordinary"  # ZOO čl. 155, 189: ordinary damage (obična šteta)
    LOST_PROFIT = "lost-profit"  # ZOO čl. 155, 189: lost profit (izmakla korist)
    NON_MATERIAL = "non-material"  # ZOO čl. 200: pain, mental suffering, fear
    JOINT = "joint"  # ZOO čl. 206: several tortfeasors, jointly and severally
    INTEREST = "interest"  # ZOO čl. 277 and the Law on default interest
    CONVICTION = "conviction"  # ZPP čl. 13: the civil court is bound by the conviction


def grounds(
    items: Sequence[ClaimItem], defendants: int, convicted: bool = False, civil: bool = False
) -> tuple[Basis, ...]:
    """The paragraphs the reasoning needs, in the order a lawyer argues them: liability, each kind
    of damage actually claimed, joint liability when there are several defendants, interest when
    an amount is claimed, and (in a civil suit) the conviction binding the civil court."""
    kinds = {i.kind for i in items}
    found = [Basis.LIABILITY]
    if any(k.material and k not in LOST_PROFIT for k in kinds):
        found.append(Basis.ORDINARY)
    if kinds & LOST_PROFIT:
        found.append(Basis.LOST_PROFIT)
    if any(not k.material for k in kinds):
        found.append(Basis.NON_MATERIAL)
    if defendants > 1:
        found.append(Basis.JOINT)
    if has_amounts(items):
        found.append(Basis.INTEREST)
    if civil and convicted:
        found.append(Basis.CONVICTION)
    return tuple(found)


# --- which civil court: the value of the dispute ------------------------------------------------------
class CourtLevel(StrEnum):
    BASIC = "basic"  # osnovni sud: civil disputes no other court is given
    HIGHER = "higher"  # viši sud: above the value docs/legal-sources.md §5 gives
    UNSURE = "unsure"  # too close to the line to say at a fixed rate


EUR_RSD = Decimal("117.2")  # NBS middle rate, about the same since 2018: check it on the day
HIGHER_COURT_EUR = Decimal(40_000)


def court_level(value: Decimal, rate: Decimal = EUR_RSD) -> CourtLevel:
    """The court of first instance by the value of the dispute (the claim without interest and
    costs), with a 5 % margin either side of the line for the rate of the day."""
    euros = value / rate
    if euros > HIGHER_COURT_EUR * Decimal("1.05"):
        return CourtLevel.HIGHER
    if euros < HIGHER_COURT_EUR * Decimal("0.95"):
        return CourtLevel.BASIC
    return CourtLevel.UNSURE


# --- checking what was typed --------------------------------------------------------------------------
EARLIEST = date(1950, 1, 1)


def parse_day(text: str, what: str = "date") -> date | None:
    """A date as people type it (dd.mm.yyyy, with or without the final dot) or ISO; "" → None."""
    raw = str(text).strip().rstrip(".")
    if not raw:
        return None
    for fmt in ("%d.%m.%Y", "%Y-%m-%d"):
        try:
            return datetime.strptime(raw, fmt).date()
        except ValueError:
            continue
    raise ValidationError(
        what, "“{text}” is not a date. Write it as dd.mm.yyyy, e.g. 30.06.2023.", text=text
    )


def parse_optional_amount(text: str) -> Decimal | None:
    """An amount in dinars, or None when left empty (to be specified later)."""
    return parse_amount(text) if str(text).strip() else None


def check_amount(amount: Decimal | None, where: str | Message) -> None:
    if amount is not None and amount <= 0:
        raise ValidationError(
            "amount",
            "{where}: the amount must be more than zero. Leave it empty if it is to be "
            "specified later.",
            where=message(where),
        )


def check_interest(day: date | None, where: str | Message, today: date) -> None:
    if day is None:
        return
    if day > today:
        raise ValidationError(
            "interest_from",
            "{where}: interest cannot run from {day:%d.%m.%Y}, a day still to come. Leave the "
            "date empty for interest from the day of the judgment.",
            where=message(where),
            day=day,
        )
    if day < EARLIEST:
        raise ValidationError(
            "interest_from",
            "{where}: {day:%d.%m.%Y} is too long ago; check the year.",
            where=message(where),
            day=day,
        )


def check(claim: Claim, today: date) -> None:
    """Raise ValidationError naming the item and what to do, at the first problem."""
    for n, item in enumerate(claim.items, start=1):
        if not isinstance(item.kind, DamageKind):
            raise ValidationError("items", "Item {n}: choose a head of damage.", n=n)
        check_amount(item.amount, Message("Item {n}", n=n))
        check_interest(item.interest_from, Message("Item {n}", n=n), today)
    for n, cost in enumerate(claim.costs, start=1):
        if not isinstance(cost.kind, CostKind):
            raise ValidationError("costs", "Cost {n}: choose what the cost is for.", n=n)
        check_amount(cost.amount, Message("Cost {n}", n=n))


def lines(text: str) -> tuple[str, ...]:
    """One piece of evidence per line, blank lines left out."""
    return tuple(x.strip() for x in str(text).splitlines() if x.strip())


# --- what the two claim filings are made from ---------------------------------------------------------
@dataclass(frozen=True)
class ClaimDocument:
    """A property claim or a civil suit as gathered from the vault (services/claims.py)."""

    heading: Heading
    proceeding: ProceedingInfo | None
    items: tuple[ClaimItem, ...]
    costs: tuple[ClaimCost, ...] = ()
    evidence: tuple[str, ...] = ()  # every item's evidence, then the case's documents
    attachments: tuple[str, ...] = ()  # the documents attached (not a witness to be heard)
    filing: Filing | None = None
    facts: str = ""
    draft: bool = False  # asked for, or no amount given: marked "draft" on every page
    minor: bool = False  # under 18 on the day the filing is made
    representative: str = ""  # a minor's legal representative, with names only
    legal_aid: str = ""
    convicted: bool = False  # the proceeding ended in a conviction
    referred: bool = False  # the criminal court referred the claim to civil proceedings
    level: CourtLevel = CourtLevel.UNSURE  # the civil court by value, when none is recorded

    @property
    def blank(self) -> bool:
        return not has_amounts(self.items)

    @property
    def defendants(self) -> int:
        return len(self.proceeding.defendants) if self.proceeding else 0

    def total(self, material: bool | None = None) -> Decimal:
        return total(self.items, material)
