"""Court-support documents built from a real vault and read back with pypdf: the wording in three
languages, diacritics and Cyrillic extracted intact, no name anywhere with "case code only",
"page N of M", attendance counts equal to the hearings, evidence hashes equal to the stored ones,
and every copy that leaves the vault audited."""

from __future__ import annotations

import io
import re
from datetime import UTC, datetime
from decimal import Decimal
from pathlib import Path

import pytest
from pypdf import PdfReader

from astra_desktop.core.court_documents import FILINGS, DamageKind, parse_amount
from astra_desktop.core.disclosure import Choices
from astra_desktop.core.enums import Gender, Role
from astra_desktop.core.folding import fold
from astra_desktop.core.models import Case, Client, ContactNote
from astra_desktop.errors import NotFound, PermissionDenied, ValidationError
from astra_desktop.reports import templates
from astra_desktop.services import case_records, clients, documents, hearings, proceedings, users
from astra_desktop.services import court_documents as cdoc
from astra_desktop.services import session as vs
from astra_desktop.storage import audit
from tests import _court_case
from tests.conftest import CASEWORKER, CASEWORKER_PASS

CLOCK_AT = datetime(2026, 3, 11, 13, 5, tzinfo=UTC)  # 14:05 in Belgrade


def clock() -> datetime:
    return CLOCK_AT


def read(pdf: bytes) -> tuple[list[str], dict[str, str], set[str]]:
    """Each page's text (runs of white space made one space: lines wrap where the layout wants),
    the metadata, and the fonts (with whether each is embedded)."""
    reader = PdfReader(io.BytesIO(pdf))
    fonts: set[str] = set()
    for page in reader.pages:
        for ref in page["/Resources"]["/Font"].values():
            font = ref.get_object()
            descendant = (
                font["/DescendantFonts"][0].get_object() if "/DescendantFonts" in font else font
            )
            descriptor = descendant.get("/FontDescriptor")
            embedded = descriptor is not None and "/FontFile2" in descriptor.get_object()
            fonts.add(f"{font['/BaseFont']}{'' if embedded else ' (not embedded)'}")
    meta = {str(k): str(v) for k, v in (reader.metadata or {}).items()}
    return [" ".join(p.extract_text().split()) for p in reader.pages], meta, fonts


def folded(text: str) -> str:
    return fold(text).replace("dj", "d")


def word(form: str, text: str) -> bool:
    return re.search(rf"(?<![^\W_]){re.escape(form)}(?![^\W_])", text) is not None


# notes' text goes into court documents only when chosen (core/disclosure.py)
ALL_NOTES = Choices(all_notes=True)


# What each document must say, per language (a fixed text, and one with č ć đ š ž or Cyrillic).
EXPECTED = {
    "vulnerable-witness": {
        "sr-Latn": ["ZAHTEV ZA ODREĐIVANJE STATUSA POSEBNO OSETLJIVOG SVEDOKA", "posebno osetljivog svedoka", "člana 104. ZKP", "žrtva trgovine ljudima"],
        "sr-Cyrl": ["ЗАХТЕВ ЗА ОДРЕЂИВАЊЕ СТАТУСА ПОСЕБНО ОСЕТЉИВОГ СВЕДОКА", "члана 104. ЗКП", "жртва трговине људима"],
        "en": ["REQUEST FOR THE STATUS OF A PARTICULARLY VULNERABLE WITNESS", "Article 104 CPC"],
    },
    "property-claim": {
        "sr-Latn": ["IMOVINSKOPRAVNI ZAHTEV", "čl. 252–260", "pre završetka glavnog pretresa", "1.688.250,50"],
        "sr-Cyrl": ["ИМОВИНСКОПРАВНИ ЗАХТЕВ", "чл. 252–260", "1.688.250,50"],
        "en": ["PROPERTY CLAIM", "Articles 252–260", "RSD 1.688.250,50"],
    },
    "chronology": {
        "sr-Latn": ["HRONOLOGIJA DOGAĐAJA I POSTUPKA", "Beleška o kontaktu", "Ročišta", "Optužnica"],
        "sr-Cyrl": ["ХРОНОЛОГИЈА ДОГАЂАЈА И ПОСТУПКА", "Белешка о контакту", "Рочишта"],
        "en": ["CHRONOLOGY OF EVENTS AND PROCEEDINGS", "Contact log", "Court hearings"],
    },
    "risk-report": {
        "sr-Latn": ["IZVEŠTAJ O PROCENI BEZBEDNOSNOG RIZIKA", "Ovo nije validiran instrument", "visok"],
        "sr-Cyrl": ["ИЗВЕШТАЈ О ПРОЦЕНИ БЕЗБЕДНОСНОГ РИЗИКА", "Ово није валидиран инструмент"],
        "en": ["SAFETY RISK REPORT", "Not a validated instrument", "high"],
    },
    "support-letter": {
        "sr-Latn": ["POTVRDA O PRUŽENOJ PODRŠCI", "smeštaj, od 16.01.2024 do 30.09.2024", "psihološka podrška"],
        "sr-Cyrl": ["ПОТВРДА О ПРУЖЕНОЈ ПОДРШЦИ", "смештај, од 16.01.2024 до 30.09.2024"],
        "en": ["LETTER CONFIRMING SUPPORT", "accommodation, from 16.01.2024 to 30.09.2024"],
    },
    "attendance": {
        "sr-Latn": ["EVIDENCIJA PRISUSTVA NA ROČIŠTIMA", "Glavni pretres", "odloženo", "posebna prostorija"],
        "sr-Cyrl": ["ЕВИДЕНЦИЈА ПРИСУСТВА НА РОЧИШТИМА", "Главни претрес", "одложено"],
        "en": ["COURT ATTENDANCE RECORD", "Main hearing", "postponed"],
    },
    "civil-claim": {  # its own checks: tests/test_claims.py
        "sr-Latn": ["TUŽBA"],
        "sr-Cyrl": ["ТУЖБА"],
        "en": ["STATEMENT OF CLAIM"],
    },
    "evidence-index": {
        "sr-Latn": ["SPISAK DOKAZA", "SHA-256 otisak", "izjava-policija.pdf"],
        "sr-Cyrl": ["СПИСАК ДОКАЗА", "SHA-256 отисак", "izjava-policija.pdf"],
        "en": ["EVIDENCE INDEX", "SHA-256 fingerprint", "izjava-policija.pdf"],
    },
}  # fmt: skip
FOOTER = {
    "sr-Latn": ("Poverljivo", "strana {0} od {1}", "Napravljeno 11.03.2026 14:05"),
    "sr-Cyrl": ("Поверљиво", "страна {0} од {1}", "Направљено 11.03.2026 14:05"),
    "en": ("Confidential", "page {0} of {1}", "Generated 11.03.2026 14:05"),
}
CLAIM = {
    "items": [
        {"kind": "unpaid-wages", "amount": "540.000", "description": "Zarada za 18 meseci",
         "interest_from": "30.06.2023"},
        {"kind": "medical", "amount": "48.250,50", "description": "Računi KBC Zvezdara"},
        {"kind": "mental-suffering", "amount": "800000"},
        {"kind": "fear", "amount": "300.000,00"},
    ],
}  # fmt: skip


@pytest.fixture
def court_case(session: vs.Session) -> _court_case.CourtCase:
    return _court_case.make(session)


def extra_for(kind: str) -> dict[str, object]:
    return CLAIM if kind in ("property-claim", "civil-claim") else {}


# --- templates ------------------------------------------------------------------------------------
@pytest.mark.parametrize("name", ["common", *cdoc.KINDS])
def test_templates_have_the_same_keys_and_placeholders_in_every_language(name: str) -> None:
    en, sr = templates.read(name, "en"), templates.read(name, "sr-Latn")
    assert set(en) == set(sr)

    def placeholders(text: str) -> set[str]:  # grammatical forms differ: victim_dat, victim_acc …
        return {re.sub(r"^victim_\w+", "victim", p) for p in re.findall(r"\{(\w+)\}", text)}

    for key in en:
        assert placeholders(en[key]) == placeholders(sr[key]), key
    if name != "common":  # a document never silently replaces a shared text
        assert not set(en) & set(templates.read("common", "en"))
    cyrillic = templates.load(name if name != "common" else "chronology", "sr-Cyrl")
    for key in sr:
        text = re.sub(r"\{\w+\}|<[^>]+>", "", cyrillic(key))
        leftover = set(re.findall(r"[A-Za-z]+", text)) - {"ASTRA", "SHA", "RSD", "SOS", "DASH"}
        assert not leftover, (key, leftover)


def test_amounts_are_read_as_people_type_them() -> None:
    assert parse_amount("1.234,56") == Decimal("1234.56")
    assert parse_amount("1234,5") == Decimal("1234.50")
    assert parse_amount("1 234 567,89 RSD") == Decimal("1234567.89")
    assert parse_amount("1,234.56") == Decimal("1234.56")
    assert parse_amount("540.000") == Decimal("540000.00")
    assert parse_amount("48250.50") == Decimal("48250.50")
    with pytest.raises(ValidationError, match=r"Write it as 1\.234,56"):
        parse_amount("dvesta")


# --- every kind, every language ---------------------------------------------------------------
@pytest.mark.parametrize("kind", cdoc.KINDS)
def test_every_document_in_every_language_reads_back(
    session: vs.Session, court_case: _court_case.CourtCase, kind: str
) -> None:
    for lang in cdoc.LANGS:
        pdf = cdoc.build(
            session, kind, court_case.case_id, lang, False, extra_for(kind), clock, ALL_NOTES
        )
        pages, meta, fonts = read(pdf)
        text = "\n".join(pages)
        for expected in EXPECTED[kind][lang]:
            assert expected in text, (kind, lang, expected)
        confidential, page, made = FOOTER[lang]
        stamped = kind not in FILINGS  # a filing carries no stamp unless asked for
        for n, page_text in enumerate(pages, start=1):
            assert (confidential in page_text and made in page_text) is stamped
            assert page.format(n, len(pages)) in page_text
            if stamped:
                assert court_case.case_code in page_text  # in the header of every page
        assert fonts and all("DejaVuSans" in f and "not embedded" not in f for f in fonts), fonts
        assert meta["/Author"] == "ASTRA Desktop" and "ASTRA Desktop" in meta["/Producer"]
        assert court_case.case_code in meta["/Title"]
        if lang == "sr-Cyrl":
            assert re.search(r"[\u0400-\u04ff]{5}", text)


def test_a_long_chronology_is_numbered_page_n_of_m(session: vs.Session) -> None:
    case = clients.register(session, Client("Ana", "Test"), Case(""))
    for n in range(45):
        case_records.add_note(session, ContactNote(
            case.id, datetime(2025, 1, 1, 9) + (datetime(2025, 1, 1, 10) - datetime(2025, 1, 1, 9)) * n,
            f"Beleška broj {n}: razgovor o smeštaju, zdravlju i sledećem ročištu; dogovoreni koraci.",
        ))  # fmt: skip
    pages, _meta, _fonts = read(
        cdoc.build(session, "chronology", case.id, "en", clock=clock, choices=ALL_NOTES)
    )
    assert len(pages) == 3
    for n, text in enumerate(pages, start=1):
        assert f"page {n} of 3" in text
    assert "Entries: 46" in pages[0] and "Beleška broj 44" in pages[2]  # 45 notes, case opened


# --- disclosure -----------------------------------------------------------------------------------
CLIENTS = [  # given, family, aliases, gender, folded forms that must never show with "case code only"
    ("Nada", "Đorđević", ("Đoka", "Nadica"), Gender.FEMALE,
     ["nada", "nadom", "nadica", "dordevic", "dordevica", "doka"]),
    ("Олена", "Коваленко", ("Lena K",), Gender.FEMALE,
     ["olena", "olenom", "kovalenko", "kovalenkoa", "lena"]),
    ("Jelena", "Vuk", ("Vučica",), Gender.MALE, ["jelena", "jelenom", "vuk", "vuka", "vucica"]),
]  # fmt: skip


@pytest.mark.parametrize(("given", "family", "aliases", "gender", "forms"), CLIENTS)
def test_case_code_only_leaves_no_name_alias_birth_date_or_contact(
    session: vs.Session,
    given: str,
    family: str,
    aliases: tuple[str, ...],
    gender: Gender,
    forms: list[str],
) -> None:
    made = _court_case.make(session, given, family, aliases, gender)
    for kind in cdoc.KINDS:
        for lang in cdoc.LANGS:
            pdf = cdoc.build(
                session, kind, made.case_id, lang, False, extra_for(kind), clock, ALL_NOTES
            )
            pages, meta, _fonts = read(pdf)
            text = "\n".join(pages) + "\n" + "\n".join(meta.values())
            flat = folded(text)
            for form in forms:
                assert not word(form, flat), (kind, lang, form)
            for name in (given, family, *aliases):
                for encoding in ("utf-8", "utf-16-be"):
                    assert name.encode(encoding) not in pdf, (kind, lang, name)
            for secret in ("14.02.1994", "1994-02-14", "123 4567", "123-4567", "Vojvode Stepe"):
                assert secret not in text, (kind, lang, secret)
            if kind not in FILINGS:  # a filing names her as the court does (tests/test_filings.py)
                assert made.case_code in text
    # With names chosen, the same documents do carry the name (so the checks above can fail).
    pdf = cdoc.build(session, "chronology", made.case_id, "sr-Latn", True, {}, clock, ALL_NOTES)
    pages, meta, _ = read(pdf)
    assert f"{given} {family}" in "\n".join(pages) and given not in meta["/Title"]


# --- the documents' own checks ----------------------------------------------------------------------
def test_attendance_counts_equal_the_hearings_recorded(
    session: vs.Session, court_case: _court_case.CourtCase
) -> None:
    pages, _m, _f = read(cdoc.build(session, "attendance", court_case.case_id, "en", clock=clock))
    text = "\n".join(pages)
    (proceeding,) = proceedings.of_case(session, court_case.case_id)
    views = hearings.of_proceeding(session, proceeding.id)
    stats = hearings.stats(session, proceeding.id)
    assert len(views) == court_case.hearings == 4
    assert (
        f"Hearings recorded {len(views)} (held {court_case.held}, postponed {court_case.postponed})"
        in text
    )
    assert stats.held == court_case.held and stats.postponed == court_case.postponed
    rows = re.findall(r"(?<![\d.])(\d+)\. (\d\d\.\d\d\.\d{4}) \d\d:\d\d", text)
    assert rows == [(str(n), day) for n, day in enumerate(court_case.hearing_days, start=1)]
    # attended, absent, not recorded — "not recorded" is never counted as absent: her lawyer's
    # attendance was recorded at two hearings of four, the prosecutor's at three
    assert f"Injured party {court_case.victim_present} 0 0" in text
    assert "Lawyer of the injured party 2 0 2" in text and "Public prosecutor 3 0 1" in text
    assert "Counsel for M. P. 1 0 3" in text
    for label, count in court_case.defendant_present.items():
        assert f"Defendant {label} {count} {court_case.hearings - count} 0" in text
        assert count == stats.defendant(
            next(d.id for d in proceedings.defendants(session, proceeding.id) if d.label == label)
        )


def test_evidence_index_hashes_equal_the_stored_ones(
    session: vs.Session, court_case: _court_case.CourtCase
) -> None:
    pdf = cdoc.build(session, "evidence-index", court_case.case_id, "sr-Latn", clock=clock)
    pages, _m, fonts = read(pdf)
    compact = re.sub(r"\s+", "", "".join(pages))
    stored = {d.id: d.sha256 for d in documents.documents(session, court_case.case_id)}
    assert len(stored) == len(court_case.document_hashes) == 3
    for sha in stored.values():
        assert sha in compact
    assert set(stored.values()) == set(court_case.document_hashes.values())
    assert "Ukupno dokumenata: 3" in "".join(pages)
    assert any("DejaVuSansMono" in f for f in fonts)


def test_property_claim_totals_and_a_blank_claim(
    session: vs.Session, court_case: _court_case.CourtCase
) -> None:
    pages, _m, _f = read(cdoc.build(session, "property-claim", court_case.case_id, "sr-Latn",
                                    extra=CLAIM, clock=clock))  # fmt: skip
    text = "\n".join(pages)
    assert "588.250,50" in text and "1.100.000,00" in text and "1.688.250,50" in text
    assert "30.06.2023" in text and "dana presuđenja" in text
    assert "izjava-policija.pdf" in text  # the case's documents are the default evidence
    blank = "\n".join(read(cdoc.build(session, "property-claim", court_case.case_id, "en",
                                      clock=clock))[0])  # fmt: skip
    assert "Unpaid wages" in blank and "Fear" in blank and "will be specified" in blank
    with pytest.raises(ValidationError, match="not a head of damage"):
        cdoc.build(session, "property-claim", court_case.case_id, extra={"items": [{"kind": "x"}]})
    assert DamageKind.FEAR.value in {k.value for k in DamageKind}


# --- keeping, exporting and printing -------------------------------------------------------------
def test_save_into_case_export_and_print_are_audited(
    session: vs.Session, court_case: _court_case.CourtCase, tmp_path: Path
) -> None:
    pdf = cdoc.build(session, "support-letter", court_case.case_id, "sr-Latn", clock=clock)
    name = cdoc.file_name("support-letter", court_case.case_code, "sr-Latn", "2026-03-11")
    info = cdoc.save_into_case(session, court_case.case_id, "support-letter", "sr-Latn", False,
                               pdf, name)  # fmt: skip
    assert documents.read_bytes(session, info.id) == pdf and info.mime == "application/pdf"
    assert audit.entries(session.db, limit=2)[1].action == "import"
    target = tmp_path / "potvrda.pdf"
    cdoc.export(session, court_case.case_id, "support-letter", "sr-Latn", False, pdf, target)
    assert target.read_bytes() == pdf
    last = audit.entries(session.db, limit=1)[0]
    assert (last.action, last.entity, last.entity_id) == (
        "export",
        "court-document",
        court_case.case_id,
    )
    assert last.detail == "support-letter sr-Latn, case code only"
    cdoc.record_print(session, court_case.case_id, "support-letter", "sr-Latn", True)
    last = audit.entries(session.db, limit=1)[0]
    assert (last.action, last.detail) == ("print", "support-letter sr-Latn, names")
    # The evidence list of a property claim leaves out the app's own documents.
    claim = "\n".join(read(cdoc.build(session, "property-claim", court_case.case_id))[0])
    assert name not in claim


def test_roles_decide_who_builds_and_who_takes_a_copy_out(
    session: vs.Session, court_case: _court_case.CourtCase, vault_folder: Path, tmp_path: Path
) -> None:
    users.add_user(session, CASEWORKER, Role.VIEWER, CASEWORKER_PASS, all_cases=True)
    session.close()
    with vs.unlock(vault_folder, CASEWORKER, CASEWORKER_PASS) as viewer:
        pdf = cdoc.build(viewer, "chronology", court_case.case_id)
        with pytest.raises(PermissionDenied):
            cdoc.export(viewer, court_case.case_id, "chronology", "sr-Latn", False, pdf,
                        tmp_path / "x.pdf")  # fmt: skip
        with pytest.raises(PermissionDenied):
            cdoc.record_print(viewer, court_case.case_id, "chronology", "sr-Latn", False)
    assert not (tmp_path / "x.pdf").exists()


def test_unknown_kind_language_or_case_is_refused_plainly(
    session: vs.Session, court_case: _court_case.CourtCase
) -> None:
    with pytest.raises(ValidationError, match="There is no document"):
        cdoc.build(session, "will", court_case.case_id)
    with pytest.raises(ValidationError, match="not “de”"):
        cdoc.build(session, "chronology", court_case.case_id, "de")
    with pytest.raises(NotFound):
        cdoc.build(session, "chronology", "no-such-case")
