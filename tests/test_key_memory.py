"""Key material is erased on lock (issue 16): after `Session.close()` no copy of the raw data key,
nor of its hex `PRAGMA key` text (lower or upper case), is left anywhere in the process.

The test scans its own memory: every readable range of /proc/self/maps, read through
/proc/self/mem. It must not leave copies of its own: it keeps each key XOR-masked (mask from
os.urandom) and builds the needles in bytearrays only for the scan, whose buffers (and the scan's
one chunk buffer) are left out of the search. `test_scan_finds_a_kept_copy` proves the scan finds
a copy that is deliberately kept, so the zero of the main test means something.
"""

from __future__ import annotations

import ctypes
import gc
import os
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

import pytest

from astra_desktop.core.enums import Role
from astra_desktop.core.models import Client, ContactNote
from astra_desktop.services import backups, case_records, clients, rekey, users
from astra_desktop.services import session as vs
from astra_desktop.storage import database, secret_memory
from tests._vaults import CHEAP_KDF
from tests.conftest import ADMIN, ADMIN_PASS, CASEWORKER, CASEWORKER_PASS

pytestmark = pytest.mark.skipif(
    not sys.platform.startswith("linux") or not os.access("/proc/self/mem", os.R_OK),
    reason="scans /proc/self/mem (Linux only)",
)

BACKUP_PASS = "lantern orchard copper ninety"
NEW_ADMIN_PASS = "granite meadow whistle forty"
CHUNK = 1 << 20  # one buffer, allocated once (malloc maps it), so reading leaves no heap copies
_HEX_LOWER = b"0123456789abcdef"
_HEX_UPPER = b"0123456789ABCDEF"


class MaskedKey:
    """A key the test may hold across the lock without holding a copy: key XOR a random mask."""

    def __init__(self, key: bytearray | bytes) -> None:
        self._mask = bytearray(os.urandom(len(key)))
        self._masked = bytearray(len(key))
        for i in range(len(key)):
            self._masked[i] = key[i] ^ self._mask[i]

    def needles(self) -> list[tuple[str, bytearray]]:
        """The raw key and its hex text in both cases, each in a bytearray (wipe after use)."""
        raw = bytearray(len(self._masked))
        lower = bytearray(2 * len(raw))
        upper = bytearray(2 * len(raw))
        for i in range(len(raw)):
            raw[i] = self._masked[i] ^ self._mask[i]
            lower[2 * i], lower[2 * i + 1] = _HEX_LOWER[raw[i] >> 4], _HEX_LOWER[raw[i] & 15]
            upper[2 * i], upper[2 * i + 1] = _HEX_UPPER[raw[i] >> 4], _HEX_UPPER[raw[i] & 15]
        return [("raw", raw), ("hex", lower), ("HEX", upper)]


def _address(buffer: bytearray) -> int:
    return ctypes.addressof((ctypes.c_char * len(buffer)).from_buffer(buffer))


@dataclass(frozen=True)
class Hit:
    what: str  # which key ("key 1"...), and in which form: raw, hex, HEX
    address: int
    region: str  # e.g. "rw-p [heap]": where the copy is, never what it is
    holder: str  # the CPython object type whose data it sits where, if any (live or freed)

    def __str__(self) -> str:
        return f"{self.what} at {self.address:#x} in {self.region}, {self.holder}"


def _holder(fd: int, address: int) -> str:
    """A guess at what left the copy: a bytes or str object's data starts at a known offset from
    its type pointer (the block may be freed, the pointer still in place)."""
    word = ctypes.sizeof(ctypes.c_void_p)
    for kind, header in ((bytes, sys.getsizeof(b"") - 1), (str, sys.getsizeof("") - 1)):
        try:
            pointer = int.from_bytes(os.pread(fd, word, address - header + word), sys.byteorder)
        except OSError:
            continue
        if pointer == id(kind):
            return f"in a {kind.__name__} object"
    return "not in a bytes or str object"


def _regions() -> Iterator[tuple[int, int, str]]:
    with open("/proc/self/maps") as maps:
        lines = maps.read().splitlines()
    for line in lines:
        fields = line.split(maxsplit=5)
        start, end = (int(x, 16) for x in fields[0].split("-"))
        perms, name = fields[1], fields[5] if len(fields) > 5 else "[anon]"
        if perms[0] != "r" or name in ("[vvar]", "[vvar_vclock]", "[vsyscall]"):
            continue
        yield start, end, f"{perms} {name}"


def scan(keys: list[MaskedKey], allowed: bytearray | None = None) -> list[Hit]:
    """Every place in this process's memory that holds one of `keys` (raw, hex, HEX), but for
    the buffer `allowed` (a live session's own key)."""
    needles = [
        (f"key {k} {what}", needle)
        for k, key in enumerate(keys, 1)
        for what, needle in key.needles()
    ]
    chunk = bytearray(CHUNK)
    view = memoryview(chunk)
    ours = [(_address(buf), len(buf)) for _, buf in needles] + [(_address(chunk), CHUNK)]
    if allowed is not None:
        ours.append((_address(allowed), len(allowed)))
    overlap = max(len(buf) for _, buf in needles) - 1
    hits: set[Hit] = set()
    fd = os.open("/proc/self/mem", os.O_RDONLY)
    try:
        for start, end, region in _regions():
            pos = start
            while pos < end:
                size = min(CHUNK, end - pos)
                try:
                    got = os.preadv(fd, [view[:size]], pos)
                except (OSError, OverflowError):
                    break  # unreadable (guard pages, device mappings): nothing of ours there
                if got <= 0:
                    break
                for what, needle in needles:
                    at = chunk.find(needle, 0, got)
                    while at >= 0:
                        address = pos + at
                        if not any(a <= address < a + n for a, n in ours):
                            hits.add(Hit(what, address, region, _holder(fd, address)))
                        at = chunk.find(needle, at + 1, got)
                if pos + got >= end:
                    break
                pos += max(1, got - overlap)
    finally:
        os.close(fd)
        secret_memory.wipe(*(needle for _, needle in needles))
        view.release()
    return sorted(hits, key=lambda h: h.address)


def _work(session: vs.Session, tag: str) -> None:
    """Writes and reads through the services."""
    case = clients.register(session, Client(f"Given {tag}", f"Family {tag}", contact="+381 11 555"))
    assert clients.get_client(session, case.client_id).given_name == f"Given {tag}"
    if session.actor.user_id != vs.RECOVERY_ACTOR:  # notes have an author among the users
        case_records.add_note(session, ContactNote(case.id, datetime.now(), f"Visit {tag}."))
        assert case_records.notes(session, case.id)


@dataclass(frozen=True)
class Vault:
    folder: Path
    recovery_key: str


@pytest.fixture
def vault(tmp_path: Path) -> Vault:
    folder = tmp_path / "vault"
    created, recovery_key = vs.create_vault(folder, ADMIN, ADMIN_PASS, kdf_params=CHEAP_KDF)
    created.close()
    return Vault(folder, recovery_key)


def _assert_none(hits: list[Hit], when: str) -> None:
    listing = "\n".join(map(str, hits))
    assert not hits, f"{len(hits)} copies of key material {when}:\n{listing}"


def _own_buffer(session: vs.Session) -> bytearray:
    key = session.data_key
    assert isinstance(key, bytearray), "Session.data_key must hand out its own buffer, not a copy"
    return key


def test_no_copy_of_the_data_key_after_lock(vault: Vault, tmp_path: Path) -> None:
    if not database._memory_security:
        pytest.skip("this process declared itself demo-only: SQLCipher's memory wiping is off")
    session = vs.unlock(vault.folder, ADMIN, ADMIN_PASS)
    first = MaskedKey(session.data_key)
    _work(session, "one")
    users.add_user(session, CASEWORKER, Role.CASEWORKER, CASEWORKER_PASS)
    users.set_passphrase(session, ADMIN, NEW_ADMIN_PASS, ADMIN_PASS)
    usb = tmp_path / "usb"
    usb.mkdir()
    backups.create(session, usb, BACKUP_PASS)
    # While unlocked, too, the session's buffer is the only copy (SQLCipher keeps none in the
    # clear): copies made meanwhile would otherwise only be found if nothing reused their memory.
    _assert_none(scan([first], _own_buffer(session)), "besides the session's own, while unlocked")

    rekey.rotate_data_key(session)
    second = MaskedKey(session.data_key)
    _work(session, "two")
    _assert_none(scan([first, second], _own_buffer(session)), "besides the session's own, rotated")
    session.close()
    del session
    gc.collect()

    _assert_none(scan([first, second]), "after lock")

    # Once more through the other ways in: a slot re-sealed by the rotation, the recovery key.
    for unlock in (
        lambda: vs.unlock(vault.folder, CASEWORKER, CASEWORKER_PASS),
        lambda: vs.unlock_with_recovery(vault.folder, vault.recovery_key),
    ):
        again = unlock()
        _work(again, "three")
        again.close()
        del again
    gc.collect()

    _assert_none(scan([first, second]), "after the later locks")


def test_scan_finds_a_kept_copy(vault: Vault) -> None:
    """The scan works: copies kept on purpose (bytes, and hex text in both cases) are found."""
    session = vs.unlock(vault.folder, ADMIN, ADMIN_PASS)
    key = MaskedKey(session.data_key)
    kept = [bytes(session.data_key), session.data_key.hex(), session.data_key.hex().upper()]
    session.close()
    gc.collect()

    found = {hit.what for hit in scan([key])}

    assert found == {"key 1 raw", "key 1 hex", "key 1 HEX"}
    for copy in kept:
        secret_memory.wipe(copy)


def test_wipe_zeroes_in_place() -> None:
    """bytearray, bytes and ASCII str are zeroed where they are; short immutable objects (maybe
    shared) are left alone; anything wipe cannot handle safely is refused."""
    made = os.urandom(32)
    mutable, immutable, text = bytearray(made), bytes(bytearray(made)), made.hex()
    secret_memory.wipe(mutable, immutable, text, None)
    assert mutable == bytes(32) and immutable == bytes(32) and text == "\0" * 64
    short = b"x" * 15
    secret_memory.wipe(short, "y" * 15, b"")
    assert short == b"x" * 15
    with pytest.raises(TypeError):
        secret_memory.wipe("ключ, не только ASCII")
    with pytest.raises(TypeError):
        secret_memory.wipe(123)  # type: ignore[arg-type]
