"""`check`: every integrity test we have, in one report a person can read."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field

from astra_desktop.errors import VaultDamaged
from astra_desktop.services import audit_trail
from astra_desktop.services.session import Session
from astra_desktop.storage import audit, digest, freshness, search_index
from astra_desktop.storage.database import DatabaseError
from astra_desktop.storage.keyslots import KeyFile


@dataclass
class CheckReport:
    problems: list[str] = field(default_factory=list)
    content_digest: str = ""
    counts: dict[str, int] = field(default_factory=dict)
    # The forward-secure audit trail: None when this account holds no audit key (not an admin)
    trail_entries: int | None = None

    @property
    def sound(self) -> bool:
        return not self.problems


def check(session: Session) -> CheckReport:
    """SQLCipher page MACs, SQLite structure, foreign keys, freshness, audit chain, documents."""
    report = CheckReport()
    try:
        _check(session, report)
    except DatabaseError as exc:  # a damaged page stops SQLite reading: report it, don't crash
        report.problems.append(f"vault.db could not be read to the end ({exc}): it is damaged")
    return report


def _check(session: Session, report: CheckReport) -> None:
    try:  # the key file as it is on disk now, not as it was read at unlock
        KeyFile.load(session.files.keys).verify_mac(session.data_key)
    except (OSError, VaultDamaged) as exc:
        report.problems.append(str(exc) if isinstance(exc, VaultDamaged) else f"vault.keys: {exc}")
    conn = session.db
    damaged = conn.execute("PRAGMA cipher_integrity_check").fetchall()
    if damaged:
        report.problems.append(
            f"{len(damaged)} page(s) of vault.db fail their authentication check"
        )
    result = [r[0] for r in conn.execute("PRAGMA integrity_check").fetchall()]
    if result != ["ok"]:
        report.problems.append("the database structure is damaged: " + "; ".join(result[:5]))
    fk = conn.execute("PRAGMA foreign_key_check").fetchall()
    if fk:
        report.problems.append(f"{len(fk)} record(s) point to records that do not exist")
    try:
        search_index.check(conn)
    except Exception:
        report.problems.append("the search index is damaged (it can be rebuilt)")
    try:
        anchor = freshness.Anchor.load(session.files.anchor, session.data_key)
        freshness.verify(conn, anchor)
    except Exception as exc:
        report.problems.append(str(exc))
    report.problems += audit.verify_chain(conn)
    trail = audit_trail.verify(session, conn)
    report.problems += trail.problems
    report.trail_entries = trail.entries if trail.verified else None
    report.problems += _check_documents(session)
    report.content_digest = digest.content_digest(conn)
    for table in digest.RECORD_TABLES:
        report.counts[table] = int(conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0])


def _check_documents(session: Session) -> list[str]:
    problems = []
    docs = session.db.execute("SELECT id, sha256, size FROM documents").fetchall()
    for doc_id, expected, size in docs:
        sha, total = hashlib.sha256(), 0
        for (data,) in session.db.execute(
            "SELECT data FROM document_chunks WHERE document_id = ? ORDER BY seq", (doc_id,)
        ):
            sha.update(data)
            total += len(data)
        if sha.hexdigest() != expected or total != size:
            problems.append(f"document {doc_id} does not match the fingerprint taken at import")
    return problems
