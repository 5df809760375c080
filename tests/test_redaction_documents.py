"""Documents leak nothing: one corpus client stored in a real vault with her notes, own words,
a home visit and file names from the corpus; every document kind in every language built with
"case code only"; the PDF's text, its metadata and its raw bytes hold none of her identifiers
(compared folded: no Latin or Cyrillic variant either)."""

from __future__ import annotations

import io
import re
from collections.abc import Iterable
from datetime import date, datetime, timedelta

from pypdf import PdfReader

from astra_desktop.core.appointments import Appointment, AppointmentKind, AppointmentStatus
from astra_desktop.core.court_documents import FILINGS
from astra_desktop.core.enums import Gender, NoteKind, Relation
from astra_desktop.core.models import ContactNote, RelatedPerson
from astra_desktop.core.risk import Answer
from astra_desktop.core.translit import to_cyrillic
from astra_desktop.services import (
    appointments,
    case_records,
    clients,
    documents,
    related_persons,
    risk,
)
from astra_desktop.services import court_documents as cdoc
from astra_desktop.services import session as vs
from tests import _corpus, _court_case
from tests.test_court_documents import ALL_NOTES, clock, extra_for

CLIENTS, NOTES = _corpus.load()
CLIENT = CLIENTS["milunka"]
OWN_WORDS = "Živim u Njegoševoj 12 kod mame Dragice; zovite me na 064 555 1234, ja sam Mica."


def identifiers(
    client: _corpus.CorpusClient,
    people: Iterable[str] = (),
    addresses: Iterable[str] = (),
    places: Iterable[str] = (),
) -> list[str]:
    """Everything of the client's that no document may show: her own (names, birth date, JMBG,
    phones, e-mail, and the address recorded in her contact), plus what is passed in (her
    related persons' names and her places, stored in the vault by `store`)."""
    notes = [n for n in NOTES if n.client == client.key]
    own = [g for n in notes for tag, g in n.gone if tag in ("", "address")]
    return sorted({client.given, client.family, *client.aliases, *own, *people, *addresses,
                   *places})  # fmt: skip


def tagged(client: _corpus.CorpusClient, tag: str) -> list[str]:
    return [g for n in NOTES if n.client == client.key for t, g in n.gone if t == tag]


def store(session: vs.Session, client: _corpus.CorpusClient) -> _court_case.CourtCase:
    """The court case of tests/_court_case.py, made the corpus client's, with her notes."""
    made = _court_case.make(session, client.given, client.family, client.aliases, Gender.FEMALE)
    record = clients.get_client(session, made.client.id)
    record.date_of_birth = client.birth_date
    record.contact, record.safe_contact_instructions = client.contact, client.safe_contact
    record.address = client.addresses[0]
    record.place_of_residence = client.places[0]
    clients.update_client(session, record)
    relations = {"majka": Relation.MOTHER, "otac": Relation.FATHER, "brat": Relation.SIBLING}
    for names, label in client.people:
        related_persons.add(
            session, RelatedPerson(record.id, names[0], relations.get(label, Relation.OTHER))
        )
    kinds = list(NoteKind)
    with session.write():
        for n, note in enumerate(n for n in NOTES if n.client == client.key):
            when = datetime(2024, 3, 1, 9, 0) + timedelta(days=n)
            case_records.add_note(session, ContactNote(made.case_id, when, note.text, kinds[n % 5]))
        appointments.add(session, Appointment(
            made.case_id, AppointmentKind.HOME_VISIT, datetime(2024, 4, 2, 11, 0),
            datetime(2024, 4, 2, 12, 0), place=client.addresses[0] + ", Beograd",
            status=AppointmentStatus.HELD, outcome="Poseta kod Milunke; majka Dragica prisutna."))  # fmt: skip
        risk.assess(session, made.case_id, {"A1": Answer.YES, "E1": Answer.YES},
                    date(2024, 6, 20), own_words=OWN_WORDS)  # fmt: skip
        scan = b"\xff\xd8fictional ID scan"
        documents.import_stream(session, made.case_id, "lk_Milunka_Scekic_0503009715123.jpg",
                                io.BytesIO(scan).read, len(scan),
                                description="Lična karta – Milunka, JMBG 0503009715123")  # fmt: skip
    return made


def leaks(pdf: bytes, forbidden: list[str]) -> list[str]:
    reader = PdfReader(io.BytesIO(pdf))
    text = "\n".join(" ".join(p.extract_text().split()) for p in reader.pages)
    meta = "\n".join(str(v) for v in (reader.metadata or {}).values())
    found = [f"text/meta: {g}" for g in forbidden if _corpus.present(g, text + "\n" + meta)]
    # The cross-reference table is byte offsets ("0000020118 00000 n"), not text: a year such as
    # "2011" may turn up in it by chance, and it moves with the document's length.
    body = re.sub(rb"xref\r?\n[0-9 nf\r\n]*trailer", b"trailer", pdf)
    body = re.sub(rb"startxref\s+\d+", b"startxref", body)
    for g in forbidden:
        for variant in {g, to_cyrillic(g)}:
            for encoding in ("utf-8", "utf-16-be"):
                if variant.encode(encoding) in body:
                    found.append(f"bytes ({encoding}): {variant}")
    return found


def test_no_document_in_any_language_shows_the_clients_identifiers(session: vs.Session) -> None:
    made = store(session, CLIENT)
    forbidden = identifiers(
        CLIENT,
        people=tagged(CLIENT, "person"),
        places=tagged(CLIENT, "place"),
    )
    assert {"Milunka", "Šćekić", "0503009715123", "5. marta 2009", "Njegoševoj 12"} <= set(
        forbidden
    )
    problems = {}
    for kind in cdoc.KINDS:
        for lang in cdoc.LANGS:
            pdf = cdoc.build(
                session, kind, made.case_id, lang, False, extra_for(kind), clock, ALL_NOTES
            )
            if found := leaks(pdf, forbidden):
                problems[(kind, lang)] = found
            shown = "".join(p.extract_text() for p in PdfReader(io.BytesIO(pdf)).pages)
            assert made.case_code in shown or kind in FILINGS
    assert not problems
    # The check can fail: with names chosen, the chronology does show them.
    pdf = cdoc.build(session, "chronology", made.case_id, "sr-Latn", True, {}, clock, ALL_NOTES)
    assert leaks(pdf, forbidden)
