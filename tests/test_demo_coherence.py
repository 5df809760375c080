"""Demo data that a reader of the NGO's reports would believe: calls whose length fits the channel
and the topic, courts with their own city's prosecutor, offences named as in the Criminal Code,
dates in order; and enough of everything for each annual figure to have something to count.

One small demo vault (100 clients, real SQLCipher) is made once for the module and only read."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from datetime import date, datetime
from pathlib import Path
from typing import Any

import pytest

from astra_desktop import demo
from astra_desktop.core.court import PostponedBy
from astra_desktop.core.hotline import Channel
from astra_desktop.core.missing import SearchOutcome, SearchStatus
from astra_desktop.demo import court as demo_court
from astra_desktop.demo import hotline as demo_hotline
from astra_desktop.services import session as vs
from tests.conftest import ADMIN, ADMIN_PASS

# Offence names as the Criminal Code gives them (docs/legal-sources.md §7a); 389/390 unconfirmed.
OFFENCES = {
    "388": "Trgovina ljudima",
    "184": "Posredovanje u vršenju prostitucije",
    "183": "Podvođenje i omogućavanje vršenja polnog odnosa",
}
CITY = {"Beogradu", "Novom Sadu", "Nišu", "Kraljevu"}


@pytest.fixture(scope="module")
def db(
    tmp_path_factory: pytest.TempPathFactory, vault_template: tuple[Path, str]
) -> Iterator[object]:
    folder = tmp_path_factory.mktemp("demo") / "vault"
    shutil.copytree(vault_template[0], folder)
    sess = vs.unlock(folder, ADMIN, ADMIN_PASS)
    with pytest.MonkeyPatch.context() as patch:  # 100 clients: a search per 15 cases, so that
        patch.setattr(demo_hotline, "CASES_PER_SEARCH", 15)  # each way a search ends is there
        demo.fill(sess, 100, seed=1)
    yield sess.db
    sess.close()


def rows(db: Any, sql: str) -> list[tuple[Any, ...]]:
    return list(db.execute(sql).fetchall())


def day(text: object) -> date:
    return date.fromisoformat(str(text)[:10])


# --- the hotline -----------------------------------------------------------------------------
def test_call_lengths_fit_channel_and_topic(db: object) -> None:
    calls = rows(
        db, "SELECT channel, topic, duration_minutes, note, occurred_at FROM hotline_calls"
    )
    assert calls
    for channel, topic, minutes, note, when in calls:
        if channel in ("sms", "email", "social-media"):
            assert minutes == 0, (channel, minutes)  # a message has no minutes on the line
        elif channel == "walk-in":
            assert 15 <= minutes <= 90
            moment = datetime.fromisoformat(str(when))
            assert moment.weekday() < 5 and 9 <= moment.hour < 17  # office hours
        if demo.MARK + " " + "Poziv prekinut" in str(note):
            assert channel == "phone" and minutes <= 1  # dropped: seconds, not 12 minutes
        if topic == "other" and channel == "phone":
            assert minutes <= 5
        assert minutes <= 60


def test_callers_fit_what_the_note_says(db: object) -> None:
    for caller, note, referral in rows(db, "SELECT caller_type, note, referral FROM hotline_calls"):
        if "Majka" in str(note) or "Brat" in str(note):
            assert caller == "family-member"
        if "Student" in str(note) or "Poziv prekinut" in str(note):
            assert caller == "unknown" and referral == ""


def test_calls_cover_every_hotline_figure(db: object) -> None:
    channels = {r[0] for r in rows(db, "SELECT DISTINCT channel FROM hotline_calls")}
    assert channels == {c.value for c in Channel}
    assert rows(db, "SELECT count(*) FROM hotline_calls WHERE urgent = 1")[0][0] > 0
    anonymous_victims = rows(
        db,
        "SELECT count(*) FROM hotline_calls WHERE anonymous = 1 AND caller_type = 'possible-victim'",
    )[0][0]
    assert anonymous_victims > 0
    referred = rows(db, "SELECT count(*) FROM hotline_calls WHERE partner_id IS NOT NULL")[0][0]
    assert referred > 0
    for when, due, owner in rows(
        db, "SELECT occurred_at, follow_up_due, follow_up_owner FROM hotline_calls WHERE follow_up"
    ):
        assert due is not None and day(due) >= day(when) and owner


# --- missing persons -------------------------------------------------------------------------
def test_searches_cover_every_outcome_with_dates_in_order(db: object) -> None:
    found = rows(db, "SELECT status, outcome FROM missing_searches")
    assert {s for s, _o in found} == {s.value for s in SearchStatus}
    assert {o for _s, o in found} == {o.value for o in SearchOutcome}
    assert rows(db, "SELECT count(*) FROM missing_searches WHERE police_report_number <> ''")[0][0]
    assert rows(db, "SELECT count(*) FROM missing_searches WHERE minor = 1")[0][0] > 0
    abroad = rows(
        db,
        "SELECT count(*) FROM missing_searches WHERE last_seen_country NOT IN ('', 'Srbija') "
        "OR believed_country NOT IN ('', 'Srbija')",
    )[0][0]
    assert abroad > 0
    answered = rows(db, "SELECT count(*) FROM missing_inquiries WHERE answer <> ''")[0][0]
    assert answered > 0
    for sid, opened, last_seen, closed in rows(
        db, "SELECT id, opened_on, last_seen_on, closed_on FROM missing_searches"
    ):
        assert day(last_seen) <= day(opened)
        events = [
            day(r[0])
            for r in rows(
                db,
                f"SELECT answered_on FROM missing_inquiries WHERE search_id = '{sid}' "
                "AND answered_on IS NOT NULL",
            )
        ] + [
            day(r[0])
            for r in rows(
                db,
                f"SELECT done_on FROM missing_actions WHERE search_id = '{sid}' "
                "AND done_on IS NOT NULL",
            )
        ]
        assert all(e >= day(opened) for e in events)
        if closed is not None:
            assert day(closed) > day(opened) and all(e < day(closed) for e in events)
        changes = [day(r[0]) for r in rows(db, "SELECT changed_at FROM missing_status_changes "
                                               f"WHERE search_id = '{sid}' ORDER BY changed_at")]  # fmt: skip
        assert changes[0] == day(opened)


# --- courts ------------------------------------------------------------------------------------
def test_each_court_with_its_own_citys_prosecutor(db: object) -> None:
    pairs = rows(db, "SELECT court, prosecutor_office FROM proceedings") + rows(
        db, "SELECT court, prosecutor_office FROM monitored_trials"
    )
    assert pairs
    for court, office in pairs:
        assert str(court).startswith("Viši sud u ")  # first instance for Art. 388
        city = str(court).removeprefix("Viši sud u ")
        assert city in CITY and office == f"Više javno tužilaštvo u {city}"


def test_offences_named_as_in_the_criminal_code(db: object) -> None:
    named = (
        rows(db, "SELECT article, offence FROM charges")
        + rows(db, "SELECT article, offence FROM trial_charges")
        + rows(
            db,
            "SELECT convicted_article, convicted_offence FROM proceedings "
            "WHERE convicted_article <> ''",
        )
        + rows(
            db,
            "SELECT convicted_article, convicted_offence FROM monitored_trials "
            "WHERE convicted_article <> ''",
        )
    )
    assert named
    for article, offence in named:
        assert OFFENCES[str(article)] == offence


def test_court_dates_in_order(db: object) -> None:
    today = date.today()
    for table, hearing_dates in (
        ("proceedings", "SELECT a.starts_at FROM hearings h JOIN appointments a "
                        "ON a.id = h.appointment_id WHERE h.proceeding_id = '{id}'"),
        ("monitored_trials", "SELECT held_on FROM trial_hearings WHERE trial_id = '{id}' "
                             "AND status <> 'planned'"),
    ):  # fmt: skip
        for pid, opened, verdict_on, served, plea_on in rows(
            db,
            f"SELECT id, opened_on, verdict_on, judgment_served_on, plea_agreement_on FROM {table}",
        ):
            held = sorted(day(r[0]) for r in rows(db, hearing_dates.format(id=pid)))
            assert all(day(opened) < h for h in held)
            if verdict_on is not None:
                assert held and held[-1] <= day(verdict_on) <= today
                if served is not None:
                    assert day(verdict_on) < day(served) <= today
                if plea_on is not None:
                    assert day(opened) < day(plea_on) <= day(verdict_on)
            else:
                assert served is None
    planned = rows(db, "SELECT held_on FROM trial_hearings WHERE status = 'planned'")
    assert planned and all(day(r[0]) > today for r in planned)


def test_compensation_never_above_the_claim(db: object) -> None:
    for table in ("proceedings", "monitored_trials"):
        for claimed, awarded, decision in rows(
            db,
            f"SELECT compensation_claimed, compensation_awarded, property_claim_decision "
            f"FROM {table}",
        ):
            if awarded is not None:
                assert claimed is not None and 0 < int(awarded) <= int(claimed)
                assert decision in ("granted", "partly-granted")


def test_monitored_trials_cover_every_trial_figure(db: object) -> None:
    marks = rows(db, "SELECT party, summoned, present, testified FROM trial_attendance")
    victims = [m for m in marks if m[0] == "victim"]
    assert any(m[1] for m in victims) and any(m[2] for m in victims) and any(m[3] for m in victims)
    assert any(m[3] for m in marks if m[0] == "defendant")
    assert all(m[2] for m in marks if m[3])  # nobody testified without coming
    causes = {
        r[0] for r in rows(db, "SELECT postponed_by FROM trial_hearings WHERE status = 'postponed'")
    }
    assert causes == {c.value for c in PostponedBy}
    within, other = False, False
    for old_article, old_par, new_article, new_par in rows(
        db,
        "SELECT o.article, o.paragraph, n.article, n.paragraph FROM trial_charges n "
        "JOIN trial_charges o ON o.id = n.replaces_id",
    ):
        within |= old_article == new_article == "388" and old_par != new_par
        other |= old_article == "388" and new_article != "388"
    assert within and other
    decided = rows(
        db,
        "SELECT plea_agreement, sentence_months, compensation_claimed, compensation_awarded "
        "FROM monitored_trials WHERE verdict = 'convicted'",
    )
    assert any(d[0] for d in decided) and all(d[1] for d in decided)
    assert any(d[2] for d in decided) and any(d[3] for d in decided)
    for text, _months in rows(db, "SELECT sentence, sentence_months FROM monitored_trials "
                                 "WHERE verdict = 'convicted'"):  # fmt: skip
        assert str(text).startswith("kazna zatvora u trajanju od ")


def test_postponements_put_to_the_party_that_caused_them(db: object) -> None:
    for reason, cause in rows(
        db,
        "SELECT postponement_reason, postponed_by FROM trial_hearings WHERE status = 'postponed' "
        "UNION ALL SELECT postponement_reason, postponed_by FROM hearings WHERE postponement_reason <> ''",
    ):
        assert demo_court.CAUSE[str(reason)].value == cause


def test_sentences_plausible_for_the_offence(db: object) -> None:
    for article, paragraph, months, plea in rows(
        db,
        "SELECT convicted_article, convicted_paragraph, sentence_months, plea_agreement "
        "FROM proceedings WHERE verdict = 'convicted' UNION ALL "
        "SELECT convicted_article, convicted_paragraph, sentence_months, plea_agreement "
        "FROM monitored_trials WHERE verdict = 'convicted'",
    ):
        assert months is not None
        if article == "388" and not plea:
            least = 36 if paragraph == "1" else 60
            assert least <= int(months) <= 180
        elif article != "388":
            assert int(months) <= 60


def test_durations_text_in_serbian() -> None:
    assert demo_court._duration(42) == "3 godine i 6 meseci"
    assert demo_court._duration(60) == "5 godina"
    assert demo_court._duration(13) == "1 godina i 1 mesec"


def test_courts_sit_on_working_days(db: Any) -> None:
    days = [day(r[0]) for r in rows(db, "SELECT held_on FROM trial_hearings")] + [
        day(r[0])
        for r in rows(
            db, "SELECT a.starts_at FROM hearings h JOIN appointments a ON a.id = h.appointment_id"
        )
    ]
    assert days and all(demo_court.workday(d) == d for d in days)
    assert demo_court.workday(date(2027, 1, 2)) == date(2027, 1, 4)  # Saturday, and a holiday


def test_calls_and_searches_dated_with_their_cases_and_in_the_past(db: Any) -> None:
    today = date.today()
    for when, link, opened in rows(
        db, "SELECT h.occurred_at, h.case_link, c.opened_on FROM hotline_calls h "
        "LEFT JOIN cases c ON c.id = h.case_id"
    ):  # fmt: skip
        assert day(when) < today
        if link == "converted":
            assert day(when) == day(opened)  # the call opened the case that day
        elif link == "linked":
            assert day(opened) <= day(when)
    this_year = rows(db, f"SELECT count(*) FROM hotline_calls WHERE occurred_at >= '{today.year}'")
    assert this_year[0][0] > 0  # the current year's figures have calls too
    found = rows(
        db, "SELECT s.status, s.closed_on, c.opened_on FROM missing_searches s "
        "JOIN cases c ON c.id = s.case_id"
    )  # fmt: skip
    assert found
    for status, closed, opened in found:
        assert status == "found-exploited" and day(opened) <= day(closed) < today
    assert all(day(r[0]) < today for r in rows(db, "SELECT opened_on FROM missing_searches"))
    for due, done in rows(db, "SELECT follow_up_due, follow_up_done FROM hotline_calls "
                              "WHERE follow_up"):  # fmt: skip
        assert not done or day(due) < today
