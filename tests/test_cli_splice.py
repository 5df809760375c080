"""No CLI command reports success on a spliced or rolled-back vault, at any size (issue 16, item 3).

The GUI opens after the quick checks, at every size, and finishes the whole-file checks (page
MACs, page splices) in a child process; the CLI has no window to report such a finding later, so
it runs them at unlock (`full_check`) for every vault.
"""

from __future__ import annotations

import io
from pathlib import Path

import pytest

from astra_desktop import cli
from astra_desktop.services import session as vs
from tests._vaults import snapshot
from tests.conftest import ADMIN, ADMIN_PASS
from tests.test_splice_check import damage_a_page, put_back_older_clients_page

NEW = "amber quilt orchard ninety"
MIXED = "Parts of vault.db do not match the rest"

# (arguments, stdin lines after the unlock passphrase): read-only and writing commands
COMMANDS: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    "search": (("search", "Gajić"), ()),
    "check": (("check",), ()),
    "agenda": (("agenda", "--days", "30"), ()),
    "document": (("document", "chronology", "--case", "AST-2026-0001", "--out", "{out}.pdf"), ()),
    "backup create": (("backup", "create", "--out", "{out}.astrabackup"), (NEW, NEW)),
    "users list": (("users", "list"), ()),
    "users add": (("users", "add", "petar", "--role", "caseworker"), (NEW, NEW)),
    "users passwd": (("users", "passwd", ADMIN), (NEW, NEW)),
    "users remove": (("users", "remove", "nobody"), ()),
    "rotate-key": (("rotate-key",), ()),
    "demo": (("demo", "--clients", "1"), ()),
    "import": (("import", "{out}.csv"), ()),
    "transfer export": (("transfer", "export", "--case", "AST-2026-0001", "--out", "{out}"), ()),
    "transfer import": (("transfer", "import", "{out}.bundle"), ("x",)),
}


def run(
    capsys: pytest.CaptureFixture[str], home: Path, args: tuple[str, ...], lines: tuple[str, ...]
) -> tuple[int, str, str]:
    stdin = io.StringIO("".join(f"{line}\n" for line in lines))
    code = cli.main(["--home", str(home), *args], stdin=stdin)
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def spliced(vault_folder: Path) -> Path:
    put_back_older_clients_page(vault_folder)
    return vault_folder


def test_quick_checks_alone_would_open_the_spliced_vault(spliced: Path) -> None:
    """The premise: unlock's quick checks (the GUI's) pass a spliced vault."""
    with vs.unlock(spliced, ADMIN, ADMIN_PASS) as sess:
        assert not sess.deep_checked


@pytest.mark.parametrize("name", COMMANDS)
def test_every_command_refuses_a_spliced_vault(
    spliced: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], name: str
) -> None:
    args, more = COMMANDS[name]
    out_base = str(tmp_path / "out")
    args = tuple(a.replace("{out}", out_base) for a in args)
    (tmp_path / "out.csv").write_text("given_name;family_name\nVesna;Vuković\n", encoding="utf-8")
    before = snapshot(spliced)
    code, out, err = run(capsys, spliced.parent, args, (ADMIN_PASS, *more))
    assert code == 4, (code, out, err)
    assert out == ""  # no success line, no records read from the damaged file
    assert MIXED in err and "tables clients" in err and len(err.splitlines()) == 1
    assert snapshot(spliced) == before  # nothing was written to the vault
    assert sorted(p.name for p in tmp_path.iterdir() if p.name.startswith("out")) == ["out.csv"]


def test_recovery_key_unlock_refuses_a_spliced_vault(
    spliced: Path, recovery_key: str, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, err = run(capsys, spliced.parent, ("--recovery", "users", "list"), (recovery_key,))
    assert (code, out) == (4, "") and MIXED in err


@pytest.mark.parametrize("name", ["users list", "check", "backup create"])
def test_a_page_that_fails_its_mac_is_refused(
    vault_folder: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], name: str
) -> None:
    """A damaged page the quick checks never read (the GUI reports it after opening): every
    command refuses the vault at unlock."""
    damage_a_page(vault_folder)
    args, more = COMMANDS[name]
    args = tuple(a.replace("{out}", str(tmp_path / "out")) for a in args)
    before = snapshot(vault_folder)
    code, out, err = run(capsys, vault_folder.parent, args, (ADMIN_PASS, *more))
    assert (code, out) == (4, ""), (code, out, err)
    assert "1 damaged page(s)" in err
    assert snapshot(vault_folder) == before
    assert not list(tmp_path.glob("out*"))


def test_rolled_back_vault_is_refused(
    vault_folder: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    old = (vault_folder / "vault.db").read_bytes()
    assert run(capsys, vault_folder.parent, ("users", "list"), (ADMIN_PASS,))[0] == 0
    (vault_folder / "vault.db").write_bytes(old)  # the whole file from before that login
    code, out, err = run(capsys, vault_folder.parent, ("search", "x"), (ADMIN_PASS,))
    assert (code, out) == (4, "") and "older than the last state" in err


def test_sound_vault_still_works(vault_folder: Path, capsys: pytest.CaptureFixture[str]) -> None:
    home = vault_folder.parent
    code, out, _ = run(capsys, home, ("users", "list"), (ADMIN_PASS,))
    assert code == 0 and out.startswith(f"{ADMIN}\tadmin")
    code, out, _ = run(capsys, home, ("check",), (ADMIN_PASS,))
    assert code == 0 and "Vault is sound" in out
    code, _, err = run(capsys, home, ("agenda",), (ADMIN_PASS,))
    assert code == 0 and "No appointments planned" in err
