"""Pieces several documents share: the client's forms as a party, and the proceeding's details."""

from __future__ import annotations

import re

from astra_desktop.core.court_documents import ChargeLine, Heading, ProceedingInfo
from astra_desktop.core.enums import Gender
from astra_desktop.reports.formatting import day, esc
from astra_desktop.reports.templates import Texts

_ARTICLE_WORD = re.compile(r"^\s*(čl\.?|član[a]?|art\.?|article)\s*", re.IGNORECASE)


def gender_key(heading: Heading) -> str:
    return {Gender.FEMALE: "female", Gender.MALE: "male"}.get(heading.gender, "other")


def victim(t: Texts, heading: Heading) -> dict[str, str]:
    """{victim_nom} … {victim_title} (a sentence's start), {victim_label} (a table's),
    {victim_which} ("koju / koga / koje"), {victim_minor} ("maloletna / maloletan"):
    "oštećena / oštećene / oštećenoj …" by gender."""
    g = gender_key(heading)
    return {
        f"victim_{form}": t(f"victim.{g}.{form}")
        for form in ("nom", "gen", "dat", "acc", "title", "label", "which", "minor")
    }


def client_ref(t: Texts, heading: Heading) -> str:
    """Who the document is about: the name if the person chose names, else the case code."""
    return heading.client_name or t("client_code", case_code=heading.case_code)


def article(text: str) -> str:
    """ "388 st. 1" from "čl. 388 st. 1" or "Art. 388 st. 1", so the template says "čl." once."""
    return _ARTICLE_WORD.sub("", text).strip()


def offence(text: str) -> str:
    """Offences are named in lower case inside a sentence: "krivično delo trgovina ljudima"."""
    text = text.strip()
    if len(text) > 1 and text[0].isupper() and text[1].islower():
        return text[0].lower() + text[1:]
    return text


def charge(t: Texts, c: ChargeLine) -> str:
    offence_ = offence(c.offence) or t("offence").lower()
    if c.replaces:
        return t("charge_requalified", offence=offence_, article=article(c.article),
                 replaces=article(c.replaces), date=day(c.qualified_on))  # fmt: skip
    return t("charge", offence=offence_, article=article(c.article))


def charges(t: Texts, p: ProceedingInfo | None) -> str:
    if p is None or not p.charges:
        return ""
    seen: list[str] = []
    for c in p.charges:
        text = charge(t, c)
        if text not in seen:
            seen.append(text)
    return "; ".join(seen)


def defendants(t: Texts, p: ProceedingInfo | None) -> str:
    if p is None:
        return ""
    return ", ".join(
        t("defendant", label=d.label, role=t.label("defendant_role", d.role)) for d in p.defendants
    )


def proceeding_facts(t: Texts, p: ProceedingInfo | None) -> list[tuple[str, str]]:
    """Label / value lines for the head of a filing; blanks to fill in where nothing is recorded."""
    blank = t("blank")
    if p is None:
        return [(t("court"), blank), (t("court_case_number"), blank)]
    prosecution = ", ".join(x for x in (p.prosecutor_office, p.prosecution_case_number) if x)
    return [
        (t("court"), esc(p.court or blank)),
        (t("court_case_number"), esc(p.court_case_number or blank)),
        (t("prosecutor_office"), esc(prosecution)),
        (t("defendants"), esc(defendants(t, p))),
        (t("offence"), esc(charges(t, p))),
    ]
