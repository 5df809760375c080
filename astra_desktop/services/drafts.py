"""Half-typed forms kept, encrypted, when the vault locks — locking never loses what was typed.

Drafts belong to the person who typed them; they are handed back after that person unlocks and
removed once restored.
"""

from __future__ import annotations

import json

from astra_desktop.services.session import Session
from astra_desktop.storage import rows


def save_all(session: Session, drafts: dict[str, dict[str, object]]) -> None:
    if not drafts:
        return
    with session.write() as conn:
        for key, payload in drafts.items():
            conn.execute(
                "INSERT INTO drafts (key, user_id, payload, updated_at) VALUES (?, ?, ?, ?) "
                "ON CONFLICT (key) DO UPDATE SET user_id = excluded.user_id, "
                "payload = excluded.payload, updated_at = excluded.updated_at",
                (key, session.actor.user_id, json.dumps(payload), rows.now_utc().isoformat()),
            )


def take_all(session: Session) -> dict[str, dict[str, object]]:
    """This user's drafts, removed from the vault as they are handed back."""
    found = {
        key: json.loads(payload)
        for key, payload in session.db.execute(
            "SELECT key, payload FROM drafts WHERE user_id = ?", (session.actor.user_id,)
        )
    }
    if found:
        with session.write() as conn:
            conn.execute("DELETE FROM drafts WHERE user_id = ?", (session.actor.user_id,))
    return found
