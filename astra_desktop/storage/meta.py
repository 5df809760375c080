"""The meta table's named values about the vault itself (its organisation's name, …)."""

from __future__ import annotations

from astra_desktop.storage.database import Connection


def organisation(conn: Connection) -> str | None:
    """The organisation named when the vault was made (None in a vault without one)."""
    row = conn.execute("SELECT value FROM meta WHERE key = 'organisation'").fetchone()
    return None if row is None else str(row[0])
