"""Who the filings come from: the organisation's letterhead, the lawyers who sign, and the powers
of attorney a client gave them. Plain data with their rules and their JSON form. Pure Python.

The organisation and the lawyers are vault-wide settings (services/profiles.py keeps them as JSON
in the vault's `settings` table); a power of attorney belongs to the proceeding it was given for
and travels with it (a list in the proceeding's record).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import asdict, dataclass, field, fields, replace
from datetime import date
from typing import Any

from astra_desktop.core.court_names import town_forms
from astra_desktop.core.models import new_id
from astra_desktop.errors import ValidationError

MAX_TEXT = 300  # any one field: a name, an address, a chamber


@dataclass(frozen=True)
class Organisation:
    """The letterhead of the documents the organisation issues itself."""

    name: str = ""
    address: str = ""
    city: str = ""
    registration_number: str = ""  # matični broj
    tax_number: str = ""  # PIB

    @property
    def empty(self) -> bool:
        return not any(getattr(self, f.name).strip() for f in fields(self))


@dataclass(frozen=True)
class Lawyer:
    """A lawyer who files for the organisation's clients (name, office, bar chamber and number);
    the town's forms after "u" and "iz" are worked out from `city` unless given."""

    name: str
    office_address: str = ""
    city: str = ""
    bar_chamber: str = ""  # advokatska komora, e.g. "Advokatska komora Beograda"
    bar_number: str = ""  # the number under which the chamber's register lists the lawyer
    city_in: str = ""  # "Beogradu" (U Beogradu, dana …); empty: from `city`
    city_from: str = ""  # "Beograda" (advokat iz Beograda); empty: from `city`
    id: str = field(default_factory=new_id)

    def town(self) -> tuple[str, str]:
        """(after "u", after "iz") of the lawyer's town."""
        loc, gen = town_forms(self.city)
        return self.city_in.strip() or loc, self.city_from.strip() or gen


@dataclass(frozen=True)
class PowerOfAttorney:
    """A power of attorney (punomoćje) the client gave a lawyer for a proceeding."""

    lawyer_id: str
    lawyer: str  # the lawyer's name when it was recorded (read if the profile is gone)
    granted_on: date
    scope: str = ""  # e.g. "zastupanje oštećene u krivičnom postupku"

    def to_dict(self) -> dict[str, str]:
        return {"lawyer_id": self.lawyer_id, "lawyer": self.lawyer,
                "granted_on": self.granted_on.isoformat(), "scope": self.scope}  # fmt: skip

    @classmethod
    def from_dict(cls, raw: Mapping[str, Any]) -> PowerOfAttorney:
        return cls(str(raw.get("lawyer_id", "")), str(raw.get("lawyer", "")),
                   date.fromisoformat(str(raw["granted_on"])), str(raw.get("scope", "")))  # fmt: skip


def _clean(record: Any) -> Any:
    """Every text field trimmed, and none longer than MAX_TEXT."""
    changes = {}
    for f in fields(record):
        value = getattr(record, f.name)
        if isinstance(value, str):
            value = " ".join(value.split())
            if len(value) > MAX_TEXT:
                raise ValidationError(f.name, "Keep this under {most} characters.", most=MAX_TEXT)
            changes[f.name] = value
    return replace(record, **changes)


def check_organisation(org: Organisation) -> Organisation:
    org = _clean(org)
    if org.registration_number and not org.registration_number.isdigit():
        raise ValidationError("registration_number", "The registration number has digits only.")
    if org.tax_number and not org.tax_number.isdigit():
        raise ValidationError("tax_number", "The tax number (PIB) has digits only.")
    return org


def check_lawyer(lawyer: Lawyer, others: list[Lawyer]) -> Lawyer:
    lawyer = _clean(lawyer)
    if not lawyer.name:
        raise ValidationError("name", "Enter the lawyer's name.")
    if any(o.id != lawyer.id and o.name.casefold() == lawyer.name.casefold() for o in others):
        raise ValidationError("name", "There is already a lawyer named {name}.", name=lawyer.name)
    return lawyer


def check_power(power: PowerOfAttorney, today: date) -> PowerOfAttorney:
    if power.granted_on > today:
        raise ValidationError(
            "granted_on", "This date is in the future. Record it once it happened."
        )
    scope = " ".join(power.scope.split())
    if len(scope) > MAX_TEXT:
        raise ValidationError("scope", "Keep this under {most} characters.", most=MAX_TEXT)
    return replace(power, scope=scope)


def find_lawyer(lawyers: list[Lawyer], wanted: str) -> Lawyer:
    """The lawyer by id or by name (any letter case; a unique beginning of the name will do)."""
    text = " ".join(wanted.split()).casefold()
    for lawyer in lawyers:
        if lawyer.id == wanted or lawyer.name.casefold() == text:
            return lawyer
    found = [x for x in lawyers if text and x.name.casefold().startswith(text)]
    if len(found) == 1:
        return found[0]
    known = ", ".join(x.name for x in lawyers) or "none yet"
    raise ValidationError(
        "lawyer", "There is no lawyer “{wanted}” (known: {known}).", wanted=wanted, known=known
    )


def to_json(record: Organisation | Lawyer) -> dict[str, str]:
    return {k: str(v) for k, v in asdict(record).items()}


def organisation_from(raw: Mapping[str, Any]) -> Organisation:
    names = {f.name for f in fields(Organisation)}
    return Organisation(**{k: str(v) for k, v in raw.items() if k in names})


def lawyer_from(raw: Mapping[str, Any]) -> Lawyer:
    names = {f.name for f in fields(Lawyer)}
    values = {k: str(v) for k, v in raw.items() if k in names}
    values.setdefault("name", "")
    return Lawyer(**values)
