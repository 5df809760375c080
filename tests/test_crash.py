"""`kill -9` of a writing process at random moments, 200 times in all: after every kill the vault
opens, passes its integrity and freshness checks, and holds every change that was acknowledged.

The writer (tests/_writer.py) unlocks the vault and loops: contact notes, new clients, documents of
one or two chunks, checkpoints, lock-and-unlock. It prints a change's id only after the service call
(and so `with session.write()`) has returned; the test kills it with SIGKILL after a random delay
(15 % of the time while it is still unlocking), then checks. The seeds (in every failure message)
fix what each writer does and how long it lives; where in a commit the kill lands is up to timing.

- 2 tests x 96 kills through fork servers (`_writer.py serve`: Python start-up and imports are paid
  once), two vaults side by side per test. These vaults use Argon2id's minimum parameters: key
  derivation plays no part in crash safety, and the floor parameters would add 0.13 s per unlock.
  After every kill: SQLCipher page MACs, the freshness anchor and table sums (what unlock checks
  once the key is known), and every acknowledged id; after every 5th kill and at the end, a full
  `unlock`, `integrity.check` (SQLite integrity_check, foreign keys, search index, audit chain,
  documents) and every acknowledged document read back byte for byte. Each writer's own unlock, at
  the start of the next round, must succeed too.
- 8 kills of a freshly started interpreter (`_writer.py once`) on the standard test vault (floor
  Argon2 parameters), each followed by the full unlock and checks.
"""

from __future__ import annotations

import hashlib
import json
import os
import random
import select
import signal
import subprocess
import time
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from astra_desktop.services import documents, integrity
from astra_desktop.services import session as vs
from astra_desktop.storage import database, freshness
from astra_desktop.storage.database import Connection
from tests._vaults import CHEAP_KDF, writer_command, writer_env
from tests.conftest import ADMIN, ADMIN_PASS

SEED = 20260611
FORKED_ROUNDS = 96  # per test, in STREAMS vaults side by side; two tests
STREAMS = 2
FRESH_ROUNDS = 8  # 2 x 96 + 8 = 200 kills
FULL_CHECK_EVERY = 5
TIMEOUT = 20.0


@dataclass
class Acked:
    """Everything the writers acknowledged, across rounds: it must all be in the vault."""

    notes: set[str] = field(default_factory=set)
    clients: set[str] = field(default_factory=set)
    documents: dict[str, str] = field(default_factory=dict)  # id -> sha256

    def take(self, words: list[str]) -> None:
        kind, record_id = words[1], words[2]
        if kind == "note":
            self.notes.add(record_id)
        elif kind == "client":
            self.clients.add(record_id)
        elif kind == "document":
            self.documents[record_id] = words[3]
        else:
            raise AssertionError(f"unexpected line {words}")

    @property
    def total(self) -> int:
        return len(self.notes) + len(self.clients) + len(self.documents)


class Lines:
    """Whole lines from a writer's stdout, with deadlines (a kill may cut the last one short)."""

    def __init__(self, proc: subprocess.Popen[bytes]) -> None:
        assert proc.stdout is not None
        self._fd = proc.stdout.fileno()
        self._buf = b""

    def until(self, deadline: float) -> Iterator[list[str]]:
        """Lines that arrive before `deadline` (time.monotonic)."""
        while True:
            while b"\n" in self._buf:
                line, self._buf = self._buf.split(b"\n", 1)
                yield line.decode().split()
            left = deadline - time.monotonic()
            if left <= 0 or not select.select([self._fd], [], [], left)[0]:
                return
            chunk = os.read(self._fd, 65536)
            if not chunk:
                return
            self._buf += chunk


@dataclass
class Round:
    pid: int = 0
    opened: bool = False
    acks: int = 0
    exit_status: int | None = None
    error: str = ""

    def take(self, words: list[str], acked: Acked) -> None:
        if words[0] == "pid":
            self.pid = int(words[1])
        elif words[0] == "open":
            self.opened = True
        elif words[0] == "ack":
            acked.take(words)
            self.acks += 1
        elif words[0] == "exit":
            self.exit_status = int(words[2])
        elif words[0] == "error":
            self.error = " ".join(words[1:])
        else:
            raise AssertionError(f"unexpected line {words}")


def run_round(
    proc: subprocess.Popen[bytes], lines: Lines, job: dict[str, object], rng: random.Random,
    acked: Acked, *, forked: bool,
) -> Round:  # fmt: skip
    """Start one writer, let it work for a random moment, SIGKILL it, collect what it acknowledged."""
    rnd = Round()
    if forked:
        assert proc.stdin is not None
        proc.stdin.write((json.dumps(job) + "\n").encode())
        proc.stdin.flush()
    start = time.monotonic()
    for words in lines.until(start + TIMEOUT):
        rnd.take(words, acked)
        if rnd.pid:
            break
    assert rnd.pid, f"no writer started (job seed {job['seed']})"
    # Mostly kill while it commits; sometimes already while it unlocks (login entry, anchor).
    early = rng.random() < 0.15
    if not early:
        for words in lines.until(time.monotonic() + TIMEOUT):
            rnd.take(words, acked)
            if rnd.opened or rnd.error:
                break
    assert not rnd.error, f"writer failed (job seed {job['seed']}): {rnd.error}"
    delay = rng.uniform(0, 0.08)
    for words in lines.until(time.monotonic() + delay):
        rnd.take(words, acked)
    os.kill(rnd.pid, signal.SIGKILL)
    if forked:
        for words in lines.until(time.monotonic() + TIMEOUT):
            rnd.take(words, acked)
            if rnd.exit_status is not None:
                break
        status = rnd.exit_status
    else:
        status = proc.wait(TIMEOUT)
        for words in lines.until(time.monotonic()):
            rnd.take(words, acked)
    assert not rnd.error, f"writer failed (job seed {job['seed']}): {rnd.error}"
    killed = (
        status is not None and os.WIFSIGNALED(status) and os.WTERMSIG(status) == signal.SIGKILL
        if forked
        else status == -signal.SIGKILL
    )
    assert killed, f"writer ended on its own, status {status} (job seed {job['seed']})"
    return rnd


def assert_acked_present(conn: Connection, acked: Acked, seed: object) -> None:
    notes = {r[0] for r in conn.execute("SELECT id FROM contact_notes")}
    clients_ = {r[0] for r in conn.execute("SELECT id FROM clients")}
    docs = dict(conn.execute("SELECT id, sha256 FROM documents").fetchall())
    assert acked.notes <= notes, f"lost acknowledged notes (seed {seed})"
    assert acked.clients <= clients_, f"lost acknowledged clients (seed {seed})"
    for doc_id, sha in acked.documents.items():
        assert docs.get(doc_id) == sha, f"lost or changed document {doc_id} (seed {seed})"


def quick_verify(folder: Path, key: bytes, salt: bytes, acked: Acked, seed: object) -> None:
    """What unlock checks, minus Argon2 and the key file (which a writer never touches): page
    MACs, the freshness anchor and table sums; then the acknowledged ids."""
    conn = database.connect(folder / "vault.db", key, salt)
    try:
        assert conn.execute("PRAGMA cipher_integrity_check").fetchall() == [], f"seed {seed}"
        freshness.verify(conn, freshness.Anchor.load(folder / "vault.anchor", key))
        assert_acked_present(conn, acked, seed)
    finally:
        conn.close()


def full_verify(folder: Path, acked: Acked, seed: object) -> None:
    """The way in a person uses: unlock (freshness accepted), then every check there is."""
    with vs.unlock(folder, ADMIN, ADMIN_PASS) as sess:
        report = integrity.check(sess)
        assert report.sound, f"seed {seed}: {report.problems}"
        assert_acked_present(sess.db, acked, seed)
        for doc_id, sha in acked.documents.items():  # every byte, not only the recorded sum
            data = b"".join(documents.iter_chunks(sess, doc_id))
            assert hashlib.sha256(data).hexdigest() == sha, f"document {doc_id} (seed {seed})"


def kill_many(folder: Path, seed: int, rounds: int) -> tuple[dict[str, int], Acked]:
    """`rounds` writers forked on one vault, each killed at a random moment, each kill checked."""
    sess, _ = vs.create_vault(folder, ADMIN, ADMIN_PASS, kdf_params=CHEAP_KDF)
    key, salt = bytes(sess.data_key), sess.keyfile.db_salt  # a copy: lock wipes the key
    sess.close()
    rng = random.Random(seed)
    acked = Acked()
    stats = {"before open": 0, "no ack yet": 0, "after acks": 0}
    with (folder.parent / f"writer-{seed}.err").open("wb") as err:
        proc = subprocess.Popen(
            writer_command("serve"), stdin=subprocess.PIPE, stdout=subprocess.PIPE,
            stderr=err, env=writer_env(), cwd=folder.parent,
        )  # fmt: skip
        try:
            lines = Lines(proc)
            for n in range(rounds):
                job_seed = rng.getrandbits(32)
                job = {"folder": str(folder), "user": ADMIN, "passphrase": ADMIN_PASS,
                       "seed": job_seed}  # fmt: skip
                rnd = run_round(proc, lines, job, rng, acked, forked=True)
                kind = "after acks" if rnd.acks else "no ack yet" if rnd.opened else "before open"
                stats[kind] += 1
                quick_verify(folder, key, salt, acked, job_seed)
                if n % FULL_CHECK_EVERY == FULL_CHECK_EVERY - 1:
                    full_verify(folder, acked, job_seed)
        finally:
            assert proc.stdin is not None
            proc.stdin.close()
            proc.kill()
            proc.wait()
    full_verify(folder, acked, seed)
    return stats, acked


@pytest.mark.parametrize("seed", [SEED, SEED + 10])
def test_kill_9_forked_writers(tmp_path: Path, seed: int) -> None:
    # Vaults side by side: each round mostly waits on fsync, so two overlap well on two cores.
    with ThreadPoolExecutor(STREAMS) as pool:
        futures = [
            pool.submit(kill_many, tmp_path / f"vault-{i}", seed + i, FORKED_ROUNDS // STREAMS)
            for i in range(STREAMS)
        ]
        results = [f.result() for f in futures]
    for stats, acked in results:
        # The kills must have landed everywhere: during unlock, and between and during commits.
        # (Loose bounds: how much a writer gets done before its kill depends on the machine.)
        rounds = FORKED_ROUNDS // STREAMS
        assert stats["before open"] >= 1, stats
        assert stats["after acks"] >= rounds // 10, stats
        assert acked.total >= rounds // 5, (stats, acked.total)


def test_kill_9_fresh_writer_processes(tmp_path: Path, vault_folder: Path) -> None:
    rng = random.Random(SEED + 2)
    acked = Acked()
    for _ in range(FRESH_ROUNDS):
        job_seed = rng.getrandbits(32)
        job = {"folder": str(vault_folder), "user": ADMIN, "passphrase": ADMIN_PASS,
               "seed": job_seed}  # fmt: skip
        proc = subprocess.Popen(
            writer_command("once"), stdin=subprocess.PIPE, stdout=subprocess.PIPE,
            stderr=subprocess.DEVNULL, env=writer_env(), cwd=tmp_path,
        )  # fmt: skip
        try:
            assert proc.stdin is not None
            proc.stdin.write((json.dumps(job) + "\n").encode())
            proc.stdin.close()
            run_round(proc, Lines(proc), job, rng, acked, forked=False)
        finally:
            proc.kill()
            proc.wait()
        full_verify(vault_folder, acked, job_seed)
    assert acked.total >= 1
