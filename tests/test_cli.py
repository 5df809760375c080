"""`astra-desktop` commands end to end on real vaults: output, exit codes, one-line errors."""

from __future__ import annotations

import io
import re
import subprocess
import sys
from pathlib import Path

import pytest

from astra_desktop import cli
from astra_desktop.services import session as vs
from astra_desktop.storage import kdf
from astra_desktop.storage.keyslots import KeyFile
from tests.conftest import ADMIN, ADMIN_PASS, CASEWORKER, CASEWORKER_PASS


def run(
    capsys: pytest.CaptureFixture[str], home: Path, *args: str, lines: tuple[str, ...] = ()
) -> tuple[int, str, str]:
    """Run one command with `lines` on stdin (default: the admin's passphrase)."""
    stdin = io.StringIO("".join(f"{line}\n" for line in (lines or (ADMIN_PASS,))))
    code = cli.main(["--home", str(home), *args], stdin=stdin)
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def home(vault_folder: Path) -> Path:
    return vault_folder.parent


def test_init_prints_the_recovery_key_once(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(kdf, "calibrate", lambda *a, **k: kdf.FLOOR)
    home = tmp_path / "fresh"
    code, out, err = run(capsys, home, "init", "--admin", "vesna", lines=(ADMIN_PASS,))
    assert code == 0 and err == ""
    assert "RECOVERY KEY" in out
    (key_line,) = [ln.strip() for ln in out.splitlines() if ln.startswith("    ")]
    assert len(key_line) > 20 and out.count(key_line) == 1
    assert KeyFile.load(home / "vault" / "vault.keys").user_labels("admin") == ["vesna"]
    code, _, err = run(capsys, home, "init", "--admin", "vesna", lines=(ADMIN_PASS,))
    assert code == 1 and "already a vault" in err and len(err.splitlines()) == 1


def test_users_add_list_passwd_remove(home: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(
        capsys, home, "users", "add", CASEWORKER, "--role", "caseworker",
        lines=(ADMIN_PASS, CASEWORKER_PASS),
    )  # fmt: skip
    assert code == 0 and f"Added {CASEWORKER}" in out
    code, out, _ = run(capsys, home, "users", "list")
    assert code == 0
    assert f"{ADMIN}\tadmin\tall cases" in out and f"{CASEWORKER}\tcaseworker\tassigned" in out

    new = "seventeen lanterns over the danube"
    code, out, _ = run(
        capsys, home, "--user", CASEWORKER, "users", "passwd", CASEWORKER,
        lines=(CASEWORKER_PASS, new),
    )  # fmt: skip
    assert code == 0 and "Changed the passphrase" in out
    code, out, _ = run(capsys, home, "--user", CASEWORKER, "users", "list", lines=(new,))
    assert code == 0 and CASEWORKER in out

    code, out, _ = run(capsys, home, "users", "remove", CASEWORKER)
    assert code == 0 and "no longer opens" in out
    code, _, err = run(capsys, home, "--user", CASEWORKER, "users", "list", lines=(new,))
    assert code == 2 and len(err.splitlines()) == 1
    code, _, err = run(capsys, home, "--user", CASEWORKER, "users", "add", "eve", "--role",
                       "admin", lines=(new, "whatever"))  # fmt: skip
    assert code != 0 and "Traceback" not in err


def test_weak_new_passphrase_is_refused_in_one_line(
    home: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, _, err = run(
        capsys, home, "users", "add", CASEWORKER, "--role", "viewer", lines=(ADMIN_PASS, "1234")
    )
    assert code == 1 and err.startswith("astra-desktop: ") and len(err.splitlines()) == 1


@pytest.fixture
def fictional(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Record the demo command's "fictional data only" declaration instead of letting it change
    the settings of this (shared) test process."""
    calls: list[str] = []
    monkeypatch.setattr(vs, "fictional_data_only", lambda: calls.append("declared"))
    return calls


def test_demo_search_check_import(
    home: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], fictional: list[str]
) -> None:
    code, out, err = run(capsys, home, "demo", "--clients", "8", "--seed", "3")
    assert code == 0 and err == ""
    assert out.startswith("Added 8 fictional demo clients with ") and len(out.splitlines()) == 1
    assert fictional == ["declared"]

    csv_file = tmp_path / "klijenti.csv"
    csv_file.write_text(
        "given_name;family_name;date_of_birth;gender;case_code;shoe_size;notes\n"
        "Snežana;Živković;05.03.1990;female;AST-2019-0900;38;Prvi kontakt preko SOS telefona\n",
        encoding="utf-8-sig",
    )
    code, out, err = run(capsys, home, "import", str(csv_file))
    assert code == 0
    assert out == "Imported 1 clients with 1 cases from klijenti.csv.\n"
    assert "shoe_size" in err and "warning" in err

    code, out, _ = run(capsys, home, "search", "zivkovic")
    assert code == 0 and "AST-2019-0900\tSnežana Živković" in out
    code, out, _ = run(capsys, home, "search", "sos telefon")
    assert "AST-2019-0900" in out and "(in notes)" in out
    code, out, err = run(capsys, home, "search", "nobody-by-this-name")
    assert code == 0 and out == "" and "No matches" in err

    code, out, err = run(capsys, home, "check")
    assert code == 0 and "Vault is sound" in out and "9 clients" in out
    assert re.search(r"audit trail: \d+ entries verified with the administrators' key", out)

    code, out, err = run(capsys, home, "demo", "--clients", "1")
    assert code == 1 and out == "" and "not demo data" in err and len(err.splitlines()) == 1


def test_rejected_import_is_one_line_and_changes_nothing(
    home: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    csv_file = tmp_path / "bad.csv"
    csv_file.write_text("given_name,family_name,date_of_birth\nAna,Ilić,31.02.2020\n")
    code, out, err = run(capsys, home, "import", str(csv_file))
    assert code == 1 and out == ""
    assert len(err.splitlines()) == 1 and "line 2: “31.02.2020” is not a valid date" in err
    code, out, _ = run(capsys, home, "check")
    assert code == 0 and "0 clients" in out


def test_demo_needs_a_sensible_count(
    home: Path, capsys: pytest.CaptureFixture[str], fictional: list[str]
) -> None:
    with pytest.raises(SystemExit) as exited:
        run(capsys, home, "demo", "--clients", "0")
    assert exited.value.code == 2
    assert "from 1 to 1000000" in capsys.readouterr().err


def test_wrong_passphrase_exit_2_one_line(home: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run(capsys, home, "check", lines=("not the passphrase",))
    assert code == 2 and out == ""
    assert len(err.splitlines()) == 1 and err.startswith("astra-desktop: ")
    assert "Traceback" not in err


def test_missing_stdin_line_is_a_clear_error(
    home: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code = cli.main(["--home", str(home), "check"], stdin=io.StringIO(""))
    err = capsys.readouterr().err
    assert code == 1 and "line 1 of standard input" in err


def test_python_m_wrong_passphrase_has_no_traceback(home: Path) -> None:
    done = subprocess.run(
        [sys.executable, "-m", "astra_desktop", "--home", str(home), "check"],
        input="definitely not it\n",
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert done.returncode == 2
    assert "Traceback" not in done.stderr
    assert done.stderr.startswith("astra-desktop: ")


def test_the_composition_root_knows_every_command() -> None:
    """__main__ sends these names to the command line; a command it does not know would open
    the window instead."""
    from astra_desktop.cli_names import COMMANDS

    parser = cli.build_parser()
    sub = next(a for a in parser._actions if a.__class__.__name__ == "_SubParsersAction")
    assert set(sub.choices) == COMMANDS  # type: ignore[attr-defined]
