"""The referral network: organisations and institutions the NGO works with. Pure Python.

A partner is referred to by its stable id (`partner_id`) from referrals, missing-person inquiries
and hotline referrals, so it is never deleted: an organisation that closed or that the NGO stopped
working with is made inactive and keeps its place in every record and statistic that names it.
Its work contact (a duty phone, an office e-mail, a contact person) is not client data, but it
still lives only in the vault.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from datetime import datetime
from enum import StrEnum

from astra_desktop.core import labels
from astra_desktop.core.models import new_id
from astra_desktop.errors import ValidationError

MAX_NAME = 200
MAX_TEXT = 300  # city, country, contact person, phone, e-mail
MAX_NOTES = 4000


class PartnerKind(StrEnum):
    """What the partner is (the kinds of bodies a Serbian referral network holds)."""

    NGO = "ngo"
    SHELTER = "shelter"
    SOCIAL_WELFARE = "social-welfare"  # centar za socijalni rad, and other social-protection bodies
    POLICE = "police"
    PROSECUTOR = "prosecutor"  # javno tužilaštvo
    COURT = "court"
    HEALTH = "health"  # dom zdravlja, hospital, clinic
    EMBASSY = "embassy"  # embassy or consulate
    INTERNATIONAL = "international"  # IOM, UNHCR, UNICEF, OSCE…
    LEGAL_AID = "legal-aid"
    EMPLOYMENT = "employment"  # Nacionalna služba za zapošljavanje
    OTHER = "other"


class PartnerService(StrEnum):
    """What a partner provides to the people the NGO refers."""

    SHELTER = "shelter"
    LEGAL_AID = "legal-aid"
    PSYCHOLOGICAL = "psychological"
    MEDICAL = "medical"
    REPATRIATION = "repatriation"
    DOCUMENTS = "documents"
    EDUCATION_EMPLOYMENT = "education-employment"
    FINANCIAL = "financial"


@dataclass
class Partner:
    name: str
    kind: PartnerKind = PartnerKind.OTHER
    city: str = ""
    country: str = ""
    contact_person: str = ""
    phone: str = ""
    email: str = ""
    services: list[PartnerService] = field(default_factory=list)
    notes: str = ""
    active: bool = True
    id: str = field(default_factory=new_id)
    created_at: datetime | None = None
    updated_at: datetime | None = None
    version: int = 0


@dataclass(frozen=True)
class PartnerFilter:
    """Which partners a list shows; None (or "") means "any"."""

    kind: PartnerKind | None = None
    city: str = ""  # matched however it is written: Beograd, beograd, Београд
    active: bool | None = True
    offers: PartnerService | None = None
    text: str = ""  # words found in the name, town, country, contact person, e-mail or notes


@dataclass(frozen=True)
class PartnerUse:
    """How many records point to a partner: the referrals of case files, the missing-person
    inquiries it was asked, and the hotline callers referred to it."""

    referrals: int = 0
    inquiries: int = 0
    hotline: int = 0

    @property
    def total(self) -> int:
        return self.referrals + self.inquiries + self.hotline


NAME_MISSING = "Enter the partner's name (the organisation or institution)."
TOO_LONG = "This entry is too long: at most {limit} characters."
UNKNOWN_KIND = "Choose what kind of organisation or institution the partner is."
UNKNOWN_SERVICE = "Choose what the partner provides from the list."
BAD_PHONE = (
    "Check the phone number: use digits, spaces and + - / ( ) only, e.g. +381 11 123 4567; "
    "separate several numbers with commas."
)
BAD_EMAIL = "Check the e-mail address: it should look like name@organisation.rs."

_PHONE = re.compile(r"^[0-9+\-/() .,;]+$")
_EMAIL = re.compile(r"^[^@\s,;]+@[^@\s,;]+\.[^@\s,;.]{2,}$")
_TEXT_FIELDS = {  # field: its longest allowed length
    "name": MAX_NAME,
    "city": MAX_TEXT,
    "country": MAX_TEXT,
    "contact_person": MAX_TEXT,
    "phone": MAX_TEXT,
    "email": MAX_TEXT,
    "notes": MAX_NOTES,
}


def _text(value: object) -> str:
    """Trimmed, NFC, inner runs of spaces kept as typed (a multi-line note keeps its lines)."""
    return unicodedata.normalize("NFC", str(value or "")).strip()


def validate(partner: Partner) -> Partner:
    """Tidy the partner in place (trimmed text, known kind, each service once) and check it;
    raises ValidationError naming the field."""
    for name in _TEXT_FIELDS:
        setattr(partner, name, _text(getattr(partner, name)))
    if not partner.name:
        raise ValidationError("name", NAME_MISSING)
    for name, limit in _TEXT_FIELDS.items():
        if len(getattr(partner, name)) > limit:
            raise ValidationError(name, TOO_LONG, limit=limit)
    try:
        partner.kind = PartnerKind(partner.kind)
    except ValueError:
        raise ValidationError("kind", UNKNOWN_KIND) from None
    try:
        chosen = {PartnerService(s) for s in partner.services}
    except ValueError:
        raise ValidationError("services", UNKNOWN_SERVICE) from None
    partner.services = [s for s in PartnerService if s in chosen]  # each once, in list order
    if partner.phone and not (
        _PHONE.match(partner.phone) and sum(ch.isdigit() for ch in partner.phone) >= 6
    ):
        raise ValidationError("phone", BAD_PHONE)
    if partner.email and not all(_EMAIL.match(a.strip()) for a in _addresses(partner.email)):
        raise ValidationError("email", BAD_EMAIL)
    partner.active = bool(partner.active)
    return partner


def _addresses(text: str) -> list[str]:
    """Several addresses may be given, separated by commas or semicolons."""
    return [a for a in re.split(r"[,;]", text) if a.strip()] or [text]


# What each value is called, in English (core/labels.py: the GUI translates these in the "Labels"
# context, the CLI prints them, reports look them up in their own language tables).
labels.define(
    PartnerKind,
    {
        PartnerKind.NGO: "Non-governmental organisation",
        PartnerKind.SHELTER: "Shelter",
        PartnerKind.SOCIAL_WELFARE: "Centre for social work or social protection",
        PartnerKind.POLICE: "Police",
        PartnerKind.PROSECUTOR: "Public prosecutor's office",
        PartnerKind.COURT: "Court",
        PartnerKind.HEALTH: "Health institution",
        PartnerKind.EMBASSY: "Embassy or consulate",
        PartnerKind.INTERNATIONAL: "International organisation",
        PartnerKind.LEGAL_AID: "Legal aid provider",
        PartnerKind.EMPLOYMENT: "Employment service",
        PartnerKind.OTHER: "Other",
    },
)
labels.define(
    PartnerService,
    {
        PartnerService.SHELTER: "Accommodation",
        PartnerService.LEGAL_AID: "Legal aid",
        PartnerService.PSYCHOLOGICAL: "Psychological support",
        PartnerService.MEDICAL: "Medical care",
        PartnerService.REPATRIATION: "Return home (repatriation)",
        PartnerService.DOCUMENTS: "Identity and travel documents",
        PartnerService.EDUCATION_EMPLOYMENT: "Education and employment",
        PartnerService.FINANCIAL: "Financial support",
    },
)
