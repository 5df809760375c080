"""Serbian forms of the names a filing needs: the addressee in the dative ("Viši sud u Beogradu" →
"VIŠEM SUDU U BEOGRADU"), a town after "u" and after "iz" ("U Beogradu", "advokat iz Beograda"),
and case numbers in Cyrillic ("Kž1 334/25" → "Кж1 334/25"). Pure Python.

What is not recognised is left as it was typed, for the lawyer to correct; the lawyer's profile
can give the town's forms by hand where these rules get them wrong.
"""

from __future__ import annotations

import re

from astra_desktop.core.translit import to_cyrillic

_CYRILLIC = {
    "а": "a", "б": "b", "в": "v", "г": "g", "д": "d", "ђ": "đ", "е": "e", "ж": "ž", "з": "z",
    "и": "i", "ј": "j", "к": "k", "л": "l", "љ": "lj", "м": "m", "н": "n", "њ": "nj", "о": "o",
    "п": "p", "р": "r", "с": "s", "т": "t", "ћ": "ć", "у": "u", "ф": "f", "х": "h", "ц": "c",
    "ч": "č", "џ": "dž", "ш": "š",
}  # fmt: skip
_HAS_CYRILLIC = re.compile(r"[\u0400-\u04ff]")


def latin(text: str) -> str:
    """Serbian Cyrillic → Latin, keeping capitals ("Виши суд" → "Viši sud")."""
    if not _HAS_CYRILLIC.search(text):
        return text
    out = []
    for ch in text:
        lower = ch.lower()
        mapped = _CYRILLIC.get(lower)
        if mapped is None:
            out.append(ch)
        else:
            out.append(mapped.capitalize() if ch != lower else mapped)
    return "".join(out)


# --- the addressee in the dative -----------------------------------------------------------------
# The nouns that end an authority's name before "u …" / "za …": the words up to and including the
# first of them take the dative, the rest ("u Beogradu", "za organizovani kriminal") stays.
_NOUNS = {
    "sud": "sudu",
    "tužilaštvo": "tužilaštvu",
    "odeljenje": "odeljenju",
    "veće": "veću",
    "komora": "komori",
}
_SOFT = ("š", "ž", "č", "ć", "đ", "j", "lj", "nj", "dž", "c")


def _adjective_dative(word: str) -> str:
    """Viši → Višem, Osnovni → Osnovnom, javno → javnom, Više → Višem, Republičko → Republičkom."""
    lower = word.lower()
    if lower.endswith("i"):
        stem = word[:-1]
        return stem + ("em" if stem.lower().endswith(_SOFT) else "om")
    if lower.endswith("o"):
        return word + "m"
    if lower.endswith("e"):
        return word + "m"
    if lower.endswith("a"):  # a feminine adjective: Advokatska (komora) → Advokatskoj
        return word[:-1] + "oj"
    return word


def _keep_case(model: str, text: str) -> str:
    if model.isupper() and len(model) > 1:
        return text.upper()
    if model[:1].isupper():
        return text[:1].upper() + text[1:]
    return text


def dative(name: str) -> str:
    """The authority's name as a filing addresses it: "Više javno tužilaštvo u Beogradu" →
    "Višem javnom tužilaštvu u Beogradu"; a name without a known noun is returned as typed."""
    text = latin(" ".join(name.split()))
    words = text.split(" ")
    for n, word in enumerate(words):
        noun = _NOUNS.get(word.lower().strip(",;"))
        if noun is None:
            continue
        head = [_adjective_dative(w) for w in words[:n]]
        tail = word[len(word.rstrip(",;")) :]
        return " ".join([*head, _keep_case(word, noun) + tail, *words[n + 1 :]])
    return text


# --- towns after "u" (locative) and "iz" (genitive) ----------------------------------------------
# The seats of the higher and appellate courts and other large towns, as the rules below would get
# some of them wrong (Šabac → Šapcu, Novi Sad → Novom Sadu).
_TOWNS = {
    "beograd": ("Beogradu", "Beograda"),
    "novi sad": ("Novom Sadu", "Novog Sada"),
    "niš": ("Nišu", "Niša"),
    "kragujevac": ("Kragujevcu", "Kragujevca"),
    "subotica": ("Subotici", "Subotice"),
    "zrenjanin": ("Zrenjaninu", "Zrenjanina"),
    "pančevo": ("Pančevu", "Pančeva"),
    "čačak": ("Čačku", "Čačka"),
    "kraljevo": ("Kraljevu", "Kraljeva"),
    "smederevo": ("Smederevu", "Smedereva"),
    "leskovac": ("Leskovcu", "Leskovca"),
    "valjevo": ("Valjevu", "Valjeva"),
    "vranje": ("Vranju", "Vranja"),
    "šabac": ("Šapcu", "Šapca"),
    "užice": ("Užicu", "Užica"),
    "sombor": ("Somboru", "Sombora"),
    "požarevac": ("Požarevcu", "Požarevca"),
    "pirot": ("Pirotu", "Pirota"),
    "zaječar": ("Zaječaru", "Zaječara"),
    "kruševac": ("Kruševcu", "Kruševca"),
    "jagodina": ("Jagodini", "Jagodine"),
    "novi pazar": ("Novom Pazaru", "Novog Pazara"),
    "sremska mitrovica": ("Sremskoj Mitrovici", "Sremske Mitrovice"),
    "kosovska mitrovica": ("Kosovskoj Mitrovici", "Kosovske Mitrovice"),
    "prokuplje": ("Prokuplju", "Prokuplja"),
    "negotin": ("Negotinu", "Negotina"),
    "loznica": ("Loznici", "Loznice"),
    "vršac": ("Vršcu", "Vršca"),
    "kikinda": ("Kikindi", "Kikinde"),
    "bor": ("Boru", "Bora"),
    "obrenovac": ("Obrenovcu", "Obrenovca"),
    "lazarevac": ("Lazarevcu", "Lazarevca"),
    "gornji milanovac": ("Gornjem Milanovcu", "Gornjeg Milanovca"),
    "aranđelovac": ("Aranđelovcu", "Aranđelovca"),
    "paraćin": ("Paraćinu", "Paraćina"),
}
_POSTCODE = re.compile(r"^\s*\d{5}\s+")


def _noun_forms(word: str) -> tuple[str, str]:
    lower = word.lower()
    if lower.endswith("ac") and len(word) > 4:  # fleeting a: Kragujevac → Kragujevcu
        stem = word[:-2] + "c"
        return stem + "u", stem + "a"
    if lower.endswith("a"):
        return word[:-1] + "i", word[:-1] + "e"
    if lower.endswith(("o", "e")):
        return word[:-1] + "u", word[:-1] + "a"
    return word + "u", word + "a"


def _adjective_forms(word: str, feminine: bool) -> tuple[str, str]:
    lower = word.lower()
    if feminine and lower.endswith("a"):
        return word[:-1] + "oj", word[:-1] + "e"
    if lower.endswith(("i", "o")):
        stem = word[:-1]
        soft = stem.lower().endswith(_SOFT)
        return stem + ("em" if soft else "om"), stem + ("eg" if soft else "og")
    return word, word


def town_forms(town: str) -> tuple[str, str]:
    """(after "u", after "iz") of a town: "Beograd" → ("Beogradu", "Beograda"); "" → ("", "")."""
    name = _POSTCODE.sub("", latin(" ".join(town.split()))).strip()
    if not name:
        return "", ""
    known = _TOWNS.get(name.lower())
    if known:
        return known
    *adjectives, last = name.split(" ")
    feminine = last.lower().endswith("a")
    loc, gen = _noun_forms(last)
    pre = [_adjective_forms(w, feminine) for w in adjectives]
    return " ".join([*(p[0] for p in pre), loc]), " ".join([*(p[1] for p in pre), gen])


# --- case numbers in Cyrillic -----------------------------------------------------------------------
_LETTERS = re.compile(r"[^\W\d_]+")


def case_number_cyrillic(number: str) -> str:
    """ "Kž1 334/25" → "Кж1 334/25", "KTO 45/23" → "КТО 45/23": a register's letters in the
    document's script (a court writing in Cyrillic writes its marks so)."""
    return _LETTERS.sub(lambda m: to_cyrillic(m.group()), number)
