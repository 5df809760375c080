"""Test helper (not a test): a process that keeps writing to a vault until it is killed with SIGKILL.

Run as `python -m tests._writer MODE` (sys.executable, this checkout on PYTHONPATH). Jobs arrive as
JSON lines on stdin, never as arguments or environment variables (they carry a passphrase):
    {"folder": ..., "user": ..., "passphrase": ..., "seed": 1, "markers": {...}?, "log": false}

MODE `once`: this process runs one job. MODE `serve`: a fork server that has paid for Python's
start-up and imports once; it forks one writer per job line and reaps it, so a test can kill
hundreds of writers quickly. It never opens the vault itself (nothing SQLite-related crosses a fork).

Each line on stdout is a single os.write (atomic on a pipe), so a kill leaves whole lines only:
    pid N                  a writer has started
    open                   it has unlocked the vault
    ack note|client|document ID [SHA256]
                           `with session.write()` has returned: the change is acknowledged
    ack markers ID...      (markers jobs) every field of every record type written
    error TEXT             the writer failed on its own (the test fails)
    exit N STATUS          (serve) writer N has ended, STATUS as from os.waitpid
"""

from __future__ import annotations

import hashlib
import io
import json
import logging
import os
import random
import sys
import time
import traceback
from datetime import datetime, timedelta
from pathlib import Path

from astra_desktop.core.models import Client, ContactNote
from astra_desktop.services import case_records, clients, documents
from astra_desktop.services import session as vs
from astra_desktop.services.documents import CHUNK
from astra_desktop.storage import database
from tests._records import fill_every_field

MAX_SECONDS = 30.0  # a writer nobody kills stops by itself


def say(*words: object) -> None:
    os.write(1, (" ".join(str(w) for w in words) + "\n").encode())


def write_until_killed(job: dict[str, object]) -> None:
    rng = random.Random(int(str(job["seed"])))
    folder, user, passphrase = Path(str(job["folder"])), str(job["user"]), str(job["passphrase"])
    markers = job.get("markers")
    if job.get("log"):
        logging.basicConfig(level=logging.DEBUG, stream=sys.stderr)
    deadline = time.monotonic() + MAX_SECONDS
    session = vs.unlock(folder, user, passphrase)
    say("open")
    if isinstance(markers, dict):
        ids = fill_every_field(session, markers)
        say("ack markers", *ids.values())
    case_ids = [str(r[0]) for r in session.db.execute("SELECT id FROM cases")]
    when = datetime.now() - timedelta(hours=1)
    while time.monotonic() < deadline:
        op = rng.random()
        if op < 0.55 and case_ids:
            body = str(markers["note.body"]) if isinstance(markers, dict) else ""
            body += f" note {rng.getrandbits(64):x} " + "x" * rng.randrange(1, 3000)
            note = case_records.add_note(session, ContactNote(rng.choice(case_ids), when, body))
            say("ack note", note.id)
        elif op < 0.8 or not case_ids:
            client = Client(f"Given{rng.getrandbits(32):x}", f"Family{rng.getrandbits(32):x}")
            case = clients.register(session, client)
            case_ids.append(case.id)
            say("ack client", client.id)
        elif op < 0.86 and case_ids:
            size = rng.choice((rng.randrange(1, 4096), rng.randrange(CHUNK + 1, CHUNK + 40_000)))
            data = rng.randbytes(size)  # one chunk, or two
            info = documents.import_stream(
                session, rng.choice(case_ids), "scan.bin", io.BytesIO(data).read, len(data)
            )
            say("ack document", info.id, hashlib.sha256(data).hexdigest())
        elif op < 0.93:
            database.checkpoint(session.db)
        else:  # lock and unlock again: kills land in checkpoint, close and open as well
            session.close()
            session = vs.unlock(folder, user, passphrase)
    session.close()


def run_job(job: dict[str, object]) -> int:
    try:
        write_until_killed(job)
    except BaseException as exc:  # reported to the test, which fails on it
        say("error", type(exc).__name__, str(exc).replace("\n", " "))
        traceback.print_exc()
        return 1
    return 0


def once() -> int:
    say("pid", os.getpid())
    return run_job(json.loads(sys.stdin.readline()))


def serve() -> int:
    for line in sys.stdin:
        job = json.loads(line)
        pid = os.fork()
        if pid == 0:  # the writer
            status = 1
            try:
                status = run_job(job)
            finally:
                os._exit(status)
        say("pid", pid)
        _, status = os.waitpid(pid, 0)
        say("exit", pid, status)
    return 0


if __name__ == "__main__":
    sys.exit({"once": once, "serve": serve}[sys.argv[1]]())
