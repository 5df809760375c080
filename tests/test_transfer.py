"""Case transfer between two real vaults: everything linked to a case travels (found from the
schema's foreign keys), a record changed on both laptops is shown side by side and resolved by a
person's choice, unrelated edits merge without a question, and a damaged bundle or a wrong
passphrase imports nothing."""

from __future__ import annotations

import io
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from pathlib import Path

import pytest

from astra_desktop.core.appointments import Appointment, AppointmentKind
from astra_desktop.core.court import Charge, Defendant, DefendantRole, Proceeding
from astra_desktop.core.enums import ServiceKind
from astra_desktop.core.models import Case, Client, ContactNote, ServiceRecord
from astra_desktop.core.risk import Answer
from astra_desktop.errors import AstraError, WrongPassphrase
from astra_desktop.services import (
    appointments,
    case_records,
    clients,
    documents,
    hearings,
    integrity,
    proceedings,
    risk,
    search,
    transfer,
    word_passphrase,
)
from astra_desktop.services import session as vs
from astra_desktop.storage import transfer_tables as tt
from astra_desktop.storage.backup_format import SealedDamaged
from tests._backups import flip
from tests._vaults import CHEAP_KDF

A_PASS = "copper violin thunder meadow"
B_PASS = "quartz meadow lantern ribbon"


@dataclass
class Laptops:
    a: vs.Session
    b: vs.Session
    folder: Path


@pytest.fixture
def laptops(tmp_path: Path) -> Laptops:
    a, _ = vs.create_vault(tmp_path / "a", "marija", A_PASS, kdf_params=CHEAP_KDF)
    b, _ = vs.create_vault(tmp_path / "b", "jovan", B_PASS, kdf_params=CHEAP_KDF)
    yield Laptops(a, b, tmp_path)
    a.close()
    b.close()


def make_full_case(sess: vs.Session) -> str:
    """A case with a record in every kind of table linked to it; returns its case id."""
    client = Client("Olena", "Коваленко", aliases=["Lena"], contact="+380 44 000 1111")
    case = clients.register(sess, client, Case(client.id, opened_on=date(2025, 3, 1)))
    when = datetime.now() - timedelta(days=2)
    case_records.add_note(sess, ContactNote(case.id, when, "Prvi razgovor, Đorđe je prevodio."))
    case_records.add_entry(sess, ServiceRecord(case.id, ServiceKind.LEGAL, date(2025, 3, 2)))
    data = b"%PDF-1.4 scan " * 30_000  # two chunks
    documents.import_stream(sess, case.id, "scan.pdf", io.BytesIO(data).read, len(data))
    start = datetime.now().replace(microsecond=0, second=0, minute=0) + timedelta(days=3)
    appointments.add(sess, Appointment(case.id, AppointmentKind.MEDICAL, start,
                                       start + timedelta(hours=1)), [sess.actor.user_id])  # fmt: skip
    p = proceedings.add(sess, Proceeding(case.id, court="Viši sud u Beogradu"))
    d = proceedings.add_entry(sess, Defendant(p.id, "M. P.", DefendantRole.RECRUITER))
    first = proceedings.add_entry(sess, Charge(p.id, "388", date(2025, 3, 5), defendant_id=d.id))
    proceedings.requalify(sess, first.id, "184", "", date(2025, 6, 1))
    hearings.schedule(sess, p.id, start + timedelta(days=10), worker_ids=[sess.actor.user_id])
    risk.assess(sess, case.id, {"A1": Answer.NO}, date.today())
    return case.id


def rows_of_case(sess: vs.Session, case_id: str) -> dict[str, set[str]]:
    """Row hashes per linked table for one case: equal on both laptops after a transfer."""
    conn = sess.db
    ids: dict[str, set[str]] = {"cases": {case_id}}
    ids["clients"] = {str(conn.execute("SELECT client_id FROM cases WHERE id = ?",
                                       (case_id,)).fetchone()[0])}  # fmt: skip
    found: dict[str, set[str]] = {}
    for table in tt.case_tables(conn):
        rows = list(transfer._select(conn, table, ids))
        dicts = [dict(zip(table.columns, r, strict=True)) for r in rows]
        found[table.name] = {tt.row_hash(table.name, d) for d in dicts}
        if table.has_id:
            ids[table.name] = {str(d["id"]) for d in dicts}
    return found


def send(src: vs.Session, dst: vs.Session, codes: list[str], folder: Path,
         choices: dict[str, str] | None = None) -> tuple[transfer.ImportPlan, transfer.ImportResult]:  # fmt: skip
    out = folder / f"bundle-{len(list(folder.glob('bundle-*')))}.astratransfer"
    exported = transfer.export_cases(src, codes, out)
    plan = transfer.plan_import(dst, transfer.open_bundle(out, exported.passphrase))
    return plan, transfer.apply_import(dst, plan, choices)


def test_every_linked_table_travels(laptops: Laptops) -> None:
    names = [t.name for t in tt.case_tables(laptops.a.db)]
    for table in ("clients", "cases", "contact_notes", "services", "referrals", "consents",
                  "documents", "document_chunks", "appointments", "appointment_workers",
                  "proceedings", "defendants", "charges", "hearings", "hearing_attendance",
                  "risk_assessments", "safety_actions", "risk_events", "case_assignments"):  # fmt: skip
        assert table in names
    assert names.index("proceedings") < names.index("charges") < names.index("hearings") or (
        names.index("proceedings") < names.index("hearings")
    )
    for table in ("users", "audit_log", "settings", "drafts", "search_index_names", "search_keys"):
        assert table not in names


def test_case_travels_whole_and_renumbered(laptops: Laptops) -> None:
    a, b = laptops.a, laptops.b
    there = Client("Already", "There")  # b's first case of 2025 takes the same code
    clients.register(b, there, Case(there.id, opened_on=date(2025, 1, 1)))
    case_id = make_full_case(a)
    code = clients.get_case(a, case_id).case_code
    plan, result = send(a, b, [code], laptops.folder)
    assert plan.conflicts == [] and result.inserted == plan.new > 10
    assert result.renamed == {code: clients.get_case(b, case_id).case_code}
    assert clients.get_case(b, case_id).case_code != code
    assert rows_of_case(a, case_id) == {
        t: h for t, h in rows_of_case(b, case_id).items() if t != "case_assignments"
    } | {"case_assignments": rows_of_case(a, case_id)["case_assignments"]}
    assert [h.case_id for h in search.search(b, "kovalenko")] == [case_id]
    assert integrity.check(b).sound
    # marija of laptop A is named in the records: an inactive placeholder on B, no keyslot
    row = b.db.execute("SELECT active, slot_id FROM users WHERE username = 'marija'").fetchone()
    assert tuple(row) == (0, None)
    doc = b.db.execute("SELECT id FROM documents").fetchone()[0]
    assert documents.read_bytes(b, doc) == b"%PDF-1.4 scan " * 30_000


def test_conflict_is_shown_and_resolved_by_choice(laptops: Laptops) -> None:
    a, b, folder = laptops.a, laptops.b, laptops.folder
    case_id = make_full_case(a)
    code = clients.get_case(a, case_id).case_code
    send(a, b, [code], folder)
    client_id = clients.get_case(a, case_id).client_id

    # Apart: both change the client's contact; A adds a note; B edits the case and adds a service.
    on_a = clients.get_client(a, client_id)
    on_a.contact = "+381 60 111 2222 (A)"
    clients.update_client(a, on_a)
    when = datetime.now() - timedelta(hours=1)
    note = case_records.add_note(a, ContactNote(case_id, when, "Written on laptop A."))
    on_b = clients.get_client(b, client_id)
    on_b.contact = "+381 60 333 4444 (B)"
    clients.update_client(b, on_b)
    case_b = clients.get_case(b, case_id)
    case_b.recruitment = "Written on laptop B."
    clients.update_case(b, case_b)
    service = case_records.add_entry(b, ServiceRecord(case_id, ServiceKind.MEDICAL, date.today()))

    out = folder / "round-2.astratransfer"
    exported = transfer.export_cases(a, [code], out)
    plan = transfer.plan_import(b, transfer.open_bundle(out, exported.passphrase))
    (conflict,) = plan.conflicts
    assert conflict.table == "clients" and conflict.record_id == client_id
    assert conflict.case_code == code
    fields = {c: (ours, theirs) for c, ours, theirs in conflict.fields}
    assert fields["contact"] == ("+381 60 333 4444 (B)", "+381 60 111 2222 (A)")
    before = integrity.check(b).content_digest
    with pytest.raises(AstraError, match="changed on both laptops"):
        transfer.apply_import(b, plan)  # no choice given: nothing imported
    assert integrity.check(b).content_digest == before
    result = transfer.apply_import(b, plan, {conflict.key: transfer.THEIRS})
    assert clients.get_client(b, client_id).contact == "+381 60 111 2222 (A)"
    assert note.id in {n.id for n in case_records.notes(b, case_id)}  # merged without a question
    assert clients.get_case(b, case_id).recruitment == "Written on laptop B."  # B's edit kept
    assert result.kept == 1 and result.updated == 1

    # Back to A: B's edits arrive without a question; the choice made on B is not asked again.
    plan_back, _ = send(b, a, [code], folder)
    assert plan_back.conflicts == []
    assert clients.get_case(a, case_id).recruitment == "Written on laptop B."
    assert service.id in {s.id for s in case_records.entries(a, ServiceRecord, case_id)}
    assert rows_of_case(a, case_id) == rows_of_case(b, case_id)

    # Another clash, this time B keeps its own version; A then receives B's without a question.
    on_a = clients.get_client(a, client_id)
    on_a.guardian = "A's guardian"
    clients.update_client(a, on_a)
    on_b = clients.get_client(b, client_id)
    on_b.guardian = "B's guardian"
    clients.update_client(b, on_b)
    out = folder / "round-3.astratransfer"
    exported = transfer.export_cases(a, [code], out)
    plan = transfer.plan_import(b, transfer.open_bundle(out, exported.passphrase))
    (conflict,) = plan.conflicts
    transfer.apply_import(b, plan, {conflict.key: transfer.MINE})
    assert clients.get_client(b, client_id).guardian == "B's guardian"
    plan_back, _ = send(b, a, [code], folder)
    assert plan_back.conflicts == []
    assert clients.get_client(a, client_id).guardian == "B's guardian"
    assert integrity.check(a).sound and integrity.check(b).sound


def test_a_lost_bundle_does_not_hide_a_conflict(laptops: Laptops) -> None:
    """A sends an edit that B never imports; B edits too and sends: A must be asked."""
    a, b, folder = laptops.a, laptops.b, laptops.folder
    case_id = make_full_case(a)
    code = clients.get_case(a, case_id).case_code
    client_id = clients.get_case(a, case_id).client_id
    send(a, b, [code], folder)
    on_a = clients.get_client(a, client_id)
    on_a.children = "two (A)"
    clients.update_client(a, on_a)
    transfer.export_cases(a, [code], folder / "lost.astratransfer")  # never imported
    on_b = clients.get_client(b, client_id)
    on_b.children = "three (B)"
    clients.update_client(b, on_b)
    out = folder / "from-b.astratransfer"
    exported = transfer.export_cases(b, [code], out)
    plan = transfer.plan_import(a, transfer.open_bundle(out, exported.passphrase))
    assert [c.table for c in plan.conflicts] == ["clients"]


def test_wrong_passphrase_and_damage_import_nothing(laptops: Laptops) -> None:
    a, b, folder = laptops.a, laptops.b, laptops.folder
    case_id = make_full_case(a)
    out = folder / "bundle.astratransfer"
    exported = transfer.export_cases(a, [clients.get_case(a, case_id).case_code], out)
    assert len(exported.passphrase.split()) == word_passphrase.WORDS
    before = integrity.check(b).content_digest
    with pytest.raises(WrongPassphrase, match="does not open"):
        transfer.open_bundle(out, "abacus abacus abacus abacus abacus abacus")
    typed = exported.passphrase.upper().replace(" ", "-")  # as read out and typed: still opens
    opened = transfer.open_bundle(out, typed)
    flip(out, out.stat().st_size - 100)
    with pytest.raises(SealedDamaged, match="damaged"):
        transfer.plan_import(b, opened)
    assert integrity.check(b).content_digest == before
    assert b.db.execute("SELECT count(*) FROM clients").fetchone()[0] == 0
