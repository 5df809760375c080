"""A printable agenda for one week (PDF): case codes, not names, unless the person asked for names.

Takes core rows and returns PDF bytes; no Qt, no SQL. Every page says "Confidential", the date it
was generated and "page N of M", and embeds DejaVu Sans so č ć đ š ž and Cyrillic print right.
"""

from __future__ import annotations

import io
from collections.abc import Mapping, Sequence
from datetime import date, datetime, timedelta
from typing import Any

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfgen import canvas
from reportlab.platypus import (
    CondPageBreak,
    Paragraph,
    SimpleDocTemplate,
    Spacer,
    Table,
    TableStyle,
)

from astra_desktop.core import labels
from astra_desktop.core.agenda import TrialAgendaRow
from astra_desktop.core.appointments import AgendaRow, AppointmentKind, AppointmentStatus, local_now
from astra_desktop.core.court import HearingKind
from astra_desktop.core.translit import to_cyrillic
from astra_desktop.reports import fonts

_TEXT: dict[str, dict[str, str]] = {
    "en": {
        "title": "Agenda, week of {0} – {1}",
        "confidential": "Confidential",
        "generated": "Generated {0}",
        "page": "Page {0} of {1}",
        "time": "Time", "case": "Case", "client": "Client", "type": "Type", "place": "Place",
        "workers": "Accompanied by", "status": "Status", "none": "No appointments.",
        "days": "Monday Tuesday Wednesday Thursday Friday Saturday Sunday",
        "monitored": "Monitored trial",
        # the kinds and statuses: their labels (core/labels.py), added by texts()
    },
    "sr-Latn": {
        "title": "Raspored za nedelju {0} – {1}",
        "confidential": "Poverljivo",
        "generated": "Napravljeno {0}",
        "page": "Strana {0} od {1}",
        "time": "Vreme", "case": "Šifra slučaja", "client": "Klijent/kinja", "type": "Vrsta",
        "place": "Mesto", "workers": "Pratnja", "status": "Status", "none": "Nema termina.",
        "days": "ponedeljak utorak sreda četvrtak petak subota nedelja",
        "court-hearing": "Ročište", "prosecutor": "Tužilaštvo", "police": "Policija",
        "medical": "Lekar", "psychologist": "Psiholog", "social-welfare": "Centar za socijalni rad",
        "embassy": "Ambasada / konzulat", "lawyer": "Advokat", "home-visit": "Kućna poseta",
        "other": "Drugo", "planned": "Zakazano", "held": "Održano", "missed": "Propušteno",
        "postponed": "Odloženo", "cancelled": "Otkazano",
        "monitored": "Praćeno suđenje", "hearing:preliminary": "Pripremno ročište",
        "hearing:main-hearing": "Glavni pretres", "hearing:verdict": "Objavljivanje presude",
        "hearing:appeal": "Pretres pred apelacionim sudom", "hearing:other": "Drugo ročište",
    },
}  # fmt: skip


def texts(language: str) -> dict[str, str]:
    if language == "sr-Cyrl":
        return {k: to_cyrillic(v) for k, v in _TEXT["sr-Latn"].items()}
    if language in _TEXT and language != "en":
        return _TEXT[language]
    kinds = {m.value: labels.label(m) or m.value for m in (*AppointmentKind, *AppointmentStatus)}
    hearings = {f"hearing:{m.value}": labels.label(m) or m.value for m in HearingKind}
    return _TEXT["en"] | kinds | hearings


def _numbered_canvas(t: Mapping[str, str], generated: datetime, font: str) -> type[canvas.Canvas]:
    """A canvas that waits for the last page to write "page N of M" on every page."""

    class Numbered(canvas.Canvas):
        def __init__(self, *args: Any, **kwargs: Any) -> None:
            kwargs["initialFontName"] = font  # no unused Helvetica in the file
            super().__init__(*args, **kwargs)
            self._pages: list[dict[str, Any]] = []

        def showPage(self) -> None:
            self._pages.append(dict(self.__dict__))
            self._startPage()

        def save(self) -> None:
            total = len(self._pages)
            for state in self._pages:
                self.__dict__.update(state)
                self._footer(total)
                super().showPage()
            super().save()

        def _footer(self, total: int) -> None:
            width, _ = self._pagesize
            self.setFont(font, 8)
            self.setFillColor(colors.HexColor("#555555"))
            self.drawString(18 * mm, 10 * mm, t["confidential"].upper())
            self.drawCentredString(
                width / 2, 10 * mm, t["generated"].format(generated.strftime("%d.%m.%Y %H:%M"))
            )
            self.drawRightString(
                width - 18 * mm, 10 * mm, t["page"].format(self._pageNumber, total)
            )

    return Numbered


def week_agenda(
    week_start: date,
    rows: Sequence[AgendaRow],
    *,
    workers: Mapping[str, Sequence[str]] | None = None,
    show_names: bool = False,
    language: str = "en",
    generated: datetime | None = None,
    organisation: str = "",
    trials: Sequence[TrialAgendaRow] = (),
) -> bytes:
    """The week from `week_start` (a Monday) to Sunday, grouped by day, in time order; a day's
    planned hearings of monitored trials first, marked as such, by court · number (no case)."""
    regular, bold = fonts.register()
    t = texts(language)
    generated = generated or local_now()
    body = ParagraphStyle("body", fontName=regular, fontSize=9, leading=11)
    heading = ParagraphStyle("day", fontName=bold, fontSize=11, leading=14, spaceBefore=8)
    title = ParagraphStyle("title", fontName=bold, fontSize=15, leading=19, spaceAfter=4)
    end = week_start + timedelta(days=6)
    story: list[Any] = [
        Paragraph(_esc(t["title"].format(f"{week_start:%d.%m.%Y}", f"{end:%d.%m.%Y}")), title)
    ]
    if organisation:
        story.append(Paragraph(_esc(organisation), body))
    day_names = t["days"].split()
    columns = [t["time"], t["case"], *([t["client"]] if show_names else []), t["type"],
               t["place"], t["workers"], t["status"]]  # fmt: skip
    widths = [25, 30, *([42] if show_names else []), 36, 0, 32, 26]
    free = (landscape(A4)[0] / mm - 36) - sum(widths)
    widths = [w * mm if w else free * mm for w in widths]
    for offset in range(7):
        day = week_start + timedelta(days=offset)
        todays = sorted((r for r in rows if r.starts_at.date() == day), key=lambda r: r.starts_at)
        monitored = [m for m in trials if m.day == day]
        story.append(CondPageBreak(22 * mm))  # a day's heading never alone at a page's foot
        story.append(Paragraph(_esc(f"{day_names[offset]} {day:%d.%m.%Y}"), heading))
        if not todays and not monitored:
            story.append(Paragraph(_esc(t["none"]), body))
            continue
        data = [[Paragraph(_esc(c), body) for c in columns]]
        for m in monitored:
            cells = [
                "—", t["monitored"], *([""] if show_names else []),  # a day, no time
                t.get(f"hearing:{m.kind.value}", m.kind.value), m.title, "", t.get("planned", ""),
            ]  # fmt: skip
            data.append([Paragraph(_esc(c), body) for c in cells])
        for r in todays:
            cells = [
                f"{r.starts_at:%H:%M}–{r.ends_at:%H:%M}", r.case_code,
                *([r.client_name] if show_names else []), t.get(r.kind.value, r.kind.value),
                r.place, ", ".join((workers or {}).get(r.id, ())), t.get(r.status.value, ""),
            ]  # fmt: skip
            data.append([Paragraph(_esc(c), body) for c in cells])
        table = Table(data, colWidths=widths, repeatRows=1)
        table.setStyle(
            TableStyle(
                [
                    ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#e8ecef")),
                    ("GRID", (0, 0), (-1, -1), 0.25, colors.HexColor("#9aa5ad")),
                    ("VALIGN", (0, 0), (-1, -1), "TOP"),
                    ("FONTNAME", (0, 0), (-1, -1), regular),
                ]
            )
        )
        story.append(table)
    story.append(Spacer(1, 4 * mm))
    buf = io.BytesIO()
    doc = SimpleDocTemplate(
        buf, pagesize=landscape(A4), leftMargin=18 * mm, rightMargin=18 * mm, topMargin=16 * mm,
        bottomMargin=18 * mm, title=t["title"].format(f"{week_start:%d.%m.%Y}", f"{end:%d.%m.%Y}"),
        author="ASTRA Desktop", invariant=True,
    )  # fmt: skip
    doc.build(story, canvasmaker=_numbered_canvas(t, generated, regular))
    return buf.getvalue()


def _esc(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
