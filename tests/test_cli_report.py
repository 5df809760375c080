"""`astra-desktop report annual …` end to end on a real vault: the year's records made through the
services, the PDF (and CSV) written, parsed back and checked against counts worked out by hand;
no name, initials or phone number from the vault in either file; the export audited before the
file exists; one-line errors with the CLI's exit codes."""

from __future__ import annotations

import csv
import io
import os
from datetime import date, datetime, timedelta
from pathlib import Path

import pypdf
import pytest

from astra_desktop.core.annual_figures import Filters, Period
from astra_desktop.core.appointments import AppointmentStatus
from astra_desktop.core.court import Attendance, Defendant, DefendantRole, Party, Proceeding
from astra_desktop.core.enums import Role
from astra_desktop.core.hotline import Call, CallerType, CallTopic, Channel
from astra_desktop.core.missing import MissingSearch
from astra_desktop.core.models import Case, Client
from astra_desktop.core.partners import Partner
from astra_desktop.core.trials import MonitoredTrial, TrialHearing
from astra_desktop.errors import AstraError, PermissionDenied
from astra_desktop.services import (
    annual_report,
    clients,
    hearings,
    hotline,
    missing,
    partners,
    proceedings,
    trials,
    users,
)
from astra_desktop.services import session as vs
from astra_desktop.services.hearings import HearingOutcome
from astra_desktop.storage import audit
from tests.conftest import ADMIN, ADMIN_PASS
from tests.test_cli import run

FIRST, SURNAME, INITIALS = "Jovanka", "Prezimić", "M. P."
SOUGHT = "Milica Tajnović"  # the missing person
PHONE = "063 111 222"  # a caller's number to call back
SAFE_HOUSE = "Sigurna kuća Niš"
VIEWER, VIEWER_PASS = "vera", "vera-has-a-long-passphrase-42"


def _record(sess: vs.Session) -> str:
    """2024, worked out by hand:
    A  client Jovanka Prezimić, Viši sud u Nišu, opened 01.06.2023, pending, one defendant (M. P.).
       27 hearings weekly from 08.01.2024: she was summoned to all and came to all, testified at
       the first; the defendant came to the first 10. Hearings 11–14 postponed by the defence.
       -> row: 27 hearings, 23 held, 4 postponed, summoned 27, came 27, testified 1,
          1 defendant, came 10 / 10.
    M  monitored, Viši sud u Kragujevcu K 41/23, opened 20.11.2023; 01.03.2024 postponed by the
       court, nobody recorded.
    -> followed 2, 1 monitored; 28 hearings, 23 held, 5 postponed (defence 4, court 1).
    Hotline: 15.01 phone, anonymous possible victim, 10 min, referred to the safe house; 20.01
    SMS, a named family member with a number to call back, 5 min -> 2 calls, 15 minutes.
    Missing: one search opened 01.02.2024 for Milica Tajnović, still open."""
    case = clients.register(sess, Client(FIRST, SURNAME), Case(""))
    p = proceedings.add(
        sess, Proceeding(case.id, court="Viši sud u Nišu", opened_on=date(2023, 6, 1))
    )
    accused = proceedings.add_entry(sess, Defendant(p.id, INITIALS, DefendantRole.EXPLOITER))
    victim, defendant = (Party.VICTIM, None), (Party.DEFENDANT, accused.id)
    for n in range(1, 28):
        postponed = 11 <= n <= 14
        view = hearings.schedule(sess, p.id, datetime(2024, 1, 8, 9) + timedelta(weeks=n - 1))
        hearings.record(sess, view.hearing.id, HearingOutcome(
            status=AppointmentStatus.POSTPONED if postponed else AppointmentStatus.HELD,
            present={victim: True, defendant: n <= 10}, summoned={victim: True, defendant: True},
            testified={victim: n == 1}, postponed_by="defence" if postponed else "",
            postponement_reason="Odloženo" if postponed else "",
        ))  # fmt: skip
    m = trials.add(sess, MonitoredTrial(court="Viši sud u Kragujevcu", court_case_number="K 41/23",
                                        opened_on=date(2023, 11, 20)))  # fmt: skip
    trials.save_hearing(sess, TrialHearing(m.id, date(2024, 3, 1), status=AppointmentStatus.POSTPONED,
                                           postponed_by="court"), list[Attendance](), new=True)  # fmt: skip
    house = partners.add(sess, Partner(SAFE_HOUSE)).id
    hotline.log_call(sess, Call(datetime(2024, 1, 15, 10), CallTopic.REQUEST_FOR_HELP,
                                duration_minutes=10, caller_type=CallerType.POSSIBLE_VICTIM,
                                anonymous=True, partner_id=house))  # fmt: skip
    hotline.log_call(sess, Call(datetime(2024, 1, 20, 18), CallTopic.MISSING_PERSON,
                                duration_minutes=5, caller_type=CallerType.FAMILY_MEMBER,
                                anonymous=False, caller_contact=PHONE, channel=Channel.SMS))  # fmt: skip
    missing.open_search(sess, MissingSearch(SOUGHT, date(2024, 2, 1)), "prijava")
    return case.case_code


@pytest.fixture
def recorded(vault_folder: Path) -> tuple[Path, str]:
    with vs.unlock(vault_folder, ADMIN, ADMIN_PASS) as sess:
        code = _record(sess)
        users.add_user(sess, VIEWER, Role.VIEWER, VIEWER_PASS)
    return vault_folder.parent, code


def pdf_text(path: Path) -> str:
    reader = pypdf.PdfReader(io.BytesIO(path.read_bytes()))
    return " ".join(" ".join(p.extract_text().split()) for p in reader.pages)


def _no_one_named(text: str) -> None:
    for secret in (FIRST, SURNAME, INITIALS, SOUGHT, "Tajnović", PHONE):
        assert secret not in text, secret


def test_the_annual_report_and_its_csv(
    recorded: tuple[Path, str], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    home, code = recorded
    out, table = tmp_path / "godisnji-2024.pdf", tmp_path / "godisnji-2024.csv"
    rc, printed, err = run(capsys, home, "report", "annual", "--year", "2024", "--out", str(out),
                           "--csv", str(table))  # fmt: skip
    assert rc == 0 and err == "", err
    assert printed.splitlines() == [
        f"Wrote the annual report 2024 (sr-Latn, codes only) to {out}: 2 trials followed, "
        "2 hotline calls, 1 missing-person search opened.",
        f"Wrote the same figures as CSV to {table}.",
        "The files are not encrypted; the export is recorded in the audit trail.",
    ]
    text = pdf_text(out)
    for want in (
        "GODIŠNJI IZVEŠTAJ ZA 2024. GODINU", "Praćena suđenja 2",
        "od toga, suđenja koja pratimo bez naše klijentkinje ili klijenta 1",
        "Zakazana ročišta 28", "Održana 23", "Odložena 5",
        "odbrana (okrivljeni ili branilac) 4 80,0 %", "sud 1 20,0 %",
        f"{code} 27 23 4 27 27 1 1 10 / 10",  # she came 27 times, he came 10
        "Viši sud u Kragujevcu K 41/23 praćeno 1 0 1 0 0 0 0 0 / 0",
        "Pozivi i kontakti 2", "Ukupno trajanje razgovora, u minutima 15",
        "pretpostavljena žrtva 1 50,0 %", f"{SAFE_HOUSE} 1 100,0 %", "Otvorene potrage 1",
    ):  # fmt: skip
        assert want in text, (want, text)
    _no_one_named(text)
    assert os.stat(out).st_mode & 0o777 == 0o600  # as every file the app writes
    rows = list(csv.reader(io.StringIO(table.read_text(encoding="utf-8"))))
    cell = {(s, m, c): v for s, m, c, v in rows[1:]}
    assert cell["report", "year", ""] == "2024"
    assert cell["appearances", "victim_appeared", code] == "27"
    assert cell["appearances", "defendant_appeared_most", code] == "10"
    assert cell["hotline", "calls", ""] == "2" and cell["trials", "followed", ""] == "2"
    _no_one_named(table.read_text(encoding="utf-8"))
    with vs.unlock(home / "vault", ADMIN, ADMIN_PASS) as sess:
        entities = [(e.action, e.entity, e.detail) for e in audit.entries(sess.db, limit=3)]
    assert ("export", "annual-report", "pdf sr-Latn 2024-01-01..2024-12-31 all") in entities
    assert any(e[1] == "annual-statistics" for e in entities)


@pytest.mark.parametrize(
    ("lang", "words"),
    [("sr-Cyrl", ["ГОДИШЊИ ИЗВЕШТАЈ ЗА 2024. ГОДИНУ", "Виши суд у Крагујевцу", "К 41/23",
                  "Праћена суђења 2", "СМС 1 50,0 %"]),
     ("en", ["ANNUAL REPORT 2024", "Trials followed 2", "defence (a defendant or counsel) 4 80.0 %",
             "family member 1 50.0 %", "Searches opened 1"])],
)  # fmt: skip
def test_the_other_languages(
    recorded: tuple[Path, str], tmp_path: Path, capsys: pytest.CaptureFixture[str],
    lang: str, words: list[str],
) -> None:  # fmt: skip
    home, code = recorded
    out = tmp_path / "report.pdf"
    rc, _p, err = run(capsys, home, "report", "annual", "--year", "2024", "--out", str(out),
                      "--lang", lang)  # fmt: skip
    assert rc == 0, err
    text = pdf_text(out)
    assert [w for w in words if w not in text] == [], text
    assert f"{code} 27 23 4 27 27 1 1 10 / 10" in text
    _no_one_named(text)


def test_the_trial_filters_narrow_the_trials_only(
    recorded: tuple[Path, str], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    home, code = recorded
    out = tmp_path / "monitored.pdf"
    rc, printed, err = run(capsys, home, "report", "annual", "--year", "2024", "--out", str(out),
                           "--lang", "en", "--trials", "monitored")  # fmt: skip
    assert rc == 0 and "1 trial followed, 2 hotline calls" in printed, err
    text = pdf_text(out)
    assert "Trials counted monitored trials only (no client of ours) Court every court" in text
    assert "Trials followed 1" in text and "Hearings scheduled 1" in text and code not in text
    assert "Calls and contacts 2" in text
    rc, printed, _e = run(capsys, home, "report", "annual", "--year", "2024", "--out", str(out),
                          "--lang", "en", "--court", "Viši sud u Nišu")  # fmt: skip
    assert rc == 0 and "1 trial followed" in printed
    text = pdf_text(out)
    assert "Court Viši sud u Nišu" in text and f"{code} 27 23 4 27 27 1 1 10 / 10" in text
    assert "Kragujevcu" not in text


def test_a_year_with_nothing_recorded(
    recorded: tuple[Path, str], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    home, _code = recorded
    out = tmp_path / "2019.pdf"
    rc, printed, _e = run(capsys, home, "report", "annual", "--year", "2019", "--out", str(out),
                          "--lang", "en")  # fmt: skip
    assert rc == 0 and "0 trials followed, 0 hotline calls" in printed
    text = pdf_text(out)
    assert "No trials followed in this period." in text
    assert "No hotline calls in this period." in text
    assert "No missing-person searches in this period." in text


def test_mistakes_get_one_line_and_no_file(
    recorded: tuple[Path, str], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    home, _code = recorded
    out = tmp_path / "r.pdf"
    for year in ("1999", "twenty", str(date.today().year + 1)):
        with pytest.raises(SystemExit) as exited:
            run(capsys, home, "report", "annual", "--year", year, "--out", str(out))
        assert exited.value.code == 2
        assert "give a year from 2000 to" in capsys.readouterr().err
    nowhere = tmp_path / "no-such-folder" / "r.pdf"
    rc, _p, err = run(capsys, home, "report", "annual", "--year", "2024", "--out", str(nowhere))
    assert rc == 1 and "does not exist" in err and len(err.splitlines()) == 1
    rc, _p, err = run(capsys, home, "report", "annual", "--year", "2024", "--out", str(tmp_path))
    assert rc == 1 and "is a folder" in err and len(err.splitlines()) == 1
    rc, _p, err = run(capsys, home, "report", "annual", "--year", "2024", "--out", str(out),
                      "--csv", str(nowhere.with_suffix(".csv")))  # fmt: skip
    assert rc == 1 and "does not exist" in err and not out.exists()  # said before anything
    too_long = tmp_path / ("x" * 250 + ".pdf")  # the folder is fine; the file cannot be made
    rc, _p, err = run(capsys, home, "report", "annual", "--year", "2024", "--out", str(too_long))
    assert rc == 1 and "The report could not be written to" in err and len(err.splitlines()) == 1, (
        err
    )
    assert list(tmp_path.glob(".x*")) == []  # no temporary file left behind
    rc, _p, err = run(capsys, home, "--user", VIEWER, "report", "annual", "--year", "2024",
                      "--out", str(out), lines=(VIEWER_PASS,))  # fmt: skip
    assert rc == 5 and "does not allow" in err and not out.exists()
    # last: a wrong passphrase makes the next try wait
    rc, printed, err = run(capsys, home, "report", "annual", "--year", "2024", "--out", str(out),
                           lines=("not the passphrase",))  # fmt: skip
    assert rc == 2 and printed == "" and len(err.splitlines()) == 1 and not out.exists()


def test_the_service_audits_before_writing_and_checks_its_inputs(
    recorded: tuple[Path, str], tmp_path: Path
) -> None:
    home, _code = recorded
    target = tmp_path / "r.pdf"
    with vs.unlock(home / "vault", ADMIN, ADMIN_PASS) as sess:
        with pytest.raises(AstraError, match="not “de”"):
            annual_report.write_pdf(sess, Period.year(2024), Filters(), "de", target)
        assert not target.exists()
        before = audit.entries(sess.db, limit=1)[0].seq
        fig = annual_report.write_pdf(sess, Period.year(2024), Filters(), "en", target)
        entry = audit.entries(sess.db, limit=1)[0]
        assert entry.seq == before + 1 and (entry.action, entry.entity) == (
            "export",
            "annual-report",
        )
        assert fig.trials.followed == 2 and target.read_bytes().startswith(b"%PDF")
    with vs.unlock(home / "vault", VIEWER, VIEWER_PASS) as sess, pytest.raises(PermissionDenied):
        annual_report.write_pdf(sess, Period.year(2024), Filters(), "en", tmp_path / "v.pdf")
    assert not (tmp_path / "v.pdf").exists()
