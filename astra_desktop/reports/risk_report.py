"""Risk / safety report from the case's risk assessments: the latest one in words, the earlier
ones, the safety plan, and the instrument's disclaimer that it is not a validated instrument —
the one document that carries it (a filing cites the findings, never the disclaimer).
The instrument's "klijent/kinja" is written in the client's gender."""

from __future__ import annotations

from reportlab.platypus import Flowable, Paragraph

from astra_desktop.core.court_documents import Heading, RiskReportData, RiskSummary
from astra_desktop.reports import page, parts, templates
from astra_desktop.reports.formatting import day, esc, para
from astra_desktop.reports.templates import Texts

KIND = "risk-report"


def _latest(t: Texts, h: Heading, risk: RiskSummary, client: str) -> list[Flowable]:
    s = page.styles()

    def g(text: str) -> str:  # "klijent/kinja" in the client's gender
        return esc(parts.gendered(t, h, text))

    level = t.label("level", risk.level)
    rows = [
        (t("assessed_on"), day(risk.assessed_on)),
        (t("level"), f"<b>{esc(level)}</b>"),
        (t("computed"), esc(t.label("level", risk.computed))),
        (t("score"), str(risk.score)),
        (t("red_flags"), str(len(risk.red_flags))),
        (t("unknown"), str(risk.unknown)),
        (t("next_due"), day(risk.next_due)),
    ]
    out: list[Flowable] = [Paragraph(esc(t("summary_heading")), s.heading), page.facts(rows)]
    if risk.override_reason.strip():
        out += [
            Paragraph(esc(t("override")), s.heading),
            Paragraph(para(risk.override_reason), s.body),
        ]
    out.append(Paragraph(esc(t("risks_heading")), s.heading))
    found = [g(t("red_flag", item=i)) for i in risk.red_flags]
    any_found = bool(found)
    out += page.bullets(found)
    for section in risk.risks:
        items = [g(i) for i in section.items if i not in risk.red_flags]
        if items:
            any_found = True
            out.append(Paragraph(f"<b>{esc(section.title)}</b>", s.body))
            out += page.bullets(items)
    if not any_found:
        out.append(Paragraph(esc(t("risks_none")), s.body))
    if risk.protective:
        out.append(Paragraph(esc(t("protective_heading")), s.heading))
        out += page.bullets(g(p) for p in risk.protective)
    if risk.own_words.strip():
        out.append(Paragraph(esc(t("own_words_heading", client=client)), s.heading))
        out.append(Paragraph(para(risk.own_words), s.body))
    return out


def build(data: RiskReportData) -> bytes:
    h = data.heading
    t = templates.load(KIND, h.lang)
    s = page.styles()
    title = t("title")
    organisation = h.organisation or t("organisation_fallback")
    client = t(f"client.{parts.gender_key(h)}")
    story: list[Flowable] = [
        *page.letterhead(h),
        page.facts([(client.capitalize(), esc(parts.client_ref(t, h)))]),
        *page.title_block(title, t("subtitle", case_code=h.case_code)),
        Paragraph(t("intro", organisation=esc(organisation)), s.body),
    ]
    risk = data.risk
    if risk is None:
        story.append(Paragraph(esc(t("no_assessment")), s.body))
    else:
        story += [Paragraph(esc(t("disclaimer_heading")), s.heading),
                  Paragraph(f"<b>{esc(risk.disclaimer)}</b>", s.body)]  # fmt: skip
        story += _latest(t, h, risk, client)
        if len(risk.history) > 1:
            story.append(Paragraph(esc(t("history_heading")), s.heading))
            rows = [
                [day(d), str(score), t.label("level", level)] for d, score, level in risk.history
            ]
            story.append(
                page.grid([t("col_date"), t("col_score"), t("col_level")], rows, [30, 25, 0])
            )
        if risk.actions:
            story.append(Paragraph(esc(t("plan_heading")), s.heading))
            rows = [[parts.gendered(t, h, title_), t.label("action_status", status), day(due)]
                    for title_, status, due in risk.actions]  # fmt: skip
            story.append(
                page.grid([t("col_action"), t("col_status"), t("col_due")], rows, [0, 30, 25])
            )
    story += page.signature(
        t("place_date", date=day(h.generated.date())),
        t("signer", organisation=organisation),
        t("signer_title"),
    )
    return page.render(story, h, t, title)
