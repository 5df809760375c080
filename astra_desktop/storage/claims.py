"""The claims table (schema 20): a case's claim as one row, its items and costs as JSON.

Amounts are stored as decimal text and dates as ISO text, so the row hashes the same on every
laptop. Saving refuses to overwrite a newer version (rows.ConflictError), like every record.
"""

from __future__ import annotations

import json
from datetime import date, datetime
from decimal import Decimal, InvalidOperation
from typing import Any

from astra_desktop.core.claims import Claim, ClaimCost, ClaimItem, CostKind
from astra_desktop.core.court_documents import DamageKind
from astra_desktop.errors import VaultDamaged
from astra_desktop.storage import rows
from astra_desktop.storage.database import Connection

TABLE = "claims"
_COLUMNS = ("id, case_id, proceeding_id, items, costs, facts, civil_court, civil_case_number, "
            "legal_aid, created_at, updated_at, version")  # fmt: skip


def _amount(value: Decimal | None) -> str | None:
    return None if value is None else f"{value:.2f}"


def _day(value: date | None) -> str | None:
    return None if value is None else value.isoformat()


def items_json(items: list[ClaimItem]) -> str:
    return json.dumps(
        [{"kind": i.kind.value, "amount": _amount(i.amount), "description": i.description,
          "interest_from": _day(i.interest_from), "evidence": list(i.evidence)} for i in items],
        ensure_ascii=False, separators=(",", ":"),
    )  # fmt: skip


def costs_json(costs: list[ClaimCost]) -> str:
    return json.dumps(
        [{"kind": c.kind.value, "amount": _amount(c.amount), "description": c.description}
         for c in costs],
        ensure_ascii=False, separators=(",", ":"),
    )  # fmt: skip


def _decimal(value: Any) -> Decimal | None:
    return None if value in (None, "") else Decimal(str(value))


def _items(text: str) -> list[ClaimItem]:
    return [
        ClaimItem(DamageKind(d["kind"]), _decimal(d.get("amount")), str(d.get("description", "")),
                  date.fromisoformat(d["interest_from"]) if d.get("interest_from") else None,
                  tuple(str(e) for e in d.get("evidence", ())))
        for d in json.loads(text)
    ]  # fmt: skip


def _costs(text: str) -> list[ClaimCost]:
    return [
        ClaimCost(CostKind(d["kind"]), _decimal(d.get("amount")), str(d.get("description", "")))
        for d in json.loads(text)
    ]


def _claim(row: tuple[Any, ...]) -> Claim:
    (cid, case_id, pid, items, costs, facts, court, number, aid, created, updated, version) = row
    try:
        return Claim(
            case_id, _items(items), _costs(costs), pid, facts, court, number, aid, cid,
            datetime.fromisoformat(created), datetime.fromisoformat(updated), int(version),
        )  # fmt: skip
    except (ValueError, KeyError, TypeError, InvalidOperation) as exc:
        raise VaultDamaged(
            "the claim of case {case_id} cannot be read ({exc})", case_id=case_id, exc=exc
        ) from exc


def of_case(conn: Connection, case_id: str) -> Claim | None:
    row = conn.execute(f"SELECT {_COLUMNS} FROM {TABLE} WHERE case_id = ?", (case_id,)).fetchone()
    return _claim(tuple(row)) if row else None


def _values(claim: Claim) -> dict[str, object]:
    return {
        "proceeding_id": claim.proceeding_id, "items": items_json(claim.items),
        "costs": costs_json(claim.costs), "facts": claim.facts, "civil_court": claim.civil_court,
        "civil_case_number": claim.civil_case_number, "legal_aid": claim.legal_aid,
    }  # fmt: skip


def save(conn: Connection, claim: Claim) -> bool:
    """Insert the claim (version 0: new) or write over version N; True when it was new. Inside
    the caller's transaction; rows.ConflictError if someone saved in between."""
    now = rows.now_utc()
    values = _values(claim)
    if claim.version == 0:
        exists = conn.execute(f"SELECT 1 FROM {TABLE} WHERE id = ?", (claim.id,)).fetchone()
        if exists:
            raise rows.ConflictError(rows.CONFLICT)
        conn.execute(
            f"INSERT INTO {TABLE} (id, case_id, {', '.join(values)}, created_at, updated_at, "
            f"version) VALUES (?, ?, {', '.join('?' * len(values))}, ?, ?, 1)",
            (claim.id, claim.case_id, *values.values(), now.isoformat(), now.isoformat()),
        )
        claim.created_at, claim.updated_at, claim.version = now, now, 1
        return True
    assignments = ", ".join(f"{k} = ?" for k in values)
    cur = conn.execute(
        f"UPDATE {TABLE} SET {assignments}, updated_at = ?, version = version + 1 "
        "WHERE id = ? AND version = ?",
        (*values.values(), now.isoformat(), claim.id, claim.version),
    )
    if cur.rowcount == 0:
        raise rows.ConflictError(rows.CONFLICT)
    claim.updated_at, claim.version = now, claim.version + 1
    return False


def delete(conn: Connection, claim_id: str) -> bool:
    return conn.execute(f"DELETE FROM {TABLE} WHERE id = ?", (claim_id,)).rowcount > 0
