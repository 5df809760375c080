"""A record deleted with the records that belong to it on one laptop while another laptop adds
and changes some of those (issue 21): A deletes a court proceeding (its hearings go with it) or a
whole case, B meanwhile schedules a new hearing or writes a new note and edits an old one. Each
laptop syncs its own replica of the office folder and gets the other's file first or second; the
laptops asked choose, all to keep B's work or all to let the deletion stand. Every laptop (and a
third one, C, that only receives) must end with the same records, none left pointing to a deleted
one, and the question must be asked where work would otherwise be lost. Keeping the deleted
record keeps everything deleted with it too: the proceeding's earlier hearing and the appointment
it is held at (whose own deletion would take the hearing along), the case's notes and services."""

from __future__ import annotations

import itertools
import shutil
from datetime import date, datetime, timedelta
from pathlib import Path

import pytest

from astra_desktop.core.court import Proceeding
from astra_desktop.core.enums import ServiceKind
from astra_desktop.core.models import ContactNote, ServiceRecord
from astra_desktop.errors import AstraError
from astra_desktop.services import case_records, clients, hearings, integrity, proceedings, sync
from astra_desktop.services import session as vs
from tests.test_team_sync import Office, office, own_files, settle, shared_case
from tests.test_transfer import rows_of_case

__all__ = ["office"]  # the fixture

KEEP, DELETE = "keep", "delete"


def _copy_new(frm: Path, to: Path) -> None:
    for path in frm.rglob("*.astrasync"):
        target = to / path.relative_to(frm)
        if not target.exists():
            target.parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(path, target)


def _copy(path: Path, frm: Path, to: Path) -> None:
    target = to / path.relative_to(frm)
    target.parent.mkdir(parents=True, exist_ok=True)
    shutil.copy2(path, target)


def _orphans(sess: vs.Session) -> list[tuple[object, ...]]:
    return list(sess.db.execute("PRAGMA foreign_key_check"))


def _state(sess: vs.Session, case_id: str) -> dict[str, set[str]] | None:
    """The case's records by table and version; None if the case is not here."""
    try:
        clients.get_case(sess, case_id)
    except AstraError:
        return None
    rows = rows_of_case(sess, case_id)
    rows.pop("case_assignments", None)  # who is assigned is each laptop's own
    return rows


@pytest.mark.parametrize("first", ["a", "b"])  # who gets the other's file first
@pytest.mark.parametrize("intent", [KEEP, DELETE])
@pytest.mark.parametrize("parent", ["proceeding", "case"])
def test_a_parent_deleted_while_its_children_change_converges(
    office: Office, parent: str, intent: str, first: str
) -> None:
    a, b, c = office.a, office.b, office.c
    case_id = shared_case(a)
    start = datetime.now().replace(microsecond=0, second=0, minute=0) + timedelta(days=3)
    p = proceedings.add(a, Proceeding(case_id, court="Viši sud u Beogradu"))
    old_hearing = hearings.schedule(a, p.id, start, worker_ids=[a.actor.user_id]).hearing
    (old_note,) = case_records.notes(a, case_id)
    service = case_records.add_entry(a, ServiceRecord(case_id, ServiceKind.LEGAL, date(2026, 3, 2)))
    client_id = clients.get_case(a, case_id).client_id
    settle(a, b, c, folder=office.folder)
    copies = {n: office.tmp / f"copy-{n}" for n in "abc"}
    for path in copies.values():
        shutil.copytree(office.folder, path)
    sess = {"a": a, "b": b, "c": c}
    asked: dict[str, list[str]] = {n: [] for n in "abc"}

    def run(n: str, **kw: object) -> sync.SyncResult:
        result = sync.sync(sess[n], copies[n], **kw)  # type: ignore[arg-type]
        assert not result.refused, result.refused
        keys = [k.key for k in result.conflicts]
        assert len(keys) == len(set(keys)), keys
        asked[n] += keys
        return result

    # A deletes; B, not knowing, adds to it and changes what belongs to it.
    if parent == "proceeding":
        proceedings.delete(a, p.id)
        new_child = ("hearings", hearings.schedule(b, p.id, start + timedelta(days=7)).hearing.id)
        gone_key = f"proceedings:{p.id}"
    else:
        clients.delete_case(a, case_id)
        note = case_records.add_note(b, ContactNote(case_id, datetime.now(), "Nova beleška."))
        new_child = ("contact_notes", note.id)
        gone_key = f"cases:{case_id}"
    if parent == "case":
        (on_b,) = [n for n in case_records.notes(b, case_id) if n.id == old_note.id]
        on_b.body = "Izmenjeno na laptopu B."
        case_records.update_note(b, on_b)
    assert run("a").written and run("b").written
    files = {"a": own_files(a, copies["a"])[-1], "b": own_files(b, copies["b"])[-1]}

    # Each gets the other's file, `first` first; whoever is asked answers at once, all with one
    # intent: B keeps its work (or lets the deletion stand); A brings it back (or leaves it).
    def answer(n: str, result: sync.SyncResult) -> None:
        if not result.conflicts:
            return
        choices = {}
        for conflict in result.conflicts:
            deleted_here = conflict.deleted == sync.MINE
            keep_side = sync.THEIRS if deleted_here else sync.MINE
            other = sync.MINE if keep_side == sync.THEIRS else sync.THEIRS
            choices[conflict.key] = keep_side if intent == KEEP else other
        assert run(n, choices=choices).written

    other = {"a": "b", "b": "a"}
    for n in (first, other[first]):
        _copy(files[other[n]], copies[other[n]], copies[n])
        answer(n, run(n))
    # B, who added to what A deleted, is asked about the deletion itself; A only about the record
    # it deleted that B changed (a record B added waits for B's answer, asked of no one else).
    assert gone_key in asked["b"], asked
    changed_there = {f"contact_notes:{old_note.id}"} if parent == "case" else set()
    assert set(asked["a"]) == changed_there, asked
    # Then every file reaches every laptop, C too, until nothing changes; no one is asked again.
    before = {n: len(asked[n]) for n in "abc"}
    for _ in range(4):
        for n, m in itertools.permutations("abc", 2):
            _copy_new(copies[m], copies[n])
        for n in "abc":
            result = run(n)
            assert not result.held, (n, result.conflicts)
    assert {n: len(asked[n]) for n in "abc"} == before and not asked["c"]

    states = [_state(s, case_id) for s in (a, b, c)]
    assert states[0] == states[1] == states[2]
    for s in (a, b, c):
        assert not _orphans(s)
        assert integrity.check(s).sound
        child_here = s.db.execute(
            f"SELECT 1 FROM {new_child[0]} WHERE id = ?", (new_child[1],)
        ).fetchone()
        parent_table, parent_id = gone_key.split(":")
        parent_here = s.db.execute(
            f"SELECT 1 FROM {parent_table} WHERE id = ?", (parent_id,)
        ).fetchone()
        if intent == KEEP:  # B's work is everywhere, with what it belongs to
            assert parent_here and child_here, s.actor.username
            # ...and so is what was deleted with the parent: keeping it loses none of its records
            kept = [("hearings", old_hearing.id), ("appointments", old_hearing.appointment_id)]
            if parent == "case":
                kept += [("contact_notes", old_note.id), ("clients", client_id)]
                kept += [("services", service.id)]
            for table, record_id in kept:
                assert s.db.execute(
                    f"SELECT 1 FROM {table} WHERE id = ?", (record_id,)
                ).fetchone(), (s.actor.username, table)
        else:  # the deletion stands everywhere, with everything that belonged to it
            assert not parent_here and not child_here, s.actor.username
            if parent == "proceeding":
                assert not s.db.execute(
                    "SELECT 1 FROM hearings WHERE id = ?", (old_hearing.id,)
                ).fetchone()
            else:  # the client, left with no case, went with it
                gone = [("contact_notes", old_note.id), ("clients", client_id)]
                gone += [("services", service.id), ("appointments", old_hearing.appointment_id)]
                for table, record_id in gone:
                    assert not s.db.execute(
                        f"SELECT 1 FROM {table} WHERE id = ?", (record_id,)
                    ).fetchone(), (s.actor.username, table)
