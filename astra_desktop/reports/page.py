"""The page every court document shares: A4, the title and case code at the top of each page,
"Confidential", the date made and "page N of M" at the bottom, DejaVu fonts embedded. Without the
stamp (a filing, by default) only "page N of M" is printed, at the foot of the page.

"M" is known only once the last page is laid out; rather than lay the document out twice, the
canvas keeps each finished page's drawing state and writes the header and footer when it saves
(one pass, so a 100-page chronology costs little more than the bare layout). The PDF's metadata
carry the title and case code, never a name.
"""

from __future__ import annotations

import io
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import cache
from typing import Any

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfgen import canvas
from reportlab.platypus import Flowable, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from astra_desktop.core.court_documents import Heading
from astra_desktop.reports import fonts
from astra_desktop.reports.formatting import esc, moment
from astra_desktop.reports.templates import Texts

AUTHOR = "ASTRA Desktop"
PRODUCER = "ASTRA Desktop (ReportLab)"
MARGIN = 20 * mm
WIDTH = A4[0] - 2 * MARGIN - 12  # the frame's width inside its 6-point padding, for tables
GREY = colors.HexColor("#555555")
RULE = colors.HexColor("#9aa5ad")
SHADE = colors.HexColor("#e8ecef")
PDF_LANG = {"en": "en", "sr-Latn": "sr-Latn-RS", "sr-Cyrl": "sr-Cyrl-RS"}


@dataclass(frozen=True)
class Styles:
    title: ParagraphStyle
    subtitle: ParagraphStyle
    heading: ParagraphStyle
    heading_alone: (
        ParagraphStyle  # not kept with what follows: before a long table (see attendance)
    )
    body: ParagraphStyle
    small: ParagraphStyle
    cell: ParagraphStyle
    cell_head: ParagraphStyle
    cell_right: ParagraphStyle
    mono: ParagraphStyle
    bullet: ParagraphStyle
    right: ParagraphStyle
    meta: ParagraphStyle


@cache
def styles() -> Styles:
    regular, bold = fonts.register()
    # <b> in a paragraph picks the family's bold face; DejaVu has no italic here, so <i> stays upright.
    pdfmetrics.registerFontFamily(
        regular, normal=regular, bold=bold, italic=regular, boldItalic=bold
    )
    base = ParagraphStyle("body", fontName=regular, fontSize=10, leading=14, spaceAfter=6)
    cell = ParagraphStyle("cell", fontName=regular, fontSize=8.5, leading=10.5)
    return Styles(
        title=ParagraphStyle("title", fontName=bold, fontSize=14, leading=18, alignment=TA_CENTER,
                             spaceBefore=4, spaceAfter=2),
        subtitle=ParagraphStyle("subtitle", fontName=regular, fontSize=10, leading=13,
                                alignment=TA_CENTER, spaceAfter=10, textColor=GREY),
        heading=ParagraphStyle("heading", fontName=bold, fontSize=11, leading=14, spaceBefore=10,
                               spaceAfter=4, keepWithNext=1),
        heading_alone=ParagraphStyle("heading_alone", fontName=bold, fontSize=11, leading=14,
                                     spaceBefore=10, spaceAfter=4),
        body=base,
        small=ParagraphStyle("small", parent=base, fontSize=8.5, leading=11, textColor=GREY),
        cell=cell,
        cell_head=ParagraphStyle("cell_head", parent=cell, fontName=bold),
        cell_right=ParagraphStyle("cell_right", parent=cell, alignment=TA_RIGHT),
        mono=ParagraphStyle("mono", parent=cell, fontName=fonts.MONO, fontSize=7.2, leading=9),
        bullet=ParagraphStyle("bullet", parent=base, leftIndent=14, bulletIndent=3, spaceAfter=3,
                              bulletFontName=regular),
        right=ParagraphStyle("right", parent=base, alignment=TA_RIGHT),
        meta=ParagraphStyle("meta", parent=base, spaceAfter=1, leading=13),
    )  # fmt: skip


# --- building blocks ---------------------------------------------------------------------------------
def title_block(title: str, subtitle: str = "") -> list[Flowable]:
    s = styles()
    block: list[Flowable] = [Paragraph(esc(title.upper()), s.title)]
    block.append(Paragraph(esc(subtitle), s.subtitle) if subtitle else Spacer(1, 8))
    return block


def _style(table: Table, commands: list[tuple[Any, ...]]) -> Table:
    """Set a table's style; the font too, or ReportLab writes an unused Helvetica into the file."""
    table.setStyle(TableStyle([("FONTNAME", (0, 0), (-1, -1), fonts.REGULAR), *commands]))
    return table


style_table = _style  # for the builders' own tables


def facts(rows: Iterable[tuple[str, str]]) -> Table | Spacer:
    """Label / value lines (court, case number …), the labels in bold; empty values left out."""
    s = styles()
    data = [[Paragraph(esc(k), s.cell_head), Paragraph(v, s.cell)] for k, v in rows if v]
    if not data:
        return Spacer(1, 1)
    table = Table(data, colWidths=[52 * mm, WIDTH - 52 * mm], hAlign="LEFT")
    return _style(table, [("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0),
                          ("BOTTOMPADDING", (0, 0), (-1, -1), 2)])  # fmt: skip


def grid(
    header: Sequence[str],
    rows: Sequence[Sequence[Flowable | str]],
    widths_mm: Sequence[float],
    *,
    total_rows: int = 0,
) -> Table:
    """A ruled table with a shaded header repeated on every page; the last `total_rows` in bold."""
    s = styles()
    free = WIDTH / mm - sum(w for w in widths_mm if w)
    widths = [(w or free) * mm for w in widths_mm]
    data: list[list[Any]] = [[Paragraph(esc(h), s.cell_head) for h in header]]
    for row in rows:
        data.append([Paragraph(esc(c), s.cell) if isinstance(c, str) else c for c in row])
    table = Table(data, colWidths=widths, repeatRows=1, hAlign="LEFT")
    style: list[tuple[Any, ...]] = [
        ("BACKGROUND", (0, 0), (-1, 0), SHADE),
        ("GRID", (0, 0), (-1, -1), 0.25, RULE),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
    ]
    if total_rows:
        style.append(("BACKGROUND", (0, -total_rows), (-1, -1), SHADE))
    return _style(table, style)


def total_line(label: str, amount: str, amount_mm: float = 28) -> Table:
    """A shaded bold line with a label and a right-aligned amount, under the item tables."""
    s = styles()
    table = Table(
        [[Paragraph(f"<b>{esc(label)}</b>", s.cell), Paragraph(f"<b>{amount}</b>", s.cell_right)]],
        colWidths=[WIDTH - amount_mm * mm, amount_mm * mm], hAlign="LEFT",
    )  # fmt: skip
    return _style(table, [("BACKGROUND", (0, 0), (-1, -1), SHADE),
                          ("BOX", (0, 0), (-1, -1), 0.6, RULE),
                          ("INNERGRID", (0, 0), (-1, -1), 0.25, RULE)])  # fmt: skip


def bullets(items: Iterable[str], numbered: bool = False) -> list[Flowable]:
    s = styles()
    return [
        Paragraph(text, s.bullet, bulletText=f"{n}." if numbered else "•")
        for n, text in enumerate(items, start=1)
    ]


def letterhead(heading: Heading) -> list[Flowable]:
    """The organisation's letterhead (name in bold, address, numbers) under a thin rule."""
    if not heading.letterhead:
        return []
    s = styles()
    name, *rest = heading.letterhead
    lines = [f"<b>{esc(name)}</b>", *(esc(x) for x in rest)]
    table = Table([[Paragraph("<br/>".join(lines), s.small)]], colWidths=[WIDTH], hAlign="LEFT")
    _style(table, [("LINEBELOW", (0, 0), (-1, -1), 0.4, RULE), ("LEFTPADDING", (0, 0), (-1, -1), 0),
                   ("BOTTOMPADDING", (0, 0), (-1, -1), 4)])  # fmt: skip
    return [table, Spacer(1, 6)]


def signature(place_date: str, role: str, extra: str = "") -> list[Flowable]:
    """Place and date on the left, the signer's line on the right."""
    s = styles()
    right = f"{esc(role)}<br/><br/><br/>______________________________"
    if extra:
        right += f"<br/>{esc(extra)}"
    table = Table(
        [[Paragraph(place_date, s.body), Paragraph(right, s.body)]],
        colWidths=[WIDTH * 0.5, WIDTH * 0.5],
    )
    _style(table, [("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0)])
    return [Spacer(1, 14), table]


# --- the page itself ------------------------------------------------------------------------------
def _canvas_class(title: str, heading: Heading, t: Texts) -> type[canvas.Canvas]:
    regular, bold = fonts.register()
    made = t("generated", date=moment(heading.generated))
    confidential = t("confidential")

    class Numbered(canvas.Canvas):
        """Keeps each page until the last, then draws header and footer with the page count."""

        def __init__(self, *args: Any, **kwargs: Any) -> None:
            kwargs["initialFontName"] = regular  # no unused Helvetica in the file
            super().__init__(*args, **kwargs)
            self._pages: list[dict[str, Any]] = []

        def showPage(self) -> None:
            self._pages.append(dict(self.__dict__))
            self._startPage()

        def save(self) -> None:
            total = len(self._pages)
            for state in self._pages:
                self.__dict__.update(state)
                self._decorate(total)
                super().showPage()
            super().save()

        def _decorate(self, total: int) -> None:
            width, height = self._pagesize
            left, right = MARGIN, width - MARGIN
            self.saveState()
            self.setFillColor(GREY)
            self.setStrokeColor(RULE)
            self.setLineWidth(0.4)
            if not heading.stamp:
                self.setFont(regular, 8)
                self.drawCentredString(
                    width / 2, 10 * mm, t("page", page=self._pageNumber, pages=total)
                )
                self.restoreState()
                return
            self.setFont(bold, 8)
            self.drawString(left, height - 12 * mm, title)
            self.setFont(regular, 8)
            self.drawRightString(right, height - 12 * mm, heading.case_code)
            self.line(left, height - 13.5 * mm, right, height - 13.5 * mm)
            self.line(left, 13.5 * mm, right, 13.5 * mm)
            self.setFont(bold, 8)
            self.drawString(left, 10 * mm, confidential)
            self.setFont(regular, 8)
            self.drawCentredString(width / 2, 10 * mm, made)
            self.drawRightString(right, 10 * mm, t("page", page=self._pageNumber, pages=total))
            self.restoreState()

    return Numbered


def document(buf: io.BytesIO, title: str, heading: Heading) -> SimpleDocTemplate:
    """The A4 document with the app's margins and metadata (title and case code, no names)."""
    return SimpleDocTemplate(
        buf, pagesize=A4, leftMargin=MARGIN, rightMargin=MARGIN, topMargin=20 * mm,
        bottomMargin=19 * mm, title=f"{title} — {heading.case_code}", author=AUTHOR,
        creator=AUTHOR, producer=PRODUCER, subject="", keywords=[],
        lang=PDF_LANG.get(heading.lang, "en"), invariant=True, displayDocTitle=True,
    )  # fmt: skip


def render(story: list[Flowable], heading: Heading, t: Texts, title: str) -> bytes:
    """Lay out `story` on the shared page and return the PDF's bytes."""
    buf = io.BytesIO()
    document(buf, title, heading).build(story, canvasmaker=_canvas_class(title, heading, t))
    return buf.getvalue()
