"""Dates, times, numbers and money as the chosen language writes them, through QLocale.

Why one place: Serbian writes 05.03.2026, 14:30 and 1.234,56 RSD; English (en_GB here, not the
US) 05.03.2026 too — the app uses dd.MM.yyyy everywhere so that dates read the same on every
screen and in every document — with 1,234.56. Only digit grouping and the decimal mark change.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from PySide6.QtCore import QLocale

from astra_desktop.gui.i18n import locale


def format_date(value: date | None) -> str:
    return value.strftime("%d.%m.%Y") if value else ""


def format_number(
    value: int | float | Decimal, decimals: int = 0, where: QLocale | None = None
) -> str:
    """1234 → "1.234" in Serbian, "1,234" in English."""
    return (where or locale()).toString(float(value), "f", decimals)


SERBIAN = QLocale(QLocale.Language.Serbian, QLocale.Script.LatinScript, QLocale.Country.Serbia)


def format_money(value: int | float | Decimal, where: QLocale | None = None) -> str:
    """Dinars as Serbian institutions write them, "1.234,56 RSD", whatever the UI language:
    the amounts end up in Serbian court papers, and one way of writing them avoids misreading."""
    return f"{format_number(value, 2, where or SERBIAN)} RSD"
