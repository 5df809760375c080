"""Case and client rows: who may see which case, finding, assigning and deleting cases.

Visibility comes in as a plain value (core/visibility.py); the case list's reading lives in
storage/case_list.py.
"""

from __future__ import annotations

from datetime import date

from astra_desktop.core.models import Case
from astra_desktop.core.visibility import Visibility
from astra_desktop.storage import rows
from astra_desktop.storage.database import Connection


def visible_clause(visibility: Visibility, alias: str = "cases") -> tuple[str, tuple[object, ...]]:
    """A condition on `alias` (a row of `cases`) that keeps the cases `visibility` allows."""
    if visibility.all_cases:
        return "1 = 1", ()
    return (
        f"{alias}.id IN (SELECT case_id FROM case_assignments WHERE user_id = ?)",
        (visibility.user_id,),
    )


def case_visible(conn: Connection, visibility: Visibility, case_id: str) -> bool:
    clause, params = visible_clause(visibility)
    row = conn.execute(
        f"SELECT 1 FROM cases WHERE id = ? AND {clause}", (case_id, *params)
    ).fetchone()
    return row is not None


def client_visible(conn: Connection, visibility: Visibility, client_id: str) -> bool:
    """Whether any case of the client is visible."""
    clause, params = visible_clause(visibility)
    row = conn.execute(
        f"SELECT 1 FROM cases WHERE client_id = ? AND {clause} LIMIT 1", (client_id, *params)
    ).fetchone()
    return row is not None


def assign(conn: Connection, case_id: str, user_id: str) -> None:
    """Assign the case to the user (nothing if it is already)."""
    conn.execute(
        "INSERT OR IGNORE INTO case_assignments (case_id, user_id) VALUES (?, ?)",
        (case_id, user_id),
    )


def id_by_code(conn: Connection, code: str) -> str | None:
    row = conn.execute("SELECT id FROM cases WHERE case_code = ?", (code,)).fetchone()
    return None if row is None else str(row[0])


def stored_code(conn: Connection, case_id: str) -> str | None:
    row = conn.execute("SELECT case_code FROM cases WHERE id = ?", (case_id,)).fetchone()
    return None if row is None else str(row[0])


def client_of(conn: Connection, case_id: str) -> str | None:
    row = conn.execute("SELECT client_id FROM cases WHERE id = ?", (case_id,)).fetchone()
    return None if row is None else str(row[0])


def closed_on(conn: Connection, case_id: str) -> date | None:
    """The day the case was closed, as recorded (schema 19); None if not recorded."""
    row = conn.execute("SELECT closed_on FROM cases WHERE id = ?", (case_id,)).fetchone()
    return date.fromisoformat(row[0]) if row and row[0] else None


def count_unmarked(conn: Connection, mark: str) -> int:
    """How many cases' recruitment text does not begin with `mark`."""
    row = conn.execute(
        "SELECT count(*) FROM cases WHERE substr(recruitment, 1, ?) != ?", (len(mark), mark)
    ).fetchone()
    return int(row[0])


def of_client(conn: Connection, visibility: Visibility, client_id: str) -> list[Case]:
    """The client's visible cases, oldest first."""
    clause, params = visible_clause(visibility)
    return rows.select(
        conn, Case,
        f"SELECT * FROM cases WHERE client_id = ? AND {clause} ORDER BY opened_on",
        (client_id, *params),
    )  # fmt: skip


def delete(conn: Connection, case_id: str) -> None:
    conn.execute("DELETE FROM cases WHERE id = ?", (case_id,))


def delete_client_if_caseless(conn: Connection, client_id: str) -> bool:
    """Delete the client once their last case is gone; whether it was."""
    if conn.execute("SELECT 1 FROM cases WHERE client_id = ?", (client_id,)).fetchone():
        return False
    conn.execute("DELETE FROM clients WHERE id = ?", (client_id,))
    return True
