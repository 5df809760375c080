"""Keeping a record another laptop deleted keeps what was deleted with it (issue 21).

A deletes a court proceeding: its hearings go with it, and with each hearing the appointment it
is held at (a hearing points to its appointment, so the appointment's own tombstone travels too).
B, who scheduled a new hearing meanwhile, keeps the proceeding. Had the appointment's deletion
been applied on its own, the database's cascade would have taken the old hearing with it: the
person who chose "keep" would silently lose the proceeding's earlier hearings."""

from __future__ import annotations

from datetime import datetime, timedelta

import pytest

from astra_desktop.services import hearings, integrity, proceedings, transfer
from astra_desktop.services import session as vs
from astra_desktop.storage import transfer_rows
from astra_desktop.storage import transfer_tables as tt
from tests.test_transfer import Laptops, laptops, make_full_case, rows_of_case, send

__all__ = ["laptops"]  # the fixture


def _ids(sess: vs.Session, sql: str, *args: object) -> set[str]:
    return {str(r[0]) for r in sess.db.execute(sql, args)}


def _proceeding_records(sess: vs.Session, proceeding_id: str) -> dict[str, set[str]]:
    """The proceeding's hearings, their appointments and who attends them, by id."""
    hearing_ids = _ids(sess, "SELECT id FROM hearings WHERE proceeding_id = ?", proceeding_id)
    marks = ",".join("?" * len(hearing_ids))
    return {
        "hearings": hearing_ids,
        "appointments": _ids(
            sess, f"SELECT appointment_id FROM hearings WHERE id IN ({marks})", *hearing_ids
        ),
        "workers": _ids(
            sess,
            "SELECT user_id || appointment_id FROM appointment_workers WHERE appointment_id IN "
            f"(SELECT appointment_id FROM hearings WHERE id IN ({marks}))",
            *hearing_ids,
        ),
        "defendants": _ids(
            sess, "SELECT id FROM defendants WHERE proceeding_id = ?", proceeding_id
        ),
        "charges": _ids(sess, "SELECT id FROM charges WHERE proceeding_id = ?", proceeding_id),
    }


def _deleted_on_a_chosen_on_b(
    laptops: Laptops, choice: str
) -> tuple[str, dict[str, set[str]], str, int]:
    """(proceeding id, its records on B before the import, the hearing only B scheduled, how many
    records the question counted beyond those pointing to the proceeding)."""
    a, b = laptops.a, laptops.b
    case_id = make_full_case(a)
    code = str(a.db.execute("SELECT case_code FROM cases WHERE id = ?", (case_id,)).fetchone()[0])
    send(a, b, [code], laptops.folder)
    (p,) = _ids(a, "SELECT id FROM proceedings WHERE case_id = ?", case_id)
    start = datetime.now().replace(microsecond=0, second=0, minute=0) + timedelta(days=40)
    added = hearings.schedule(b, p, start, worker_ids=[b.actor.user_id]).hearing.id
    before = _proceeding_records(b, p)
    assert len(before["hearings"]) == 2 and len(before["appointments"]) == 2
    proceedings.delete(a, p)
    out = laptops.folder / "deleted.astratransfer"
    exported = transfer.export_cases(a, [code], out)
    plan = transfer.plan_import(b, transfer.open_bundle(out, exported.passphrase))
    (conflict,) = plan.conflicts
    assert conflict.key == f"proceedings:{p}" and conflict.deleted == transfer.THEIRS
    tables = {t.name: t for t in tt.case_tables(b.db)}
    at_stake = len(transfer_rows.linked_records(b.db, tables, "proceedings", p))
    transfer.apply_import(b, plan, {conflict.key: choice})
    assert not list(b.db.execute("PRAGMA foreign_key_check"))
    assert integrity.check(b).sound
    return p, before, added, conflict.linked - at_stake


def test_keeping_a_deleted_proceeding_keeps_its_old_hearings(laptops: Laptops) -> None:
    b = laptops.b
    p, before, _added, beyond = _deleted_on_a_chosen_on_b(laptops, transfer.MINE)
    assert _ids(b, "SELECT id FROM proceedings WHERE id = ?", p) == {p}
    assert _proceeding_records(b, p) == before  # the old hearing and its appointment too
    assert beyond == 1  # the question counted the old hearing's appointment as at stake
    # Exported again, B's proceeding carries A's deletion as seen: no one loses it later.
    for table, ids in before.items():
        if table in ("hearings", "appointments"):
            for record_id in ids:
                assert tt.tombstone(b.db, table, record_id) is None, (table, record_id)


def test_letting_the_deletion_stand_takes_every_hearing(laptops: Laptops) -> None:
    b = laptops.b
    p, before, added, _beyond = _deleted_on_a_chosen_on_b(laptops, transfer.THEIRS)
    assert not _ids(b, "SELECT id FROM proceedings WHERE id = ?", p)
    gone = before["hearings"] | before["appointments"]
    assert added in before["hearings"] and not _ids(b, "SELECT id FROM hearings") & gone
    # The hearing only B scheduled goes too, and with it its appointment (as the app deletes).
    assert not _ids(b, "SELECT id FROM appointments") & gone
    case_rows = rows_of_case(b, str(b.db.execute("SELECT id FROM cases").fetchone()[0]))
    assert not case_rows["hearings"]


@pytest.mark.parametrize("choice", [transfer.THEIRS, transfer.MINE])
def test_bringing_back_a_proceeding_deleted_here_brings_its_hearings(
    laptops: Laptops, choice: str
) -> None:
    """The other side of the same choice: A, who deleted the proceeding, is asked about it because
    B changed it; bringing it back brings its earlier hearings and their appointments back too
    (each unchanged on B, each deleted on A with the proceeding); leaving it deleted leaves them."""
    a, b = laptops.a, laptops.b
    case_id = make_full_case(a)
    code = str(a.db.execute("SELECT case_code FROM cases WHERE id = ?", (case_id,)).fetchone()[0])
    send(a, b, [code], laptops.folder)
    (p,) = _ids(a, "SELECT id FROM proceedings WHERE case_id = ?", case_id)
    before = _proceeding_records(a, p)
    assert before["hearings"] and before["appointments"] and before["workers"]
    proceedings.delete(a, p)
    changed = proceedings.get(b, p)
    changed.court = "Apelacioni sud u Beogradu"
    proceedings.update(b, changed)
    plan, _result = send(b, a, [code], laptops.folder, {f"proceedings:{p}": choice})
    (conflict,) = plan.conflicts
    assert conflict.key == f"proceedings:{p}" and conflict.deleted == transfer.MINE
    assert not list(a.db.execute("PRAGMA foreign_key_check"))
    assert integrity.check(a).sound
    if choice == transfer.THEIRS:
        assert proceedings.get(a, p).court == "Apelacioni sud u Beogradu"
        assert _proceeding_records(a, p) == before == _proceeding_records(b, p)
        for table in ("hearings", "appointments"):
            for record_id in before[table]:
                assert tt.tombstone(a.db, table, record_id) is None, (table, record_id)
    else:
        assert not _ids(a, "SELECT id FROM proceedings WHERE id = ?", p)
        assert not _ids(a, "SELECT id FROM hearings") & before["hearings"]
        assert not _ids(a, "SELECT id FROM appointments") & before["appointments"]
