"""What the property claim and the civil suit share: the table of heads of damage (each with its
evidence and the day interest runs from), totals that are printed only over amounts actually
given, the legal basis for what is claimed, the petitum's items with their interest, the costs,
and the draft mark across every page of a claim without amounts (or asked for as a draft).

The wording is in `resources/templates/claim.<lang>.toml`, loaded beside each document's own.
"""

from __future__ import annotations

import io
from collections.abc import Sequence
from decimal import Decimal
from typing import Any

from reportlab.lib import colors
from reportlab.platypus import Flowable, KeepTogether, Paragraph, Spacer

from astra_desktop.core.claims import (
    LOST_PROFIT,
    Basis,
    ClaimCost,
    ClaimDocument,
    ClaimItem,
    grounds,
)
from astra_desktop.reports import fonts, page, parts, templates
from astra_desktop.reports.formatting import day, esc, money, para
from astra_desktop.reports.templates import Texts

DRAFT_RED = colors.HexColor("#b03a2e")


def texts(lang: str) -> Texts:
    return templates.load("claim", lang)


def interest(c: Texts, item: ClaimItem) -> str:
    if item.interest_from is not None:
        return c("interest_from_day", date=day(item.interest_from))
    return c("interest_from_judgment")


def _description(c: Texts, item: ClaimItem) -> str:
    parts_ = [para(item.description)] if item.description.strip() else []
    if item.evidence:
        parts_.append(f"<i>{esc(c('evidence', evidence='; '.join(item.evidence)))}</i>")
    return "<br/>".join(parts_)


def _table(c: Texts, items: Sequence[ClaimItem], material: bool) -> Flowable:
    s = page.styles()
    rows: list[list[Flowable | str]] = []
    for n, item in enumerate(items, start=1):
        when = day(item.interest_from) if item.interest_from else c("interest_judgment")
        amount = money(item.amount) if item.amount is not None else c("to_be_specified")
        rows.append([f"{n}.", c.label("damage", item.kind), Paragraph(_description(c, item), s.cell),
                     when, Paragraph(esc(amount), s.cell_right)])  # fmt: skip
    given = [i for i in items if i.amount is not None]
    totals = 0
    if given:  # a subtotal only over amounts actually given, never an empty one
        label = c("subtotal_material" if material else "subtotal_non_material")
        if len(given) < len(items):
            label += " " + c("subtotal_partial")
        total = sum((i.amount for i in given if i.amount is not None), Decimal(0))
        rows.append(["", Paragraph(esc(label), s.cell_head), "", "",
                     Paragraph(f"<b>{money(total)}</b>", s.cell_right)])  # fmt: skip
        totals = 1
    header = [c("col_no"), c("col_kind"), c("col_description"), c("col_interest"), c("col_amount")]
    table = page.grid(header, rows, [13, 40, 0, 24, 28], total_rows=totals)
    if totals:  # the subtotal's label across the kind, description and interest columns
        page.style_table(table, [("SPAN", (1, -1), (3, -1))])
    return table


def specification(c: Texts, data: ClaimDocument) -> list[Flowable]:
    """The items, material then non-material, with subtotals and the total over given amounts;
    a claim with no amount lists the heads only (a draft), with no total line at all."""
    s = page.styles()
    story: list[Flowable] = []
    if data.blank:
        story.append(Paragraph(esc(c("heads_blank")), s.body))
        heads = [esc(c.label("damage", i.kind)) for i in data.items]
        return story + page.bullets(heads)
    for material, key in ((True, "material_heading"), (False, "non_material_heading")):
        items = [i for i in data.items if i.material == material]
        if items:
            story += [Paragraph(esc(c(key)), s.heading), _table(c, items, material)]
    story += [Spacer(1, 6), page.total_line(c("total"), money(data.total()))]
    return story


def joined(c: Texts, names: Sequence[str]) -> str:
    """ "M. P., S. J. i N. N.": a list as a sentence says it."""
    if len(names) < 2:
        return "".join(names)
    return f"{', '.join(names[:-1])} {c('and')} {names[-1]}"


def defendants(c: Texts, data: ClaimDocument) -> str:
    return joined(c, [d.label for d in data.proceeding.defendants] if data.proceeding else [])


def heads(c: Texts, items: Sequence[ClaimItem]) -> str:
    """ "neisplaćena zarada, troškovi lečenja": the kinds claimed, in order, each once."""
    seen: list[str] = []
    for i in items:
        name = c.label("head", i.kind)
        if name not in seen:
            seen.append(name)
    return ", ".join(seen)


def legal_basis(
    c: Texts, t: Texts, data: ClaimDocument, forms: dict[str, str], civil: bool
) -> list[Flowable]:
    """One paragraph per basis `core.claims.grounds` finds for what is claimed."""
    s = page.styles()
    found = grounds(data.items, data.defendants, data.convicted, civil)
    charges = parts.charges(t, data.proceeding) or t("intro_no_charges")
    names = defendants(c, data)
    story: list[Flowable] = []
    for basis in found:
        chosen: Sequence[ClaimItem] = data.items
        if basis is Basis.ORDINARY:
            chosen = [i for i in data.items if i.material and i.kind not in LOST_PROFIT]
        elif basis is Basis.LOST_PROFIT:
            chosen = [i for i in data.items if i.kind in LOST_PROFIT]
        elif basis is Basis.NON_MATERIAL:
            chosen = [i for i in data.items if not i.material]
        text = c(f"basis.{basis.value}", heads=esc(heads(c, chosen)), charges=esc(charges),
                 defendants=esc(names), **forms)  # fmt: skip
        story.append(Paragraph(text, s.body))
    return story


def petitum_items(c: Texts, items: Sequence[ClaimItem]) -> list[str]:
    """ "na ime … iznos od X dinara, sa zakonskom zateznom kamatom počev od …": each item with an
    amount, as the request lists it."""
    return [
        c("petitum_item", head=esc(c.label("petitum", i.kind)), amount=money(i.amount),
          interest=esc(interest(c, i)))
        for i in items if i.amount is not None
    ]  # fmt: skip


def reservation(c: Texts, items: Sequence[ClaimItem], forms: dict[str, str]) -> list[Flowable]:
    """The items claimed without an amount: reserved, to be specified (never a blank total)."""
    open_ = [i for i in items if i.amount is None]
    if not open_ or all(i.amount is None for i in items):
        return []
    return [Paragraph(c("reservation_heads", heads=esc(heads(c, open_)), **forms),
                      page.styles().body)]  # fmt: skip


def costs(c: Texts, found: Sequence[ClaimCost]) -> list[Flowable]:
    """The costs asked for, with their total when amounts are given."""
    if not found:
        return []
    s = page.styles()
    rows: list[list[Flowable | str]] = []
    for n, cost in enumerate(found, start=1):
        name = c.label("cost", cost.kind)
        if cost.description.strip():
            name += f" – {cost.description.strip()}"
        amount = money(cost.amount) if cost.amount is not None else c("to_be_specified")
        rows.append([f"{n}.", Paragraph(esc(name), s.cell), Paragraph(esc(amount), s.cell_right)])
    given = [x.amount for x in found if x.amount is not None]
    if given:
        label = c("costs_total")
        if len(given) < len(found):
            label += " " + c("subtotal_partial")
        rows.append(["", Paragraph(esc(label), s.cell_head),
                     Paragraph(f"<b>{money(sum(given, Decimal(0)))}</b>", s.cell_right)])  # fmt: skip
    table = page.grid([c("col_no"), c("col_cost"), c("col_amount")], rows, [13, 0, 28],
                      total_rows=1 if given else 0)  # fmt: skip
    return [Paragraph(esc(c("costs_heading")), s.heading), table]


def closing(attachments: list[Flowable], signature: list[Flowable]) -> list[Flowable]:
    """The attachments and the place, date and signature on one page: never a signature alone."""
    return [KeepTogether([*attachments, *signature])]


def draft_banner(c: Texts, data: ClaimDocument) -> list[Flowable]:
    if not data.draft:
        return []
    style = page.styles().body.clone("draft", textColor=DRAFT_RED, fontSize=11, leading=15)
    key = "draft_blank" if data.blank else "draft_asked"
    return [Paragraph(f"<b>{esc(c(key))}</b>", style), Spacer(1, 4)]


def render(story: list[Flowable], data: ClaimDocument, t: Texts, c: Texts, title: str) -> bytes:
    """The shared page (reports/page.py), with the draft mark across every page of a draft."""
    if not data.draft:
        return page.render(story, data.heading, t, title)
    mark = c("draft_mark")
    _regular, bold = fonts.register()

    def watermark(canvas: Any, doc: Any) -> None:
        width, height = doc.pagesize
        canvas.saveState()
        canvas.setFillColor(DRAFT_RED)
        canvas.setFillAlpha(0.13)
        canvas.setFont(bold, 110)
        canvas.translate(width / 2, height / 2)
        canvas.rotate(45)
        canvas.drawCentredString(0, -35, mark)
        canvas.restoreState()

    buf = io.BytesIO()
    # page.render's own document and canvas, with the mark drawn under each page's text
    page.document(buf, title, data.heading).build(
        story, onFirstPage=watermark, onLaterPages=watermark,
        canvasmaker=page._canvas_class(title, data.heading, t),  # the same page, marked
    )  # fmt: skip
    return buf.getvalue()
