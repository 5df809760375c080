"""Regular expressions for the forms a Serbian sentence gives a name, a place or a street. Pure Python.

Every pattern works on folded text (core/text_clean.py: lower-case Latin, no diacritics, đ = d).
A name word also matches with its case endings and possessives (Nada → Nade, Nadi, Nadu, Nadom,
Nadin; Vuk → Vuka, Vukom, Vukov, Vuče), diminutives (Nada → Nadica), the colloquial female form
of a surname (Šćekić → Šćekićka, Šćekićke, Šćekićkin) and a fleeting "a" (Kragujevac →
Kragujevca, Čačak → Čačku). A place or street also takes adjective endings (Novi Sad → Novog
Sada, Njegoševa → Njegoševoj). Words of one letter (initials) are not matched; of two, exactly.
"""

from __future__ import annotations

import re

ENDINGS = (
    "a", "e", "i", "u", "o", "om", "em", "oj", "ju", "ama", "ima", "ov", "ova", "ove", "ovi",
    "ovo", "ovu", "ovom", "ovoj", "ev", "eva", "eve", "evi", "evu", "evom", "in", "ina", "ine",
    "ini", "ino", "inu", "inom", "inoj", "ih",
)  # fmt: skip
# Nada → Nadica; Šćekić → Šćekićka (the colloquial female surname) and its forms
DIMINUTIVE = ("ica", "ice", "ici", "icu", "icom", "icin", "icina", "icinu", "icino")
FEMALE = ("ka", "ke", "ki", "ku", "kom", "koj", "kin", "kina", "kine", "kinu", "kinom", "kinoj")
ADJECTIVE = ("og", "oga", "ome", "omu", "im", "ima", "ih", "oj", "om", "a", "e", "i", "u", "o")
STREET_KINDS = (
    "ulica",
    "ul",
    "bulevar",
    "bul",
    "trg",
    "put",
    "sokak",
    "obala",
    "setaliste",
    "street",
)
_VOWELS = "aeiou"
# name words that are common words elsewhere (Serbian "van" = outside, "da" = yes)
PARTICLES = frozenset(
    {"van", "von", "de", "da", "di", "du", "la", "le", "el", "al", "der", "den", "ten", "ter",
     "bin", "ibn", "thi", "do", "dos", "das", "del", "della", "mac", "mc", "ben"}
)  # fmt: skip
_WORD = r"[^\W_]"


def _alt(endings: tuple[str, ...]) -> str:
    return "(?:" + "|".join(sorted(set(endings), key=len, reverse=True)) + ")"


def word_pattern(token: str, *, place: bool = False) -> str | None:
    """A regex for one folded word with its forms; None for initials."""
    if len(token) < 2:
        return None
    full = re.escape(token)
    if len(token) < 3:
        return full
    endings = ENDINGS + ADJECTIVE if place else ENDINGS
    forms = [f"{full}{_alt(endings)}?"]
    last = token[-1]
    stem = token[:-1]
    if len(token) >= 4 and last in ("aeoi" if place else "aeo"):
        forms.append(f"{re.escape(stem)}{_alt(endings + DIMINUTIVE)}")  # Nada → Nadi, Nadica
    if len(token) >= 5 and token[-2] == "a" and last not in _VOWELS:  # Kragujevac → Kragujevca
        forms.append(f"{re.escape(token[:-2] + last)}{_alt(endings)}")
    if not place and last not in _VOWELS:
        if len(token) >= 5:
            forms.append(f"{full}{_alt(FEMALE)}")  # Šćekić → Šćekićka
        if last == "k":
            forms.append(f"{re.escape(stem)}c(?:e|i|ima)")  # Vuk → Vuče, Vuci
        forms.append(f"{full}{_alt(DIMINUTIVE)}")  # Vuk → Vukica
    return "|".join(forms)


def words_of(text: str) -> list[str]:
    return re.findall(r"[^\W_]+", text)


def _any(tokens: list[str]) -> str | None:
    words = sorted(set(tokens), key=len, reverse=True)
    alternatives = [p for w in words if (p := word_pattern(w))]
    return "(?:" + "|".join(alternatives) + ")" if alternatives else None


def run_pattern(tokens: list[str]) -> str | None:
    """Any of the name words, one or several in a row (a full name is one replacement; words
    run together when a zero-width space between them was taken out). A particle that is also
    a common word ("Văn", "de", "da") counts only next to another word of the name."""
    strong = _any([t for t in tokens if t not in PARTICLES])
    if strong is None:
        return None
    weak = _any([t for t in tokens if t in PARTICLES])
    one = f"(?:{strong}|{weak})" if weak else strong
    lead = rf"(?:{weak}[\s\-_]*)*" if weak else ""
    return rf"(?<!{_WORD}){lead}{strong}(?:[\s\-_]*{one})*(?!{_WORD})"


def sequence_pattern(tokens: list[str]) -> str | None:
    """All the words in order (a place, a street name), each in any of its forms."""
    parts = [word_pattern(w, place=True) or re.escape(w) for w in tokens]
    if not parts:
        return None
    return r"\s+".join(f"(?:{p})" for p in parts)


_NUMBER = r"(?:,?\s*(?:br\.?|broj|no\.?|nr\.?)?\s*\d+[a-z]?(?:\s*/\s*\d+)?(?![\w/]))"
_ADDRESS = re.compile(
    r"^(?P<street>.*?[^\W\d_].*?)[\s,]*(?:(?:br\.?|broj|no\.?)\s*)?(?P<n>\d+.*)?$"
)


def address_pattern(folded: str) -> str | None:
    """A street address (folded) in any case form, with or without a house number."""
    m = _ADDRESS.match(folded.strip())
    if not m:
        return None
    tokens = words_of(m.group("street"))
    kinds = [w for w in tokens[:1] if w in STREET_KINDS]
    rest = tokens[len(kinds) :] or tokens
    if not rest or (len(rest) == 1 and len(rest[0]) < 4):
        return None
    street = sequence_pattern(rest)
    kind = rf"(?:{'|'.join(STREET_KINDS)}|{sequence_pattern(kinds) or '(?!)'})"
    return rf"(?<!{_WORD})(?:{kind}\.?\s+)?{street}{_NUMBER}?(?!{_WORD})"


def place_pattern(folded: str) -> str | None:
    tokens = words_of(folded)
    if not tokens or (len(tokens) == 1 and len(tokens[0]) < 3):
        return None
    return rf"(?<!{_WORD}){sequence_pattern(tokens)}(?!{_WORD})"


# A place named right after one of these is an institution's seat ("Viši sud u Beogradu"), kept.
# A place inside a court's, a prosecutor's or an embassy's name is kept: the seat of the court is
# in the filing anyway, and an embassy's city is not where she lives. Local offices (the centre
# for social work, the police station, the administration) are not exempt: "CSR Zrenjanin" says
# where a child lives as plainly as "iz Zrenjanina".
INSTITUTION = re.compile(
    r"(?:sud\w*|tuzilastv\w*|court|prosecutor\w*|ambasad\w*|embass\w*|konzulat\w*|consulate)"
    r"\s+(?:u|in|za|of)?\s*$"
)
