"""Finding identifiers by their shape, whoever they belong to. Pure Python.

A JMBG, a passport number, a phone number or an e-mail address in a note identifies someone
whether or not it is the one recorded for the client (typed ones often have a wrong digit), so
these are found by pattern: JMBG as any 13 digits (also in groups: "050 3009 715 123"), 9-digit
passport and ID-card numbers, foreign passports (letters + digits), Serbian and international
phone numbers, e-mail addresses and @handles. Dates are found in every way people write them
("05.03.2009.", "5. marta 2009.", "5. марта 2009", "March 5, 2009"): the client's recorded birth
date anywhere, and any date right after a birth word ("rođena", "born", "datum rođenja").

Not touched: dates elsewhere, amounts (1.688.250,50), case codes (AST-2024-0042), articles
("čl. 388"), court file numbers ("K 123/24", "KTO 45/23"), SHA-256 digests and record ids.
Patterns over dates and words run on the folded view (core/text_clean.py), digits on the text.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import date

Span = tuple[int, int]

# --- dates (on the folded view: lower-case Latin, no diacritics) -------------------------------------
MONTHS: dict[int, tuple[str, ...]] = {
    1: ("januar", "januara", "january", "jan"),
    2: ("februar", "februara", "february", "feb", "fev"),
    3: ("mart", "marta", "march", "mar"),
    4: ("april", "aprila", "apr"),
    5: ("maj", "maja", "may"),
    6: ("jun", "juna", "juni", "june"),
    7: ("jul", "jula", "juli", "july"),
    8: ("avgust", "avgusta", "august", "avg", "aug"),
    9: ("septembar", "septembra", "september", "sept", "sep"),
    10: ("oktobar", "oktobra", "october", "okt", "oct"),
    11: ("novembar", "novembra", "november", "nov"),
    12: ("decembar", "decembra", "december", "dec"),
}
ROMAN = ("i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x", "xi", "xii")
_SEP = r"\s*[./\-]\s*"
_ORD = r"(?:st|nd|rd|th)?"


def _month_words(months: dict[int, tuple[str, ...]]) -> str:
    words = sorted({w for ws in months.values() for w in ws}, key=len, reverse=True)
    return "(?:" + "|".join(words) + r")\.?(?![a-z])"


def _date_forms(d: str, m: str, month_word: str, roman: str, y: str) -> str:
    """Every way of writing one date (or any date, given patterns for its parts)."""
    return "|".join(
        (
            rf"(?<![\d.]){d}{_SEP}{m}{_SEP}{y}\.?(?!\d)",  # 05.03.2009. · 5. 3. 2009 · 05/03/2009
            rf"(?<!\d){y}\s*[-.]\s*{m}\s*[-.]\s*{d}\.?(?!\d)",  # 2009-03-05
            rf"(?<![\d.]){d}{_ORD}\.?\s*(?:of\s+)?{month_word}\s*,?\s*{y}\.?(?!\d)",  # 5. marta 2009.
            rf"(?<![a-z]){month_word}\s*{d}{_ORD}\s*,?\s*{y}\.?(?!\d)",  # March 5, 2009
            rf"(?<![\d.]){d}\.\s*{roman}\s*\.?\s*{y}\.?(?!\d)",  # 5. III 2009.
            rf"(?<![\d.]){m}\s*/\s*{d}\s*/\s*{y}(?!\d)",  # 03/05/2009 (written US-style)
        )
    )


def birth_date_pattern(day: date) -> str:
    """The recorded birth date, however written (also with a two-digit year)."""
    y = rf"(?:{day.year}|{day.year % 100:02d})"
    return _date_forms(
        rf"0?{day.day}",
        rf"0?{day.month}",
        _month_words({day.month: MONTHS[day.month]}),
        rf"{ROMAN[day.month - 1]}(?![a-z])",
        y,
    )


_ANY_DATE = _date_forms(
    r"(?:0?[1-9]|[12]\d|3[01])",
    r"(?:0?[1-9]|1[0-2])",
    _month_words(MONTHS),
    "(?:" + "|".join(sorted(ROMAN, key=len, reverse=True)) + r")(?![a-z])",
    r"(?:(?:19|20)\d\d|\d\d)",
)
_BIRTH_WORDS = (
    r"roden[a-z]*|rod\.|born|d\.?o\.?b\.?|birth\s*date|birthday|date\s+of\s+birth"
    r"|datum\s+rodenja|dat\.\s*rod\.|godiste|rodendan"
)
# A birth word, a few words that are not a date (", u Zrenjaninu,", "on"), then the date, or
# at least the year ("rođena 2009. godine").
BIRTH_DATE = re.compile(
    rf"(?<![a-z])(?:{_BIRTH_WORDS})(?![a-z])[^.;!?\n\d]{{0,40}}?"
    rf"(?P<d>{_ANY_DATE}|(?<!\d)(?:19|20)\d\d\.?(?!\d))"
)


# --- digits, addresses and handles (on the cleaned text) ----------------------------------------------
_DIGIT_RUN = re.compile(r"\d+(?:[ .\-/]\d+)*")
_SPLIT = re.compile(r"[ .\-/]")
_PHONE = re.compile(
    r"(?<![\w+])(?:(?:\+|00)\s?\d{1,3}[\s\-./]{0,2}(?:\(0\)\s?)?|\(?0)"
    r"\d{1,3}\)?(?:[\s\-/.]{0,2}\d(?![./]\d{1,2}[./]\d{2,4}(?!\d))){5,10}(?!\d)"
)
_DATE_SHAPE = re.compile(r"\d{1,2}[./-]\s?\d{1,2}[./-]\s?\d{2,4}\.?")
_NINE = re.compile(r"(?<![\w\-/.,])\d{9}(?![\w\-/]|[.,]\d)")
_FOREIGN = re.compile(r"(?<![\w\-/])[A-Z]{1,2} ?\d{6,8}(?![\w\-/]|[.,]\d)")
_DOCUMENT = re.compile(
    r"(?i)(?<!\w)(?:paso[šs]\w*|passport\w*|пасош\w*|паспорт\w*|li[čc]n\w*\s+kart\w*|"
    r"лична\s+карт\w*|l\.?\s?k\.?|id(?:\s+card)?|broj\s+dokumenta|document\s+n\w*)"
    r"(?!\w)[^\n.;]{0,25}?(?P<n>(?<!\w)[A-Za-zА-Яа-я]{0,2}\s?\d[\d ]{4,12}\d)(?!\w)"
)
_EMAIL = re.compile(r"[\w.+\-]+@[\w\-]+(?:\.[\w\-]+)+")
_HANDLE = re.compile(r"(?<![\w.@])@[A-Za-z0-9_.]{3,}[A-Za-z0-9_]")
# Never touched: case codes, digests and record ids.
_PROTECTED = re.compile(
    r"(?<![\w-])[A-Z]{2,6}-\d{4}-\d{2,6}(?![\w-])|(?<![0-9A-Fa-f])[0-9A-Fa-f]{32,}(?![0-9A-Fa-f])"
    r"|[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}"
)
JMBG_DIGITS = 13


def _jmbg(text: str) -> Iterator[Span]:
    """Any 13 digits, alone or in groups one space, dot, hyphen or slash apart (the control digit
    is not checked: typed ones are often wrong)."""
    for run in _DIGIT_RUN.finditer(text):
        groups = [(m.start(), m.end()) for m in re.finditer(r"\d+", run.group())]
        for i in range(len(groups)):
            total = 0
            for j in range(i, len(groups)):
                total += groups[j][1] - groups[j][0]
                if total == JMBG_DIGITS:
                    yield run.start() + groups[i][0], run.start() + groups[j][1]
                if total >= JMBG_DIGITS:
                    break


def _phones(text: str) -> Iterator[Span]:
    for m in _PHONE.finditer(text):
        digits = sum(c.isdigit() for c in m.group())
        if 8 <= digits <= 15 and not _DATE_SHAPE.fullmatch(m.group().strip()):
            yield m.span()


def shapes(text: str) -> list[Span]:
    """Spans of cleaned `text` holding an identifier by its shape (digits, e-mail, handle)."""
    protected = [m.span() for m in _PROTECTED.finditer(text)]
    found: list[Span] = [*_jmbg(text), *_phones(text)]
    for pattern in (_NINE, _FOREIGN, _EMAIL, _HANDLE):
        found += [m.span() for m in pattern.finditer(text)]
    found += [m.span("n") for m in _DOCUMENT.finditer(text)]
    return [s for s in found if not any(s[0] < e and b < s[1] for b, e in protected)]


def birth_dates(folded: str) -> list[Span]:
    """Spans of the folded view holding a date (or year) right after a birth word."""
    return [m.span("d") for m in BIRTH_DATE.finditer(folded)]
