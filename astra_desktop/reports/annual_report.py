"""The annual report (PDF): trial monitoring, the SOS hotline and missing persons in figures, for
the organisation to publish. Takes core.annual_figures.AnnualFigures, returns PDF bytes.

Codes only, never names: trials appear by case code or by court and court number, people as counts,
partners (organisations) by name. The wording is in resources/templates/annual-report.<lang>.toml,
loaded as the court documents' is (Cyrillic made from the Serbian Latin file); every stored value
(a channel, a cause of postponement …) is shown in words. A section with nothing in it says so
rather than printing empty tables. Without the "Confidential" stamp: the report is for publishing.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime, time
from decimal import Decimal

from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, Flowable, KeepTogether, Paragraph, Spacer, Table

from astra_desktop.core.annual_figures import (
    AnnualFigures,
    HotlineFiguresYear,
    MissingFiguresYear,
    Tally,
    TrialAppearances,
    TrialFiguresYear,
)
from astra_desktop.core.court_documents import Heading
from astra_desktop.core.monitoring import YearFigures
from astra_desktop.core.translit import to_cyrillic
from astra_desktop.reports import annual_charts, page, templates
from astra_desktop.reports.formatting import day, esc, number
from astra_desktop.reports.templates import Texts

KIND = "annual-report"
CHART_TRIALS = 15  # the per-trial chart shows at most this many trials: the largest differences
DAYS_PER_MONTH = Decimal("30.4375")  # 365.25 / 12
RULES = ("how_followed", "how_verdict", "how_appearances", "how_hotline", "how_median")
Row = tuple[str, str, int]  # label, value, indent level (1: "of them …")


class _Doc:
    """One report being written: its texts and language."""

    def __init__(self, lang: str) -> None:
        self.t: Texts = templates.load(KIND, lang)
        self.lang = lang
        self.s = page.styles()

    # --- words and numbers -------------------------------------------------------------------
    def n(self, value: int) -> str:
        return number(value, self.lang)

    def dec(self, value: float | Decimal | None, always: bool = True) -> str:
        """One decimal, as the language writes it (14,5 / 14.5), none for a whole median or
        average unless `always` (shares); "—" when there is no value."""
        if value is None:
            return self.t("none")
        rounded = Decimal(str(value)).quantize(Decimal("0.1"))
        whole, _, fraction = f"{abs(rounded):f}".partition(".")
        text = ("-" if rounded < 0 else "") + number(int(whole), self.lang)
        if fraction == "0" and not always:
            return text
        return text + ("." if self.lang == "en" else ",") + fraction

    def share(self, part: int, whole: int) -> str:
        return f"{self.dec(Decimal(100 * part) / whole)} %" if whole else self.t("none")

    def typed(self, text: str) -> str:
        """Text from the vault (a court, a partner's name) in the document's script."""
        return to_cyrillic(text) if self.lang == "sr-Cyrl" else text

    def label(self, group: str, key: str) -> str:
        """A stored value in words; "" is "not recorded" unless its group names it ("none")."""
        if key == "":
            return self.t(f"{group}.none" if f"{group}.none" in self.t else "not_recorded")
        return self.typed(self.t.label(group, key))

    # --- building blocks ---------------------------------------------------------------------
    def heading(self, key: str, alone: bool = False) -> Paragraph:
        return Paragraph(esc(self.t(key)), self.s.heading_alone if alone else self.s.heading)

    def section(self, key: str) -> list[Flowable]:
        style = page.styles().title
        return [CondPageBreak(60 * mm), Spacer(1, 6), Paragraph(esc(self.t(key)), style)]

    def para(self, key: str, **values: object) -> Paragraph:
        return Paragraph(esc(self.t(key, **values)), self.s.body)

    def figures(self, rows: Sequence[Row]) -> Table:
        """Label and number lines, the numbers right-aligned, "of them" lines indented."""
        data = [
            [Paragraph(esc(label), self.s.cell), Paragraph(value, self.s.cell_right)]
            for label, value, _ in rows
        ]
        table = Table(data, colWidths=[118 * mm, 28 * mm], hAlign="LEFT", spaceAfter=6)
        style: list[tuple[object, ...]] = [
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("LINEBELOW", (0, 0), (-1, -1), 0.25, page.RULE),
            ("TOPPADDING", (0, 0), (-1, -1), 1.5),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5),
        ]
        for i, (_, _, level) in enumerate(rows):
            if level:
                style.append(("LEFTPADDING", (0, i), (0, i), 6 + 12 * level))
        return page.style_table(table, style)

    def tally(self, title: str, tally: Tally, group: str, width: float) -> list[Flowable]:
        """A small table: category, number, share of the total; a total line under it."""
        total = sum(tally.values())
        s = self.s
        data: list[list[Flowable]] = [[
            Paragraph(esc(self.t("col_category")), s.cell_head),
            Paragraph(esc(self.t("col_count")), s.cell_head),
            Paragraph(esc(self.t("col_share")), s.cell_head),
        ]]  # fmt: skip
        for key, count in tally.items():
            data.append([
                Paragraph(esc(self.label(group, key) if group else self.typed(key)), s.cell),
                Paragraph(self.n(count), s.cell_right),
                Paragraph(self.share(count, total), s.cell_right),
            ])  # fmt: skip
        data.append([Paragraph(f"<b>{esc(self.t('total'))}</b>", s.cell),
                     Paragraph(f"<b>{self.n(total)}</b>", s.cell_right), Paragraph("", s.cell)])  # fmt: skip
        numbers = 19 * mm
        table = Table(data, colWidths=[width - 2 * numbers, numbers, numbers], repeatRows=1,
                      hAlign="LEFT")  # fmt: skip
        page.style_table(table, [
            ("BACKGROUND", (0, 0), (-1, 0), page.SHADE), ("BACKGROUND", (0, -1), (-1, -1), page.SHADE),
            ("GRID", (0, 0), (-1, -1), 0.25, page.RULE), ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ])  # fmt: skip
        if not title:
            return [table]
        return [Paragraph(f"<b>{esc(title)}</b>", s.cell), Spacer(1, 2), table]

    def tallies(self, items: Sequence[tuple[str, Tally, str]]) -> list[Flowable]:
        """Tallies two by two side by side (those with nothing counted left out)."""
        found = [(self.t(key) if key else "", tally, group)
                 for key, tally, group in items if sum(tally.values())]  # fmt: skip
        half = (page.WIDTH - 8 * mm) / 2
        out: list[Flowable] = []
        for i in range(0, len(found), 2):
            cells = [
                self.tally(title, tally, group, half) for title, tally, group in found[i : i + 2]
            ]
            if len(cells) == 1:
                cells.append([])
            table = Table([cells], colWidths=[half + 8 * mm, half], hAlign="LEFT")
            page.style_table(table, [("VALIGN", (0, 0), (-1, -1), "TOP"),
                                     ("LEFTPADDING", (0, 0), (-1, -1), 0),
                                     ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                                     ("BOTTOMPADDING", (0, 0), (-1, -1), 8)])  # fmt: skip
            out.append(table)
        return out

    def chart(self, caption: str, drawing: Flowable) -> Flowable:
        caption_para = Paragraph(f"<b>{esc(caption)}</b>", self.s.cell)
        return KeepTogether([Spacer(1, 4), caption_para, Spacer(1, 3), drawing, Spacer(1, 6)])


# --- the title and the rules ---------------------------------------------------------------------
def _period(fig: AnnualFigures) -> str:
    year = fig.period.whole_year
    return str(year) if year else f"{day(fig.period.start)} – {day(fig.period.end)}"


def _title(d: _Doc, fig: AnnualFigures) -> str:
    year = fig.period.whole_year
    if year:
        return d.t("title_year", year=year)
    return d.t("title_period", start=day(fig.period.start), end=day(fig.period.end))


def _front(d: _Doc, fig: AnnualFigures, organisation: str) -> list[Flowable]:
    t, s = d.t, d.s
    rows = [
        (t("organisation"), esc(d.typed(organisation) or t("organisation_fallback"))),
        (t("period"), f"{day(fig.period.start)} – {day(fig.period.end)}"),
        (t("made_on"), day(fig.made_on)),
    ]
    f = fig.filters
    if f.trials.value != "all" or f.court:
        rows.append((t("scope_label"), esc(t.label("scope", f.trials.value))))
        rows.append((t("court_label"), esc(d.typed(f.court) or t("all_courts"))))
    return [
        *page.title_block(_title(d, fig), d.typed(organisation)),
        page.facts(rows),
        Spacer(1, 4),
        Paragraph(f"<b>{esc(t('codes_only'))}</b>", s.body),
        d.heading("how_heading"),
        Paragraph(esc(t("how_intro")), s.body),
        *page.bullets(t(k) for k in RULES),
    ]


# --- trials --------------------------------------------------------------------------------------
def _trials(d: _Doc, tr: TrialFiguresYear) -> list[Flowable]:
    out = d.section("trials_heading")
    if not tr.followed and not tr.appearances:
        return [*out, d.para("trials_none")]
    t, n = d.t, d.n
    out.append(d.figures([
        (t("followed"), f"<b>{n(tr.followed)}</b>", 0),
        (t("monitored_without_client"), n(tr.monitored_without_client), 1),
        (t("opened"), n(tr.opened), 0),
        (t("decided"), n(tr.decided), 0),
        (t("pending"), n(tr.pending_at_year_end), 0),
        (t("pending_age"), d.dec(tr.pending_age_median_days, always=False), 0),
    ]))  # fmt: skip
    out += [d.heading("hearings_heading"), d.figures([
        (t("hearings_scheduled"), f"<b>{n(tr.hearings_scheduled)}</b>", 0),
        (t("hearings_held"), n(tr.hearings_held), 1),
        (t("hearings_postponed"), n(tr.hearings_postponed), 1),
        (t("hearings_median"), d.dec(tr.hearings_per_trial_median, always=False), 0),
    ])]  # fmt: skip
    out.append(d.heading("postponed_heading"))
    if tr.postponed_by and sum(tr.postponed_by.values()):
        items = [(d.label("postponed_by", k), (v,)) for k, v in tr.postponed_by.items()]
        out.append(d.chart(t("postponed_chart"), annual_charts.bars(items, page.WIDTH, d.lang)))
        out += d.tallies([("", tr.postponed_by, "postponed_by")])
    else:
        out.append(d.para("postponed_none"))
    out += [d.heading("appearances_heading"), d.figures([
        (t("victim_summoned"), n(tr.victim_summoned), 0),
        (t("victim_appearances"), f"<b>{n(tr.victim_appearances)}</b>", 0),
        (t("victim_testified"), n(tr.victim_testified), 0),
        (t("defendant_appearances"), f"<b>{n(tr.defendant_appearances)}</b>", 0),
    ])]  # fmt: skip
    out += _per_trial(d, tr.appearances)
    out += _duration(d, tr)
    out += _outcomes(d, tr.outcomes, tr.sentence_vs_minimum)
    return out


def _per_trial(d: _Doc, rows: Sequence[TrialAppearances]) -> list[Flowable]:
    if not rows:
        return []
    t, n = d.t, d.n
    ranked = sorted(rows, key=lambda a: a.victim_appeared - a.defendant_appeared_most, reverse=True)
    shown = ranked[:CHART_TRIALS]
    caption = (t("per_trial_chart") if len(rows) <= CHART_TRIALS
               else t("per_trial_chart_top", n=CHART_TRIALS))  # fmt: skip
    items = [(d.typed(a.label), (a.victim_appeared, a.defendant_appeared_most)) for a in shown]
    legend = (t("legend_victim"), t("legend_defendant"))
    drawing = annual_charts.bars(items, page.WIDTH, d.lang, legend)
    # the heading and its explanation go to the next page with the chart, never apart from it
    out: list[Flowable] = [CondPageBreak(drawing.height + 35 * mm),
                           d.heading("per_trial_heading", alone=True),
                           Paragraph(esc(t("per_trial_intro")), d.s.small),
                           d.chart(caption, drawing)]  # fmt: skip
    body = []
    for a in rows:
        label = "<br/>".join(esc(x) for x in d.typed(a.label).split(" · "))  # court, number
        if a.monitored:
            label += f'<br/><font color="#555555">{esc(t("monitored_mark"))}</font>'
        body.append([
            Paragraph(label, d.s.cell), n(a.hearings), n(a.held), n(a.postponed),
            n(a.victim_summoned), Paragraph(f"<b>{n(a.victim_appeared)}</b>", d.s.cell),
            n(a.victim_testified), n(a.defendants),
            Paragraph(f"<b>{n(a.defendant_appeared_most)}</b> / {n(a.defendant_appeared_least)}",
                      d.s.cell),
        ])  # fmt: skip
    header = [t(k) for k in ("col_trial", "col_hearings", "col_held", "col_postponed",
                             "col_summoned", "col_appeared", "col_testified", "col_defendants",
                             "col_defendant_came")]  # fmt: skip
    out.append(_narrow_grid(header, body))
    return out


def _narrow_grid(header: Sequence[str], body: list[list[Flowable | str]]) -> Table:
    """The per-trial table: nine columns, so a smaller header and tighter padding than
    page.grid; the header repeated on every page."""
    s = page.styles()
    head = ParagraphStyle("annual_head", parent=s.cell_head, fontSize=6.5, leading=8)
    numbers = [w * mm for w in (14.5, 14.5, 14.5, 16, 16, 16, 14.5, 23)]
    widths = [page.WIDTH - sum(numbers), *numbers]
    data: list[list[Flowable]] = [[Paragraph(esc(h), head) for h in header]]
    data += [[Paragraph(c, s.cell) if isinstance(c, str) else c for c in row] for row in body]
    table = Table(data, colWidths=widths, repeatRows=1, hAlign="LEFT")
    return page.style_table(table, [
        ("BACKGROUND", (0, 0), (-1, 0), page.SHADE), ("GRID", (0, 0), (-1, -1), 0.25, page.RULE),
        ("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 2),
        ("RIGHTPADDING", (0, 0), (-1, -1), 2),
    ])  # fmt: skip


def _duration(d: _Doc, tr: TrialFiguresYear) -> list[Flowable]:
    out: list[Flowable] = [d.heading("duration_heading")]
    days = tr.duration_days
    if not days:
        return [*out, d.para("duration_none")]
    median = tr.duration_median_days
    months = None if median is None else Decimal(str(median)) / DAYS_PER_MONTH
    out += [Paragraph(esc(d.t("duration_intro", n=d.n(len(days)))), d.s.body), d.figures([
        (d.t("duration_months"), f"<b>{d.dec(months)}</b>", 0),
        (d.t("duration_days"), d.dec(median, always=False), 0),
        (d.t("duration_shortest"), d.n(min(days)), 0),
        (d.t("duration_longest"), d.n(max(days)), 0),
    ])]  # fmt: skip
    return out


def _outcomes(d: _Doc, o: YearFigures | None, sentences: Tally) -> list[Flowable]:
    out: list[Flowable] = [d.heading("outcomes_heading")]
    if o is None or not o.verdicts:
        return [*out, d.para("outcomes_none")]
    t, n = d.t, d.n
    out.append(d.figures([
        (t("verdicts"), f"<b>{n(o.verdicts)}</b>", 0),
        (t("convictions"), f"<b>{n(o.convictions)}</b>", 0),
        (t("convictions_trafficking"), n(o.convictions_trafficking), 1),
        (t("convictions_downgraded"), n(o.convictions_downgraded_within_388), 2),
        (t("convictions_requalified"), n(o.convictions_requalified), 1),
        (t("convictions_other"), n(o.convictions_other_offence), 1),
        (t("convictions_unrecorded"), n(o.convictions_offence_unrecorded), 1),
        (t("acquittals"), n(o.acquittals), 0),
        (t("other_endings"), n(o.other_endings), 0),
        (t("charges_requalified"), n(o.charges_requalified_from_388), 0),
        (t("charges_downgraded"), n(o.charges_downgraded_within_388), 0),
        (t("plea_agreements"), f"<b>{n(o.plea_agreements)}</b>", 0),
        (t("plea_informed"), n(o.plea_victim_informed), 1),
        (t("sentences_recorded"), n(o.sentences_recorded), 0),
        (t("average_sentence"), d.dec(o.average_sentence_months, always=False), 0),
    ]))  # fmt: skip
    if sum(sentences.values()):
        intro = Paragraph(esc(t("sentence_intro")), d.s.small)
        out.append(KeepTogether([d.heading("sentence_heading"), intro,
                                 *d.tallies([("", sentences, "sentence")])]))  # fmt: skip
    out += [d.heading("compensation_heading"), d.figures([
        (t("claims_filed"), n(o.claims_filed), 0),
        (t("claims_decided"), n(o.claims_decided_in_criminal_case), 1),
        (t("claims_granted"), n(o.claims_granted), 1),
        (t("claims_referred"), n(o.claims_referred_to_civil), 1),
        (t("compensation_claimed"), f"<b>{n(o.compensation_claimed_rsd)}</b>", 0),
        (t("compensation_awarded"), f"<b>{n(o.compensation_awarded_rsd)}</b>", 0),
        (t("compensation_awarded_cases"), n(o.compensation_awarded_cases), 1),
        (t("compensation_paid"), n(o.compensation_paid_rsd), 0),
    ])]  # fmt: skip
    return out


# --- hotline and missing persons -----------------------------------------------------------------
def _months(d: _Doc, per_month: Sequence[tuple[str, int]]) -> list[tuple[str, int]]:
    years = {ym[:4] for ym, _ in per_month}
    out = []
    for ym, count in per_month:
        year, _, month = ym.partition("-")
        name = d.t(f"month.{int(month)}")
        out.append((name if len(years) == 1 else f"{name} {year[2:]}", count))
    return out


def _hotline(d: _Doc, h: HotlineFiguresYear) -> list[Flowable]:
    out = d.section("hotline_heading")
    if not h.calls:
        return [*out, d.para("hotline_none")]
    t, n = d.t, d.n
    out.append(d.figures([
        (t("calls"), f"<b>{n(h.calls)}</b>", 0),
        (t("anonymous"), n(h.anonymous), 1),
        (t("urgent"), n(h.urgent), 1),
        (t("possible_victims"), n(h.possible_victims), 1),
        (t("minutes"), n(h.minutes), 0),
        (t("referrals"), n(h.referrals), 0),
        (t("follow_ups"), n(h.follow_ups), 0),
        (t("follow_ups_done"), n(h.follow_ups_done), 1),
    ]))  # fmt: skip
    if h.per_month:
        drawing = annual_charts.columns(_months(d, h.per_month), page.WIDTH, d.lang)
        out.append(d.chart(t("per_month_chart"), drawing))
    if sum(h.by_channel.values()):
        items = [(d.label("channel", k), (v,)) for k, v in h.by_channel.items()]
        out.append(d.chart(t("by_channel_chart"), annual_charts.bars(items, page.WIDTH, d.lang)))
    out += d.tallies([
        ("by_channel", h.by_channel, "channel"), ("by_topic", h.by_topic, "topic"),
        ("by_caller", h.by_caller, "caller"), ("by_outcome", h.by_outcome, "case_link"),
        ("by_exploitation", h.by_exploitation, "exploitation"),
        ("by_age_band", h.by_age_band, "age_band"),
    ])  # fmt: skip
    if sum(h.referrals_by_partner.values()):  # partners' names are long: a wider table
        out.append(KeepTogether(d.tally(t("referrals_by_partner"), h.referrals_by_partner, "",
                                        120 * mm)))  # fmt: skip
    return out


def _missing(d: _Doc, m: MissingFiguresYear) -> list[Flowable]:
    out = d.section("missing_heading")
    if not (m.opened or m.closed or m.open_at_year_end or m.partners_asked):
        return [*out, d.para("missing_none")]
    t, n = d.t, d.n
    out.append(d.figures([
        (t("missing_opened"), f"<b>{n(m.opened)}</b>", 0),
        (t("missing_minors"), n(m.minors), 1),
        (t("missing_police"), n(m.police_reported), 1),
        (t("missing_cross_border"), n(m.cross_border), 1),
        (t("missing_closed"), f"<b>{n(m.closed)}</b>", 0),
        (t("missing_days"), d.dec(m.days_to_close_median, always=False), 0),
        (t("missing_open"), n(m.open_at_year_end), 0),
        (t("missing_partners_asked"), n(m.partners_asked), 0),
        (t("missing_partners_answered"), n(m.partners_answered), 1),
    ]))  # fmt: skip
    out += d.tallies([("missing_by_outcome", m.by_outcome, "search_outcome"),
                      ("missing_answers", m.answers, "answer")])  # fmt: skip
    return out


def story(fig: AnnualFigures, lang: str, organisation: str = "") -> list[Flowable]:
    """The report's flowables, before they are laid out on pages (the benchmark lays the same
    ones out on a bare document: bench/annual.py)."""
    d = _Doc(lang)
    return [
        *_front(d, fig, organisation),
        *_trials(d, fig.trials),
        *_hotline(d, fig.hotline),
        *_missing(d, fig.missing),
    ]


def build(
    fig: AnnualFigures, lang: str, organisation: str = "", generated: datetime | None = None
) -> bytes:
    """The report as PDF bytes, in `lang` (sr-Latn, sr-Cyrl or en)."""
    t = templates.load(KIND, lang)
    made = generated or datetime.combine(fig.made_on, time())
    heading = Heading(KIND, _period(fig), lang, made, organisation, stamp=False)
    return page.render(story(fig, lang, organisation), heading, t, t("title"))
