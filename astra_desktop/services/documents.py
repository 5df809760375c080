"""Attachments (scans, photos, audio) kept inside the vault in chunks, with SHA-256 taken at import.

Import streams the file: memory stays flat however large it is. Reading gives the bytes back to the
caller (the viewer works from memory); writing a plaintext copy out is a separate, audited export.
"""

from __future__ import annotations

import hashlib
import mimetypes
import os
from collections.abc import Callable, Iterator
from pathlib import Path

from astra_desktop.core.enums import AuditAction
from astra_desktop.core.models import DocumentInfo
from astra_desktop.core.roles import Permission
from astra_desktop.errors import AstraError, DiskFull, VaultDamaged
from astra_desktop.services.access import require_case
from astra_desktop.services.session import Session
from astra_desktop.storage import audit, rows
from astra_desktop.storage import documents as documents_db
from astra_desktop.storage.atomic import open_private

CHUNK = 256 * 1024
MAX_SIZE = 2 * 1024**3

Progress = Callable[[int, int], bool]  # (bytes done, total) -> keep going?


class Cancelled(AstraError):
    def __init__(self) -> None:
        super().__init__("The import was cancelled; nothing was added.")


def import_file(
    session: Session,
    case_id: str,
    path: Path,
    description: str = "",
    progress: Progress | None = None,
) -> DocumentInfo:
    require_case(session, case_id, Permission.WRITE_CASES)
    size = path.stat().st_size
    if size > MAX_SIZE:
        raise AstraError(
            "{name} is {gb:.1f} GB; the largest file the vault takes is 2 GB. "
            "Split or compress it, then import it again.",
            name=path.name,
            gb=size / 1024**3,
        )
    mime = mimetypes.guess_type(path.name)[0] or "application/octet-stream"
    with path.open("rb") as fh:
        return import_stream(
            session, case_id, path.name, fh.read, size, mime, description, progress
        )


def import_stream(
    session: Session,
    case_id: str,
    filename: str,
    read: Callable[[int], bytes],
    size: int,
    mime: str = "application/octet-stream",
    description: str = "",
    progress: Progress | None = None,
) -> DocumentInfo:
    require_case(session, case_id, Permission.WRITE_CASES)
    info = DocumentInfo(case_id=case_id, filename=filename, size=0, sha256="", mime=mime,
                        description=description, imported_by=session.actor.user_id)  # fmt: skip
    info.imported_at = rows.now_utc()
    sha = hashlib.sha256()
    with session.write() as conn:
        rows.insert(conn, documents_db.TABLE, info)
        seq = done = 0
        while chunk := read(CHUNK):
            sha.update(chunk)
            documents_db.add_chunk(conn, info.id, seq, chunk)
            seq += 1
            done += len(chunk)
            if progress and not progress(done, size):
                raise Cancelled()
        info.size, info.sha256 = done, sha.hexdigest()
        documents_db.set_size_and_hash(conn, info.id, info.size, info.sha256)
        audit.append(conn, session.actor.user_id, AuditAction.IMPORT.value, "document", info.id)
    return info


def documents(session: Session, case_id: str) -> list[DocumentInfo]:
    require_case(session, case_id, Permission.READ_CASES)
    return documents_db.of_case(session.db, case_id)


def _info(session: Session, document_id: str) -> DocumentInfo:
    info = rows.get(session.db, DocumentInfo, documents_db.TABLE, document_id)
    require_case(session, info.case_id, Permission.READ_CASES)
    return info


def iter_chunks(session: Session, document_id: str) -> Iterator[bytes]:
    """The document's bytes, chunk by chunk, checked against the SHA-256 taken at import."""
    info = _info(session, document_id)
    sha = hashlib.sha256()
    for data in documents_db.chunks(session.db, document_id):
        sha.update(data)
        yield bytes(data)
    if sha.hexdigest() != info.sha256:
        raise VaultDamaged(
            "Document {id} no longer matches the fingerprint taken at import. "
            "Restore it from a backup.",
            id=info.id,
        )


def read_bytes(session: Session, document_id: str) -> bytes:
    """The whole document in memory, for the in-app viewer; the view is audited."""
    data = b"".join(iter_chunks(session, document_id))
    session.audit(AuditAction.VIEW, "document", document_id)
    return data


def export_copy(session: Session, document_id: str, target: Path) -> None:
    """Write a plaintext copy outside the vault: the caller has warned and asked; this audits it."""
    session.require(Permission.EXPORT)
    _info(session, document_id)
    # The audit entry is committed before any plaintext byte reaches the disk: a crash or a kill
    # at any later point leaves an audited attempt, never an unaudited file.
    session.audit(AuditAction.EXPORT, "document", document_id)
    tmp = target.with_name(f".{target.name}.part")
    try:
        with open_private(tmp, "wb") as fh:
            for chunk in iter_chunks(session, document_id):
                fh.write(chunk)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, target)
    except BaseException as exc:
        tmp.unlink(missing_ok=True)
        if isinstance(exc, OSError) and exc.errno == 28:
            raise DiskFull(target.name) from exc
        raise
