"""Request for "particularly vulnerable witness" status (CPC Arts. 103–104), with the protective
measures asked for and the supporting findings of the latest risk assessment."""

from __future__ import annotations

from reportlab.platypus import Flowable, Paragraph

from astra_desktop.core.court_documents import VulnerableWitnessData
from astra_desktop.reports import page, parts, templates
from astra_desktop.reports.formatting import day, esc, para

KIND = "vulnerable-witness"


def build(data: VulnerableWitnessData) -> bytes:
    h = data.heading
    t = templates.load(KIND, h.lang)
    s = page.styles()
    v = parts.victim(t, h)
    title = t("title")
    head = [
        *parts.proceeding_facts(t, data.proceeding),
        (v["victim_label"], esc(parts.client_ref(t, h))),
        (t("applicant_label"), esc(t("applicant", **v))),
    ]
    story: list[Flowable] = [page.facts(head), *page.title_block(title, t("subtitle"))]
    story.append(Paragraph(t("intro", **v), s.body))
    story.append(Paragraph(esc(t("reasoning")), s.heading))
    charges = parts.charges(t, data.proceeding)
    facts = t("facts_charges", charges=esc(charges), **v) if charges else t("facts_no_charges", **v)
    if data.exploitation:
        kinds = ", ".join(t.label("exploitation", e) for e in data.exploitation)
        facts += " " + t("exploitation", exploitation=esc(kinds))
    story += [
        Paragraph(facts, s.body),
        Paragraph(t("law"), s.body),
        Paragraph(t("grounds", **v), s.body),
    ]
    if data.reasons.strip():
        story += [
            Paragraph(esc(t("reasons_heading")), s.heading),
            Paragraph(para(data.reasons), s.body),
        ]
    risk = data.risk
    if risk is not None:
        story.append(Paragraph(esc(t("risk_heading")), s.heading))
        level = t.label("level", risk.level)
        story.append(
            Paragraph(t("risk_intro", date=day(risk.assessed_on), level=esc(level)), s.body)
        )
        found = [esc(t("red_flag", item=item)) for item in risk.red_flags]
        found += [esc(item) for section in risk.risks for item in section.items
                  if item not in risk.red_flags]  # fmt: skip
        story += page.bullets(found) if found else [Paragraph(esc(t("risk_none")), s.body)]
        story.append(Paragraph(esc(risk.disclaimer), s.small))
    story.append(Paragraph(esc(t("measures_heading")), s.heading))
    story.append(Paragraph(t("measures_intro", **v), s.body))
    story += page.bullets(esc(t.label("measure", m)) for m in data.measures)
    story += [
        Paragraph(esc(t("petition_heading")), s.heading),
        Paragraph(t("petition", **v), s.body),
    ]
    if risk is not None:
        story.append(Paragraph(esc(t("attachments_heading")), s.heading))
        story += page.bullets(
            [esc(t("attachment_risk", date=day(risk.assessed_on)))], numbered=True
        )
    story += page.signature(
        t("place_date", date=day(h.generated.date())), t("signer", **v), t("signer_title")
    )
    return page.render(story, h, t, title)
