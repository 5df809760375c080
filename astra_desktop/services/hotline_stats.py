"""Hotline statistics over every call in the vault, and their export as CSV.

Counts only (see core/hotline_stats.py): no note, contact or case code is read for them. They
cover every call whatever cases the person may see, because a count says nothing about a case.
The CSV file leaves the vault, so the export needs the export permission and is audited.
"""

from __future__ import annotations

from pathlib import Path

from astra_desktop.core.enums import AuditAction
from astra_desktop.core.hotline_stats import CallFact, HotlineFigures, per_month, per_year, to_csv
from astra_desktop.core.roles import Permission
from astra_desktop.services.session import Session
from astra_desktop.storage import hotline
from astra_desktop.storage.atomic import write_atomic


def facts(session: Session, year: int | None = None) -> list[CallFact]:
    session.require(Permission.READ_CASES)
    return hotline.facts(session.db, year)


def years(session: Session) -> list[int]:
    """Years that have calls, newest first."""
    session.require(Permission.READ_CASES)
    return hotline.years(session.db)


def figures(session: Session, year: int | None = None) -> HotlineFigures:
    """Per month of `year`, or per year over all years when `year` is None."""
    if year is None:
        return per_year(facts(session))
    return per_month(facts(session, year), year)


def export_csv(session: Session, target: Path, year: int | None = None) -> HotlineFigures:
    """Write the figures to `target` as CSV; the export is recorded in the audit trail."""
    session.require(Permission.EXPORT)
    result = figures(session, year)
    data = to_csv(result).encode("utf-8")
    scope = f"csv {year}" if year is not None else "csv all-years"
    # Audited first: a crash between the two leaves an audited attempt, never an unaudited file.
    session.audit(AuditAction.EXPORT, "hotline-statistics", "", scope)
    write_atomic(target, data)
    return result
