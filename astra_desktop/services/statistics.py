"""The Statistics section and the annual report: the figures of a period (core.annual) over the
proceedings this person may see, every monitored trial, every hotline call and every
missing-person search, and their export as CSV.

Reading them needs the right to read cases. The hotline and missing-person figures need no right
of their own: the roles give none (core.roles), and the call log and the searches are read by
whoever reads cases (services/hotline_stats.py, services/missing.py) — counts say nothing about a
case. Court proceedings count only where the case is visible to this person, as in the
court-monitoring figures (services/monitoring.py). The CSV leaves the vault: it needs the export
permission and is audited before it is written.
"""

from __future__ import annotations

from pathlib import Path

from astra_desktop.core import annual
from astra_desktop.core.annual_csv import to_csv
from astra_desktop.core.annual_figures import AnnualFigures, Filters, Period
from astra_desktop.core.appointments import Clock, local_now
from astra_desktop.core.collation import sort_key
from astra_desktop.core.enums import AuditAction
from astra_desktop.core.roles import Permission
from astra_desktop.services.access import visibility
from astra_desktop.services.session import Session
from astra_desktop.storage import annual as annual_db
from astra_desktop.storage.atomic import write_atomic

EVERYTHING = Filters()  # every trial, every court


def figures(
    session: Session, period: Period, filters: Filters = EVERYTHING, clock: Clock | None = None
) -> AnnualFigures:
    """The period's figures; `filters` narrows the trial figures (scope and court)."""
    session.require(Permission.READ_CASES)
    db = session.db
    trials = annual_db.client_trials(db, visibility(session), period)
    trials += annual_db.monitored_trials(db, period)
    return annual.figures(
        trials, annual_db.calls(db, period), annual_db.searches(db, period),
        annual_db.inquiries(db, period), period, filters, local_now(clock).date(),
    )  # fmt: skip


def courts(session: Session) -> list[str]:
    """The courts the court filter offers: those of visible proceedings and monitored trials."""
    session.require(Permission.READ_CASES)
    return sorted(set(annual_db.courts(session.db, visibility(session))), key=sort_key)


def export_csv(
    session: Session, period: Period, filters: Filters, target: Path, clock: Clock | None = None
) -> AnnualFigures:
    """Write the figures to `target` as CSV (core.annual_csv); audited before the file exists."""
    session.require(Permission.EXPORT)
    result = figures(session, period, filters, clock)
    data = to_csv(result).encode("utf-8")
    scope = f"csv {period.start.isoformat()}..{period.end.isoformat()} {filters.trials.value}"
    # Audited first: a crash between the two leaves an audited attempt, never an unaudited file.
    session.audit(AuditAction.EXPORT, "annual-statistics", "", scope)
    write_atomic(target, data)
    return result
