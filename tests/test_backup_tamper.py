"""A backup that was damaged or tampered with is refused before anything is restored, with a clear
message, and the vault it would have replaced is left exactly as it was.

Cases: a flipped byte in the header (magic, JSON, checksum, MAC), a deliberate header edit with
its checksum recomputed, a flipped byte in the payload (first, middle, last chunk), truncation
(inside the header, at the payload's start, inside a chunk, the last chunk dropped, one byte
short), a dropped, swapped, duplicated or appended chunk, bytes appended, the wrong passphrase,
the wrong recovery key, and files that are not backups at all.
"""

from __future__ import annotations

import hashlib
import json
import shutil
import struct
from collections.abc import Callable
from pathlib import Path

import pytest

from astra_desktop.errors import AstraError, WrongPassphrase
from astra_desktop.services import backups, restore, transfer
from astra_desktop.services import session as vs
from astra_desktop.storage.backup_format import MAGIC
from tests._backups import BACKUP_PASS, add_big_document, chunk_spans, entries, flip, tree_digest
from tests._vaults import CHEAP_KDF
from tests.conftest import ADMIN, ADMIN_PASS


@pytest.fixture(scope="module")
def made(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    """A vault (closed) and a backup of it whose payload has three chunks or more."""
    root = tmp_path_factory.mktemp("made")
    sess, _ = vs.create_vault(root / "home" / "vault", ADMIN, ADMIN_PASS, kdf_params=CHEAP_KDF)
    with sess:
        add_big_document(sess)
        info = backups.create(sess, root, BACKUP_PASS)
    _, spans = chunk_spans(info.path, backups.KIND)
    assert len(spans) >= 3
    return root / "home" / "vault", info.path


@pytest.fixture
def case(made: tuple[Path, Path], tmp_path: Path) -> tuple[Path, Path]:
    """This test's own copies: the vault (in its home) and the backup."""
    vault, backup = made
    shutil.copytree(vault, tmp_path / "home" / "vault")
    shutil.copy(backup, tmp_path / backup.name)
    return tmp_path / "home" / "vault", tmp_path / backup.name


def refused(vault: Path, backup: Path, match: str, secret: str = BACKUP_PASS) -> str:
    """Open, verify and restore (replacing the vault) must all be refused; nothing changes."""
    before, home_before = tree_digest(vault), entries(vault.parent)
    with pytest.raises(AstraError, match=match) as info:
        opened = restore.open_backup(backup, secret)
        restore.verify(opened)
    with pytest.raises(AstraError, match=match):
        opened = restore.open_backup(backup, secret)
        restore.stage_restore(opened, vault.parent, account=(ADMIN, ADMIN_PASS), replace=True)
    assert tree_digest(vault) == before, "the vault changed"
    assert entries(vault.parent) == home_before, "something was left beside the vault"
    assert entries(backup.parent) == sorted([backup.name, "home"]), "a temp file was left"
    message = str(info.value)
    assert backup.name in message and "Nothing was" in message, message
    for jargon in ("Traceback", "InvalidTag", "sqlcipher", "errno", "None"):
        assert jargon not in message, message
    return message


def _header_length(path: Path) -> int:
    return int(struct.unpack(">I", path.read_bytes()[16:20])[0])


HEADER_FLIPS: dict[str, Callable[[Path], int]] = {
    "magic": lambda p: 3,
    "header length": lambda p: 19,
    "header JSON": lambda p: 20 + _header_length(p) // 2,
    "checksum": lambda p: 20 + _header_length(p) + 5,
    "MAC": lambda p: 20 + _header_length(p) + 40,
}


@pytest.mark.parametrize("where", list(HEADER_FLIPS))
def test_flipped_byte_in_the_header(case: tuple[Path, Path], where: str) -> None:
    vault, backup = case
    flip(backup, HEADER_FLIPS[where](backup))
    expected = {"magic": "not an ASTRA backup", "MAC": "header has been edited"}
    refused(vault, backup, expected.get(where, "damaged or has been changed"))


def test_header_edited_with_its_checksum_recomputed(case: tuple[Path, Path]) -> None:
    """Someone raises the counts in the clear header and fixes the checksum: the MAC catches it."""
    vault, backup = case
    data = backup.read_bytes()
    length = _header_length(backup)
    header = json.loads(data[20 : 20 + length])
    header["public"]["snapshot"]["counts"]["clients"] += 100
    new = json.dumps(header, sort_keys=True, separators=(",", ":")).encode()
    head = MAGIC + struct.pack(">I", len(new)) + new
    rest = data[20 + length + 32 :]
    backup.write_bytes(head + hashlib.sha256(head).digest() + rest)
    refused(vault, backup, "header has been edited|does not open")


@pytest.mark.parametrize("which", [0, 1, -1])
def test_flipped_byte_in_the_payload(case: tuple[Path, Path], which: int) -> None:
    vault, backup = case
    _, spans = chunk_spans(backup, backups.KIND)
    start, end = spans[which]
    flip(backup, (start + end) // 2)
    refused(vault, backup, f"part {which % len(spans) + 1} of its contents fails")


def _cut(at: Callable[[Path], int]) -> Callable[[Path], None]:
    def edit(path: Path) -> None:
        data = path.read_bytes()
        path.write_bytes(data[: at(path)])

    return edit


def _spans(path: Path) -> list[tuple[int, int]]:
    return chunk_spans(path, backups.KIND)[1]


def _rearrange(order: Callable[[list[bytes]], list[bytes]]) -> Callable[[Path], None]:
    def edit(path: Path) -> None:
        data = path.read_bytes()
        offset, spans = chunk_spans(path, backups.KIND)
        chunks = [data[s:e] for s, e in spans]
        path.write_bytes(data[:offset] + b"".join(order(chunks)))

    return edit


STREAM_EDITS: dict[str, Callable[[Path], None]] = {
    "cut at the payload's start": _cut(lambda p: _spans(p)[0][0]),
    "cut inside the first chunk": _cut(lambda p: _spans(p)[0][0] + 1000),
    "cut inside the last chunk": _cut(lambda p: _spans(p)[-1][0] + 10),
    "last chunk dropped": _cut(lambda p: _spans(p)[-1][0]),
    "one byte short": _cut(lambda p: p.stat().st_size - 1),
    "middle chunk dropped": _rearrange(lambda c: [c[0], *c[2:]]),
    "chunks swapped": _rearrange(lambda c: [c[1], c[0], *c[2:]]),
    "chunk duplicated": _rearrange(lambda c: [c[0], *c]),
    "chunk appended": _rearrange(lambda c: [*c, c[1]]),
    "bytes appended": lambda p: p.write_bytes(p.read_bytes() + b"\0" * 64),
}


@pytest.mark.parametrize("edit", list(STREAM_EDITS))
def test_cut_dropped_swapped_or_appended_chunks(case: tuple[Path, Path], edit: str) -> None:
    vault, backup = case
    STREAM_EDITS[edit](backup)
    message = refused(vault, backup, "fails its authentication check")
    assert "damaged" in message


@pytest.mark.parametrize("keep", [0, 10, 100])
def test_truncated_inside_the_header(case: tuple[Path, Path], keep: int) -> None:
    vault, backup = case
    backup.write_bytes(backup.read_bytes()[:keep])
    refused(vault, backup, "not an ASTRA backup" if keep < 20 else "ends inside its header")


def test_wrong_passphrase(case: tuple[Path, Path]) -> None:
    vault, backup = case
    with pytest.raises(WrongPassphrase, match="does not open"):
        restore.open_backup(backup, "not the backup passphrase")
    refused(vault, backup, "does not open", secret="not the backup passphrase")


def test_wrong_recovery_key(case: tuple[Path, Path]) -> None:
    _, backup = case
    with pytest.raises(WrongPassphrase, match="recovery key does not open"):
        restore.open_backup(backup, "AAAA-BBBB-CCCC-DDDD-EEEE-FFFF-GGGG-HHHH", recovery=True)


NOT_BACKUPS: dict[str, Callable[[Path, Path], None]] = {
    "empty file": lambda b, v: b.write_bytes(b""),
    "random bytes": lambda b, v: b.write_bytes(bytes(range(256)) * 40),
    "a vault.db": lambda b, v: shutil.copy(v / "vault.db", b),
    "a text file": lambda b, v: b.write_text("backup of 11.06.2026\n" * 10),
}


@pytest.mark.parametrize("what", list(NOT_BACKUPS))
def test_a_file_that_is_not_a_backup(case: tuple[Path, Path], what: str) -> None:
    vault, backup = case
    NOT_BACKUPS[what](backup, vault)
    refused(vault, backup, "not an ASTRA backup")


def test_a_case_transfer_bundle_is_not_a_backup(case: tuple[Path, Path]) -> None:
    vault, backup = case
    with vs.unlock(vault, ADMIN, ADMIN_PASS) as sess:
        code = str(sess.db.execute("SELECT case_code FROM cases").fetchone()[0])
        bundle = transfer.export_cases(sess, [code], vault.parent.parent / "bundle.astratransfer")
    shutil.move(bundle.path, backup)
    refused(vault, backup, "not an ASTRA backup", secret=bundle.passphrase)
