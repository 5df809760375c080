"""Serbian Latin → Cyrillic, as a careful typist would do it.

lj, nj and dž are single letters (љ, њ, џ) except where a prefix meets a word (nadživeti →
наџивети would be wrong: надживети); codes, numbers, acronyms with digits, placeholders and
foreign words (with q, w, x, y) are left alone. The exceptions are listed here on purpose.
"""

from __future__ import annotations

import re

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

_TOKEN = re.compile(
    r"\{[^}]*\}|%\w|https?://\S+|\S+@\S+"  # placeholders, addresses
    r"|<[^>]*>|&\w+;"  # rich-text tags (<b>) and entities
    r"|(?:Ctrl|Alt|Shift)\+\w+|--[\w-]+|\*\.\w+"  # key combinations, options, file patterns
    r"|[A-Z]{2,}(?:-[A-Z0-9]+)+|\w*\d\w*"  # codes such as AST-2026-0042, SHA-256
    r"|[^\W\d_]+(?:-[^\W\d_]+)*|.",  # words, hyphenated as one (Wi-Fi stays Wi-Fi)
    re.UNICODE | re.DOTALL,
)
_FOREIGN = re.compile(r"[qwxyQWXY]")


def _word(word: str) -> str:
    if word in KEEP_WORDS or _FOREIGN.search(word):
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


def to_cyrillic(text: str) -> str:
    out = []
    for tok in _TOKEN.findall(text):
        is_code = any(ch.isdigit() for ch in tok) or (tok.isupper() and "-" in tok)
        plain_word = tok[:1].isalpha() and not tok.startswith(("http", "Ctrl+", "Alt+", "Shift+"))
        plain_word = plain_word and "@" not in tok
        out.append(_word(tok) if plain_word and not is_code else tok)
    return "".join(out)
