"""The week's agenda as a PDF for the wall or the bag: case codes unless names were asked for;
planned hearings of monitored trials by court and number.

Asking for names is the person's explicit choice and is written into the audit trail, as is
every printout.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime, timedelta

from astra_desktop.core.agenda import AgendaQuery, Period
from astra_desktop.core.appointments import AgendaRow, Clock, local_now, week_start
from astra_desktop.core.disclosure import Disclosure
from astra_desktop.core.enums import AuditAction
from astra_desktop.reports import agenda_pdf
from astra_desktop.services import agenda, court_data, disclosure
from astra_desktop.services.session import Session
from astra_desktop.storage import agenda as agenda_db
from astra_desktop.storage import meta


def week_pdf(
    session: Session,
    first_day: date,
    *,
    show_names: bool = False,
    mine: bool = False,
    language: str = "en",
    clock: Clock | None = None,
) -> bytes:
    """The PDF of the week (Monday to Sunday) that holds `first_day`."""
    monday = week_start(first_day)
    start = datetime.combine(monday, datetime.min.time())
    rows = agenda.between(session, start, start + timedelta(days=7), mine=mine, names=show_names)
    if not show_names:
        rows = redacted(session, rows, language)
    names = agenda_workers(session, [r.id for r in rows])
    organisation = meta.organisation(session.db)
    week = AgendaQuery(Period.RANGE, mine=mine, start=start, end=start + timedelta(days=7))
    data = agenda_pdf.week_agenda(
        monday, rows, workers=names, show_names=show_names, language=language,
        generated=local_now(clock), organisation=organisation or "",
        trials=agenda.trial_hearings(session, week, clock),
    )  # fmt: skip
    detail = f"week {monday.isoformat()}" + (", with names" if show_names else "")
    session.audit(AuditAction.PRINT, "agenda", "", detail)
    return data


def redacted(session: Session, rows: list[AgendaRow], language: str) -> list[AgendaRow]:
    """The rows with each appointment's place passed through its case's "case code only"
    redaction: a home visit's place is often the client's address ("kod nje, Njegoševa 12")."""
    lang = language if language in ("en", "sr-Latn", "sr-Cyrl") else "sr-Latn"
    redactors: dict[str, Disclosure] = {}
    out = []
    for row in rows:
        if not row.place.strip():
            out.append(row)
            continue
        if row.case_id not in redactors:  # the case's redaction, with the worker's own choices
            redactors[row.case_id] = Disclosure.of(
                court_data.case_redactor(session, row.case_id, lang),
                disclosure.remembered(session, row.case_id),
            )
        out.append(replace(row, place=redactors[row.case_id](row.place)))
    return out


def agenda_workers(session: Session, appointment_ids: list[str]) -> dict[str, list[str]]:
    """Appointment id -> the user names of the workers accompanying."""
    return agenda_db.workers_by_appointment(session.db, appointment_ids)
