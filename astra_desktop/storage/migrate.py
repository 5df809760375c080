"""Numbered SQL migrations (`migrations/NNNN_name.sql`), applied in order under `PRAGMA user_version`.

Before an existing vault is upgraded, vault.db is copied aside (still encrypted) so a failed or
regretted upgrade can be undone.
"""

from __future__ import annotations

import re
import shutil
from importlib import resources
from pathlib import Path

import sqlcipher3

from astra_desktop.core import collation, folding
from astra_desktop.errors import AstraError
from astra_desktop.storage import digest
from astra_desktop.storage.database import Connection, DatabaseError, checkpoint, transaction

FAILED = (
    "The vault could not be upgraded for this version of ASTRA Desktop (step {number}: {detail}). "
    "Nothing was changed and a copy was kept as {backup}. Keep using the previous version and "
    "tell the administrator."
)

_NAME = re.compile(r"^(\d{4})_[a-z0-9_]+\.sql$")


def available() -> list[tuple[int, str]]:
    folder = resources.files("astra_desktop.storage") / "migrations"
    found = []
    for entry in folder.iterdir():
        m = _NAME.match(entry.name)
        if m:
            found.append((int(m.group(1)), entry.read_text(encoding="utf-8")))
    return sorted(found)


def latest_version() -> int:
    return available()[-1][0]


def current_version(conn: Connection) -> int:
    return int(conn.execute("PRAGMA user_version").fetchone()[0])


def backup_path(db_path: Path, version: int) -> Path:
    return db_path.with_name(f"{db_path.name}.before-schema-{version + 1}")


def upgrade(conn: Connection, db_path: Path) -> int:
    """Bring the schema up to date; return the number of migrations applied."""
    version = current_version(conn)
    pending = [(n, sql) for n, sql in available() if n > version]
    if not pending:
        return 0
    if version > 0:
        checkpoint(conn)
        shutil.copy2(db_path, backup_path(db_path, version))
    register_functions(conn)
    # One transaction for all of them: a failure anywhere leaves the vault as it was. The sum
    # triggers are dropped first and made (and every sum recomputed) once at the end, from the
    # final schema: a large vault pays for that recomputation once, not once per step.
    conn.execute("BEGIN IMMEDIATE")
    number = pending[0][0]
    try:
        digest.drop_triggers(conn)
        for number, sql in pending:
            for statement in _statements(sql):
                conn.execute(statement)
            if number == 1:
                conn.execute("INSERT INTO meta(key, value) VALUES ('generation', 0)")
            conn.execute(f"PRAGMA user_version = {number}")
        digest.install_triggers(conn)
        conn.execute("COMMIT")
    except DatabaseError as exc:
        digest.discard(conn)
        conn.execute("ROLLBACK")
        backup = backup_path(db_path, version).name
        raise AstraError(FAILED, number=number, detail=exc, backup=backup) from exc
    except BaseException:
        digest.discard(conn)
        conn.execute("ROLLBACK")
        raise
    with transaction(conn):
        pass
    return len(pending)


def register_functions(conn: Connection) -> None:
    """Python functions migrations may call to fill a new column from existing rows.

    Deterministic and pure, so an upgrade gives the same values on every laptop (a transferred
    record must hash the same in both vaults). Registered only here: the app computes the same
    values itself when it writes (see services.clients), nothing else in the schema calls them.
    """
    conn.create_function("astra_sort_key", 2, collation.sort_key, deterministic=True)
    conn.create_function("astra_index_text", 1, folding.index_text, deterministic=True)


def _statements(sql: str) -> list[str]:
    """Split a migration into statements; a trigger's body keeps its inner semicolons."""
    lines = [ln for ln in sql.splitlines() if not ln.strip().startswith("--")]
    statements, pending = [], ""
    for part in "\n".join(lines).split(";"):
        pending += part + ";"
        if sqlcipher3.complete_statement(pending):
            if pending.strip(" \n;"):
                statements.append(pending.strip())
            pending = ""
    if pending.strip(" \n;"):
        statements.append(pending.strip())
    return statements
