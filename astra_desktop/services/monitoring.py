"""The court-monitoring view: anonymous figures per year over every proceeding this person may see,
and their export as CSV (audited, since the file leaves the vault)."""

from __future__ import annotations

from pathlib import Path

from astra_desktop.core.enums import AuditAction
from astra_desktop.core.monitoring import Monitored, YearFigures, per_year, to_csv
from astra_desktop.core.roles import Permission
from astra_desktop.services.access import visibility
from astra_desktop.services.session import Session
from astra_desktop.storage import monitoring
from astra_desktop.storage.atomic import write_atomic


def figures(session: Session) -> list[YearFigures]:
    """One row per verdict year, then one for all years."""
    session.require(Permission.READ_CASES)
    found, by_proceeding = monitoring.decided(session.db, visibility(session))
    return per_year(Monitored(p, tuple(by_proceeding.get(p.id, ()))) for p in found)


def export_csv(session: Session, target: Path) -> list[YearFigures]:
    """Write the figures to `target` as CSV; the export is recorded in the audit trail."""
    session.require(Permission.EXPORT)
    result = figures(session)
    data = to_csv(result).encode("utf-8")
    # Audited first: a crash between the two leaves an audited attempt, never an unaudited file.
    session.audit(AuditAction.EXPORT, "court-monitoring", "", "csv")
    write_atomic(target, data)
    return result
