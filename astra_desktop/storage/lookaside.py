"""A larger lookaside pool per vault connection: what keeps a save from making hundreds of system calls.

SQLite serves a connection's small allocations (up to 1,200 bytes) from its own pool, "lookaside",
and only the rest from the heap. The default pool (123 slots) is taken for good by the prepared
statements sqlite3 keeps cached, so every other small allocation — bound text, function arguments,
cursors, trigger frames — went to the heap. With `cipher_memory_security` on (every real vault)
SQLCipher locks each heap block on allocation and wipes and unlocks it on free: two system calls,
which made them most of the cost of a save (measured: a note saved made 334 `mlock` calls; 185 with
this pool, ~1 ms less on a 2.8 ms save).

The pool is one heap block, allocated once memory security is on (storage.database.connect), so
locked like the rest and wiped when the connection closes (at lock); a freed slot is reused
without wiping, as in SQLite's default pool, which it replaces (allocated at open: in a process's
first connection, before memory security was on, so not even locked).

Python's sqlite3 does not expose `sqlite3_db_config`: it is called through ctypes on the library
sqlcipher3 links, with the handle read from the Connection object (pysqlite's layout since 2004:
`PyObject_HEAD`, then `sqlite3 *db`). SQLite refuses it while any slot is in use, so it runs
before the connection's first cached statement.
"""

from __future__ import annotations

import ctypes
import functools
import platform
import sys
from typing import TYPE_CHECKING

import sqlcipher3

if TYPE_CHECKING:  # sqlcipher3's Connection, typed as the standard library's (see storage.database)
    from sqlite3 import Connection

SLOT_SIZE = 1200  # SQLite's default slot size
SLOTS = 1000  # 1.2 MB per connection, which SQLite cuts into ~3,000 slots of two sizes; a session
# that has saved notes holds ~870 of them (its cached statements), ~940 at the peak of a save
_DBCONFIG_LOOKASIDE = 1001
_DBSTATUS_LOOKASIDE_USED = 0
_DBSTATUS_LOOKASIDE_MISS_FULL = 6
_DB_FIELD = object.__basicsize__  # `sqlite3 *db` follows PyObject_HEAD


@functools.cache
def _library() -> ctypes.CDLL | None:
    """The SQLite that sqlcipher3 links (its symbols are exported), where it can be called safely:
    sqlite3_db_config is variadic, which ctypes passes as fixed arguments — the same on x86-64
    and Windows, not on Apple's arm64 ABI."""
    if sys.implementation.name != "cpython" or (
        sys.platform == "darwin" and platform.machine() == "arm64"
    ):
        return None
    try:
        from sqlcipher3 import _sqlite3

        library = ctypes.CDLL(_sqlite3.__file__)
        config, status = library.sqlite3_db_config, library.sqlite3_db_status
        library.sqlite3_vfs_find.argtypes = [ctypes.c_char_p]
        library.sqlite3_vfs_find.restype = ctypes.c_void_p
    except (ImportError, OSError, AttributeError):
        return None
    config.argtypes = [ctypes.c_void_p, ctypes.c_int, ctypes.c_void_p, ctypes.c_int, ctypes.c_int]
    config.restype = ctypes.c_int
    counter = ctypes.POINTER(ctypes.c_int)
    status.argtypes = [ctypes.c_void_p, ctypes.c_int, counter, counter, ctypes.c_int]
    status.restype = ctypes.c_int
    return library


def available() -> bool:
    """Whether the pool can be set here (else connections keep SQLite's default one)."""
    return _library() is not None


def handle(conn: Connection) -> int | None:
    """The connection's `sqlite3 *` (None if it is closed, not a sqlcipher3 connection, or the
    object's layout is not the one expected).

    Checked before use: SQLite's `struct sqlite3` starts with its `sqlite3_vfs *`, which for a
    vault connection is the default VFS — a pointer read from a different layout fails the check
    and the connection keeps the default pool instead of handing SQLite a wrong address."""
    library = _library()
    if library is None or not isinstance(conn, sqlcipher3.Connection):
        return None
    db = ctypes.c_void_p.from_address(id(conn) + _DB_FIELD).value
    if not db or db % ctypes.sizeof(ctypes.c_void_p) or db < 1 << 16:
        return None
    vfs = library.sqlite3_vfs_find(None)
    return db if vfs and ctypes.c_void_p.from_address(db).value == vfs else None


def widen(conn: Connection) -> bool:
    """Give a new connection the larger pool; False where that cannot be done (the connection
    then works as before, only slower)."""
    library, db = _library(), handle(conn)
    if library is None or not db:
        return False
    return bool(library.sqlite3_db_config(db, _DBCONFIG_LOOKASIDE, None, SLOT_SIZE, SLOTS) == 0)


def usage(conn: Connection, reset: bool = False) -> tuple[int, int] | None:
    """(slots in use, allocations sent to the heap because the pool was full since the last
    reset); None where the pool cannot be read. For tests and benchmarks."""
    library, db = _library(), handle(conn)
    if library is None or not db:
        return None
    found = []
    for op in (_DBSTATUS_LOOKASIDE_USED, _DBSTATUS_LOOKASIDE_MISS_FULL):
        current, highest = ctypes.c_int(), ctypes.c_int()
        library.sqlite3_db_status(db, op, ctypes.byref(current), ctypes.byref(highest), reset)
        found.append(current.value if op == _DBSTATUS_LOOKASIDE_USED else highest.value)
    return found[0], found[1]
