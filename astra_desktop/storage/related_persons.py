"""A client's related persons in SQL."""

from __future__ import annotations

from astra_desktop.core.models import RelatedPerson
from astra_desktop.storage import rows
from astra_desktop.storage.database import Connection

TABLE = "related_persons"


def client_of(conn: Connection, person_id: str) -> str | None:
    row = conn.execute(f"SELECT client_id FROM {TABLE} WHERE id = ?", (person_id,)).fetchone()
    return None if row is None else str(row[0])


def delete(conn: Connection, person_id: str) -> None:
    conn.execute(f"DELETE FROM {TABLE} WHERE id = ?", (person_id,))


def of_client(conn: Connection, client_id: str) -> list[RelatedPerson]:
    """The client's related persons: those who are a risk first, then by name."""
    return rows.select(
        conn, RelatedPerson,
        f"SELECT * FROM {TABLE} WHERE client_id = ? ORDER BY is_risk DESC, name, id",
        (client_id,),
    )  # fmt: skip
