"""Fictional clients and their cases, consents, notes, services, referrals and documents.

Names are common ones drawn at random, so no record describes a real person; free text carries
"[DEMO]". Clients and cases lie in a fixed window in the past, so the same random stream makes
the same records on any day. `demo.vault.fill` calls `one_client` once per client.
"""

from __future__ import annotations

import random
import struct
import zlib
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from typing import TypeVar

from astra_desktop.core.enums import (
    CaseStatus,
    ExploitationType,
    Gender,
    IdDocumentStatus,
    MeansOfControl,
    NoteKind,
    ReferralDirection,
    ServiceKind,
    TraffickingStatus,
)
from astra_desktop.core.models import Case, Client, Consent, ContactNote, Referral, ServiceRecord
from astra_desktop.demo import partners as demo_partners
from astra_desktop.services import case_records, clients, documents
from astra_desktop.services.session import Session

MARK = "[DEMO]"
# A fixed window in the past: dates never depend on the day the demo is made.
FIRST_DAY = date(2019, 1, 7)
LAST_DAY = date(2025, 12, 19)

T = TypeVar("T")


@dataclass(frozen=True)
class Origin:
    """Where a client comes from: names as they would arrive, in their own script."""

    weight: int
    citizenship: str
    languages: tuple[str, ...]
    women: tuple[str, ...]
    men: tuple[str, ...]
    families: tuple[str, ...]
    female_families: tuple[str, ...] = ()  # Slavic/Romanian feminine forms, where they differ
    share_women: float = 0.75


ORIGINS: tuple[Origin, ...] = (
    Origin(
        52, "RS", ("sr",),
        ("Marija", "Jelena", "Ana", "Milica", "Jovana", "Ivana", "Dragana", "Snežana", "Tijana",
         "Nataša", "Željka", "Mirjana", "Vesna", "Kristina", "Đurđa", "Ljiljana", "Teodora"),
        ("Nikola", "Marko", "Stefan", "Dušan", "Đorđe", "Miloš", "Željko", "Nenad", "Bojan",
         "Vladimir", "Goran", "Luka", "Čedomir"),
        ("Đorđević", "Petrović", "Jovanović", "Živković", "Nikolić", "Marković", "Stojanović",
         "Ilić", "Pavlović", "Kovačević", "Đukić", "Šćepanović", "Todorović", "Radovanović",
         "Lukić", "Stanković", "Vučković", "Mitrović", "Savić", "Čolić"),
    ),
    Origin(
        10, "RS", ("sr",),
        ("Јелена", "Милица", "Марија", "Драгана", "Љиљана", "Јована", "Снежана"),
        ("Ђорђе", "Милош", "Душан", "Небојша", "Жарко"),
        ("Ђорђевић", "Петровић", "Јовановић", "Живковић", "Николић", "Стојановић", "Ћирић"),
    ),
    Origin(
        8, "UA", ("uk", "ru"),
        ("Олена", "Оксана", "Ірина", "Тетяна", "Юлія", "Наталія"),
        ("Андрій", "Олександр", "Сергій", "Дмитро"),
        ("Коваленко", "Шевченко", "Бондаренко", "Мельник", "Ткаченко", "Кравченко"),
    ),
    Origin(
        8, "MD", ("ro", "ru"),
        ("Ioana", "Mihaela", "Elena", "Cristina", "Doina", "Ana-Maria"),
        ("Ștefan", "Andrei", "Ion", "Vasile", "Sergiu"),
        ("Popescu", "Munteanu", "Rusu", "Ciobanu", "Țurcan", "Lungu", "Bălan", "Căpățînă"),
    ),
    Origin(
        6, "BG", ("bg",),
        ("Ivanka", "Desislava", "Radostina", "Milena", "Tsvetelina"),
        ("Georgi", "Stoyan", "Hristo", "Dimitar"),
        ("Dimitrov", "Petrov", "Ivanov", "Georgiev", "Todorov"),
        ("Dimitrova", "Petrova", "Ivanova", "Georgieva", "Todorova"),
    ),
    Origin(
        5, "RO", ("ro",),
        ("Andreea", "Alina", "Gabriela", "Raluca"),
        ("Ștefan", "Mihai", "Florin", "Ionuț"),
        ("Popescu", "Ionescu", "Dumitrescu", "Stănescu", "Constantinescu"),
    ),
    Origin(
        7, "VN", ("vi",),
        ("Thị Hương", "Thị Lan", "Thị Mai", "Thị Hằng"),
        ("Văn Thành", "Văn Hùng", "Văn Minh", "Đức Anh", "Quốc Bảo"),
        ("Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Vũ", "Đặng"),
        share_women=0.3,
    ),
    Origin(
        4, "SY", ("ar", "en"),
        ("Fatima", "Amira", "Layla", "فاطمة", "ليلى"),
        ("Ahmad", "Omar", "Yusuf", "أحمد"),
        ("Haddad", "Al-Hassan", "Khoury", "Nasser", "حداد"),
        share_women=0.5,
    ),
)  # fmt: skip

NICKNAMES = ("Maja", "Lena", "Ceca", "Mima", "Buba", "Sale", "Žika", "Ljilja", "Tanja", "Kiki")

STATUS_WEIGHTS = {
    CaseStatus.ACTIVE: 45,
    CaseStatus.FOLLOW_UP: 25,
    CaseStatus.CLOSED: 20,
    CaseStatus.CLOSED_REFERRED: 10,
}
CLOSURE_REASONS = {
    CaseStatus.CLOSED: (
        f"{MARK} Ciljevi plana podrške ostvareni.",
        f"{MARK} Klijentkinja/klijent ne želi dalju podršku.",
        f"{MARK} Nema kontakta duže od šest meseci.",
    ),
    CaseStatus.CLOSED_REFERRED: (
        f"{MARK} Upućeno partnerskoj organizaciji u zemlji porekla.",
        f"{MARK} Preuzeo centar za socijalni rad.",
    ),
}
EXPLOITATION_WEIGHTS = {
    ExploitationType.SEXUAL: 40,
    ExploitationType.LABOUR: 30,
    ExploitationType.FORCED_BEGGING: 6,
    ExploitationType.FORCED_CRIMINALITY: 5,
    ExploitationType.FORCED_MARRIAGE: 8,
    ExploitationType.DOMESTIC_SERVITUDE: 8,
    ExploitationType.OTHER: 3,
}
IDENTIFIERS = (
    "Centar za zaštitu žrtava trgovine ljudima",
    "Centar za zaštitu žrtava trgovine ljudima (na predlog policije)",
)
RECRUITMENT = (
    "Oglas za posao u inostranstvu na društvenoj mreži",
    "Poznanik ponudio posao konobarice",
    "Agencija za zapošljavanje, ugovor na stranom jeziku",
    "Lažna veza preko interneta (metod „lover boy“)",
    "Rođak obećao posao na građevini",
    "Strana firma dovela radnike uz radne vize",
)
PLACES = (
    "Beograd", "Novi Sad", "Niš", "Subotica", "Kragujevac", "Zrenjanin", "gradilište kod Beograda",
    "Nemačka", "Austrija", "Crna Gora", "Turska", "Dubai", "poljoprivredno imanje, Vojvodina",
)  # fmt: skip
REFERRAL_SOURCES = (
    "SOS telefon", "Policija", "Centar za socijalni rad", "Partnerska organizacija",
    "Ambasada", "Samostalno se javila/javio", "Tužilaštvo", "Dom zdravlja",
)  # fmt: skip
# Whom referrals name: partners of the demo registry (demo/partners.py), and two foreign
# organisations that are not in it (free text). Nine, as before: the random stream is unchanged.
PARTNERS = (
    "Centar za zaštitu žrtava trgovine ljudima", "Gradski centar za socijalni rad u Beogradu",
    "Sigurna kuća za žene i decu", "Međunarodna organizacija za migracije (IOM), misija u Srbiji",
    "La Strada Moldova", "Animus Association (Sofija)", "Klinički centar Srbije",
    "Centar za besplatnu pravnu pomoć", "Udruženje za podršku ženama",
)  # fmt: skip
PROVIDERS = {
    ServiceKind.MEDICAL: ("Dom zdravlja Vračar", "KBC Zvezdara", "Ginekološka ordinacija"),
    ServiceKind.LEGAL: ("Pravni tim organizacije", "Advokatska kancelarija (pro bono)"),
    ServiceKind.PSYCHOLOGICAL: ("Psihološkinja organizacije", "Savetovalište"),
    ServiceKind.ACCOMMODATION: ("Sigurna kuća", "Prihvatilište za žrtve"),
    ServiceKind.FINANCIAL: ("Fond za hitnu pomoć",),
    ServiceKind.EDUCATION_EMPLOYMENT: ("Nacionalna služba za zapošljavanje", "Kurs šivenja"),
    ServiceKind.FAMILY_REUNIFICATION: ("IOM Beograd", "Crveni krst"),
    ServiceKind.OTHER: ("Volonteri organizacije",),
}
NOTE_TEXTS: dict[NoteKind, tuple[str, ...]] = {
    NoteKind.HOTLINE: (
        "Poziv na SOS telefon; osoba opisuje oduzete dokumente i dug prema poslodavcu.",
        "Poziv na SOS telefon od rođake; dogovoren prvi susret.",
    ),
    NoteKind.CALL: (
        "Telefonski razgovor; dogovoren termin kod psihologa za sledeću nedelju.",
        "Razgovor o pripremi za svedočenje; objašnjena prava oštećenog.",
        "Provera kako se oseća posle ročišta; traži pomoć oko smeštaja.",
    ),
    NoteKind.VISIT: (
        "Kućna poseta; uslovi stanovanja zadovoljavajući, dete krenulo u školu.",
        "Poseta u sigurnoj kući; razgovor o planu bezbednosti.",
    ),
    NoteKind.ACCOMPANIMENT: (
        "Pratnja na ročište u Višem sudu; optuženi nisu došli, ročište odloženo.",
        "Pratnja u policiju na davanje izjave.",
        "Pratnja kod lekara; pregled obavljen.",
    ),
    NoteKind.MEETING: (
        "Sastanak sa advokatom o imovinskopravnom zahtevu.",
        "Sastanak sa centrom za socijalni rad o starateljstvu.",
    ),
    NoteKind.OTHER: ("Pribavljena kopija lične karte iz matične službe.",),
}
CONSENT_SCOPES = (
    "Obrada podataka radi pružanja podrške",
    "Obrada podataka i razmena sa partnerskim organizacijama",
    "Obrada podataka, razmena sa partnerima i zastupanje pred sudom",
)
SAFE_CONTACT = (
    "",
    "",
    "Ne zvati posle 18:00.",
    "Samo preko ovog broja; ne ostavljati poruke.",
    "Kontakt isključivo preko socijalne radnice.",
)


# --- one client -------------------------------------------------------------------------------
def one_client(session: Session, rng: random.Random) -> list[str]:
    """Register one client with one to three cases and their files; return the case ids."""
    client = _client(rng)
    opened = _day(rng, FIRST_DAY, LAST_DAY - timedelta(days=60))
    first = clients.register(session, client, _case(rng, client.id, opened))
    made = [first]
    for _ in range(rng.choices((0, 1, 2), (80, 15, 5))[0]):
        opened = _day(rng, opened, LAST_DAY - timedelta(days=30))
        made.append(clients.open_case(session, client.id, _case(rng, client.id, opened)))
    if rng.random() < 0.9:
        _consent(session, rng, client.id, first.opened_on or opened)
    for case in made:
        _case_file(session, rng, case)
    return [case.id for case in made]


def _client(rng: random.Random) -> Client:
    origin = rng.choices(ORIGINS, [o.weight for o in ORIGINS])[0]
    woman = rng.random() < origin.share_women
    gender = Gender.FEMALE if woman else Gender.MALE
    if rng.random() < 0.02:
        gender = rng.choice((Gender.OTHER, Gender.UNKNOWN))
    index = rng.randrange(len(origin.families))
    family = (origin.female_families or origin.families)[index] if woman else origin.families[index]
    age = rng.randint(*rng.choices(((12, 17), (18, 30), (31, 60)), (45, 35, 20))[0])
    born = _birth_date(rng, age)
    client = Client(
        given_name=rng.choice(origin.women if woman else origin.men),
        family_name=family,
        aliases=[rng.choice(NICKNAMES)] if rng.random() < 0.15 else [],
        gender=gender,
        citizenships=[origin.citizenship]
        + (["RS"] if origin.citizenship != "RS" and rng.random() < 0.1 else []),
        languages=list(origin.languages)
        + (["sr"] if origin.citizenship != "RS" and rng.random() < 0.3 else []),
        id_document_status=rng.choice(list(IdDocumentStatus)),
        safe_contact_instructions=rng.choice(SAFE_CONTACT),
    )
    if born is None:
        client.estimated_age = age
    else:
        client.date_of_birth = born
    if age < 18:
        client.guardian = f"{MARK} Privremeni staratelj iz centra za socijalni rad"
    if rng.random() < 0.2:
        client.children = f"{MARK} {rng.randint(1, 3)} dece, žive sa bakom"
    return client


def _birth_date(rng: random.Random, age: int) -> date | None:
    """About one in ten has only an estimated age: documents are often missing."""
    if rng.random() < 0.1:
        return None
    return LAST_DAY - timedelta(days=age * 365 + rng.randrange(365))


def _case(rng: random.Random, client_id: str, opened: date) -> Case:
    status = _weighted(rng, STATUS_WEIGHTS)
    identified = rng.random() < 0.6
    case = Case(
        client_id=client_id,
        status=status,
        closure_reason=rng.choice(CLOSURE_REASONS[status]) if status in CLOSURE_REASONS else "",
        trafficking_status=TraffickingStatus.IDENTIFIED
        if identified
        else rng.choice((TraffickingStatus.PRESUMED, TraffickingStatus.NOT_ASSESSED)),
        identified_by=rng.choice(IDENTIFIERS) if identified else "",
        identified_on=opened + timedelta(days=rng.randint(3, 60)) if identified else None,
        exploitation_types=_some(rng, EXPLOITATION_WEIGHTS, rng.choices((1, 2), (80, 20))[0]),
        means_of_control=rng.sample(list(MeansOfControl), rng.randint(1, 3)),
        recruitment=f"{MARK} {rng.choice(RECRUITMENT)}",
        places_of_exploitation=", ".join(rng.sample(PLACES, rng.randint(1, 2))),
        referral_source=rng.choice(REFERRAL_SOURCES),
        opened_on=opened,
    )
    if case.identified_on and case.identified_on > LAST_DAY:
        case.identified_on = LAST_DAY
    return case


def _consent(session: Session, rng: random.Random, client_id: str, given: date) -> None:
    withdrawn = given + timedelta(days=rng.randint(30, 500)) if rng.random() < 0.05 else None
    consent = Consent(client_id=client_id, given_on=given, scope=rng.choice(CONSENT_SCOPES))
    consent.withdrawn_on = min(withdrawn, LAST_DAY) if withdrawn else None
    case_records.record_consent(session, consent)


def _case_file(session: Session, rng: random.Random, case: Case) -> None:
    """Notes, services, referrals and now and then a small document for one case."""
    opened = case.opened_on or FIRST_DAY
    for _ in range(rng.choices((1, 2, 3, 4), (30, 35, 25, 10))[0]):
        kind = rng.choices(list(NOTE_TEXTS), (10, 35, 15, 20, 12, 8))[0]
        when = datetime.combine(
            _day(rng, opened, LAST_DAY), time(rng.randint(8, 19), 5 * rng.randint(0, 11))
        )
        body = f"{MARK} {rng.choice(NOTE_TEXTS[kind])}"
        case_records.add_note(session, ContactNote(case.id, when, body, kind))
    for _ in range(rng.choices((0, 1, 2, 3), (20, 40, 30, 10))[0]):
        _service(session, rng, case.id, opened)
    if rng.random() < 0.3:
        _referral(session, rng, case.id, opened)
    if rng.random() < 0.05:
        _document(session, rng, case)


def _service(session: Session, rng: random.Random, case_id: str, opened: date) -> None:
    kind = rng.choice(list(ServiceKind))
    start = _day(rng, opened, LAST_DAY)
    ended = start + timedelta(days=rng.randint(1, 180)) if rng.random() < 0.5 else None
    entry = ServiceRecord(case_id, kind, start, provider=rng.choice(PROVIDERS[kind]))
    entry.ended_on = min(ended, LAST_DAY) if ended else None
    entry.notes = f"{MARK} " + rng.choice(("", "Redovni termini.", "Troškove pokrio donator."))
    case_records.add_entry(session, entry)


def _referral(session: Session, rng: random.Random, case_id: str, opened: date) -> None:
    direction = rng.choice(list(ReferralDirection))
    reason = rng.choice(
        ("smeštaj", "pravna pomoć", "povratak u zemlju porekla", "zdravstvena zaštita")
    )
    partner_id, name = demo_partners.target(session, rng.choice(PARTNERS))
    referral = Referral(
        case_id,
        direction,
        name,
        _day(rng, opened, LAST_DAY),
        reason=f"{MARK} {reason}",
        consent_given=rng.random() < 0.9,
        partner_id=partner_id,
    )
    case_records.add_entry(session, referral)


def _document(session: Session, rng: random.Random, case: Case) -> None:
    """A tiny text note or a tiny valid PNG: enough to exercise import, hashing and `check`."""
    if rng.random() < 0.5:
        data = (
            f"{MARK} Izmišljena beleška za slučaj {case.case_code}.\n"
            "Ovaj dokument ne opisuje stvarnu osobu.\n"
        ).encode()
        name, mime = f"beleska-{case.case_code}.txt", "text/plain"
    else:
        data = _png(rng.randint(8, 32), rng.randint(8, 32), rng.randrange(256))
        name, mime = f"skenirano-{case.case_code}.png", "image/png"
    chunks = [data, b""]
    documents.import_stream(
        session, case.id, name, lambda _n: chunks.pop(0), len(data), mime, f"{MARK} primer"
    )


def _png(width: int, height: int, shade: int) -> bytes:
    """A grey PNG (valid, so image viewers open it) built with zlib alone."""

    def chunk(kind: bytes, body: bytes) -> bytes:
        crc = zlib.crc32(kind + body)
        return struct.pack(">I", len(body)) + kind + body + struct.pack(">I", crc)

    header = struct.pack(">IIBBBBB", width, height, 8, 0, 0, 0, 0)
    pixels = b"".join(b"\0" + bytes([shade]) * width for _ in range(height))
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", header)
        + chunk(b"IDAT", zlib.compress(pixels))
        + chunk(b"IEND", b"")
    )


# --- small helpers ----------------------------------------------------------------------------
def _day(rng: random.Random, start: date, end: date) -> date:
    if end <= start:
        return start
    return start + timedelta(days=rng.randrange((end - start).days + 1))


def _weighted(rng: random.Random, weights: dict[T, int]) -> T:
    return rng.choices(list(weights), list(weights.values()))[0]


def _some(rng: random.Random, weights: dict[T, int], count: int) -> list[T]:
    """`count` different items, drawn by weight, in the enum's own order."""
    chosen: set[T] = set()
    while len(chosen) < count:
        chosen.add(_weighted(rng, weights))
    return [item for item in weights if item in chosen]
