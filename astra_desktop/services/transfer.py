"""Handing cases between laptops: an encrypted bundle, a one-time passphrase, a merge by UUID.

Export: the chosen cases with their client and every record linked to them (storage/
transfer_tables.py finds the tables from the schema's foreign keys), the users they name (as
inactive placeholders on the other side, so no foreign key breaks and no one can log in as them)
and the risk instruments their assessments used, sealed (storage/backup_format.py) under a random
six-word passphrase to pass on by phone. Import happens in two steps: `plan_import` reads the bundle
and says what would change, with every record changed on both laptops since they last exchanged
it set out side by side; `apply_import` writes it in one transaction once a person has chosen a
side for each of those. Nothing is ever overwritten without that choice. The rows themselves are
read and written by storage/transfer_rows.py; this module decides, checks permissions and audits.

Deletions travel as tombstones (schema 10, storage/transfer_tables.py): a bundle carries those of
its cases, with the versions the deleting vault knew. Here, a copy that is one of those versions
(and whose linked records are all deleted there too, unchanged) is deleted; a copy changed here
since the last exchange is a conflict for a person ("deleted on the other laptop, changed here"),
and so is a record deleted here that the other laptop changed ("deleted here, changed there").
A choice about such a record is a choice about what was deleted with it too: kept, the records
whose deletion would take its own along keep (a hearing's appointment, or the cascade takes the
hearing); brought back, the records deleted here with it come back (its hearings and their
appointments), never only the record. A deletion a person refused is not asked about again;
in team sync, a copy that knows this very deletion (kept, or brought back, by a person who had
seen it) also brings the record back here without asking (a bundle imported by hand still asks
the person here). A proceeding's deletion is applied as the app deletes one: with its hearings'
appointments (a hearing scheduled only here included).
A vault that deletes its copy because of a tombstone keeps that deletion's time, so the deletion
has the same `mark` on every laptop; a tombstone of a record deleted here too adds the versions it
covered to this vault's.

Partners the records name travel with them and are never conflicts (services/
transfer_partners.py): the receiver uses its own (same id, or same name and town) or adds them
inactive, so no referral, inquiry or hotline call is left out for its partner.
"""

from __future__ import annotations

import os
import secrets
from collections import Counter
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass, field, replace
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Protocol

import sqlcipher3

from astra_desktop.core import casecode
from astra_desktop.core.appointments import local_today
from astra_desktop.core.enums import AuditAction
from astra_desktop.core.models import new_id
from astra_desktop.core.roles import Permission
from astra_desktop.errors import AstraError, NotFound, PermissionDenied
from astra_desktop.services import transfer_partners as tp
from astra_desktop.services import word_passphrase
from astra_desktop.services.access import require_case, require_client
from astra_desktop.services.session import Session
from astra_desktop.storage import (
    audit,
    case_codes,
    cases,
    database,
    kdf,
    migrate,
    search_index,
    transfer_rows,
)
from astra_desktop.storage import proceedings as proceedings_db
from astra_desktop.storage import risk as risk_db
from astra_desktop.storage import transfer_tables as tt
from astra_desktop.storage.atomic import fsync_dir, open_private
from astra_desktop.storage.backup_format import PassphraseLock, Sealed, SealedWriter, damaged
from astra_desktop.storage.database import Connection

KIND = "astra-transfer"
WHAT = "case-transfer bundle"
SUFFIX = ".astratransfer"
MINE, THEIRS = "mine", "theirs"
LABELS = {
    "clients": "client", "cases": "case", "contact_notes": "contact note", "services": "service",
    "referrals": "referral", "consents": "consent", "documents": "document",
    "appointments": "appointment", "proceedings": "court proceeding", "hearings": "hearing",
    "risk_assessments": "risk assessment", "safety_actions": "safety plan action",
    "related_persons": "related person", "hotline_calls": "hotline call",
    "missing_searches": "missing-person search", "missing_inquiries": "missing-person inquiry",
    "missing_actions": "missing-person search action",
    "missing_status_changes": "missing-person search status change", "claims": "claim",
    "defendants": "defendant", "charges": "charge", "hearing_attendance": "hearing attendance",
    "risk_events": "risk event", "partners": "partner",
}  # fmt: skip
Progress = Callable[[int, int], bool]


def label(table: str) -> str:
    """A record of `table` in words, singular ("missing-person inquiry")."""
    return LABELS.get(table) or singular(table.replace("_", " "))


def singular(words: str) -> str:
    """The last word of a table's name in the singular: inquiries -> inquiry, charges -> charge,
    addresses -> address (a table LABELS does not name yet never reads "inquirie")."""
    if words.endswith("ies"):
        return words[:-3] + "y"
    if words.endswith(("sses", "ches", "shes", "xes")):
        return words[:-2]
    if words.endswith("s") and not words.endswith("ss"):
        return words[:-1]
    return words


# --- export ----------------------------------------------------------------------------------------
@dataclass(frozen=True)
class ExportResult:
    path: Path
    passphrase: str
    case_codes: list[str]
    records: int


_select = transfer_rows.linked_rows  # the name tests/test_transfer.py reads a case's rows by


def export_cases(
    session: Session, codes: list[str], out: Path, progress: Progress | None = None
) -> ExportResult:
    """Seal the cases with these codes into `out` (a file, or a folder for a dated name)."""
    session.require(Permission.EXPORT)
    if not codes:
        raise AstraError("Choose at least one case to hand over.")
    conn = session.db
    chosen: dict[str, str] = {}
    for code in codes:
        case_id = cases.id_by_code(conn, casecode.normalise(code))
        if case_id is None:
            raise NotFound("There is no case {code}.", code=casecode.normalise(code))
        require_case(session, case_id, Permission.READ_CASES)
        chosen[case_id] = casecode.normalise(code)
    target = _target(out)
    passphrase = word_passphrase.new_passphrase()
    bundle_id = new_id()
    tmp = target.with_name(f".{target.name}.{secrets.token_hex(4)}.part")
    exported: list[tuple[str, str, str]] = []  # (table, id, hash) for the log
    try:
        with open_private(tmp) as fh:
            public: dict[str, object] = {
                "bundle_id": bundle_id,
                "created_at": datetime.now(UTC).isoformat(timespec="seconds"),
                "source_vault": session.vault_id,
                "cases": len(chosen),
            }
            writer = SealedWriter(fh, KIND, public, os.urandom(32),
                                  [PassphraseLock(word_passphrase.normalise(passphrase), kdf.FLOOR)])  # fmt: skip
            with database.read_snapshot(conn):
                write_records(conn, session, writer, chosen, exported, progress)
            writer.close()
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, target)
        fsync_dir(target.parent)
    except OSError as exc:
        tmp.unlink(missing_ok=True)
        raise AstraError(
            "The bundle could not be written to {folder} ({error}). Nothing was "
            "exported; free some space or choose another drive.",
            folder=target.parent,
            error=exc.strerror,
        ) from exc
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    with session.write() as wconn:
        for table, record_id, h in exported:
            tt.remember(wconn, table, record_id, [h])
        for case_id in chosen:
            audit.append(wconn, session.actor.user_id, AuditAction.EXPORT.value, "case", case_id,
                         f"transfer {bundle_id}")  # fmt: skip
    return ExportResult(target, passphrase, sorted(chosen.values()), len(exported))


def _target(out: Path) -> Path:
    if out.is_dir():
        stamp = datetime.now().strftime("%Y-%m-%d-%H%M%S")
        return out / f"ASTRA-cases-{stamp}{SUFFIX}"
    if out.exists():
        raise AstraError("{name} already exists. Choose another name.", name=out.name)
    return out


class Writer(Protocol):
    def write(self, data: bytes) -> object: ...


def write_records(
    conn: Connection, session: Session, writer: Writer, chosen: dict[str, str],
    exported: list[tuple[str, str, str]], progress: Progress | None,
) -> None:  # fmt: skip
    """The transfer message stream of the `chosen` cases (id -> code) into `writer`: the
    manifest, their rows with the versions known, tombstones, the users, partners and risk
    instruments they name. `exported` receives (table, id, version) of each record. Team sync
    (services/sync.py) writes change files with it too. No permission is checked here."""
    tables = tt.case_tables(conn)
    ids: dict[str, set[str]] = {"cases": set(chosen)}
    ids["clients"] = transfer_rows.clients_of_cases(conn, chosen)
    deleted_clients = _deleted_clients(conn, chosen)
    users: set[str] = set()
    partner_ids: set[str] = set()
    writer.write(tt.encode({"type": "manifest", "schema": migrate.current_version(conn),
                            "tables": {t.name: list(t.columns) for t in tables},
                            "cases": [{"id": i, "code": c} for i, c in chosen.items()]}))  # fmt: skip
    for n, table in enumerate(tables):
        found: set[str] = set()
        user_cols = [fk.column for fk in table.fks if fk.table == "users"]
        partner_cols = tt.partner_columns(table)
        for values in transfer_rows.linked_rows(conn, table, ids):
            row = dict(zip(table.columns, values, strict=True))
            message: dict[str, object] = {"type": "row", "t": table.name, "v": list(values)}
            if table.has_id:
                record_id = str(row["id"])
                found.add(record_id)
                h = tt.row_hash(table.name, row)
                message["k"] = [*tt.known(conn, table.name, record_id), h]
                exported.append((table.name, record_id, h))
            users.update(str(row[c]) for c in user_cols if row[c] is not None)
            partner_ids.update(str(row[c]) for c in partner_cols if row[c] is not None)
            writer.write(tt.encode(message))
        if table.has_id:
            ids[table.name] = found
        if progress and not progress(n + 1, len(tables) + 1):
            raise AstraError("The export was cancelled; nothing was exported.")
    for tomb in tt.tombstones_for(conn, chosen, ids["clients"] | deleted_clients):
        if tomb.deleted_by:
            users.add(tomb.deleted_by)
        writer.write(tt.encode(tomb.message()))
    for user_id, username, role in transfer_rows.users_by_id(conn, users):
        writer.write(tt.encode({"type": "user", "id": user_id, "username": username, "role": role}))
    for partner in transfer_rows.partners_by_id(conn, partner_ids):
        writer.write(tt.encode({"type": "partner", "p": partner}))
    if "risk_assessments" in ids:
        for values in transfer_rows.instruments_used(conn, ids["risk_assessments"]):
            writer.write(tt.encode({"type": "instrument", "v": list(values)}))


_write_records = write_records  # the earlier name


def _deleted_clients(conn: Connection, chosen: Mapping[str, str]) -> set[str]:
    """Clients deleted with a chosen case (it was their last): their deletion travels with the
    case's, or the other laptops keep a client with no case (team sync publishes a deleted
    shared case; its client is no longer found through it)."""
    found = set()
    for case_id in chosen:
        case = tt.tombstone(conn, "cases", case_id)
        if case is not None and case.client_id and tt.tombstone(conn, "clients", case.client_id):
            found.add(case.client_id)
    return found


# --- opening and planning ---------------------------------------------------------------------------
@dataclass
class OpenedBundle:
    sealed: Sealed
    content_key: bytes

    def messages(self) -> Iterator[dict[str, object]]:
        try:
            yield from tt.decode_stream(self.sealed.chunks(self.content_key))
        except (ValueError, KeyError, TypeError) as exc:
            raise damaged(self.sealed.path, WHAT, "its contents are unreadable") from exc


def open_bundle(path: Path, passphrase: str) -> OpenedBundle:
    sealed = Sealed.read(path, KIND, WHAT)
    return OpenedBundle(sealed, sealed.open_with_passphrase(word_passphrase.normalise(passphrase)))


@dataclass(frozen=True)
class Conflict:
    """A record changed on both laptops since they last exchanged it."""

    key: str  # "table:id", what a choice is given for
    table: str
    record_id: str
    case_code: str
    what: str
    fields: list[tuple[str, object, object]]  # (column, ours, theirs), differing columns only
    # A deletion against a change: THEIRS (deleted on the other laptop, changed here) or MINE
    # (deleted here, changed on the other laptop); "" when both laptops changed it.
    deleted: str = ""
    linked: int = 0  # records here that would go with it (deleted with it on the other laptop)
    deleted_by: str = ""  # who deleted it on the other laptop (a user name), if known


@dataclass
class ImportPlan:
    bundle: OpenedBundle
    decisions: dict[str, str] = field(
        default_factory=dict
    )  # key -> insert/update/same/keep/conflict
    conflicts: list[Conflict] = field(default_factory=list)
    new: int = 0
    updated: int = 0
    unchanged: int = 0
    deleted: int = 0  # records deleted on the other laptop, unchanged here: deleted here too
    # A record deleted there whose deletion here follows the choice made for a record it belongs
    # to (kept here, the records linked to it stay too): its key -> that record's key.
    under: dict[str, str] = field(default_factory=dict)
    absent: set[str] = field(default_factory=set)  # deleted here and staying so (set when applied)
    # A record deleted here, unchanged there, deleted with one changed there that a person may
    # bring back (its hearings and their appointments, with a proceeding): back with it, or
    # the choice would bring back the record without what belonged to it. Key -> that key.
    back: dict[str, str] = field(default_factory=dict)
    # Records deleted here that the bundle holds: their key -> the keys of the records they point to.
    points_to: dict[str, list[str]] = field(default_factory=dict)
    cases: list[str] = field(default_factory=list)  # case codes in the bundle
    # The partners the bundle's records name: their id -> the partner used here; and those to
    # be added here (inactive), their id -> what the bundle says of them.
    partners: dict[str, str] = field(default_factory=dict)
    partners_new: dict[str, dict[str, object]] = field(default_factory=dict)
    # Planned for team sync (`plan_import(..., system=True)`): the office decided what is shared,
    # so the syncing person's case assignments are not asked (services/sync.py).
    system: bool = False

    @property
    def keys(self) -> set[str]:
        return {c.key for c in self.conflicts}


def _manifest(
    session: Session, opened: OpenedBundle, first: dict[str, object]
) -> dict[str, tt.Table]:
    if first.get("type") != "manifest":
        raise damaged(opened.sealed.path, WHAT, "its contents are unreadable")
    ours = {t.name: t for t in tt.case_tables(session.db)}
    theirs = first.get("tables")
    same = isinstance(theirs, dict) and all(
        name in ours and list(ours[name].columns) == cols for name, cols in theirs.items()
    )
    if first.get("schema") != migrate.current_version(session.db) or not same:
        raise AstraError(
            "{name} was made by a different version of ASTRA Desktop "
            "(another data format). Update both laptops to the same version, then export again.",
            name=opened.sealed.path.name,
        )
    return ours


def _case_of(row: dict[str, object], table: tt.Table, cases_of: dict[tuple[str, str], str]) -> str:
    if table.name == "cases":
        return str(row["id"])
    for fk in table.fks:
        found = cases_of.get((fk.table, str(row.get(fk.column))))
        if found:
            return found
    return ""


def plan_import(session: Session, opened: OpenedBundle, *, system: bool = False) -> ImportPlan:
    """Read the bundle and decide, record by record, what importing it would do. Writes nothing.

    `system`: only team sync applies files so. What the office shares arrives whoever syncs: the
    syncing person's role and case assignments are not checked (they still decide who sees the
    records on this laptop); a person importing a bundle by hand is always checked."""
    if not system:
        session.require(Permission.WRITE_CASES)
    conn = session.db
    plan = ImportPlan(opened, system=system)
    messages = opened.messages()
    tables = _manifest(session, opened, next(messages, {}))
    cases_of: dict[tuple[str, str], str] = {}
    codes: dict[str, str] = {}
    tombs: list[tt.Tombstone] = []
    users: dict[str, str] = {}
    sent_partners: dict[str, dict[str, object]] = {}
    # Records that name a partner: decided once the partners (last in a bundle) are known.
    naming: list[tuple[tt.Table, dict[str, object], dict[str, object], str]] = []
    for message in messages:
        if message.get("type") == "tombstone":
            tombs.append(_tombstone(opened, message))
            continue
        if message.get("type") == "user":
            users[str(message.get("id"))] = str(message.get("username", ""))
        if message.get("type") == "partner":
            sent = tp.sent_partner(message)
            if sent is None:
                raise damaged(opened.sealed.path, WHAT, "its contents are unreadable")
            sent_partners[str(sent["id"])] = sent
        if message.get("type") != "row":
            continue
        table = tables[str(message["t"])]
        row = dict(zip(table.columns, message["v"], strict=True))  # type: ignore[call-overload]
        if table.name == "cases":
            codes[str(row["id"])] = str(row["case_code"])
            plan.cases.append(str(row["case_code"]))
        case_id = "" if table.name == "clients" else _case_of(row, table, cases_of)
        if not table.has_id:
            continue
        cases_of[(table.name, str(row["id"]))] = case_id
        if tt.partner_columns(table):
            naming.append((table, row, message, case_id))
        else:
            _plan_record(session, plan, table, row, message, case_id, codes)
    plan.partners, plan.partners_new = tp.plan_partners(
        conn, sent_partners, [(t, r) for t, r, _m, _c in naming]
    )
    for table, row, message, case_id in naming:
        _plan_record(session, plan, table, row, message, case_id, codes)
    _plan_deletions(session, plan, tables, tombs, codes, users)
    _tie_brought_back(plan)
    return plan


def _tie_brought_back(plan: ImportPlan) -> None:
    """Tie to each record deleted here and changed there (a person may bring it back) the records
    deleted here with it that the bundle holds unchanged: those pointing to it, and those they
    point to that are not above it (a hearing's appointment, never the case it belongs to)."""
    gone = {k for k, d in plan.decisions.items() if d == "gone"}
    for root in (c.key for c in plan.conflicts if c.deleted == MINE):
        above, pending = set(), [root]
        while pending:
            for parent in plan.points_to.get(pending.pop(), []):
                if parent not in above:
                    above.add(parent)
                    pending.append(parent)
        tied = {root}
        grew = True
        while grew:
            grew = False
            for key in gone - tied - above - plan.back.keys():
                parents = plan.points_to.get(key, [])
                carries = any(key in plan.points_to.get(t, []) for t in tied)
                if carries or any(p in tied for p in parents):
                    plan.back[key] = root
                    tied.add(key)
                    grew = True


def _brought_back(plan: ImportPlan, choices: Mapping[str, str], key: str) -> bool:
    root = plan.back.get(key)
    return root is not None and choices.get(root) == THEIRS


def _plan_record(
    session: Session, plan: ImportPlan, table: tt.Table, row: dict[str, object],
    message: dict[str, object], case_id: str, codes: dict[str, str],
) -> None:  # fmt: skip
    """What importing one record would do. Versions are compared as the sender wrote them: a
    partner this vault knows under another id (same name and town) counts as the same."""
    conn = session.db
    record_id = str(row["id"])
    key = f"{table.name}:{record_id}"
    local = transfer_rows.record(conn, table, record_id)
    incoming = tt.row_hash(table.name, row)
    here = tp.here(table, row, plan.partners)
    if local is None:
        if table.name != "cases" and _local_code(conn, case_id) and not plan.system:
            _require_write(session, table.name, row, case_id)
        ours = tt.tombstone(conn, table.name, record_id)
        if ours is not None:
            plan.points_to[key] = [f"{fk.table}:{row[fk.column]}" for fk in table.fks
                                   if fk.table != "users" and row.get(fk.column) is not None]  # fmt: skip
        # Kept there by a person who saw this deletion — also when the record itself did not
        # change there (a case kept for a note added to it): asked first, or it stays deleted
        # here while kept there.
        if ours is not None and plan.system and ours.mark in _known(message):
            plan.decisions[key] = "restore"
            plan.updated += 1
        elif ours is not None and incoming in ours.known:
            plan.decisions[key] = "gone"  # deleted here, not changed there since: stays so
            plan.unchanged += 1
        elif ours is not None:
            plan.decisions[key] = "conflict"
            code = _conflict_code(conn, table.name, record_id, case_id, codes)
            fields: list[tuple[str, object, object]] = [(c, None, here[c]) for c in table.columns
                      if here[c] is not None and c not in tt.unversioned(table.name)]  # fmt: skip
            plan.conflicts.append(Conflict(key, table.name, record_id, code, label(table.name),
                                           fields, deleted=MINE))  # fmt: skip
        else:
            plan.decisions[key] = "insert"
            plan.new += 1
        return
    mine = tt.row_hash(table.name, tp.as_sent(table, local, row, plan.partners))
    theirs_known = _known(message)
    if incoming == mine:
        decision = "same"
    elif mine in theirs_known:
        decision = "update"
    elif incoming in tt.known(conn, table.name, record_id):
        decision = "keep"
    else:
        decision = "conflict"
    plan.decisions[key] = decision
    if decision in ("update", "conflict") and not plan.system:
        _require_write(session, table.name, row, case_id)
    if decision == "update":
        plan.updated += 1
    elif decision == "conflict":
        code = _conflict_code(conn, table.name, record_id, case_id, codes)
        fields = [
            (c, local[c], here[c])
            for c in table.columns
            if local[c] != here[c] and c not in tt.unversioned(table.name)
        ]
        plan.conflicts.append(Conflict(key, table.name, record_id, code, label(table.name),
                                       fields))  # fmt: skip
    else:
        plan.unchanged += 1


def _tombstone(opened: OpenedBundle, message: dict[str, object]) -> tt.Tombstone:
    try:
        return tt.Tombstone.from_message(message)
    except (KeyError, ValueError, TypeError) as exc:
        raise damaged(opened.sealed.path, WHAT, "its contents are unreadable") from exc


def _plan_deletions(
    session: Session, plan: ImportPlan, tables: dict[str, tt.Table], tombs: list[tt.Tombstone],
    codes: dict[str, str], users: dict[str, str],
) -> None:  # fmt: skip
    """Records deleted on the other laptop: deleted here too if this copy is a version the other
    laptop knew and every record that would go with it is deleted there, unchanged, as well;
    otherwise a conflict for a person. Nothing here changes."""
    conn = session.db
    theirs = {(t.table, t.record_id): t for t in tombs}
    for tomb in tombs:
        table = tables.get(tomb.table)
        if table is None or not table.has_id:
            continue
        key = f"{tomb.table}:{tomb.record_id}"
        if key in plan.decisions:  # a bundle never holds a record and its tombstone; be safe
            continue
        local = transfer_rows.record(conn, table, tomb.record_id)
        if local is None:
            continue  # not here (never was, or deleted here too)
        case_id = tomb.case_id or ""
        if tomb.mark in tt.known(conn, tomb.table, tomb.record_id):
            plan.decisions[key] = "keep"  # a person here already chose to keep it
            plan.unchanged += 1
            continue
        if not plan.system:
            _require_delete(session, tomb.table, tomb.record_id, case_id)
        linked = transfer_rows.linked_records(conn, tables, tomb.table, tomb.record_id)
        changed = [
            (t, i)
            for t, i in linked
            if (t, i) not in theirs
            or not tp.versions_here(tables[t], _row_of(conn, tables[t], i), plan.partners)
            & set(theirs[(t, i)].known)
        ]
        if tp.versions_here(table, local, plan.partners) & set(tomb.known) and not changed:
            plan.decisions[key] = "delete"
            plan.deleted += 1
            continue
        plan.decisions[key] = "conflict"
        code = _conflict_code(conn, tomb.table, tomb.record_id, case_id, codes)
        fields: list[tuple[str, object, object]] = [(c, local[c], None) for c in table.columns
                  if local[c] is not None and c not in tt.unversioned(tomb.table)]  # fmt: skip
        plan.conflicts.append(Conflict(key, tomb.table, tomb.record_id, code, label(tomb.table),
                                       fields, deleted=THEIRS, linked=len(linked),
                                       deleted_by=users.get(tomb.deleted_by or "", "")))  # fmt: skip
        for t, i in linked:
            plan.under.setdefault(f"{t}:{i}", key)
    _tie_carriers(conn, plan, tables, tombs)


def _tie_carriers(
    conn: Connection, plan: ImportPlan, tables: dict[str, tt.Table], tombs: list[tt.Tombstone]
) -> None:
    """A record deleted there whose deletion here would take along one that goes with a record a
    person is asked about (a hearing's appointment: the hearing goes with it, and the hearing
    with its proceeding) follows that choice too; kept alone, keeping the proceeding would lose
    its earlier hearings through the database's cascade."""
    if not plan.conflicts:
        return
    pending = {
        key: [f"{t}:{i}" for t, i in transfer_rows.linked_records(conn, tables, tomb.table,
                                                                    tomb.record_id)]
        for tomb in tombs
        if plan.decisions.get(key := f"{tomb.table}:{tomb.record_id}") == "delete"
        and key not in plan.under
    }  # fmt: skip
    before = set(plan.under)
    asked = plan.keys
    tied = True
    while tied:  # a chain (an appointment -> its hearing -> the proceeding) ties in a few rounds
        tied = False
        for key, goes_along in list(pending.items()):
            roots = [plan.under.get(c) or (c if c in asked else None) for c in goes_along]
            root = next((r for r in roots if r is not None), None)
            if root is not None:
                plan.under[key] = root
                del pending[key]
                tied = True
    extra = Counter(root for key, root in plan.under.items() if key not in before)
    plan.conflicts[:] = [replace(c, linked=c.linked + extra[c.key]) if extra[c.key] else c
                         for c in plan.conflicts]  # fmt: skip


def _row_of(conn: Connection, table: tt.Table, record_id: str) -> dict[str, object]:
    row = transfer_rows.record(conn, table, record_id)
    return row if row is not None else {}


def _require_delete(session: Session, table: str, record_id: str, case_id: str) -> None:
    try:
        if table == "clients":
            require_client(session, record_id, Permission.DELETE_RECORDS)
        elif case_id:
            require_case(session, case_id, Permission.DELETE_RECORDS)
        else:
            session.require(Permission.DELETE_RECORDS)
    except NotFound as exc:
        raise PermissionDenied(
            "The bundle deletes records of a case that is in this vault but not assigned to you. "
            "Ask an administrator to import it; nothing was imported."
        ) from exc


def _known(message: dict[str, object]) -> list[str]:
    """The versions the sender's copy of a record includes."""
    known = message.get("k", [])
    return [str(h) for h in known] if isinstance(known, list) else []


def _conflict_code(
    conn: Connection, table: str, record_id: str, case_id: str, codes: dict[str, str]
) -> str:
    if table == "clients":
        return transfer_rows.client_case_codes(conn, record_id)
    return _local_code(conn, case_id) or codes.get(case_id, "")


def _local_code(conn: Connection, case_id: str) -> str:
    return cases.stored_code(conn, case_id) or ""


def _require_write(session: Session, table: str, row: dict[str, object], case_id: str) -> None:
    try:
        if table == "clients":
            require_client(session, str(row["id"]), Permission.WRITE_CASES)
        elif case_id:
            require_case(session, case_id, Permission.WRITE_CASES)
    except NotFound as exc:
        raise PermissionDenied(
            "The bundle changes a case that is in this vault but not assigned to you. Ask an "
            "administrator to import it; nothing was imported."
        ) from exc


# --- applying ------------------------------------------------------------------------------------
@dataclass
class ImportResult:
    inserted: int = 0
    updated: int = 0
    kept: int = 0
    deleted: int = 0
    renamed: dict[str, str] = field(default_factory=dict)  # their case code -> the code given here
    skipped: list[str] = field(default_factory=list)
    cases: set[str] = field(default_factory=set)
    partners_added: int = 0  # partners the records name that were not in this vault (inactive)


def apply_import(
    session: Session, plan: ImportPlan, choices: Mapping[str, str] | None = None
) -> ImportResult:
    """Write the bundle as planned, in one transaction; every conflict needs a choice."""
    choices = dict(choices or {})
    missing = [c for c in plan.conflicts if choices.get(c.key) not in (MINE, THEIRS)]
    if missing:
        raise AstraError(
            "{count} record(s) were changed on both laptops: choose, for each, which "
            "version to keep. Nothing was imported.",
            count=len(missing),
        )
    result = ImportResult()
    plan.absent = {
        k for k, d in plan.decisions.items() if d == "gone" and not _brought_back(plan, choices, k)
    } | {c.key for c in plan.conflicts if c.deleted == MINE and choices[c.key] == MINE}
    try:
        _apply_all(session, plan, choices, result)
    except sqlcipher3.IntegrityError as exc:
        raise AstraError(
            "The bundle's records do not fit this vault's (a record they belong to is missing "
            "here). Nothing was imported; export the whole case again."
        ) from exc
    return result


def _apply_all(
    session: Session, plan: ImportPlan, choices: Mapping[str, str], result: ImportResult
) -> None:
    with session.write() as conn:
        transfer_rows.defer_foreign_keys(conn)
        result.partners_added = tp.add_partners(conn, session.actor.user_id, plan.partners_new)
        messages = plan.bundle.messages()
        tables = _manifest(session, plan.bundle, next(messages, {}))
        for message in messages:
            kind = message.get("type")
            if kind == "user":
                transfer_rows.add_placeholder_user(
                    conn, str(message["id"]), str(message["username"])
                )
            elif kind == "instrument":
                risk_db.keep_instrument(conn, *message["v"])  # type: ignore[misc]
            elif kind == "row":
                table = tables[str(message["t"])]
                row = dict(zip(table.columns, message["v"], strict=True))  # type: ignore[call-overload]
                known = _known(message)
                _apply_row(session, conn, plan, choices, table, row, known, result)
            elif kind == "tombstone":
                tomb = _tombstone(plan.bundle, message)
                if tomb.table in tables:
                    _apply_deletion(session, conn, plan, choices, tables[tomb.table], tomb, result)
        _after(session, conn, result)


def _apply_deletion(
    session: Session, conn: Connection, plan: ImportPlan, choices: Mapping[str, str],
    table: tt.Table, tomb: tt.Tombstone, result: ImportResult,
) -> None:  # fmt: skip
    key = f"{tomb.table}:{tomb.record_id}"
    decision = plan.decisions.get(key)
    if decision == "conflict":
        decision = "delete" if choices[key] == THEIRS else "refuse"
    above = plan.under.get(key)
    if decision == "delete" and above is not None and choices.get(above) == MINE:
        decision = "refuse"  # the record it belongs to is kept here, and so is this one
    if decision == "refuse":  # kept here: remember this deletion was seen and refused
        tt.remember(conn, tomb.table, tomb.record_id, [tomb.mark])
        result.kept += 1
        return
    if decision is None and transfer_rows.record(conn, table, tomb.record_id) is None:
        # Deleted here too: this deletion now also covers the versions theirs did.
        tt.remember_deleted(conn, tomb.table, tomb.record_id, tomb.known)
        return
    if decision != "delete":
        return
    local = transfer_rows.record(conn, table, tomb.record_id)
    if local is None:  # already gone with a record it belonged to, in this same import
        tt.adopt_deletion(conn, tomb)
        return
    case_id = str(local.get("case_id") or tomb.case_id or "")
    tt.remember(conn, tomb.table, tomb.record_id, [])  # so this vault keeps a tombstone of it too
    if tomb.table == "proceedings":  # as the app deletes one: a new hearing's appointment too
        proceedings_db.delete(conn, tomb.record_id)
    else:
        transfer_rows.delete_record(conn, tomb.table, tomb.record_id)
    tt.remember_deleted(conn, tomb.table, tomb.record_id, tomb.known)
    tt.adopt_deletion(conn, tomb)
    audit.append(conn, session.actor.user_id, AuditAction.DELETE.value, tomb.table,
                 tomb.record_id, "transfer")  # fmt: skip
    result.deleted += 1
    if case_id and tomb.table != "cases":
        result.cases.add(case_id)


def _parents_present(
    conn: Connection, plan: ImportPlan, table: tt.Table, row: dict[str, object]
) -> bool:
    """Every record this row points to is here, or comes later in the bundle (users come last,
    as placeholders; foreign keys are checked at commit)."""
    for fk in table.fks:
        value = row.get(fk.column)
        key = f"{fk.table}:{value}"
        if key in plan.absent:
            return False  # deleted here, and staying so
        if value is None or fk.table == "users" or key in plan.decisions:
            continue
        if not transfer_rows.has_row(conn, fk.table, fk.to, value):
            return False
    return True


def _apply_row(
    session: Session, conn: Connection, plan: ImportPlan, choices: Mapping[str, str],
    table: tt.Table, row: dict[str, object], theirs_known: list[str], result: ImportResult,
) -> None:  # fmt: skip
    if not table.has_id:
        if _parents_present(conn, plan, table, row):
            transfer_rows.insert_link(conn, table, row)
        return
    record_id = str(row["id"])
    key = f"{table.name}:{record_id}"
    decision = plan.decisions.get(key, "conflict")
    deleted_here = decision in ("gone", "restore") or (
        decision == "conflict" and transfer_rows.record(conn, table, record_id) is None
    )
    if decision == "restore" or (decision == "gone" and _brought_back(plan, choices, key)):
        decision = "insert"
    elif decision == "conflict":
        decision = "update" if choices[key] == THEIRS else "keep"
        if deleted_here:
            decision = "insert" if choices[key] == THEIRS else "gone"
    incoming = tt.row_hash(table.name, row)  # the version as the sender wrote it
    row = tp.here(table, row, plan.partners)
    if decision == "gone":  # stays deleted here; their version is now one this deletion knew
        tt.remember_deleted(conn, table.name, record_id, [*theirs_known, incoming])
        result.kept += 1
        return
    over: list[str] = []  # the deletion here this record is brought back over
    if decision == "insert":
        if not _insert(session, conn, plan, table, row, result):
            return
        if deleted_here:
            ours = tt.tombstone(conn, table.name, record_id)
            over = [ours.mark] if ours is not None else []
            tt.forget_deleted(conn, table.name, record_id)
    elif decision == "update":
        transfer_rows.update_record(conn, table, row)
        audit.append(conn, session.actor.user_id, AuditAction.CHANGE.value, table.name, record_id,
                     "transfer")  # fmt: skip
        result.updated += 1
    elif decision == "keep":
        result.kept += 1
    now = transfer_rows.record(conn, table, record_id)
    mine = [tt.row_hash(table.name, now)] if now else []
    tt.remember(conn, table.name, record_id, [*theirs_known, incoming, *mine, *over])
    if decision in ("insert", "update"):
        _touch(conn, table, row, result)


def _insert(
    session: Session, conn: Connection, plan: ImportPlan, table: tt.Table, row: dict[str, object],
    result: ImportResult,
) -> bool:  # fmt: skip
    what = f"{label(table.name)} {str(row['id'])[:8]}"
    if not _parents_present(conn, plan, table, row):
        result.skipped.append(f"{what}: the record it belongs to was not imported")
        return False
    if table.name == "cases":
        row = {**row, "seq": None}  # this vault numbers its cases itself (trigger)
        code = str(row["case_code"])
        if case_codes.is_taken(conn, code):
            opened = row.get("opened_on")
            year = date.fromisoformat(str(opened)).year if opened else local_today().year
            row = {**row, "case_code": case_codes.next_code(conn, year)}
            result.renamed[code] = str(row["case_code"])
    if not transfer_rows.insert_record(conn, table, row):
        result.skipped.append(f"{what}: a record like it is already here (kept as it is)")
        return False
    audit.append(conn, session.actor.user_id, AuditAction.CREATE.value, table.name,
                 str(row["id"]), "transfer")  # fmt: skip
    if table.name == "cases":
        cases.assign(conn, str(row["id"]), session.actor.user_id)
    result.inserted += 1
    return True


def _touch(conn: Connection, table: tt.Table, row: dict[str, object], result: ImportResult) -> None:
    if table.name == "cases":
        result.cases.add(str(row["id"]))
    elif table.name == "clients":
        result.cases.update(transfer_rows.client_case_ids(conn, str(row["id"])))
    elif table.name == "contact_notes":
        search_index.index_note(conn, str(row["id"]))
        result.cases.add(str(row["case_id"]))
    elif "case_id" in row:
        result.cases.add(str(row["case_id"]))


def _after(session: Session, conn: Connection, result: ImportResult) -> None:
    for case_id in sorted(result.cases):
        if transfer_rows.has_row(conn, "cases", "id", case_id):
            search_index.index_case(conn, case_id)
            risk_db.refresh_case(conn, case_id)
            audit.append(conn, session.actor.user_id, AuditAction.IMPORT.value, "case", case_id,
                         "transfer")  # fmt: skip
