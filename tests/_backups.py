"""Test helpers (not tests) for backups, restores and case transfers."""

from __future__ import annotations

import hashlib
import io
import os
import random
from pathlib import Path

from astra_desktop.core.models import Client
from astra_desktop.services import clients, documents
from astra_desktop.services.session import Session
from astra_desktop.storage.backup_format import TAG, Sealed

BACKUP_PASS = "amber lighthouse over quiet meadows"


def add_big_document(session: Session, size: int = 2_600_000, seed: int = 7) -> str:
    """A case with a document of `size` random bytes: a backup of it has several 1 MiB chunks."""
    case = clients.register(session, Client("Big", "Document"))
    data = random.Random(seed).randbytes(size)
    info = documents.import_stream(session, case.id, "scan.bin", io.BytesIO(data).read, len(data))
    return info.id


def chunk_spans(path: Path, kind: str) -> tuple[int, list[tuple[int, int]]]:
    """Where a sealed file's payload starts, and the (start, end) of each encrypted chunk."""
    sealed = Sealed.read(path, kind, "test")
    size, start, spans = path.stat().st_size, sealed.payload_offset, []
    step = sealed.chunk_size + TAG
    while start < size:
        spans.append((start, min(size, start + step)))
        start += step
    return sealed.payload_offset, spans


def tree_digest(folder: Path) -> dict[str, str]:
    """SHA-256 of every file under `folder` (OS lock files aside), by relative path."""
    return {
        str(p.relative_to(folder)): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(folder.rglob("*"))
        if p.is_file() and p.name != "vault.lock"
    }


def flip(path: Path, offset: int) -> None:
    data = bytearray(path.read_bytes())
    data[offset] ^= 0x20
    path.write_bytes(bytes(data))


def entries(folder: Path) -> list[str]:
    return sorted(os.listdir(folder)) if folder.exists() else []
