"""Snapshots and compaction of team sync (issue 21): a laptop joining late starts from the
administrator's snapshot and reads only the files after it; a device deletes only its own old
files, and only once every device still in the team has applied them."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import pytest

from astra_desktop.core import team as ct
from astra_desktop.core.models import ContactNote
from astra_desktop.errors import AstraError
from astra_desktop.services import case_records, sync, team
from astra_desktop.services import session as vs
from astra_desktop.storage import team as st
from tests._vaults import CHEAP_KDF
from tests.test_team_sync import PASS, Office, _join, office, own_files, rows_of_case, settle
from tests.test_team_sync import shared_case as make_shared_case

__all__ = ["office"]  # the fixture, used by name


def _note(sess: vs.Session, case_id: str, text: str) -> None:
    case_records.add_note(sess, ContactNote(case_id, datetime.now(), text))


def _seqs(sess: vs.Session, folder: Path) -> list[int]:
    return [ct.seq_of(p.name) or 0 for p in own_files(sess, folder)]


def _kinds(sess: vs.Session, folder: Path) -> dict[int, str]:
    return {ct.seq_of(p.name) or 0: ct.parse(p.read_bytes(), p.name).header.kind
            for p in own_files(sess, folder)}  # fmt: skip


def test_a_device_joining_after_50_changes_applies_one_snapshot_and_the_tail(
    office: Office, tmp_path: Path
) -> None:
    a, b, folder = office.a, office.b, office.folder
    case_id = make_shared_case(a)
    settle(a, b, folder=folder)
    for n in range(50):
        _note(a if n % 2 else b, case_id, f"Beleška {n}.")
        assert sync.sync(a if n % 2 else b, folder).written
    settle(a, b, folder=folder)
    with pytest.raises(AstraError, match="created the team"):
        sync.write_snapshot(b, folder)
    snap = sync.write_snapshot(a, folder)
    snap_seq = ct.seq_of(snap.split("/")[1]) or 0
    assert _kinds(a, folder)[snap_seq] == ct.SNAPSHOT
    _note(a, case_id, "Posle snimka, A.")
    _note(b, case_id, "Posle snimka, B.")
    settle(a, b, folder=folder)
    d, _ = vs.create_vault(tmp_path / "d", "petar", PASS, kdf_params=CHEAP_KDF)
    try:
        _join(a, d, folder, tmp_path, "d")
        b_last = {team.current(b).device_id: st.next_seq(b.db) - 1}
        result = sync.sync(d, folder)
        assert not result.refused and not result.held, result
        row_a, row_b = team.current(a), team.current(b)
        from_a = [seq for owner, seq in result.applied if owner == "marija"]
        from_b = [seq for owner, seq in result.applied if owner == "jovan"]
        assert from_a[0] == snap_seq and all(s > snap_seq for s in from_a[1:])
        (snapshot,) = st.snapshots(d.db)
        assert snapshot.seq == snap_seq and snapshot.device_id == row_a.device_id
        assert all(s > snapshot.covers[row_b.device_id] for s in from_b)
        assert len(result.applied) <= 6  # the snapshot, the tail (notes, roster, acknowledgements)
        assert st.last_applied(d.db, row_b.device_id) == b_last[row_b.device_id]
        assert rows_of_case(d, case_id) == rows_of_case(a, case_id)
        notes = {n.body for n in case_records.notes(d, case_id)}
        assert {"Beleška 0.", "Beleška 49.", "Posle snimka, A.", "Posle snimka, B."} <= notes
        settle(a, b, d, folder=folder)
        assert rows_of_case(d, case_id) == rows_of_case(b, case_id)
    finally:
        d.close()


def _check_needed(office: Office, *sessions: vs.Session) -> None:
    """Every file some device has not applied yet is still in the folder (or the snapshot it
    would start from holds it)."""
    for reader in sessions:
        for writer in (office.a, office.b, office.c):
            if writer is reader:
                continue
            wid = team.current(writer).device_id
            there = set(_seqs(writer, office.folder))
            highest = max(there, default=0)
            after = st.last_applied(reader.db, wid)
            needed = set(range(after + 1, highest + 1))
            assert needed <= there, (reader.actor.username, writer.actor.username, needed - there)


def test_compaction_never_removes_a_file_some_device_still_needs(office: Office) -> None:
    a, b, c, folder = office.a, office.b, office.c, office.folder
    case_id = make_shared_case(a)
    settle(a, b, c, folder=folder)
    for n in range(6):
        writer = a if n % 2 else b
        _note(writer, case_id, f"Pre snimka {n}.")
        sync.sync(writer, folder)
    sync.sync(a, folder)  # A has everything B wrote
    b_files = _seqs(b, folder)
    snap = ct.seq_of(sync.write_snapshot(a, folder).split("/")[1]) or 0
    # C is away: nothing A or B wrote may go, whatever A and B do.
    for _ in range(3):
        for s in (a, b):
            sync.sync(s, folder)
            _check_needed(office, a, b, c)
    a_files = _seqs(a, folder)
    assert min(a_files) == 1 and snap in a_files  # C has not said it applied any of them
    assert set(b_files) <= set(_seqs(b, folder))
    # C comes back, catches up and says so; then each deletes its own covered files.
    for _ in range(3):
        for s in (c, a, b):
            sync.sync(s, folder)
            _check_needed(office, a, b, c)
    left_a, left_b = _seqs(a, folder), _seqs(b, folder)
    assert snap in left_a and min(left_a) == snap  # A's files before the snapshot are gone
    covered_b = st.snapshots(a.db)[-1].covers[team.current(b).device_id]
    assert covered_b >= max(b_files) and min(left_b) > covered_b  # B deleted only its own
    assert rows_of_case(a, case_id) == rows_of_case(b, case_id) == rows_of_case(c, case_id)
    # Later changes still travel, and a laptop joining now starts from the snapshot.
    _note(b, case_id, "Posle sažimanja.")
    settle(a, b, c, folder=folder)
    assert "Posle sažimanja." in {n.body for n in case_records.notes(c, case_id)}
    d, _ = vs.create_vault(office.tmp / "d", "petar", PASS, kdf_params=CHEAP_KDF)
    try:
        _join(a, d, folder, office.tmp, "d")
        result = sync.sync(d, folder)
        assert not result.refused and not result.waiting, result
        assert rows_of_case(d, case_id) == rows_of_case(a, case_id)
    finally:
        d.close()


def test_a_device_that_never_syncs_holds_compaction_back_until_removed(office: Office) -> None:
    a, b, c, folder = office.a, office.b, office.c, office.folder
    case_id = make_shared_case(a)
    settle(a, b, folder=folder)  # C never syncs
    _note(a, case_id, "Jedna.")
    settle(a, b, folder=folder)
    sync.write_snapshot(a, folder)
    settle(a, b, folder=folder)
    assert min(_seqs(a, folder)) == 1  # C has applied nothing: everything stays
    team.remove_device(a, team.current(c).device_id, folder)
    settle(a, b, folder=folder)
    assert min(_seqs(a, folder)) > 1  # C is out of the team: what it lacked may go
    _check_needed(office, a, b)


def test_the_administrator_writes_a_snapshot_when_one_is_due(
    office: Office, monkeypatch: pytest.MonkeyPatch
) -> None:
    a, b, folder = office.a, office.b, office.folder
    monkeypatch.setattr(sync, "SNAPSHOT_EVERY", 8)
    case_id = make_shared_case(a)
    written = []
    for n in range(8):
        _note(a, case_id, f"Beleška {n}.")
        written.append(sync.sync(a, folder).snapshot)
        sync.sync(b, folder)
    assert 1 <= sum(1 for w in written if w) < len(written) / 2
    assert list(_kinds(a, folder).values()).count(ct.SNAPSHOT) == 1


def test_a_laptop_that_joined_before_a_key_change_starts_from_a_later_snapshot(
    office: Office,
) -> None:
    """The snapshot is sealed with a key that came in a roster file written before it: the
    roster files before a snapshot are read (only change files are skipped)."""
    a, b, c, folder = office.a, office.b, office.c, office.folder
    d, _ = vs.create_vault(office.tmp / "d", "petar", PASS, kdf_params=CHEAP_KDF)
    try:
        _join(a, d, folder, office.tmp, "d")  # D joins at epoch 1 and does not sync yet
        case_id = make_shared_case(a)
        settle(a, b, c, folder=folder)
        team.remove_device(a, team.current(c).device_id, folder)  # epoch 2, granted to D
        for n in range(5):
            _note(a, case_id, f"Posle uklanjanja {n}.")
            sync.sync(a, folder)
        settle(a, b, folder=folder)
        snap = ct.seq_of(sync.write_snapshot(a, folder).split("/")[1]) or 0
        assert st.current_epoch(d.db) == 1
        result = sync.sync(d, folder)
        assert not result.refused and not result.waiting and not result.held, result
        assert st.current_epoch(d.db) == 2
        kinds = _kinds(a, folder)
        applied = [seq for owner, seq in result.applied if owner == "marija"]
        assert applied[0] == snap and not [s for s in applied if kinds.get(s) == ct.CHANGE]
        assert rows_of_case(d, case_id) == rows_of_case(a, case_id)
    finally:
        d.close()


def test_sync_snapshot_command(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from tests.test_cli import run

    office_dir = tmp_path / "office"
    office_dir.mkdir()
    home = tmp_path / "home"
    vs.create_vault(home / "vault", "marija", PASS, kdf_params=CHEAP_KDF)[0].close()
    code, _out, err = run(capsys, home, "team", "create", "--name", "K", "--folder",
                          str(office_dir), lines=(PASS,))  # fmt: skip
    assert code == 0, err
    code, out, err = run(capsys, home, "sync", "--snapshot", lines=(PASS,))
    assert code == 0 and "Wrote the snapshot " in out, (out, err)
    name = out.split("Wrote the snapshot ")[1].split(" ")[0]
    data = (office_dir / name).read_bytes()
    assert ct.parse(data, name).header.kind == ct.SNAPSHOT
