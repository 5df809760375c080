"""The partners registry's SQL (schema 21): every statement on `partners` is here.

Functions take a connection and plain values and return core types; the caller (services/partners)
checks roles, opens the transaction and writes the audit entry. The columns derived from a record
(sort keys, the folded town, the search words) are made here on every write, so they never
disagree with the record.
"""

from __future__ import annotations

from astra_desktop.core import collation, folding
from astra_desktop.core.partners import Partner, PartnerFilter, PartnerUse
from astra_desktop.errors import NotFound
from astra_desktop.storage import rows
from astra_desktop.storage.database import Connection

TABLE = "partners"
GONE = "The partner was not found in this vault."


def town_key(city: str) -> str:
    """A town as filters compare it: folded to Latin without diacritics, spaces collapsed."""
    return " ".join(folding.fold(city).split())


def _derived(partner: Partner) -> dict[str, object]:
    words = " ".join((partner.name, partner.city, partner.country, partner.contact_person,
                      partner.email, partner.notes))  # fmt: skip
    return {
        "sort_name": collation.sort_key(partner.name, "latin"),
        "sort_name_cyrl": collation.sort_key(partner.name, "cyrillic"),
        "city_key": town_key(partner.city),
        "search_text": folding.index_text(words),
    }


def insert(conn: Connection, partner: Partner) -> None:
    rows.insert(conn, TABLE, partner, **_derived(partner))


def update(conn: Connection, partner: Partner) -> None:
    """Save over the stored version (rows.ConflictError if someone saved in between)."""
    rows.update(conn, TABLE, partner, **_derived(partner))


def get(conn: Connection, partner_id: str) -> Partner:
    found = rows.select(conn, Partner, f"SELECT * FROM {TABLE} WHERE id = ?", (partner_id,))
    if not found:
        raise NotFound(GONE)
    return found[0]


def find(conn: Connection, wanted: PartnerFilter, alphabet: str = "latin") -> list[Partner]:
    """The partners `wanted` describes, active ones first, each group in alphabet order."""
    where: list[str] = ["1 = 1"]
    params: list[object] = []
    if wanted.kind is not None:
        where.append("kind = ?")
        params.append(wanted.kind.value)
    if wanted.city.strip():
        where.append("city_key = ?")
        params.append(town_key(wanted.city))
    if wanted.active is not None:
        where.append("active = ?")
        params.append(int(wanted.active))
    if wanted.offers is not None:
        where.append("EXISTS (SELECT 1 FROM json_each(services) WHERE value = ?)")
        params.append(wanted.offers.value)
    for term in folding.query_terms(wanted.text):  # every word, as the start of a word
        where.append("instr(' ' || search_text, ' ' || ?) > 0")
        params.append(term)
    order = "sort_name_cyrl" if alphabet == "cyrillic" else "sort_name"
    sql = f"SELECT * FROM {TABLE} WHERE {' AND '.join(where)} ORDER BY active DESC, {order}, id"
    return rows.select(conn, Partner, sql, tuple(params))


def cities(conn: Connection) -> list[str]:
    """Every town the registry holds, once however it was written: in the spelling most partners
    use (a capitalised one when as many use another)."""
    spellings: dict[str, list[tuple[int, bool, str]]] = {}
    for key, city, n in conn.execute(
        f"SELECT city_key, city, count(*) FROM {TABLE} WHERE city_key <> '' GROUP BY city_key, city"
    ):
        spellings.setdefault(str(key), []).append((-int(n), not str(city)[:1].isupper(), str(city)))
    return [min(found)[2] for _key, found in sorted(spellings.items())]


def same_name(conn: Connection, partner: Partner) -> str | None:
    """The id of another partner with this name in this town (however either is written)."""
    row = conn.execute(
        f"SELECT id FROM {TABLE} WHERE sort_name = ? AND city_key = ? AND id <> ? LIMIT 1",
        (collation.sort_key(partner.name, "latin"), town_key(partner.city), partner.id),
    ).fetchone()
    return str(row[0]) if row else None


# The tables that point to a partner (schema 22), each with a partial index on partner_id.
_USERS = {"referrals": "referrals", "inquiries": "missing_inquiries", "hotline": "hotline_calls"}


def usage(conn: Connection) -> dict[str, PartnerUse]:
    """Per partner id, how many referrals, missing-person inquiries and hotline referrals point
    to it (partners nothing points to are left out)."""
    counts: dict[str, dict[str, int]] = {}
    for field, table in _USERS.items():
        sql = f"SELECT partner_id, count(*) FROM {table} WHERE partner_id IS NOT NULL GROUP BY 1"
        for partner_id, n in conn.execute(sql):
            counts.setdefault(str(partner_id), {})[field] = int(n)
    return {pid: PartnerUse(**found) for pid, found in counts.items()}


def name_of(conn: Connection, partner_id: str) -> str | None:
    """The partner's name, or None when the id names no partner of this vault."""
    row = conn.execute(f"SELECT name FROM {TABLE} WHERE id = ?", (partner_id,)).fetchone()
    return str(row[0]) if row else None
