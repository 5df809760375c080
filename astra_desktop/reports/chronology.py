"""Chronology of events and proceedings: notes, services, referrals, appointments, hearings,
charges and risk assessments merged by date, each entry with its source.

Entries are paragraphs with the date hanging in the margin, not rows of one big table: they split
across pages anywhere and lay out in time proportional to their number (100 pages in a blink).
"""

from __future__ import annotations

from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Paragraph

from astra_desktop.core.court_documents import ChronologyData, ChronologyEntry, Heading
from astra_desktop.reports import fonts, page, parts, templates
from astra_desktop.reports.formatting import day, esc, moment, number, para
from astra_desktop.reports.templates import Texts

KIND = "chronology"


def entry_style() -> ParagraphStyle:
    _regular, bold = fonts.register()
    return ParagraphStyle(
        "entry", parent=page.styles().body, fontSize=9, leading=12, leftIndent=34 * mm,
        bulletIndent=0, bulletFontName=bold, bulletFontSize=8.5, spaceBefore=3, spaceAfter=3,
    )  # fmt: skip


def _facts(rows: list[tuple[str, str]]) -> str:
    """Label / value lines as sentences: "Žalba: nije izjavljena." """
    return " ".join(f"{label}: {value.rstrip('.')}." for label, value in rows)


def entry_markup(t: Texts, e: ChronologyEntry, h: Heading | None = None) -> str:
    """The source in grey, the event in words, then the text as recorded; a plea agreement and a
    verdict with what the proceeding records of them (terms, offence, sentence, appeal)."""
    values = {k: esc(v) for k, v in e.values.items()}
    values |= {k: esc(t.label(group, key)) for k, (group, key) in e.labels.items()}
    if "from" in e.values:  # the article a charge was re-qualified from
        values["from"] = esc(parts.article(e.values["from"]))
    if e.charge is not None:
        values["charge"] = esc(parts.charge(t, e.charge))
    source = esc(t.label("source", e.source))
    headline = t(f"event.{e.event}", **values)
    if e.event == "note":  # the note's kind goes with its source: "Contact log – call"
        source, headline = f"{source} – {headline}", ""
    if e.values.get("provider", "").strip():
        headline += " " + t("provider", provider=values["provider"])
    if e.measures:
        measures = "; ".join(t.label("measure_short", m) for m in e.measures)
        headline += " " + esc(t("measures", measures=measures))
    if e.outcome is not None and h is not None:
        v = parts.victim(t, h)
        o = e.outcome
        if e.event == "plea-agreement":
            rows = parts.plea_facts(t, o, v)[1:]  # its date is the entry's
        else:  # the verdict; an undated plea agreement goes with it
            rows = parts.plea_facts(t, o, v) if o.plea_on is None else []
            rows += parts.judgment_facts(t, o, v, with_verdict=False)
        headline += " " + _facts(rows)
    headline = headline.strip()
    headline = headline[:1].upper() + headline[1:]
    line = " ".join(p for p in (headline, para(e.text)) if p)
    return f'<font color="#555555"><b>{source}</b></font>' + (f"<br/>{line}" if line else "")


def story(data: ChronologyData, t: Texts) -> list[Flowable]:
    """The flowables of the document (the benchmark lays the same ones out on a bare page)."""
    h = data.heading
    s = page.styles()
    style = entry_style()
    organisation = h.organisation or t("organisation_fallback")
    out: list[Flowable] = [*page.title_block(t("title"), t("subtitle", case_code=h.case_code))]
    out.append(Paragraph(t("intro", organisation=esc(organisation)), s.body))
    if not h.names:
        out.append(Paragraph(esc(t("redacted")), s.small))
    if data.start or data.end:
        if data.start and data.end:
            period = t("period", start=day(data.start), end=day(data.end))
        elif data.start:
            period = t("period_from", start=day(data.start))
        else:
            period = t("period_until", end=day(data.end))
        out.append(Paragraph(esc(period), s.meta))
    out.append(Paragraph(esc(t("count", count=number(len(data.entries), h.lang))), s.meta))
    if not data.entries:
        out.append(Paragraph(esc(t("empty")), s.body))
    for e in data.entries:
        when = moment(e.when, e.timed)
        out.append(Paragraph(entry_markup(t, e, h), style, bulletText=when))
    return out


def build(data: ChronologyData) -> bytes:
    t = templates.load(KIND, data.heading.lang)
    return page.render(story(data, t), data.heading, t, t("title"))
