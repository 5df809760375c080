"""`astra-desktop document KIND --case CODE --out FILE.pdf` end to end on a real vault: the file is
the document, the export is audited, and mistakes get one plain line."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest
from pypdf import PdfReader

from astra_desktop import cli
from astra_desktop.services import session as vs
from astra_desktop.storage import audit
from tests import _court_case
from tests.conftest import ADMIN, ADMIN_PASS


def run(capsys: pytest.CaptureFixture[str], home: Path, *args: str) -> tuple[int, str, str]:
    code = cli.main(["--home", str(home), *args], stdin=io.StringIO(f"{ADMIN_PASS}\n"))
    out, err = capsys.readouterr()
    return code, out, err


def text_of(path: Path) -> str:
    return " ".join(" ".join(p.extract_text() for p in PdfReader(path).pages).split())


def test_document_command_writes_an_audited_export(
    vault_folder: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    with vs.unlock(vault_folder, ADMIN, ADMIN_PASS) as sess:
        made = _court_case.make(sess)
    home = vault_folder.parent
    out = tmp_path / "hronologija.pdf"
    code, printed, err = run(capsys, home, "document", "chronology", "--case", made.case_code,
                             "--out", str(out), "--lang", "sr-Cyrl")  # fmt: skip
    assert code == 0 and err == ""
    assert made.case_code in printed and "audit trail" in printed and "Nada" not in printed
    text = text_of(out)
    assert "ХРОНОЛОГИЈА ДОГАЂАЈА И ПОСТУПКА" in text and "Поверљиво" in text
    assert "Nada" not in text and "Đorđević" not in text
    with vs.unlock(vault_folder, ADMIN, ADMIN_PASS) as sess:
        login, export = audit.entries(sess.db, limit=2)  # newest first: this unlock, the export
        assert (export.action, export.entity, export.entity_id) == (
            "export", "court-document", made.case_id,
        )  # fmt: skip
        assert export.detail == "chronology sr-Cyrl, case code only" and login.action == "login"

    extra = tmp_path / "claim.json"
    extra.write_text(json.dumps({"items": [{"kind": "unpaid-wages", "amount": "1.234,56"}]}))
    claim = tmp_path / "zahtev.pdf"
    code, _printed, err = run(capsys, home, "document", "property-claim", "--case", made.case_code,
                              "--out", str(claim), "--names", "--extra", str(extra))  # fmt: skip
    assert code == 0, err
    text = text_of(claim)
    assert "IMOVINSKOPRAVNI ZAHTEV" in text and "1.234,56" in text and "Nada Đorđević" in text


def test_document_command_mistakes_get_one_line(
    vault_folder: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    home = vault_folder.parent
    out = tmp_path / "x.pdf"
    code, _o, err = run(capsys, home, "document", "attendance", "--case", "AST-2099-0001",
                        "--out", str(out))  # fmt: skip
    assert code == 1 and "There is no case AST-2099-0001" in err and len(err.splitlines()) == 1
    assert not out.exists()
    with pytest.raises(SystemExit):
        run(capsys, home, "document", "testament", "--case", "AST-2099-0001", "--out", str(out))
    assert "invalid choice" in capsys.readouterr().err
    bad = tmp_path / "bad.json"
    bad.write_text("{items")
    code, _o, err = run(capsys, home, "document", "property-claim", "--case", "AST-2099-0001",
                        "--out", str(out), "--extra", str(bad))  # fmt: skip
    assert code == 1 and "bad.json is not valid JSON" in err and len(err.splitlines()) == 1
