"""The partners registry (schema 21) on real vaults: adding, editing, making inactive, finding by
kind, town, service and words; roles; the audit trail (ids only); a partner is never deleted; an
older copy of the partners' page is caught; an old vault upgrades; the demo's referral network."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from astra_desktop.core.changes import Changes
from astra_desktop.core.enums import Role
from astra_desktop.core.partners import (
    BAD_EMAIL,
    BAD_PHONE,
    NAME_MISSING,
    Partner,
    PartnerFilter,
    PartnerKind,
    PartnerService,
)
from astra_desktop.demo.partners import MARK, demo_partners, fill_partners
from astra_desktop.errors import PermissionDenied, ValidationError, VaultDamaged
from astra_desktop.services import integrity, partners, users
from astra_desktop.services import session as vs
from astra_desktop.storage import audit, database, digest, migrate
from astra_desktop.storage.rows import ConflictError
from tests._vaults import PAGE, keyed_session
from tests.conftest import ADMIN, ADMIN_PASS, CASEWORKER, CASEWORKER_PASS
from tests.fixtures.make_vault_fixture import ADMIN as FIXTURE_ADMIN
from tests.fixtures.make_vault_fixture import PASSPHRASE as FIXTURE_PASS

K, S = PartnerKind, PartnerService
VIEWER, VIEWER_PASS = "vid", "viewer passphrase that is long"
LAWYER, LAWYER_PASS = "petar", "lawyer passphrase that is long"


def csr(**kw: object) -> Partner:
    fields: dict[str, object] = {
        "name": "Centar za socijalni rad Novi Sad", "kind": K.SOCIAL_WELFARE, "city": "Novi Sad",
        "country": "Srbija", "contact_person": "Dežurni socijalni radnik",
        "phone": "+381 21 000 0001", "email": "csr.ns@example.org",
        "services": [S.FINANCIAL, S.DOCUMENTS], "notes": "Prijem radnim danima 8–15.",
    }  # fmt: skip
    return Partner(**(fields | kw))  # type: ignore[arg-type]


def names(found: list[Partner]) -> list[str]:
    return [p.name for p in found]


def test_add_edit_find_audited_with_ids_only(session: vs.Session) -> None:
    heard: list[Changes] = []
    session.on_change(heard.append)
    a = partners.add(session, csr(name="  Centar za socijalni rad Novi Sad ",
                                  services=[S.DOCUMENTS, S.FINANCIAL, S.DOCUMENTS]))  # fmt: skip
    assert heard[-1].touches("partner") and a.id in heard[-1].ids
    b = partners.add(session, Partner("IOM Srbija", K.INTERNATIONAL, "Београд", "Srbija",
                                      services=[S.REPATRIATION], email="iom@example.org"))  # fmt: skip
    c = partners.add(session, Partner("Sigurna kuća", K.SHELTER, "beograd ", services=[S.SHELTER],
                                      notes="Prijem preko centra za socijalni rad."))  # fmt: skip
    stored = partners.get(session, a.id)
    assert stored.name == "Centar za socijalni rad Novi Sad"  # trimmed
    assert stored.services == [S.DOCUMENTS, S.FINANCIAL]  # each once, in the list's order
    assert (stored.kind, stored.city, stored.version) == (K.SOCIAL_WELFARE, "Novi Sad", 1)
    assert stored.created_at is not None and stored.active

    # filters: kind, the town however written, what they provide, words (folded, as prefixes)
    assert names(partners.find(session, PartnerFilter(kind=K.SHELTER))) == ["Sigurna kuća"]
    assert set(names(partners.find(session, PartnerFilter(city="Beograd")))) == {b.name, c.name}
    assert set(names(partners.find(session, PartnerFilter(city="БЕОГРАД")))) == {b.name, c.name}
    assert names(partners.find(session, PartnerFilter(offers=S.REPATRIATION))) == [b.name]
    assert set(names(partners.find(session, PartnerFilter(text="socijal")))) == {a.name, c.name}
    assert names(partners.find(session, PartnerFilter(text="kuca prij"))) == [c.name]
    assert names(partners.find(session, PartnerFilter(text="iom@example"))) == [b.name]
    assert partners.find(session, PartnerFilter(text="nema")) == []
    assert partners.cities(session) == ["Београд", "Novi Sad"]  # Београд, beograd: one town
    assert names(partners.find(session)) == [a.name, b.name, c.name]  # abeceda: C I S
    assert names(partners.find(session, alphabet="cyrillic")) == [b.name, c.name, a.name]  # И С Ц

    # editing: a stale copy is refused, never saved over the newer one
    stale = partners.get(session, a.id)
    edited = partners.get(session, a.id)
    edited.phone, edited.services = "+381 21 000 0002, 064 000 0003", [S.PSYCHOLOGICAL]
    partners.update(session, edited)
    again = partners.get(session, a.id)
    assert (again.phone, again.services, again.version) == (edited.phone, [S.PSYCHOLOGICAL], 2)
    stale.notes = "older copy"
    with pytest.raises(ConflictError):
        partners.update(session, stale)

    # the same name in the same town (however written) is one partner
    with pytest.raises(ValidationError, match="already in the registry") as dup:
        partners.add(session, Partner("CENTAR ZA SOCIJALNI RAD NOVI SAD", K.SOCIAL_WELFARE,
                                      "Нови Сад"))  # fmt: skip
    assert dup.value.field == "name"
    partners.add(session, Partner("Centar za socijalni rad Novi Sad", city="Subotica"))
    moved = partners.get(session, c.id)
    moved.name, moved.city = a.name, "Novi Sad"
    with pytest.raises(ValidationError, match="already in the registry"):
        partners.update(session, moved)

    trail = audit.entries(session.db, limit=100)
    mine = [(e.action, e.entity_id) for e in trail if e.entity == "partner"]
    for action, p in (("create", a), ("create", b), ("create", c), ("change", a)):
        assert (action, p.id) in mine
    for e in trail:  # ids, never the partner's name or contact
        for secret in ("Centar", "IOM", "Sigurna", " 000 ", "example.org", "Dežurni"):
            assert secret not in e.detail and secret not in e.entity_id
    assert integrity.check(session).sound


@pytest.mark.parametrize(
    ("change", "field", "message"),
    [
        ({"name": "   "}, "name", NAME_MISSING),
        ({"name": "x" * 201}, "name", "at most 200 characters"),
        ({"notes": "x" * 4001}, "notes", "at most 4000 characters"),
        ({"phone": "zovi sutra"}, "phone", BAD_PHONE),
        ({"phone": "+381 11"}, "phone", BAD_PHONE),
        ({"email": "kontakt.example.org"}, "email", BAD_EMAIL),
        ({"email": "a@b.rs; pogrešno"}, "email", BAD_EMAIL),
        ({"kind": "sud"}, "kind", "Choose what kind"),
        ({"services": ["smeštaj"]}, "services", "Choose what the partner provides"),
    ],
)
def test_validation_names_the_field_and_says_what_to_do(
    session: vs.Session, change: dict[str, object], field: str, message: str
) -> None:
    with pytest.raises(ValidationError) as info:
        partners.add(session, csr(**change))
    assert info.value.field == field and message in str(info.value)
    assert partners.find(session, PartnerFilter(active=None)) == []


def test_several_numbers_and_addresses_are_accepted(session: vs.Session) -> None:
    p = partners.add(session, csr(phone="011/000-0001, (064) 000 0002",
                                  email="a@example.org; b@example.org"))  # fmt: skip
    assert partners.get(session, p.id).email == "a@example.org; b@example.org"


def test_inactive_not_deleted(session: vs.Session) -> None:
    p = partners.add(session, csr())
    other = partners.add(session, Partner("Viši sud u Novom Sadu", K.COURT, "Novi Sad"))
    partners.set_active(session, p.id, False)
    assert names(partners.find(session)) == [other.name]
    assert names(partners.find(session, PartnerFilter(active=False))) == [p.name]
    assert names(partners.find(session, PartnerFilter(active=None))) == [other.name, p.name]
    assert not partners.get(session, p.id).active
    partners.set_active(session, p.id, False)  # already inactive: nothing written
    details = [e.detail for e in audit.entries(session.db, limit=20) if e.entity_id == p.id]
    assert details.count("deactivated") == 1
    # the database itself refuses to delete a partner (records point to it by id)
    with pytest.raises(database.DatabaseError, match="never deleted"), session.write() as conn:
        conn.execute("DELETE FROM partners WHERE id = ?", (p.id,))
    assert partners.get(session, p.id).name == p.name
    assert not hasattr(partners, "remove") and not hasattr(partners, "delete")
    partners.set_active(session, p.id, True)
    assert partners.get(session, p.id).active
    assert "reactivated" in [e.detail for e in audit.entries(session.db, limit=5)]
    assert integrity.check(session).sound


def test_roles(session: vs.Session, vault_folder: Path) -> None:
    p = partners.add(session, csr())
    closed = partners.add(session, Partner("Sklonište koje je zatvoreno", K.SHELTER, "Beograd"))
    stale = partners.get(session, closed.id)  # a caseworker's copy, read before it was closed
    partners.set_active(session, closed.id, False)
    users.add_user(session, CASEWORKER, Role.CASEWORKER, CASEWORKER_PASS)
    users.add_user(session, LAWYER, Role.LAWYER, LAWYER_PASS)
    users.add_user(session, VIEWER, Role.VIEWER, VIEWER_PASS)
    session.close()
    for name, secret in ((CASEWORKER, CASEWORKER_PASS), (LAWYER, LAWYER_PASS)):
        with vs.unlock(vault_folder, name, secret) as sess:
            assert partners.may_edit(sess) and not partners.may_change_activity(sess)
            made = partners.add(sess, Partner(f"Ambasada ({name})", K.EMBASSY, "Beograd"))
            mine = partners.get(sess, made.id)
            mine.phone = "+381 11 000 0009"
            partners.update(sess, mine)
            with pytest.raises(PermissionDenied, match="Only an administrator"):
                partners.set_active(sess, p.id, False)
            theirs = partners.get(sess, p.id)
            theirs.active = False
            with pytest.raises(PermissionDenied, match="Only an administrator"):
                partners.update(sess, theirs)
            with pytest.raises(PermissionDenied):
                partners.add(sess, Partner(f"Neaktivan ({name})", active=False))
            assert partners.get(sess, p.id).active
            stale.notes = "Radi vikendom."  # saving over the newer, inactive version: refused
            with pytest.raises(ConflictError):
                partners.update(sess, stale)
    with vs.unlock(vault_folder, VIEWER, VIEWER_PASS) as sess:
        assert not partners.may_edit(sess)
        assert len(partners.find(sess)) == 3 and partners.get(sess, p.id).name == p.name
        assert partners.cities(sess) == ["Beograd", "Novi Sad"]
        with pytest.raises(PermissionDenied):
            partners.add(sess, Partner("Novi partner"))
        viewed = partners.get(sess, p.id)
        viewed.notes = "x"
        with pytest.raises(PermissionDenied):
            partners.update(sess, viewed)
    with vs.unlock(vault_folder, ADMIN, ADMIN_PASS) as sess:
        assert partners.set_active(sess, p.id, False).active is False
        assert sess.actor.role is Role.ADMIN and integrity.check(sess).sound


def _rootpage(db: Path, key: bytes, salt: bytes, table: str) -> int:
    copy = db.with_name("probe.db")
    shutil.copyfile(db, copy)
    conn = database.connect(copy, key, salt)
    try:
        sql = "SELECT rootpage FROM sqlite_master WHERE name = ?"
        return int(conn.execute(sql, (table,)).fetchone()[0])
    finally:
        conn.close()
        copy.unlink()


def test_an_older_copy_of_the_partners_page_is_caught(vault_folder: Path) -> None:
    """A partner's row put back as it was (its page taken from an older copy of vault.db): the
    table's content sum no longer adds up, so unlock refuses and `check` names the table."""
    db = vault_folder / "vault.db"
    with vs.unlock(vault_folder, ADMIN, ADMIN_PASS) as sess:
        p = partners.add(sess, csr())
        key, salt = bytes(sess.data_key), sess.keyfile.db_salt
    old = db.read_bytes()
    with vs.unlock(vault_folder, ADMIN, ADMIN_PASS) as sess:
        edited = partners.get(sess, p.id)
        edited.phone = "+381 21 000 0999"
        partners.update(sess, edited)
    new = db.read_bytes()
    page = _rootpage(db, key, salt, "partners")
    assert len(new) == len(old)
    at = slice((page - 1) * PAGE, page * PAGE)
    assert old[at] != new[at]
    db.write_bytes(new[: at.start] + old[at] + new[at.stop :])
    with pytest.raises(VaultDamaged, match="do not match the rest") as info:
        vs.unlock(vault_folder, ADMIN, ADMIN_PASS, full_check=True)
    assert "partners" in str(info.value)
    inspector = keyed_session(vault_folder, key, salt)
    try:
        assert "partners" in digest.stale_tables(inspector.db)
        report = integrity.check(inspector)
    finally:
        inspector.close()
    assert not report.sound and any("partners" in str(p) for p in report.problems), report.problems


def test_an_older_vault_gets_the_registry(tmp_path: Path) -> None:
    fixture = Path(__file__).parent / "fixtures" / "vault-schema-17"
    folder = tmp_path / "vault"
    shutil.copytree(fixture, folder)
    with vs.unlock(folder, FIXTURE_ADMIN, FIXTURE_PASS) as sess:
        assert migrate.current_version(sess.db) == migrate.latest_version() >= 21
        triggers = {r[0] for r in sess.db.execute(
            "SELECT name FROM sqlite_master WHERE type = 'trigger' AND tbl_name = 'partners'")}  # fmt: skip
        assert {"digest_partners_i", "digest_partners_u", "digest_partners_d",
                "partners_never_deleted"} <= triggers  # fmt: skip
        assert "partners" in digest.stored(sess.db)
        partners.add(sess, csr())
        assert integrity.check(sess).sound


def test_demo_partners(session: vs.Session) -> None:
    made = demo_partners()
    assert len(made) >= 10
    assert {p.kind for p in made} >= set(PartnerKind) - {K.OTHER}
    assert "Centar za zaštitu žrtava trgovine ljudima" in names(made)
    for p in made:  # fictional contacts, marked
        assert p.notes.startswith(MARK) and p.email.endswith("@example.org")
        assert " 000 " in p.phone and p.country == "Srbija"
    assert fill_partners(session) == len(made)
    assert fill_partners(session) == 0  # a second demo run adds no twins
    stored = partners.find(session, PartnerFilter(active=None))
    assert sorted(names(stored)) == sorted(names(made))
    assert {p.city for p in stored} == {"Beograd", "Novi Sad", "Niš"}
    assert names(partners.find(session, PartnerFilter(kind=K.POLICE))) == [
        "Policijska uprava za grad Beograd"
    ]
    assert integrity.check(session).sound
