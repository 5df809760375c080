"""The full page-splice check of a large vault, finished in a child process after it opens.

Why: the check recomputes every row's hash (about 10 s on a 50,000-client vault), too long to
wait for at unlock, so `session.unlock` runs it there only for small vaults
(`DEEP_CHECK_AT_OPEN_BYTES`). For the others the app opens after the quick checks and this runs the
same `digest.stale_tables` on one read snapshot in another process — its own CPU and no GIL shared
with the window — and the app reports what it finds within seconds of opening. The data key
reaches the child through a pipe, never its command line or environment; the child only reads.
"""

from __future__ import annotations

import logging
import multiprocessing
import os
import sys
from multiprocessing.connection import Connection as Pipe
from pathlib import Path

from astra_desktop.services.session import Session
from astra_desktop.storage import database, digest, secret_memory
from astra_desktop.storage.freshness import MIXED

# What the window says when the check finds tables from an older copy (unlock's own words)
STALE = MIXED

log = logging.getLogger(__name__)


class SpliceCheck:
    """A running check: poll `finished()`, then read `stale` (table names; empty when sound)."""

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
        child_end.close()
        _send_key(self._pipe, session.data_key)
        self.stale: list[str] = []
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
        if outcome == "stale":
            self.stale = list(value)
        else:
            self.failed = str(value)
            log.warning("splice check could not finish: %s", self.failed)
        self._finish()
        return True

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
    """Whether unlocking left the full check to be done (a large vault)."""
    return not session.deep_checked


def _run(db_path: str, salt: bytes, pipe: Pipe) -> None:
    """In the child: one read transaction, so rows written meanwhile by the app are not seen."""
    try:
        key = pipe.recv_bytes()
        conn = database.connect(Path(db_path), key, salt)
        try:
            conn.execute("BEGIN")
            stale = digest.stale_tables(conn)
            conn.execute("COMMIT")
        finally:
            conn.close()
        pipe.send(("stale", stale))
    except Exception as exc:  # reported by the parent; the message carries no record content
        pipe.send(("failed", type(exc).__name__))
    finally:
        pipe.close()
