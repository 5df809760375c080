"""A case's records as a case transfer reads and writes them, table by table.

Which tables and columns travel comes from the schema (storage/transfer_tables.py), so most
statements here are built from a `Table` rather than written per table: values are bound, and
table and column names come only from the schema. services/transfer.py decides what to write and
checks who may; these functions only read and write rows, inside the caller's transaction.
"""

from __future__ import annotations

import contextlib
import json
from collections.abc import Iterable, Iterator, Mapping
from datetime import UTC, datetime

import sqlcipher3

from astra_desktop.core import folding
from astra_desktop.core.partners import Partner, PartnerKind, PartnerService
from astra_desktop.storage import partners, rows, users
from astra_desktop.storage.database import Connection
from astra_desktop.storage.transfer_tables import LOCAL_COLUMNS, ROOTS, Table, encode_ids

_IN_IDS = "IN (SELECT value FROM json_each(?))"  # with encode_ids: any number of ids, one value


# --- reading ---------------------------------------------------------------------------------------
def linked_rows(
    conn: Connection, table: Table, ids: Mapping[str, set[str]]
) -> Iterator[tuple[object, ...]]:
    """Rows of `table` (all its columns, in order) belonging to the records in `ids` (table ->
    ids): the cases and clients themselves, or rows that point to any record listed."""
    if table.name in ROOTS:
        wanted = [("id", ids[table.name])]
    else:
        wanted = [(fk.column, ids.get(fk.table, set())) for fk in table.links(ids)]
    if not wanted:
        return
    clauses = " OR ".join(f"{col} {_IN_IDS}" for col, _ in wanted)
    params = [encode_ids(values) for _, values in wanted]
    cols = ", ".join(table.columns)
    yield from conn.execute(f"SELECT {cols} FROM {table.name} WHERE {clauses}", params)


def clients_of_cases(conn: Connection, case_ids: Iterable[str]) -> set[str]:
    rows = conn.execute(f"SELECT client_id FROM cases WHERE id {_IN_IDS}", (encode_ids(case_ids),))
    return {str(r[0]) for r in rows}


def users_by_id(conn: Connection, user_ids: Iterable[str]) -> list[tuple[str, str, str]]:
    """(id, user name, role) of these accounts: what a bundle tells of the users it names."""
    rows = conn.execute(
        f"SELECT id, username, role FROM users WHERE id {_IN_IDS}", (encode_ids(user_ids),)
    )
    return [(str(i), str(name), str(role)) for i, name, role in rows]


# What a bundle tells of a partner its records name: enough to find it, or to add it, elsewhere.
PARTNER_FIELDS = ("id", "name", "kind", "city", "country", "contact_person", "phone", "email",
                  "services")  # fmt: skip


def partners_by_id(conn: Connection, partner_ids: Iterable[str]) -> list[dict[str, object]]:
    """The partners with these ids, as a bundle carries them (never their notes)."""
    cols = ", ".join(PARTNER_FIELDS)
    found = conn.execute(
        f"SELECT {cols} FROM partners WHERE id {_IN_IDS} ORDER BY id", (encode_ids(partner_ids),)
    )
    return [dict(zip(PARTNER_FIELDS, r, strict=True)) for r in found]


def partner_key(name: object, city: object) -> tuple[str, str]:
    """A partner as two vaults recognise it: its name and town, case and accents aside."""
    return " ".join(folding.fold(str(name or "")).split()), partners.town_key(str(city or ""))


def partner_keys(conn: Connection) -> dict[tuple[str, str], str]:
    """(name, town) key -> partner id in this vault; an active partner before an inactive one
    with the same key, then the oldest."""
    found: dict[tuple[str, str], str] = {}
    for pid, name, city in conn.execute(
        "SELECT id, name, city FROM partners ORDER BY active DESC, created_at, id"
    ):
        found.setdefault(partner_key(name, city), str(pid))
    return found


def add_partner(conn: Connection, sent: Mapping[str, object], note: str) -> bool:
    """Add, inactive, a partner another vault's records name (its id kept); False if a partner
    with that id is here already."""
    if has_row(conn, "partners", "id", sent["id"]):
        return False
    try:
        services = [PartnerService(str(s)) for s in _json_list(sent.get("services"))]
        kind = PartnerKind(str(sent.get("kind") or "other"))
    except ValueError:  # a value a newer version knows: the partner still arrives
        services, kind = [], PartnerKind.OTHER
    text = {c: str(sent.get(c) or "") for c in PARTNER_FIELDS[3:8]}
    partner = Partner(
        str(sent["name"]), kind, text["city"], text["country"], text["contact_person"],
        text["phone"], text["email"], services, note, active=False, id=str(sent["id"]),
    )  # fmt: skip
    partner.created_at = partner.updated_at = rows.now_utc()
    partners.insert(conn, partner)
    return True


def _json_list(value: object) -> list[object]:
    try:
        found = json.loads(str(value or "[]"))
    except ValueError:
        return []
    return found if isinstance(found, list) else []


def instruments_used(conn: Connection, assessment_ids: Iterable[str]) -> list[tuple[object, ...]]:
    """(id, version, body) of the risk instruments these assessments were made with."""
    return [
        tuple(r)
        for r in conn.execute(
            "SELECT id, version, body FROM risk_instruments WHERE (id, version) IN "
            "(SELECT instrument_id, instrument_version FROM risk_assessments "
            f" WHERE id {_IN_IDS})",
            (encode_ids(assessment_ids),),
        )
    ]


def record(conn: Connection, table: Table, record_id: str) -> dict[str, object] | None:
    """This vault's copy of a record, column -> value; None if it is not here."""
    cols = ", ".join(table.columns)
    row = conn.execute(f"SELECT {cols} FROM {table.name} WHERE id = ?", (record_id,)).fetchone()
    return dict(zip(table.columns, row, strict=True)) if row else None


def has_row(conn: Connection, table: str, column: str, value: object) -> bool:
    """Whether a row of `table` has `value` in `column` (a record a foreign key points to)."""
    found = conn.execute(f"SELECT 1 FROM {table} WHERE {column} = ?", (value,)).fetchone()
    return found is not None


def linked_records(
    conn: Connection, tables: Mapping[str, Table], table: str, record_id: str
) -> list[tuple[str, str]]:
    """(table, id) of the records here that point to this one, directly or through others: those
    that would go with it if it were deleted."""
    found: list[tuple[str, str]] = []
    pending = [(table, record_id)]
    seen = set(pending)
    while pending:
        parent, pid = pending.pop()
        for child in tables.values():
            if not child.has_id:
                continue
            for fk in child.fks:
                if fk.table != parent:
                    continue
                for (cid,) in conn.execute(
                    f"SELECT id FROM {child.name} WHERE {fk.column} = ?", (pid,)
                ).fetchall():
                    if (child.name, str(cid)) not in seen:
                        seen.add((child.name, str(cid)))
                        found.append((child.name, str(cid)))
                        pending.append((child.name, str(cid)))
    return found


def client_case_codes(conn: Connection, client_id: str) -> str:
    """The client's case codes here, comma-separated ("" if none): a client's label in a conflict."""
    row = conn.execute(
        "SELECT group_concat(case_code, ', ') FROM cases WHERE client_id = ?", (client_id,)
    ).fetchone()
    return str(row[0]) if row and row[0] else ""


def client_case_ids(conn: Connection, client_id: str) -> list[str]:
    return [
        str(r[0]) for r in conn.execute("SELECT id FROM cases WHERE client_id = ?", (client_id,))
    ]


# --- writing -----------------------------------------------------------------------------------------
def defer_foreign_keys(conn: Connection) -> None:
    """Check foreign keys at commit: a bundle's records may arrive before those they point to."""
    conn.execute("PRAGMA defer_foreign_keys = ON")


def add_placeholder_user(conn: Connection, user_id: str, username: str) -> None:
    """A user of another vault, named in its records: inactive here and with no keyslot, so no
    foreign key breaks and no one can log in as them. Their name gets `#id` if it is taken here."""
    if users.exists(conn, user_id):
        return
    name = username
    if users.name_taken(conn, name) is not None:
        name = f"{name}#{user_id[:8]}"
    conn.execute(
        "INSERT INTO users (id, username, role, slot_id, active, all_cases, created_at) "
        "VALUES (?, ?, 'viewer', NULL, 0, 0, ?)",
        (user_id, name, datetime.now(UTC).isoformat(timespec="seconds")),
    )


def _insert_sql(table: Table, verb: str) -> str:
    cols = table.columns
    return f"{verb} INTO {table.name} ({', '.join(cols)}) VALUES ({', '.join('?' for _ in cols)})"


def insert_link(conn: Connection, table: Table, row: Mapping[str, object]) -> None:
    """A row of a table without ids (one that links two records), unless it is here already."""
    conn.execute(_insert_sql(table, "INSERT OR IGNORE"), [row[c] for c in table.columns])


def insert_record(conn: Connection, table: Table, row: Mapping[str, object]) -> bool:
    """Add the record; False, with nothing written, if a constraint refuses it (a record like it
    is already here). The savepoint keeps the caller's transaction going either way."""
    try:
        with _savepoint(conn):
            conn.execute(_insert_sql(table, "INSERT"), [row[c] for c in table.columns])
    except sqlcipher3.IntegrityError:
        return False
    return True


@contextlib.contextmanager
def _savepoint(conn: Connection) -> Iterator[None]:
    conn.execute("SAVEPOINT transfer_row")
    try:
        yield
    except BaseException:
        conn.execute("ROLLBACK TO transfer_row")
        conn.execute("RELEASE transfer_row")
        raise
    conn.execute("RELEASE transfer_row")


def update_record(conn: Connection, table: Table, row: Mapping[str, object]) -> None:
    """Write the other vault's version over this one's, keeping this vault's own labels (a
    case's code and number)."""
    local = [c for c in table.columns if c != "id" and c not in LOCAL_COLUMNS.get(table.name, ())]
    conn.execute(
        f"UPDATE {table.name} SET {', '.join(f'{c} = ?' for c in local)} WHERE id = ?",
        [*(row[c] for c in local), str(row["id"])],
    )


def delete_record(conn: Connection, table: str, record_id: str) -> None:
    conn.execute(f"DELETE FROM {table} WHERE id = ?", (record_id,))
