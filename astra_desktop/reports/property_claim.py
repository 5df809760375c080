"""Property claim in the criminal proceedings (imovinskopravni zahtev; ZKP čl. 50 st. 1 tač. 1,
and the chapter on the claim, čl. 252–260 — numbers to be checked by the lawyer), in podnesak
form: addressee, the injured party and her lawyer "po punomoćju", material and non-material
damage item by item, totals in dinars, interest, evidence, attachments, place, date, signature."""

from __future__ import annotations

from collections.abc import Sequence

from reportlab.platypus import Flowable, Paragraph, Spacer

from astra_desktop.core.court import Authority
from astra_desktop.core.court_documents import Addressee, DamageItem, Filing, PropertyClaimData
from astra_desktop.reports import filing, page, parts, templates
from astra_desktop.reports.formatting import day, esc, money, para
from astra_desktop.reports.templates import Texts

KIND = "property-claim"


def _table(t: Texts, items: Sequence[DamageItem], material: bool, subtotal: str) -> Flowable:
    s = page.styles()
    rows: list[list[Flowable | str]] = []
    for n, item in enumerate(items, start=1):
        if material:
            interest = day(item.interest_from) or t("interest_due")
        else:
            interest = t("interest_judgment")
        rows.append([f"{n}.", t.label("damage", item.kind), Paragraph(para(item.description), s.cell),
                     interest, Paragraph(money(item.amount), s.cell_right)])  # fmt: skip
    key = "subtotal_material" if material else "subtotal_non_material"
    rows.append(["", Paragraph(esc(t(key)), s.cell_head), "", "",
                 Paragraph(f"<b>{subtotal}</b>", s.cell_right)])  # fmt: skip
    header = [t("col_no"), t("col_kind"), t("col_description"), t("col_interest"), t("col_amount")]
    return page.grid(header, rows, [13, 42, 0, 24, 28], total_rows=1)


def build(data: PropertyClaimData) -> bytes:
    h = data.heading
    t = templates.load(KIND, h.lang)
    s = page.styles()
    v = parts.victim(t, h)
    f = data.filing or Filing(Addressee(Authority.COURT, "", "", ""), h.client_name)
    who = {**v, **filing.lawyer_values(t, f)}
    title = t("title")
    story: list[Flowable] = [
        *filing.addressee(t, f),
        filing.parties(t, f, data.proceeding, v, t("claimant_label", **v)),
    ]
    story += page.title_block(title, t("subtitle"))
    charges = parts.charges(t, data.proceeding) or t("intro_no_charges")
    ended = data.proceeding is not None and data.proceeding.first_instance_ended_on is not None
    story.append(
        Paragraph(t("intro_late" if ended else "intro", charges=esc(charges), **who), s.body)
    )
    story += [Paragraph(esc(t("reasoning")), s.heading), Paragraph(t("grounds", **v), s.body)]
    blank = all(i.amount is None for i in data.items)
    total = "" if blank else money(data.total())
    material = "" if blank else money(data.total(material=True))
    non_material = "" if blank else money(data.total(material=False))
    for is_material, heading_key, subtotal in (
        (True, "material_heading", material), (False, "non_material_heading", non_material)
    ):  # fmt: skip
        items = [i for i in data.items if i.kind.material == is_material]
        if items:
            story += [
                Paragraph(esc(t(heading_key)), s.heading),
                _table(t, items, is_material, subtotal),
            ]
    if blank:
        story.append(Paragraph(esc(t("not_specified")), s.small))
    else:
        story += [Spacer(1, 6), page.total_line(t("total"), total)]
    story.append(Paragraph(esc(t("petition_heading")), s.heading))
    if blank:
        story.append(Paragraph(t("petition_blank", **v), s.body))
    else:
        story.append(Paragraph(t("petition", total=total, material=material,
                                 non_material=non_material, **v), s.body))  # fmt: skip
    story.append(Paragraph(t("reservation", **v), s.body))
    story.append(Paragraph(esc(t("evidence_heading")), s.heading))
    evidence = [esc(t("evidence_testimony", **v))] + [para(e) for e in data.evidence if e.strip()]
    story += page.bullets(evidence, numbered=True)
    story += filing.attachments(t, f, [para(e) for e in data.evidence if e.strip()])
    story += filing.signature(t, h, f, v)
    return page.render(story, h, t, title)
