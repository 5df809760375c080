"""Every output that leaves the vault without names goes through the one case redaction: the
printed agenda's places as much as the court documents' notes. Statistics exports carry only
figures (checked here too), so there is nothing in them to redact."""

from __future__ import annotations

import io
from datetime import date, datetime, timedelta
from pathlib import Path

from pypdf import PdfReader

from astra_desktop.core.appointments import Appointment, AppointmentKind
from astra_desktop.core.enums import Relation
from astra_desktop.core.models import Case, Client, RelatedPerson
from astra_desktop.services import (
    agenda_print,
    appointments,
    clients,
    hotline_stats,
    monitoring,
    related_persons,
)
from astra_desktop.services.session import Session


def _text(pdf: bytes) -> str:
    return " ".join(p.extract_text() for p in PdfReader(io.BytesIO(pdf)).pages)


def test_the_printed_agenda_redacts_places_like_the_court_documents(session: Session) -> None:
    client = Client("Zorka", "Vukašinović", address="Njegoševa 12", place_of_residence="Zrenjanin")
    case = clients.register(session, client, Case(""))
    related_persons.add(session, RelatedPerson(client.id, "Dragica Vukašinović", Relation.MOTHER))
    start = datetime(2026, 3, 10, 10, 0)
    for place in (
        "Kućna poseta, u Njegoševoj 12 kod Zorke",
        "Kod majke Dragice, tel. 063/123-4567",
        "Centar za socijalni rad Zrenjanin",
    ):
        appointments.add(
            session,
            Appointment(case.id, AppointmentKind.HOME_VISIT, start, start + timedelta(hours=1),
                        place=place),
            allow_conflicts=True,
        )  # fmt: skip
        start += timedelta(hours=2)
    text = _text(agenda_print.week_pdf(session, date(2026, 3, 10), language="sr-Latn"))
    folded = " ".join(text.split())
    for leak in ("Njegoš", "Zork", "Dragic", "123-4567", "Vukašin"):
        assert leak not in folded, leak
    assert case.case_code in folded and "Kućna poseta" in folded
    # Her town inside a local office's name says where she lives: it goes too.
    assert "Centar za socijalni rad" in folded and "Zrenjanin" not in folded
    named = " ".join(
        _text(agenda_print.week_pdf(session, date(2026, 3, 10), show_names=True)).split()
    )
    assert "Njegoševoj 12" in named and "Zorka Vukašinović" in named


def test_statistics_exports_hold_figures_only(session: Session, tmp_path: Path) -> None:
    client = Client("Zorka", "Vukašinović")
    clients.register(session, client, Case(""))
    for export in (monitoring.export_csv, hotline_stats.export_csv):
        target = tmp_path / f"{export.__module__}.csv"
        export(session, target)
        assert "Zorka" not in target.read_text(encoding="utf-8")
