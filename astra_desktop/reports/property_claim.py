"""Property claim in the criminal proceedings (imovinskopravni zahtev; ZKP čl. 50 st. 1 tač. 1,
and the chapter on the claim, čl. 252–260 — numbers marked for the lawyer to check), in podnesak
form: addressee, the injured party and her lawyer "po punomoćju", the facts, the heads of damage
with their evidence and interest, the legal basis for what is claimed, the request item by item
with interest and costs, evidence, attachments, place, date, signature.

Totals are printed only over amounts given; a claim with no amount is a draft, marked so on
every page (reports/claim_parts.py), never a filing with empty totals.
"""

from __future__ import annotations

from reportlab.platypus import Flowable, Paragraph

from astra_desktop.core.claims import ClaimDocument, costs_total
from astra_desktop.core.court import Authority
from astra_desktop.core.court_documents import Addressee, Filing
from astra_desktop.reports import claim_parts, filing, page, parts, templates
from astra_desktop.reports.formatting import esc, money, para

KIND = "property-claim"


def build(data: ClaimDocument) -> bytes:
    h = data.heading
    t = templates.load(KIND, h.lang)
    c = claim_parts.texts(h.lang)
    s = page.styles()
    v = parts.victim(t, h)
    f = data.filing or Filing(Addressee(Authority.COURT, "", "", ""), h.client_name)
    who = {**v, **filing.lawyer_values(t, f)}
    title = t("title")
    story: list[Flowable] = [
        *filing.addressee(t, f),
        filing.parties(t, f, data.proceeding, v, t("claimant_label", **v)),
    ]
    if data.minor:
        story.append(page.facts([(c("representative"), esc(data.representative or t("blank")))]))
    story += claim_parts.draft_banner(c, data)
    story += page.title_block(title, t("subtitle"))
    charges = parts.charges(t, data.proceeding) or t("intro_no_charges")
    ended = data.proceeding is not None and data.proceeding.first_instance_ended_on is not None
    story.append(
        Paragraph(t("intro_late" if ended else "intro", charges=esc(charges), **who), s.body)
    )
    if data.minor:
        story.append(Paragraph(t("minor", **v), s.body))
    story.append(Paragraph(esc(t("reasoning")), s.heading))
    story.append(Paragraph(para(data.facts) if data.facts.strip() else t("facts", **v), s.body))
    story += claim_parts.specification(c, data)
    story.append(Paragraph(esc(t("basis_heading")), s.heading))
    story += claim_parts.legal_basis(c, t, data, v, civil=False)
    if data.legal_aid:
        story.append(Paragraph(c("legal_aid", decision=esc(data.legal_aid), **v), s.body))
    story += _petition(t, c, data, v)
    story += claim_parts.costs(c, data.costs)
    story.append(Paragraph(esc(t("evidence_heading")), s.heading))
    evidence = [esc(t("evidence_testimony", **v)), *(para(e) for e in data.evidence)]
    story += page.bullets(evidence, numbered=True)
    more = [esc(c("legal_aid_attachment", decision=data.legal_aid))] if data.legal_aid else []
    listed = filing.attachments(t, f, [*more, *(para(e) for e in data.attachments)])
    story += claim_parts.closing(listed, filing.signature(t, h, f, v))
    return claim_parts.render(story, data, t, c, title)


def _petition(t: templates.Texts, c: templates.Texts, data: ClaimDocument,
              v: dict[str, str]) -> list[Flowable]:  # fmt: skip
    """The request: the total and each item with its interest; the costs; what is reserved."""
    s = page.styles()
    story: list[Flowable] = [Paragraph(esc(t("petition_heading")), s.heading)]
    if data.blank:
        return [*story, Paragraph(t("petition_blank", **v), s.body)]
    several = data.defendants > 1
    lead = t("petition_several" if several else "petition_one", total=money(data.total()), **v)
    story.append(Paragraph(lead, s.body))
    story += page.bullets(claim_parts.petitum_items(c, data.items), numbered=True)
    given = [x for x in data.costs if x.amount is not None]
    amount = t("costs_amount", amount=money(costs_total(given))) if given else ""
    story.append(Paragraph(t("petition_costs_several" if several else "petition_costs_one",
                             amount=amount, **v), s.body))  # fmt: skip
    story += claim_parts.reservation(c, data.items, v)
    story.append(Paragraph(t("reservation", **v), s.body))
    return story
