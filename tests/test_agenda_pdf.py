"""The printable week agenda, and demo court data: case codes unless names are asked for, an
embedded font that carries Serbian Latin and Cyrillic, "page N of M", every printout audited."""

from __future__ import annotations

import io
import random
from datetime import date, datetime, timedelta

from pypdf import PdfReader

from astra_desktop.core.appointments import Appointment, AppointmentKind
from astra_desktop.core.models import Case, Client
from astra_desktop.demo import court as demo_court
from astra_desktop.services import (
    agenda,
    agenda_print,
    appointments,
    clients,
    integrity,
    monitoring,
)
from astra_desktop.services import session as vs
from astra_desktop.storage import audit


def _text(pdf: bytes) -> tuple[str, int, set[str]]:
    reader = PdfReader(io.BytesIO(pdf))
    fonts: set[str] = set()
    for page in reader.pages:
        resources = page["/Resources"]["/Font"]
        fonts |= {str(resources[f].get_object()["/BaseFont"]) for f in resources}
    return "\n".join(p.extract_text() for p in reader.pages), len(reader.pages), fonts


def test_week_agenda_pdf_codes_names_fonts_and_pages(session: vs.Session) -> None:
    case = clients.register(session, Client("Олена", "Коваленко"), Case(""))
    me = session.actor.user_id
    monday = datetime(2026, 3, 9, 8, 0)
    for n in range(60):  # enough rows for a second page
        start = monday + timedelta(days=n % 5, minutes=15 * (n // 5))
        appointments.add(
            session,
            Appointment(case.id, AppointmentKind.PSYCHOLOGIST, start, start + timedelta(minutes=10),
                        place="Savetovalište, Čubura — Đure Đakovića 3"),
            [me] if n % 2 else [], allow_conflicts=True,
        )  # fmt: skip
    pdf = agenda_print.week_pdf(session, date(2026, 3, 11))
    text, pages, fonts = _text(pdf)
    assert pages >= 2 and f"Page 1 of {pages}" in text and f"Page {pages} of {pages}" in text
    assert "CONFIDENTIAL" in text and "Agenda, week of 09.03.2026 – 15.03.2026" in text
    assert case.case_code in text and "Коваленко" not in text
    assert "Čubura — Đure Đakovića" in text and "marija" in text
    assert all("DejaVuSans" in f for f in fonts)
    assert audit.entries(session.db, limit=1)[0].action == "print"
    named = agenda_print.week_pdf(session, date(2026, 3, 9), show_names=True, language="sr-Cyrl")
    text, _pages, _fonts = _text(named)
    assert "Олена Коваленко" in text and "ПОВЕРЉИВО" in text and "Страна 1 од" in text
    assert audit.entries(session.db, limit=1)[0].detail == "week 2026-03-09, with names"


def test_demo_court_data_is_made_through_the_services(session: vs.Session) -> None:
    case_ids = [
        clients.register(session, Client(f"Demo{n}", "Klijent"), Case("")).id for n in range(30)
    ]
    made = demo_court.fill_court(session, random.Random(4), case_ids, today=date(2026, 3, 11))
    assert made.proceedings >= 2 and made.hearings > made.proceedings and made.appointments > 20
    total = session.db.execute("SELECT count(*) FROM appointments").fetchone()[0]
    assert total == made.appointments + made.hearings
    week = agenda.between(session, datetime(2026, 3, 1), datetime(2026, 5, 1))
    assert week, "some demo appointments lie ahead of `today`"
    monitoring.figures(session)
    assert integrity.check(session).sound
