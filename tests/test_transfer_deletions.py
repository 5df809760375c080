"""Deletions travel in case transfers (tombstones, schema 10), between two real vaults.

A record deleted on one laptop and unchanged on the other is deleted there too; deleted on one
and changed on the other since the last exchange is a conflict for a person (both directions);
a refused deletion is not asked about again; a record deleted here is not brought back by a
bundle that holds the version it was deleted at; a deletion that would take records the other
laptop never saw (a hearing added there) with it is a conflict too."""

from __future__ import annotations

from datetime import datetime, timedelta

import pytest

from astra_desktop.core.models import Case
from astra_desktop.errors import AstraError
from astra_desktop.services import appointments, clients, hearings, integrity, proceedings, transfer
from astra_desktop.services import session as vs
from astra_desktop.storage import transfer_tables as tt
from tests.test_transfer import Laptops, laptops, make_full_case, rows_of_case, send

__all__ = ["laptops"]  # the fixture, imported for these tests


def _appointment(sess: vs.Session, case_id: str) -> str:
    return str(
        sess.db.execute(
            "SELECT id FROM appointments WHERE case_id = ? AND id NOT IN "
            "(SELECT appointment_id FROM hearings) ORDER BY id LIMIT 1",
            (case_id,),
        ).fetchone()[0]
    )


def _same(a: vs.Session, b: vs.Session, case_id: str) -> bool:
    """The case's records are the same on both laptops (each assigns the case to its own users)."""
    ours, theirs = rows_of_case(a, case_id), rows_of_case(b, case_id)
    ours.pop("case_assignments")
    theirs.pop("case_assignments")
    return ours == theirs


def _exists(sess: vs.Session, table: str, record_id: str) -> bool:
    row = sess.db.execute(f"SELECT 1 FROM {table} WHERE id = ?", (record_id,)).fetchone()
    return row is not None


def _shared(laptops: Laptops) -> tuple[str, str, str]:
    """A full case made on A and sent to B: (case id, case code on A, an appointment's id)."""
    case_id = make_full_case(laptops.a)
    code = clients.get_case(laptops.a, case_id).case_code
    send(laptops.a, laptops.b, [code], laptops.folder)
    return case_id, code, _appointment(laptops.a, case_id)


def _edit_place(sess: vs.Session, appointment_id: str, place: str) -> None:
    appt = appointments.get(sess, appointment_id)
    appt.place = place
    appointments.update(sess, appt)


def test_deleting_an_unchanged_record_applies(laptops: Laptops) -> None:
    a, b = laptops.a, laptops.b
    case_id, code, appt = _shared(laptops)
    appointments.delete(a, appt)
    tomb = tt.tombstone(a.db, "appointments", appt)
    assert tomb is not None and tomb.case_id == case_id and tomb.deleted_by == a.actor.user_id
    plan, result = send(a, b, [code], laptops.folder)
    assert plan.conflicts == [] and plan.deleted == 1 and result.deleted == 1
    assert not _exists(b, "appointments", appt)
    assert _same(a, b, case_id)
    assert tt.tombstone(b.db, "appointments", appt) is not None  # B carries it on too
    # Back to A: the deletion is not undone, nothing is asked.
    plan_back, _ = send(b, a, [code], laptops.folder)
    assert plan_back.conflicts == [] and plan_back.new == 0
    assert not _exists(a, "appointments", appt)
    assert integrity.check(a).sound and integrity.check(b).sound


def test_a_record_deleted_here_is_not_brought_back(laptops: Laptops) -> None:
    a, b = laptops.a, laptops.b
    case_id, code, appt = _shared(laptops)
    appointments.delete(b, appt)
    plan, _ = send(a, b, [code], laptops.folder)  # A still has it, unchanged
    assert plan.conflicts == [] and plan.new == 0
    assert not _exists(b, "appointments", appt)
    plan_back, result = send(b, a, [code], laptops.folder)
    assert plan_back.conflicts == [] and result.deleted == 1
    assert not _exists(a, "appointments", appt)
    assert _same(a, b, case_id)


def test_deletion_against_a_change_is_a_conflict_kept_by_choice(laptops: Laptops) -> None:
    a, b = laptops.a, laptops.b
    case_id, code, appt = _shared(laptops)
    _edit_place(b, appt, "Dom zdravlja Vračar, soba 12")  # changed on B since the exchange
    appointments.delete(a, appt)
    out = laptops.folder / "deleted-vs-changed.astratransfer"
    exported = transfer.export_cases(a, [code], out)
    plan = transfer.plan_import(b, transfer.open_bundle(out, exported.passphrase))
    (conflict,) = plan.conflicts
    assert conflict.deleted == transfer.THEIRS and conflict.table == "appointments"
    assert conflict.record_id == appt and conflict.deleted_by == "marija"
    assert ("place", "Dom zdravlja Vračar, soba 12", None) in conflict.fields
    before = integrity.check(b).content_digest
    with pytest.raises(AstraError, match="changed on both laptops"):
        transfer.apply_import(b, plan)  # nothing silently lost: no choice, nothing imported
    assert integrity.check(b).content_digest == before and _exists(b, "appointments", appt)
    result = transfer.apply_import(b, plan, {conflict.key: transfer.MINE})
    assert result.kept == 1 and _exists(b, "appointments", appt)
    # The same deletion is not asked about again on B.
    plan_again, _ = send(a, b, [code], laptops.folder)
    assert plan_again.conflicts == [] and _exists(b, "appointments", appt)
    # On A, B's changed copy meets A's deletion: asked there too; A takes it back.
    out = laptops.folder / "changed-vs-deleted.astratransfer"
    exported = transfer.export_cases(b, [code], out)
    plan_a = transfer.plan_import(a, transfer.open_bundle(out, exported.passphrase))
    (back,) = plan_a.conflicts
    assert back.deleted == transfer.MINE and back.record_id == appt
    assert ("place", None, "Dom zdravlja Vračar, soba 12") in back.fields
    transfer.apply_import(a, plan_a, {back.key: transfer.THEIRS})
    assert appointments.get(a, appt).place == "Dom zdravlja Vračar, soba 12"
    assert tt.tombstone(a.db, "appointments", appt) is None
    assert _same(a, b, case_id)
    assert integrity.check(a).sound and integrity.check(b).sound


def test_deletion_against_a_change_taken_by_choice(laptops: Laptops) -> None:
    a, b = laptops.a, laptops.b
    _case_id, code, appt = _shared(laptops)
    _edit_place(b, appt, "Changed on B")
    appointments.delete(a, appt)
    out = laptops.folder / "take.astratransfer"
    exported = transfer.export_cases(a, [code], out)
    plan = transfer.plan_import(b, transfer.open_bundle(out, exported.passphrase))
    (conflict,) = plan.conflicts
    result = transfer.apply_import(b, plan, {conflict.key: transfer.THEIRS})
    assert result.deleted == 1 and not _exists(b, "appointments", appt)
    assert integrity.check(b).sound


def test_a_deletion_that_would_take_new_records_with_it_is_asked(laptops: Laptops) -> None:
    a, b = laptops.a, laptops.b
    case_id, code, _appt = _shared(laptops)
    proceeding = str(
        a.db.execute("SELECT id FROM proceedings WHERE case_id = ?", (case_id,)).fetchone()[0]
    )
    start = datetime.now().replace(microsecond=0, second=0, minute=0) + timedelta(days=30)
    added = hearings.schedule(b, proceeding, start, worker_ids=[b.actor.user_id])  # only on B
    proceedings.delete(a, proceeding)  # with its defendants, charges, hearings
    out = laptops.folder / "cascade.astratransfer"
    exported = transfer.export_cases(a, [code], out)
    plan = transfer.plan_import(b, transfer.open_bundle(out, exported.passphrase))
    (conflict,) = plan.conflicts
    assert conflict.table == "proceedings" and conflict.deleted == transfer.THEIRS
    assert conflict.linked >= 4  # defendant, charges, the hearings (one of them new on B)
    transfer.apply_import(b, plan, {conflict.key: transfer.MINE})
    assert _exists(b, "proceedings", proceeding)
    assert _exists(b, "hearings", added.hearing.id)  # the proceeding is kept whole
    assert (
        b.db.execute(
            "SELECT count(*) FROM defendants WHERE proceeding_id = ?", (proceeding,)
        ).fetchone()[0]
        == 1
    )
    assert integrity.check(b).sound


def test_a_deleted_case_travels_with_another_case_of_its_client(laptops: Laptops) -> None:
    a, b = laptops.a, laptops.b
    case_id, _code, _appt = _shared(laptops)
    client_id = clients.get_case(a, case_id).client_id
    second = clients.open_case(a, client_id, Case(client_id))
    second_code = clients.get_case(a, second.id).case_code
    send(a, b, [second_code], laptops.folder)
    clients.delete_case(a, case_id)
    plan, result = send(a, b, [second_code], laptops.folder)
    assert plan.conflicts == [] and result.deleted >= 1
    assert not _exists(b, "cases", case_id)
    assert integrity.check(b).sound
