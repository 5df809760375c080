"""The team tables (schemas 24 and 25): this vault's device keys, the team keys per epoch, the
devices, the files applied, the cases shared with the office and which of them changed since last
published, how far each device says it has applied the others' files, the snapshots known. Keys
never leave the vault through here."""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, datetime

from astra_desktop.core.team import DeviceKeys
from astra_desktop.storage.database import Connection


@dataclass(frozen=True)
class TeamRow:
    team_id: str
    name: str
    device_id: str
    keys: DeviceKeys
    roster_version: int
    next_seq: int
    joined: bool


@dataclass(frozen=True)
class Device:
    device_id: str
    owner: str
    sign_public: bytes
    box_public: bytes
    admin: bool
    removed: bool
    last_seq: int | None
    last_seen: str | None


def now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


def get(conn: Connection) -> TeamRow | None:
    row = conn.execute(
        "SELECT team_id, name, device_id, sign_key, box_key, roster_version, next_seq, joined "
        "FROM team WHERE id = 1"
    ).fetchone()
    if row is None:
        return None
    return TeamRow(row[0], row[1], row[2], DeviceKeys(bytes(row[3]), bytes(row[4])), row[5],
                   row[6], bool(row[7]))  # fmt: skip


def create(
    conn: Connection, team_id: str, name: str, device_id: str, keys: DeviceKeys, joined: bool
) -> None:
    conn.execute(
        "INSERT OR REPLACE INTO team (id, team_id, name, device_id, sign_key, box_key, "
        "roster_version, next_seq, joined, created_at) VALUES (1, ?, ?, ?, ?, ?, 0, 1, ?, ?)",
        (team_id, name, device_id, keys.sign, keys.box, int(joined), now()),
    )


def set_joined(conn: Connection, team_id: str, name: str) -> None:
    conn.execute("UPDATE team SET team_id = ?, name = ?, joined = 1 WHERE id = 1", (team_id, name))


def set_roster_version(conn: Connection, version: int) -> None:
    conn.execute("UPDATE team SET roster_version = ? WHERE id = 1", (version,))


def take_seq(conn: Connection) -> int:
    """The number of the next file this device writes (inside the caller's transaction)."""
    seq = int(conn.execute("SELECT next_seq FROM team WHERE id = 1").fetchone()[0])
    conn.execute("UPDATE team SET next_seq = ? WHERE id = 1", (seq + 1,))
    return seq


# --- keys ------------------------------------------------------------------------------------------
def add_key(conn: Connection, epoch: int, key: bytes) -> None:
    conn.execute("INSERT OR IGNORE INTO team_keys (epoch, key) VALUES (?, ?)", (epoch, key))


def key(conn: Connection, epoch: int) -> bytes | None:
    row = conn.execute("SELECT key FROM team_keys WHERE epoch = ?", (epoch,)).fetchone()
    return bytes(row[0]) if row else None


def keys(conn: Connection) -> dict[int, bytes]:
    return {int(e): bytes(k) for e, k in conn.execute("SELECT epoch, key FROM team_keys")}


def current_epoch(conn: Connection) -> int:
    row = conn.execute("SELECT MAX(epoch) FROM team_keys").fetchone()
    return int(row[0]) if row and row[0] is not None else 0


# --- devices ---------------------------------------------------------------------------------------
_DEVICE = "device_id, owner, sign_public, box_public, admin, removed, last_seq, last_seen"


def _device(row: tuple) -> Device:
    return Device(row[0], row[1], bytes(row[2]), bytes(row[3]), bool(row[4]), bool(row[5]),
                  row[6], row[7])  # fmt: skip


def devices(conn: Connection) -> list[Device]:
    rows = conn.execute(f"SELECT {_DEVICE} FROM team_devices ORDER BY removed, owner, device_id")
    return [_device(r) for r in rows]


def device(conn: Connection, device_id: str) -> Device | None:
    row = conn.execute(
        f"SELECT {_DEVICE} FROM team_devices WHERE device_id = ?", (device_id,)
    ).fetchone()
    return _device(row) if row else None


def put_device(conn: Connection, d: Device) -> None:
    """Add or update a device from a roster (its last-seen time stays this vault's own)."""
    conn.execute(
        "INSERT INTO team_devices (device_id, owner, sign_public, box_public, admin, removed, "
        "last_seq) VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (device_id) DO UPDATE SET "
        "owner = excluded.owner, sign_public = excluded.sign_public, box_public = "
        "excluded.box_public, admin = excluded.admin, removed = excluded.removed, "
        "last_seq = excluded.last_seq",
        (d.device_id, d.owner, d.sign_public, d.box_public, int(d.admin), int(d.removed),
         d.last_seq),
    )  # fmt: skip


def seen(conn: Connection, device_id: str) -> None:
    conn.execute("UPDATE team_devices SET last_seen = ? WHERE device_id = ?", (now(), device_id))


# --- applied files ---------------------------------------------------------------------------------
def last_applied(conn: Connection, device_id: str) -> int:
    row = conn.execute(
        "SELECT MAX(seq) FROM team_applied WHERE device_id = ?", (device_id,)
    ).fetchone()
    return int(row[0]) if row and row[0] is not None else 0


def mark_applied(conn: Connection, device_id: str, seq: int) -> None:
    conn.execute(
        "INSERT INTO team_applied (device_id, seq, applied_at) VALUES (?, ?, ?)",
        (device_id, seq, now()),
    )


# --- shared cases ----------------------------------------------------------------------------------
def share(conn: Connection, case_id: str) -> None:
    conn.execute(
        "INSERT OR IGNORE INTO team_shared_cases (case_id, shared_at) VALUES (?, ?)",
        (case_id, now()),
    )


def unshare(conn: Connection, case_id: str) -> None:
    conn.execute("DELETE FROM team_shared_cases WHERE case_id = ?", (case_id,))


def is_shared(conn: Connection, case_id: str) -> bool:
    row = conn.execute("SELECT 1 FROM team_shared_cases WHERE case_id = ?", (case_id,))
    return row.fetchone() is not None


# A case's state: when it or its client last changed (kept with what was published of it; what
# changed is told by the schema 25 triggers, whole seconds could not tell an edit made in the
# second of publishing).
_STATE = "(c.updated_at || '|' || COALESCE(cl.updated_at, ''))"
_JOIN = "LEFT JOIN cases c ON c.id = s.case_id LEFT JOIN clients cl ON cl.id = c.client_id"


def candidates(conn: Connection, full: bool = False) -> list[tuple[str, str | None]]:
    """Shared cases that may have changed since last published: (case id, its state, None if
    deleted); all shared cases with `full`. A case is one if a trigger of schema 25 marked it
    (any record it carries written or deleted), if it was never published (newly shared, or to be
    published again after a person kept this vault's version), or if it is gone and its deletion
    was not published yet."""
    rows = conn.execute(
        f"SELECT s.case_id, CASE WHEN c.id IS NULL THEN NULL ELSE {_STATE} END "
        f"FROM team_shared_cases s {_JOIN} "
        "WHERE ? OR s.case_id IN (SELECT case_id FROM team_dirty) OR s.published IS NULL "
        "OR (c.id IS NULL AND s.published IS NOT 'deleted') ORDER BY s.case_id",
        (int(full),),
    ).fetchall()
    return [(str(r[0]), r[1]) for r in rows]


def digest(conn: Connection, case_id: str) -> str | None:
    row = conn.execute("SELECT digest FROM team_shared_cases WHERE case_id = ?", (case_id,))
    found = row.fetchone()
    return found[0] if found else None


def published(conn: Connection, case_id: str, state: str, digest: str | None = None) -> None:
    """Remember what was published of a case (`digest` None: keep the one remembered)."""
    conn.execute(
        "UPDATE team_shared_cases SET published = ?, published_at = ?, "
        "digest = COALESCE(?, digest) WHERE case_id = ?",
        (state, now(), digest, case_id),
    )


def case_state(conn: Connection, case_id: str) -> tuple[str | None, str | None]:
    """(the case's state, None if it is gone; what was last published of it)."""
    row = conn.execute(
        f"SELECT CASE WHEN c.id IS NULL THEN NULL ELSE {_STATE} END, s.published "
        f"FROM (SELECT ? AS case_id) q LEFT JOIN team_shared_cases s ON s.case_id = q.case_id "
        "LEFT JOIN cases c ON c.id = q.case_id LEFT JOIN clients cl ON cl.id = c.client_id",
        (case_id,),
    ).fetchone()
    return row[0], row[1]


def folder(conn: Connection) -> str:
    row = conn.execute("SELECT folder FROM team WHERE id = 1").fetchone()
    return str(row[0]) if row else ""


def set_folder(conn: Connection, path: str) -> None:
    conn.execute("UPDATE team SET folder = ? WHERE id = 1", (path,))


def next_seq(conn: Connection) -> int:
    return int(conn.execute("SELECT next_seq FROM team WHERE id = 1").fetchone()[0])


def set_next_seq(conn: Connection, seq: int) -> None:
    conn.execute("UPDATE team SET next_seq = ? WHERE id = 1", (seq,))


def republish(conn: Connection, case_id: str) -> None:
    """Publish the case again at the next sync even if its records did not change (a person
    settled a conflict here: the others learn of that choice)."""
    conn.execute(
        "UPDATE team_shared_cases SET published = NULL, digest = NULL WHERE case_id = ?",
        (case_id,),
    )


# --- changes since last published (schema 25 triggers) ---------------------------------------------
def dirty(conn: Connection) -> dict[str, int]:
    """Shared cases whose records changed since last published -> how many writes (a count, so
    a write made while publishing is not cleared with the ones published)."""
    return {str(c): int(n) for c, n in conn.execute("SELECT case_id, n FROM team_dirty")}


def clear_dirty(conn: Connection, case_id: str, n: int | None = None) -> None:
    """The case was published (or its changes came from the office): forget its mark, unless it
    was written again since it was read as `n`."""
    if n is None:
        conn.execute("DELETE FROM team_dirty WHERE case_id = ?", (case_id,))
    else:
        conn.execute("DELETE FROM team_dirty WHERE case_id = ? AND n = ?", (case_id, n))


# --- acknowledgements and snapshots (schema 25) ----------------------------------------------------
def set_acks(conn: Connection, device_id: str, acks: dict[str, int]) -> None:
    """What `device_id` says it has applied: device -> last file (never lowered)."""
    for of, seq in acks.items():
        conn.execute(
            "INSERT INTO team_acks (device_id, of_device, seq) VALUES (?, ?, ?) "
            "ON CONFLICT (device_id, of_device) DO UPDATE SET seq = max(seq, excluded.seq)",
            (device_id, of, int(seq)),
        )


def acks(conn: Connection) -> dict[str, dict[str, int]]:
    """device -> (whose files -> applied up to)."""
    found: dict[str, dict[str, int]] = {}
    for d, of, seq in conn.execute("SELECT device_id, of_device, seq FROM team_acks"):
        found.setdefault(str(d), {})[str(of)] = int(seq)
    return found


def applied_all(conn: Connection) -> dict[str, int]:
    """Every device -> the last of its files this vault applied (or skipped past by starting
    from a snapshot)."""
    rows = conn.execute("SELECT device_id, MAX(seq) FROM team_applied GROUP BY device_id")
    return {str(d): int(s) for d, s in rows}


def start_at(conn: Connection, device_id: str, seq: int) -> None:
    """This vault starts past the device's files up to `seq` (a snapshot holds them)."""
    if seq > 0:
        conn.execute(
            "INSERT OR IGNORE INTO team_applied (device_id, seq, applied_at) VALUES (?, ?, ?)",
            (device_id, seq, now()),
        )


@dataclass(frozen=True)
class Snapshot:
    device_id: str
    seq: int
    covers: dict[str, int]

    @property
    def size(self) -> int:
        return sum(self.covers.values())


def add_snapshot(conn: Connection, snap: Snapshot) -> None:
    conn.execute(
        "INSERT OR IGNORE INTO team_snapshots (device_id, seq, covers, seen_at) VALUES (?, ?, ?, ?)",
        (snap.device_id, snap.seq, json.dumps(snap.covers, sort_keys=True), now()),
    )


def snapshots(conn: Connection) -> list[Snapshot]:
    """The snapshots known here, the one covering most last."""
    found = [
        Snapshot(str(d), int(s), {str(k): int(v) for k, v in json.loads(c).items()})
        for d, s, c in conn.execute("SELECT device_id, seq, covers FROM team_snapshots")
    ]
    return sorted(found, key=lambda x: (x.size, x.device_id, x.seq))


def shared_case_ids(conn: Connection) -> list[str]:
    """The shared cases still in this vault (what a snapshot holds)."""
    rows = conn.execute(
        "SELECT s.case_id FROM team_shared_cases s JOIN cases c ON c.id = s.case_id "
        "ORDER BY s.case_id"
    )
    return [str(r[0]) for r in rows]


# --- conflicts settled (kept in the settings table: no schema change) ------------------------------
_RESOLVED = "team.resolved:"


def resolutions(conn: Connection, keys: Iterable[str] | None = None) -> dict[str, str]:
    """How this vault last saw a conflict of each record settled: "table:id" -> its JSON (see
    services/sync_resolve.py); every one known with `keys` None."""
    if keys is None:
        rows = conn.execute(
            "SELECT substr(key, ?), value FROM settings WHERE key LIKE ?",
            (len(_RESOLVED) + 1, _RESOLVED + "%"),
        )
        return {str(k): str(v) for k, v in rows}
    found: dict[str, str] = {}
    for key in keys:
        row = conn.execute("SELECT value FROM settings WHERE key = ?", (_RESOLVED + key,))
        value = row.fetchone()
        if value is not None:
            found[key] = str(value[0])
    return found


def put_resolution(conn: Connection, key: str, value: str) -> None:
    conn.execute(
        "INSERT INTO settings (key, value) VALUES (?, ?) "
        "ON CONFLICT (key) DO UPDATE SET value = excluded.value",
        (_RESOLVED + key, value),
    )
