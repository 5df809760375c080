"""Crash-safe file replacement: write a temp file, fsync it, rename over, fsync the folder.

A crash or a full disk at any point leaves either the old file or the new one, never half of each.
"""

from __future__ import annotations

import contextlib
import errno
import os
import secrets
from pathlib import Path

from astra_desktop.errors import DiskFull


def fsync_dir(folder: Path) -> None:
    if os.name != "posix":
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def write_atomic(path: Path, data: bytes) -> None:
    tmp = path.with_name(f".{path.name}.{secrets.token_hex(4)}.tmp")
    try:
        with open(tmp, "xb") as fh:
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
