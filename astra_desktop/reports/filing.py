"""The parts of a podnesak that both filings share: the addressee block ("VIŠEM SUDU U BEOGRADU",
"Posl. br. K 123/24" and the other bodies' numbers), the party and the lawyer who represents her
"po punomoćju", the attachments with the power of attorney first, and the place, date and
signature block (the lawyer's name, office and bar registration)."""

from __future__ import annotations

from reportlab.platypus import Flowable, Paragraph, Spacer, Table

from astra_desktop.core.court_documents import Filing, Heading, ProceedingInfo
from astra_desktop.reports import page, parts
from astra_desktop.reports.formatting import day, esc
from astra_desktop.reports.templates import Texts


def addressee(t: Texts, f: Filing) -> list[Flowable]:
    """The addressee in capitals (the dative in Serbian), its case number, the other numbers."""
    s = page.styles()
    a = f.addressee
    name = (a.dative if t.lang != "en" else a.name).upper()
    first = esc(name) if name else t(f"filing.unknown.{a.authority.value}")
    lines = [f'<font size="11"><b>{first}</b></font>']
    lines.append(esc(t("filing.number", number=a.number or t("blank"))))
    for other in a.others:
        body = ", ".join(x for x in (other.name, other.number) if x)
        lines.append(esc(t("filing.related", body=body)))
    return [Paragraph("<br/>".join(lines), s.meta), Spacer(1, 10)]


def lawyer_values(t: Texts, f: Filing) -> dict[str, str]:
    """{lawyer}, {lawyer_city}, {office} and {power} for the texts that name the filer."""
    lw = f.lawyer
    blank = t("blank")
    office = f", {lw.office_address}" if lw and lw.office_address else ""
    if f.power_of_attorney_on is not None:
        power = t("filing.power_dated", date=day(f.power_of_attorney_on))
    else:
        power = t("filing.power")
    return {
        "lawyer": esc(lw.name if lw else blank),
        "lawyer_city": esc(lw.city_from if lw and lw.city_from else blank),
        "office": esc(office),
        "power": esc(power),
    }


def parties(
    t: Texts, f: Filing, p: ProceedingInfo | None, victim: dict[str, str], label: str = ""
) -> Table | Spacer:
    """Defendants, offence, and the injured party (under `label`, else "Oštećena") with the
    lawyer who represents her."""
    party = esc(f.party or t("blank"))
    represented = t("filing.represented", party=party, **lawyer_values(t, f), **victim)
    rows = [
        (t("defendants"), esc(parts.defendants(t, p))),
        (t("offence"), esc(parts.charges(t, p))),
        (label or victim["victim_label"], represented),
    ]
    return page.facts(rows)


def attachments(t: Texts, f: Filing, more: list[str]) -> list[Flowable]:
    """ "Prilozi": the power of attorney first, then the document's own attachments."""
    s = page.styles()
    if f.power_of_attorney_on is not None:
        power = t("filing.attachment_power_dated", date=day(f.power_of_attorney_on))
    else:
        power = t("filing.attachment_power")
    return [
        Paragraph(esc(t("filing.attachments")), s.heading),
        *page.bullets([esc(power), *more], numbered=True),
    ]


def signature(t: Texts, h: Heading, f: Filing, victim: dict[str, str]) -> list[Flowable]:
    """Place and date on the left; on the right the signer's role, the line to sign on, and the
    lawyer's name, office and bar registration (the seal goes next to it)."""
    s = page.styles()
    when = day(h.generated.date())
    if f.place_of_filing:
        place_date = t("filing.place_date", place=esc(f.place_of_filing), date=when)
    else:
        place_date = t("place_date", date=when)
    lw = f.lawyer
    lines = [esc(t("filing.signer", **victim)), "", "", "______________________________"]
    if lw is not None:
        lines.append(esc(t("filing.signer_name", name=lw.name)))
        if lw.office_address or lw.city:
            lines.append(esc(", ".join(x for x in (lw.office_address, lw.city) if x)))
        if lw.bar_chamber or lw.bar_number:
            lines.append(esc(t("filing.signer_bar", chamber=lw.bar_chamber or t("blank"),
                               number=lw.bar_number or t("blank"))))  # fmt: skip
    else:
        lines.append(esc(t("filing.signer_name", name=t("blank"))))
    table = Table(
        [[Paragraph(place_date, s.body), Paragraph("<br/>".join(lines), s.body)]],
        colWidths=[page.WIDTH * 0.45, page.WIDTH * 0.55],
    )
    page.style_table(
        table, [("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0)]
    )
    return [Spacer(1, 14), table]
