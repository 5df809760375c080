"""Parsing and checking what people type. Errors name the field and say what to type instead."""

from __future__ import annotations

import re
from datetime import date, datetime

from astra_desktop.core.appointments import local_now, local_today
from astra_desktop.core.models import Case, Client
from astra_desktop.errors import ValidationError

_DMY = re.compile(r"^\s*(\d{1,2})\.\s*(\d{1,2})\.\s*(\d{4})\.?\s*$")
_ISO = re.compile(r"^\s*(\d{4})-(\d{2})-(\d{2})\s*$")


def parse_date(text: str, field: str = "date") -> date | None:
    """Accept `dd.MM.yyyy` (Serbian usage, trailing dot allowed) or ISO `yyyy-MM-dd`; empty is None."""
    if not text or not text.strip():
        return None
    m = _DMY.match(text)
    try:
        if m:
            return date(int(m.group(3)), int(m.group(2)), int(m.group(1)))
        m = _ISO.match(text)
        if m:
            return date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
    except ValueError:
        pass
    raise ValidationError(
        field,
        "“{text}” is not a valid date. Use dd.mm.yyyy, for example 05.03.2026.",
        text=text.strip(),
    )


def format_date(value: date | None) -> str:
    return value.strftime("%d.%m.%Y") if value else ""


def validate_client(client: Client, today: date | None = None) -> None:
    today = today or local_today()
    if not (client.given_name.strip() or client.family_name.strip() or client.aliases):
        raise ValidationError("given_name", "Enter a name or at least one alias.")
    if client.date_of_birth is not None:
        if client.date_of_birth > today:
            raise ValidationError("date_of_birth", "The date of birth is in the future.")
        if client.date_of_birth.year < 1900:
            raise ValidationError("date_of_birth", "The date of birth is before 1900.")
    if client.estimated_age is not None and not 0 <= client.estimated_age <= 120:
        raise ValidationError("estimated_age", "The estimated age must be between 0 and 120.")
    if client.personal_number.strip() and not _JMBG.match(client.personal_number):
        raise ValidationError(
            "personal_number",
            "A personal number (JMBG) has 13 digits, for example 1705990715006. "
            "Leave the field empty if it is not known.",
        )


# The personal number (JMBG, and a foreigner's EBS): 13 digits, spaces allowed between groups.
_JMBG = re.compile(r"^\s*(?:\d\s*){13}$")
_JMBG_WEIGHTS = (7, 6, 5, 4, 3, 2, 7, 6, 5, 4, 3, 2)


def jmbg_warnings(client: Client) -> list[str]:
    """What looks wrong in a well-formed personal number: "control-digit" (the last digit does not
    fit), "not-a-date" (the first seven digits are no date), "other-birth-date" (they are another
    date than the date of birth entered). A warning, never a refusal: numbers copied from papers
    carry typing errors, and the right one can be checked later."""
    digits = re.sub(r"\D", "", client.personal_number)
    if len(digits) != 13:
        return []
    found = []
    a = [int(c) for c in digits]
    m = 11 - sum(w * d for w, d in zip(_JMBG_WEIGHTS, a, strict=False)) % 11
    if (0 if m > 9 else m) != a[12]:
        found.append("control-digit")
    day, month, year = int(digits[0:2]), int(digits[2:4]), int(digits[4:7])
    year += 1000 if year >= 800 else 2000
    try:
        born = date(year, month, day)
    except ValueError:
        found.append("not-a-date")
    else:
        if client.date_of_birth is not None and client.date_of_birth != born:
            found.append("other-birth-date")
    return found


def validate_case(case: Case, today: date | None = None) -> None:
    today = today or local_today()
    if case.opened_on and case.opened_on > today:
        raise ValidationError("opened_on", "The case cannot be opened on a future date.")
    if case.status.startswith("closed") and not case.closure_reason.strip():
        raise ValidationError("closure_reason", "Say why the case is being closed.")


def validate_note_time(when: datetime, now: datetime | None = None) -> None:
    now = now or local_now()
    if when.date() > now.date():
        raise ValidationError("occurred_at", "A contact note cannot be dated in the future.")
