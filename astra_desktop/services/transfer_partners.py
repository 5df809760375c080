"""Partners in a case transfer: never a conflict, never the reason a record is left out.

Partners belong to no case, so they are not records of one (storage/transfer_tables.py): a
bundle carries the partners its records name (referrals, hotline referrals, missing-person
inquiries). The receiving vault uses its partner with the same id; else its partner with the same
name in the same town, case and accents aside, the incoming records re-pointed to it; else it adds
the partner, inactive (an organisation no one here chose to work with should not show up in the
pickers as if they had), with a note saying where it came from.

A re-pointed record differs here from the sender's copy only in the partner's id. Versions are
compared as the sender writes them (`as_sent`, `versions_here`), so the next exchange does not
take that difference for an edit made on both laptops.
"""

from __future__ import annotations

from collections.abc import Mapping

from astra_desktop.core.appointments import local_today
from astra_desktop.core.enums import AuditAction
from astra_desktop.storage import audit, transfer_rows
from astra_desktop.storage import transfer_tables as tt
from astra_desktop.storage.database import Connection

# What an inactive partner added by an import says of itself in the Partners section.
PARTNER_NOTE = (
    "Added on {day} with cases handed over from another laptop. Check the details and make it "
    "active to refer people to it."
)
Sent = dict[str, object]  # a partner as a bundle carries it (transfer_rows.PARTNER_FIELDS)


def sent_partner(message: Mapping[str, object]) -> Sent | None:
    """The partner a bundle's "partner" message gives; None if the message is malformed."""
    sent = message.get("p")
    if not isinstance(sent, dict) or not sent.get("id") or not str(sent.get("name") or "").strip():
        return None
    return sent


def plan_partners(
    conn: Connection, sent: Mapping[str, Sent], naming: list[tuple[tt.Table, dict[str, object]]]
) -> tuple[dict[str, str], dict[str, Sent]]:
    """For each partner the records `naming` point to: the partner used here (their id -> ours),
    and those to add (their id -> what the bundle says of them). A bundle made before bundles
    carried partners gives only the name a record keeps beside the id: a partner here with that
    name (and no other one) is used, or one is added with that name."""
    used: dict[str, str] = {}
    new: dict[str, Sent] = {}
    keys = transfer_rows.partner_keys(conn)
    for table, row in naming:
        for column in tt.partner_columns(table):
            if row[column] is None or str(row[column]) in used:
                continue
            pid = str(row[column])
            if transfer_rows.has_row(conn, tt.PARTNERS, "id", pid):
                used[pid] = pid
                continue
            partner = sent.get(pid) or _named_only(table, row, pid)
            key = transfer_rows.partner_key(partner["name"], partner.get("city"))
            found = keys.get(key)
            if found is None and "city" not in partner:  # no town given: the name alone
                same = {v for (name, _town), v in keys.items() if name == key[0]}
                found = same.pop() if len(same) == 1 else None
            if found is None:  # two of theirs with one name and town: one is added
                new[pid] = partner
                keys[key] = found = pid
            used[pid] = found
    return used, new


def _named_only(table: tt.Table, row: Mapping[str, object], pid: str) -> Sent:
    name = str(row.get(tt.PARTNER_NAMES.get(table.name, "")) or "").strip()
    return {"id": pid, "name": name or f"Partner {pid[:8]}"}


def add_partners(conn: Connection, user_id: str | None, new: Mapping[str, Sent]) -> int:
    """Add the partners planned (inactive, audited); how many were added."""
    note = PARTNER_NOTE.format(day=local_today().strftime("%d.%m.%Y"))
    added = 0
    for partner_id, sent in new.items():
        if transfer_rows.add_partner(conn, sent, note):
            audit.append(conn, user_id, AuditAction.CREATE.value, tt.PARTNERS, partner_id,
                         "transfer")  # fmt: skip
            added += 1
    return added


def here(table: tt.Table, row: dict[str, object], used: Mapping[str, str]) -> dict[str, object]:
    """The record as this vault keeps it: pointing to the partner used here."""
    cols = [c for c in tt.partner_columns(table) if row[c] is not None]
    return {**row, **{c: used.get(str(row[c]), row[c]) for c in cols}}


def as_sent(
    table: tt.Table, local: dict[str, object], row: Mapping[str, object], used: Mapping[str, str]
) -> dict[str, object]:
    """This vault's copy as the sender would write it: a partner the sender's record names and
    this copy points to under its id here is written with the sender's id."""
    cols = [c for c in tt.partner_columns(table) if row.get(c) is not None]
    return {**local, **{c: row[c] for c in cols if used.get(str(row[c])) == local[c]}}


def versions_here(table: tt.Table, local: dict[str, object], used: Mapping[str, str]) -> set[str]:
    """This copy's version as written here and as the sender would write it (a tombstone holds
    the sender's versions). Only partners this bundle's records name can be written back: a
    deleted record re-pointed to a partner no other record names is then asked about."""
    theirs = {ours: sent for sent, ours in used.items() if ours != sent}
    as_theirs = {**local, **{c: theirs[v] for c in tt.partner_columns(table)
                             if (v := local[c]) in theirs}}  # fmt: skip
    return {tt.row_hash(table.name, local), tt.row_hash(table.name, as_theirs)}
