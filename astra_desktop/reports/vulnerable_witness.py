"""Request for "particularly vulnerable witness" status (ZKP čl. 103–104), in podnesak form: to
the public prosecutor during the investigation (who then decides, ZKP čl. 103 st. 2) or to the
court, filed by the injured party's lawyer "po punomoćju", with the protective measures asked
for, the supporting findings of the latest risk assessment, the petitum and the attachments."""

from __future__ import annotations

from reportlab.platypus import Flowable, Paragraph

from astra_desktop.core.court import Authority
from astra_desktop.core.court_documents import Addressee, Filing, VulnerableWitnessData
from astra_desktop.reports import filing, page, parts, templates
from astra_desktop.reports.formatting import day, esc, para

KIND = "vulnerable-witness"


def build(data: VulnerableWitnessData) -> bytes:
    h = data.heading
    t = templates.load(KIND, h.lang)
    s = page.styles()
    v = parts.victim(t, h)
    f = data.filing or Filing(Addressee(Authority.COURT, "", "", ""), h.client_name)
    who = {**v, **filing.lawyer_values(t, f), "decider": t(f"decider.{f.addressee.authority}")}
    title = t("title")
    story: list[Flowable] = [*filing.addressee(t, f), filing.parties(t, f, data.proceeding, v)]
    story += page.title_block(title, t("subtitle"))
    story.append(Paragraph(t("intro", **who), s.body))
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
    if data.minor:  # the juvenile law's protection of minors as injured parties
        story.append(Paragraph(t("minor", **v), s.body))
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
        # the instrument's "klijent/kinja" as the party she is here: "oštećena", "oštećenoj"
        found = [esc(parts.gendered(t, h, t("red_flag", item=item), as_party=True))
                 for item in risk.red_flags]  # fmt: skip
        found += [esc(parts.gendered(t, h, item, as_party=True))
                  for section in risk.risks for item in section.items
                  if item not in risk.red_flags]  # fmt: skip
        story += page.bullets(found) if found else [Paragraph(esc(t("risk_none")), s.body)]
    story.append(Paragraph(esc(t("measures_heading")), s.heading))
    story.append(Paragraph(t("measures_intro", **v), s.body))
    story += page.bullets(esc(t.label("measure", m)) for m in data.measures)
    story += [
        Paragraph(esc(t("petition_heading")), s.heading),
        Paragraph(t("petition", **who), s.body),
    ]
    if data.minor:
        story.append(Paragraph(t("petition_minor", **who), s.body))
        if f.lawyer is None:
            story.append(Paragraph(t("petition_minor_lawyer", **who), s.body))
    more = [esc(t("attachment_risk", date=day(risk.assessed_on)))] if risk is not None else []
    story += filing.attachments(t, f, more)
    story += filing.signature(t, h, f, v)
    return page.render(story, h, t, title)
