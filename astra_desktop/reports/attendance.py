"""Court attendance record: every hearing of each proceeding, who came and who did not, the
protective measures applied, postponements and why, and the totals ("she came 27 times, they
came 10") — counted by core.attendance from the very hearings listed above them."""

from __future__ import annotations

from reportlab.platypus import Flowable, Paragraph

from astra_desktop.core.court import Party
from astra_desktop.core.court_documents import AttendanceBlock, AttendanceData, Heading
from astra_desktop.reports import page, parts, templates
from astra_desktop.reports.formatting import esc, para
from astra_desktop.reports.templates import Texts

KIND = "attendance"
COUNTS = ("held", "postponed", "missed", "outcome_due", "planned", "cancelled")


def person(t: Texts, h: Heading, party: Party, defendant: str = "") -> str:
    v = parts.victim(t, h)
    return t(f"party.{party.value}", label=defendant, **v)


def _block(t: Texts, h: Heading, block: AttendanceBlock) -> list[Flowable]:
    s = page.styles()
    p = block.proceeding
    name = t("proceeding", court=p.court, number=p.court_case_number).strip()
    out: list[Flowable] = [Paragraph(esc(name), s.heading)] if name else []
    if not block.hearings:
        return [*out, Paragraph(esc(t("no_hearings")), s.body)]
    rows: list[list[Flowable | str]] = []
    for n, line in enumerate(block.hearings, start=1):
        outcome = f"<b>{esc(t.label('status', line.status))}</b>"
        if line.reason.strip():
            outcome += "<br/>" + para(line.reason)
        present = [person(t, h, x.party, x.defendant) for x in line.presence if x.present]
        absent = [person(t, h, x.party, x.defendant) for x in line.presence if not x.present]
        measures = [t.label("measure_short", m) for m in line.measures]
        rows.append([
            f"{n}.",
            Paragraph(f"{line.starts_at:%d.%m.%Y}<br/>{line.starts_at:%H:%M}<br/>"
                      f"{esc(t.label('hearing_kind', line.kind))}", s.cell),
            Paragraph(outcome, s.cell),
            Paragraph("<br/>".join(esc(x) for x in present) or t("none"), s.cell),
            Paragraph("<br/>".join(esc(x) for x in absent) or t("none"), s.cell),
            Paragraph("<br/>".join(esc(x) for x in measures) or t("none"), s.cell),
        ])  # fmt: skip
    header = [t(k) for k in ("col_no", "col_date", "col_outcome", "col_present", "col_absent",
                             "col_measures")]  # fmt: skip
    out.append(page.grid(header, rows, [11, 27, 0, 31, 28, 26]))
    c = block.counts
    split = ", ".join(f"{t('count_' + k)} {c.get(k, 0)}" for k in COUNTS if c.get(k, 0))
    out += [
        Paragraph(esc(t("totals_heading")), s.heading),
        page.facts([(t("total_hearings"), f"<b>{len(block.hearings)}</b> ({esc(split)})")]),
    ]
    recorded = c.get("recorded", 0)
    if block.appearances and recorded:
        out.append(Paragraph(esc(t("appearances_intro", recorded=recorded)), s.small))
        people = [[person(t, h, a.party, a.defendant), t("of", count=a.count, recorded=recorded)]
                  for a in block.appearances]  # fmt: skip
        out.append(page.grid([t("col_person"), t("col_appearances")], people, [0, 35]))
    return out


def build(data: AttendanceData) -> bytes:
    h = data.heading
    t = templates.load(KIND, h.lang)
    s = page.styles()
    title = t("title")
    organisation = h.organisation or t("organisation_fallback")
    story: list[Flowable] = [
        page.facts([(parts.victim(t, h)["victim_label"], esc(parts.client_ref(t, h)))]),
        *page.title_block(title, t("subtitle", case_code=h.case_code)),
        Paragraph(t("intro", organisation=esc(organisation)), s.body),
    ]
    if not data.blocks:
        story.append(Paragraph(esc(t("no_proceedings")), s.body))
    for block in data.blocks:
        story += _block(t, h, block)
    return page.render(story, h, t, title)
