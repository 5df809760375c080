"""Fictional SOS hotline calls and missing-person searches for demo vaults (see demo/vault.py).

Through the same services as real work. Most calls are anonymous and never become cases, as on
the real line; some opened one of the batch's demo cases, a few joined one later. Contacts come by
phone mostly, some by SMS, e-mail, social media or in person, and their minutes fit the channel
(a dropped call lasts a minute). Calls about exploitation, help or a missing person describe the
person concerned (sex, age band, nationality) and, when reported, the kind and place of the
exploitation; some are urgent. Referrals and inquiries name partners of the demo registry
(demo/partners.py) by id. Searches are left in every state: still searching (some with
an action due around today, so the reminders have something to show), paused, found safe or in
exploitation (then linked to a case), closed with an outcome (still missing, found deceased,
does not want contact); each has a police report and the partners asked with their answers.
Each status change is dated by running the services on a clock set to that moment.

Dates fall in the seven years before `today`, as the court demo's do, so the current year's
statistics have calls and searches as well as trials; a call that opened or joined a case is dated
from that case, and a search that found someone in exploitation ends the day their case opened.
"""

from __future__ import annotations

import random
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from typing import TypeVar

from astra_desktop.core.appointments import BELGRADE, Clock, local_today
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
from astra_desktop.demo import partners as demo_partners
from astra_desktop.services import clients, hotline, missing
from astra_desktop.services.session import Session

T = TypeVar("T")
MARK = "[DEMO]"
YEARS = 7  # how far back calls and searches go
CALLS_PER_CASE = 0.3  # about 750 calls for a batch of 2,000 clients
CASES_PER_SEARCH = 40  # about 60 searches for 2,000 clients: some ten a year

TOPICS = {
    CallTopic.JOB_OFFER_CHECK: 34, CallTopic.SAFE_MIGRATION: 14,
    CallTopic.REPORT_OF_EXPLOITATION: 12, CallTopic.MISSING_PERSON: 7,
    CallTopic.REQUEST_FOR_HELP: 13, CallTopic.OTHER: 20,
}  # fmt: skip
CHANNELS = {Channel.PHONE: 70, Channel.SMS: 6, Channel.EMAIL: 8, Channel.SOCIAL_MEDIA: 11,
            Channel.WALK_IN: 5}  # fmt: skip
WRITTEN = (Channel.SMS, Channel.EMAIL, Channel.SOCIAL_MEDIA)  # no minutes on the line
# Minutes on the line by topic (a check of a job offer is short, a report or a plea for help long);
# a visit to the office takes longer; a written message has none (0).
PHONE_MINUTES = {
    CallTopic.JOB_OFFER_CHECK: (4, 5, 8, 10, 12, 15), CallTopic.SAFE_MIGRATION: (5, 8, 10, 15),
    CallTopic.REPORT_OF_EXPLOITATION: (10, 15, 20, 30, 40),
    CallTopic.MISSING_PERSON: (15, 20, 25, 30, 45),
    CallTopic.REQUEST_FOR_HELP: (10, 15, 20, 30, 45, 60), CallTopic.OTHER: (2, 3, 5),
}  # fmt: skip
VISIT_MINUTES = (20, 30, 45, 60)
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


@dataclass(frozen=True)
class Note:
    """What a call was about, with the callers who could have made it and the sex of the person
    concerned when the note says it, so a note never contradicts the rest of the record."""

    text: str
    callers: tuple[CallerType, ...]
    sex: Gender | None = None


_C = CallerType
ANYONE = (_C.UNKNOWN, _C.POSSIBLE_VICTIM, _C.FAMILY_MEMBER, _C.FRIEND, _C.PROFESSIONAL)
NOTES: dict[CallTopic, tuple[Note, ...]] = {
    CallTopic.JOB_OFFER_CHECK: (
        Note("Provera oglasa za posao konobarice u Nemačkoj; savetovana da traži ugovor na srpskom.",
             (_C.UNKNOWN, _C.FRIEND), Gender.FEMALE),
        Note("Ponuda za rad na građevini u Sloveniji, plata unapred obećana; agencija nije "
             "registrovana.", (_C.UNKNOWN, _C.FAMILY_MEMBER), Gender.MALE),
        Note("Oglas na društvenoj mreži za negovateljicu u Italiji; objašnjeni znaci upozorenja.",
             (_C.UNKNOWN, _C.FAMILY_MEMBER, _C.FRIEND), Gender.FEMALE),
    ),
    CallTopic.SAFE_MIGRATION: (
        Note("Pitanja o radnoj vizi za Maltu; objašnjeno kako se proverava poslodavac.",
             (_C.UNKNOWN,), Gender.MALE),
        Note("Kako proveriti agenciju za zapošljavanje u inostranstvu; poslata lista provera.",
             (_C.UNKNOWN, _C.FAMILY_MEMBER, _C.PROFESSIONAL)),
    ),
    CallTopic.REPORT_OF_EXPLOITATION: (
        Note("Radnici na imanju bez plate tri meseca, pasoši kod poslodavca.", ANYONE, Gender.MALE),
        Note("Devojke ne izlaze iz stana u zgradi, dovozi ih uvek isti muškarac; dogovoren "
             "kontakt sa policijom.", (_C.UNKNOWN, _C.FRIEND, _C.PROFESSIONAL), Gender.FEMALE),
    ),
    CallTopic.MISSING_PERSON: (
        Note("Majka prijavljuje da se ćerka ne javlja dve nedelje posle odlaska na posao u "
             "inostranstvo.", (_C.FAMILY_MEMBER,), Gender.FEMALE),
        Note("Brat traži pomoć: sestra nestala posle poznanstva preko interneta.",
             (_C.FAMILY_MEMBER,), Gender.FEMALE),
        Note("Socijalna radnica javlja da štićenica ne dolazi u dom od petka.",
             (_C.PROFESSIONAL,), Gender.FEMALE),
    ),
    CallTopic.REQUEST_FOR_HELP: (
        Note("Osoba traži smeštaj i pravnu pomoć; poslodavac preti.", (_C.POSSIBLE_VICTIM,)),
        Note("Mladić traži pomoć da se vrati kući; dokumenti oduzeti.", (_C.POSSIBLE_VICTIM,),
             Gender.MALE),
        Note("Savetnica iz doma zdravlja traži smeštaj za pacijentkinju koja beži od „poslodavca“.",
             (_C.PROFESSIONAL,), Gender.FEMALE),
    ),
    CallTopic.OTHER: (
        Note("Student traži materijal za seminarski rad.", (_C.UNKNOWN,)),
        Note("Pitanje o volontiranju u organizaciji.", (_C.UNKNOWN,)),
        Note(DROPPED, (_C.UNKNOWN,)),
    ),
}  # fmt: skip
CALLER_WEIGHTS = {_C.UNKNOWN: 30, _C.POSSIBLE_VICTIM: 28, _C.FAMILY_MEMBER: 20, _C.FRIEND: 9,
                  _C.PROFESSIONAL: 13}  # fmt: skip
# Whom callers are referred to, by topic: partners of the demo registry ("" for no referral).
REFERRALS: dict[CallTopic, tuple[str, ...]] = {
    CallTopic.JOB_OFFER_CHECK: ("", "", "", "Nacionalna služba za zapošljavanje, filijala Beograd"),
    CallTopic.SAFE_MIGRATION: ("", "", "Nacionalna služba za zapošljavanje, filijala Beograd",
                               "Međunarodna organizacija za migracije (IOM), misija u Srbiji"),
    CallTopic.REPORT_OF_EXPLOITATION: ("", "Policijska uprava za grad Beograd",
                                       "Centar za zaštitu žrtava trgovine ljudima"),
    CallTopic.MISSING_PERSON: ("", "Policijska uprava za grad Beograd"),
    CallTopic.REQUEST_FOR_HELP: ("Centar za zaštitu žrtava trgovine ljudima",
                                 "Gradski centar za socijalni rad u Beogradu",
                                 "Sigurna kuća za žene i decu", "Centar za besplatnu pravnu pomoć",
                                 "Međunarodna organizacija za migracije (IOM), misija u Srbiji"),
    CallTopic.OTHER: ("",),
}  # fmt: skip
# The first calls of every fill: one on each channel, the first an anonymous possible victim
# asking for help, urgent, referred to a partner; so even a small demo shows every figure.
SHOWCASE = (
    (Channel.PHONE, CallTopic.REQUEST_FOR_HELP), (Channel.SMS, CallTopic.JOB_OFFER_CHECK),
    (Channel.EMAIL, CallTopic.SAFE_MIGRATION), (Channel.SOCIAL_MEDIA, CallTopic.REPORT_OF_EXPLOITATION),
    (Channel.WALK_IN, CallTopic.REQUEST_FOR_HELP), (Channel.PHONE, CallTopic.MISSING_PERSON),
)  # fmt: skip
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


STATUS_WEIGHTS = {SearchStatus.SEARCHING: 30, SearchStatus.PAUSED: 15, SearchStatus.FOUND_SAFE: 30,
                  SearchStatus.FOUND_EXPLOITED: 10, SearchStatus.CLOSED: 15}  # fmt: skip
# The first searches of every fill end in each way there is, so even a small demo shows them all.
ENDINGS: tuple[tuple[SearchStatus, SearchOutcome | None], ...] = (
    (SearchStatus.FOUND_SAFE, SearchOutcome.FOUND_ALIVE),
    (SearchStatus.CLOSED, SearchOutcome.STILL_MISSING),
    (SearchStatus.FOUND_EXPLOITED, SearchOutcome.FOUND_ALIVE),
    (SearchStatus.CLOSED, SearchOutcome.FOUND_DECEASED),
    (SearchStatus.FOUND_SAFE, SearchOutcome.NO_CONTACT),
    (SearchStatus.SEARCHING, None),
    (SearchStatus.PAUSED, None),
)


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
    today = today or local_today()
    made = HotlineDemo()
    spare = list(case_ids)
    rng.shuffle(spare)
    with session.write():
        for i in range(max(1, round(len(case_ids) * CALLS_PER_CASE))):
            _call(session, rng, spare, today, SHOWCASE[i] if i < len(SHOWCASE) else None)
            made.calls += 1
        for i in range(1 + len(case_ids) // CASES_PER_SEARCH):
            _search(session, rng, spare, today, ENDINGS[i] if i < len(ENDINGS) else None)
            made.searches += 1
    return made


def _first_day(today: date) -> date:
    return today - timedelta(days=365 * YEARS)


def _when(rng: random.Random, channel: Channel, day: date) -> datetime:
    """Calls and messages come at any hour the line is open; visits on weekdays, office hours."""
    if channel is not Channel.WALK_IN:
        return datetime.combine(day, time(rng.randint(8, 21), rng.randrange(60)))
    while day.weekday() >= 5:
        day -= timedelta(days=1)
    return datetime.combine(day, time(rng.randint(9, 15), rng.choice((0, 15, 30, 45))))


def _minutes(rng: random.Random, channel: Channel, topic: CallTopic, note: str) -> int:
    if note == DROPPED:  # cut off after a few seconds: under a minute
        return 0
    if channel in WRITTEN:
        return 0
    if channel is Channel.WALK_IN:
        return rng.choice(VISIT_MINUTES)
    return rng.choice(PHONE_MINUTES[topic])


def _call(
    session: Session, rng: random.Random, spare: list[str], today: date,
    forced: tuple[Channel, CallTopic] | None = None,
) -> None:  # fmt: skip
    channel, topic = forced or (_pick(rng, CHANNELS), _pick(rng, TOPICS))
    helpful = topic in (CallTopic.REPORT_OF_EXPLOITATION, CallTopic.REQUEST_FOR_HELP)
    case_id = spare.pop() if spare and helpful and rng.random() < 0.35 else None
    opened_it = case_id is not None and rng.random() < 0.8
    day = _day(rng, _first_day(today), today - timedelta(days=1))
    if case_id is not None:  # the day the case opened, or within a year after
        case_opened = clients.get_case(session, case_id).opened_on or day
        later = min(case_opened + timedelta(days=365), today - timedelta(days=1))
        day = case_opened if opened_it else _day(rng, case_opened, later)
        if channel is Channel.WALK_IN and day.weekday() >= 5:
            channel = Channel.PHONE  # the office is closed at the weekend
    note = rng.choice(NOTES[topic])
    if note.text == DROPPED:
        channel = Channel.PHONE  # only a phone call can be dropped
    if channel is Channel.WALK_IN and topic is CallTopic.OTHER:
        note = NOTES[topic][1]  # someone who came to ask about volunteering
    callers = {c: w for c, w in CALLER_WEIGHTS.items() if c in note.callers}
    caller = _pick(rng, callers)
    quiet = note.text == DROPPED
    referral_to = "" if quiet else rng.choice(REFERRALS[topic])
    if forced is not None and topic is CallTopic.REQUEST_FOR_HELP:
        referral_to = REFERRALS[topic][0]
    partner_id, referral = demo_partners.target(session, referral_to)
    call = Call(
        _when(rng, channel, day), topic, caller_type=caller, language=_pick(rng, LANGUAGES),
        channel=channel, duration_minutes=_minutes(rng, channel, topic, note.text),
        note=f"{MARK} {note.text}", referral=referral, partner_id=partner_id,
        anonymous=rng.random() < 0.7, follow_up=not quiet and rng.random() < 0.15,
    )  # fmt: skip
    if forced == SHOWCASE[0]:  # an anonymous possible victim, urgent, needing a follow-up
        call.anonymous, call.follow_up = True, True
    if topic is CallTopic.MISSING_PERSON and rng.random() < 0.7:
        call.anonymous = False  # a family searching wants to be called back
    if not call.anonymous and rng.random() < 0.6:
        call.caller_contact = "06x xxx xx xx (izmišljen broj)"
    if topic in ABOUT_A_PERSON or note.sex is not None:
        _person(rng, call, note.sex)
    if forced == SHOWCASE[0]:
        call.urgent = True
    if call.follow_up:
        call.follow_up_due = call.occurred_at.date() + timedelta(days=rng.choice((1, 2, 3, 7)))
        call.follow_up_owner = session.actor.user_id
    due = call.follow_up_due
    call.follow_up_done = due is not None and due < today and rng.random() < 0.8
    hotline.log_call(session, call)
    if case_id is not None:
        hotline.link_to_case(session, call.id, case_id, opened_the_case=opened_it)


def _person(rng: random.Random, call: Call, sex: Gender | None = None) -> None:
    """The person a call is about: more often a woman or a girl, often a child; where and how
    they are exploited when that was reported; urgent now and then."""
    call.person_sex = (
        sex or rng.choices((Gender.FEMALE, Gender.MALE, Gender.UNKNOWN), (65, 30, 5))[0]
    )
    if rng.random() < 0.4:  # someone looking for work abroad is an adult
        call.person_age = rng.randint(13 if call.topic in ABOUT_A_PERSON else 18, 45)
    else:
        call.person_age_band = rng.choices(("", *AGE_BANDS), (20, 8, 25, 20, 15, 10, 2))[0]
    call.person_nationality = _pick(rng, NATIONALITIES)
    if call.topic in (CallTopic.REPORT_OF_EXPLOITATION, CallTopic.REQUEST_FOR_HELP):
        kinds = {_pick(rng, KINDS)}
        if call.person_sex is Gender.MALE and rng.random() < 0.6:
            kinds = {ExploitationType.LABOUR}  # labour exploitation of men, rising
        call.exploitation_types = sorted(kinds)
        call.exploitation_city, call.exploitation_country = rng.choice(EXPLOITATION_PLACES)
    call.urgent = call.topic in ABOUT_A_PERSON and rng.random() < 0.3


def _search(
    session: Session, rng: random.Random, spare: list[str], today: date,
    forced: tuple[SearchStatus, SearchOutcome | None] | None = None,
) -> None:  # fmt: skip
    ending, outcome = forced or (_pick(rng, STATUS_WEIGHTS), None)
    # Found in exploitation: the day their case opened; the search began weeks before.
    case_id = spare.pop() if ending is SearchStatus.FOUND_EXPLOITED and spare else None
    found_on = clients.get_case(session, case_id).opened_on if case_id else None
    if found_on is not None:
        opened = found_on - timedelta(days=rng.randint(35, 80))
    else:
        opened = _day(rng, _first_day(today), today - timedelta(days=90))
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
    found = ending in (SearchStatus.FOUND_SAFE, SearchStatus.FOUND_EXPLOITED)
    for name in rng.sample(ASKED, rng.randint(1, 3)):
        day_asked = opened + timedelta(days=rng.randint(0, 5))
        answered = _ask(session, rng, search.id, name, day_asked, found and found_on is None)
        day = max(day, answered or day_asked)
    if ending is SearchStatus.SEARCHING:  # still open: a next step due around today
        due = today + timedelta(days=rng.randint(-3, 10))
        kind = rng.choice(list(ACTIONS))
        action = SearchAction(search.id, kind, description=f"{MARK} {ACTIONS[kind]}", due_on=due)
        missing.add_action(session, action, _at(datetime.combine(day, time(12, 0))))
        return
    day = day + timedelta(days=rng.randint(1, 30))  # after every action and answer so far
    if found_on is not None:
        day = max(day, found_on)
    reason = OUTCOMES[ending]
    if outcome is None and ending is SearchStatus.CLOSED:
        outcome = _pick(rng, {o: weight for o, (weight, _text) in CLOSINGS.items()})
    elif outcome is None and ending is SearchStatus.FOUND_SAFE and rng.random() < 0.2:
        outcome = SearchOutcome.NO_CONTACT
    if ending is SearchStatus.CLOSED and outcome is not None:
        reason = CLOSINGS[outcome][1]
    elif outcome is SearchOutcome.NO_CONTACT:
        reason = "Pronađena, na sigurnom; ne želi kontakt"
    missing.change_status(session, search.id, ending, f"{MARK} {reason}",
                          _at(datetime.combine(day, time(15, 0))), outcome)  # fmt: skip
    if case_id is not None:
        missing.link_case(session, search.id, case_id)


def _ask(
    session: Session, rng: random.Random, search_id: str, name: str, asked: date, found: bool
) -> date | None:
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
    return inquiry.answered_on
