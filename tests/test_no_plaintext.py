"""Nothing readable on disk: marker strings typed into every field never appear in any file the app
could write (vault folder, temp folder, home, working folder) or in any log output, as UTF-8, as
UTF-16-LE, or in the folded form the search index keeps: after saving, after locking, after
reopening, and after a `kill -9` of a process in the middle of writing them.
"""

from __future__ import annotations

import json
import logging
import os
import secrets
import signal
import sqlite3
import subprocess
import tempfile
import time
import unicodedata
from pathlib import Path

import pytest

from astra_desktop.core.folding import fold
from astra_desktop.services import search
from astra_desktop.services import session as vs
from tests._records import FIELDS, fill_every_field, read_every_field
from tests._vaults import writer_command, writer_env
from tests.conftest import ADMIN, ADMIN_PASS

CYRILLIC = "БВГДЖЗИЛПФЦЧШЩЮЯбвгджзилпфцчшщюя"
DIACRITIC = "ČĆŽŠĐčćžšđăâîșțőűéèñøåüöß"


def _random_word(alphabet: str, length: int = 10) -> str:
    return "".join(secrets.choice(alphabet) for _ in range(length))


def field_texts() -> dict[str, str]:
    """Per field, three unique markers: ASCII, Cyrillic, and Latin with diacritics (đ first)."""
    return {
        name: " ".join(
            (
                "MRK" + secrets.token_hex(6),
                "Ж" + _random_word(CYRILLIC),
                "Đ" + _random_word(DIACRITIC),
            )
        )
        for name in FIELDS
    }


def needles(texts: dict[str, str]) -> dict[bytes, str]:
    """Every byte string that would give a marker away, with a label saying which and how."""
    found: dict[bytes, str] = {}
    for field, text in texts.items():
        for word in text.split():
            folded = fold(word)
            forms = {
                "as typed": word,
                "decomposed": unicodedata.normalize("NFD", word),
                "folded": folded,
                "folded, đ as d": folded.replace("dj", "d"),
            }
            for how, form in forms.items():
                for encoding in ("utf-8", "utf-16-le"):
                    found.setdefault(form.encode(encoding), f"{field} marker {how}, {encoding}")
    return found


def leaks(root: Path, texts: dict[str, str], logs: dict[str, bytes]) -> list[str]:
    """Every place under `root` (file names and contents) or in `logs` where a marker shows."""
    hits = []
    wanted = needles(texts)
    places = {str(p): p.read_bytes() for p in sorted(root.rglob("*")) if p.is_file()}
    names = {f"file name {p}": str(p.relative_to(root)).encode() for p in root.rglob("*")}
    assert places, "no files to search"
    for where, data in {**places, **names, **logs}.items():
        hits += [f"{label} in {where}" for needle, label in wanted.items() if needle in data]
    return hits


def assert_plain_sqlite_cannot_read(db: Path) -> None:
    conn = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
    try:
        with pytest.raises(sqlite3.DatabaseError, match="not a database"):
            conn.execute("SELECT name FROM sqlite_master").fetchall()
    finally:
        conn.close()
    assert not db.read_bytes().startswith(b"SQLite format 3")


def test_markers_in_every_field_never_reach_disk_or_logs(
    vault_folder: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    caplog: pytest.LogCaptureFixture,
    capfd: pytest.CaptureFixture[str],
) -> None:
    tmpdir = tmp_path / "tmp"
    tmpdir.mkdir()
    for var in ("TMPDIR", "TEMP", "TMP", "SQLITE_TMPDIR"):
        monkeypatch.setenv(var, str(tmpdir))
    monkeypatch.setattr(tempfile, "tempdir", str(tmpdir))
    caplog.set_level(logging.DEBUG)
    texts = field_texts()

    with vs.unlock(vault_folder, ADMIN, ADMIN_PASS) as sess:
        ids = fill_every_field(sess, texts)
        # Really stored, so the search below means something; and indexed in folded form.
        assert read_every_field(sess, ids) == texts
        for field in ("client.family_name", "client.alias", "note.body"):
            for word in texts[field].split():
                hits = search.search(sess, fold(word))
                assert [h.case_id for h in hits] == [ids["case"]], (field, word)
        out, err = capfd.readouterr()  # also while open: the WAL holds the newest pages
        logs = {"log records": caplog.text.encode(), "stdout": out.encode(), "stderr": err.encode()}
        assert (vault_folder / "vault.db-wal").exists()
        assert leaks(tmp_path, texts, logs) == []
    out, err = capfd.readouterr()
    logs = {"log records": caplog.text.encode(), "stdout": out.encode(), "stderr": err.encode()}
    assert leaks(tmp_path, texts, logs) == []

    with vs.unlock(vault_folder, ADMIN, ADMIN_PASS) as sess:  # reopened, everything viewed again
        assert read_every_field(sess, ids) == texts
    out, err = capfd.readouterr()
    logs = {"log records": caplog.text.encode(), "stdout": out.encode(), "stderr": err.encode()}
    assert leaks(tmp_path, texts, logs) == []
    assert_plain_sqlite_cannot_read(vault_folder / "vault.db")


def test_markers_never_reach_disk_when_a_writer_is_killed(
    vault_folder: Path, tmp_path: Path
) -> None:
    home, tmpdir, cwd = tmp_path / "userhome", tmp_path / "tmp", tmp_path / "cwd"
    for folder in (home, tmpdir, cwd):
        folder.mkdir()
    env = writer_env(
        TMPDIR=str(tmpdir), TEMP=str(tmpdir), TMP=str(tmpdir), SQLITE_TMPDIR=str(tmpdir),
        HOME=str(home), XDG_CONFIG_HOME=str(home / ".config"), XDG_CACHE_HOME=str(home / ".cache"),
        XDG_DATA_HOME=str(home / ".local/share"), XDG_STATE_HOME=str(home / ".local/state"),
        ASTRA_HOME=str(vault_folder.parent),
    )  # fmt: skip
    texts = field_texts()
    job = {"folder": str(vault_folder), "user": ADMIN, "passphrase": ADMIN_PASS, "seed": 7,
           "markers": texts, "log": True}  # fmt: skip
    stderr_path = tmp_path / "writer-stderr.txt"  # under tmp_path: searched like every file
    with stderr_path.open("wb") as stderr:
        proc = subprocess.Popen(
            writer_command("once"), stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=stderr,
            cwd=cwd, env=env,
        )  # fmt: skip
        try:
            assert proc.stdin is not None and proc.stdout is not None
            proc.stdin.write((json.dumps(job) + "\n").encode())
            proc.stdin.close()
            out = b""
            ids: dict[str, str] = {}
            deadline = time.monotonic() + 30
            while time.monotonic() < deadline:
                line = proc.stdout.readline()
                assert line, f"writer stopped: {stderr_path.read_text(errors='replace')}"
                out += line
                words = line.decode().split()
                if words[:2] == ["ack", "markers"]:
                    ids = dict(zip(("client", "case", "note", "service", "referral", "consent",
                                    "document"), words[2:], strict=True))  # fmt: skip
                # Kill it mid-work: the records are committed, notes with markers keep coming.
                if ids and out.count(b"ack note") >= 3:
                    break
            os.kill(proc.pid, signal.SIGKILL)
            proc.wait(10)
            out += proc.stdout.read()
        finally:
            proc.kill()
            proc.wait()
    assert proc.returncode == -signal.SIGKILL
    assert ids, "the writer never wrote the marker records"
    assert (vault_folder / "vault.db-wal").exists()  # the crash state, as the kill left it

    assert leaks(tmp_path, texts, {"writer stdout": out}) == []
    assert_plain_sqlite_cannot_read(vault_folder / "vault.db")

    with vs.unlock(vault_folder, ADMIN, ADMIN_PASS) as sess:  # recovered, and all there
        assert read_every_field(sess, ids) == texts
    assert leaks(tmp_path, texts, {"writer stdout": out}) == []
