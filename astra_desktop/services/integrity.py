"""`check`: every integrity test we have, in one report a person can read.

Each whole-file pass runs once, two at a time: SQLite's `integrity_check` and the foreign-key check
(C, the interpreter left free) on a connection of its own, beside the passes that hash rows in
Python (the record sums that catch pages from an older copy, the audit chain) and the search
index's check. `integrity_check` reads every page in use, and SQLCipher checks each page's MAC as
it reads it, so `astra-desktop check` does not run `cipher_integrity_check` as well (only to count
damaged pages once a read has failed); a check of a session already open runs it first, for the
report's count.

`astra-desktop check` runs these passes at unlock (`AtOpen`, unlock's `full_check`), before the
login is written: a damaged page or a page from an older copy refuses the vault in unlock's words,
as every command's full check does, and unlock's own page check and row sums do not run as well.
The report then adds what needs the session: the forward-secure audit trail (the administrator's
seeds reach the session after unlock), the documents, the counts.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass, field

from astra_desktop.core.messages import Message
from astra_desktop.errors import AstraError, VaultDamaged
from astra_desktop.services import audit_trail
from astra_desktop.services.session import Session
from astra_desktop.storage import (
    audit_keys,
    audit_pass,
    database,
    db_copy,
    digest,
    documents,
    file_checks,
    freshness,
    migrate,
    search_index,
)
from astra_desktop.storage.database import DAMAGED_DB, Connection, DatabaseError
from astra_desktop.storage.keyslots import KeyFile


@dataclass
class CheckReport:
    problems: list[Message] = field(default_factory=list)  # in English: str(problem)
    content_digest: str = ""
    counts: dict[str, int] = field(default_factory=dict)
    # The forward-secure audit trail: None when this account holds no audit key (not an admin)
    trail_entries: int | None = None

    @property
    def sound(self) -> bool:
        return not self.problems


@dataclass
class _Passes:
    """What the whole-file passes found, in the report's words (empty: sound)."""

    pages: list[Message] = field(default_factory=list)
    structure: list[Message] = field(default_factory=list)
    stale: list[str] = field(default_factory=list)  # table names
    chain: list[Message] = field(default_factory=list)
    keys: list[Message] = field(default_factory=list)  # foreign keys
    search: list[Message] = field(default_factory=list)
    unreadable: str = ""  # SQLite's words when vault.db could not be read to the end
    log: audit_pass.LogPass | None = None  # the one reading of the audit log, for the trail


class AtOpen:
    """`check`'s whole-file passes, run by unlock before anything is written (pass an instance as
    `session.unlock(..., full_check=...)`), then given to `check`, which does not repeat them."""

    def __init__(self) -> None:
        self.passes: _Passes | None = None
        self.schema = -1

    def __call__(
        self, conn: Connection, another: Callable[[], Connection], audit_secret: bytes = b""
    ) -> None:
        """`audit_secret`: the seeds the unlocking keyslot holds, if any: the audit log is read
        once for the record sums, the chain and the key chains (used if an administrator's)."""
        passes = _whole_file(conn, another, count_pages=False, epochs=_epochs(audit_secret))
        if passes.unreadable:  # a page that fails its MAC (counted), or SQLite's own words
            damaged = file_checks.damaged_pages(conn)
            detail = database.damaged_detail(len(damaged)) if damaged else passes.unreadable
            raise VaultDamaged(DAMAGED_DB, detail=detail)
        if passes.stale:
            raise _mixed(passes.stale)
        self.passes, self.schema = passes, migrate.current_version(conn)


def check(session: Session, opened: AtOpen | None = None) -> CheckReport:
    """SQLCipher page MACs, SQLite structure, foreign keys, freshness, audit chain, documents.
    `opened`: the whole-file passes unlock ran for this session (`astra-desktop check`)."""
    report = CheckReport()
    try:
        _check(session, report, opened)
    except DatabaseError as exc:  # a damaged page stops SQLite reading: report it, don't crash
        report.problems.append(_unreadable(str(exc)))
    return report


def _check(session: Session, report: CheckReport, opened: AtOpen | None) -> None:
    try:  # the key file as it is on disk now, not as it was read at unlock
        KeyFile.load(session.files.keys).verify_mac(session.data_key)
    except (OSError, VaultDamaged) as exc:
        report.problems.append(
            exc.message
            if isinstance(exc, VaultDamaged)
            else Message("vault.keys: {exc}", exc=str(exc))
        )
    conn = session.db
    passes = None
    if opened is not None and opened.schema == migrate.current_version(conn):
        passes = opened.passes  # (not if a migration changed the file since)
    if passes is None:
        epochs = _epochs(bytes(session.audit_secret))
        passes = _whole_file(conn, lambda: _connect(session), count_pages=True, epochs=epochs)
    report.problems += passes.pages + passes.structure + passes.keys + passes.search
    try:
        anchor = freshness.Anchor.load(session.files.anchor, session.data_key)
        freshness.verify(conn, anchor, deep=False)  # the row sums: with the passes above
        if passes.stale:
            raise _mixed(passes.stale)
    except Exception as exc:
        report.problems.append(exc.message if isinstance(exc, AstraError) else Message(str(exc)))
    report.problems += passes.chain
    trail = audit_trail.verify(session, conn, passes.log)
    report.problems += trail.problems
    report.trail_entries = trail.entries if trail.verified else None
    report.problems += _check_documents(session)
    if passes.unreadable:
        report.problems.append(_unreadable(passes.unreadable))
    report.content_digest = digest.content_digest(conn)
    report.counts = db_copy.counts(conn)


def _whole_file(
    conn: Connection,
    another: Callable[[], Connection],
    count_pages: bool,
    epochs: list[audit_keys.Epoch],
) -> _Passes:
    """The passes that read all of vault.db, two at a time: on a connection of its own, the page
    MACs when `count_pages` (the report counts damaged pages), SQLite's structure check and the
    foreign keys; on `conn`, the row hashes, the audit log (with `epochs`' key chains) and the
    search index (`_rows`)."""
    passes = _Passes()
    try:
        other = another()
    except VaultDamaged:  # vault.db no longer opens afresh (cut short): what `conn` still reads
        _structure(conn, passes, count_pages)
        _rows(conn, passes, epochs)
        return passes
    try:
        with ThreadPoolExecutor(1, thread_name_prefix="astra-check") as pool:
            first: Future[None] = pool.submit(_structure, other, passes, count_pages)
            if not _rows(conn, passes, epochs):
                other.interrupt()  # nothing more to learn from the rest
            first.result()
    finally:
        other.close()
    return passes


def _rows(conn: Connection, passes: _Passes, epochs: list[audit_keys.Epoch]) -> bool:
    """The passes that hash rows (every summed table's sum; the audit log read once for its sum,
    its chain and its key chains), then the search index; False when vault.db could not be read
    to the end."""
    try:
        passes.stale, passes.log = audit_pass.stale_tables(conn, epochs)
        passes.chain = passes.log.chain
        try:
            search_index.check(conn)
        except DatabaseError:
            raise
        except Exception:
            passes.search = [Message("the search index is damaged (it can be rebuilt)")]
    except DatabaseError as exc:
        passes.unreadable = passes.unreadable or str(exc)
        return False
    return True


def _structure(other: Connection, passes: _Passes, count_pages: bool) -> None:
    """Page MACs (when `count_pages`), SQLite's structure check, foreign keys: C, beside `_rows`."""
    try:
        if count_pages and (damaged := file_checks.damaged_pages(other)):
            passes.pages = [
                Message(
                    "{count} page(s) of vault.db fail their authentication check",
                    count=len(damaged),
                )
            ]
        if found := file_checks.structure(other):
            passes.structure = [
                Message("the database structure is damaged: {detail}", detail="; ".join(found[:5]))
            ]
        if dangling := file_checks.dangling_references(other):
            passes.keys = [
                Message("{count} record(s) point to records that do not exist", count=dangling)
            ]
    except DatabaseError as exc:
        if "interrupt" not in str(exc).lower():
            passes.unreadable = passes.unreadable or str(exc)


def _epochs(audit_secret: bytes) -> list[audit_keys.Epoch]:
    """The key chains' seeds in an audit secret (none when it is empty or not one)."""
    try:
        return audit_keys.decode(audit_secret)
    except ValueError:
        return []


def _mixed(stale: list[str]) -> VaultDamaged:
    """Pages from an older copy, in the words unlock's own check uses (storage.freshness)."""
    return VaultDamaged(freshness.MIXED, detail=Message("tables {names}", names=", ".join(stale)))


def _connect(session: Session) -> Connection:
    return database.connect(session.files.db, session.data_key, session.keyfile.db_salt)


def _unreadable(detail: str) -> Message:
    return Message("vault.db could not be read to the end ({detail}): it is damaged", detail=detail)


def _check_documents(session: Session) -> list[Message]:
    problems = []
    for doc_id, expected, size in documents.fingerprints(session.db):
        sha, total = hashlib.sha256(), 0
        for data in documents.chunks(session.db, doc_id):
            sha.update(data)
            total += len(data)
        if sha.hexdigest() != expected or total != size:
            problems.append(
                Message(
                    "document {doc_id} does not match the fingerprint taken at import",
                    doc_id=doc_id,
                )
            )
    return problems
