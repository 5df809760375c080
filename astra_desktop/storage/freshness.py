"""`vault.anchor`: the MAC'd record of the newest state of vault.db, to catch a rolled-back copy.

After every commit the anchor is rewritten (atomically) with the generation counter, the audit
chain head and the combined table sums, under an HMAC keyed from the data key. At open:
- database generation lower than the anchor's: an older copy of vault.db was put in place;
- equal generation but different audit head or sums: pages from another copy were mixed in;
- higher generation (a crash between commit and anchor write): accepted only if the audit entry the
  anchor names is still in the chain, unchanged.
An attacker who replaces *both* files with an older pair is not caught by this (nothing on a
single disk can catch that); backups kept elsewhere are the answer there.
"""

from __future__ import annotations

import hmac
import json
import threading
from dataclasses import asdict, dataclass
from pathlib import Path

from astra_desktop.errors import VaultDamaged
from astra_desktop.storage import audit, digest, secret_memory
from astra_desktop.storage.atomic import write_atomic
from astra_desktop.storage.database import Connection, scalar
from astra_desktop.storage.keyslots import hkdf

ROLLED_BACK = (
    "vault.db is older than the last state this computer saved: an earlier copy of the file has "
    "been put in its place. Records entered since then are not in it. Do not work in this vault; "
    "restore your most recent backup and tell the administrator."
)
MIXED = (
    "Parts of vault.db do not match the rest ({detail}): the file has been damaged or pieced "
    "together from different copies. Do not work in this vault; restore your most recent backup "
    "and tell the administrator."
)
ANCHOR_DAMAGED = (
    "The freshness record (vault.anchor) is missing, damaged or edited, so it cannot be confirmed "
    "that vault.db is the latest version. Restore your most recent backup, or ask the administrator."
)


@dataclass(frozen=True)
class Anchor:
    vault_id: str
    generation: int
    audit_seq: int
    audit_hash: str
    sums: str

    @staticmethod
    def mac_key(data_key: bytes) -> bytes:
        """The anchor's own sub-key: what a long-lived writer keeps instead of the data key."""
        return hkdf(data_key, "astra anchor mac")

    def _mac(self, data_key: bytes) -> str:
        return self._mac_with(self.mac_key(data_key))

    def _mac_with(self, mac_key: bytes | bytearray) -> str:
        body = json.dumps(asdict(self), sort_keys=True).encode()
        return hmac.new(mac_key, body, "sha256").hexdigest()

    def save(self, path: Path, data_key: bytes) -> None:
        self.save_with(path, self.mac_key(data_key))

    def save_with(self, path: Path, mac_key: bytes | bytearray) -> None:
        data = asdict(self) | {"mac": self._mac_with(mac_key)}
        write_atomic(path, json.dumps(data, sort_keys=True).encode())

    @classmethod
    def load(cls, path: Path, data_key: bytes) -> Anchor:
        try:
            raw = json.loads(path.read_bytes())
            mac = raw.pop("mac")
            anchor = cls(**raw)
        except (OSError, ValueError, TypeError, KeyError) as exc:
            raise VaultDamaged(ANCHOR_DAMAGED) from exc
        if not hmac.compare_digest(str(mac), anchor._mac(data_key)):
            raise VaultDamaged(ANCHOR_DAMAGED)
        return anchor

    @classmethod
    def of(cls, conn: Connection, vault_id: str) -> Anchor:
        seq, head = audit.head(conn)
        generation = int(scalar(conn, "SELECT value FROM meta WHERE key = 'generation'") or 0)  # type: ignore[call-overload]
        return cls(vault_id, generation, seq, head, digest.combined(conn))


def verify(conn: Connection, anchor: Anchor, deep: bool = True) -> None:
    """Raise VaultDamaged when vault.db is not the state the anchor vouches for (or a successor)."""
    now = Anchor.of(conn, anchor.vault_id)
    if now.generation < anchor.generation:
        raise VaultDamaged(ROLLED_BACK)
    if now.generation == anchor.generation:
        if now.audit_seq != anchor.audit_seq or now.audit_hash != anchor.audit_hash:
            raise VaultDamaged(MIXED.format(detail="audit trail"))
        if now.sums != anchor.sums:
            raise VaultDamaged(MIXED.format(detail="record totals"))
    elif anchor.audit_seq and audit.entry_hash_at(conn, anchor.audit_seq) != anchor.audit_hash:
        raise VaultDamaged(MIXED.format(detail="audit trail"))
    stale = digest.stale_tables(conn) if deep else []
    if stale:
        raise VaultDamaged(MIXED.format(detail="tables " + ", ".join(stale)))


class AnchorWriter:
    """Writes the anchor after commits, from any thread, never moving it backwards.

    It lives as long as the session, so it keeps only the anchor's sub-key (never the data key,
    which only the session holds and wipes on lock), in a bytearray that `forget()` wipes."""

    def __init__(self, path: Path, vault_id: str, data_key: bytes) -> None:
        self._path = path
        self._vault_id = vault_id
        derived = Anchor.mac_key(data_key)
        self._mac_key = bytearray(derived)
        secret_memory.wipe(derived)
        self._lock = threading.Lock()
        self._written = -1
        self._forgotten = False

    def update(self, conn: Connection) -> None:
        with self._lock:
            if self._forgotten:  # locked meanwhile: as after a crash, the next unlock accepts it
                return
            anchor = Anchor.of(conn, self._vault_id)
            if anchor.generation > self._written:
                anchor.save_with(self._path, self._mac_key)
                self._written = anchor.generation

    def forget(self) -> None:
        """Wipe the sub-key (on lock)."""
        with self._lock:
            self._forgotten = True
            secret_memory.wipe(self._mac_key)
