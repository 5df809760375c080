"""The court-monitoring view: anonymous figures per year over every proceeding this person may see
and every monitored trial (no client of ours in it), and their export as CSV (audited, since the
file leaves the vault)."""

from __future__ import annotations

from pathlib import Path

from astra_desktop.core.enums import AuditAction
from astra_desktop.core.monitoring import Monitored, YearFigures, per_year, to_csv
from astra_desktop.core.roles import Permission
from astra_desktop.services.access import visibility
from astra_desktop.services.session import Session
from astra_desktop.storage import monitoring
from astra_desktop.storage import trials as trials_db
from astra_desktop.storage.atomic import write_atomic


def figures(session: Session) -> list[YearFigures]:
    """One row per verdict year, then one for all years."""
    session.require(Permission.READ_CASES)
    found, by_proceeding = monitoring.decided(session.db, visibility(session))
    items = [Monitored(p, tuple(by_proceeding.get(p.id, ()))) for p in found]
    trial_charges = trials_db.charges_of_decided(session.db)
    items += [
        Monitored(t.as_proceeding(), tuple(trial_charges.get(t.id, ())), without_client=True)
        for t in trials_db.decided(session.db)
    ]
    return per_year(items)


def export_csv(session: Session, target: Path) -> list[YearFigures]:
    """Write the figures to `target` as CSV; the export is recorded in the audit trail."""
    session.require(Permission.EXPORT)
    result = figures(session)
    data = to_csv(result).encode("utf-8")
    # Audited first: a crash between the two leaves an audited attempt, never an unaudited file.
    session.audit(AuditAction.EXPORT, "court-monitoring", "", "csv")
    write_atomic(target, data)
    return result
