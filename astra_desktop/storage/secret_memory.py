"""Erasing key material from memory, so that nothing of a key is left once the vault is locked.

Why this is needed: CPython does not clear memory it frees. Small objects (up to 512 bytes: a
32-byte key as `bytes`, its 64-character hex text, a `PRAGMA key` statement) live in pymalloc
arenas, and a freed block keeps its bytes until another object happens to reuse it, often for the
rest of the process; larger buffers go to the C allocator, which does not clear them either. So
every copy of a key has to be overwritten before it is let go.

- Keys are kept in `bytearray`s (mutable), which `wipe()` zeroes in place.
- Some copies are immutable objects that libraries hand us: the `bytes` AESGCM.decrypt and
  os.urandom return, the `str` of an SQL statement (sqlite3 takes nothing else). `wipe()` zeroes
  those in place too, through ctypes, where CPython keeps their characters. That is only sound for
  an object nobody else shares and whose layout is known: exactly `bytes`, or a compact ASCII `str`,
  at least `MIN_LENGTH` long (short ones may be cached singletons or interned, shared by the whole
  interpreter), made by our own code for this one use. Its cached hash, if any, is left as it is.
"""

from __future__ import annotations

import ctypes
import sys

MIN_LENGTH = 16
_CPYTHON = sys.implementation.name == "cpython"
# Where the characters start: the object's fixed header (its size when empty, less the final NUL)
_BYTES_DATA = sys.getsizeof(b"") - 1
_STR_DATA = sys.getsizeof("") - 1


def wipe(*secrets: bytearray | bytes | str | memoryview | None) -> None:
    """Overwrite each secret's memory with zeros (None, and immutable objects shorter than
    MIN_LENGTH, are skipped). See the module doc for which immutable objects may be wiped; any
    other type or layout raises TypeError rather than be left intact unnoticed."""
    for secret in secrets:
        if secret is None:
            continue
        if isinstance(secret, bytearray | memoryview):
            size = secret.nbytes if isinstance(secret, memoryview) else len(secret)
            if size:
                ctypes.memset((ctypes.c_char * size).from_buffer(secret), 0, size)
        elif type(secret) is bytes:
            _zero_immutable(secret, _BYTES_DATA, len(secret), sys.getsizeof(b""))
        elif type(secret) is str:
            if not secret.isascii():
                raise TypeError("only ASCII text can be wiped")
            _zero_immutable(secret, _STR_DATA, len(secret), sys.getsizeof(""))
        else:
            raise TypeError(f"cannot wipe a {type(secret).__name__}")


def _zero_immutable(obj: bytes | str, offset: int, length: int, empty_size: int) -> None:
    if not _CPYTHON or length < MIN_LENGTH:
        # No known layout (the app ships on CPython), or short enough to be a shared cached
        # object (b"", one-character strings...): left alone; no key is that short.
        return
    if sys.getsizeof(obj) != empty_size + length:  # not the compact layout the offset is for
        raise TypeError("unexpected object layout")
    ctypes.memset(id(obj) + offset, 0, length)


def hex_into(target: bytearray, at: int, data: bytes | bytearray) -> int:
    """Write `data` as lower-case hex into `target` from `at`, making no other copy (bytes.hex()
    would make an immutable one); returns the position after it."""
    digits = b"0123456789abcdef"
    for byte in data:
        target[at] = digits[byte >> 4]
        target[at + 1] = digits[byte & 15]
        at += 2
    return at
