"""The language of the court documents (issue 19, item 7), in real PDFs read back with pypdf:
a Cyrillic document is Cyrillic throughout — typed Serbian Latin text, article references and
Serbian names change script, while codes, file names, brand names ("SafeLives DASH"), foreign
acronyms and foreign names stay as written; English documents write numbers the English way;
Serbian agrees with the client's gender and avoids declining names it cannot decline; and the
attendance record never leaves page 1 empty."""

from __future__ import annotations

import io
import re
from datetime import datetime, timedelta
from decimal import Decimal

import pytest
from pypdf import PdfReader

from astra_desktop.core.appointments import AppointmentStatus
from astra_desktop.core.court import Defendant, DefendantRole, Party
from astra_desktop.core.enums import Gender
from astra_desktop.reports.formatting import money, number, size
from astra_desktop.services import court_documents as cdoc
from astra_desktop.services import documents, hearings, proceedings
from astra_desktop.services import session as vs
from astra_desktop.services.hearings import HearingOutcome
from tests import _court_case, _filing_cases
from tests.test_court_documents import ALL_NOTES, clock

OWN = [k for k in cdoc.KINDS if k not in ("property-claim", "civil-claim")]


def pages_of(pdf: bytes) -> list[str]:
    return [" ".join(p.extract_text().split()) for p in PdfReader(io.BytesIO(pdf)).pages]


def build(session: vs.Session, made: _court_case.CourtCase, kind: str, lang: str = "sr-Latn",
          names: bool = False) -> str:  # fmt: skip
    pdf = cdoc.build(session, kind, made.case_id, lang, names, {}, clock, ALL_NOTES)
    return " ".join(pages_of(pdf))


# --- one script in a Cyrillic document --------------------------------------------------------------
# Latin a Cyrillic document may keep: the case code, file names, hash groups, brand names and the
# international acronyms it cites, "SOS" (the hotline's name) and a foreign client's name.
ALLOWED_LATIN = re.compile(
    r"AST-\d{4}-\d{4}|[\w.-]+\.(?:pdf|jpg)|SHA-256|SafeLives DASH|IOM|SOS|[0-9a-f]{8}"
    r"|Nguyễn|Thị|Lan|\b[KMG]?B\b"  # and the units of a file's size, as SI writes them
)


@pytest.mark.parametrize("kind", OWN)
def test_a_cyrillic_document_is_cyrillic_throughout(session: vs.Session, kind: str) -> None:
    made = _filing_cases.make(session, "plea-agreement")
    for names in (False, True):
        text = build(session, made, kind, "sr-Cyrl", names)
        stray = set(re.findall(r"[A-Za-zčćđšžČĆĐŠŽ]+", ALLOWED_LATIN.sub(" ", text)))
        assert not stray, (kind, names, sorted(stray)[:20])
    if kind == "chronology":  # typed text and article references changed script
        assert "Окривљени С. Ј. није доведен" in text and "чл. 388 ст. 1 КЗ" in text
        assert "Разговор са Надом" in text and "Nada" not in text  # (names: the note names her)
    if kind == "risk-report":  # the brand name as written, not "СафеЛивес ДАСХ"
        assert "SafeLives DASH" in text and "Приручник IOM-а" in text and "ДАСХ" not in text


def test_serbian_names_change_script_foreign_names_do_not(session: vs.Session) -> None:
    serbian = _court_case.make(session, "Milica", "Jovanović", ("Mica",), notes=1)
    assert "Оштећена Милица Јовановић" in build(session, serbian, "attendance", "sr-Cyrl", True)
    foreign = _court_case.make(session, "Nguyễn Thị", "Lan", ("Lan N.",), notes=1)
    text = build(session, foreign, "attendance", "sr-Cyrl", True)
    assert "Оштећена Nguyễn Thị Lan" in text and "Лан" not in text
    p = proceedings.get(session, serbian.proceeding_id)
    proceedings.add_entry(session, Defendant(p.id, "Dragan Petrović", DefendantRole.EXPLOITER))
    proceedings.add_entry(session, Defendant(p.id, "Ștefan Popescu", DefendantRole.RECRUITER))
    text = build(session, serbian, "vulnerable-witness", "sr-Cyrl")
    assert "Драган Петровић (искоришћавање)" in text and "Ștefan Popescu (врбовање)" in text


# --- English numbers -----------------------------------------------------------------------------------
def test_numbers_in_english_are_written_the_english_way(session: vs.Session) -> None:
    assert money(Decimal("1688250.5"), "en") == "1,688,250.50"
    assert money(Decimal("1688250.5"), "sr-Latn") == "1.688.250,50"
    assert money(Decimal("1688250.5"), "sr-Cyrl") == "1.688.250,50"
    assert (number(12345, "en"), number(12345, "sr-Latn")) == ("12,345", "12.345")
    assert (size(1536, "en"), size(1536, "sr-Latn"), size(3 * 1024**2, "en")) == (
        "1.5 KB", "1,5 KB", "3.0 MB",
    )  # fmt: skip
    made = _court_case.make(session, notes=1)
    content = b"x" * 1536
    documents.import_stream(session, made.case_id, "izvod.pdf", io.BytesIO(content).read,
                            len(content), description="Izvod")  # fmt: skip
    assert "1.5 KB" in build(session, made, "evidence-index", "en")
    assert "1,5 KB" in build(session, made, "evidence-index", "sr-Latn")
    assert "1,5 KB" in build(session, made, "evidence-index", "sr-Cyrl")


# --- gender and declension -----------------------------------------------------------------------------
GENDERED = {  # gender: (the request's party, its red flag; the risk report's client, red flag)
    Gender.FEMALE: ("Oštećena, koju po punomoćju", "Eksploatator zna gde oštećena živi",
                    "Klijentkinja", "Eksploatator zna gde klijentkinja živi"),
    Gender.MALE: ("Oštećeni, koga po punomoćju", "Eksploatator zna gde oštećeni živi",
                  "Klijent", "Eksploatator zna gde klijent živi"),
    Gender.UNKNOWN: ("Oštećeno lice, koje po punomoćju", "Eksploatator zna gde oštećeno lice živi",
                     "Klijent/kinja", "Eksploatator zna gde klijent/kinja živi"),
}  # fmt: skip


@pytest.mark.parametrize("gender", list(GENDERED))
def test_the_texts_agree_with_the_clients_gender(session: vs.Session, gender: Gender) -> None:
    made = _court_case.make(session, gender=gender, notes=1)
    _court_case.add_lawyer(session, made)
    party, flag, client, own_flag = GENDERED[gender]
    request = build(session, made, "vulnerable-witness")
    assert party in request and flag in request and "klijent/kinja" not in request
    dative = {Gender.FEMALE: "oštećenoj", Gender.MALE: "oštećenom",
              Gender.UNKNOWN: "oštećenom licu"}[gender]  # fmt: skip
    assert f"teškom povredom {dative} ili porodici" in request
    report = build(session, made, "risk-report")
    assert f"{client} lice pod šifrom slučaja" in report and own_flag in report


def test_defence_counsel_without_declining_the_defendants_name(session: vs.Session) -> None:
    made = _court_case.make(session, notes=1)
    d = proceedings.add_entry(session, Defendant(made.proceeding_id, "Dragan Petrović",
                                                 DefendantRole.ORGANISER))  # fmt: skip
    view = hearings.schedule(session, made.proceeding_id, datetime(2025, 2, 3, 9, 30))
    hearings.record(session, view.hearing.id, HearingOutcome(
        AppointmentStatus.HELD, present={(Party.DEFENDANT, d.id): True,
                                         (Party.DEFENCE_LAWYER, d.id): True}),
        allow_conflicts=True)  # fmt: skip
    text = build(session, made, "attendance")
    assert "Branilac okrivljenog: Dragan Petrović" in text
    assert "okrivljenog Dragan" not in text and "okrivljenog M. P." not in text
    assert "Бранилац окривљеног: Драган Петровић" in build(session, made, "attendance", "sr-Cyrl")


# --- the attendance record's first page ----------------------------------------------------------------
def test_a_long_hearing_table_starts_on_page_one(session: vs.Session) -> None:
    """Ten hearings make a table a little shorter than a page: kept with its heading, it moved
    whole to page 2 and left page 1 with the title alone."""
    made = _court_case.make(session, notes=1)
    for n in range(6):
        view = hearings.schedule(session, made.proceeding_id,
                                 datetime(2025, 1, 10, 9, 30) + timedelta(days=30 * n))  # fmt: skip
        hearings.record(session, view.hearing.id, HearingOutcome(
            AppointmentStatus.POSTPONED, present={(Party.VICTIM, None): True},
            postponement_reason="Okrivljeni nije doveden iz pritvora; sud je odložio ročište i "
                                "naložio dovođenje za sledeći termin."),
            allow_conflicts=True)  # fmt: skip
    for lang in cdoc.LANGS:
        pages = pages_of(cdoc.build(session, "attendance", made.case_id, lang, clock=clock))
        assert len(pages) >= 2
        assert "1. 04.06.2024" in pages[0], (lang, pages[0][-300:])


def test_a_prison_term_takes_the_serbian_forms_of_its_number() -> None:
    from astra_desktop.reports import parts, templates

    sr, en = templates.load("chronology", "sr-Latn"), templates.load("chronology", "en")
    months = {1: "1 meseca", 4: "4 meseca", 6: "6 meseci", 12: "1 godine", 13: "1 godine i 1 meseca",
              30: "2 godine i 6 meseci", 60: "5 godina", 132: "11 godina", 252: "21 godine",
              264: "22 godine", 300: "25 godina", 0: "0 meseci"}  # fmt: skip
    for n, expected in months.items():
        assert parts.duration(sr, n) == expected, n
    assert parts.duration(en, 1) == "1 month" and parts.duration(en, 42) == "3 years and 6 months"
    assert parts.duration(templates.load("chronology", "sr-Cyrl"), 42) == "3 године и 6 месеци"
