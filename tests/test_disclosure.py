"""Review before export (issue 15, item 4): what goes into a court document besides what every
document shows — contact notes only when chosen, health items only when chosen, attachments unless
left out — and words the worker takes out or shows again, remembered for the case."""

from __future__ import annotations

import io
from datetime import date
from pathlib import Path

import pytest
from pypdf import PdfReader

from astra_desktop.core.disclosure import Choices, Disclosure, known, read_common
from astra_desktop.core.redaction import Redactor
from astra_desktop.core.risk import Answer
from astra_desktop.services import case_records, disclosure, documents, risk
from astra_desktop.services import court_documents as cdoc
from astra_desktop.services import session as vs
from astra_desktop.services.disclosure_review import REDACTION, UNKNOWN, review
from astra_desktop.storage import audit
from tests import _court_case
from tests.conftest import ADMIN, ADMIN_PASS
from tests.test_court_documents_cli import run, text_of

PLAIN_NOTE = "objašnjen status posebno osetljivog svedoka"  # note 5 of _court_case: no names


def text(pdf: bytes) -> str:
    return " ".join(" ".join(p.extract_text() for p in PdfReader(io.BytesIO(pdf)).pages).split())


@pytest.fixture
def made(session: vs.Session) -> _court_case.CourtCase:
    made = _court_case.make(session)
    # the latest assessment says yes to a health item (F2 self-harm) and a red flag
    risk.assess(session, made.case_id, {"A1": Answer.YES, "F2": Answer.YES, "F1": Answer.YES},
                date(2024, 7, 1))  # fmt: skip
    return made


def note_ids(session: vs.Session, case_id: str) -> dict[str, str]:
    return {n.body: n.id for n in case_records.notes(session, case_id)}


def test_defaults_leave_out_note_text_and_health_items(
    session: vs.Session, made: _court_case.CourtCase
) -> None:
    assert disclosure.remembered(session, made.case_id) == Choices()
    for names in (False, True):
        chronology = text(cdoc.build(session, "chronology", made.case_id, "sr-Latn", names))
        assert PLAIN_NOTE not in chronology and "Dogovoren sastanak" not in chronology
        assert "Beleška o kontaktu" not in chronology  # no note entry at all
        assert "Viši sud u Beogradu" in chronology  # the rest of the case is there
    for kind in ("risk-report", "vulnerable-witness"):
        for lang, word in (("sr-Latn", "Samopovređivanje"), ("en", "Self-harm")):
            printed = text(cdoc.build(session, kind, made.case_id, lang))
            assert word not in printed and "Signs of trauma" not in printed, (kind, lang)
            shown = text(cdoc.build(session, kind, made.case_id, lang,
                                    choices=Choices(health=True)))  # fmt: skip
            assert word in shown, (kind, lang)
    index = text(cdoc.build(session, "evidence-index", made.case_id, "en"))
    assert "izjava-policija.pdf" in index and "racun-lekar.pdf" in index


def test_chosen_notes_go_in_and_no_others(session: vs.Session, made: _court_case.CourtCase) -> None:
    ids = note_ids(session, made.case_id)
    (plain,) = [i for body, i in ids.items() if PLAIN_NOTE in body]
    printed = text(cdoc.build(session, "chronology", made.case_id, "sr-Latn",
                              choices=Choices(notes=frozenset({plain}))))  # fmt: skip
    assert PLAIN_NOTE in printed and "Dogovoren sastanak" not in printed
    assert "pasoš" not in printed  # another note's text
    every = cdoc.make(session, "chronology", made.case_id, "sr-Latn",
                      choices=Choices(all_notes=True))  # fmt: skip
    everything = text(every.pdf)
    assert PLAIN_NOTE in everything and "Dogovoren sastanak" in everything
    assert "Nada" not in everything and "Đorđević" not in everything  # still redacted
    fewer = cdoc.make(session, "chronology", made.case_id, "sr-Latn")
    assert every.redactions > fewer.redactions > 0


def test_left_out_attachment_is_not_listed(
    session: vs.Session, made: _court_case.CourtCase
) -> None:
    (bill,) = [d for d in documents.documents(session, made.case_id)
               if d.filename == "racun-lekar.pdf"]  # fmt: skip
    choices = Choices(excluded_documents=frozenset({bill.id}))
    index = text(cdoc.build(session, "evidence-index", made.case_id, "en", choices=choices))
    assert "izjava-policija.pdf" in index and "racun-lekar.pdf" not in index
    claim = {"items": [{"kind": "unpaid-wages", "amount": "1000"}]}
    printed = text(cdoc.build(session, "property-claim", made.case_id, "en", False, claim,
                              choices=choices))  # fmt: skip
    assert "Izjava data policiji" in printed and "racun-lekar" not in printed


def test_extra_redaction_is_remembered_and_applied(
    session: vs.Session, made: _court_case.CourtCase
) -> None:
    before = cdoc.make(session, "chronology", made.case_id, "sr-Latn")
    assert "Zvezdar" in text(before.pdf)  # "KBC Zvezdara", an appointment's place
    disclosure.remember(session, made.case_id, Choices().redacting("Zvezdara"))
    entry = audit.entries(session.db, limit=1)[0]
    assert (entry.action, entity := entry.entity, entry.entity_id) == (
        "change",
        "disclosure",
        made.case_id,
    ) and "Zvezdara" not in entry.detail, entity
    assert disclosure.remembered(session, made.case_id).redact == ("Zvezdara",)
    after = cdoc.make(session, "chronology", made.case_id, "sr-Latn")  # None: as remembered
    assert "Zvezdar" not in text(after.pdf) and "[…]" in text(after.pdf)
    assert after.redactions == before.redactions + 1
    # in other case forms too ("u Zvezdari"), and in every kind
    redactor = Disclosure(Redactor(["Nada"], "AST-1"), ["Zvezdara"])
    assert redactor("Bila je u Zvezdari, pa kod Nade.") == "Bila je u […], pa kod AST-1."
    assert redactor.count == 2


def test_a_redaction_can_be_undone(session: vs.Session, made: _court_case.CourtCase) -> None:
    case_records.add_note(session, _note(made.case_id, "Sastanak u prostorijama Ateljea Nada."))
    chosen = Choices(all_notes=True)
    assert "Ateljea Nada" not in text(
        cdoc.build(session, "chronology", made.case_id, choices=chosen)
    )
    shown = text(cdoc.build(session, "chronology", made.case_id,
                            choices=chosen.keeping("Nada")))  # fmt: skip
    assert "Ateljea Nada" in shown
    # taking it out again forgets the "show it"
    assert chosen.keeping("Nada").redacting("nada").keep == ()


def _note(case_id: str, body: str) -> object:
    from datetime import datetime

    from astra_desktop.core.models import ContactNote

    return ContactNote(case_id, datetime(2024, 8, 1, 10, 0), body)


def test_review_marks_redactions_and_unknown_capitalised_words(
    session: vs.Session, made: _court_case.CourtCase
) -> None:
    found = review(session, "chronology", made.case_id, "sr-Latn",
                   choices=Choices(all_notes=True))  # fmt: skip
    marks = [(p, m) for p in found.passages for m in p.marks]
    redactions = [m for _p, m in marks if m.kind == REDACTION]
    assert found.redactions == len(redactions) > 0
    assert any(m.original.startswith("Nad") and m.replacement == made.case_code
               for m in redactions)  # fmt: skip
    for p, m in marks:
        shown = p.printed[m.start : m.end]
        assert shown == (m.replacement if m.kind == REDACTION else m.original)
    unknown = set(found.unknown)
    assert "Vračar" in unknown  # "Dom zdravlja Vračar": a place a worker should look at
    assert not unknown & {"Dom", "Razgovor", "Viši", "Pratnja", "Sastanak"}
    assert all(m.kind in (REDACTION, UNKNOWN) for _p, m in marks)
    # with the defaults no note text is up for review
    assert not any(
        "pasoš" in p.printed for p in review(session, "chronology", made.case_id).passages
    )


def test_common_words_are_known_in_their_case_forms() -> None:
    common = read_common(["sud  # a comment", "", "# only a comment", "policija"])
    assert known("Sudu", common) and known("СУДОМ", common) and known("Policiji", common)
    assert not known("Milica", common)


def test_cli_applies_the_options_and_prints_the_count(
    vault_folder: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    with vs.unlock(vault_folder, ADMIN, ADMIN_PASS) as sess:
        made = _court_case.make(sess)
        ids = note_ids(sess, made.case_id)
        (plain,) = [i for body, i in ids.items() if PLAIN_NOTE in body]
        expected = cdoc.make(sess, "chronology", made.case_id, "sr-Latn",
                             choices=Choices(notes=frozenset({plain})).redacting("Zvezdara"))  # fmt: skip
    home, out = vault_folder.parent, tmp_path / "c.pdf"
    code, printed, err = run(capsys, home, "document", "chronology", "--case", made.case_code,
                             "--out", str(out), "--include-notes", plain,
                             "--redact", "Zvezdara")  # fmt: skip
    assert code == 0, err
    assert f"{expected.redactions} redactions made." in printed
    flat = text_of(out)
    assert PLAIN_NOTE in flat and "Dogovoren sastanak" not in flat and "Zvezdar" not in flat

    code, printed, err = run(capsys, home, "document", "chronology", "--case", made.case_code,
                             "--out", str(out), "--include-notes", "all", "--keep", "KBC")  # fmt: skip
    assert code == 0, err
    assert "redactions made." in printed
    assert "Dogovoren sastanak" in text_of(out)

    code, _printed, err = run(capsys, home, "document", "risk-report", "--case", made.case_code,
                              "--out", str(out), "--include-health", "--exclude-document",
                              "racun-lekar.pdf")  # fmt: skip
    assert code == 0, err
    code, _printed, err = run(capsys, home, "document", "chronology", "--case", made.case_code,
                              "--out", str(out), "--include-notes", "no-such-note")  # fmt: skip
    assert code != 0 and "no-such-note" in err
    with vs.unlock(vault_folder, ADMIN, ADMIN_PASS) as sess:  # the CLI remembers nothing
        assert disclosure.remembered(sess, made.case_id) == Choices()
