"""The facts the court documents state, checked in real PDFs read back with pypdf (issue 19,
item 6): the support letter ends on the day the case was closed (never on the record's last
edit) or says the support is ongoing; attendance tells absent from not recorded and never counts
one as the other; the plea agreement and the judgment (offence, article and paragraph, sentence,
appeal) recorded on the proceeding appear in the chronology and the attendance record; the risk
instrument's disclaimer stays in the risk report, never in a filing."""

from __future__ import annotations

import dataclasses
import io
from datetime import date, datetime, timedelta

import pytest
from pypdf import PdfReader

from astra_desktop.core import court_documents
from astra_desktop.core.appointments import AppointmentStatus
from astra_desktop.core.attendance import HearingRecord, Tally, tally
from astra_desktop.core.court import AppealBy, Attendance, Party, PostponedBy, Verdict
from astra_desktop.core.court_documents import FILINGS, KINDS, LANGS
from astra_desktop.core.enums import CaseStatus, ServiceKind
from astra_desktop.core.models import ServiceRecord
from astra_desktop.errors import ValidationError
from astra_desktop.services import case_records, clients, hearings, proceedings
from astra_desktop.services import court_documents as cdoc
from astra_desktop.services import session as vs
from astra_desktop.services.hearings import HearingOutcome
from tests import _court_case, _filing_cases
from tests.test_court_documents import ALL_NOTES, clock

OWN = [k for k in KINDS if k not in ("property-claim", "civil-claim")]  # the claims: elsewhere


def text_of(pdf: bytes) -> str:
    return " ".join(" ".join(p.extract_text() for p in PdfReader(io.BytesIO(pdf)).pages).split())


def build(session: vs.Session, made: _court_case.CourtCase, kind: str, lang: str = "sr-Latn",
          names: bool = False, **extra: object) -> str:  # fmt: skip
    return text_of(cdoc.build(session, kind, made.case_id, lang, names, extra, clock, ALL_NOTES))


# --- the support letter: until the case was closed, or ongoing -------------------------------------------
def test_the_support_letter_ends_on_the_closing_day_not_the_last_edit(session: vs.Session) -> None:
    made = _court_case.make(session, notes=1)
    ongoing = build(session, made, "support-letter")
    assert "u programu podrške organizacije od 15.01.2024. Podrška je u toku." in ongoing
    assert "since 15.01.2024. The support is ongoing." in build(
        session, made, "support-letter", "en"
    )
    assert "medicinska pomoć, od 17.01.2024" in ongoing  # still being provided

    _filing_cases.close_case(session, made)  # the vault records the day it is closed
    today = date.today()
    closed = build(session, made, "support-letter")
    assert f"bilo u programu podrške organizacije od 15.01.2024 do {today:%d.%m.%Y}." in closed
    assert "u toku" not in closed
    # a service with no end recorded ended at the latest with the case
    assert f"medicinska pomoć, od 17.01.2024 do {today:%d.%m.%Y}" in closed

    # Closed long ago; edited today (the record's last edit): the letter keeps the closing day.
    with session.write() as conn:
        conn.execute("UPDATE cases SET closed_on = '2025-09-30' WHERE id = ?", (made.case_id,))
    case = clients.get_case(session, made.case_id)
    case.places_of_exploitation = "Beograd"
    clients.update_case(session, case)
    assert clients.get_case(session, made.case_id).updated_at.date() == today  # type: ignore[union-attr]
    text = build(session, made, "support-letter")
    assert "od 15.01.2024 do 30.09.2025." in text and f"do {today:%d.%m.%Y}" not in text
    assert "medicinska pomoć, od 17.01.2024 do 30.09.2025" in text
    assert "from 15.01.2024 to 30.09.2025." in build(session, made, "support-letter", "en")
    assert "од 15.01.2024 до 30.09.2025." in build(session, made, "support-letter", "sr-Cyrl")

    # Reopened: ongoing again, and the closing day is gone.
    case = clients.get_case(session, made.case_id)
    case.status = CaseStatus.ACTIVE
    clients.update_case(session, case)
    assert "Podrška je u toku." in build(session, made, "support-letter")
    # Closed before the vault recorded closing days: closed, with no invented date.
    with session.write() as conn:  # (the vault dates a closing it sees: undo that here)
        conn.execute("UPDATE cases SET status = 'closed-referred' WHERE id = ?", (made.case_id,))
        conn.execute("UPDATE cases SET closed_on = NULL WHERE id = ?", (made.case_id,))
    undated = build(session, made, "support-letter")
    assert "od 15.01.2024. Podrška je u međuvremenu okončana." in undated
    assert "medicinska pomoć, od 17.01.2024 • psihološka podrška" in undated


# --- attendance: absent is not "not recorded" ------------------------------------------------------------
def test_the_tally_never_counts_not_recorded_as_absent() -> None:
    def hearing(status: AppointmentStatus, *marks: tuple[Party, bool]) -> HearingRecord:
        return HearingRecord(
            "h", status, tuple(Attendance("h", p, present) for p, present in marks)
        )

    records = [
        hearing(AppointmentStatus.HELD, (Party.VICTIM, True), (Party.PROSECUTOR, True)),
        hearing(AppointmentStatus.POSTPONED, (Party.VICTIM, False)),
        hearing(AppointmentStatus.HELD),  # nothing recorded
        hearing(AppointmentStatus.PLANNED),  # not yet: no one's absence
        hearing(AppointmentStatus.CANCELLED, (Party.VICTIM, False)),
    ]
    found = tally(records, [(Party.VICTIM, None), (Party.PROSECUTOR, None)])
    assert found[(Party.VICTIM, None)] == Tally(present=1, absent=1, not_recorded=1)
    assert found[(Party.PROSECUTOR, None)] == Tally(present=1, absent=0, not_recorded=2)


def test_attendance_shows_absent_and_not_recorded_apart(session: vs.Session) -> None:
    made = _court_case.make(session, notes=1)
    text = build(session, made, "attendance")
    # her lawyer was recorded at two hearings of four: two "not recorded", no absence
    assert "Punomoćnik oštećene 2 0 2" in text and "Javni tužilac 3 0 1" in text
    assert "Okrivljeni S. J. 1 3 0" in text
    assert "Prisustvo nije evidentirano: Punomoćnik oštećene" in text
    # a hearing held with nobody's attendance recorded: said so, counted as not recorded
    view = hearings.schedule(session, made.proceeding_id, datetime(2025, 1, 20, 9, 30))
    hearings.record(session, view.hearing.id, HearingOutcome(AppointmentStatus.HELD),
                    allow_conflicts=True)  # fmt: skip
    text = build(session, made, "attendance")
    assert "Prisustvo nije evidentirano." in text
    assert "od 5 ročišta koja su održana" in text
    assert "Oštećena 4 0 1" in text and "Okrivljeni S. J. 1 3 1" in text
    en = build(session, made, "attendance", "en")
    assert "Injured party 4 0 1" in en and "Attendance not recorded." in en


# --- the plea agreement and the judgment ------------------------------------------------------------------
def test_the_outcome_is_checked_when_recorded(session: vs.Session) -> None:
    made = _court_case.make(session, notes=1)
    p = proceedings.get(session, made.proceeding_id)

    def refused(match: str, **change: object) -> None:
        with pytest.raises(ValidationError, match=match):
            proceedings.update(session, dataclasses.replace(p, **change))  # type: ignore[arg-type]

    refused("tick “A plea agreement was made”, or clear them", plea_agreement_on=date(2025, 5, 1))
    refused("tick “A plea agreement was made”, or clear them", plea_terms="priznanje")
    refused("in the future", plea_agreement=True, plea_agreement_on=date.today() + timedelta(1))
    refused("belong to a conviction", convicted_paragraph="1")
    refused("belong to a conviction", verdict=Verdict.ACQUITTED, verdict_on=date(2025, 1, 1),
            sentence="zatvor")  # fmt: skip
    refused("before the appeal", appealed_by=[AppealBy.PROSECUTOR])
    refused("one or the other", verdict=Verdict.CONVICTED, verdict_on=date(2025, 1, 1),
            appealed_by=[AppealBy.NONE, AppealBy.DEFENDANT])  # fmt: skip
    proceedings.update(session, dataclasses.replace(
        p, plea_agreement=True, plea_agreement_on=date(2025, 5, 12), plea_terms="uslovi",
        verdict=Verdict.CONVICTED, verdict_on=date(2025, 6, 20), convicted_paragraph="1",
        sentence="kazna zatvora u trajanju od 2 godine", appealed_by=["defendant"],
    ))  # fmt: skip
    stored = proceedings.get(session, made.proceeding_id)
    assert (stored.plea_agreement_on, stored.plea_terms) == (date(2025, 5, 12), "uslovi")
    assert (stored.convicted_paragraph, stored.appealed_by) == ("1", [AppealBy.DEFENDANT])


OUTCOME = {  # lang: what the chronology and the attendance record must both say
    "sr-Latn": [
        "Sporazum o priznanju krivičnog dela",
        "Okrivljeni M. P. priznaje krivično delo iz čl. 388 st. 1 KZ",
        "Obaveštenje oštećene o sporazumu",
        "Krivično delo iz presude",
        "trgovina ljudima iz čl. 388 st. 1 Krivičnog zakonika",
        "Izrečena kazna",
        "kazna zatvora u trajanju od 3 godine i 6 meseci",
        "izjavljena (javni tužilac, oštećena)",
    ],
    "sr-Cyrl": [
        "Споразум о признању кривичног дела",
        "Окривљени М. П. признаје кривично дело из чл. 388 ст. 1 КЗ",
        "трговина људима из чл. 388 ст. 1 Кривичног законика",
        "казна затвора у трајању од 3 године и 6 месеци",
        "изјављена (јавни тужилац, оштећена)",
    ],
    "en": [
        "Plea agreement",
        "Offence in the judgment",
        "(Criminal Code, Art. 388 para. 1)",
        "imprisonment for 3 years and 6 months",
        "lodged (the public prosecutor, the injured party)",
    ],
}


@pytest.mark.parametrize("lang", LANGS)
def test_the_plea_agreement_and_judgment_in_chronology_and_attendance(
    session: vs.Session, lang: str
) -> None:
    made = _filing_cases.make(session, "plea-agreement")
    chronology = build(session, made, "chronology", lang)
    attendance = build(session, made, "attendance", lang)
    for expected in OUTCOME[lang]:  # a sentence in one, a label in the other: any capital
        assert expected.lower() in chronology.lower(), (lang, expected)
        assert expected.lower() in attendance.lower(), (lang, expected)
    if lang == "sr-Latn":
        # on its own date, and the verdict on its own
        assert "12.05.2025 Krivični postupak Zaključen je sporazum o priznanju krivičnog dela." in (
            chronology
        )
        assert (
            "20.06.2025 Krivični postupak Presuda: osuđujuća presuda. Krivično delo iz presude"
            in (chronology)
        )
        assert (
            "Ishod postupka Sporazum o priznanju krivičnog dela zaključen 12.05.2025" in attendance
        )
        assert "Obaveštenje oštećene o sporazumu ne" in attendance
        assert "Presuda osuđujuća presuda, 20.06.2025" in attendance
    # no appeal recorded: nothing said; "none": said so
    p = proceedings.get(session, made.proceeding_id)
    proceedings.update(session, dataclasses.replace(p, appealed_by=[AppealBy.NONE]))
    none = {"sr-Latn": "Žalba: nije izjavljena", "sr-Cyrl": "Жалба: није изјављена",
            "en": "Appeal: none lodged"}[lang]  # fmt: skip
    assert none in build(session, made, "chronology", lang)
    p = proceedings.get(session, made.proceeding_id)
    proceedings.update(session, dataclasses.replace(p, appealed_by=[]))
    assert none.split(":")[0] + ":" not in build(session, made, "chronology", lang)


def test_an_undated_plea_agreement_goes_with_the_verdict(session: vs.Session) -> None:
    made = _filing_cases.make(session, "plea-agreement")
    p = proceedings.get(session, made.proceeding_id)
    proceedings.update(session, dataclasses.replace(p, plea_agreement_on=None, sentence_months=13,
                                                    sentence=""))  # fmt: skip
    text = build(session, made, "chronology")
    assert "Zaključen je sporazum" not in text
    assert "Presuda: osuđujuća presuda. Sporazum o priznanju krivičnog dela: zaključen." in text
    assert "kazna zatvora u trajanju od 1 godine i 1 meseca" in text
    assert "Sporazum o priznanju krivičnog dela zaključen Uslovi" in build(
        session, made, "attendance"
    )


# --- the disclaimer --------------------------------------------------------------------------------------
DISCLAIMER = ("validiran", "валидиран", "validated")


def test_the_risk_disclaimer_is_only_in_the_risk_report(session: vs.Session) -> None:
    made = _filing_cases.make(session, "adult")
    for kind in OWN:
        for lang in LANGS:
            text = build(session, made, kind, lang)
            has = any(word in text for word in DISCLAIMER)
            assert has is (kind == "risk-report"), (kind, lang)
    # not even in the data a filing is made from
    for kind in FILINGS:
        if kind in OWN:
            data = cdoc.gather(session, kind, made.case_id, "sr-Latn", clock=clock)
            assert data.risk is not None and data.risk.disclaimer == ""


# --- the fixture cases for every own document --------------------------------------------------------------
@pytest.mark.parametrize("fixture", _filing_cases.FIXTURES)
def test_every_own_document_of_every_fixture_reads_back(session: vs.Session, fixture: str) -> None:
    made = _filing_cases.make(session, fixture)
    for kind in OWN:
        for lang in LANGS:
            text = build(session, made, kind, lang)
            assert "strana 1 od" in text or "страна 1 од" in text or "page 1 of" in text
            assert "Nada" not in text and "Đorđević" not in text, (fixture, kind, lang)


def test_services_are_capped_only_by_a_recorded_closing(session: vs.Session) -> None:
    made = _court_case.make(session, notes=1)
    case_records.add_entry(session, ServiceRecord(made.case_id, ServiceKind.FINANCIAL,
                                                  date(2024, 3, 1)))  # fmt: skip
    assert "finansijska pomoć, od 01.03.2024" in build(session, made, "support-letter")


def test_a_plea_agreement_makes_the_request_ask_first(session: vs.Session) -> None:
    """Concluded, not yet decided: the trial ends on it, so her testimony may not come — the CLI
    refuses without --force and the app asks; once the judgment is in, the proceeding has ended."""
    made = _filing_cases.make(session, "adult")
    assert cdoc.stage_problems(session, "vulnerable-witness", made.case_id) == []
    p = proceedings.get(session, made.proceeding_id)
    proceedings.update(session, dataclasses.replace(p, plea_agreement=True,
                                                    plea_agreement_on=date(2025, 5, 12)))  # fmt: skip
    [problem] = cdoc.stage_problems(session, "vulnerable-witness", made.case_id)
    assert "A plea agreement is recorded" in problem
    with pytest.raises(cdoc.StageMismatch, match="plea agreement"):
        cdoc.require_stage(session, "vulnerable-witness", made.case_id)


# --- who was summoned, who testified, whose doing a postponement was -----------------------------------
# The attendance data carries these once core/court_documents.py and services/court_data.py pass
# them on (the change is proposed in /tmp/astra/demo/attendance-data.patch); until then, skipped.
_CARRIED = {"summoned", "testified"} <= {
    f.name for f in dataclasses.fields(court_documents.Presence)
} and "postponed_by" in {f.name for f in dataclasses.fields(court_documents.HearingLine)}


@pytest.mark.skipif(not _CARRIED, reason="the attendance data does not carry these facts yet")
def test_attendance_says_who_was_summoned_testified_and_why_postponed(session: vs.Session) -> None:
    made = _court_case.make(session, notes=1)
    victim = (Party.VICTIM, None)
    for day, status, cause in (
        (20, AppointmentStatus.POSTPONED, PostponedBy.DEFENCE),
        (27, AppointmentStatus.HELD, ""),
    ):
        view = hearings.schedule(session, made.proceeding_id, datetime(2025, 1, day, 9, 30))
        hearings.record(session, view.hearing.id, HearingOutcome(
            status, present={victim: True, (Party.PROSECUTOR, None): True},
            summoned={victim: True, (Party.PROSECUTOR, None): False},
            testified={victim: not cause}, postponed_by=cause,
            postponement_reason="Branilac nije pristupio." if cause else "",
        ), allow_conflicts=True)  # fmt: skip
    latin = build(session, made, "attendance")
    assert "Odloženo zbog: odbrane (okrivljenog ili branioca)." in latin
    assert latin.count("Pozvani: Oštećena") == 2 and latin.count("Dali iskaz: Oštećena") == 1
    assert "Nisu pozvani: Javni tužilac" in latin
    en = build(session, made, "attendance", "en")
    assert "Postponed on account of: the defence (a defendant or counsel)." in en
    assert "Summoned: Injured party" in en and "Testified: Injured party" in en
    cyrillic = build(session, made, "attendance", "sr-Cyrl")
    assert "Одложено због: одбране (окривљеног или браниоца)." in cyrillic
    assert "Позвани: Оштећена" in cyrillic and "Дали исказ: Оштећена" in cyrillic
