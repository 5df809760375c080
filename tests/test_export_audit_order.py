"""A plaintext export is audited before its file appears under its final name: a crash or kill
between the two leaves an audited attempt, never an unaudited file."""

from __future__ import annotations

import io
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from astra_desktop.core.models import Client
from astra_desktop.services import clients, documents, hotline_stats, monitoring
from astra_desktop.services import court_documents as cdoc
from astra_desktop.services import session as vs
from astra_desktop.storage import audit


class Killed(BaseException):
    """Stands for the process dying: nothing after it runs."""


def _exports(session: vs.Session) -> dict[str, tuple[Any, str, Callable[[Path], object]]]:
    case = clients.register(session, Client("Order", "Check"))
    data = b"%PDF-1.4 a scanned statement"
    doc = documents.import_stream(session, case.id, "s.pdf", io.BytesIO(data).read, len(data))
    pdf = cdoc.build(session, "chronology", case.id)
    return {
        "document": (documents.os, "replace",
                     lambda t: documents.export_copy(session, doc.id, t)),
        "court pdf": (cdoc.os, "replace",
                      lambda t: cdoc.export(session, case.id, "chronology", "sr-Latn", False, pdf, t)),
        "monitoring csv": (monitoring, "write_atomic",
                           lambda t: monitoring.export_csv(session, t)),
        "hotline csv": (hotline_stats, "write_atomic",
                        lambda t: hotline_stats.export_csv(session, t)),
    }  # fmt: skip


KINDS = ["document", "court pdf", "monitoring csv", "hotline csv"]


def _export_entries(session: vs.Session) -> int:
    return sum(e.action == "export" for e in audit.entries(session.db, limit=1000))


@pytest.mark.parametrize("kind", KINDS)
def test_killed_before_the_file_appears_leaves_the_attempt_audited(
    session: vs.Session, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, kind: str
) -> None:
    module, name, export = _exports(session)[kind]
    before = _export_entries(session)

    def killed(*args: object, **kwargs: object) -> None:
        assert _export_entries(session) == before + 1  # already committed when the file appears
        raise Killed

    monkeypatch.setattr(module, name, killed)
    target = tmp_path / "out" / "file"
    target.parent.mkdir()
    with pytest.raises(Killed):
        export(target)
    assert _export_entries(session) == before + 1
    assert not target.exists()


@pytest.mark.parametrize("kind", KINDS)
def test_no_file_without_its_audit_entry(
    session: vs.Session, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, kind: str
) -> None:
    """The reverse order never happens: if the audit entry cannot be written, no file is."""
    _module, _name, export = _exports(session)[kind]

    def audit_fails(*args: object, **kwargs: object) -> None:
        raise Killed

    monkeypatch.setattr(session, "audit", audit_fails)
    out = tmp_path / "out"
    out.mkdir()
    with pytest.raises(Killed):
        export(out / "file")
    assert list(out.iterdir()) == []


def test_a_failed_write_after_the_audit_leaves_no_part_file(
    session: vs.Session, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    module, name, export = _exports(session)["document"]
    monkeypatch.setattr(module, name, lambda *a: (_ for _ in ()).throw(OSError(5, "I/O error")))
    out = tmp_path / "out"
    out.mkdir()
    with pytest.raises(OSError):
        export(out / "copy.pdf")
    assert list(out.iterdir()) == []
