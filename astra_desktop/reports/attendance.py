"""Court attendance record: every hearing of each proceeding, who came, who stayed away and whose
attendance was not recorded (never counted as an absence), the protective measures applied,
postponements, why and whose doing, who was summoned and who testified at each hearing, the totals
per person ("she came 27 times, they came 10"), and how the proceeding ended (plea agreement,
judgment, sentence, appeal) as recorded on it."""

from __future__ import annotations

import re

from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, Flowable, KeepTogether, Paragraph

from astra_desktop.core.court import Party, PostponedBy
from astra_desktop.core.court_documents import (
    AttendanceBlock,
    AttendanceData,
    Heading,
    HearingLine,
    Presence,
)
from astra_desktop.core.translit import to_cyrillic
from astra_desktop.reports import page, parts, templates
from astra_desktop.reports.formatting import esc, number, para
from astra_desktop.reports.templates import Texts

KIND = "attendance"
COUNTS = ("held", "postponed", "missed", "outcome_due", "planned", "cancelled")
# Room a proceeding's heading needs below it (the table's header and first rows) before the page
# ends; a heading kept with a whole table would push a long table, and so page 1, empty.
HEADING_ROOM = 45 * mm
# A postponement's cause as stored, and as it arrives in a Cyrillic document (the data's text is
# transliterated before it gets here, codes too).
_CAUSES = {code: p.value for p in PostponedBy for code in (p.value, to_cyrillic(p.value))}
_INITIALS = re.compile(r"(?<=\b\w\.) (?=\w\.)")  # "M. P." kept on one line in a narrow cell


def person(t: Texts, h: Heading, party: Party, defendant: str = "") -> str:
    v = parts.victim(t, h)
    return t(f"party.{party.value}", label=defendant, **v)


def _people(t: Texts, h: Heading, found: list[Presence]) -> str:
    names = (_INITIALS.sub("\u00a0", person(t, h, x.party, x.defendant)) for x in found)
    return "<br/>".join(esc(x) for x in names)


def _away(t: Texts, h: Heading, presence: tuple[Presence, ...]) -> str:
    """Who did not come, then — in grey, apart — whose attendance was not recorded."""
    absent = [x for x in presence if x.present is False]
    unknown = [x for x in presence if x.present is None]
    if unknown and len(unknown) == len(presence):
        return f'<font color="#555555">{esc(t("nothing_recorded"))}</font>'
    out = _people(t, h, absent) or t("none")
    if unknown:
        out += f'<br/><font color="#555555"><i>{esc(t("not_recorded_heading"))}</i><br/>'
        out += _people(t, h, unknown) + "</font>"
    return out


def _hearing_facts(t: Texts, h: Heading, line: HearingLine) -> str:
    """Lines under a hearing's outcome: whose doing a postponement was, who was summoned (and,
    apart, who was not), who testified. Facts not recorded are left out, never guessed."""
    out = ""
    cause = _CAUSES.get(getattr(line, "postponed_by", ""), "")
    if cause:
        out += "<br/>" + esc(t("postponed_cause", cause=t.label("postponed_by", cause)))
    presence: tuple[Presence, ...] = line.presence
    for key, found in (
        ("summoned", [x for x in presence if getattr(x, "summoned", None) is True]),
        ("not_summoned", [x for x in presence if getattr(x, "summoned", None) is False]),
        ("testified", [x for x in presence if getattr(x, "testified", False)]),
    ):
        if found:
            names = ", ".join(person(t, h, x.party, x.defendant) for x in found)
            out += f"<br/><i>{esc(t(key))}</i> {esc(_INITIALS.sub(chr(0xA0), names))}"
    return out


def _block(t: Texts, h: Heading, block: AttendanceBlock) -> list[Flowable]:
    s = page.styles()
    p = block.proceeding
    name = t("proceeding", court=p.court, number=p.court_case_number).strip()
    out: list[Flowable] = [CondPageBreak(HEADING_ROOM)]
    if name:
        out.append(Paragraph(esc(name), s.heading_alone))
    if not block.hearings:
        out.append(Paragraph(esc(t("no_hearings")), s.body))
        return out + _outcome(t, h, block)
    rows: list[list[Flowable | str]] = []
    for n, line in enumerate(block.hearings, start=1):
        outcome = f"<b>{esc(t.label('status', line.status))}</b>"
        if line.reason.strip():
            outcome += "<br/>" + para(line.reason)
        outcome += _hearing_facts(t, h, line)
        present = [x for x in line.presence if x.present is True]
        measures = [t.label("measure_short", m) for m in line.measures]
        rows.append([
            f"{n}.",
            Paragraph(f"{line.starts_at:%d.%m.%Y}<br/>{line.starts_at:%H:%M}<br/>"
                      f"{esc(t.label('hearing_kind', line.kind))}", s.cell),
            Paragraph(outcome, s.cell),
            Paragraph(_people(t, h, present) or t("none"), s.cell),
            Paragraph(_away(t, h, line.presence) if line.presence else t("none"), s.cell),
            Paragraph("<br/>".join(esc(x) for x in measures) or t("none"), s.cell),
        ])  # fmt: skip
    header = [t(k) for k in ("col_no", "col_date", "col_outcome", "col_present", "col_absent",
                             "col_measures")]  # fmt: skip
    out.append(page.grid(header, rows, [11, 27, 0, 31, 31, 26]))
    c = block.counts
    split = ", ".join(
        f"{t('count_' + k)} {number(c.get(k, 0), t.lang)}" for k in COUNTS if c.get(k, 0)
    )
    out += [
        Paragraph(esc(t("totals_heading")), s.heading),
        page.facts([(t("total_hearings"), f"<b>{len(block.hearings)}</b> ({esc(split)})")]),
    ]
    due = c.get("due", 0)
    if block.appearances and due:
        people = [[person(t, h, a.party, a.defendant), number(a.present, t.lang),
                   number(a.absent, t.lang), number(a.not_recorded, t.lang)]
                  for a in block.appearances]  # fmt: skip
        header = [t("col_person"), t("col_came"), t("col_away"), t("col_unrecorded")]
        out.append(KeepTogether([  # a few lines: never split from their explanation
            Paragraph(esc(t("appearances_intro", due=due)), s.small),
            page.grid(header, people, [0, 27, 27, 30]),
        ]))  # fmt: skip
    return out + _outcome(t, h, block)


def _outcome(t: Texts, h: Heading, block: AttendanceBlock) -> list[Flowable]:
    """How the proceeding ended, as recorded: the plea agreement and the judgment."""
    o = block.proceeding.outcome
    v = parts.victim(t, h)
    rows = parts.plea_facts(t, o, v) + parts.judgment_facts(t, o, v)
    if not rows:
        return []
    s = page.styles()
    return [Paragraph(esc(t("outcome.heading")), s.heading), page.facts(rows)]


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
