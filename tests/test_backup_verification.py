"""What a backup's one verifying pass proves, and what `check`'s single whole-file passes find.

A backup recomputes the record sums from the vault beside the export (in the state it copies)
and reads the copy once, from the disk (`db_copy.check_copy`); the sealed file is read back once
from the drive. So: a vault with a page from an older copy is never backed up; a commit between the
export's snapshot and the sums' falls back to hashing the copy's own rows; a copy with a page
damaged or left over from an earlier write is refused; a sealed file changed on the drive before the
read-back is refused. `check` runs each whole-file pass once and still finds an audit trail cut
off at its end after the last anchor (its rows' sum, recomputed once with the others).
"""

from __future__ import annotations

import io
import os
from collections.abc import Callable
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from astra_desktop import cli
from astra_desktop.core.models import Client, ContactNote
from astra_desktop.errors import VaultDamaged
from astra_desktop.services import backups, case_records, clients, integrity, restore
from astra_desktop.services import session as vs
from astra_desktop.storage import audit, database, db_copy
from tests._backups import BACKUP_PASS, add_big_document, entries
from tests._vaults import PAGE, snapshot
from tests.conftest import ADMIN, ADMIN_PASS
from tests.test_splice_check import put_back_older_clients_page


@pytest.fixture
def usb(tmp_path: Path) -> Path:
    folder = tmp_path / "usb"
    folder.mkdir()
    return folder


def test_a_vault_with_a_page_from_an_older_copy_is_never_backed_up(
    vault_folder: Path, usb: Path
) -> None:
    put_back_older_clients_page(vault_folder)
    with (
        vs.unlock(vault_folder, ADMIN, ADMIN_PASS) as sess,  # the quick checks pass it
        pytest.raises(VaultDamaged, match="records do not add up in clients"),
    ):
        backups.create(sess, usb, BACKUP_PASS)
    assert entries(usb) == []


def test_a_commit_before_the_sums_begin_falls_back_to_the_copys_rows(
    session: vs.Session, usb: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    case = clients.register(session, Client("Snap", "Shot"))
    digest = integrity.check(session).content_digest
    begun: list[bool] = []
    checked: list[object] = []
    real_begin, real_check = db_copy.SourceSums.begin, db_copy.check_copy

    def begin(self: db_copy.SourceSums, expected: db_copy.State) -> bool:
        when = datetime.now() - timedelta(minutes=1)  # after the export's snapshot, before these
        case_records.add_note(session, ContactNote(case.id, when, "written in between"))
        begun.append(real_begin(self, expected))
        return begun[-1]

    def check_copy(conn: database.Connection, expected: db_copy.Snapshot,
                   sums: dict[str, bytes] | None, *args: object) -> list[str]:  # fmt: skip
        checked.append(sums)
        return real_check(conn, expected, sums, *args)  # type: ignore[arg-type]

    monkeypatch.setattr(db_copy.SourceSums, "begin", begin)
    monkeypatch.setattr(db_copy, "check_copy", check_copy)
    info = backups.create(session, usb, BACKUP_PASS)
    assert begun == [False] and checked == [None]  # another state: the copy's rows were hashed
    result = restore.verify(restore.open_backup(info.path, BACKUP_PASS))
    assert result.snapshot.content_digest == digest  # the export's snapshot, without the note
    assert integrity.check(session).content_digest != digest


def test_the_sums_read_the_exports_state_while_the_vault_is_written(
    session: vs.Session, usb: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A commit once the sums' read transaction has begun: the fast path, and a sound backup."""
    checked: list[object] = []
    real_check = db_copy.check_copy

    def check_copy(conn: database.Connection, expected: db_copy.Snapshot,
                   sums: dict[str, bytes] | None, *args: object) -> list[str]:  # fmt: skip
        checked.append(sums)
        return real_check(conn, expected, sums, *args)  # type: ignore[arg-type]

    monkeypatch.setattr(db_copy, "check_copy", check_copy)
    add_big_document(session)  # an export long enough to be asked about on the way
    case = clients.register(session, Client("Busy", "Vault"))
    digest = integrity.check(session).content_digest
    written: list[str] = []
    steps: list[int] = []

    def meanwhile(done: int, total: int) -> bool:
        steps.append(done)
        if done < 450 and len(steps) > 1 and not written:  # during the export
            when = datetime.now() - timedelta(minutes=1)
            written.append(case_records.add_note(session, ContactNote(case.id, when, "x")).id)
        return True

    info = backups.create(session, usb, BACKUP_PASS, meanwhile)
    assert written and len(checked) == 1 and checked[0] is not None
    result = restore.verify(restore.open_backup(info.path, BACKUP_PASS))
    assert result.snapshot.content_digest == digest


def _two_copies(folder: Path, tmp_path: Path) -> tuple[Path, Path, db_copy.Snapshot, db_copy.State]:
    """Two copies of the vault under the same key, the second made after a client was added:
    pages of the first authenticate in the second, as an earlier write of the same page would."""
    key, salt = os.urandom(32), os.urandom(16)
    made: list[tuple[db_copy.Snapshot, db_copy.State]] = []
    states: list[db_copy.State] = []
    with vs.unlock(folder, ADMIN, ADMIN_PASS) as sess:
        for name in ("first", "second"):
            clients.register(sess, Client("Copy", name.title()))
            source = database.connect(sess.files.db, sess.data_key, sess.keyfile.db_salt)
            try:
                snap = db_copy.export(
                    source, tmp_path / f"{name}.db", key, salt, page_size=backups.PAGE_SIZE,
                    on_snapshot=lambda conn, _s: states.append(db_copy.state(conn)),
                )  # fmt: skip
            finally:
                source.close()
            made.append((snap, states[-1]))
    copies = tmp_path / "first.db", tmp_path / "second.db"
    for copy in copies:
        conn = db_copy.open_copy(copy, key, salt, page_size=backups.PAGE_SIZE)
        try:
            assert conn.execute("PRAGMA freelist_count").fetchone()[0] == 0  # what check_copy says
        finally:
            conn.close()
    (tmp_path / "key").write_bytes(key + salt)
    return copies[0], copies[1], made[1][0], made[1][1]


def _check_second(tmp_path: Path, snap: db_copy.Snapshot, state: db_copy.State) -> list[str]:
    secret = (tmp_path / "key").read_bytes()
    conn = db_copy.open_copy(
        tmp_path / "second.db", secret[:32], secret[32:], page_size=backups.PAGE_SIZE
    )
    try:
        return db_copy.check_copy(conn, snap, state.sums)
    finally:
        conn.close()


def _root(path: Path, tmp_path: Path, table: str) -> int:
    secret = (tmp_path / "key").read_bytes()
    conn = db_copy.open_copy(path, secret[:32], secret[32:], page_size=backups.PAGE_SIZE)
    try:
        row = conn.execute("SELECT rootpage FROM sqlite_master WHERE name = ?", (table,))
        return int(row.fetchone()[0])
    finally:
        conn.close()


EDITS: dict[str, Callable[[bytearray, bytes, int], None]] = {
    "a flipped byte": lambda data, _old, start: data.__setitem__(
        start + 700, data[start + 700] ^ 4
    ),
    "an earlier write of the page": lambda data, old, start: data.__setitem__(
        slice(start, start + backups.PAGE_SIZE), old[start : start + backups.PAGE_SIZE]
    ),
}


@pytest.mark.parametrize("table", ["clients", "table_sums"])
@pytest.mark.parametrize("edit", list(EDITS))
def test_the_copys_one_pass_finds_a_damaged_or_stale_page(
    vault_folder: Path, tmp_path: Path, edit: str, table: str
) -> None:
    first, second, snap, state = _two_copies(vault_folder, tmp_path)
    assert _check_second(tmp_path, snap, state) == []
    page = _root(second, tmp_path, table)
    assert page == _root(first, tmp_path, table)
    data = bytearray(second.read_bytes())
    EDITS[edit](data, first.read_bytes(), (page - 1) * backups.PAGE_SIZE)
    second.write_bytes(bytes(data))
    problems = _check_second(tmp_path, snap, state)
    assert problems, f"{edit} in {table} was not noticed"


def test_a_copy_that_does_not_check_out_is_never_a_backup(
    session: vs.Session, usb: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    real_check = db_copy.check_copy

    def damaged_first(conn: database.Connection, *args: object) -> list[str]:
        path = Path(conn.execute("PRAGMA database_list").fetchone()[2])
        data = bytearray(path.read_bytes())
        data[backups.PAGE_SIZE + 900] ^= 0x10  # page 2, as the disk might have returned it
        path.write_bytes(bytes(data))
        return real_check(conn, *args)  # type: ignore[arg-type]

    monkeypatch.setattr(db_copy, "check_copy", damaged_first)
    with pytest.raises(VaultDamaged, match="did not check out"):
        backups.create(session, usb, BACKUP_PASS)
    assert entries(usb) == []
    assert backups.list_backups(usb) == []


def test_a_sealed_file_changed_on_the_drive_is_found_on_read_back(
    session: vs.Session, usb: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    real_drop = backups._drop_from_cache

    def changed_on_the_drive(part: Path) -> None:
        data = bytearray(part.read_bytes())
        data[len(data) // 2] ^= 0x01
        part.write_bytes(bytes(data))
        real_drop(part)

    monkeypatch.setattr(backups, "_drop_from_cache", changed_on_the_drive)
    with pytest.raises(VaultDamaged, match="read back from the drive does not match"):
        backups.create(session, usb, BACKUP_PASS)
    assert entries(usb) == []


# --- check ------------------------------------------------------------------------------------------
def _run_check(home: Path, capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    code = cli.main(["--home", str(home), "check"], stdin=io.StringIO(ADMIN_PASS + "\n"))
    out, err = capsys.readouterr()
    return code, out, err


def test_check_runs_each_whole_file_pass_once(
    vault_folder: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    statements: list[str] = []
    real_connect = database.connect

    def traced(*args: object) -> database.Connection:
        conn = real_connect(*args)  # type: ignore[arg-type]
        conn.set_trace_callback(statements.append)
        return conn

    monkeypatch.setattr(database, "connect", traced)
    code, out, _ = _run_check(vault_folder.parent, capsys)
    assert code == 0 and "Vault is sound" in out
    passes = {
        "pages": "PRAGMA cipher_integrity_check",  # integrity_check checks every page's MAC
        "structure": "PRAGMA integrity_check",
        "clients' rows": "SELECT 'clients', * FROM clients",
        # the audit log, once, for its sum, its chain and the administrator's key chain
        # (storage.audit_pass); read again neither for the chain nor from the first epoch's seed
        "audit log": "SELECT 'audit_log', * FROM audit_log ORDER BY seq",
        "audit rows": "SELECT 'audit_log', * FROM audit_log",
        "chain": "SELECT seq, at, user_id, action, entity, entity_id, detail, prev_hash, hash "
        "FROM audit_log ORDER BY seq",
        "key chain from the seed": "SELECT seq, at, user_id, action, entity, entity_id, detail "
        "FROM audit_log WHERE seq >= 1 AND seq < ",
    }
    ran = {name: sum(s.startswith(sql) for s in statements) for name, sql in passes.items()}
    assert ran == {
        "pages": 0, "structure": 1, "clients' rows": 1, "audit log": 1, "audit rows": 1,
        "chain": 0, "key chain from the seed": 0,
    }  # fmt: skip


def test_check_refuses_an_audit_trail_cut_off_after_the_last_anchor(
    vault_folder: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """The audit trail's last page put back as it was before some entries were added after the
    anchor was last written (as after a crash): its chain and the anchor's own entry still check
    out, its rows no longer add up. `check` refuses it at unlock, writing nothing."""
    with vs.unlock(vault_folder, ADMIN, ADMIN_PASS) as sess:
        key, salt = bytes(sess.data_key), sess.keyfile.db_salt
    db = vault_folder / "vault.db"
    conn = database.connect(db, key, salt)
    try:
        database.checkpoint(conn)
        old = db.read_bytes()
        before = audit.head(conn)
        for n in range(3):  # committed, but the anchor is not written (no session)
            with database.transaction(conn):
                audit.append(conn, None, "view", "case", f"case-{n}")
        database.checkpoint(conn)
    finally:
        conn.close()
    new = db.read_bytes()
    spliced = [_with_page(new, old, n) for n in range(1, len(new) // PAGE + 1)]
    cut = [data for data in spliced if _audit_head(db, data, key, salt) == before]
    assert len(cut) == 1  # the trail's last page, and only it, takes its end back
    db.write_bytes(cut[0])
    files = snapshot(vault_folder)
    code, out, err = _run_check(vault_folder.parent, capsys)
    assert (code, out) == (4, ""), (out, err)
    assert "do not match the rest (tables audit_log)" in err and len(err.splitlines()) == 1
    assert snapshot(vault_folder) == files


def _with_page(data: bytes, old: bytes, n: int) -> bytes:
    out = bytearray(data)
    out[(n - 1) * PAGE : n * PAGE] = old[(n - 1) * PAGE : n * PAGE]
    return bytes(out)


def _audit_head(db: Path, data: bytes, key: bytes, salt: bytes) -> tuple[int, str] | None:
    """The audit head of vault.db with these bytes (None if they do not open), on a scratch copy."""
    probe = db.with_name("probe.db")
    probe.write_bytes(data)
    try:
        conn = database.connect(probe, key, salt)
    except VaultDamaged:
        return None
    try:
        return audit.head(conn)
    except database.DatabaseError:
        return None
    finally:
        conn.close()
        for leftover in (probe, probe.with_name("probe.db-wal"), probe.with_name("probe.db-shm")):
            leftover.unlink(missing_ok=True)
