"""Pieces several documents share: the client's forms as a party, the proceeding's details, and
its outcome (plea agreement, judgment, sentence, appeal) in words."""

from __future__ import annotations

import re

from astra_desktop.core.court import AppealBy, Verdict
from astra_desktop.core.court_documents import ChargeLine, Heading, Outcome, ProceedingInfo
from astra_desktop.core.enums import Gender
from astra_desktop.reports.formatting import day, esc
from astra_desktop.reports.templates import Texts

_ARTICLE_WORD = re.compile(r"^\s*(član[a]?|čl\.?|члан[а]?|чл\.?|article|art\.?)\s*", re.IGNORECASE)


def gender_key(heading: Heading) -> str:
    return {Gender.FEMALE: "female", Gender.MALE: "male"}.get(heading.gender, "other")


def victim(t: Texts, heading: Heading) -> dict[str, str]:
    """{victim_nom} … {victim_title} (a sentence's start), {victim_label} (a table's),
    {victim_which} ("koju / koga / koje"), {victim_minor} ("maloletna / maloletan"):
    "oštećena / oštećene / oštećenoj …" by gender."""
    g = gender_key(heading)
    return {
        f"victim_{form}": t(f"victim.{g}.{form}")
        for form in ("nom", "gen", "dat", "acc", "ins", "title", "label", "which", "minor")
    }


# "klijent/kinja" and its cases as the risk instrument writes them, in either script; the case is
# read from the feminine ending (a: nominative, e: genitive, i: dative, u: accusative, om:
# instrumental).
_CLIENT_BOTH = re.compile(
    r"\b([Kk]lijent|[Кк]лијент)(?:a|u|om|e|а|у|ом|е)?/(?:kinj|кињ)(om|a|e|i|u|ом|а|е|и|у)\b"
)
_CASE_OF = {"a": "nom", "e": "gen", "i": "dat", "u": "acc", "om": "ins",
            "а": "nom", "е": "gen", "и": "dat", "у": "acc", "ом": "ins"}  # fmt: skip


def gendered(t: Texts, heading: Heading, text: str, as_party: bool = False) -> str:
    """`text` with "klijent/kinja" in the client's gender ("klijentkinja", "klijentu"), or as the
    injured party ("oštećena", "oštećenoj") in a filing; the capital kept at a sentence's start."""
    g = gender_key(heading)

    def form(m: re.Match[str]) -> str:
        case = _CASE_OF[m.group(2)]
        word = t(f"victim.{g}.{case}") if as_party else t(f"client_case.{g}.{case}")
        return word[:1].upper() + word[1:] if m.group(1)[0].isupper() else word

    return _CLIENT_BOTH.sub(form, text)


def client_ref(t: Texts, heading: Heading) -> str:
    """Who the document is about: the name if the person chose names, else the case code."""
    return heading.client_name or t("client_code", case_code=heading.case_code)


def article(text: str) -> str:
    """ "388 st. 1" from "čl. 388 st. 1" or "Art. 388 st. 1", so the template says "čl." once."""
    return _ARTICLE_WORD.sub("", text).strip()


_SERBIAN_PARTS = ((re.compile(r"\bst\.\s*"), "para. "), (re.compile(r"\btač\.\s*"), "item "))


def article_in(t: Texts, text: str) -> str:
    """The article as `article` gives it; in English "388 st. 1" reads "388 para. 1"."""
    found = article(text)
    if t.lang == "en":
        for pattern, word in _SERBIAN_PARTS:
            found = pattern.sub(word, found)
    return found


def offence(text: str) -> str:
    """Offences are named in lower case inside a sentence: "krivično delo trgovina ljudima"."""
    text = text.strip()
    if len(text) > 1 and text[0].isupper() and text[1].islower():
        return text[0].lower() + text[1:]
    return text


def charge(t: Texts, c: ChargeLine) -> str:
    offence_ = offence(c.offence) or t("offence").lower()
    if c.replaces:
        return t("charge_requalified", offence=offence_, article=article_in(t, c.article),
                 replaces=article_in(t, c.replaces), date=day(c.qualified_on))  # fmt: skip
    return t("charge", offence=offence_, article=article_in(t, c.article))


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


# --- the outcome: plea agreement and judgment ----------------------------------------------------------
def _plural(n: int) -> str:
    """Which Serbian form a number takes: 1, 21 … one; 2–4, 22 … few; 0, 5–20, 25 … many."""
    if n % 10 == 1 and n % 100 != 11:
        return "one"
    if 2 <= n % 10 <= 4 and not 12 <= n % 100 <= 14:
        return "few"
    return "many"


def duration(t: Texts, months: int) -> str:
    """ "3 godine i 6 meseci", "1 godina", "8 meseci" (English: "3 years and 6 months")."""
    years, rest = divmod(months, 12)
    parts_ = [t(f"duration.{unit}_{_plural(n)}", n=n)
              for unit, n in (("years", years), ("months", rest)) if n]  # fmt: skip
    if not parts_:
        return t("duration.months_many", n=0)
    return t("outcome.and", years=parts_[0], months=parts_[1]) if len(parts_) == 2 else parts_[0]


def conviction(t: Texts, o: Outcome) -> str:
    """ "trgovina ljudima iz čl. 388 st. 3 Krivičnog zakonika" (the offence convicted of)."""
    if not o.article and not o.offence:
        return ""
    where = article_in(t, o.article)
    if o.paragraph:
        where = t("outcome.article_paragraph", article=where, paragraph=o.paragraph)
    if not where:
        return offence(o.offence)
    return t("outcome.conviction_text", offence=offence(o.offence) or t("offence").lower(),
             article=where)  # fmt: skip


def sentence(t: Texts, o: Outcome) -> str:
    """The sentence as pronounced, else the prison term in years and months."""
    if o.sentence:
        return o.sentence
    if o.sentence_months is not None:
        return t("outcome.prison", duration=duration(t, o.sentence_months))
    return ""


def appeal(t: Texts, o: Outcome, victim_forms: dict[str, str]) -> str:
    """ "izjavljena (javni tužilac, okrivljeni, odnosno branilac)", "nije izjavljena", or ""."""
    if not o.appealed_by:
        return ""
    if AppealBy.NONE in o.appealed_by:
        return t("outcome.appeal_none")
    who = ", ".join(t(f"appeal_by.{a.value}", **victim_forms) for a in o.appealed_by)
    return t("outcome.appeal_lodged", parties=who)


def plea_facts(
    t: Texts, o: Outcome, victim_forms: dict[str, str], with_terms: bool = True
) -> list[tuple[str, str]]:
    """Label / value lines of the plea agreement (typed terms escaped)."""
    if not o.plea:
        return []
    made = t("outcome.plea_made_on", date=day(o.plea_on)) if o.plea_on else t("outcome.plea_made")
    rows = [(t("outcome.plea"), esc(made))]
    if with_terms and o.plea_terms:
        rows.append((t("outcome.plea_terms"), esc(o.plea_terms)))
    if o.victim_informed is not None:
        rows.append((t("outcome.plea_informed", **victim_forms),
                     t("yes") if o.victim_informed else t("no")))  # fmt: skip
    return rows


def judgment_facts(
    t: Texts, o: Outcome, victim_forms: dict[str, str], with_verdict: bool = True
) -> list[tuple[str, str]]:
    """Label / value lines of the judgment: verdict and date, offence, sentence, appeal."""
    if o.verdict is Verdict.PENDING:
        return []
    rows = []
    if with_verdict:
        verdict = t.label("verdict", o.verdict)
        value = (
            t("outcome.verdict_on", verdict=verdict, date=day(o.verdict_on))
            if o.verdict_on
            else verdict
        )
        rows.append((t("outcome.verdict"), esc(value)))
    rows += [(t("outcome.conviction"), esc(conviction(t, o))),
             (t("outcome.sentence"), esc(sentence(t, o))),
             (t("outcome.appeal"), esc(appeal(t, o, victim_forms)))]  # fmt: skip
    return [(k, v) for k, v in rows if v]
