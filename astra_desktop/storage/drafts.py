"""Half-typed forms kept in the vault, by key, for the person who typed them."""

from __future__ import annotations

from astra_desktop.storage.database import Connection


def put(conn: Connection, key: str, user_id: str, payload: str, updated_at: str) -> None:
    conn.execute(
        "INSERT INTO drafts (key, user_id, payload, updated_at) VALUES (?, ?, ?, ?) "
        "ON CONFLICT (key) DO UPDATE SET user_id = excluded.user_id, "
        "payload = excluded.payload, updated_at = excluded.updated_at",
        (key, user_id, payload, updated_at),
    )


def of_user(conn: Connection, user_id: str) -> dict[str, str]:
    """Key -> payload (JSON) of the user's drafts."""
    return {
        key: payload
        for key, payload in conn.execute(
            "SELECT key, payload FROM drafts WHERE user_id = ?", (user_id,)
        )
    }


def delete_of_user(conn: Connection, user_id: str) -> None:
    conn.execute("DELETE FROM drafts WHERE user_id = ?", (user_id,))
