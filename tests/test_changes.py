"""What a write changed reaches listeners once it is committed — from every writer, because every
write is audited — and a case's "Last change" moves with anything in its file."""

from __future__ import annotations

import io
import time
from datetime import datetime

import pytest

from astra_desktop.core.changes import Changes
from astra_desktop.core.enums import AuditAction, NoteKind
from astra_desktop.core.models import Case, Client, ContactNote
from astra_desktop.errors import VaultLocked
from astra_desktop.services import case_records, clients, documents
from astra_desktop.services.session import Session
from tests import _records


def _heard(session: Session) -> list[Changes]:
    heard: list[Changes] = []
    session.on_change(heard.append)
    return heard


def test_every_kind_of_case_record_is_heard_by_its_kind(session: Session) -> None:
    heard = _heard(session)
    texts = {field: f"x-{i}" for i, field in enumerate(_records.FIELDS)}
    ids = _records.fill_every_field(session, texts)
    kinds = set().union(*(c.kinds for c in heard))
    assert {"client", "case", "note", "service", "referral", "consent", "document"} <= kinds
    assert set(ids.values()) <= set().union(*(c.ids for c in heard))
    assert all(c.touches_case_records() for c in heard)


def test_reads_and_exports_are_not_changes(session: Session) -> None:
    case = clients.register(session, Client("Ana", "Anić"), Case(""))
    heard = _heard(session)
    clients.get_case(session, case.id)  # audited as a view
    session.audit(AuditAction.EXPORT, "document", "d1")
    session.audit(AuditAction.PRINT, "agenda")
    assert heard == []


def test_a_failed_write_tells_nobody(session: Session) -> None:
    case = clients.register(session, Client("Ana", "Anić"), Case(""))
    heard = _heard(session)
    with pytest.raises(RuntimeError), session.write() as conn:
        case_records.add_note(
            session, ContactNote(case.id, datetime(2026, 1, 1, 9), "n", NoteKind.CALL)
        )
        assert conn is not None
        raise RuntimeError("rolled back")
    assert heard == []
    assert case_records.notes(session, case.id) == []


def test_a_failing_listener_does_not_undo_the_write(session: Session) -> None:
    def broken(_changes: Changes) -> None:
        raise ValueError("view failed")

    session.on_change(broken)
    heard = _heard(session)
    case = clients.register(session, Client("Ana", "Anić"), Case(""))
    assert clients.get_case(session, case.id).id == case.id
    assert heard and heard[0].touches("case", "client")


def test_stop_and_lock_end_the_calls(session: Session) -> None:
    heard: list[Changes] = []
    stop = session.on_change(heard.append)
    clients.register(session, Client("Ana", "Anić"), Case(""))
    stop()
    clients.register(session, Client("Ina", "Inić"), Case(""))
    assert len(heard) == 1
    session.on_change(heard.append)
    session.close()
    with pytest.raises(VaultLocked):
        clients.register(session, Client("Una", "Unić"), Case(""))
    assert len(heard) == 1


def test_table_names_fold_to_kinds() -> None:
    changes = Changes.from_audit([("change", "contact_notes", "n1"), ("import", "documents", "")])
    assert changes.touches("note") and changes.touches("document")
    assert changes.touches("contact_notes")
    assert not Changes.from_audit([("change", "user", "u1")]).touches_case_records()


@pytest.mark.parametrize("what", ["note", "document", "service"])
def test_last_change_moves_with_anything_in_the_file(session: Session, what: str) -> None:
    case = clients.register(session, Client("Ana", "Anić"), Case(""))
    before = clients.get_case(session, case.id).updated_at
    time.sleep(1.1)  # the stamp is to the second
    if what == "note":
        case_records.add_note(
            session, ContactNote(case.id, datetime(2026, 1, 1, 9), "n", NoteKind.CALL)
        )
    elif what == "document":
        data = io.BytesIO(_records.document_bytes("x"))
        documents.import_stream(session, case.id, "a.pdf", data.read, len(data.getvalue()))
    else:
        from datetime import date

        from astra_desktop.core.enums import ServiceKind
        from astra_desktop.core.models import ServiceRecord

        case_records.add_entry(session, ServiceRecord(case.id, ServiceKind.LEGAL, date(2026, 1, 2)))
    after = clients.get_case(session, case.id).updated_at
    assert before is not None and after is not None and after > before
    row = next(r for r in clients.case_rows(session, [case.id]))
    assert row.updated_at == after
