"""The storage functions the services' SQL moved into (issue 18): on a real vault with a full
fictional court case, each returns what the service used to read itself, in the same order."""

from __future__ import annotations

import re

from astra_desktop import demo
from astra_desktop.core.appointments import AppointmentKind
from astra_desktop.core.court import HearingKind
from astra_desktop.core.models import Consent, Referral, ServiceRecord
from astra_desktop.services import audit_trail, case_records, proceedings
from astra_desktop.services.session import Session
from astra_desktop.storage import appointments as appointments_db
from astra_desktop.storage import audit, cases, database, meta, rows
from astra_desktop.storage import case_records as records_db
from astra_desktop.storage import proceedings as proceedings_db
from astra_desktop.storage import risk as risk_db
from tests import _court_case


def test_a_proceeding_read_back(session: Session) -> None:
    made = _court_case.make(session, notes=2)
    conn, pid = session.db, made.proceeding_id
    assert proceedings_db.case_of(conn, pid) == made.case_id
    assert proceedings_db.case_of(conn, "no such proceeding") is None
    assert [p.id for p in proceedings_db.of_case(conn, made.case_id)] == [pid]
    assert [d.label for d in proceedings_db.defendants(conn, pid)] == ["M. P.", "S. J."]
    charges = proceedings_db.charges(conn, pid)
    assert [c.article for c in charges] == ["388 st. 1", "388 st. 1", "184"]
    replaced = {c.replaces_id for c in charges if c.replaces_id}
    assert [proceedings_db.is_requalified(conn, c.id) for c in charges] == [
        c.id in replaced for c in charges
    ] and len(replaced) == 1
    scheduled = proceedings_db.scheduled_hearings(conn, pid)
    assert len(scheduled) == made.hearings == 4
    assert scheduled[0].kind is HearingKind.PRELIMINARY
    assert [h.starts_at for h in scheduled] == sorted(h.starts_at for h in scheduled)
    assert [f"{h.starts_at:%d.%m.%Y}" for h in scheduled] == made.hearing_days


def test_the_case_file_read_back(session: Session) -> None:
    made = _court_case.make(session, notes=3)
    conn, case_id = session.db, made.case_id
    notes = records_db.notes(conn, case_id)
    assert len(notes) == 3 and notes[0].occurred_at > notes[-1].occurred_at
    services = records_db.entries(conn, ServiceRecord, case_id)
    assert [s.provided_on for s in services] == sorted(
        (s.provided_on for s in services), reverse=True
    )
    assert len(services) == 4
    assert [r.organisation for r in records_db.entries(conn, Referral, case_id)] == [
        "Centar za socijalni rad Savski venac"
    ]
    others = appointments_db.of_case_besides_hearings(conn, case_id)
    assert [a.kind for a in others] == [AppointmentKind.MEDICAL]
    assert [e.kind for e in risk_db.events(conn, case_id)] == ["testimony"]
    consent = case_records.record_consent(
        session, Consent(made.client.id, notes[0].occurred_at.date(), "Podaci za sud")
    )
    assert records_db.consent_exists(conn, consent.id)
    assert not records_db.consent_exists(conn, "no such consent")
    assert [c.id for c in records_db.consents(conn, made.client.id)] == [consent.id]
    assert cases.closed_on(conn, case_id) is None


def test_deleting_a_proceeding_takes_its_hearings_appointments(session: Session) -> None:
    made = _court_case.make(session, notes=1)
    before = rows.count(session.db, "appointments")
    proceedings.delete(session, made.proceeding_id)
    assert rows.count(session.db, "appointments") == before - made.hearings
    assert appointments_db.of_case_besides_hearings(session.db, made.case_id) != []
    assert rows.count(session.db, "proceedings") == 0


def test_counts_versions_and_the_vaults_name(session: Session) -> None:
    assert cases.count_unmarked(session.db, demo.MARK) == 0
    _court_case.make(session, notes=1)
    assert cases.count_unmarked(session.db, demo.MARK) == 1 == demo.real_cases(session)
    logged = len(audit.entries(session.db, limit=1_000_000))
    assert rows.count(session.db, "audit_log") == logged > 0
    assert audit_trail.verify(session).entries == logged
    found = database.library_versions(session.db)
    assert re.fullmatch(r"4\.\d+\.\d+.*", found["SQLCipher"]), found
    assert re.fullmatch(r"3\.\d+\.\d+", found["SQLite"]), found
    assert meta.organisation(session.db) is not None
