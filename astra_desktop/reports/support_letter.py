"""Letter confirming support: since when the client has been supported — until the day the case
was closed, or that the support is ongoing — and which services she or he received; nothing more
(no story, no diagnosis, no risk), so it can go to any authority."""

from __future__ import annotations

from reportlab.platypus import Flowable, Paragraph, Spacer

from astra_desktop.core.court_documents import SupportLetterData
from astra_desktop.reports import page, parts, templates
from astra_desktop.reports.formatting import day, esc

KIND = "support-letter"


def build(data: SupportLetterData) -> bytes:
    h = data.heading
    t = templates.load(KIND, h.lang)
    s = page.styles()
    title = t("title")
    organisation = h.organisation or t("organisation_fallback")
    was = t(f"was.{parts.gender_key(h)}" if h.names else "was.code")
    values = {"organisation": esc(organisation), "client_ref": esc(parts.client_ref(t, h)),
              "since": day(data.since), "until": day(data.until), "was": was}  # fmt: skip
    story: list[Flowable] = [*page.letterhead(h), Spacer(1, 20), *page.title_block(title),
                             Spacer(1, 10)]  # fmt: skip
    # until the day the case was closed; an open case: the support is ongoing
    if data.until is not None:
        body = "body_closed"
    else:
        body = "body_closed_undated" if data.closed else "body"
    story.append(Paragraph(t(body, **values), s.body))
    if data.services:
        story.append(Paragraph(esc(t("services_intro")), s.body))
        lines = []
        for p in data.services:
            values = {"service": esc(t.label("service", p.kind)), "first": day(p.first)}
            if p.last is None:  # no end recorded: still being provided, unless the case closed
                lines.append(t("period_from" if data.closed else "period_open", **values))
            elif p.last != p.first:
                lines.append(t("period", last=day(p.last), **values))
            else:
                lines.append(t("period_once", **values))
        story += page.bullets(lines)
    else:
        story.append(Paragraph(esc(t("services_none")), s.body))
    story += [Spacer(1, 8), Paragraph(esc(t("purpose")), s.body)]
    story += page.signature(
        t("place_date", date=day(h.generated.date())),
        t("signer", organisation=organisation),
        t("signer_title"),
    )
    story.append(Paragraph(esc(t("stamp")), s.body))
    return page.render(story, h, t, title)
