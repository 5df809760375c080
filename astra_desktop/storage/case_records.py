"""The entries of a case file in SQL: contact notes, services given, referrals, and the consents
a client gave."""

from __future__ import annotations

from typing import TypeVar

from astra_desktop.core.models import Consent, ContactNote, Referral, ServiceRecord
from astra_desktop.storage import rows
from astra_desktop.storage.database import Connection

E = TypeVar("E", ServiceRecord, Referral)

# Entry type -> its table and the date the case file lists it by (newest first).
TABLES: dict[type, str] = {ServiceRecord: "services", Referral: "referrals"}
_DATED = {ServiceRecord: "provided_on", Referral: "referred_on"}


def notes(conn: Connection, case_id: str) -> list[ContactNote]:
    """The case's contact notes, the latest first."""
    return rows.select(
        conn, ContactNote,
        "SELECT * FROM contact_notes WHERE case_id = ? ORDER BY occurred_at DESC", (case_id,),
    )  # fmt: skip


def entries(conn: Connection, kind: type[E], case_id: str) -> list[E]:
    """The case's services given (or referrals), the latest first."""
    return rows.select(
        conn, kind,
        f"SELECT * FROM {TABLES[kind]} WHERE case_id = ? ORDER BY {_DATED[kind]} DESC",
        (case_id,),
    )  # fmt: skip


def consent_exists(conn: Connection, consent_id: str) -> bool:
    return conn.execute("SELECT 1 FROM consents WHERE id = ?", (consent_id,)).fetchone() is not None


def consents(conn: Connection, client_id: str) -> list[Consent]:
    """The client's consents, the latest given first."""
    return rows.select(
        conn, Consent, "SELECT * FROM consents WHERE client_id = ? ORDER BY given_on DESC",
        (client_id,),
    )  # fmt: skip
