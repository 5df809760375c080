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


def _grouped(value: Decimal, decimals: int, lang: str) -> str:
    """1.234.567,89 in Serbian, 1,234,567.89 in English."""
    rounded = value.quantize(Decimal(1).scaleb(-decimals), rounding=ROUND_HALF_UP)
    whole, _, fraction = f"{abs(rounded):.{decimals}f}".partition(".")
    groups: list[str] = []
    while len(whole) > 3:
        groups.insert(0, whole[-3:])
        whole = whole[:-3]
    groups.insert(0, whole)
    thousands, point = (",", ".") if lang == "en" else (".", ",")
    text = thousands.join(groups) + (point + fraction if decimals else "")
    return ("-" if rounded < 0 else "") + text


def money(value: Decimal | None, lang: str = "sr-Latn") -> str:
    """Dinars as the document's language writes them: 1.234.567,89 in Serbian, 1,234,567.89 in
    English."""
    if value is None:
        return ""
    return _grouped(value, 2, lang)


def number(value: int, lang: str = "sr-Latn") -> str:
    """A count with its thousands grouped: 12.345 in Serbian, 12,345 in English."""
    return _grouped(Decimal(value), 0, lang)


def size(n: int, lang: str = "sr-Latn") -> str:
    """A file size in B, KB, MB or GB: "1,5 MB" in Serbian, "1.5 MB" in English."""
    value = float(n)
    for unit in ("B", "KB", "MB", "GB"):
        if value < 1024 or unit == "GB":
            if unit == "B":
                return f"{value:.0f} {unit}"
            return f"{_grouped(Decimal(str(round(value, 1))), 1, lang)} {unit}"
        value /= 1024
    return str(n)
