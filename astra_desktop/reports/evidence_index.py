"""Evidence index: every document of the case file with the SHA-256 taken when it was imported,
printed in full in a monospaced font so it can be compared character by character."""

from __future__ import annotations

from reportlab.platypus import Flowable, Paragraph

from astra_desktop.core.court_documents import EvidenceIndexData
from astra_desktop.reports import page, parts, templates
from astra_desktop.reports.formatting import esc, moment, number, para, size

KIND = "evidence-index"


def fingerprint(sha256: str) -> str:
    """The hash in groups of eight, four groups a line, as fingerprints are read out and compared."""
    groups = [sha256[i : i + 8] for i in range(0, len(sha256), 8)]
    return "<br/>".join(" ".join(groups[i : i + 4]) for i in range(0, len(groups), 4))


def build(data: EvidenceIndexData) -> bytes:
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
    if data.verified_on is not None and data.items:
        story.append(Paragraph(esc(t("verified", date=moment(data.verified_on))), s.body))
    story.append(Paragraph(esc(t("count", count=number(len(data.items), h.lang))), s.meta))
    if not data.items:
        story.append(Paragraph(esc(t("no_documents")), s.body))
        return page.render(story, h, t, title)
    rows: list[list[Flowable | str]] = []
    for n, item in enumerate(data.items, start=1):
        document = f"<b>{esc(item.filename)}</b>"
        if item.description.strip():
            document += "<br/>" + para(item.description)
        rows.append([
            f"{n}.", Paragraph(document, s.cell),
            Paragraph(moment(item.imported_at).replace(" ", "<br/>"), s.cell), size(item.size, h.lang),
            Paragraph(fingerprint(item.sha256), s.mono),
        ])  # fmt: skip
    header = [t("col_no"), t("col_document"), t("col_imported"), t("col_size"), t("col_sha")]
    story.append(page.grid(header, rows, [11, 0, 22, 18, 58]))
    return page.render(story, h, t, title)
