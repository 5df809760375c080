"""Crash-safe file replacement: write a temp file, fsync it, rename over, fsync the folder.

A crash or a full disk at any point leaves either the old file or the new one, never half of each.

Everything the app writes is for its owner only: files 0600, folders 0700 (`open_private`,
`private_dir`, `private_file`). The process also runs under umask 077 (astra_desktop.__main__),
so files made by libraries (SQLite's -wal/-shm, lock files) are private too. On Windows the
mode bits mean little: there the user profile folder's ACL is what keeps other accounts out.
"""

from __future__ import annotations

import contextlib
import errno
import os
import secrets
from pathlib import Path
from typing import BinaryIO

from astra_desktop.errors import DiskFull

PRIVATE_FILE = 0o600
PRIVATE_DIR = 0o700


def _private_opener(path: str, flags: int) -> int:
    return os.open(path, flags, PRIVATE_FILE)


def open_private(path: Path, mode: str = "xb") -> BinaryIO:
    """`open(path, mode)` for writing binary, creating the file owner-only (0600), and tightening it
    if it was already there."""
    if "b" not in mode or not any(c in mode for c in "wxa"):
        raise ValueError(mode)
    fh = open(path, mode, opener=_private_opener)  # noqa: SIM115 - the caller closes it
    if os.name == "posix":
        with contextlib.suppress(OSError):
            os.fchmod(fh.fileno(), PRIVATE_FILE)
    return fh  # type: ignore[return-value]


def private_dir(folder: Path) -> None:
    """Make `folder` owner-only (0700), and any parents it makes (existing parents are left be)."""
    if not folder.parent.exists() and folder.parent != folder:
        private_dir(folder.parent)
    with contextlib.suppress(FileExistsError):
        folder.mkdir(mode=PRIVATE_DIR)
    tighten(folder, PRIVATE_DIR)


def private_file(path: Path) -> None:
    """Make sure `path` exists and is owner-only (0600) before a library opens it (SQLite gives
    a database's -wal and -shm the database file's mode); existing files are tightened."""
    with contextlib.suppress(OSError):  # exists already, or cannot be made: SQLite will say so
        os.close(os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, PRIVATE_FILE))
    tighten(path)


def tighten(path: Path, mode: int = PRIVATE_FILE) -> None:
    """chmod `path` to `mode` if it exists and is ours (files left by older versions were 0644)."""
    if os.name != "posix":
        return
    with contextlib.suppress(OSError):
        if os.stat(path).st_mode & 0o777 != mode:
            os.chmod(path, mode)


def fsync_dir(folder: Path) -> None:
    if os.name != "posix":
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def write_atomic(path: Path, data: bytes, temp_suffix: str = ".tmp") -> None:
    """`data` at `path` or nothing: a hidden temporary name beside it, fsync, rename, fsync the
    folder. `temp_suffix`: what a file synchroniser is told to ignore (".part", team sync)."""
    tmp = path.with_name(f".{path.name}.{secrets.token_hex(4)}{temp_suffix}")
    try:
        with open_private(tmp) as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, path)
        fsync_dir(path.parent)
    except OSError as exc:
        with contextlib.suppress(OSError):
            tmp.unlink()
        if exc.errno in (errno.ENOSPC, errno.EDQUOT):
            raise DiskFull(path.name) from exc
        raise
