"""Case records through the services: registration, codes, edits, roles, search, documents."""

from __future__ import annotations

import hashlib
import os
import tracemalloc
from datetime import date, datetime
from pathlib import Path

import pytest

from astra_desktop.core.enums import (
    CaseStatus,
    ExploitationType,
    ReferralDirection,
    Role,
    ServiceKind,
)
from astra_desktop.core.models import Case, Client, Consent, ContactNote, Referral, ServiceRecord
from astra_desktop.errors import (
    DuplicateCaseCode,
    NotFound,
    PermissionDenied,
    ValidationError,
)
from astra_desktop.services import case_records, clients, documents, integrity, search, users
from astra_desktop.services import session as vs
from astra_desktop.services.clients import CaseQuery, SortColumn
from astra_desktop.storage import audit
from astra_desktop.storage.rows import ConflictError
from tests.conftest import CASEWORKER, CASEWORKER_PASS


def register(sess: vs.Session, given: str, family: str, **case_kw: object) -> Case:
    return clients.register(sess, Client(given, family), Case("", **case_kw))  # type: ignore[arg-type]


def test_register_assigns_code_uuid_and_audits(session: vs.Session) -> None:
    case = register(session, "Jelena", "Đorđević")
    year = date.today().year
    assert case.case_code == f"AST-{year}-0001"
    assert len(case.id) == 36
    second = register(session, "Ana", "Petrović")
    assert second.case_code == f"AST-{year}-0002"
    stored = clients.get_case(session, case.id)
    assert stored.client_id == case.client_id and stored.version == 1
    actions = [(e.action, e.entity) for e in audit.entries(session.db)]
    assert ("create", "client") in actions and ("view", "case") in actions
    assert all("Jelena" not in e.detail for e in audit.entries(session.db, limit=1000))


def test_duplicate_case_code_refused(session: vs.Session) -> None:
    register(session, "A", "B", case_code="AST-2025-0042")
    with pytest.raises(DuplicateCaseCode, match="already in use"):
        register(session, "C", "D", case_code="ast-2025-0042")
    with pytest.raises(ValidationError, match="looks like"):
        register(session, "C", "D", case_code="42")
    assert integrity.check(session).counts["clients"] == 1


def test_edit_conflict_is_refused_not_lost(session: vs.Session) -> None:
    case = register(session, "Marko", "Marković")
    mine = clients.get_client(session, case.client_id)
    theirs = clients.get_client(session, case.client_id)
    theirs.contact = "+381 60 000 000"
    clients.update_client(session, theirs)
    mine.safe_contact_instructions = "Ne zvati posle 18:00"
    with pytest.raises(ConflictError, match="changed by someone else"):
        clients.update_client(session, mine)
    assert clients.get_client(session, case.client_id).contact == "+381 60 000 000"


def test_closing_needs_a_reason(session: vs.Session) -> None:
    case = register(session, "Ivana", "Ilić")
    case.status = CaseStatus.CLOSED
    with pytest.raises(ValidationError) as exc:
        clients.update_case(session, case)
    assert exc.value.field == "closure_reason"


@pytest.mark.parametrize(
    "query", ["djordjevic", "dordevic", "Đorđević", "Ђорђевић", "đorđ", "jeca"]
)
def test_search_folds_diacritics_and_scripts(session: vs.Session, query: str) -> None:
    case = clients.register(session, Client("Jelena", "Đorđević", aliases=["Jeca"]), Case(""))
    register(session, "Dragan", "Dimitrijević")
    hits = search.search(session, query)
    assert [h.case_id for h in hits] == [case.id]


def test_search_cyrillic_client_from_latin(session: vs.Session) -> None:
    case = register(session, "Олена", "Коваленко")
    assert [h.case_id for h in search.search(session, "kovalenko")] == [case.id]
    assert [h.case_id for h in search.search(session, "Nguyễn")] == []


def test_search_finds_notes_and_updates_with_edits(session: vs.Session) -> None:
    case = register(session, "Milica", "Savić")
    note = case_records.add_note(
        session, ContactNote(case.id, datetime(2026, 3, 1, 10, 0), "Pratnja u Viši sud u Beogradu")
    )
    hits = search.search(session, "visi sud")
    assert hits and hits[0].in_notes
    note.body = "Poseta centru za socijalni rad"
    case_records.update_note(session, note)
    assert search.search(session, "visi sud") == []
    assert search.search(session, "socijalni")[0].case_id == case.id


def test_search_puts_whole_names_first_then_beginnings_then_notes(session: vs.Session) -> None:
    in_note = register(session, "Mira", "Ilić")
    case_records.add_note(
        session, ContactNote(in_note.id, datetime(2026, 3, 1, 10, 0), "Razgovor sa gđom Petrović")
    )
    whole = register(session, "Ana", "Petrović")
    longer = register(session, "Ivan", "Petrovićević")  # newer, but only a beginning matches
    hits = search.search(session, "petrović")
    assert [h.case_id for h in hits] == [whole.id, longer.id, in_note.id]
    assert [h.in_notes for h in hits] == [False, False, True]
    assert [h.case_id for h in search.search(session, "petrović", limit=2)] == [whole.id, longer.id]


def test_search_by_case_code_beginning(session: vs.Session) -> None:
    first = clients.register(session, Client("Sara", "Sarić"), Case("", opened_on=date(2024, 5, 1)))
    second = clients.register(session, Client("Tea", "Tešić"), Case("", opened_on=date(2024, 6, 1)))
    other = clients.register(session, Client("Una", "Unić"), Case("", opened_on=date(2025, 1, 9)))
    code = clients.get_case(session, first.id).case_code
    year = code.rsplit("-", 1)[0]  # "AST-2024"
    assert [h.case_id for h in search.search(session, year)] == [second.id, first.id]
    assert [h.case_id for h in search.search(session, code.lower())] == [first.id]
    assert other.id in [h.case_id for h in search.search(session, year[:-1])]


def test_case_list_sort_by_name_follows_a_renamed_client(session: vs.Session) -> None:
    a = register(session, "Zorana", "Antić")
    b = register(session, "Bojana", "Živković")
    by_name = CaseQuery(sort=SortColumn.CLIENT, descending=False)
    assert clients.case_ids(session, by_name) == [a.id, b.id]
    client = clients.get_client(session, a.client_id)
    client.family_name = "Žunić"
    clients.update_client(session, client)
    assert clients.case_ids(session, by_name) == [b.id, a.id]  # Živković, Žunić
    assert integrity.check(session).sound


def test_case_list_kept_between_keystrokes_follows_every_change(session: vs.Session) -> None:
    first = register(session, "Petra", "Perić")
    query = CaseQuery(text="per", sort=SortColumn.CLIENT, descending=False)
    assert clients.case_ids(session, query) == [first.id]
    second = register(session, "Pero", "Perović")  # a commit: the kept list is read again
    assert clients.case_ids(session, query) == [first.id, second.id]
    assert clients.case_ids(session, CaseQuery(text="perov")) == [second.id]
    clients.delete_case(session, first.id)
    assert clients.case_ids(session, query) == [second.id]
    session.close()
    assert session.read_cache == {}


def test_case_list_searches_notes_from_the_second_letter(session: vs.Session) -> None:
    named = register(session, "Dara", "Dinić")
    noted = register(session, "Vera", "Vasić")
    case_records.add_note(
        session, ContactNote(noted.id, datetime(2026, 3, 1, 9, 0), "Dolazak u dom")
    )
    assert clients.case_ids(session, CaseQuery(text="d")) == [named.id]
    assert set(clients.case_ids(session, CaseQuery(text="do"))) == {noted.id}
    assert set(clients.case_ids(session, CaseQuery(text="di"))) == {named.id}
    assert [h.case_id for h in search.search(session, "d")] == [named.id]


def test_case_list_filters_sorts_and_hides_unassigned(
    session: vs.Session, vault_folder: Path
) -> None:
    a = register(session, "Zorana", "Antić", exploitation_types=[ExploitationType.LABOUR])
    b = register(session, "Bojana", "Živković", exploitation_types=[ExploitationType.SEXUAL])
    c = register(session, "Ceca", "Čolić", status=CaseStatus.FOLLOW_UP)
    by_client = clients.case_ids(session, CaseQuery(sort=SortColumn.CLIENT, descending=False))
    assert by_client == [a.id, c.id, b.id]  # Antić, Čolić (folded c), Živković
    only_labour = CaseQuery(exploitation=ExploitationType.LABOUR)
    assert clients.case_ids(session, only_labour) == [a.id]
    assert clients.case_ids(session, CaseQuery(statuses=(CaseStatus.FOLLOW_UP,))) == [c.id]
    assert clients.case_ids(session, CaseQuery(text="zivk")) == [b.id]
    rows = clients.case_rows(session, [b.id, a.id])
    assert [r.client_name for r in rows] == ["Bojana Živković", "Zorana Antić"]

    users.add_user(session, CASEWORKER, Role.CASEWORKER, CASEWORKER_PASS)
    ana = users.get_user(session, CASEWORKER)
    clients.assign(session, b.id, ana.id)
    session.close()
    with vs.unlock(vault_folder, CASEWORKER, CASEWORKER_PASS) as sess:
        assert clients.case_ids(sess, CaseQuery()) == [b.id]
        with pytest.raises(NotFound, match="not assigned to you"):
            clients.get_case(sess, a.id)
        assert search.search(sess, "antic") == []
        own = register(sess, "Nova", "Klijentkinja")
        assert set(clients.case_ids(sess, CaseQuery())) == {b.id, own.id}


def test_viewer_cannot_change_anything(session: vs.Session, vault_folder: Path) -> None:
    case = register(session, "Vera", "Vasić")
    users.add_user(session, "vid", Role.VIEWER, "viewer passphrase that is long", all_cases=True)
    session.close()
    with vs.unlock(vault_folder, "vid", "viewer passphrase that is long") as sess:
        client = clients.get_client(sess, case.client_id)
        client.contact = "x"
        with pytest.raises(PermissionDenied):
            clients.update_client(sess, client)
        with pytest.raises(PermissionDenied):
            register(sess, "X", "Y")
        with pytest.raises(PermissionDenied):
            case_records.add_note(sess, ContactNote(case.id, datetime(2026, 1, 1), "x"))


def test_services_referrals_consent(session: vs.Session) -> None:
    case = register(session, "Sara", "Stojanović")
    case_records.add_entry(
        session, ServiceRecord(case.id, ServiceKind.LEGAL, date(2026, 2, 1), provider="ASTRA")
    )
    case_records.add_entry(
        session,
        Referral(case.id, ReferralDirection.OUT, "Centar za socijalni rad", date(2026, 2, 2)),
    )
    consent = case_records.record_consent(
        session, Consent(case.client_id, date(2026, 1, 5), "obrada podataka o ličnosti")
    )
    consent.withdrawn_on = date(2026, 1, 1)
    with pytest.raises(ValidationError, match="before it was given"):
        case_records.record_consent(session, consent)
    assert [s.provider for s in case_records.entries(session, ServiceRecord, case.id)] == ["ASTRA"]
    assert len(case_records.entries(session, Referral, case.id)) == 1
    assert case_records.consents(session, case.client_id)[0].withdrawn_on is None


def test_note_in_future_refused(session: vs.Session) -> None:
    case = register(session, "A", "B")
    with pytest.raises(ValidationError, match="future"):
        case_records.add_note(session, ContactNote(case.id, datetime(2999, 1, 1), "x"))


def test_document_chunks_hash_and_export(session: vs.Session, tmp_path: Path) -> None:
    case = register(session, "Doc", "Owner")
    source = tmp_path / "scan.pdf"
    payload = os.urandom(700_000)
    source.write_bytes(payload)
    seen: list[int] = []
    info = documents.import_file(
        session, case.id, source, progress=lambda d, t: seen.append(d) or True
    )
    assert info.sha256 == hashlib.sha256(payload).hexdigest() and info.size == len(payload)
    assert seen[-1] == len(payload) and len(seen) == 3  # 256 KiB chunks
    assert documents.read_bytes(session, info.id) == payload
    target = tmp_path / "out.pdf"
    documents.export_copy(session, info.id, target)
    assert target.read_bytes() == payload
    assert {"import", "view", "export"} <= {e.action for e in audit.entries(session.db)}


def test_cancelled_import_adds_nothing(session: vs.Session, tmp_path: Path) -> None:
    case = register(session, "Doc", "Owner")
    source = tmp_path / "big.bin"
    source.write_bytes(os.urandom(1_000_000))
    with pytest.raises(documents.Cancelled):
        documents.import_file(session, case.id, source, progress=lambda d, t: d < 300_000)
    assert documents.documents(session, case.id) == []
    assert session.db.execute("SELECT count(*) FROM document_chunks").fetchone()[0] == 0


def test_import_memory_stays_flat(session: vs.Session) -> None:
    """Python-side allocation while streaming 64 MB stays near one chunk (the bench measures RSS)."""
    case = register(session, "Big", "File")
    remaining = [64 * 1024 * 1024]

    def read(n: int) -> bytes:
        take = min(n, remaining[0])
        remaining[0] -= take
        return b"\x5a" * take

    tracemalloc.start()
    documents.import_stream(session, case.id, "big.bin", read, 64 * 1024 * 1024)
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    assert peak < 8 * 1024 * 1024
