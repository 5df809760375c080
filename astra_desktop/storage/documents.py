"""Attachments in SQL: their records and their bytes, in chunks."""

from __future__ import annotations

from collections.abc import Iterator

from astra_desktop.core.models import DocumentInfo
from astra_desktop.storage import rows
from astra_desktop.storage.database import Connection

TABLE = "documents"


def add_chunk(conn: Connection, document_id: str, seq: int, data: bytes) -> None:
    conn.execute(
        "INSERT INTO document_chunks (document_id, seq, data) VALUES (?, ?, ?)",
        (document_id, seq, data),
    )


def set_size_and_hash(conn: Connection, document_id: str, size: int, sha256: str) -> None:
    conn.execute(
        "UPDATE documents SET size = ?, sha256 = ? WHERE id = ?", (size, sha256, document_id)
    )


def of_case(conn: Connection, case_id: str) -> list[DocumentInfo]:
    """The case's documents, newest first."""
    return rows.select(
        conn, DocumentInfo,
        "SELECT * FROM documents WHERE case_id = ? ORDER BY imported_at DESC", (case_id,),
    )  # fmt: skip


def chunks(conn: Connection, document_id: str) -> Iterator[bytes]:
    """The document's bytes, chunk by chunk, in order (read lazily)."""
    for (data,) in conn.execute(
        "SELECT data FROM document_chunks WHERE document_id = ? ORDER BY seq", (document_id,)
    ):
        yield data


def fingerprints(conn: Connection) -> list[tuple[str, object, object]]:
    """Every document's (id, SHA-256 taken at import, size) as stored, for `check`."""
    return [
        (str(i), sha, size)
        for i, sha, size in conn.execute("SELECT id, sha256, size FROM documents")
    ]
