"""Dates, amounts and escaping as the documents print them. Pure Python."""

from __future__ import annotations

from datetime import date, datetime
from decimal import ROUND_HALF_UP, Decimal


def esc(text: object) -> str:
    """Typed text made safe for a Platypus paragraph (which reads <b> and &amp; as markup)."""
    return str(text).replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def para(text: object) -> str:
    """Typed text with its line breaks kept, safe for a paragraph."""
    return esc(str(text).strip()).replace("\r\n", "\n").replace("\n", "<br/>")


def day(value: date | None) -> str:
    return value.strftime("%d.%m.%Y") if value else ""


def moment(value: datetime | None, timed: bool = True) -> str:
    if value is None:
        return ""
    return value.strftime("%d.%m.%Y %H:%M") if timed else value.strftime("%d.%m.%Y")


def money(value: Decimal | None) -> str:
    """Dinars as Serbian courts write them: 1.234.567,89 (in every language of the document, so
    the versions of one claim read the same)."""
    if value is None:
        return ""
    rounded = value.quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)
    whole, _, cents = f"{abs(rounded):.2f}".partition(".")
    groups: list[str] = []
    while len(whole) > 3:
        groups.insert(0, whole[-3:])
        whole = whole[:-3]
    groups.insert(0, whole)
    return ("-" if rounded < 0 else "") + ".".join(groups) + "," + cents


def size(n: int) -> str:
    """A file size in B, KB, MB or GB, with a decimal comma."""
    value = float(n)
    for unit in ("B", "KB", "MB", "GB"):
        if value < 1024 or unit == "GB":
            return f"{value:.0f} {unit}" if unit == "B" else f"{value:.1f} {unit}".replace(".", ",")
        value /= 1024
    return str(n)
