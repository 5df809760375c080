"""The whole-file checks of a vault, finished in a child process after the app has opened it.

Why: they read every page of vault.db — `PRAGMA cipher_integrity_check` checks each page's MAC
(about 1.5 s on a 50,000-client vault), every row's hash is recomputed (storage.audit_pass, a few
seconds) and an administrator's verification of the forward-secure audit trail runs over every
audit entry in that same reading — so unlock would grow with the vault. `session.unlock` therefore
runs only the quick freshness checks (the CLI asks for the whole-file checks at open,
`full_check`), and the app runs these here, on one read snapshot in another process — the second
CPU, no GIL shared with the window, at the lowest scheduling priority — and reports what they find
within seconds of opening. The data
key (and, for an administrator, the audit trail's seeds) reach the child through a pipe, never its
command line or environment; the child only reads.
"""

from __future__ import annotations

import contextlib
import logging
import multiprocessing
import os
import sys
import time
from multiprocessing.connection import Connection as Pipe
from pathlib import Path
from typing import cast

from astra_desktop.core.messages import Joined, Message
from astra_desktop.errors import VaultDamaged
from astra_desktop.services import audit_trail
from astra_desktop.services.audit_trail import ALTERED
from astra_desktop.services.session import Session
from astra_desktop.storage import audit_keys, audit_pass, database, file_checks, secret_memory
from astra_desktop.storage.database import DAMAGED_DB
from astra_desktop.storage.freshness import MIXED

# What the window says when the check finds tables from an older copy (unlock's own words)
STALE = MIXED
LOW_PRIORITY = 19  # nice value on POSIX
IDLE_PRIORITY_CLASS = 0x40  # Windows
# SQLite's result codes for a damaged file (SQLITE_CORRUPT, SQLITE_NOTADB), in its own words
SQLITE_DAMAGE = {11: "database disk image is malformed", 26: "file is not a database"}

log = logging.getLogger(__name__)


class SpliceCheck:
    """A running check: poll `finished()`, then read `problem` (None when the vault is sound, or
    when the check could not finish: `failed` says why). `stale`: the tables from an older copy;
    `damaged`: SQLCipher's lines about pages whose MAC fails; `unreadable`: why SQLite stopped
    reading vault.db."""

    def __init__(self, session: Session) -> None:
        context = multiprocessing.get_context("spawn")
        self._pipe, child_end = context.Pipe()
        self._process = context.Process(
            target=_run,
            args=(str(session.files.db), session.keyfile.db_salt, child_end),
            name="astra-splice-check",
            daemon=True,
        )
        self._process.start()
        if hasattr(os, "setpriority") and self._process.pid:  # also while the child starts up
            with contextlib.suppress(OSError):
                os.setpriority(os.PRIO_PROCESS, self._process.pid, LOW_PRIORITY)
        child_end.close()
        _send_key(self._pipe, session.data_key)
        # The audit trail's seeds: empty unless an administrator unlocked (then no trail check)
        _send_key(self._pipe, cast(bytes, session.audit_secret))
        self.stale: list[str] = []
        self.trail: list[Message] = []  # what the audit-trail verification found
        self.damaged: list[str] = []
        self.unreadable = ""  # SQLite's message when vault.db could not be read to the end
        self.failed = ""  # why the check could not be finished, if it could not
        self._done = False

    def finished(self) -> bool:
        if self._done:
            return True
        try:
            if not self._pipe.poll():
                if self._process.is_alive():
                    return False
                raise EOFError
            outcome, value = self._pipe.recv()
        except (EOFError, OSError):
            outcome, value = "failed", f"the check stopped (exit code {self._process.exitcode})"
        if outcome == "checked":
            self.stale, self.trail = list(value["stale"]), list(value["trail"])
        elif outcome == "damaged":
            self.damaged = list(value)
        elif outcome == "unreadable":
            self.unreadable = str(value)
        else:
            self.failed = str(value)
            log.warning("splice check could not finish: %s", self.failed)
        self._finish()
        return True

    @property
    def problem(self) -> VaultDamaged | None:
        """What to tell the person, in unlock's own words (a damaged page first)."""
        damaged = self.damaged
        if damaged:
            return VaultDamaged(DAMAGED_DB, detail=database.damaged_detail(len(damaged)))
        if self.unreadable:
            return VaultDamaged(DAMAGED_DB, detail=self.unreadable)
        if self.stale:
            return VaultDamaged(
                STALE, detail=Message("tables {names}", names=", ".join(self.stale))
            )
        if self.trail:
            return VaultDamaged(ALTERED, detail=Joined(self.trail[:3]))
        return None

    @property
    def trail_only(self) -> bool:
        """The vault's pages and records are sound; only the audit trail was found altered."""
        return bool(self.trail) and not (self.damaged or self.unreadable or self.stale)

    def cancel(self) -> None:
        """On locking: stop the child at once (it holds the data key)."""
        if not self._done:
            self._process.kill()
            self._finish()

    def _finish(self) -> None:
        self._done = True
        self._pipe.close()
        self._process.join(timeout=5)


def _send_key(pipe: Pipe, data_key: bytes) -> None:
    """`pipe.send_bytes(data_key)`, leaving no copy of the key behind: on POSIX, multiprocessing
    joins a short message to its length header (a new bytes object, freed unwiped), so the same
    frame (4-byte big-endian length, then the bytes) is built here in a bytearray that is wiped.
    Windows pipes write the caller's buffer as it is."""
    if sys.platform == "win32":
        pipe.send_bytes(data_key)
        return
    frame = bytearray(4 + len(data_key))
    try:
        frame[:4] = len(data_key).to_bytes(4, "big")
        frame[4:] = data_key
        view, fd = memoryview(frame), pipe.fileno()
        while view:
            view = view[os.write(fd, view) :]
    finally:
        secret_memory.wipe(frame)


def needed(session: Session) -> bool:
    """Whether unlocking left the whole-file checks to be done (always, without `full_check`)."""
    return not session.deep_checked


def damage(exc: BaseException) -> VaultDamaged | None:
    """What a failed read means for the person when SQLite found a damaged page (one that fails
    its MAC, or a b-tree pieced together from different copies): unlock's own message. None for
    every other failure (busy, I/O, a constraint), which says nothing about the vault."""
    if type(exc) is not database.DatabaseError:  # the subclasses are the other failures
        return None
    # SQLite's own words for the codes of a damaged file: the exception's text may say more (Qt
    # bindings prefix one raised in a model that Qt called).
    code = int(getattr(exc, "sqlite_errorcode", 0) or 0)
    return VaultDamaged(DAMAGED_DB, detail=SQLITE_DAMAGE.get(code, str(exc)))


def _lower_priority() -> None:
    """The lowest scheduling priority for this process: the window comes first."""
    if sys.platform == "win32":
        import ctypes

        with contextlib.suppress(OSError, AttributeError):
            kernel32 = ctypes.windll.kernel32
            kernel32.SetPriorityClass(kernel32.GetCurrentProcess(), IDLE_PRIORITY_CLASS)
    else:
        with contextlib.suppress(OSError):
            os.nice(LOW_PRIORITY)  # an increment: at most 19, whatever the parent set already


def _damaged_pages(conn: database.Connection) -> list[str]:
    """Pages whose MAC fails. `cipher_integrity_check` reads vault.db itself, where the app may be
    copying pages from its write-ahead log meanwhile: a page read half-written is read again once
    before it counts (damage stays; a torn read does not)."""
    damaged = file_checks.damaged_pages(conn)
    if damaged:
        time.sleep(0.5)
        damaged = file_checks.damaged_pages(conn)
    return damaged


def _run(db_path: str, salt: bytes, pipe: Pipe) -> None:
    """In the child: one read transaction, so rows written meanwhile by the app are not seen."""
    _lower_priority()
    try:
        key = pipe.recv_bytes()
        seeds = audit_keys.decode(pipe.recv_bytes())
        conn = database.connect(Path(db_path), key, salt)
        try:
            with database.read_snapshot(conn):
                damaged = _damaged_pages(conn)
                outcome: tuple[str, object] = ("damaged", damaged)
                if not damaged:
                    stale, log = audit_pass.stale_tables(conn, seeds)
                    trail = audit_trail.verify_entries(conn, seeds, log) if seeds else []
                    outcome = ("checked", {"stale": stale, "trail": trail})
        finally:
            conn.close()
        pipe.send(outcome)
    except VaultDamaged as exc:  # connect: vault.db no longer opens
        pipe.send(("unreadable", str(exc.__cause__ or exc)))
    except Exception as exc:  # reported by the parent; the message carries no record content
        if damage(exc) is not None:  # SQLite stopped reading at a damaged page
            pipe.send(("unreadable", str(exc)))
            return
        pipe.send(("failed", type(exc).__name__))
    finally:
        pipe.close()
