"""Case transfer of records that point to the partners registry (schema 22), between two real
vaults: a bundle carries the partners its records name; the receiver uses its partner with the
same id, or with the same name in the same town (case and accents aside, the records re-pointed
to it), or adds it inactive; nothing is skipped, edits then travel both ways without false
conflicts, a bundle without partners (made before bundles carried them) still imports, a
hotline call's follow-up owner arrives as a placeholder user, and a deleted inquiry travels as a
tombstone."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

import pytest

from astra_desktop.core.enums import ReferralDirection
from astra_desktop.core.hotline import Call, CallTopic
from astra_desktop.core.missing import Inquiry, InquiryAnswer, MissingSearch
from astra_desktop.core.models import Case, Client, Referral
from astra_desktop.core.partners import Partner, PartnerFilter, PartnerKind
from astra_desktop.core.roles import Role
from astra_desktop.services import (
    case_records,
    clients,
    hotline,
    integrity,
    missing,
    partners,
    transfer,
    users,
)
from astra_desktop.services import session as vs
from astra_desktop.storage import transfer_rows
from astra_desktop.storage import transfer_tables as tt
from tests.test_transfer import Laptops, laptops, send

__all__ = ["laptops"]  # the fixture, imported for these tests


@dataclass
class Shared:
    case_id: str
    code: str
    referral: str
    asked_same_id: str  # inquiry to a partner B has under the same id
    asked_same_name: str  # inquiry to a partner B has under another id, same name and town
    call: str
    owner: str  # the follow-up owner, a user of A only
    same_id: str  # A's partner ids
    same_name: str
    only_a: str
    b_same_name: str  # B's partner with the same name and town as `same_name`


def _setup(laptops: Laptops) -> Shared:
    a, b = laptops.a, laptops.b
    same_id = partners.add(a, Partner("IOM, misija u Srbiji", PartnerKind.INTERNATIONAL, "Beograd"))
    # B knows the same partner by the same id (under a name written its own way): used as is.
    partners.add(b, Partner("IOM Srbija", PartnerKind.INTERNATIONAL, "Beograd", id=same_id.id))
    same_name = partners.add(a, Partner("CENTAR ZA SOCIJALNI RAD NIS", PartnerKind.SOCIAL_WELFARE,
                                        "nis"))  # fmt: skip
    b_same = partners.add(b, Partner("Centar za socijalni rad Niš", PartnerKind.SOCIAL_WELFARE,
                                     "Niš"))  # fmt: skip
    only_a = partners.add(a, Partner("Atina", PartnerKind.NGO, "Beograd", contact_person="Jelena",
                                     phone="+381 11 123 4567"))  # fmt: skip
    owner = users.add_user(a, "vera", Role.CASEWORKER, "quiet meadow lantern ninety")
    case = clients.register(a, Client("Olena", "Kovalenko"), Case("", opened_on=date(2026, 2, 1)))
    referral = case_records.add_entry(a, Referral(case.id, ReferralDirection.OUT, "",
                                                  date(2026, 2, 2), partner_id=same_name.id))  # fmt: skip
    search = missing.open_search(a, MissingSearch("O. K.", date(2026, 2, 1)))
    missing.link_case(a, search.id, case.id)
    asked_id = missing.ask_partner(a, Inquiry(search.id, "", date(2026, 2, 3),
                                              partner_id=same_id.id))  # fmt: skip
    asked_name = missing.ask_partner(a, Inquiry(search.id, "", date(2026, 2, 4),
                                                partner_id=same_name.id))  # fmt: skip
    call = hotline.log_call(a, Call(datetime(2026, 2, 5, 9, 30), CallTopic.REQUEST_FOR_HELP,
                                    partner_id=only_a.id, follow_up=True,
                                    follow_up_owner=owner.id))  # fmt: skip
    hotline.link_to_case(a, call.id, case.id)
    code = clients.get_case(a, case.id).case_code
    return Shared(case.id, code, referral.id, asked_id.id, asked_name.id, call.id, owner.id,
                  same_id.id, same_name.id, only_a.id, b_same.id)  # fmt: skip


def _partner_of(sess: vs.Session, table: str, record_id: str) -> str | None:
    row = sess.db.execute(f"SELECT partner_id FROM {table} WHERE id = ?", (record_id,)).fetchone()
    assert row is not None, f"{table} {record_id} is missing"
    return None if row[0] is None else str(row[0])


def test_records_arrive_with_their_partners(laptops: Laptops) -> None:
    a, b = laptops.a, laptops.b
    s = _setup(laptops)
    plan, done = send(a, b, [s.code], laptops.folder)
    assert plan.conflicts == [] and done.skipped == []
    assert done.partners_added == 1  # only the partner B had under neither id nor name
    assert _partner_of(b, "referrals", s.referral) == s.b_same_name  # re-pointed
    assert _partner_of(b, "missing_inquiries", s.asked_same_id) == s.same_id  # used as is
    assert _partner_of(b, "missing_inquiries", s.asked_same_name) == s.b_same_name
    assert _partner_of(b, "hotline_calls", s.call) == s.only_a
    assert partners.get(b, s.same_id).name == "IOM Srbija"  # B's partner is not overwritten
    added = partners.get(b, s.only_a)
    assert (added.name, added.city, added.phone, added.active) == (
        "Atina", "Beograd", "+381 11 123 4567", False)  # fmt: skip
    assert "another laptop" in added.notes
    shown = {p.id for p in partners.find(b, PartnerFilter(active=None))}
    assert {s.only_a, s.b_same_name, s.same_id} <= shown
    assert not b.db.execute("SELECT 1 FROM partners WHERE id = ?", (s.same_name,)).fetchone()
    # the follow-up owner is a placeholder user: named, inactive, no way to log in
    owner = b.db.execute(
        "SELECT c.follow_up_owner, u.username, u.active, u.slot_id FROM hotline_calls c "
        "JOIN users u ON u.id = c.follow_up_owner WHERE c.id = ?",
        (s.call,),
    ).fetchone()
    assert tuple(owner) == (s.owner, "vera", 0, None)
    assert partners.usage(b)[s.b_same_name].total == 2
    assert integrity.check(b).sound


def test_edits_travel_both_ways_without_false_conflicts(laptops: Laptops) -> None:
    a, b = laptops.a, laptops.b
    s = _setup(laptops)
    send(a, b, [s.code], laptops.folder)
    b_code = clients.get_case(b, s.case_id).case_code
    asked = missing.get_inquiry(b, s.asked_same_name)  # re-pointed on B
    asked.answer, asked.answered_on = InquiryAnswer.INFORMATION, date(2026, 2, 6)
    missing.update_inquiry(b, asked)
    plan, done = send(b, a, [b_code], laptops.folder)
    assert plan.conflicts == [] and done.skipped == [] and done.partners_added == 0
    assert plan.updated == 1  # the answer; the re-pointed referral counts as unchanged
    back = missing.get_inquiry(a, s.asked_same_name)
    assert back.answer == InquiryAnswer.INFORMATION
    assert back.partner_id == s.same_name  # A's own partner again (same name and town)
    assert _partner_of(a, "referrals", s.referral) == s.same_name
    again = missing.get_inquiry(a, s.asked_same_name)
    again.answer_note = "Viđena u Beču."
    missing.update_inquiry(a, again)
    plan, done = send(a, b, [s.code], laptops.folder)
    assert plan.conflicts == [] and plan.updated == 1 and done.partners_added == 0
    assert missing.get_inquiry(b, s.asked_same_name).answer_note == "Viđena u Beču."
    assert _partner_of(b, "missing_inquiries", s.asked_same_name) == s.b_same_name
    assert integrity.check(a).sound and integrity.check(b).sound


def test_bundle_without_partners_still_imports(
    laptops: Laptops, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A bundle made before bundles carried partners: each record's partner is found by the
    name the record keeps (one partner here with that name), or added with that name."""
    a, b = laptops.a, laptops.b
    s = _setup(laptops)
    with monkeypatch.context() as m:
        m.setattr(transfer_rows, "partners_by_id", lambda conn, ids: [])
        out = laptops.folder / "old.astratransfer"
        exported = transfer.export_cases(a, [s.code], out)
    opened = transfer.open_bundle(out, exported.passphrase)
    assert not any(msg.get("type") == "partner" for msg in opened.messages())
    plan = transfer.plan_import(b, opened)
    done = transfer.apply_import(b, plan)
    assert plan.conflicts == [] and done.skipped == []
    assert _partner_of(b, "referrals", s.referral) == s.b_same_name  # the name alone matched
    assert _partner_of(b, "missing_inquiries", s.asked_same_id) == s.same_id
    assert _partner_of(b, "hotline_calls", s.call) == s.only_a
    assert partners.get(b, s.only_a).name == "Atina" and done.partners_added == 1
    assert integrity.check(b).sound


def test_deleted_inquiries_travel_as_tombstones(laptops: Laptops) -> None:
    a, b = laptops.a, laptops.b
    s = _setup(laptops)
    send(a, b, [s.code], laptops.folder)
    with a.write() as conn:  # no screen deletes an inquiry yet: as a future one would
        conn.execute(
            "DELETE FROM missing_inquiries WHERE id IN (?, ?)", (s.asked_same_id, s.asked_same_name)
        )
    tombs = {t.record_id: t for t in tt.tombstones_for(a.db, [s.case_id], [])}
    assert tombs[s.asked_same_name].table == "missing_inquiries"
    assert tombs[s.asked_same_name].case_id == s.case_id
    plan, done = send(a, b, [s.code], laptops.folder)
    assert plan.conflicts == [] and done.deleted == 2  # the re-pointed one too
    assert done.skipped == []
    left = b.db.execute("SELECT count(*) FROM missing_inquiries").fetchone()[0]
    assert left == 0
    assert integrity.check(b).sound


@pytest.mark.parametrize(
    ("table", "word"),
    [("missing_inquiries", "missing-person inquiry"), ("hotline_calls", "hotline call"),
     ("some_new_entries", "some new entry"), ("witness_addresses", "witness address"),
     ("speeches", "speech"), ("hearing_attendance", "hearing attendance")],
)  # fmt: skip
def test_every_table_has_a_proper_singular(table: str, word: str) -> None:
    assert transfer.label(table) == word


def test_every_transferred_table_reads_well(laptops: Laptops) -> None:
    for table in tt.case_tables(laptops.a.db):
        name = transfer.label(table.name)
        assert not name.endswith(("ie", "ss")) or name.endswith("address"), name
        if table.has_id:  # a record that can be deleted leaves a tombstone
            found = laptops.a.db.execute(
                "SELECT 1 FROM sqlite_master WHERE type = 'trigger' AND name = ?",
                (f"tombstone_{table.name}",),
            ).fetchone()
            assert found, table.name
