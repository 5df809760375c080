"""Allocating the next case code of a year (`AST-2026-0042`) inside the writing transaction."""

from __future__ import annotations

from astra_desktop.core.casecode import format_code
from astra_desktop.storage.database import Connection


def next_code(conn: Connection, year: int) -> str:
    while True:
        row = conn.execute(
            "INSERT INTO case_code_counters (year, last) VALUES (?, 1) "
            "ON CONFLICT (year) DO UPDATE SET last = last + 1 RETURNING last",
            (year,),
        ).fetchone()
        code = format_code(year, int(row[0]))
        if not conn.execute("SELECT 1 FROM cases WHERE case_code = ?", (code,)).fetchone():
            return code


def is_taken(conn: Connection, code: str) -> bool:
    return conn.execute("SELECT 1 FROM cases WHERE case_code = ?", (code,)).fetchone() is not None
