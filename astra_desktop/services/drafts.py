"""Half-typed forms kept, encrypted, when the vault locks — locking never loses what was typed.

Drafts belong to the person who typed them; they are handed back after that person unlocks and
removed once restored.
"""

from __future__ import annotations

import json

from astra_desktop.services.session import Session
from astra_desktop.storage import drafts as drafts_db
from astra_desktop.storage import rows


def save_all(session: Session, drafts: dict[str, dict[str, object]]) -> None:
    if not drafts:
        return
    with session.write() as conn:
        for key, payload in drafts.items():
            drafts_db.put(
                conn, key, session.actor.user_id, json.dumps(payload), rows.now_utc().isoformat()
            )


def take_all(session: Session) -> dict[str, dict[str, object]]:
    """This user's drafts, removed from the vault as they are handed back."""
    found = {
        key: json.loads(payload)
        for key, payload in drafts_db.of_user(session.db, session.actor.user_id).items()
    }
    if found:
        with session.write() as conn:
            drafts_db.delete_of_user(conn, session.actor.user_id)
    return found
