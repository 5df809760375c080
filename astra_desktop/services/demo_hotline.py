"""Fictional SOS hotline calls and missing-person searches for demo vaults (see services/demo.py).

Through the same services as real work. Most calls are anonymous and never become cases, as on
the real line; some opened one of the batch's demo cases, a few joined one later. Searches are
left in every state: still searching (some with an action due around today, so the reminders
have something to show), paused, found safe or in exploitation (then linked to a case), closed.
Each status change is dated by running the services on a clock set to that moment.
"""

from __future__ import annotations

import random
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from typing import TypeVar

from astra_desktop.core.appointments import BELGRADE, Clock
from astra_desktop.core.hotline import Call, CallerType, CallTopic
from astra_desktop.core.missing import ActionKind, MissingSearch, SearchAction, SearchStatus
from astra_desktop.services import hotline, missing
from astra_desktop.services.session import Session

T = TypeVar("T")
MARK = "[DEMO]"
FIRST_DAY = date(2019, 1, 7)
LAST_DAY = date(2025, 12, 19)
CALLS_PER_CASE = 0.3  # about 750 calls for a batch of 2,000 clients
CASES_PER_SEARCH = 250

TOPICS = {
    CallTopic.JOB_OFFER_CHECK: 34, CallTopic.SAFE_MIGRATION: 14,
    CallTopic.REPORT_OF_EXPLOITATION: 12, CallTopic.MISSING_PERSON: 7,
    CallTopic.REQUEST_FOR_HELP: 13, CallTopic.OTHER: 20,
}  # fmt: skip
CALLERS = {
    CallerType.ANONYMOUS: 45, CallerType.POSSIBLE_VICTIM: 18, CallerType.FAMILY_MEMBER: 17,
    CallerType.FRIEND: 8, CallerType.PROFESSIONAL: 12,
}  # fmt: skip
LANGUAGES = {"sr": 74, "en": 5, "uk": 6, "ru": 3, "ro": 4, "bg": 2, "hu": 2, "vi": 2, "ar": 2}
NOTES = {
    CallTopic.JOB_OFFER_CHECK: (
        "Provera oglasa za posao konobarice u Nemačkoj; savetovana da traži ugovor na srpskom.",
        "Ponuda za rad na građevini u Sloveniji, plata unapred obećana; agencija nije registrovana.",
        "Oglas na društvenoj mreži za negovateljicu u Italiji; objašnjeni znaci upozorenja.",
    ),
    CallTopic.SAFE_MIGRATION: (
        "Pitanja o radnoj vizi za Maltu; upućen na Nacionalnu službu za zapošljavanje.",
        "Kako proveriti agenciju za zapošljavanje u inostranstvu; poslata lista provera.",
    ),
    CallTopic.REPORT_OF_EXPLOITATION: (
        "Radnici na imanju bez plate tri meseca, pasoši kod poslodavca.",
        "Komšija prijavljuje da devojke ne izlaze iz stana; dogovoren kontakt sa policijom.",
    ),
    CallTopic.MISSING_PERSON: (
        "Majka prijavljuje da se ćerka ne javlja dve nedelje posle odlaska na posao u inostranstvo.",
        "Brat traži pomoć: sestra nestala posle poznanstva preko interneta.",
    ),
    CallTopic.REQUEST_FOR_HELP: (
        "Osoba traži smeštaj i pravnu pomoć; poslodavac preti.",
        "Mladić traži pomoć da se vrati kući; dokumenti oduzeti.",
    ),
    CallTopic.OTHER: (
        "Student traži materijal za seminarski rad.",
        "Pitanje o volontiranju u organizaciji.",
        "Poziv prekinut posle nekoliko sekundi.",
    ),
}
REFERRALS = ("", "", "", "Policija", "Centar za zaštitu žrtava trgovine ljudima",
             "Centar za socijalni rad", "Nacionalna služba za zapošljavanje", "IOM Beograd")  # fmt: skip
PERSONS = ("Devojka, 17 godina", "Milica (19)", "Jovana", "Mladić, oko 20 godina", "Ana M.",
           "Olena (22)", "Muškarac, 35 godina", "Ivana, 16 godina")  # fmt: skip
PLACES = ("Autobuska stanica, Niš", "Beograd, Novi Beograd", "Granični prelaz Horgoš",
          "Subotica", "Beč, Austrija", "Podgorica")  # fmt: skip
REPORTERS = (("Majka", "Samo na ovaj broj, posle 17 h"), ("Brat", "Preko socijalne radnice"),
             ("Drugarica", "Poruka, ne zvati"), ("Otac", "Fiksni telefon, uveče"))  # fmt: skip
ACTIONS = {
    ActionKind.POLICE_REPORT: "Prijava nestanka u policijskoj upravi",
    ActionKind.PARTNER_ORGANISATION: "Kontakt sa partnerskom organizacijom u zemlji odredišta",
    ActionKind.EMBASSY: "Upit ambasadi",
    ActionKind.SOCIAL_WELFARE: "Obavešten centar za socijalni rad",
    ActionKind.FAMILY_CONTACT: "Razgovor sa porodicom",
    ActionKind.MEDIA_APPEAL: "Apel na društvenim mrežama (uz saglasnost porodice)",
}
OUTCOMES = {
    SearchStatus.FOUND_SAFE: "Pronađena, na sigurnom; javila se porodici",
    SearchStatus.FOUND_EXPLOITED: "Pronađena u situaciji eksploatacije; pokrenuta podrška",
    SearchStatus.CLOSED: "Porodica povukla prijavu",
    SearchStatus.PAUSED: "Nema novih informacija; čeka se odgovor policije",
}


@dataclass
class HotlineDemo:
    calls: int = 0
    searches: int = 0


def _at(moment: datetime) -> Clock:
    """A clock stopped at a Belgrade wall-clock moment."""
    aware = moment.replace(tzinfo=BELGRADE) if BELGRADE is not None else moment.replace(tzinfo=UTC)
    return lambda: aware


def _day(rng: random.Random, start: date, end: date) -> date:
    return start + timedelta(days=rng.randrange(max(1, (end - start).days + 1)))


def _pick(rng: random.Random, weights: dict[T, int]) -> T:
    return rng.choices(list(weights), list(weights.values()))[0]


def fill_hotline(
    session: Session, rng: random.Random, case_ids: Sequence[str], today: date | None = None
) -> HotlineDemo:
    """Calls (about CALLS_PER_CASE per case) and a search per CASES_PER_SEARCH cases."""
    today = today or date.today()
    made = HotlineDemo()
    spare = list(case_ids)
    rng.shuffle(spare)
    with session.write():
        for _ in range(max(1, round(len(case_ids) * CALLS_PER_CASE))):
            _call(session, rng, spare)
            made.calls += 1
        for _ in range(1 + len(case_ids) // CASES_PER_SEARCH):
            _search(session, rng, spare, today)
            made.searches += 1
    return made


def _call(session: Session, rng: random.Random, spare: list[str]) -> None:
    topic, caller = _pick(rng, TOPICS), _pick(rng, CALLERS)
    when = datetime.combine(
        _day(rng, FIRST_DAY, LAST_DAY), time(rng.randint(8, 21), rng.randrange(60))
    )
    call = Call(
        when, topic, caller_type=caller, language=_pick(rng, LANGUAGES),
        duration_minutes=rng.choice((1, 2, 3, 5, 5, 8, 10, 12, 15, 20, 30, 45)),
        note=f"{MARK} {rng.choice(NOTES[topic])}", referral=rng.choice(REFERRALS),
        follow_up=rng.random() < 0.15,
    )  # fmt: skip
    call.follow_up_done = call.follow_up and rng.random() < 0.8
    hotline.log_call(session, call)
    helpful = topic in (CallTopic.REPORT_OF_EXPLOITATION, CallTopic.REQUEST_FOR_HELP)
    if spare and helpful and rng.random() < 0.35:
        hotline.link_to_case(session, call.id, spare.pop(), opened_the_case=rng.random() < 0.8)


def _search(session: Session, rng: random.Random, spare: list[str], today: date) -> None:
    opened = _day(rng, FIRST_DAY, LAST_DAY - timedelta(days=40))
    reporter, contact = rng.choice(REPORTERS)
    search = MissingSearch(
        rng.choice(PERSONS), opened, person_details=f"{MARK} opis: visina oko 165 cm",
        last_seen_on=opened - timedelta(days=rng.randint(2, 30)), last_seen_place=rng.choice(PLACES),
        reporter=reporter, reporter_contact=contact,
    )  # fmt: skip
    moment = datetime.combine(opened, time(10, 0))
    missing.open_search(session, search, f"{MARK} Prijava na SOS telefon", _at(moment))
    day = opened
    for kind in rng.sample(list(ACTIONS), rng.randint(1, 3)):
        day = day + timedelta(days=rng.randint(0, 6))
        action = SearchAction(search.id, kind, description=f"{MARK} {ACTIONS[kind]}", done_on=day)
        missing.add_action(session, action, _at(datetime.combine(day, time(12, 0))))
    ending = rng.choices(
        (SearchStatus.SEARCHING, SearchStatus.PAUSED, SearchStatus.FOUND_SAFE,
         SearchStatus.FOUND_EXPLOITED, SearchStatus.CLOSED), (30, 15, 30, 10, 15),
    )[0]  # fmt: skip
    if ending is SearchStatus.SEARCHING:  # still open: a next step due around today
        due = today + timedelta(days=rng.randint(-3, 10))
        kind = rng.choice(list(ACTIONS))
        action = SearchAction(search.id, kind, description=f"{MARK} {ACTIONS[kind]}", due_on=due)
        missing.add_action(session, action, _at(datetime.combine(day, time(12, 0))))
        return
    day = day + timedelta(days=rng.randint(1, 30))
    missing.change_status(
        session,
        search.id,
        ending,
        f"{MARK} {OUTCOMES[ending]}",
        _at(datetime.combine(day, time(15, 0))),
    )
    if ending is SearchStatus.FOUND_EXPLOITED and spare:
        missing.link_case(session, search.id, spare.pop())
