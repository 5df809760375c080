"""Serbian Latin → Cyrillic, as a careful typist would do it.

lj, nj and dž are single letters (љ, њ, џ) except where a prefix meets a word (nadživeti →
наџивети would be wrong: надживети); codes, numbers, acronyms with digits, placeholders and
foreign words are left alone: words with q, w, x, y or a letter Serbian does not have (Nguyễn,
Ștefan, Müller), brand names with a capital inside (SafeLives, WhatsApp) and the capitals that
follow one (SafeLives DASH), and the foreign acronyms listed here (IOM, ILO, UNODC …); Serbian
acronyms (ZKP, KZ, MUP) are Serbian words and change script. A person's name is foreign as a
whole when any of its words is (`name_to_cyrillic`: Ștefan Popescu stays as written). The
exceptions are listed here on purpose.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

_SINGLE = {
    "a": "а", "b": "б", "c": "ц", "č": "ч", "ć": "ћ", "d": "д", "đ": "ђ", "e": "е", "f": "ф",
    "g": "г", "h": "х", "i": "и", "j": "ј", "k": "к", "l": "л", "m": "м", "n": "н", "o": "о",
    "p": "п", "r": "р", "s": "с", "š": "ш", "t": "т", "u": "у", "v": "в", "z": "з", "ž": "ж",
}  # fmt: skip
_DIGRAPHS = {"lj": "љ", "nj": "њ", "dž": "џ"}

# Where the two letters belong to different parts of the word (prefix + root), they stay two.
SPLIT_PREFIXES = ("nadž", "podž", "odž", "predž", "nadnj", "podnj", "odnj")
SPLIT_WORDS = {
    "injekcija",
    "injekcije",
    "injekciju",
    "konjunkcija",
    "konjunktura",
    "tanjug",
    "vanjezički",
}
KEEP_WORDS = {"ASTRA", "Desktop", "SOS", "PDF", "CSV", "SHA", "HTCDS", "ID", "SIM", "OK", "RSD"}
# Names printed on keys and in commands stay as they are written on the keyboard and the screen.
KEEP_WORDS |= {"USB", "Ctrl", "Alt", "Shift", "Enter", "Esc", "Tab", "Caps", "Lock"}
KEEP_WORDS |= {"astra-desktop"}
# Foreign acronyms kept in Latin in Serbian Cyrillic text (the organisations and instruments the
# documents cite by their international names); Serbian ones (ZKP, KZ, MUP, JMBG) change script.
FOREIGN_ACRONYMS = frozenset(
    {"DASH", "ILO", "IOM", "UNODC", "OSCE", "UNHCR", "UNICEF", "UNDP", "UNFPA",
     "GRETA", "ICMPD", "OHCHR", "CEDAW", "ECHR", "MARAC", "NGO", "HTCDS", "ICAT"}
)  # fmt: skip
# A file's name stays as it is on the disk (racun-lekar.pdf is not рацун-лекар.pdf).
FILE_TYPES = ("pdf", "jpe?g", "png", "gif", "tiff?", "heic", "docx?", "odt", "rtf", "txt", "xlsx?",
              "ods", "csv", "zip", "mp3", "m4a", "wav", "ogg", "mp4", "mov", "eml", "msg")  # fmt: skip
_CAMEL = re.compile(r"[a-zčćđšž][A-ZČĆĐŠŽ]")

_TOKEN = re.compile(
    r"\{[^}]*\}|%\w|https?://\S+|\S+@\S+"  # placeholders, addresses
    r"|<[^>]*>|&\w+;"  # rich-text tags (<b>) and entities
    r"|(?:Ctrl|Alt|Shift)\+\w+|--[\w-]+|\*\.\w+"  # key combinations, options, file patterns
    r"|[\w-]+\.(?i:" + "|".join(FILE_TYPES) + r")\b"  # file names: racun-lekar.pdf
    r"|[A-Z]{2,}(?:-[A-Z0-9]+)+|\w*\d\w*"  # codes such as AST-2026-0042, SHA-256
    r"|[^\W\d_]+(?:-[^\W\d_]+)*|.",  # words, hyphenated as one (Wi-Fi stays Wi-Fi)
    re.UNICODE | re.DOTALL,
)
_FOREIGN = re.compile(r"[qwxyQWXY]")
_FILE = re.compile(r"[\w-]+\.(?:" + "|".join(FILE_TYPES) + r")", re.IGNORECASE)
# Names of file formats and technical standards stay in Latin letters in Cyrillic text, as Serbian
# usage writes them ("PDF датотека", not "ПДФ"); Serbian abbreviations (ZKP → ЗКП) do not.
LATIN_ACRONYMS = frozenset({"TOML", "PDF", "CSV", "USB", "JSON", "HTML", "FAT"})


def is_foreign(word: str) -> bool:
    """A word Serbian Latin would not write: q w x y, a Latin letter outside the Serbian
    alphabet (ễ, ă, ș, ö, é …), or a capital inside a brand name (SafeLives, WhatsApp)."""
    if _FOREIGN.search(word) or _CAMEL.search(word):
        return True
    if word.isascii():
        return False
    return any(
        ch.lower() not in _SINGLE and ch.isalpha() and unicodedata.name(ch, "").startswith("LATIN")
        for ch in word
    )


@lru_cache(maxsize=65536)  # words repeat: a long document's text is mostly the same few thousand
def _word(word: str) -> str:
    if "-" in word:  # a foreign word with a Serbian case ending: WhatsApp-a → WhatsApp-а
        head, *tail = word.split("-")
        if is_foreign(head) and all(
            t.islower() and len(t) <= 3 and not is_foreign(t) for t in tail
        ):
            return "-".join([head, *(_word(t) for t in tail)])
    if word in KEEP_WORDS or word in FOREIGN_ACRONYMS or is_foreign(word):
        return word
    if "-" in word:
        return "-".join(_word(part) for part in word.split("-"))
    lower = word.lower()
    split_at: set[int] = set()
    for prefix in SPLIT_PREFIXES:
        if lower.startswith(prefix):
            split_at.add(len(prefix) - 1)  # never join the letter before this index with it
    if lower in SPLIT_WORDS or any(lower.startswith(w) for w in SPLIT_WORDS):
        split_at.update(i + 1 for i in range(len(lower) - 1) if lower[i : i + 2] in ("nj", "lj"))
    out, i = [], 0
    while i < len(word):
        pair = lower[i : i + 2]
        if pair in _DIGRAPHS and (i + 1) not in split_at:
            cyr = _DIGRAPHS[pair]
            upper_first = word[i].isupper()
            both_upper = word[i : i + 2].isupper()
            out.append(cyr.upper() if upper_first or both_upper else cyr)
            i += 2
            continue
        ch = word[i]
        single = _SINGLE.get(ch.lower())
        out.append(ch if single is None else (single.upper() if ch.isupper() else single))
        i += 1
    return "".join(out)


@lru_cache(maxsize=65536)
def _is_word(tok: str) -> bool:
    """A token to transliterate: a word, not a code (digits, AST-…), an address, a key
    combination or a file name."""
    if not tok[:1].isalpha() or any(ch.isdigit() for ch in tok):
        return False
    if tok.isupper() and "-" in tok:
        return False
    if tok.startswith(("http", "Ctrl+", "Alt+", "Shift+")) or "@" in tok or tok in LATIN_ACRONYMS:
        return False
    return not _FILE.fullmatch(tok)


def to_cyrillic(text: str) -> str:
    out = []
    after_brand = False  # the capitals that follow a brand name belong to it: SafeLives DASH
    for tok in _TOKEN.findall(text):
        if not _is_word(tok):
            out.append(tok)
            after_brand = after_brand and tok.isspace()
            continue
        if after_brand and tok.isupper() and len(tok) > 1:
            out.append(tok)
            continue
        after_brand = bool(_CAMEL.search(tok)) or (after_brand and tok.isupper())
        out.append(_word(tok))
    return "".join(out)


def name_to_cyrillic(name: str) -> str:
    """A person's name in Cyrillic, unless any word of it is foreign: then the whole name stays
    as written (Ștefan Popescu, not Ștefan Попеску; a court matches it to the passport)."""
    words = re.findall(r"[^\W\d_]+", name)
    if any(is_foreign(w) for w in words):
        return name
    return to_cyrillic(name)
