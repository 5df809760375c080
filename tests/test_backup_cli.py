"""`astra-desktop backup …` and `transfer …` end to end: passphrases on stdin in the order --help
states, one-line errors, the one-time passphrase printed once, conflicts needing a choice."""

from __future__ import annotations

import io
from datetime import date
from pathlib import Path

import pytest

from astra_desktop import cli
from astra_desktop.core.enums import ReferralDirection
from astra_desktop.core.models import Client, Referral
from astra_desktop.core.partners import Partner, PartnerKind
from astra_desktop.services import case_records, clients, integrity, partners
from astra_desktop.services import session as vs
from tests._backups import BACKUP_PASS
from tests._vaults import CHEAP_KDF
from tests.conftest import ADMIN, ADMIN_PASS


def run(
    capsys: pytest.CaptureFixture[str], *args: str, lines: tuple[str, ...]
) -> tuple[int, str, str]:
    code = cli.main(list(args), stdin=io.StringIO("".join(f"{ln}\n" for ln in lines)))
    out, err = capsys.readouterr()
    return code, out, err


def test_help_states_the_order_of_the_lines(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit):
        cli.main(["backup", "--help"])
    out = " ".join(capsys.readouterr().out.split())
    assert "line 2: the new backup passphrase" in out and "--recovery" in out
    with pytest.raises(SystemExit):
        cli.main(["transfer", "--help"])
    assert "line 2: the bundle's one-time passphrase" in " ".join(capsys.readouterr().out.split())


def test_backup_create_list_verify_restore(
    vault_folder: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], recovery_key: str
) -> None:
    home = str(vault_folder.parent)
    with vs.unlock(vault_folder, ADMIN, ADMIN_PASS) as sess:
        clients.register(sess, Client("Ana", "Petrović"))
        digest = integrity.check(sess).content_digest
    usb = tmp_path / "usb"
    usb.mkdir()
    code, out, err = run(capsys, "--home", home, "backup", "create", "--out", str(usb / "monday"),
                         lines=(ADMIN_PASS, BACKUP_PASS))  # fmt: skip
    assert code == 0 and err == "" and "written and verified" in out
    backup = usb / "monday.astrabackup"
    assert backup.exists()
    code, out, _ = run(capsys, "backup", "list", str(usb), lines=())
    assert code == 0 and "monday.astrabackup" in out and "1 clients, 1 cases" in out

    code, out, err = run(capsys, "backup", "verify", str(backup), lines=(BACKUP_PASS,))
    assert code == 0 and "sound" in out and f"by {ADMIN}" in out
    code, _, err = run(capsys, "backup", "verify", str(backup), lines=("wrong passphrase",))
    assert code == 2 and len(err.splitlines()) == 1 and "does not open" in err

    into = tmp_path / "new-laptop"
    code, out, err = run(capsys, "backup", "restore", str(backup), "--into", str(into),
                         lines=(BACKUP_PASS, ADMIN_PASS))  # fmt: skip
    assert code == 0, err
    assert "Restored into" in out
    with vs.unlock(into / "vault", ADMIN, ADMIN_PASS) as sess:
        assert integrity.check(sess).content_digest == digest
    code, _, err = run(capsys, "backup", "restore", str(backup), "--into", str(into),
                       lines=(BACKUP_PASS, ADMIN_PASS))  # fmt: skip
    assert code == 1 and "already a vault" in err and len(err.splitlines()) == 1
    code, out, err = run(capsys, "--recovery", "backup", "restore", str(backup), "--into",
                         str(into), "--replace", lines=(recovery_key,))  # fmt: skip
    assert code == 0, err
    assert "kept, still encrypted" in out
    assert len(list(into.glob("vault.before-restore-*"))) == 1


def test_backup_onto_a_missing_folder_is_one_line(
    vault_folder: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, _, err = run(capsys, "--home", str(vault_folder.parent), "backup", "create", "--out",
                       str(tmp_path / "nowhere" / "b"), lines=(ADMIN_PASS, BACKUP_PASS))  # fmt: skip
    assert code == 1 and "does not exist" in err and len(err.splitlines()) == 1


def test_transfer_export_and_import_with_a_conflict(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    a, b = tmp_path / "a", tmp_path / "b"
    for home, name in ((a, "marija"), (b, "jovan")):
        vs.create_vault(home / "vault", name, ADMIN_PASS, kdf_params=CHEAP_KDF)[0].close()
    with vs.unlock(a / "vault", "marija", ADMIN_PASS) as sess:
        case = clients.register(sess, Client("Mila", "Jovanović", contact="first"))
    bundle = tmp_path / "handover.astratransfer"
    code, out, err = run(capsys, "--home", str(a), "transfer", "export", "--case", case.case_code,
                         "--out", str(bundle), lines=(ADMIN_PASS,))  # fmt: skip
    assert code == 0, err
    passphrase = out.split("\n\n")[1].strip()
    assert len(passphrase.split()) == 6 and out.count(passphrase) == 1
    code, out, err = run(capsys, "--home", str(b), "transfer", "import", str(bundle),
                         lines=(ADMIN_PASS, passphrase))  # fmt: skip
    assert code == 0 and "1 new" in out.replace("2 new", "1 new"), (out, err)

    for home, name, contact in ((a, "marija", "from A"), (b, "jovan", "from B")):
        with vs.unlock(home / "vault", name, ADMIN_PASS) as sess:
            client = clients.get_client(sess, case.client_id)
            client.contact = contact
            clients.update_client(sess, client)
    bundle2 = tmp_path / "again.astratransfer"
    code, out, _ = run(capsys, "--home", str(a), "transfer", "export", "--case", case.case_code,
                       "--out", str(bundle2), lines=(ADMIN_PASS,))  # fmt: skip
    passphrase = out.split("\n\n")[1].strip()
    code, out, err = run(capsys, "--home", str(b), "transfer", "import", str(bundle2),
                         lines=(ADMIN_PASS, passphrase))  # fmt: skip
    assert (
        code == 6 and "CHANGED ON BOTH LAPTOPS" in out and "'from B'" in out and "'from A'" in out
    )
    assert "nothing was imported" in err
    code, out, err = run(capsys, "--home", str(b), "transfer", "import", str(bundle2), "--theirs",
                         case.client_id, lines=(ADMIN_PASS, passphrase))  # fmt: skip
    assert code == 0, err
    with vs.unlock(b / "vault", "jovan", ADMIN_PASS) as sess:
        assert clients.get_client(sess, case.client_id).contact == "from A"


def test_transfer_import_says_which_partners_it_added(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A referral's partner unknown on the receiving laptop arrives, inactive, and the import
    says so (the person must check it before referring anyone to it)."""
    a, b = tmp_path / "a", tmp_path / "b"
    for home, name in ((a, "marija"), (b, "jovan")):
        vs.create_vault(home / "vault", name, ADMIN_PASS, kdf_params=CHEAP_KDF)[0].close()
    with vs.unlock(a / "vault", "marija", ADMIN_PASS) as sess:
        atina = partners.add(sess, Partner("Atina", PartnerKind.NGO, "Beograd"))
        case = clients.register(sess, Client("Mila", "Jovanović"))
        case_records.add_entry(sess, Referral(case.id, ReferralDirection.OUT, "",
                                              date(2026, 2, 2), partner_id=atina.id))  # fmt: skip
    bundle = tmp_path / "handover.astratransfer"
    code, out, err = run(capsys, "--home", str(a), "transfer", "export", "--case", case.case_code,
                         "--out", str(bundle), lines=(ADMIN_PASS,))  # fmt: skip
    assert code == 0, err
    passphrase = out.split("\n\n")[1].strip()
    code, out, err = run(capsys, "--home", str(b), "transfer", "import", str(bundle),
                         lines=(ADMIN_PASS, passphrase))  # fmt: skip
    assert code == 0, err
    assert "1 partner(s) added to the registry, inactive" in out
    with vs.unlock(b / "vault", "jovan", ADMIN_PASS) as sess:
        assert partners.get(sess, atina.id).active is False
