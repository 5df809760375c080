"""A filing that no longer fits where its proceeding stands (issue 19, item 5): the CLI refuses it
unless --force, naming the reason; the GUI says so before the preview. Real vault, real PDFs."""

from __future__ import annotations

import dataclasses
import io
from datetime import date
from pathlib import Path

import pytest
from pypdf import PdfReader

from astra_desktop import cli
from astra_desktop.core import court_documents as cd
from astra_desktop.core.court import ClaimDecision, Verdict, WitnessStatus
from astra_desktop.services import court_documents, proceedings
from astra_desktop.services import session as vs
from tests import _court_case
from tests.conftest import ADMIN, ADMIN_PASS


def run(capsys: pytest.CaptureFixture[str], home: Path, *args: str) -> tuple[int, str]:
    code = cli.main(["--home", str(home), *args], stdin=io.StringIO(f"{ADMIN_PASS}\n"))
    return code, capsys.readouterr().err


@pytest.mark.parametrize(
    ("kind", "change", "expected"),
    [
        ("vulnerable-witness", {"vulnerable_witness": WitnessStatus.GRANTED}, "already has"),
        (
            "vulnerable-witness",
            {"verdict": Verdict.DISCONTINUED, "verdict_on": date(2025, 6, 1)},
            "has ended",
        ),
        ("property-claim", {"property_claim_decision": ClaimDecision.REFERRED_TO_CIVIL}, "civil"),
        ("property-claim", {"property_claim_decision": ClaimDecision.GRANTED}, "already been"),
        ("property-claim", {"first_instance_ended_on": date(2025, 6, 1)}, "has ended"),
    ],
)
def test_a_filing_that_no_longer_fits_is_refused_unless_forced(
    vault_folder: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    kind: str,
    change: dict[str, object],
    expected: str,
) -> None:
    with vs.unlock(vault_folder, ADMIN, ADMIN_PASS) as sess:
        made = _court_case.make(sess)
        assert court_documents.stage_problems(sess, kind, made.case_id) == []
        p = proceedings.get(sess, made.proceeding_id)
        proceedings.update(sess, dataclasses.replace(p, **change))  # type: ignore[arg-type]
        [problem] = court_documents.stage_problems(sess, kind, made.case_id)
        assert expected in problem
    home, out = vault_folder.parent, tmp_path / "filing.pdf"
    code, err = run(capsys, home, "document", kind, "--case", made.case_code, "--out", str(out))
    assert code == 3 and expected in err and "--force" in err
    assert not out.exists()
    # A claim with no amounts is only ever a draft (tests/test_claims.py): the stage is what is tested.
    draft = ["--draft"] if kind == "property-claim" else []
    code, err = run(capsys, home, "document", kind, "--case", made.case_code, "--out", str(out),
                    "--force", *draft)  # fmt: skip
    assert code == 0, err
    assert PdfReader(out).pages[0].extract_text()


def test_the_organisations_own_documents_are_never_stage_checked() -> None:
    for kind in cd.KINDS:
        if kind not in cd.FILINGS:
            assert cd.stage_problems(kind, "granted", "discontinued", "granted", date.today()) == []


def test_the_gui_says_so_before_the_preview(qtbot: object, vault_folder: Path) -> None:
    from astra_desktop.gui.court.documents_page import CourtDocumentsPage, Request
    from astra_desktop.gui.dialogs import Messages
    from astra_desktop.gui.tasks import TaskRunner

    with vs.unlock(vault_folder, ADMIN, ADMIN_PASS) as sess:
        made = _court_case.make(sess)
        p = proceedings.get(sess, made.proceeding_id)
        proceedings.update(sess, dataclasses.replace(p, vulnerable_witness=WitnessStatus.GRANTED))
        runner = TaskRunner()
        page = CourtDocumentsPage(sess, runner)
        Messages.shown.clear()
        req = Request(made.case_id, made.case_code, "vulnerable-witness", "en", False, {})
        assert page.warn_stage(req)
        [(kind, text)] = Messages.shown
        assert kind == "inform" and "already has the status" in text
        page.deleteLater()
