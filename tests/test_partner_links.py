"""Schema 22 through the services on real vaults: referrals, hotline referrals and missing-person
inquiries point to the partners registry (free text still allowed), counted per partner; the
hotline's anonymous flag apart from who the caller is, channel, person concerned, follow-up with
due day and owner; missing persons' police report, minor flag, cross-border places, partners
asked and their answers, outcomes and durations; and the upgrade of a schema-21 vault."""

from __future__ import annotations

from datetime import UTC, date, datetime
from pathlib import Path

import pytest

from astra_desktop.core.enums import ExploitationType, Gender, ReferralDirection
from astra_desktop.core.hotline import Call, CallerType, CallQuery, CallTopic, Channel, age_band
from astra_desktop.core.missing import (
    Inquiry,
    InquiryAnswer,
    MissingSearch,
    SearchOutcome,
    SearchQuery,
    SearchStatus,
)
from astra_desktop.core.models import Case, Client, Referral
from astra_desktop.core.partners import Partner, PartnerKind, PartnerUse
from astra_desktop.errors import ValidationError
from astra_desktop.services import (
    case_records,
    clients,
    hotline,
    integrity,
    missing,
    partners,
)
from astra_desktop.services import session as vs
from astra_desktop.storage import audit, migrate
from tests.conftest import ADMIN, ADMIN_PASS


def at(day: date, hour: int = 10) -> object:
    """A clock stopped at `hour` o'clock in Belgrade (winter: UTC+1) on `day`."""
    return lambda: datetime(day.year, day.month, day.day, hour - 1, 0, tzinfo=UTC)


@pytest.fixture
def network(session: vs.Session) -> dict[str, Partner]:
    return {
        "csr": partners.add(session, Partner("Centar za socijalni rad Niš",
                                             PartnerKind.SOCIAL_WELFARE, "Niš")),
        "iom": partners.add(session, Partner("IOM, misija u Srbiji",
                                             PartnerKind.INTERNATIONAL, "Beograd")),
    }  # fmt: skip


# --- referrals and counts ------------------------------------------------------------------------
def test_referrals_point_to_partners_or_keep_a_name(
    session: vs.Session, network: dict[str, Partner]
) -> None:
    case = clients.register(session, Client("Ana", "Anić"), Case(""))
    linked = case_records.add_entry(session, Referral(
        case.id, ReferralDirection.OUT, "typed differently", date(2026, 3, 2),
        partner_id=network["csr"].id))  # fmt: skip
    assert linked.organisation == "Centar za socijalni rad Niš"  # the registry's name kept
    free = case_records.add_entry(session, Referral(
        case.id, ReferralDirection.IN, "  La Strada   Moldova ", date(2026, 3, 3)))  # fmt: skip
    assert (free.partner_id, free.organisation) == (None, "La Strada Moldova")
    stored = case_records.entries(session, Referral, case.id)
    assert {(r.partner_id, r.organisation) for r in stored} == {
        (network["csr"].id, "Centar za socijalni rad Niš"),
        (None, "La Strada Moldova"),
    }
    with pytest.raises(ValidationError) as bad:
        case_records.add_entry(
            session,
            Referral(
                case.id, ReferralDirection.OUT, "X", date(2026, 3, 2), partner_id="no-such-partner"
            ),
        )
    assert bad.value.field == "organisation"
    with pytest.raises(ValidationError, match="type the organisation"):
        case_records.add_entry(session, Referral(case.id, ReferralDirection.OUT, " ",
                                                 date(2026, 3, 2)))  # fmt: skip


def test_per_partner_counts_follow_every_kind_of_record(
    session: vs.Session, network: dict[str, Partner]
) -> None:
    csr, iom = network["csr"].id, network["iom"].id
    case = clients.register(session, Client("Ana", "Anić"), Case(""))
    for _ in range(2):
        case_records.add_entry(session, Referral(case.id, ReferralDirection.OUT, "",
                                                 date(2026, 3, 2), partner_id=csr))  # fmt: skip
    clock = at(date(2026, 3, 2), 12)
    for partner in (csr, iom, None):
        hotline.log_call(session, Call(datetime(2026, 3, 2, 9, 0), CallTopic.REQUEST_FOR_HELP,
                                       partner_id=partner, referral="Policija"), clock)  # fmt: skip
    search = missing.open_search(session, MissingSearch("M. P.", date(2026, 3, 1)), clock=clock)
    for partner in (iom, iom, None):
        missing.ask_partner(session, Inquiry(search.id, "Ambasada", date(2026, 3, 2),
                                             partner_id=partner), clock)  # fmt: skip
    assert partners.usage(session) == {
        csr: PartnerUse(referrals=2, inquiries=0, hotline=1),
        iom: PartnerUse(referrals=0, inquiries=2, hotline=1),
    }
    partners.set_active(session, iom, False)  # an inactive partner keeps its records and counts
    assert partners.usage(session)[iom].total == 3
    assert integrity.check(session).sound


# --- hotline ---------------------------------------------------------------------------------------
def test_an_anonymous_possible_victim_counts_as_a_possible_victim(
    session: vs.Session, network: dict[str, Partner]
) -> None:
    clock = at(date(2026, 3, 2), 20)
    call = hotline.log_call(session, Call(
        datetime(2026, 3, 2, 18, 5), CallTopic.REPORT_OF_EXPLOITATION,
        caller_type=CallerType.POSSIBLE_VICTIM, channel=Channel.SOCIAL_MEDIA,
        person_sex=Gender.FEMALE, person_age=16, person_nationality=" Srbija ",
        exploitation_types=[ExploitationType.SEXUAL, ExploitationType.LABOUR,
                            ExploitationType.SEXUAL],
        exploitation_city="Beč", exploitation_country="Austrija", urgent=True,
        follow_up=True, follow_up_due=date(2026, 3, 4), partner_id=network["csr"].id,
    ), clock)  # fmt: skip
    stored = hotline.get(session, call.id)
    assert stored.anonymous and stored.caller_type is CallerType.POSSIBLE_VICTIM
    assert (stored.channel, stored.person_sex, stored.person_age, stored.person_age_band) == (
        Channel.SOCIAL_MEDIA,
        Gender.FEMALE,
        16,
        "14-17",
    )
    assert stored.person_nationality == "Srbija"
    assert stored.exploitation_types == [ExploitationType.SEXUAL, ExploitationType.LABOUR]
    assert (stored.exploitation_city, stored.exploitation_country, stored.urgent) == (
        "Beč",
        "Austrija",
        True,
    )
    assert stored.follow_up_due == date(2026, 3, 4)
    assert stored.follow_up_owner == session.actor.user_id  # the line worker by default
    assert stored.referral == "Centar za socijalni rad Niš"
    (row,) = hotline.list_calls(session, CallQuery(urgent_only=True))
    assert (row.caller_type, row.anonymous, row.channel, row.urgent) == (
        CallerType.POSSIBLE_VICTIM,
        True,
        Channel.SOCIAL_MEDIA,
        True,
    )
    assert (row.exploitation_place, row.person_age_band, row.follow_up_owner_name) == (
        "Beč, Austrija",
        "14-17",
        ADMIN,
    )
    assert hotline.list_calls(session, CallQuery(channel=Channel.PHONE)) == []
    assert [r.id for r in hotline.list_calls(
        session, CallQuery(partner_id=network["csr"].id))] == [call.id]  # fmt: skip
    details = [e.detail for e in audit.entries(session.db, limit=20, entity_id=call.id)]
    assert not any("Centar" in d or "Srbija" in d for d in details)


@pytest.mark.parametrize(
    ("age", "band"),
    [
        (0, "0-13"),
        (13, "0-13"),
        (14, "14-17"),
        (17, "14-17"),
        (18, "18-24"),
        (24, "18-24"),
        (25, "25-34"),
        (49, "35-49"),
        (50, "50+"),
    ],
)
def test_age_bands(age: int, band: str) -> None:
    assert age_band(age) == band


def test_a_call_refuses_what_does_not_fit(session: vs.Session) -> None:
    clock = at(date(2026, 3, 2), 20)
    when = datetime(2026, 3, 2, 18, 5)
    cases = [
        (Call(when, CallTopic.OTHER, person_age=130), "person_age"),
        (Call(when, CallTopic.OTHER, person_age_band="12-15"), "person_age_band"),
        (Call(when, CallTopic.OTHER, follow_up=True, follow_up_due=date(2026, 3, 1)),
         "follow_up_due"),
        (Call(when, CallTopic.OTHER, exploitation_city="x" * 201), "exploitation_city"),
        (Call(when, CallTopic.OTHER, partner_id="gone"), "referral"),
    ]  # fmt: skip
    for call, field in cases:
        with pytest.raises(ValidationError) as bad:
            hotline.log_call(session, call, clock)
        assert bad.value.field == field
    # without a follow-up nothing is due and nobody owns it
    call = hotline.log_call(
        session,
        Call(
            when,
            CallTopic.OTHER,
            follow_up_due=date(2026, 3, 5),
            follow_up_owner=session.actor.user_id,
        ),
        clock,
    )
    stored = hotline.get(session, call.id)
    assert (stored.follow_up_due, stored.follow_up_owner) == (None, None)


# --- missing persons -------------------------------------------------------------------------------
def _search(session: vs.Session, **fields: object) -> MissingSearch:
    search = MissingSearch("Milica J.", date(2026, 2, 2), **fields)  # type: ignore[arg-type]
    return missing.open_search(session, search, "Prijava", at(date(2026, 2, 2)))


def test_police_report_minor_and_cross_border_places(session: vs.Session) -> None:
    search = _search(session, person_age=16, police_report_number=" KU  123/26 ",
                     police_station="PU Niš", police_reported_on=date(2026, 2, 2),
                     last_seen_country="Srbija", believed_country="Austrija")  # fmt: skip
    stored = missing.get(session, search.id)
    assert stored.minor and stored.police_report_number == "KU 123/26"
    assert (stored.last_seen_country, stored.believed_country) == ("Srbija", "Austrija")
    adult = _search(session, person_age=19, minor=True)  # the age decides when it is known
    assert not missing.get(session, adult.id).minor
    unknown = _search(session, minor=True)  # without an age, the tick says it
    assert missing.get(session, unknown.id).minor
    with pytest.raises(ValidationError) as bad:
        _search(session, police_reported_on=date(2099, 1, 1))
    assert bad.value.field == "police_reported_on"
    with pytest.raises(ValidationError) as bad:
        _search(session, person_age=-1)
    assert bad.value.field == "person_age"
    everything = SearchQuery(statuses=())
    assert [
        r.id for r in missing.search_rows(session, SearchQuery(statuses=(), text="ku 123"))
    ] == [search.id]
    assert [
        r.id for r in missing.search_rows(session, SearchQuery(statuses=(), text="austrija"))
    ] == [search.id]
    (row,) = [r for r in missing.search_rows(session, everything) if r.id == search.id]
    assert (row.minor, row.police_report_number, row.believed_country) == (
        True,
        "KU 123/26",
        "Austrija",
    )


def test_outcomes_and_durations(session: vs.Session) -> None:
    found = _search(session)
    closed = _search(session)
    deceased = _search(session)
    day = date(2026, 2, 12)
    missing.change_status(session, found.id, SearchStatus.FOUND_SAFE, "Javila se", at(day))
    assert missing.get(session, found.id).outcome is SearchOutcome.FOUND_ALIVE  # its default
    missing.change_status(session, closed.id, SearchStatus.CLOSED, "Povučena prijava", at(day))
    assert missing.get(session, closed.id).outcome is SearchOutcome.STILL_MISSING
    missing.change_status(session, deceased.id, SearchStatus.CLOSED, "Policija javila",
                          at(date(2026, 2, 20)), SearchOutcome.FOUND_DECEASED)  # fmt: skip
    with pytest.raises(ValidationError) as bad:  # an open search has no outcome
        missing.change_status(session, found.id, SearchStatus.SEARCHING, "Opet nestala",
                              at(day), SearchOutcome.FOUND_ALIVE)  # fmt: skip
    assert bad.value.field == "outcome"
    with pytest.raises(ValidationError):  # found safe cannot be "found deceased"
        missing.change_status(session, closed.id, SearchStatus.FOUND_SAFE, "x", at(day),
                              SearchOutcome.FOUND_DECEASED)  # fmt: skip
    # a closed search's outcome is corrected later; its day of outcome stays
    missing.change_status(session, closed.id, SearchStatus.CLOSED, "Pronađena, ne želi kontakt",
                          at(date(2026, 3, 1)), SearchOutcome.NO_CONTACT)  # fmt: skip
    stored = missing.get(session, closed.id)
    assert (stored.outcome, stored.closed_on) == (SearchOutcome.NO_CONTACT, day)
    with pytest.raises(ValidationError, match="already has this status"):
        missing.change_status(session, closed.id, SearchStatus.CLOSED, "isto", at(day),
                              SearchOutcome.NO_CONTACT)  # fmt: skip
    rows = {r.id: r for r in missing.search_rows(session, SearchQuery(statuses=()))}
    today = date(2026, 3, 2)
    assert rows[found.id].days(today) == 10 and rows[deceased.id].days(today) == 18
    open_one = _search(session)
    rows = {r.id: r for r in missing.search_rows(session, SearchQuery(statuses=()))}
    assert rows[open_one.id].days(today) == 28  # still open: to today
    by_outcome = missing.search_rows(
        session, SearchQuery(statuses=(), outcome=SearchOutcome.FOUND_DECEASED)
    )
    assert [r.id for r in by_outcome] == [deceased.id]
    timeline = missing.search_history(session, closed.id)
    assert [e.outcome for e in timeline if e.kind == "status"][:2] == [
        SearchOutcome.NO_CONTACT,
        SearchOutcome.STILL_MISSING,
    ]


def test_partners_asked_and_their_answers(session: vs.Session, network: dict[str, Partner]) -> None:
    search = _search(session)
    clock = at(date(2026, 2, 10))
    asked = missing.ask_partner(
        session, Inquiry(search.id, "", date(2026, 2, 3), partner_id=network["iom"].id), clock
    )
    free = missing.ask_partner(session, Inquiry(search.id, "La Strada Moldova",
                                                date(2026, 2, 4)), clock)  # fmt: skip
    assert asked.partner_name == "IOM, misija u Srbiji" and free.partner_id is None
    asked.answer, asked.answered_on = InquiryAnswer.INFORMATION, date(2026, 2, 6)
    asked.answer_note = "Viđena u Beču pre nedelju dana."
    missing.update_inquiry(session, asked, clock)
    stored = missing.inquiries(session, search.id)
    assert [(i.partner_name, i.answer, i.answered_on) for i in stored] == [
        ("IOM, misija u Srbiji", InquiryAnswer.INFORMATION, date(2026, 2, 6)),
        ("La Strada Moldova", InquiryAnswer.PENDING, None),
    ]
    (row,) = missing.search_rows(session, SearchQuery(statuses=()))
    assert (row.asked, row.answered) == (2, 1)
    mine = SearchQuery(statuses=(), partner_id=network["iom"].id)
    assert [r.id for r in missing.search_rows(session, mine)] == [search.id]
    assert (
        missing.search_rows(session, SearchQuery(statuses=(), partner_id=network["csr"].id)) == []
    )
    assert missing.partners_asked(session) == [(network["iom"].id, "IOM, misija u Srbiji")]
    bad_answers = [
        Inquiry(search.id, "X", date(2026, 2, 3), answer=InquiryAnswer.NO_INFORMATION),
        Inquiry(search.id, "X", date(2026, 2, 3), answered_on=date(2026, 2, 4)),
        Inquiry(search.id, "X", date(2026, 2, 5), answered_on=date(2026, 2, 4),
                answer=InquiryAnswer.NO_INFORMATION),
        Inquiry(search.id, "X", date(2026, 2, 11)),
        Inquiry(search.id, " ", date(2026, 2, 3)),
    ]  # fmt: skip
    fields = []
    for inquiry in bad_answers:
        with pytest.raises(ValidationError) as bad:
            missing.ask_partner(session, inquiry, clock)
        fields.append(bad.value.field)
    assert fields == ["answered_on", "answer", "answered_on", "asked_on", "partner"]
    details = [e.detail for e in audit.entries(session.db, limit=50)]
    assert not any("IOM" in d or "Strada" in d or "Beču" in d for d in details)
    assert integrity.check(session).sound


# --- the upgrade -----------------------------------------------------------------------------------
def test_schema_21_vault_upgrades_keeping_every_value(
    session: vs.Session, vault_folder: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Rows written before schema 22 (by raw SQL, as that schema had them) come through with the
    flag and outcome derived and every free-text name kept."""
    session.close()
    current = migrate.available()
    folder = vault_folder.parent / "old"
    monkeypatch.setattr(migrate, "available", lambda: [m for m in current if m[0] <= 21])
    old, _ = vs.create_vault(folder, ADMIN, ADMIN_PASS)
    with old:
        case = clients.register(old, Client("Ana", "Anić"), Case(""))
        db = old.db
        with old.write():
            stamp = "2026-01-01T10:00:00+00:00"
            for n, (caller, contact) in enumerate((("anonymous", ""), ("professional", ""),
                                                   ("family-member", "063 000"))):  # fmt: skip
                db.execute(
                    "INSERT INTO hotline_calls (id, occurred_at, caller_type, topic, referral, "
                    "caller_contact, created_at, updated_at) VALUES (?, ?, ?, 'other', 'Policija', "
                    "?, ?, ?)", (f"call-{n}", f"2026-01-0{n + 1}T10:00:00", caller, contact, stamp,
                                 stamp),
                )  # fmt: skip
            for n, status in enumerate(("found-safe", "closed", "searching")):
                db.execute(
                    "INSERT INTO missing_searches (id, person, status, opened_on, created_at, "
                    "updated_at) VALUES (?, 'M. P.', ?, '2026-01-02', ?, ?)",
                    (f"search-{n}", status, stamp, stamp),
                )
            db.execute(
                "INSERT INTO referrals (id, case_id, direction, organisation, referred_on) "
                "VALUES ('ref-1', ?, 'out', 'Sigurna kuća', '2026-01-03')", (case.id,))  # fmt: skip
    monkeypatch.setattr(migrate, "available", lambda: current)
    with vs.unlock(folder, ADMIN, ADMIN_PASS) as sess:
        assert migrate.current_version(sess.db) == migrate.latest_version()
        calls = {c: hotline.get(sess, c) for c in ("call-0", "call-1", "call-2")}
        assert [(c.caller_type, c.anonymous) for c in calls.values()] == [
            (CallerType.UNKNOWN, True),
            (CallerType.PROFESSIONAL, True),
            (CallerType.FAMILY_MEMBER, False),
        ]
        assert all(c.referral == "Policija" and c.partner_id is None and
                   c.channel is Channel.PHONE for c in calls.values())  # fmt: skip
        outcomes = [missing.get(sess, f"search-{n}").outcome for n in range(3)]
        assert outcomes == [SearchOutcome.FOUND_ALIVE, SearchOutcome.NONE, SearchOutcome.NONE]
        (ref,) = case_records.entries(sess, Referral, case.id)
        assert (ref.organisation, ref.partner_id) == ("Sigurna kuća", None)
        assert integrity.check(sess).sound
