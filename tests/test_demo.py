"""Demo data: fictional, deterministic, made through the services, and a sound vault afterwards."""

from __future__ import annotations

import shutil
import unicodedata
from pathlib import Path

import pytest

from astra_desktop import demo
from astra_desktop.core import folding
from astra_desktop.core.models import Client
from astra_desktop.demo import clients as demo_clients
from astra_desktop.demo import vault as demo_vault
from astra_desktop.errors import AstraError
from astra_desktop.services import clients, integrity, search
from astra_desktop.services import session as vs
from astra_desktop.storage import audit
from tests.conftest import ADMIN, ADMIN_PASS


def snapshot(sess: vs.Session) -> list[tuple[object, ...]]:
    """What the records say, without ids and timestamps (those differ between runs by design)."""
    db = sess.db
    people = db.execute(
        "SELECT ca.case_code, cl.given_name, cl.family_name, cl.aliases, cl.date_of_birth, "
        "cl.gender, cl.citizenships, ca.status, ca.exploitation_types, ca.means_of_control, "
        "ca.opened_on FROM cases ca JOIN clients cl ON cl.id = ca.client_id ORDER BY ca.case_code"
    ).fetchall()
    notes = db.execute(
        "SELECT ca.case_code, n.occurred_at, n.kind, n.body FROM contact_notes n "
        "JOIN cases ca ON ca.id = n.case_id ORDER BY 1, 2, 4"
    ).fetchall()
    entries = db.execute(
        "SELECT ca.case_code, s.kind, s.provided_on, s.provider FROM services s "
        "JOIN cases ca ON ca.id = s.case_id ORDER BY 1, 2, 3, 4"
    ).fetchall()
    docs = db.execute("SELECT filename, sha256 FROM documents ORDER BY filename").fetchall()
    return [*people, *notes, *entries, *docs]


def count(sess: vs.Session, table: str) -> int:
    return int(sess.db.execute(f"SELECT count(*) FROM {table}").fetchone()[0])


def second_vault(tmp_path: Path, vault_template: tuple[Path, str]) -> vs.Session:
    folder = tmp_path / "second" / "vault"
    shutil.copytree(vault_template[0], folder)
    return vs.unlock(folder, ADMIN, ADMIN_PASS)


def test_same_seed_same_records_other_seed_other_records(
    session: vs.Session, tmp_path: Path, vault_template: tuple[Path, str]
) -> None:
    demo.fill(session, 15, seed=7)
    with second_vault(tmp_path, vault_template) as other:
        demo.fill(other, 15, seed=7)
        assert snapshot(other) == snapshot(session)
    (tmp_path / "third").mkdir()
    with second_vault(tmp_path / "third", vault_template) as third:
        demo.fill(third, 15, seed=8)
        assert snapshot(third) != snapshot(session)


def test_counts_names_search_and_check(session: vs.Session) -> None:
    cases = demo.fill(session, 50, seed=1)
    assert count(session, "clients") == 50
    assert count(session, "cases") == cases >= 50
    assert count(session, "contact_notes") >= cases
    assert count(session, "consents") > 0
    assert count(session, "services") > 0
    assert count(session, "referrals") > 0
    notes = [r[0] for r in session.db.execute("SELECT body FROM contact_notes")]
    assert all(body.startswith("[DEMO]") for body in notes)

    names = [
        f"{g} {f}" for g, f in session.db.execute("SELECT given_name, family_name FROM clients")
    ]
    assert any(any("CYRILLIC" in unicodedata.name(ch, "") for ch in n) for n in names)
    assert any(any(ch in "čćđšžČĆĐŠŽ" for ch in n) for n in names)
    assert any(not n.isascii() and not any("CYRILLIC" in unicodedata.name(c, "") for c in n)
               for n in names)  # fmt: skip

    families = {f for (f,) in session.db.execute("SELECT family_name FROM clients")}
    for family in families:
        typed = folding.fold(family)  # as typed on a keyboard without the script or diacritics
        hits = search.search(session, typed, limit=200)
        assert any(family in hit.client_name for hit in hits), family

    report = integrity.check(session)
    assert report.sound, report.problems
    assert report.counts["clients"] == 50


def test_every_record_is_audited(session: vs.Session) -> None:
    demo.fill(session, 5, seed=3)
    audited = {(e.entity, e.entity_id) for e in audit.entries(session.db, limit=10_000)}
    for (client_id,) in session.db.execute("SELECT id FROM clients"):
        assert ("client", client_id) in audited
    for (note_id,) in session.db.execute("SELECT id FROM contact_notes"):
        assert ("note", note_id) in audited


def test_batches_commit_and_progress_can_stop(
    session: vs.Session, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(demo_vault, "BATCH", 4)
    monkeypatch.setattr(demo_vault, "PROGRESS_EVERY", 3)
    seen: list[tuple[int, int]] = []

    def progress(done: int, total: int) -> bool:
        seen.append((done, total))
        return done < 6

    demo.fill(session, 20, progress=progress)
    assert seen == [(3, 20), (6, 20)]
    assert count(session, "clients") == 6  # the stopped batch keeps its whole clients
    assert integrity.check(session).sound


def test_refuses_a_vault_with_real_cases(session: vs.Session) -> None:
    clients.register(session, Client("Ana", "Ilić"))
    with pytest.raises(AstraError, match="not demo data"):
        demo.fill(session, 1)
    assert count(session, "clients") == 1


def test_png_is_a_real_png() -> None:
    data = demo_clients._png(4, 3, 128)
    assert data.startswith(b"\x89PNG\r\n\x1a\n") and data.endswith(b"IEND\xaeB`\x82")
