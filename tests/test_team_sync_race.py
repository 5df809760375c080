"""Two people settle the same conflict in opposite ways before either sees the other's choice
(issue 21): three real vaults, each with its own replica of the office folder, the files delivered
in every order; all three end with the same record (the later choice), and nobody is asked twice."""

from __future__ import annotations

import itertools
import shutil
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from astra_desktop.core.appointments import Appointment, AppointmentKind
from astra_desktop.errors import AstraError
from astra_desktop.services import appointments, clients, integrity, sync
from astra_desktop.services import session as vs
from tests.test_team_sync import Office, office, own_files, rows_of_case, settle, shared_case

__all__ = ["office"]  # the fixture

# The four files in play: A's edit (a1) and A's choice (a2), B's edit (b1) and B's choice (b2).
# Every order laptop C can receive them in (each laptop's own files stay in sequence).
ORDERS = sorted(
    {"".join(p) for p in itertools.permutations(["a1", "a2", "b1", "b2"])
     if "".join(p).index("a1") < "".join(p).index("a2")
     and "".join(p).index("b1") < "".join(p).index("b2")}
)  # fmt: skip


def _copy(path: Path, frm: Path, to: Path) -> None:
    target = to / path.relative_to(frm)
    target.parent.mkdir(parents=True, exist_ok=True)
    if not target.exists():
        shutil.copy2(path, target)


def _deliver_all(frm: Path, to: Path) -> None:
    for path in frm.rglob("*.astrasync"):
        _copy(path, frm, to)


def _contact(sess: vs.Session, client_id: str, text: str) -> None:
    client = clients.get_client(sess, client_id)
    client.contact = text
    clients.update_client(sess, client)


@pytest.mark.parametrize("order", ORDERS)
@pytest.mark.parametrize("way", [sync.MINE, sync.THEIRS])
def test_opposite_choices_made_at_once_converge_in_any_order(
    office: Office, way: str, order: str
) -> None:
    a, b, c = office.a, office.b, office.c
    case_id = shared_case(a)
    settle(a, b, c, folder=office.folder)
    client_id = clients.get_case(a, case_id).client_id
    copies = {n: office.tmp / f"copy-{n}" for n in "abc"}
    for path in copies.values():
        shutil.copytree(office.folder, path)
    sess = {"a": a, "b": b, "c": c}
    shown: dict[str, list[int]] = {n: [] for n in "abc"}  # conflicts each sync showed

    def run(n: str, **kw: object) -> sync.SyncResult:
        result = sync.sync(sess[n], copies[n], **kw)  # type: ignore[arg-type]
        assert not result.refused, result.refused
        keys = [k.key for k in result.conflicts]
        assert len(keys) == len(set(keys)), keys  # one record, one question
        shown[n].append(len(keys))
        return result

    # Both laptops change the client's contact, apart.
    _contact(a, client_id, "A")
    _contact(b, client_id, "B")
    assert run("a").written and run("b").written
    files = {"a1": own_files(a, copies["a"])[-1], "b1": own_files(b, copies["b"])[-1]}
    # A gets B's edit and settles: with `way` MINE A keeps "A"; THEIRS, A takes "B".
    _copy(files["b1"], copies["b"], copies["a"])
    (conflict,) = run("a").conflicts
    assert run("a", choices={conflict.key: way}).written
    files["a2"] = own_files(a, copies["a"])[-1]
    # B gets only A's edit (not A's choice yet) and settles the other way round.
    _copy(files["a1"], copies["a"], copies["b"])
    (conflict,) = run("b").conflicts
    assert run("b", choices={conflict.key: way}).written
    files["b2"] = own_files(b, copies["b"])[-1]
    swapped = {"a": "B", "b": "A"} if way == sync.THEIRS else {"a": "A", "b": "B"}
    for n in "ab":
        assert clients.get_client(sess[n], client_id).contact == swapped[n]
    later = "A" if way == sync.THEIRS else "B"  # B chose last: what B chose wins everywhere

    def crossing() -> None:  # A and B receive each other's choice
        _copy(files["b2"], copies["b"], copies["a"])
        _copy(files["a2"], copies["a"], copies["b"])
        for n in "ab":
            result = run(n)
            assert not result.conflicts
            assert clients.get_client(sess[n], client_id).contact == later

    early = ORDERS.index(order) % 2 == 0
    if early:
        crossing()
    steps = [order[i : i + 2] for i in range(0, len(order), 2)]
    for step in steps:
        _copy(files[step], copies[step[0]], copies["c"])
        run("c")
    if not early:
        crossing()
    assert clients.get_client(c, client_id).contact == later
    # Then every file reaches every laptop: nothing more to decide, nothing changes.
    for _ in range(3):
        for n, m in itertools.permutations("abc", 2):
            _deliver_all(copies[m], copies[n])
        for n in "abc":
            assert not run(n).held
    for n in "ab":
        assert shown[n].count(1) == 1 and sum(shown[n]) == 1  # asked once, by its own conflict
    # C is asked (one question, until a choice reaches it) only if both edits came first.
    assert max(shown["c"]) == int(order.startswith(("a1b1", "b1a1"))) and shown["c"][-1] == 0
    for s in (a, b, c):
        assert clients.get_client(s, client_id).contact == later
        assert integrity.check(s).sound
    assert rows_of_case(a, case_id) == rows_of_case(b, case_id) == rows_of_case(c, case_id)


# --- deleted on one laptop, changed on another, settled both ways at once ----------------------------
def _notes(sess: vs.Session, visit_id: str) -> str | None:
    """The visit's notes on this laptop; None if it is deleted here."""
    try:
        return appointments.get(sess, visit_id).notes
    except AstraError:
        return None


@pytest.mark.parametrize("order", ORDERS)
@pytest.mark.parametrize("way", [sync.MINE, sync.THEIRS])
def test_opposite_choices_over_a_deletion_converge_in_any_order(
    office: Office, way: str, order: str
) -> None:
    """A deletes a visit, B changes it; A (deleted here, changed there) and B (deleted there,
    changed here) each choose `way` before seeing the other's choice, `first` choosing first.
    "Keep mine" on both sides leaves it deleted on A and kept on B; "take theirs" the other way
    round. The later choice must win on every laptop, whatever order the files arrive in.
    Who chooses first alternates with the delivery order (each way meets both, three orders
    each): every order with both would double a test that already takes minutes."""
    first = "ab"[sorted(ORDERS).index(order) % 2]
    a, b, c = office.a, office.b, office.c
    case_id = shared_case(a)
    start = datetime.now().replace(microsecond=0, second=0) + timedelta(days=2)
    (visit,) = appointments.add(a, Appointment(case_id, AppointmentKind.MEDICAL, start,
                                               start + timedelta(hours=1)))  # fmt: skip
    settle(a, b, c, folder=office.folder)
    copies = {n: office.tmp / f"copy-{n}" for n in "abc"}
    for path in copies.values():
        shutil.copytree(office.folder, path)
    sess = {"a": a, "b": b, "c": c}
    shown: dict[str, list[int]] = {n: [] for n in "abc"}

    def run(n: str, **kw: object) -> sync.SyncResult:
        result = sync.sync(sess[n], copies[n], **kw)  # type: ignore[arg-type]
        assert not result.refused, result.refused
        keys = [k.key for k in result.conflicts]
        assert len(keys) == len(set(keys)), keys
        shown[n].append(len(keys))
        return result

    appointments.delete(a, visit.id)
    on_b = appointments.get(b, visit.id)
    on_b.notes = "Promenjeno na laptopu B."
    appointments.update(b, on_b)
    assert run("a").written and run("b").written
    files = {"a1": own_files(a, copies["a"])[-1], "b1": own_files(b, copies["b"])[-1]}
    other = {"a": "b", "b": "a"}
    deleted_as = {"a": sync.MINE, "b": sync.THEIRS}  # the choice that leaves it deleted there
    for n in (first, other[first]):  # each gets only the other's edit, and chooses
        _copy(files[f"{other[n]}1"], copies[other[n]], copies[n])
        (conflict,) = run(n).conflicts
        assert conflict.deleted == ("mine" if n == "a" else "theirs")
        assert run(n, choices={conflict.key: way}).written
        files[f"{n}2"] = own_files(sess[n], copies[n])[-1]
    for n in "ab":  # apart: one has it deleted, the other kept
        assert (_notes(sess[n], visit.id) is None) == (way == deleted_as[n])
    last = other[first]
    later = None if way == deleted_as[last] else "Promenjeno na laptopu B."

    def crossing() -> None:
        _copy(files["b2"], copies["b"], copies["a"])
        _copy(files["a2"], copies["a"], copies["b"])
        for n in "ab":
            assert not run(n).conflicts
            assert _notes(sess[n], visit.id) == later, n

    early = ORDERS.index(order) % 2 == 0
    if early:
        crossing()
    for step in [order[i : i + 2] for i in range(0, len(order), 2)]:
        _copy(files[step], copies[step[0]], copies["c"])
        run("c")
    if not early:
        crossing()
    assert _notes(c, visit.id) == later
    for _ in range(3):
        for n, m in itertools.permutations("abc", 2):
            _deliver_all(copies[m], copies[n])
        for n in "abc":
            assert not run(n).held
    for n in "ab":
        assert shown[n].count(1) == 1 and sum(shown[n]) == 1
    assert max(shown["c"]) == int(order.startswith(("a1b1", "b1a1"))) and shown["c"][-1] == 0
    for s in (a, b, c):
        assert _notes(s, visit.id) == later
        assert integrity.check(s).sound
    assert rows_of_case(a, case_id) == rows_of_case(b, case_id) == rows_of_case(c, case_id)
