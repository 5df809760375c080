"""Two people settling the same conflict at the same moment, in opposite ways (issue 21).

Laptops A and B both changed a record; each got the other's file before its own choice reached
the other, and a person on each chose. Each choice is published with the record, so each laptop
then receives a version that "knows" its own: under the transfer rules alone each would take
the other's and they would end swapped (and a third laptop would follow whichever came last).

So a choice travels with the record as a *resolution*: the two versions chosen between, the one
chosen, when (UTC, microseconds) and on which device. When a laptop that holds one resolution's
chosen version receives the other resolution's chosen version of the same record (the same two
versions, the other one chosen), the later resolution wins — at the same moment, the greater
device id: a total order, so every laptop picks the same one whatever order the files arrive in,
and nobody is asked again. A record changed again after a choice needs no resolution: the new
version supersedes both (and only a record still at its chosen version carries one).

A deletion against a change is settled the same way: the deletion's version is its tombstone's
`mark` (the same on every laptop: a vault that deletes because of a tombstone takes that
deletion's time), so "leave it deleted" and "keep it" are two versions like any others, and the
resolution travels with the tombstone (or the kept record) in the file."""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import UTC, datetime

from astra_desktop.services import transfer
from astra_desktop.services import transfer_partners as tp
from astra_desktop.storage import team as st
from astra_desktop.storage import transfer_rows
from astra_desktop.storage import transfer_tables as tt
from astra_desktop.storage.database import Connection


@dataclass(frozen=True)
class Sent:
    """A record as a file has it: its row, or (row None) its tombstone's mark."""

    table: tt.Table
    row: dict[str, object] | None
    mark: str = ""

    @property
    def version(self) -> str:
        return tt.row_hash(self.table.name, self.row) if self.row is not None else self.mark


Rows = dict[str, Sent]  # "table:id" -> the record as the file has it


@dataclass(frozen=True)
class Resolution:
    key: str  # "table:id"
    between: tuple[str, str]  # the two versions chosen between (hashes, sorted)
    chose: str
    at: str  # when, UTC ISO with microseconds
    by: str  # the device whose person chose

    @property
    def order(self) -> tuple[str, str]:
        return (self.at, self.by)

    def message(self) -> dict[str, object]:
        return {"k": self.key, "of": list(self.between), "chose": self.chose, "at": self.at,
                "by": self.by}  # fmt: skip

    @classmethod
    def parse(cls, m: object) -> Resolution | None:
        """A resolution from a file or the vault; None if it is not one (ignored, as unknown)."""
        if not isinstance(m, dict):
            return None
        of, fields = m.get("of"), [m.get(k) for k in ("k", "chose", "at", "by")]
        if not (isinstance(of, list) and len(of) == 2 and all(isinstance(x, str) for x in of)):
            return None
        if not all(isinstance(x, str) and x for x in fields):
            return None
        key, chose, at, by = (str(x) for x in fields)
        low, high = sorted(str(x) for x in of)
        return cls(key, (low, high), chose, at, by) if chose in (low, high) else None


def crossed(ours: Resolution, theirs: Resolution) -> bool:
    """Two resolutions of the same conflict that chose differently."""
    return ours.key == theirs.key and ours.between == theirs.between and ours.chose != theirs.chose


def winner(ours: Resolution, theirs: Resolution) -> Resolution:
    return max(ours, theirs, key=lambda r: r.order)


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="microseconds")


def rows_of(conn: Connection, bundle: transfer.OpenedBundle, keys: set[str]) -> Rows:
    """The records of `keys` as the file has them, rows or tombstones (one pass over it)."""
    if not keys:
        return {}
    ours = {t.name: t for t in tt.case_tables(conn)}
    found: Rows = {}
    for m in bundle.messages():
        kind, name = m.get("type"), str(m.get("t"))
        if name not in ours:
            continue
        table = ours[name]
        if kind == "row":
            row = dict(zip(table.columns, m["v"], strict=False))  # type: ignore[call-overload]
            if (key := f"{name}:{row.get('id')}") in keys:
                found[key] = Sent(table, row)
        elif kind == "tombstone" and (key := f"{name}:{m.get('id')}") in keys:
            try:
                found[key] = Sent(table, None, tt.Tombstone.from_message(m).mark)
            except (KeyError, ValueError, TypeError):
                continue  # the transfer merge refuses the file
    return found


def _local(conn: Connection, table: tt.Table, record_id: str) -> dict[str, object] | None:
    return transfer_rows.record(conn, table, record_id)


def _versions_here(
    conn: Connection, plan: transfer.ImportPlan, table: tt.Table, record_id: str
) -> set[str]:
    """The record's version here: its row's, or if deleted here, the deletion's mark."""
    local = _local(conn, table, record_id)
    if local is not None:
        return tp.versions_here(table, local, plan.partners)
    tomb = tt.tombstone(conn, table.name, record_id)
    return {tomb.mark} if tomb is not None else set()


def _mine(conn: Connection, plan: transfer.ImportPlan, c: transfer.Conflict, sent: Sent) -> str:
    """This vault's side of a conflict, as a version: the row as the sender would write it, or
    the deletion's mark."""
    table = sent.table
    local = _local(conn, table, c.record_id)
    if local is None:
        tomb = tt.tombstone(conn, table.name, c.record_id)
        return tomb.mark if tomb is not None else ""
    if sent.row is None:
        return tt.row_hash(table.name, local)
    return tt.row_hash(table.name, tp.as_sent(table, local, sent.row, plan.partners))


def settled(
    conn: Connection, plan: transfer.ImportPlan, picks: Mapping[str, str], rows: Rows, me: str
) -> list[Resolution]:
    """The resolutions a person's choices make (records changed on both sides, or deleted on
    one and changed on the other)."""
    made = []
    for c in plan.conflicts:
        if c.key not in rows:
            continue
        mine, theirs = _mine(conn, plan, c, rows[c.key]), rows[c.key].version
        if not mine or mine == theirs:
            continue
        chose = mine if picks.get(c.key) == transfer.MINE else theirs
        low, high = sorted((mine, theirs))
        made.append(Resolution(c.key, (low, high), chose, _now(), me))
    return made


def incoming(head: Mapping[str, object]) -> list[Resolution]:
    raw = head.get("resolved")
    found = [Resolution.parse(m) for m in raw] if isinstance(raw, list) else []
    return [r for r in found if r is not None]


def reconcile(
    conn: Connection, plan: transfer.ImportPlan, rows: Rows, arriving: Iterable[Resolution]
) -> list[Resolution]:
    """Decide the records where the file's resolution crosses this vault's (the later one wins,
    no one is asked); returns the resolutions this vault should now remember."""
    kept = {k: r for k, v in st.resolutions(conn, [r.key for r in arriving]).items()
            if (r := Resolution.parse(json.loads(v))) is not None}  # fmt: skip
    remember: list[Resolution] = []
    decided: set[str] = set()
    for theirs in arriving:
        ours = kept.get(theirs.key)
        if ours is None or theirs.order > ours.order:
            remember.append(theirs)
        if ours is None or not crossed(ours, theirs) or theirs.key not in rows:
            continue
        sent = rows[theirs.key]
        if sent.version != theirs.chose:
            continue  # changed again after that choice: the transfer rules decide
        record_id = theirs.key.split(":", 1)[1]
        if ours.chose not in _versions_here(conn, plan, sent.table, record_id):
            continue  # changed here since our choice: the transfer rules decide
        here = _local(conn, sent.table, record_id) is not None
        plan.decisions[theirs.key] = _decision(winner(ours, theirs) is theirs, sent, here)
        decided.add(theirs.key)
    for key, above in plan.under.items():  # records that go (or stay) with a decided one
        if (
            above in decided
            and plan.decisions[above] == "refuse"
            and plan.decisions.get(key) == "delete"
        ):
            plan.decisions[key] = "refuse"
    plan.conflicts[:] = [c for c in plan.conflicts if c.key not in decided]
    return remember


def _decision(theirs_wins: bool, sent: Sent, here: bool) -> str:
    """What the transfer merge does with the file's version of a record decided by the later
    of two crossed choices (`here`: the record is in this vault, not deleted)."""
    if sent.row is None:  # the file deletes it
        return "delete" if theirs_wins else "refuse"
    if here:
        return "update" if theirs_wins else "keep"
    return "restore" if theirs_wins else "gone"


def store(conn: Connection, found: Iterable[Resolution]) -> None:
    for r in found:
        st.put_resolution(conn, r.key, json.dumps(r.message(), sort_keys=True))


def to_send(conn: Connection, exported: Iterable[tuple[str, str, str]]) -> list[dict[str, object]]:
    """The resolutions of exported records still at their chosen version (a tombstone's
    version is its deletion's mark: "leave it deleted" travels with the tombstone)."""
    exported = list(exported)
    known = st.resolutions(conn) if exported else {}
    if not known:
        return []
    sent = []
    for table, record_id, h in exported:
        raw = known.get(f"{table}:{record_id}")
        r = Resolution.parse(json.loads(raw)) if raw else None
        if r is not None and r.chose == h:
            sent.append(r.message())
    return sent
