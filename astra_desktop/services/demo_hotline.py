"""Fictional SOS hotline calls and missing-person searches for demo vaults (see services/demo.py).

Through the same services as real work. Most calls are anonymous and never become cases, as on
the real line; some opened one of the batch's demo cases, a few joined one later. Contacts come by
phone mostly, some by SMS, e-mail, social media or in person, and their minutes fit the channel
(a dropped call lasts a minute). Calls about exploitation, help or a missing person describe the
person concerned (sex, age band, nationality) and, when reported, the kind and place of the
exploitation; some are urgent. Referrals and inquiries name partners of the demo registry
(services/demo_partners.py) by id. Searches are left in every state: still searching (some with
an action due around today, so the reminders have something to show), paused, found safe or in
exploitation (then linked to a case), closed with an outcome (still missing, found deceased,
does not want contact); each has a police report and the partners asked with their answers.
Each status change is dated by running the services on a clock set to that moment.
"""

from __future__ import annotations

import random
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from typing import TypeVar

from astra_desktop.core.appointments import BELGRADE, Clock
from astra_desktop.core.enums import ExploitationType, Gender
from astra_desktop.core.hotline import AGE_BANDS, Call, CallerType, CallTopic, Channel
from astra_desktop.core.missing import (
    ActionKind,
    Inquiry,
    InquiryAnswer,
    MissingSearch,
    SearchAction,
    SearchOutcome,
    SearchStatus,
)
from astra_desktop.services import demo_partners, hotline, missing
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
    CallerType.UNKNOWN: 30, CallerType.POSSIBLE_VICTIM: 28, CallerType.FAMILY_MEMBER: 20,
    CallerType.FRIEND: 9, CallerType.PROFESSIONAL: 13,
}  # fmt: skip
CHANNELS = {Channel.PHONE: 70, Channel.SMS: 6, Channel.EMAIL: 8, Channel.SOCIAL_MEDIA: 11,
            Channel.WALK_IN: 5}  # fmt: skip
# Minutes spent: a phone call's length; writing back to a message; a visit to the office.
MINUTES = {
    Channel.PHONE: (2, 3, 5, 5, 8, 10, 12, 15, 20, 30, 45),
    Channel.SMS: (2, 3, 5), Channel.EMAIL: (5, 10, 15, 20), Channel.SOCIAL_MEDIA: (3, 5, 10),
    Channel.WALK_IN: (20, 30, 45, 60),
}  # fmt: skip
DROPPED = "Poziv prekinut posle nekoliko sekundi."
# The person concerned: mostly Serbian citizens, women and girls, more than half children in
# the cases of exploitation; labour exploitation of men rising.
NATIONALITIES = {"Srbija": 70, "Ukrajina": 6, "Moldavija": 4, "Bugarska": 4, "Rumunija": 4,
                 "Vijetnam": 4, "Sirija": 3, "Avganistan": 3, "": 2}  # fmt: skip
KINDS = {ExploitationType.SEXUAL: 40, ExploitationType.LABOUR: 35,
         ExploitationType.FORCED_BEGGING: 8, ExploitationType.FORCED_CRIMINALITY: 5,
         ExploitationType.FORCED_MARRIAGE: 7, ExploitationType.DOMESTIC_SERVITUDE: 5}  # fmt: skip
EXPLOITATION_PLACES = (("Beograd", "Srbija"), ("Novi Sad", "Srbija"), ("Niš", "Srbija"),
                       ("", "Nemačka"), ("Beč", "Austrija"), ("", "Slovenija"),
                       ("Podgorica", "Crna Gora"), ("Istanbul", "Turska"), ("", ""))  # fmt: skip
ABOUT_A_PERSON = (CallTopic.REPORT_OF_EXPLOITATION, CallTopic.REQUEST_FOR_HELP,
                  CallTopic.MISSING_PERSON)  # fmt: skip
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
# Whom callers are referred to: partners of the demo registry ("" for no referral).
REFERRALS = ("", "", "", "Policijska uprava za grad Beograd",
             "Centar za zaštitu žrtava trgovine ljudima",
             "Gradski centar za socijalni rad u Beogradu",
             "Nacionalna služba za zapošljavanje, filijala Beograd",
             "Međunarodna organizacija za migracije (IOM), misija u Srbiji")  # fmt: skip
PERSONS = (("Devojka, 17 godina", 17), ("Milica (19)", 19), ("Jovana", None),
           ("Mladić, oko 20 godina", 20), ("Ana M.", None), ("Olena (22)", 22),
           ("Muškarac, 35 godina", 35), ("Ivana, 16 godina", 16))  # fmt: skip
# Where last seen: a place and its country; where the person is believed to be ("" unknown).
PLACES = (("Autobuska stanica, Niš", "Srbija"), ("Beograd, Novi Beograd", "Srbija"),
          ("Granični prelaz Horgoš", "Srbija"), ("Subotica", "Srbija"), ("Beč", "Austrija"),
          ("Podgorica", "Crna Gora"))  # fmt: skip
BELIEVED = ("", "", "Nemačka", "Austrija", "Crna Gora", "Turska")
# Police stations of the towns searches start in (plausible generic names).
STATIONS = ("PU za grad Beograd, PS Savski venac", "PU Niš", "PU Subotica", "PU Novi Sad")
# Partners a search asks, with what they may answer.
ASKED = ("Centar za zaštitu žrtava trgovine ljudima",
         "Međunarodna organizacija za migracije (IOM), misija u Srbiji",
         "Gradski centar za socijalni rad u Beogradu", "Ambasada Ukrajine u Beogradu, konzularno odeljenje",
         "La Strada Moldova")  # fmt: skip
ANSWERS = {InquiryAnswer.NO_INFORMATION: 50, InquiryAnswer.INFORMATION: 20,
           InquiryAnswer.PERSON_FOUND: 5, InquiryAnswer.CANNOT_SHARE: 5,
           InquiryAnswer.PENDING: 20}  # fmt: skip
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
# How closed searches ended, with the reason written in the history.
CLOSINGS = {
    SearchOutcome.STILL_MISSING: (60, "Porodica povukla prijavu; osoba se i dalje vodi kao nestala"),
    SearchOutcome.NO_CONTACT: (25, "Osoba pronađena, ne želi kontakt sa porodicom; porodica "
                                   "obaveštena samo da je bezbedna"),
    SearchOutcome.FOUND_DECEASED: (15, "Policija obavestila porodicu da je osoba pronađena "
                                       "preminula"),
}  # fmt: skip


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
    note, channel = rng.choice(NOTES[topic]), _pick(rng, CHANNELS)
    if note == DROPPED:  # a dropped call: a phone call of a minute
        channel = Channel.PHONE
    partner_id, referral = demo_partners.target(session, rng.choice(REFERRALS))
    call = Call(
        when, topic, caller_type=caller, language=_pick(rng, LANGUAGES), channel=channel,
        duration_minutes=1 if note == DROPPED else rng.choice(MINUTES[channel]),
        note=f"{MARK} {note}", referral=referral, partner_id=partner_id,
        anonymous=rng.random() < 0.7, follow_up=rng.random() < 0.15,
    )  # fmt: skip
    if call.anonymous is False and rng.random() < 0.5:
        call.caller_contact = "06x xxx xx xx (izmišljen broj)"
    if topic in ABOUT_A_PERSON:
        _person(rng, call)
    if call.follow_up:
        call.follow_up_due = when.date() + timedelta(days=rng.choice((1, 2, 3, 7)))
    call.follow_up_done = call.follow_up and rng.random() < 0.8
    hotline.log_call(session, call)
    helpful = topic in (CallTopic.REPORT_OF_EXPLOITATION, CallTopic.REQUEST_FOR_HELP)
    if spare and helpful and rng.random() < 0.35:
        hotline.link_to_case(session, call.id, spare.pop(), opened_the_case=rng.random() < 0.8)


def _person(rng: random.Random, call: Call) -> None:
    """The person a call is about: more often a woman or a girl, often a child; where and how
    they are exploited when that was reported; urgent now and then."""
    call.person_sex = rng.choices((Gender.FEMALE, Gender.MALE, Gender.UNKNOWN), (65, 30, 5))[0]
    if rng.random() < 0.4:
        call.person_age = rng.randint(13, 45)
    else:
        call.person_age_band = rng.choices(("", *AGE_BANDS), (20, 8, 25, 20, 15, 10, 2))[0]
    call.person_nationality = _pick(rng, NATIONALITIES)
    if call.topic is not CallTopic.MISSING_PERSON:
        kinds = {_pick(rng, KINDS)}
        if call.person_sex is Gender.MALE and rng.random() < 0.6:
            kinds = {ExploitationType.LABOUR}  # labour exploitation of men, rising
        call.exploitation_types = sorted(kinds)
        call.exploitation_city, call.exploitation_country = rng.choice(EXPLOITATION_PLACES)
    call.urgent = call.topic is not CallTopic.REPORT_OF_EXPLOITATION and rng.random() < 0.3


def _search(session: Session, rng: random.Random, spare: list[str], today: date) -> None:
    opened = _day(rng, FIRST_DAY, LAST_DAY - timedelta(days=40))
    reporter, contact = rng.choice(REPORTERS)
    (person, age), (place, country) = rng.choice(PERSONS), rng.choice(PLACES)
    search = MissingSearch(
        person, opened, person_details=f"{MARK} opis: visina oko 165 cm", person_age=age,
        minor=age is None and rng.random() < 0.3,
        last_seen_on=opened - timedelta(days=rng.randint(2, 30)), last_seen_place=place,
        last_seen_country=country, believed_country=rng.choice(BELIEVED),
        reporter=reporter, reporter_contact=contact,
        police_report_number=f"KU {rng.randint(100, 9999)}/{opened:%y}",
        police_station=rng.choice(STATIONS), police_reported_on=opened,
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
    found = ending in (SearchStatus.FOUND_SAFE, SearchStatus.FOUND_EXPLOITED)
    for name in rng.sample(ASKED, rng.randint(1, 3)):
        day_asked = opened + timedelta(days=rng.randint(0, 5))
        _ask(session, rng, search.id, name, day_asked, found)
    if ending is SearchStatus.SEARCHING:  # still open: a next step due around today
        due = today + timedelta(days=rng.randint(-3, 10))
        kind = rng.choice(list(ACTIONS))
        action = SearchAction(search.id, kind, description=f"{MARK} {ACTIONS[kind]}", due_on=due)
        missing.add_action(session, action, _at(datetime.combine(day, time(12, 0))))
        return
    day = day + timedelta(days=rng.randint(1, 30))
    reason, outcome = OUTCOMES[ending], None
    if ending is SearchStatus.CLOSED:
        outcome = _pick(rng, {o: weight for o, (weight, _text) in CLOSINGS.items()})
        reason = CLOSINGS[outcome][1]
    elif ending is SearchStatus.FOUND_SAFE and rng.random() < 0.2:
        outcome, reason = SearchOutcome.NO_CONTACT, "Pronađena, na sigurnom; ne želi kontakt"
    missing.change_status(session, search.id, ending, f"{MARK} {reason}",
                          _at(datetime.combine(day, time(15, 0))), outcome)  # fmt: skip
    if ending is SearchStatus.FOUND_EXPLOITED and spare:
        missing.link_case(session, search.id, spare.pop())


def _ask(
    session: Session, rng: random.Random, search_id: str, name: str, asked: date, found: bool
) -> None:
    """A partner asked on `asked`; most answer within days (nothing known, a lead; the person
    found, only in a search that found them)."""
    partner_id, name = demo_partners.target(session, name)
    inquiry = Inquiry(search_id, name, asked, partner_id=partner_id)
    inquiry.answer = _pick(rng, ANSWERS)
    if inquiry.answer is InquiryAnswer.PERSON_FOUND and not found:
        inquiry.answer = InquiryAnswer.NO_INFORMATION
    if inquiry.answer is not InquiryAnswer.PENDING:
        inquiry.answered_on = asked + timedelta(days=rng.randint(0, 10))
        inquiry.answer_note = f"{MARK} Odgovor zabeležen u razgovoru sa kontakt osobom."
    moment = datetime.combine(inquiry.answered_on or asked, time(16, 0))
    missing.ask_partner(session, inquiry, _at(moment))
