"""The annual report as a PDF file: the period's figures (services/statistics.py) laid out by
reports/annual_report.py and written outside the vault.

The file leaves the vault, so it needs the export permission and is audited before any byte of it
reaches the disk (as the CSV export is): a crash in between leaves an audited attempt, never an
unaudited file. It carries codes and counts only, never a name.
"""

from __future__ import annotations

from pathlib import Path

from astra_desktop.core import court_documents as cd
from astra_desktop.core.annual_figures import AnnualFigures, Filters, Period
from astra_desktop.core.appointments import Clock, local_now
from astra_desktop.core.enums import AuditAction
from astra_desktop.core.roles import Permission
from astra_desktop.errors import AstraError, DiskFull, ValidationError
from astra_desktop.reports import annual_report
from astra_desktop.services import profiles, statistics
from astra_desktop.services.session import Session
from astra_desktop.storage.atomic import write_atomic

ENTITY = "annual-report"
LANGS = cd.LANGS  # sr-Latn, sr-Cyrl, en


def check_target(target: Path) -> None:
    """Refuse, before anything is made, a file that cannot be written where asked."""
    if target.is_dir():
        raise ValidationError(
            "out", "{path} is a folder: give the name of the file to write.", path=target
        )
    if not target.parent.is_dir():
        raise ValidationError(
            "out", "The folder {folder} does not exist. Choose a folder that exists.",
            folder=target.parent,
        )  # fmt: skip


def render(
    session: Session, period: Period, filters: Filters, lang: str, clock: Clock | None = None
) -> tuple[AnnualFigures, bytes]:
    """The figures and the PDF's bytes (for a preview: nothing leaves the vault)."""
    if lang not in LANGS:
        raise ValidationError(
            "lang",
            "The report is made in {langs}, not “{lang}”.",
            langs=", ".join(LANGS),
            lang=lang,
        )
    figures = statistics.figures(session, period, filters, clock)
    organisation = profiles.organisation(session).name
    return figures, annual_report.build(figures, lang, organisation, local_now(clock))


def write_pdf(
    session: Session,
    period: Period,
    filters: Filters,
    lang: str,
    target: Path,
    clock: Clock | None = None,
) -> AnnualFigures:
    """Write the report to `target`; the export is recorded in the audit trail first."""
    session.require(Permission.EXPORT)
    check_target(target)
    figures, pdf = render(session, period, filters, lang, clock)
    scope = (
        f"pdf {lang} {period.start.isoformat()}..{period.end.isoformat()} {filters.trials.value}"
    )
    session.audit(AuditAction.EXPORT, ENTITY, "", scope)
    try:
        write_atomic(target, pdf)
    except DiskFull:
        raise
    except OSError as exc:
        raise AstraError(
            "The report could not be written to {folder} ({why}). Nothing was written; choose a "
            "folder you may write to.",
            folder=target.parent,
            why=exc.strerror,
        ) from exc
    return figures
