"""Human case codes: `AST-2026-0042` (pseudonymous; used instead of names on documents)."""

from __future__ import annotations

import re

PREFIX = "AST"
_PATTERN = re.compile(r"^[A-Z]{2,5}-\d{4}-\d{4,6}$")


def format_code(year: int, number: int, prefix: str = PREFIX) -> str:
    return f"{prefix}-{year:04d}-{number:04d}"


def is_valid(code: str) -> bool:
    return bool(_PATTERN.match(code))


def normalise(code: str) -> str:
    return code.strip().upper()
