"""The settings table: text values by key, inside the encrypted vault (vault-local: they do not
travel with a case transfer)."""

from __future__ import annotations

from astra_desktop.storage.database import Connection


def get(conn: Connection, key: str) -> str | None:
    row = conn.execute("SELECT value FROM settings WHERE key = ?", (key,)).fetchone()
    return None if row is None or row[0] is None else str(row[0])


def put(conn: Connection, key: str, value: str) -> None:
    conn.execute(
        "INSERT INTO settings (key, value) VALUES (?, ?) "
        "ON CONFLICT (key) DO UPDATE SET value = excluded.value",
        (key, value),
    )


def delete(conn: Connection, key: str) -> None:
    conn.execute("DELETE FROM settings WHERE key = ?", (key,))
