"""A client's related persons and identifying details (schema 13): the service with its roles and
audit trail, case transfer, CSV import, and "case code only" court documents that name neither."""

from __future__ import annotations

import io
from datetime import date, datetime, timedelta
from pathlib import Path

import pytest
from pypdf import PdfReader

from astra_desktop.core.changes import Changes
from astra_desktop.core.disclosure import Choices
from astra_desktop.core.enums import Relation, Role
from astra_desktop.core.models import Case, Client, ContactNote, RelatedPerson
from astra_desktop.core.validation import jmbg_warnings
from astra_desktop.errors import ImportRejected, NotFound, PermissionDenied, ValidationError
from astra_desktop.services import (
    case_records,
    clients,
    court_documents,
    csv_import,
    integrity,
    related_persons,
    transfer,
    users,
)
from astra_desktop.services import session as vs
from astra_desktop.storage import audit
from astra_desktop.storage import transfer_tables as tt
from astra_desktop.storage.rows import ConflictError
from tests._vaults import CHEAP_KDF
from tests.conftest import CASEWORKER, CASEWORKER_PASS

JMBG = "1705990715006"

ALL_NOTES = Choices(all_notes=True)  # notes go into court documents only when chosen


def register(sess: vs.Session, **client_kw: object) -> Case:
    client = Client("Jelena", "Đorđević", **client_kw)  # type: ignore[arg-type]
    return clients.register(sess, client, Case(client.id, opened_on=date(2025, 3, 1)))


def test_add_list_update_remove_audited(session: vs.Session) -> None:
    case = register(session)
    heard: list[Changes] = []
    session.on_change(heard.append)
    mother = related_persons.add(
        session, RelatedPerson(case.client_id, " Milica Petrović ", Relation.MOTHER)
    )
    partner = related_persons.add(
        session, RelatedPerson(case.client_id, "Dragan", Relation.PARTNER, is_risk=True,
                               contact="+381 63 111 2222", address="Cara Dušana 5, Niš"),
    )  # fmt: skip
    assert heard and heard[-1].touches("related-person") and heard[-1].touches_case_records()
    listed = related_persons.of_client(session, case.client_id)
    assert [p.name for p in listed] == ["Dragan", "Milica Petrović"]  # the risk first
    assert listed[0].relation is Relation.PARTNER and listed[0].is_risk
    assert listed[0].version == 1 and listed[0].created_at is not None

    stale = related_persons.get(session, mother.id)
    mother.relation = Relation.GUARDIAN
    related_persons.update(session, mother)
    assert related_persons.get(session, mother.id).relation is Relation.GUARDIAN
    stale.notes = "older copy"
    with pytest.raises(ConflictError):
        related_persons.update(session, stale)
    with pytest.raises(ValidationError, match="name"):
        related_persons.add(session, RelatedPerson(case.client_id, "  ", Relation.FRIEND))

    related_persons.remove(session, partner.id)
    assert [p.id for p in related_persons.of_client(session, case.client_id)] == [mother.id]
    with pytest.raises(NotFound):
        related_persons.get(session, partner.id)
    trail = [(e.action, e.entity, e.entity_id) for e in audit.entries(session.db, limit=50)]
    for action, person in (("create", mother), ("create", partner), ("change", mother),
                           ("delete", partner)):  # fmt: skip
        assert (action, "related-person", person.id) in trail
    assert all("Milica" not in e.detail for e in audit.entries(session.db, limit=50))
    assert integrity.check(session).sound
    # the client's other record goes with the client
    clients.delete_case(session, case.id)
    assert session.db.execute("SELECT count(*) FROM related_persons").fetchone()[0] == 0


def test_roles(session: vs.Session, vault_folder: Path) -> None:
    mine, other = register(session), register(session)
    person = related_persons.add(session, RelatedPerson(mine.client_id, "Sestra", Relation.SIBLING))
    users.add_user(session, CASEWORKER, Role.CASEWORKER, CASEWORKER_PASS)
    users.add_user(session, "vid", Role.VIEWER, "viewer passphrase that is long", all_cases=True)
    clients.assign(session, mine.id, users.get_user(session, CASEWORKER).id)
    session.close()
    with vs.unlock(vault_folder, CASEWORKER, CASEWORKER_PASS) as sess:
        assert [p.id for p in related_persons.of_client(sess, mine.client_id)] == [person.id]
        related_persons.add(sess, RelatedPerson(mine.client_id, "Otac", Relation.FATHER))
        with pytest.raises(NotFound, match="assigned to you"):
            related_persons.of_client(sess, other.client_id)
        with pytest.raises(NotFound):
            related_persons.add(sess, RelatedPerson(other.client_id, "X", Relation.OTHER))
        with pytest.raises(PermissionDenied):  # removing is for an administrator
            related_persons.remove(sess, person.id)
    with vs.unlock(vault_folder, "vid", "viewer passphrase that is long") as sess:
        assert len(related_persons.of_client(sess, mine.client_id)) == 2
        with pytest.raises(PermissionDenied):
            related_persons.add(sess, RelatedPerson(mine.client_id, "Y", Relation.FRIEND))
        person.notes = "x"
        with pytest.raises(PermissionDenied):
            related_persons.update(sess, person)


def test_personal_number_refused_if_not_13_digits_warned_if_it_does_not_add_up(
    session: vs.Session,
) -> None:
    with pytest.raises(ValidationError, match="13 digits"):
        register(session, personal_number="170599071500")
    with pytest.raises(ValidationError, match="13 digits"):
        register(session, personal_number="17O5990715006")
    case = register(session, personal_number="1705990 715006", date_of_birth=date(1990, 5, 17))
    client = clients.get_client(session, case.client_id)
    assert jmbg_warnings(client) == []
    client.personal_number = "1705990715003"  # a typing error in the control digit: saved
    client.date_of_birth = date(1990, 5, 18)
    clients.update_client(session, client)
    stored = clients.get_client(session, case.client_id)
    assert stored.personal_number == "1705990715003"
    assert jmbg_warnings(stored) == ["control-digit", "other-birth-date"]
    assert jmbg_warnings(Client("a", "b", personal_number="3213990710006")) == [
        "control-digit",
        "not-a-date",
    ]


def test_transfer_carries_related_persons_and_identifying_details(tmp_path: Path) -> None:
    a, _ = vs.create_vault(tmp_path / "a", "marija", "copper violin thunder meadow",
                           kdf_params=CHEAP_KDF)  # fmt: skip
    b, _ = vs.create_vault(tmp_path / "b", "jovan", "quartz meadow lantern ribbon",
                           kdf_params=CHEAP_KDF)  # fmt: skip
    with a, b:
        assert "related_persons" in [t.name for t in tt.case_tables(a.db)]
        case = register(a, personal_number=JMBG, id_document_number="P1234567",
                        address="Bulevar oslobođenja 12", place_of_residence="Novi Sad",
                        place_of_birth="Leskovac")  # fmt: skip
        kept = related_persons.add(a, RelatedPerson(case.client_id, "Milica", Relation.MOTHER))
        gone = related_persons.add(
            a, RelatedPerson(case.client_id, "Dragan", Relation.FORMER_PARTNER, is_risk=True)
        )

        def send(src: vs.Session, dst: vs.Session, n: int) -> transfer.ImportPlan:
            out = tmp_path / f"bundle-{n}.astratransfer"
            exported = transfer.export_cases(src, [clients.get_case(src, case.id).case_code], out)
            plan = transfer.plan_import(dst, transfer.open_bundle(out, exported.passphrase))
            transfer.apply_import(dst, plan)
            return plan

        assert send(a, b, 1).conflicts == []
        there = related_persons.of_client(b, case.client_id)
        assert [(p.id, p.relation, p.is_risk) for p in there] == [
            (gone.id, Relation.FORMER_PARTNER, True), (kept.id, Relation.MOTHER, False)]  # fmt: skip
        client = clients.get_client(b, case.client_id)
        assert (client.personal_number, client.id_document_number, client.address,
                client.place_of_residence, client.place_of_birth) == (
            JMBG, "P1234567", "Bulevar oslobođenja 12", "Novi Sad", "Leskovac")  # fmt: skip
        # a removal travels too (a tombstone), an edit arrives without a question
        related_persons.remove(a, gone.id)
        kept.notes = "Zove nedeljom."
        related_persons.update(a, kept)
        assert send(a, b, 2).conflicts == []
        there = related_persons.of_client(b, case.client_id)
        assert [(p.id, p.notes) for p in there] == [(kept.id, "Zove nedeljom.")]
        assert integrity.check(b).sound


def test_csv_import_reads_related_persons_and_identifying_details(
    session: vs.Session, tmp_path: Path
) -> None:
    path = tmp_path / "in.csv"
    path.write_text(
        "given_name;family_name;jmbg;passport_number;address;residence;birthplace;related_persons\n"
        f"Jelena;Đorđević;{JMBG};P1234567;Bulevar 12;Novi Sad;Leskovac;"
        "Milica Đorđević (majka)|Dragan (former-partner, rizik)|Komšinica Vera\n",
        encoding="utf-8",
    )
    result = csv_import.import_csv(session, path)
    assert result.clients == 1 and result.warnings == []
    client_id = session.db.execute("SELECT id FROM clients").fetchone()[0]
    client = clients.get_client(session, client_id)
    assert (client.personal_number, client.id_document_number, client.address,
            client.place_of_residence, client.place_of_birth) == (
        JMBG, "P1234567", "Bulevar 12", "Novi Sad", "Leskovac")  # fmt: skip
    found = {p.name: (p.relation, p.is_risk) for p in related_persons.of_client(session, client_id)}
    assert found == {
        "Milica Đorđević": (Relation.MOTHER, False),
        "Dragan": (Relation.FORMER_PARTNER, True),
        "Komšinica Vera": (Relation.OTHER, False),
    }
    bad = tmp_path / "bad.csv"
    bad.write_text(
        "given_name,family_name,personal_number,related_persons\n"
        "Ana,Anić,123,Marko (partner)\n"
        "Iva,Ivić,,Marko (uncle)\n"
        "Eva,Ević,,Marko (partner\n",
        encoding="utf-8",
    )
    with pytest.raises(ImportRejected) as exc:
        csv_import.import_csv(session, bad)
    text = str(exc.value)
    assert "line 2: A personal number (JMBG) has 13 digits" in text
    assert "line 3: “uncle” is not a known relation" in text
    assert "line 4: “Marko (partner” is not a related person" in text
    assert session.db.execute("SELECT count(*) FROM clients").fetchone()[0] == 1


@pytest.mark.parametrize(
    ("lang", "label"), [("sr-Latn", "majka"), ("sr-Cyrl", "мајка"), ("en", "mother")]
)
def test_case_code_only_document_names_the_relation_not_the_person(
    session: vs.Session, lang: str, label: str
) -> None:
    case = register(session, personal_number=JMBG, id_document_number="P1234567",
                    address="Bulevar oslobođenja 12", place_of_residence="Novi Sad")  # fmt: skip
    related_persons.add(session, RelatedPerson(case.client_id, "Milica Radosavljević",
                                               Relation.MOTHER, address="Cara Lazara 7"))  # fmt: skip
    when = datetime.now() - timedelta(days=1)
    body = (f"Jelena je došla sa Milicom Radosavljević. JMBG {JMBG}, pasoš P1234567, "
            "stanuje u ulici Bulevar oslobođenja 12 u Novom Sadu, majka u ulici Cara Lazara 7.")  # fmt: skip
    case_records.add_note(session, ContactNote(case.id, when, body))
    pdf = court_documents.build(session, "chronology", case.id, lang, False, {}, choices=ALL_NOTES)
    text = " ".join(" ".join(p.extract_text().split()) for p in PdfReader(io.BytesIO(pdf)).pages)
    code = clients.get_case(session, case.id).case_code
    assert code in text and label in text
    for secret in ("Milic", "Радосављ", "Radosavlj", JMBG, "P1234567", "Bulevar oslobo",
                   "Cara Lazara", "Jelena", "Novom Sad", "Нов"):  # fmt: skip
        assert secret not in text, secret
    named = court_documents.build(session, "chronology", case.id, lang, True, {}, choices=ALL_NOTES)
    named_text = " ".join(p.extract_text() for p in PdfReader(io.BytesIO(named)).pages)
    # With names chosen nothing is taken out; a Cyrillic document prints typed text in Cyrillic.
    expected = "Радосављ" if lang == "sr-Cyrl" else "Radosavlj"
    assert expected in " ".join(named_text.split())
