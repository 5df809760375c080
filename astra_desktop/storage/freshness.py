"""`vault.anchor`: the MAC'd record of a recent state of vault.db, to catch a rolled-back copy.

The anchor holds the generation counter, the audit chain head and the combined table sums, under an
HMAC keyed from the data key, and is rewritten atomically (temp file, fsync, rename, fsync folder).
At open:
- database generation lower than the anchor's: an older copy of vault.db was put in place;
- equal generation but different audit head or sums: pages from another copy were mixed in;
- higher generation (commits after the last anchor write, then a crash): accepted only if the audit
  entry the anchor names is still in the chain, unchanged.

So a vault.db *newer* than its anchor is not an attack, and the anchor need not follow every commit
(it would cost each save two more fsyncs). `AnchorWriter` writes it when it must: at open, at lock
and close, before the vault is copied (backup, re-key), and otherwise from the first commit that
comes ANCHOR_EVERY_S seconds or ANCHOR_EVERY_COMMITS commits after the last write. What that leaves
a rollback attacker: the commits since the last anchor write (fewer than ANCHOR_EVERY_COMMITS, all
made within ANCHOR_EVERY_S seconds of that write), and only when the app then stops without locking
(crash, kill, power cut) and the attacker holds a copy of vault.db taken after that write. Any copy
older than the anchor is refused as before.
An attacker who replaces *both* files with an older pair is not caught by this (nothing on a
single disk can catch that); backups kept elsewhere are the answer there.
"""

from __future__ import annotations

import hmac
import json
import threading
import time
from collections.abc import Callable
from dataclasses import asdict, dataclass
from pathlib import Path

from astra_desktop.core.messages import Message
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
            raise VaultDamaged(MIXED, detail=Message("audit trail"))
        if now.sums != anchor.sums:
            raise VaultDamaged(MIXED, detail=Message("record totals"))
    elif anchor.audit_seq and audit.entry_hash_at(conn, anchor.audit_seq) != anchor.audit_hash:
        raise VaultDamaged(MIXED, detail=Message("audit trail"))
    stale = digest.stale_tables(conn) if deep else []
    if stale:
        raise VaultDamaged(MIXED, detail=Message("tables {tables}", tables=", ".join(stale)))


# The anchor is rewritten by the first commit this long after the last write, or this many commits
# after it, whichever comes first (and always at lock, close and before the vault is copied).
ANCHOR_EVERY_S = 60.0
ANCHOR_EVERY_COMMITS = 100


class AnchorWriter:
    """Writes the anchor when it must (see the module doc), from any thread, never moving it
    backwards.

    It lives as long as the session, so it keeps only the anchor's sub-key (never the data key,
    which only the session holds and wipes on lock), in a bytearray that `forget()` wipes. It is
    made over an anchor that is current (written at vault creation, at open, or by a re-key), so
    its interval starts when it is made."""

    def __init__(
        self,
        path: Path,
        vault_id: str,
        data_key: bytes,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self._path = path
        self._vault_id = vault_id
        derived = Anchor.mac_key(data_key)
        self._mac_key = bytearray(derived)
        secret_memory.wipe(derived)
        self._lock = threading.Lock()
        self._written = -1
        self._forgotten = False
        self._clock = clock
        self._since = clock()  # when the anchor was last written (or found current)
        self._commits = 0  # commits since then

    def committed(self, conn: Connection) -> None:
        """After a commit on `conn`: write the anchor if the interval is over, else count it."""
        with self._lock:
            self._commits += 1
            if (
                self._commits < ANCHOR_EVERY_COMMITS
                and self._clock() - self._since < ANCHOR_EVERY_S
            ):
                return
            self._write(conn)

    def update(self, conn: Connection) -> None:
        """Write the anchor now (at open, over whatever anchor there was). `conn` must not be
        inside a transaction: the anchor vouches for committed state only."""
        with self._lock:
            self._write(conn)

    def flush(self, conn: Connection) -> None:
        """Write the anchor now if commits have been counted since it was last written (at lock
        and close, and before the vault is copied); as `update` for `conn`."""
        with self._lock:
            if self._commits:
                self._write(conn)

    def _write(self, conn: Connection) -> None:
        if self._forgotten:  # locked meanwhile: as after a crash, the next unlock accepts it
            return
        anchor = Anchor.of(conn, self._vault_id)
        if anchor.generation > self._written:
            anchor.save_with(self._path, self._mac_key)
            self._written = anchor.generation
        self._since, self._commits = self._clock(), 0

    @property
    def pending(self) -> int:
        """Commits counted since the anchor was last written."""
        return self._commits

    def forget(self) -> None:
        """Wipe the sub-key (on lock)."""
        with self._lock:
            self._forgotten = True
            secret_memory.wipe(self._mac_key)
