"""The meta table's named values about the vault itself (its organisation's name, …)."""

from __future__ import annotations

from astra_desktop.storage.database import Connection


def organisation(conn: Connection) -> str | None:
    """The organisation named when the vault was made (None in a vault without one)."""
    row = conn.execute("SELECT value FROM meta WHERE key = 'organisation'").fetchone()
    return None if row is None or row[0] is None else str(row[0])


def create(conn: Connection, vault_id: str, organisation: str) -> None:
    """The named values a new vault starts with."""
    conn.executemany(
        "INSERT INTO meta(key, value) VALUES (?, ?)",
        (("vault_id", vault_id), ("organisation", organisation)),
    )
