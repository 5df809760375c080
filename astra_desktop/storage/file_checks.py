"""The SQL of the checks that read all of vault.db: page MACs, structure, foreign keys.

services/integrity.py decides which run, where and side by side; these only ask SQLite.
"""

from __future__ import annotations

from astra_desktop.storage.database import Connection


def damaged_pages(conn: Connection) -> list[str]:
    """SQLCipher's line for every page of the file whose MAC fails (empty: all authenticate)."""
    return [str(r[0]) for r in conn.execute("PRAGMA cipher_integrity_check").fetchall()]


def structure(conn: Connection) -> list[str]:
    """What SQLite's `integrity_check` finds (empty: sound). It reads every page in use, each
    MAC-checked by SQLCipher as it is read; a page that fails stops it (DatabaseError)."""
    result = [str(r[0]) for r in conn.execute("PRAGMA integrity_check").fetchall()]
    return [] if result == ["ok"] else result


def dangling_references(conn: Connection) -> int:
    """Records that point to records that do not exist."""
    return len(conn.execute("PRAGMA foreign_key_check").fetchall())
