"""Civil suit for damages (tužba radi naknade štete), from the same claim as the property claim:
where compensation ends up when the criminal court referred the claim to civil proceedings.

A podnesak to the civil court: the court (as recorded on the claim, else its level by the value
of the dispute with the seat left for the lawyer) with the criminal case's numbers; the claimant
and the lawyer "po punomoćju"; the defendants of the proceeding; "radi" and the value of the
dispute; the facts; the heads of damage with evidence; the legal basis for what is claimed
(with the conviction binding the civil court, ZPP čl. 13, when there is one); evidence; the
petitum item by item with interest, and costs; attachments; place, date, signature.
"""

from __future__ import annotations

from reportlab.platypus import Flowable, Paragraph, Spacer

from astra_desktop.core.claims import ClaimDocument, costs_total
from astra_desktop.core.court import Authority
from astra_desktop.core.court_documents import Addressee, Filing
from astra_desktop.reports import claim_parts, filing, page, parts, templates
from astra_desktop.reports.formatting import esc, money, para
from astra_desktop.reports.templates import Texts

KIND = "civil-claim"


def plaintiff(t: Texts, data: ClaimDocument) -> dict[str, str]:
    """{victim_*} for the shared texts, as the claimant: "tužilja / tužilje / tužilji …"."""
    g = parts.gender_key(data.heading)
    return {
        f"victim_{form}": t(f"plaintiff.{g}.{form}")
        for form in ("nom", "gen", "dat", "acc", "title", "label", "which", "minor")
    }


def _addressee(t: Texts, data: ClaimDocument, f: Filing) -> list[Flowable]:
    """The civil court in capitals (dative in Serbian); without one recorded, its level by the
    value with the seat to fill in; the civil number once there is one; the criminal case's."""
    s = page.styles()
    a = f.addressee
    name = (a.dative if t.lang != "en" else a.name).upper()
    lines = [
        f'<font size="11"><b>{esc(name) if name else t(f"court_level.{data.level}")}</b></font>'
    ]
    if a.number:
        lines.append(esc(t("filing.number", number=a.number)))
    for other in a.others:
        body = ", ".join(x for x in (other.name, other.number) if x)
        lines.append(esc(t("filing.related", body=body)))
    return [Paragraph("<br/>".join(lines), s.meta), Spacer(1, 10)]


def _defendants(t: Texts, data: ClaimDocument) -> str:
    found = data.proceeding.defendants if data.proceeding else ()
    if not found:
        return esc(t("blank"))
    return "<br/>".join(
        esc(t("defendant_line", n=n, label=d.label, blank=t("blank")))
        for n, d in enumerate(found, start=1)
    )


def _parties(t: Texts, c: Texts, data: ClaimDocument, f: Filing, v: dict[str, str]) -> Flowable:
    party = esc(f.party or t("blank"))
    represented = t("filing.represented", party=party, **filing.lawyer_values(t, f), **v)
    value = money(data.total()) if not data.blank else t("blank")
    rows = [(v["victim_label"], represented)]
    if data.minor:
        rows.append((c("representative"), esc(data.representative or t("blank"))))
    rows += [
        (t("defendants_label"), _defendants(t, data)),
        (t("subject_label"), esc(t("subject"))),
        (t("value_label"), esc(t("value", amount=value))),
    ]
    return page.facts(rows)


def _subtitle(t: Texts, data: ClaimDocument) -> str:
    kinds = {i.material for i in data.items}
    key = "both" if len(kinds) == 2 else ("material" if True in kinds else "non_material")
    return t(f"subtitle.{key}")


def build(data: ClaimDocument) -> bytes:
    h = data.heading
    t = templates.load(KIND, h.lang)
    c = claim_parts.texts(h.lang)
    s = page.styles()
    v = plaintiff(t, data)
    f = data.filing or Filing(Addressee(Authority.COURT, "", "", ""), h.client_name)
    who = {**v, **filing.lawyer_values(t, f)}
    several = data.defendants > 1
    title = t("title")
    story: list[Flowable] = [*_addressee(t, data, f), _parties(t, c, data, f, v)]
    story += claim_parts.draft_banner(c, data)
    story += page.title_block(title, _subtitle(t, data))
    charges = parts.charges(t, data.proceeding) or t("intro_no_charges")
    story.append(Paragraph(t("intro_several" if several else "intro_one",
                             charges=esc(charges), **who), s.body))  # fmt: skip
    story += _history(t, data, v, several)
    story.append(Paragraph(esc(t("facts_heading")), s.heading))
    default = t("facts_several" if several else "facts_one", charges=esc(charges), **v)
    story.append(Paragraph(para(data.facts) if data.facts.strip() else default, s.body))
    story += claim_parts.specification(c, data)
    story.append(Paragraph(esc(t("basis_heading")), s.heading))
    story += claim_parts.legal_basis(c, t, data, v, civil=True)
    if data.legal_aid:
        story.append(Paragraph(c("legal_aid", decision=esc(data.legal_aid), **v), s.body))
    story += _evidence(t, data, v)
    story += _petitum(t, c, data, v, several)
    story += claim_parts.costs(c, data.costs)
    more = [esc(c("legal_aid_attachment", decision=data.legal_aid))] if data.legal_aid else []
    listed = filing.attachments(t, f, [*more, *(para(e) for e in data.attachments)])
    story += claim_parts.closing(listed, filing.signature(t, h, f, v))
    return claim_parts.render(story, data, t, c, title)


def _history(t: Texts, data: ClaimDocument, v: dict[str, str], several: bool) -> list[Flowable]:
    """The criminal case: where it is, whether the defendants were convicted, and whether the
    criminal court referred the claim to civil proceedings."""
    s = page.styles()
    p = data.proceeding
    story: list[Flowable] = []
    if p is not None and (p.court or p.court_case_number):
        body = ", ".join(x for x in (p.court, p.court_case_number) if x)
        story.append(Paragraph(t("criminal_case", case=esc(body)), s.body))
    if data.convicted:
        story.append(Paragraph(t("convicted_several" if several else "convicted_one"), s.body))
    if data.referred:
        story.append(Paragraph(t("referred", **v), s.body))
    return story


def _evidence(t: Texts, data: ClaimDocument, v: dict[str, str]) -> list[Flowable]:
    s = page.styles()
    listed = [esc(t("evidence_party", **v))]
    p = data.proceeding
    if p is not None and (p.court or p.court_case_number):
        body = ", ".join(x for x in (p.court, p.court_case_number) if x)
        listed.append(esc(t("evidence_criminal_file", case=body)))
    listed += [para(e) for e in data.evidence]
    if any(not i.material for i in data.items):
        listed.append(esc(t("evidence_expert")))
    return [Paragraph(esc(t("evidence_heading")), s.heading), *page.bullets(listed, numbered=True)]


def _petitum(
    t: Texts, c: Texts, data: ClaimDocument, v: dict[str, str], several: bool
) -> list[Flowable]:
    """ "Predlaže se da sud … donese sledeću PRESUDU": I. the items with interest, within 15
    days; II. the costs. Items with no amount are reserved, never put in with a blank."""
    s = page.styles()
    centre = s.title.clone("judgment", fontSize=11, leading=14)
    story: list[Flowable] = [Paragraph(esc(t("petitum_heading")), s.heading)]
    story.append(Paragraph(t("petitum_lead"), s.body))
    story.append(Paragraph(esc(t("judgment")), centre))
    if data.blank:
        return [*story, Paragraph(t("petitum_blank", **v), s.body)]
    defendants = esc(claim_parts.defendants(c, data) or t("blank"))
    number = "several" if several else "one"
    story.append(Paragraph(t(f"petitum_pay_{number}", point="I.", defendants=defendants, **v),
                           s.body))  # fmt: skip
    story += page.bullets(claim_parts.petitum_items(c, data.items), numbered=True)
    story.append(Paragraph(t("petitum_deadline"), s.body))
    given = [x for x in data.costs if x.amount is not None]
    amount = t("costs_amount", amount=money(costs_total(given))) if given else ""
    story.append(Paragraph(t(f"petitum_costs_{number}", point="II.", amount=amount, **v), s.body))
    story += claim_parts.reservation(c, data.items, v)
    return story
