"""`astra-desktop partners …` end to end on a real vault: add, list with filters, contacts only
when asked, inactive and active again by an administrator, one-line errors with exit codes."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

import pytest

from astra_desktop.core.enums import ReferralDirection, Role
from astra_desktop.core.hotline import Call, CallTopic
from astra_desktop.core.missing import Inquiry, MissingSearch
from astra_desktop.core.models import Case, Client, Referral
from astra_desktop.core.partners import BAD_PHONE
from astra_desktop.services import case_records, clients, hotline, missing, partners, users
from astra_desktop.services import session as vs
from tests.conftest import ADMIN, ADMIN_PASS, CASEWORKER, CASEWORKER_PASS
from tests.test_cli import run


@pytest.fixture
def home(vault_folder: Path) -> Path:
    with vs.unlock(vault_folder, ADMIN, ADMIN_PASS) as sess:
        users.add_user(sess, CASEWORKER, Role.CASEWORKER, CASEWORKER_PASS)
    return vault_folder.parent


def test_add_list_deactivate(home: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run(
        capsys, home, "partners", "add", "--name", "Centar za socijalni rad Novi Sad",
        "--kind", "social-welfare", "--city", "Novi Sad", "--country", "Srbija",
        "--contact-person", "Dežurni socijalni radnik", "--phone", "+381 21 000 0001",
        "--email", "csr.ns@example.org", "--offers", "financial,documents", "--offers", "shelter",
        "--notes", "Radnim danima.",
    )  # fmt: skip
    assert code == 0 and err == "", err
    assert out.startswith("Added the partner Centar za socijalni rad Novi Sad (social-welfare): ")
    csr_id = out.strip().rsplit(" ", 1)[-1]
    code, out, _ = run(capsys, home, "--user", CASEWORKER, "partners", "add",
                       "--name", "Međunarodna organizacija za migracije", "--kind", "international",
                       "--city", "Београд", lines=(CASEWORKER_PASS,))  # fmt: skip
    assert code == 0, out
    iom_id = out.strip().rsplit(" ", 1)[-1]

    with vs.unlock(home / "vault", ADMIN, ADMIN_PASS) as sess:  # records that name them
        _name_partners(sess, csr_id, iom_id)
    code, out, _ = run(capsys, home, "partners", "list")
    assert code == 0
    assert out.splitlines() == [
        f"{csr_id}\tsocial-welfare\tCentar za socijalni rad Novi Sad\tNovi Sad\tSrbija\t"
        "shelter,documents,financial\treferrals=2\tinquiries=0\thotline=1",
        f"{iom_id}\tinternational\tMeđunarodna organizacija za migracije\tБеоград\t\t"
        "\treferrals=0\tinquiries=1\thotline=0",
    ]
    assert (
        "example.org" not in out and " 000 " not in out
    )  # contacts only when asked (ids are hex: "000" may be in one)
    code, out, _ = run(capsys, home, "partners", "list", "--city", "beograd")
    assert [line.split("\t")[0] for line in out.splitlines()] == [iom_id]
    code, out, _ = run(capsys, home, "partners", "list", "--kind", "social-welfare", "--contacts")
    assert "Dežurni socijalni radnik\t+381 21 000 0001\tcsr.ns@example.org\treferrals=2" in out
    code, out, _ = run(capsys, home, "partners", "list", "--offers", "shelter", "--search", "radn")
    assert [line.split("\t")[0] for line in out.splitlines()] == [csr_id]
    code, out, err = run(capsys, home, "partners", "list", "--kind", "court")
    assert code == 0 and out == "" and err.strip() == "No partners match."

    # making a partner inactive is for an administrator
    code, out, err = run(capsys, home, "--user", CASEWORKER, "partners", "deactivate", csr_id,
                         lines=(CASEWORKER_PASS,))  # fmt: skip
    assert code == 5 and out == "" and "Only an administrator" in err and len(err.splitlines()) == 1
    code, out, _ = run(capsys, home, "partners", "deactivate", csr_id)
    assert code == 0 and "is inactive" in out
    code, out, _ = run(capsys, home, "partners", "list")
    assert [line.split("\t")[0] for line in out.splitlines()] == [iom_id]
    code, out, _ = run(capsys, home, "partners", "list", "--inactive")
    assert out.splitlines()[0].startswith(csr_id) and out.splitlines()[0].endswith("\tinactive")
    code, out, _ = run(capsys, home, "partners", "list", "--all")
    assert len(out.splitlines()) == 2
    code, out, _ = run(capsys, home, "partners", "reactivate", csr_id)
    assert code == 0 and "active again" in out
    with vs.unlock(home / "vault", ADMIN, ADMIN_PASS) as sess:
        assert partners.get(sess, csr_id).active


def _name_partners(sess: vs.Session, csr_id: str, iom_id: str) -> None:
    """Two referrals and a hotline referral to the centre; an inquiry to IOM; a free-text
    referral that counts for nobody."""
    case = clients.register(sess, Client("Ana", "Anić"), Case(""))
    for partner_id, name in ((csr_id, ""), (csr_id, ""), (None, "La Strada Moldova")):
        case_records.add_entry(sess, Referral(case.id, ReferralDirection.OUT, name,
                                              date(2026, 3, 2), partner_id=partner_id))  # fmt: skip
    hotline.log_call(sess, Call(datetime(2026, 3, 2, 10, 0), CallTopic.REQUEST_FOR_HELP,
                                partner_id=csr_id))  # fmt: skip
    search = missing.open_search(sess, MissingSearch("M. P.", date(2026, 3, 1)))
    missing.ask_partner(sess, Inquiry(search.id, "", date(2026, 3, 2), partner_id=iom_id))


def test_errors_are_one_line(home: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run(capsys, home, "partners", "add", "--name", "Sud", "--kind", "court",
                         "--phone", "zovi sutra")  # fmt: skip
    assert code == 1 and out == "" and err == f"astra-desktop: {BAD_PHONE}\n"
    code, out, err = run(capsys, home, "partners", "deactivate", "no-such-partner")
    assert code == 1 and "not found" in err and len(err.splitlines()) == 1
    with pytest.raises(SystemExit) as stop:  # argparse: an unknown service, before unlocking
        run(capsys, home, "partners", "add", "--name", "X", "--kind", "ngo", "--offers", "food")
    assert stop.value.code == 2
    assert "'food' is not one of" in capsys.readouterr().err
