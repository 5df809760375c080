"""Damage and tampering: each is refused at unlock with a clear message, and `integrity.check`
names it too wherever SQLCipher can still read the file; a refused unlock changes no file.

`refused` unlocks as the CLI does, with `full_check` (every page's MAC, every row's hash). The
GUI's unlock runs only the quick checks, at every size: what they refuse on their own (`quick=True`:
vault.keys, vault.anchor, a rolled-back vault.db) is tested that way; the whole-file findings it
reports after opening instead (tests/test_splice_check.py, tests/gui/test_splice_watch.py).

Cases: flipped bytes, truncation, pages from an older copy spliced in, a whole older vault.db, an
edited vault.keys, edited or deleted audit entries, a missing or edited vault.anchor.
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from astra_desktop.core.models import Client, ContactNote
from astra_desktop.errors import VaultDamaged, WrongPassphrase
from astra_desktop.services import case_records, clients, integrity
from astra_desktop.services import session as vs
from astra_desktop.storage import database, keyslots
from tests._vaults import CHEAP_KDF, PAGE, assert_clear, keyed_session, snapshot
from tests.conftest import ADMIN, ADMIN_PASS

# Tables whose content is derived (the full-text index): rebuilt from the records, not summed.
DERIVED_PREFIX = "search_index"


@dataclass
class Vault:
    folder: Path
    key: bytes
    salt: bytes
    client_id: str

    @property
    def db(self) -> Path:
        return self.folder / "vault.db"

    def rootpage(self, table: str) -> int:
        """The b-tree root page of a table (1-based), read on a throwaway copy of the file."""
        copy = self.folder.parent / "rootpage-probe.db"
        shutil.copyfile(self.db, copy)
        conn = database.connect(copy, self.key, self.salt)
        try:
            return int(
                conn.execute(
                    "SELECT rootpage FROM sqlite_master WHERE name = ?", (table,)
                ).fetchone()[0]
            )
        finally:
            conn.close()
            copy.unlink()


@pytest.fixture(scope="module")
def populated(tmp_path_factory: pytest.TempPathFactory) -> Vault:
    """A closed vault (WAL checkpointed) with three clients, each with a contact note. Its keyslot
    uses cheap Argon2 parameters: these tests are about vault.db, the anchor and the audit trail,
    and unlock is tried some fifty times (the vault.keys tests use the standard test vault)."""
    folder = tmp_path_factory.mktemp("populated") / "vault"
    sess, _ = vs.create_vault(
        folder, ADMIN, ADMIN_PASS, organisation="Test NGO", kdf_params=CHEAP_KDF
    )
    sess.close()
    with vs.unlock(folder, ADMIN, ADMIN_PASS) as sess:
        ids = []
        for i in range(3):
            case = clients.register(sess, Client(f"Given{i}", f"Family{i}", contact="+381 11 555"))
            when = datetime.now() - timedelta(hours=1)
            case_records.add_note(sess, ContactNote(case.id, when, f"First visit {i}."))
            ids.append(case.client_id)
        key, salt = bytes(sess.data_key), sess.keyfile.db_salt  # a copy: lock wipes the key
    return Vault(folder, key, salt, ids[0])


@pytest.fixture
def vault(populated: Vault, tmp_path: Path) -> Vault:
    """This test's own copy of the populated vault."""
    folder = tmp_path / "home" / "vault"
    shutil.copytree(populated.folder, folder)
    return Vault(folder, populated.key, populated.salt, populated.client_id)


def refused(folder: Path, match: str, quick: bool = False) -> str:
    """Unlock must raise VaultDamaged matching `match`, with a clear message, changing no file:
    the CLI's unlock (full check), or with `quick` the GUI's (the quick checks alone)."""
    before = snapshot(folder)
    with pytest.raises(VaultDamaged, match=match) as info:
        vs.unlock(folder, ADMIN, ADMIN_PASS, full_check=not quick)
    message = str(info.value)
    assert_clear(message)
    assert snapshot(folder) == before, "a refused unlock changed the vault's files"
    return message


def check_problems(v: Vault) -> list[str] | None:
    """integrity.check's problems on the files as they are; None when SQLCipher can't read them."""
    try:
        sess = keyed_session(v.folder, v.key, v.salt)
    except VaultDamaged:
        return None
    try:
        report = integrity.check(sess)
    finally:
        sess.close()
    assert not report.sound
    return report.problems


def change_a_client(v: Vault) -> None:
    with vs.unlock(v.folder, ADMIN, ADMIN_PASS) as sess:
        client = clients.get_client(sess, v.client_id)
        client.contact = "+381 64 000 1111 (new number)"
        clients.update_client(sess, client)


def pages(data: bytes) -> list[bytes]:
    return [data[i : i + PAGE] for i in range(0, len(data), PAGE)]


def splice(current: bytes, old: bytes, page_numbers: list[int]) -> bytes:
    """`current` with the given pages (1-based) copied over from `old`."""
    out = bytearray(current)
    for n in page_numbers:
        out[(n - 1) * PAGE : n * PAGE] = old[(n - 1) * PAGE : n * PAGE]
    return bytes(out)


# --- flipped bytes ---------------------------------------------------------------------------------
# Bytes 0-15 of vault.db are SQLCipher's salt, unused here (the salt is given with the key): a flip
# there changes nothing that is read, so every position tested is past them.
FLIPS: dict[str, Callable[[Vault, int], int]] = {
    "page 1, SQLite header": lambda v, size: 100,
    "page 1, MAC": lambda v, size: PAGE - 10,
    "clients page": lambda v, size: (v.rootpage("clients") - 1) * PAGE + 1500,
    "audit page": lambda v, size: (v.rootpage("audit_log") - 1) * PAGE + 20,
    "table sums page": lambda v, size: (v.rootpage("table_sums") - 1) * PAGE + 3000,
    "last byte of the file": lambda v, size: size - 1,
}


@pytest.mark.parametrize("where", list(FLIPS))
def test_flipped_byte_is_detected(vault: Vault, where: str) -> None:
    data = bytearray(vault.db.read_bytes())
    offset = FLIPS[where](vault, len(data))
    assert offset >= 16
    data[offset] ^= 0x04
    vault.db.write_bytes(bytes(data))
    message = refused(vault.folder, "vault.db")
    assert "damaged" in message
    problems = check_problems(vault)
    if where in ("clients page", "audit page", "table sums page"):  # SQLCipher still opens it
        assert problems is not None
        assert any("fail their authentication check" in str(p) for p in problems), problems


def test_damage_while_the_vault_is_open_is_reported_by_check(vault: Vault) -> None:
    with vs.unlock(vault.folder, ADMIN, ADMIN_PASS) as sess:
        database.checkpoint(sess.db)
        data = bytearray(vault.db.read_bytes())
        data[(vault.rootpage("clients") - 1) * PAGE + 700] ^= 0x01
        vault.db.write_bytes(bytes(data))
        report = integrity.check(sess)  # reports, does not raise
    assert not report.sound
    assert any("fail their authentication check" in str(p) for p in report.problems), (
        report.problems
    )
    refused(vault.folder, "damaged")


# --- truncation ------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    "keep",
    [0, 1, 100, PAGE - 1, PAGE, "half", "all but one page", "all but one byte"],
)
def test_truncated_vault_db_is_detected(vault: Vault, keep: int | str) -> None:
    size = vault.db.stat().st_size
    length = {
        "half": size // 2 // PAGE * PAGE,
        "all but one page": size - PAGE,
        "all but one byte": size - 1,
    }.get(str(keep), keep)
    assert isinstance(length, int)
    os.truncate(vault.db, length)
    message = refused(vault.folder, "vault.db")
    assert "damaged" in message


def test_truncation_while_the_vault_is_open_is_reported_by_check(vault: Vault) -> None:
    with vs.unlock(vault.folder, ADMIN, ADMIN_PASS) as sess:
        database.checkpoint(sess.db)
        os.truncate(vault.db, 2 * PAGE)  # what unlock read is still cached; the rest is gone
        report = integrity.check(sess)
    assert not report.sound
    assert any("damaged" in str(p) for p in report.problems), report.problems


# --- pages from an older copy ----------------------------------------------------------------------
@pytest.fixture(scope="module")
def changed(populated: Vault, tmp_path_factory: pytest.TempPathFactory) -> tuple[Vault, bytes]:
    """The populated vault after one client record was changed, and its vault.db from before."""
    folder = tmp_path_factory.mktemp("changed") / "vault"
    shutil.copytree(populated.folder, folder)
    v = Vault(folder, populated.key, populated.salt, populated.client_id)
    old = v.db.read_bytes()
    change_a_client(v)
    return v, old


@pytest.fixture
def old_and_new(changed: tuple[Vault, bytes], tmp_path: Path) -> tuple[Vault, bytes, bytes]:
    """This test's copy of the changed vault; vault.db before and after the change (both closed,
    so checkpointed)."""
    source, old = changed
    folder = tmp_path / "home" / "vault"
    shutil.copytree(source.folder, folder)
    v = Vault(folder, source.key, source.salt, source.client_id)
    new = v.db.read_bytes()
    assert len(new) == len(old)
    return v, old, new


def test_older_page_of_a_record_table_is_detected(old_and_new: tuple[Vault, bytes, bytes]) -> None:
    vault, old, new = old_and_new
    page = vault.rootpage("clients")
    assert pages(old)[page - 1] != pages(new)[page - 1]
    vault.db.write_bytes(splice(new, old, [page]))
    message = refused(vault.folder, "do not match the rest")
    assert "clients" in message
    problems = check_problems(vault)
    assert problems is not None
    assert any("clients" in str(p) for p in problems), problems


def test_older_page_together_with_its_older_sum_is_detected(
    old_and_new: tuple[Vault, bytes, bytes],
) -> None:
    vault, old, new = old_and_new
    vault.db.write_bytes(
        splice(new, old, [vault.rootpage("clients"), vault.rootpage("table_sums")])
    )
    refused(vault.folder, "do not match the rest")
    problems = check_problems(vault)
    assert problems is not None
    assert any("do not match the rest" in str(p) for p in problems), problems


def _table_rows(path: Path, v: Vault) -> dict[str, list[str]]:
    conn = database.connect(path, v.key, v.salt)
    try:
        names = [r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")]
        rows = {}
        for t in names:
            try:
                rows[t] = sorted(map(repr, conn.execute(f'SELECT * FROM "{t}"')))
            except database.DatabaseError as exc:
                rows[t] = [f"unreadable: {exc}"]
        return rows
    finally:
        conn.close()


def test_no_single_older_page_changes_a_record_silently(
    old_and_new: tuple[Vault, bytes, bytes], tmp_path: Path
) -> None:
    """Every page the change touched, put back alone: if it changes any record, meta or audit row,
    unlock refuses. (Pages of the search index are derived data, not summed: see the report.)"""
    vault, old, new = old_and_new
    changed = [n for n, (a, b) in enumerate(zip(pages(old), pages(new), strict=True), 1) if a != b]
    probe = tmp_path / "probe.db"
    probe.write_bytes(new)
    current = _table_rows(probe, vault)
    refused_pages = []
    for page in changed:
        spliced = splice(new, old, [page])
        probe.write_bytes(spliced)
        differ = [t for t, rows in _table_rows(probe, vault).items() if current[t] != rows]
        if all(t.startswith(DERIVED_PREFIX) for t in differ):
            continue  # an index page rewritten with the same entries, or the search index
        folder = tmp_path / f"page-{page}"
        shutil.copytree(vault.folder, folder)
        (folder / "vault.db").write_bytes(spliced)
        refused(folder, "older|do not match the rest")
        refused_pages.append(page)
    assert vault.rootpage("clients") in refused_pages
    assert len(refused_pages) >= 3  # the clients page, the sums, the audit trail, meta


def test_every_changed_page_from_older_copy_is_a_rollback(
    old_and_new: tuple[Vault, bytes, bytes],
) -> None:
    vault, old, new = old_and_new
    changed = [n for n, (a, b) in enumerate(zip(pages(old), pages(new), strict=True), 1) if a != b]
    vault.db.write_bytes(splice(new, old, changed))
    refused(vault.folder, "older", quick=True)


# --- rollback --------------------------------------------------------------------------------------
def test_older_copy_of_the_whole_vault_db_is_detected(
    old_and_new: tuple[Vault, bytes, bytes],
) -> None:
    vault, old, _ = old_and_new
    vault.db.write_bytes(old)
    message = refused(vault.folder, "older than the last state", quick=True)
    assert "backup" in message
    problems = check_problems(vault)
    assert problems is not None
    assert any("older than the last state" in str(p) for p in problems), problems


# --- vault.keys ------------------------------------------------------------------------------------
def _one_char(text: str) -> str:
    """The same text with one character (in the middle) changed."""
    i = len(text) // 2
    return text[:i] + ("A" if text[i] != "A" else "B") + text[i + 1 :]


def _slot(keys: dict[str, object], kind: str) -> dict[str, object]:
    slots = keys["slots"]
    assert isinstance(slots, list)
    return next(s for s in slots if s["kind"] == kind)


def _edit_field(kind: str, name: str) -> Callable[[dict[str, object]], None]:
    def edit(keys: dict[str, object]) -> None:
        slot = _slot(keys, kind)
        slot[name] = _one_char(str(slot[name]))

    return edit


def _edit_kdf(kind: str, param: str) -> Callable[[dict[str, object]], None]:
    def edit(keys: dict[str, object]) -> None:
        params = _slot(keys, kind)["kdf"]
        assert isinstance(params, dict)
        params[param] += 1

    return edit


def _edit_top(name: str) -> Callable[[dict[str, object]], None]:
    def edit(keys: dict[str, object]) -> None:
        keys[name] = _one_char(str(keys[name]))

    return edit


def _add_slot(keys: dict[str, object]) -> None:
    extra = dict(_slot(keys, "recovery"))
    extra["slot_id"], extra["label"] = "0123456789abcdef", "recovery-2"
    slots = keys["slots"]
    assert isinstance(slots, list)
    slots.append(extra)


KEY_EDITS: dict[str, Callable[[dict[str, object]], None]] = {
    "own role_hint": _edit_field("user", "role_hint"),
    "own label": _edit_field("user", "label"),
    "own kdf t": _edit_kdf("user", "t"),
    "own salt": _edit_field("user", "salt"),
    "own wrapped key": _edit_field("user", "wrapped"),
    "recovery label": _edit_field("recovery", "label"),
    "recovery kdf m": _edit_kdf("recovery", "m"),
    "recovery wrapped key": _edit_field("recovery", "wrapped"),
    "database salt": _edit_top("db_salt"),
    "vault id": _edit_top("vault_id"),
    "file MAC": _edit_top("mac"),
    "extra slot": _add_slot,
}
# With the checksum recomputed (a deliberate edit), the user's own slot header is the associated
# data of the wrapped key: an edit there cannot be told from a wrong passphrase.
LOOKS_LIKE_WRONG_PASSPHRASE = {
    "own label",
    "own kdf t",
    "own salt",
    "own wrapped key",
    "vault id",
}


def _write_keys(path: Path, keys: dict[str, object], *, fix_checksum: bool) -> None:
    if fix_checksum:
        body = {k: v for k, v in keys.items() if k not in ("mac", "checksum")}
        keys["checksum"] = hashlib.sha256(keyslots._canonical(body)).hexdigest()
    path.write_bytes(json.dumps(keys, indent=1, sort_keys=True).encode() + b"\n")


@pytest.mark.parametrize("edit", list(KEY_EDITS))
def test_edited_vault_keys_is_reported_as_damage(vault_folder: Path, edit: str) -> None:
    """Any edit that leaves the checksum stale (accidental damage): damage, before any unlocking."""
    path = vault_folder / "vault.keys"
    keys = json.loads(path.read_bytes())
    KEY_EDITS[edit](keys)
    _write_keys(path, keys, fix_checksum=False)
    message = refused(vault_folder, "vault.keys", quick=True)
    assert "edited" in message
    assert not (vault_folder / "vault.throttle").exists()  # not counted as a wrong passphrase


@pytest.mark.parametrize("edit", list(KEY_EDITS))
def test_deliberately_edited_vault_keys_is_refused(vault_folder: Path, edit: str) -> None:
    """The same edits with the checksum recomputed: the slot's associated data and the file MAC."""
    path = vault_folder / "vault.keys"
    keys = json.loads(path.read_bytes())
    KEY_EDITS[edit](keys)
    _write_keys(path, keys, fix_checksum=True)
    if edit in LOOKS_LIKE_WRONG_PASSPHRASE:
        db_before = snapshot(vault_folder)["vault.db"]
        with pytest.raises(WrongPassphrase, match="not right"):
            vs.unlock(vault_folder, ADMIN, ADMIN_PASS)
        assert snapshot(vault_folder)["vault.db"] == db_before
    else:
        message = refused(vault_folder, "vault.keys", quick=True)
        assert "edited" in message


def test_edited_checksum_of_vault_keys_is_reported(vault_folder: Path) -> None:
    path = vault_folder / "vault.keys"
    keys = json.loads(path.read_bytes())
    keys["checksum"] = _one_char(keys["checksum"])
    _write_keys(path, keys, fix_checksum=False)
    refused(vault_folder, "vault.keys", quick=True)


@pytest.mark.parametrize("keep", [0, 1, "half"])
def test_truncated_vault_keys_is_reported(vault_folder: Path, keep: int | str) -> None:
    path = vault_folder / "vault.keys"
    os.truncate(path, path.stat().st_size // 2 if keep == "half" else int(keep))
    refused(vault_folder, "vault.keys", quick=True)


# --- the audit trail -------------------------------------------------------------------------------
AUDIT_SQL = {
    "edit": "UPDATE audit_log SET entity_id = 'someone-else' WHERE seq = ?",
    "delete": "DELETE FROM audit_log WHERE seq = ?",
}


@pytest.mark.parametrize("bumped", [False, True], ids=["same-generation", "new-generation"])
@pytest.mark.parametrize("which", ["first", "middle", "last"])
@pytest.mark.parametrize("change", ["edit", "delete"])
def test_tampered_audit_entry_is_reported(
    vault: Vault, change: str, which: str, bumped: bool
) -> None:
    """Changed with the real key through the app's own transaction, so the table sums stay
    consistent. `same-generation`: the generation counter put back as it was; `new-generation`: left
    one higher, as after a crash between a commit and the anchor update."""
    conn = database.connect(vault.db, vault.key, vault.salt)
    try:
        last = int(conn.execute("SELECT max(seq) FROM audit_log").fetchone()[0])
        seq = {"first": 1, "middle": last // 2, "last": last}[which]
        with database.transaction(conn):
            assert conn.execute(AUDIT_SQL[change], (seq,)).rowcount == 1
            if not bumped:
                conn.execute("UPDATE meta SET value = value - 1 WHERE key = 'generation'")
        database.checkpoint(conn)
    finally:
        conn.close()

    # The anchor vouches for the whole state at its generation, and for its own (last) entry.
    if not bumped or which == "last":
        refused(vault.folder, "do not match the rest")
        problems = check_problems(vault)
    else:  # NOT caught at unlock (see the report): the next `check` must catch it
        try:
            sess = vs.unlock(vault.folder, ADMIN, ADMIN_PASS)
        except VaultDamaged as exc:
            assert_clear(str(exc))
            problems = check_problems(vault)
        else:
            with sess:
                report = integrity.check(sess)
            problems = report.problems
    assert problems, "check() did not notice"
    if change == "edit":
        expected = f"audit entry {seq} has been altered"
    elif which == "last":  # the chain alone cannot see its own end cut off: the anchor can
        expected = "do not match the rest (audit trail)"
    else:
        expected = f"audit entries {seq}–{seq} are missing"
    assert any(expected in str(p) for p in problems), problems


# --- vault.anchor ----------------------------------------------------------------------------------
def test_deleted_anchor_is_detected(vault: Vault) -> None:
    (vault.folder / "vault.anchor").unlink()
    message = refused(vault.folder, "vault.anchor", quick=True)
    assert "missing" in message
    assert not (vault.folder / "vault.anchor").exists()


def test_edited_anchor_is_detected(vault: Vault) -> None:
    path = vault.folder / "vault.anchor"
    anchor = json.loads(path.read_bytes())
    anchor["generation"] += 1
    path.write_bytes(json.dumps(anchor, sort_keys=True).encode())
    refused(vault.folder, "vault.anchor", quick=True)


def test_anchor_deleted_while_open_is_reported_by_check(vault: Vault) -> None:
    with vs.unlock(vault.folder, ADMIN, ADMIN_PASS) as sess:
        (vault.folder / "vault.anchor").unlink()
        report = integrity.check(sess)
    assert not report.sound
    assert any("vault.anchor" in str(p) for p in report.problems), report.problems


# --- nothing changed --------------------------------------------------------------------------------
def test_sound_vault_checks_out_and_refusals_leave_no_trace(vault: Vault) -> None:
    """The baseline the tests above depart from: a sound vault opens and checks out. And a refused
    unlock leaves no -wal or -shm file behind (refused() compares every file in the folder)."""
    with vs.unlock(vault.folder, ADMIN, ADMIN_PASS) as sess:
        assert integrity.check(sess).sound
    (vault.folder / "vault.anchor").unlink()
    refused(vault.folder, "vault.anchor")
    leftovers = [p.name for p in vault.folder.iterdir() if p.name.endswith(("-wal", "-shm"))]
    assert leftovers == []
