"""Team sync with three real vaults and one office folder (issue 21): joining, a change travelling,
concurrent edits converging in any delivery order, a conflict held for a person's choice,
deletions, refused files (tampered, cut short, reordered, replayed, foreign, forged), and a removed
laptop that cannot read what is written after its removal."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from pathlib import Path

import pytest

from astra_desktop.core import team as ct
from astra_desktop.core.appointments import Appointment, AppointmentKind
from astra_desktop.core.enums import ServiceKind
from astra_desktop.core.models import Case, Client, ContactNote, ServiceRecord
from astra_desktop.errors import AstraError
from astra_desktop.services import appointments, case_records, clients, integrity, sync, team
from astra_desktop.services import session as vs
from astra_desktop.storage import team as st
from tests._vaults import CHEAP_KDF
from tests.test_transfer import rows_of_case as all_rows_of_case

PASS = "copper violin thunder meadow"
MARKER = "Zvezdana Markerović"


@dataclass
class Office:
    a: vs.Session  # the administrator's laptop
    b: vs.Session
    c: vs.Session
    folder: Path
    tmp: Path


def _join(admin: vs.Session, new: vs.Session, folder: Path, tmp: Path, name: str) -> None:
    request = tmp / f"{name}.request"
    fingerprint = team.request_join(new, request)
    joined = team.add_device(admin, request, tmp / f"{name}.join", folder, fingerprint)
    assert joined.fingerprint == fingerprint
    team.join(new, joined.path, joined.passphrase, folder)


@pytest.fixture
def office(tmp_path: Path) -> Iterator[Office]:
    folder = tmp_path / "office"
    folder.mkdir()
    a, _ = vs.create_vault(tmp_path / "a", "marija", PASS, kdf_params=CHEAP_KDF)
    b, _ = vs.create_vault(tmp_path / "b", "jovan", PASS, kdf_params=CHEAP_KDF)
    c, _ = vs.create_vault(tmp_path / "c", "ana", PASS, kdf_params=CHEAP_KDF)
    team.create(a, "Kancelarija Beograd", folder)
    _join(a, b, folder, tmp_path, "b")
    _join(a, c, folder, tmp_path, "c")
    yield Office(a, b, c, folder, tmp_path)
    for s in (a, b, c):
        s.close()


def shared_case(sess: vs.Session) -> str:
    client = Client("Zvezdana", "Markerović", contact="+381 60 000 0000")
    case = clients.register(sess, client, Case(client.id, opened_on=date(2026, 3, 1)))
    case_records.add_note(sess, ContactNote(case.id, datetime.now() - timedelta(days=1), MARKER))
    team.share_case(sess, case.case_code)
    return case.id


def rows_of_case(sess: vs.Session, case_id: str) -> dict[str, set[str]]:
    """The case's records by table and version; who is assigned to it is each laptop's own."""
    rows = all_rows_of_case(sess, case_id)
    assert rows["case_assignments"]
    return {t: r for t, r in rows.items() if t != "case_assignments"}


def settle(*sessions: vs.Session, folder: Path | None = None) -> None:
    """Sync round after round until no laptop applies or writes anything."""
    for _ in range(6):
        results = [sync.sync(s, folder) for s in sessions]
        assert all(not r.refused and not r.held for r in results), results
        if not any(r.applied or r.written for r in results):
            return
    raise AssertionError("the laptops did not settle")


def own_files(sess: vs.Session, folder: Path) -> list[Path]:
    row = team.current(sess)
    return sorted((folder / ct.device_folder(row.team_id, row.device_id)).glob("*.astrasync"))


# --- joining and travelling ------------------------------------------------------------------------
def test_team_is_joined_and_a_shared_case_travels(office: Office) -> None:
    a, b, c, folder = office.a, office.b, office.c, office.folder
    assert {d.owner for d in team.devices(a)} == {"marija", "jovan", "ana"}
    case_id = shared_case(a)
    unshared = clients.register(a, Client("Ne", "Deli se"), Case("", opened_on=date(2026, 1, 1)))
    settle(a, b, c, folder=folder)
    for other in (b, c):
        assert rows_of_case(other, case_id) == rows_of_case(a, case_id)
        with pytest.raises(AstraError):
            clients.get_case(other, unshared.id)  # not shared: never travels
        assert {d.owner for d in team.devices(other)} == {"marija", "jovan", "ana"}
        assigned = other.db.execute(
            "SELECT user_id FROM case_assignments WHERE case_id = ?", (case_id,)
        ).fetchall()
        assert assigned == [(other.actor.user_id,)]  # each laptop assigns its own people
    assert st.device(b.db, team.current(a).device_id).last_seen  # type: ignore[union-attr]
    # Nothing readable in the folder: no name, no note, no case code; names are hashes and numbers.
    code = clients.get_case(a, case_id).case_code
    for path in folder.rglob("*"):
        if path.is_file():
            data = path.read_bytes()
            for marker in (MARKER, "Markerovi", code, "marija", "jovan", "Kancelarija"):
                assert marker.encode() not in data, (path, marker)
            assert ct.seq_of(path.name) is not None and len(path.parent.name) == 20
    # An edit travels too, and a sync with nothing new writes nothing.
    note = case_records.add_note(a, ContactNote(case_id, datetime.now(), "Druga beleška."))
    settle(a, b, c, folder=folder)
    assert note.id in {n.id for n in case_records.notes(c, case_id)}
    before = len(list(folder.rglob("*.astrasync")))
    assert sync.sync(b, folder).written == "" and len(list(folder.rglob("*.astrasync"))) == before


def test_join_file_needs_its_code_and_its_laptop(office: Office, tmp_path: Path) -> None:
    d, _ = vs.create_vault(tmp_path / "d", "petar", PASS, kdf_params=CHEAP_KDF)
    e, _ = vs.create_vault(tmp_path / "e", "vesna", PASS, kdf_params=CHEAP_KDF)
    try:
        request = tmp_path / "d.request"
        team.request_join(d, request)
        team.request_join(e, tmp_path / "e.request")
        with pytest.raises(AstraError, match="fingerprint"):
            team.add_device(office.a, request, tmp_path / "d.join", office.folder, "1-2-3")
        with pytest.raises(AstraError, match="created the team"):
            team.add_device(office.b, request, tmp_path / "d.join", office.folder)
        made = team.add_device(office.a, request, tmp_path / "d.join", office.folder)
        with pytest.raises(AstraError, match="passphrase"):
            team.join(d, made.path, "wrong words here now")
        with pytest.raises(AstraError, match="another laptop"):
            team.join(e, made.path, made.passphrase)
        with pytest.raises(AstraError, match="already in a team"):
            team.join(office.b, made.path, made.passphrase)
        team.join(d, made.path, made.passphrase, office.folder)
        assert len(team.devices(d)) == 4
        sync.sync(office.b, office.folder)  # B learns of D from A's roster file
        assert "petar" in {x.owner for x in team.devices(office.b)}
    finally:
        d.close()
        e.close()
    with pytest.raises(AstraError, match="already in a team"):
        team.create(office.b, "Another")


# --- concurrent edits ------------------------------------------------------------------------------
@pytest.mark.parametrize("order", ["abc", "cba", "bca"])
def test_concurrent_edits_converge_in_any_order(office: Office, order: str) -> None:
    a, b, c = office.a, office.b, office.c
    copies = {n: office.tmp / f"copy-{n}" for n in "abc"}  # each laptop's replica of the folder
    for path in copies.values():
        shutil.copytree(office.folder, path)
    sess = {"a": a, "b": b, "c": c}
    case_id = shared_case(a)
    sync.sync(a, copies["a"])
    for n in "bc":
        deliver(copies["a"], copies[n])
        sync.sync(sess[n], copies[n])
    # Apart: A adds a note, B edits the case, C records a service.
    note = case_records.add_note(a, ContactNote(case_id, datetime.now(), "Sa laptopa A."))
    on_b = clients.get_case(b, case_id)
    on_b.recruitment = "Sa laptopa B."
    clients.update_case(b, on_b)
    service = case_records.add_entry(c, ServiceRecord(case_id, ServiceKind.MEDICAL, date.today()))
    for n in "abc":
        assert sync.sync(sess[n], copies[n]).written
    # Files reach each laptop one at a time, in the order given.
    for _ in range(3):
        for n in order:
            for m in order:
                if m != n:
                    deliver(copies[m], copies[n])
                    result = sync.sync(sess[n], copies[n])
                    assert not result.held and not result.refused
    for s in (a, b, c):
        assert note.id in {x.id for x in case_records.notes(s, case_id)}
        assert clients.get_case(s, case_id).recruitment == "Sa laptopa B."
        assert service.id in {x.id for x in case_records.entries(s, ServiceRecord, case_id)}
    assert rows_of_case(a, case_id) == rows_of_case(b, case_id) == rows_of_case(c, case_id)


def deliver(frm: Path, to: Path) -> None:
    """What Syncthing does: every file one replica has and the other lacks is copied."""
    for path in frm.rglob("*.astrasync"):
        target = to / path.relative_to(frm)
        if not target.exists():
            target.parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(path, target)


# --- conflicts and deletions -----------------------------------------------------------------------
def test_a_conflict_is_held_for_a_choice_then_converges(office: Office) -> None:
    a, b, c, folder = office.a, office.b, office.c, office.folder
    case_id = shared_case(a)
    settle(a, b, c, folder=folder)
    client_id = clients.get_case(a, case_id).client_id
    for s, text in ((a, "+381 60 111 (A)"), (b, "+381 60 222 (B)")):
        client = clients.get_client(s, client_id)
        client.contact = text
        clients.update_client(s, client)
    sync.sync(a, folder)
    before = integrity.check(b).content_digest
    held = sync.sync(b, folder)  # A's file: the client changed on both sides
    assert len(held.conflicts) == 1, held
    (conflict,) = held.conflicts
    assert conflict.table == "clients" and conflict.record_id == client_id
    assert dict((f, (o, t)) for f, o, t in conflict.fields)["contact"] == (
        "+381 60 222 (B)", "+381 60 111 (A)")  # fmt: skip
    assert clients.get_client(b, client_id).contact == "+381 60 222 (B)"  # never overwritten
    assert not held.applied
    assert integrity.check(b).content_digest != before or held.written  # B published its own
    again = sync.sync(b, folder)
    assert again.conflicts and not again.applied  # still held, asked again
    # B keeps its own version; the choice travels and A takes it without a question.
    assert sync.sync(b, folder, {conflict.key: sync.MINE}).applied
    for _ in range(3):
        results = [sync.sync(s, folder, all_choice=sync.THEIRS) for s in (a, c, b)]
        assert not any(r.refused for r in results)
    for s in (a, b, c):
        assert clients.get_client(s, client_id).contact == "+381 60 222 (B)"
    assert rows_of_case(a, case_id) == rows_of_case(b, case_id) == rows_of_case(c, case_id)


def test_deletions_travel(office: Office) -> None:
    a, b, c, folder = office.a, office.b, office.c, office.folder
    case_id = shared_case(a)
    other = shared_case(a)
    settle(a, b, c, folder=folder)
    start = datetime.now().replace(microsecond=0, second=0) + timedelta(days=2)
    (visit,) = appointments.add(b, Appointment(case_id, AppointmentKind.MEDICAL, start,
                                            start + timedelta(hours=1)), [b.actor.user_id])  # fmt: skip
    settle(a, b, c, folder=folder)
    assert appointments.get(c, visit.id)
    appointments.delete(c, visit.id)
    clients.delete_case(b, other)
    settle(a, b, c, folder=folder)
    for s in (a, b, c):
        with pytest.raises(AstraError):
            appointments.get(s, visit.id)
        with pytest.raises(AstraError):
            clients.get_case(s, other)
        assert integrity.check(s).sound
    assert rows_of_case(a, case_id) == rows_of_case(b, case_id) == rows_of_case(c, case_id)


# --- refused files ---------------------------------------------------------------------------------
def _next_file(office: Office, text: str, case_id: str) -> Path:
    case_records.add_note(office.a, ContactNote(case_id, datetime.now(), text))
    assert sync.sync(office.a, office.folder).written
    return own_files(office.a, office.folder)[-1]


def test_damaged_cut_short_reordered_replayed_foreign_and_forged_files_are_refused(
    office: Office, tmp_path: Path
) -> None:
    a, b, folder = office.a, office.b, office.folder
    case_id = shared_case(a)
    settle(a, b, folder=folder)
    good_digest = integrity.check(b).content_digest

    def refused_nothing_applied(match: str) -> None:
        result = sync.sync(b, folder)
        assert not result.applied, result
        assert any(match in m for m in result.refused.values()), result.refused
        assert integrity.check(b).content_digest == good_digest or result.written

    first = _next_file(office, "Prva.", case_id)
    original = first.read_bytes()
    for broken, match in (
        (original[:-200], "cut short"),
        (original[:100], "cut short"),
        (original[:-70] + bytes([original[-70] ^ 1]) + original[-69:], "signature"),
        (original + b"x", "cut short or has bytes added"),
    ):
        first.write_bytes(broken)
        refused_nothing_applied(match)
    first.write_bytes(original)

    # Reordered: the next file arrives before the one it follows; it waits, then both apply.
    second = _next_file(office, "Druga.", case_id)
    hidden = tmp_path / "hidden"
    first.rename(hidden)
    result = sync.sync(b, folder)
    assert not result.applied and result.waiting
    hidden.rename(first)
    assert len(sync.sync(b, folder).applied) == 2
    notes = {n.body for n in case_records.notes(b, case_id)}
    assert {"Prva.", "Druga."} <= notes
    good_digest = integrity.check(b).content_digest

    # Replayed: an old file under the next number; applied files are not applied again.
    replay = second.with_name(ct.file_name(ct.seq_of(second.name) + 1))  # type: ignore[operator]
    shutil.copy2(first, replay)
    refused_nothing_applied("replayed")
    replay.unlink()
    assert not sync.sync(b, folder).applied

    # Foreign: a file of another team placed where A's next file belongs.
    d, _ = vs.create_vault(tmp_path / "d", "petar", PASS, kdf_params=CHEAP_KDF)
    try:
        other = tmp_path / "other-office"
        other.mkdir()
        team.create(d, "Druga kancelarija", other)
        shared_case(d)
        sync.sync(d, other)
        shutil.copy2(own_files(d, other)[-1], replay)
        refused_nothing_applied("another team")
    finally:
        d.close()

    # Forged: B (who knows the team key) writes a file as if from A: A's signature is missing.
    row_a, row_b = team.current(a), team.current(b)
    key = st.key(b.db, st.current_epoch(b.db))
    assert key is not None
    forged = ct.write_change(row_a.team_id, row_a.device_id, ct.seq_of(replay.name) or 0, 1, key,
                             b"", row_b.keys.sign)  # fmt: skip
    replay.write_bytes(forged)
    refused_nothing_applied("signature")
    replay.unlink()


def test_a_removed_device_cannot_read_what_is_written_after(office: Office) -> None:
    a, b, c, folder = office.a, office.b, office.c, office.folder
    case_id = shared_case(a)
    settle(a, b, c, folder=folder)
    c_row = team.current(c)
    with pytest.raises(AstraError, match="created the team"):
        team.remove_device(b, a.actor.username, folder)  # only the administrator's laptop
    assert team.remove_device(a, c_row.device_id[:8], folder) == 2
    sync.sync(b, folder)  # B receives the new key
    assert st.current_epoch(b.db) == 2
    after = case_records.add_note(a, ContactNote(case_id, datetime.now(), "Posle uklanjanja."))
    sync.sync(a, folder)
    sync.sync(b, folder)
    assert after.id in {n.id for n in case_records.notes(b, case_id)}
    result = sync.sync(c, folder)
    assert result.removed and not result.written
    assert after.id not in {n.id for n in case_records.notes(c, case_id)}
    # With every key C ever had, A's new file does not open.
    latest = own_files(a, folder)[-1]
    tf = ct.parse(latest.read_bytes(), latest.name)
    assert tf.header.epoch == 2
    for old in st.keys(c.db).values():
        with pytest.raises(ct.TeamFileRefused):
            ct.open_change(tf, old, latest.name)
    # A file C writes now (it still has its signing key) is refused by the others.
    case_records.add_note(c, ContactNote(case_id, datetime.now(), "Sa uklonjenog laptopa."))
    sync.publish(c, folder)
    refused = sync.sync(b, folder)
    assert any("removed device" in m for m in refused.refused.values())
    assert "Sa uklonjenog laptopa." not in {n.body for n in case_records.notes(b, case_id)}


# --- the command line ------------------------------------------------------------------------------
def test_team_and_sync_commands(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from tests.test_cli import run

    office = tmp_path / "office"
    office.mkdir()
    home_a, home_b = tmp_path / "home-a", tmp_path / "home-b"
    for home, name in ((home_a, "marija"), (home_b, "jovan")):
        vs.create_vault(home / "vault", name, PASS, kdf_params=CHEAP_KDF)[0].close()
    with vs.unlock(home_a / "vault", "marija", PASS) as sess:
        client = Client("Zvezdana", "Markerović")
        case = clients.register(sess, client, Case(client.id, opened_on=date(2026, 3, 1)))

    def cli(home: Path, *args: str, lines: tuple[str, ...] = (PASS,)) -> tuple[int, str, str]:
        return run(capsys, home, *args, lines=lines)

    code, out, err = cli(home_a, "team", "create", "--name", "Kancelarija", "--folder", str(office))
    assert code == 0, err
    code, out, _ = cli(home_b, "team", "request", "--out", str(tmp_path / "req"))
    fingerprint = out.split("\n\n")[1].strip()
    code, out, err = cli(home_a, "team", "add-device", str(tmp_path / "req"), "--out",
                         str(tmp_path / "join"), "--fingerprint", fingerprint)  # fmt: skip
    assert code == 0, err
    passphrase = out.split("\n\n")[1].strip()
    code, out, err = cli(home_b, "team", "join", str(tmp_path / "join"), "--folder", str(office),
                         lines=(PASS, passphrase))  # fmt: skip
    assert code == 0 and "Joined the team 'Kancelarija'" in out, err
    assert cli(home_a, "team", "share", case.case_code)[0] == 0
    code, out, _ = cli(home_a, "sync")
    assert code == 0 and "wrote " in out
    code, out, _ = cli(home_b, "sync")
    assert code == 0 and out.startswith("Applied 2 file(s)")  # the roster, then the case
    for home, name, text in ((home_a, "marija", "A"), (home_b, "jovan", "B")):
        with vs.unlock(home / "vault", name, PASS) as sess:
            on = clients.get_client(sess, client.id)
            on.contact = text
            clients.update_client(sess, on)
    assert cli(home_a, "sync")[0] == 0
    code, out, err = cli(home_b, "sync")
    assert code == 6 and "CHANGED ON BOTH LAPTOPS: client" in out and "--mine ID" in err
    assert "theirs: 'A'" in out
    code, out, err = cli(home_b, "sync", "--theirs", client.id)
    assert code == 0, err
    code, out, _ = cli(home_a, "team", "devices")
    lines = out.splitlines()
    assert len(lines) == 2 and any("\tjovan\tmember\t" in line for line in lines)
    jovan = next(line.split("\t")[0] for line in lines if "\tjovan\t" in line)
    code, out, err = cli(home_a, "team", "remove-device", jovan)
    assert code == 0 and "epoch 2" in out, err
    code, out, err = cli(home_b, "sync")
    assert code == 4 and "removed from the team" in err


# --- a crash while applying ------------------------------------------------------------------------
KILLED_APPLY = """
import os, signal, sys
from pathlib import Path
from astra_desktop.services import session as vs, sync
from astra_desktop.storage import team as st

def killed(*args, **kwargs):  # every row of the file written, the transaction not yet committed
    os.kill(os.getpid(), signal.SIGKILL)

st.mark_applied = killed
sess = vs.unlock(Path(sys.argv[1]), sys.argv[2], sys.argv[3])
sync.sync(sess, Path(sys.argv[4]))
"""


def test_kill_9_while_applying_leaves_the_vault_sound_and_the_file_applied_later(
    office: Office,
) -> None:
    import subprocess
    import sys

    from tests._vaults import ROOT

    a, b, folder = office.a, office.b, office.folder
    case_id = shared_case(a)
    settle(a, b, folder=folder)
    note = case_records.add_note(a, ContactNote(case_id, datetime.now(), "Pre pada."))
    sync.sync(a, folder)
    before = integrity.check(b).content_digest
    applied = st.last_applied(b.db, team.current(a).device_id)
    b.close()
    done = subprocess.run(
        [sys.executable, "-c", KILLED_APPLY, str(office.tmp / "b"), "jovan", PASS, str(folder)],
        cwd=ROOT, capture_output=True, timeout=120,
    )  # fmt: skip
    assert done.returncode == -9, done.stderr
    with vs.unlock(office.tmp / "b", "jovan", PASS) as again:
        report = integrity.check(again)
        assert report.sound and report.content_digest == before  # nothing half-applied
        assert st.last_applied(again.db, team.current(a).device_id) == applied
        assert note.id not in {n.id for n in case_records.notes(again, case_id)}
        result = sync.sync(again, folder)
        assert result.applied and not result.refused
        assert note.id in {n.id for n in case_records.notes(again, case_id)}
        assert integrity.check(again).sound


def test_deleted_on_one_laptop_changed_on_another_is_a_choice(office: Office) -> None:
    a, b, folder = office.a, office.b, office.folder
    case_id = shared_case(a)
    start = datetime.now().replace(microsecond=0, second=0) + timedelta(days=2)
    (visit,) = appointments.add(a, Appointment(case_id, AppointmentKind.MEDICAL, start,
                                               start + timedelta(hours=1)))  # fmt: skip
    settle(a, b, folder=folder)
    appointments.delete(a, visit.id)
    on_b = appointments.get(b, visit.id)
    on_b.notes = "Promenjeno na laptopu B."
    appointments.update(b, on_b)
    sync.sync(a, folder)
    held = sync.sync(b, folder)
    (conflict,) = held.conflicts
    assert conflict.deleted == "theirs" and conflict.record_id == visit.id
    assert appointments.get(b, visit.id).notes == "Promenjeno na laptopu B."  # still here
    assert sync.sync(b, folder, {visit.id: sync.THEIRS}).applied
    with pytest.raises(AstraError):
        appointments.get(b, visit.id)
    # A had B's edit before B's choice: A is asked too ("deleted here, changed there").
    (back,) = sync.sync(a, folder).conflicts
    assert back.deleted == "mine" and back.record_id == visit.id
    assert sync.sync(a, folder, {visit.id: sync.MINE}).applied
    settle(a, b, folder=folder)
    for s in (a, b):
        with pytest.raises(AstraError):
            appointments.get(s, visit.id)
    assert rows_of_case(a, case_id) == rows_of_case(b, case_id)
