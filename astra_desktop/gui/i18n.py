"""The interface language chosen for this installation (set at start, used for data texts such as
the risk instrument, which carry all three languages)."""

from __future__ import annotations

_language = "en"


def language() -> str:
    return _language


def set_language(code: str) -> None:
    global _language
    _language = code
