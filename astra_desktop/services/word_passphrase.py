"""One-time passphrases of random words, to read out over the phone.

Drawn with `secrets` from the EFF's long word list (7,772 plain English words once the four with a
hyphen are left out; `resources/wordlists/`, CC BY 3.0 US): six words carry about 77 bits, and every
guess also costs an Argon2id derivation. Typing is forgiving: any case, spaces or dashes.
"""

from __future__ import annotations

import re
import secrets
from functools import cache

from astra_desktop import paths
from astra_desktop.errors import AstraError

WORDS = 6
WORDLIST = "wordlists/eff_large_wordlist.txt"


@cache
def wordlist() -> tuple[str, ...]:
    path = paths.resources_dir() / WORDLIST
    try:
        words = path.read_text(encoding="utf-8").split()
    except OSError as exc:
        raise AstraError(
            "The word list {path} is missing, so no one-time passphrase can be made. "
            "Reinstall ASTRA Desktop.",
            path=path,
        ) from exc
    return tuple(w for w in words if w.isalpha())


def new_passphrase(words: int = WORDS) -> str:
    pool = wordlist()
    return " ".join(secrets.choice(pool) for _ in range(words))


def normalise(typed: str) -> str:
    """`Abacus-Dolphin  fig` and `abacus dolphin fig` are the same passphrase."""
    return " ".join(w for w in re.split(r"[\s\-_.,;]+", typed.lower()) if w)
