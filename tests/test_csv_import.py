"""CSV import: the format contract, warnings, and all-or-nothing on real vaults."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from astra_desktop.core.enums import CaseStatus, ExploitationType, Gender, Role
from astra_desktop.core.models import Case, Client
from astra_desktop.errors import AstraError, ImportRejected, PermissionDenied
from astra_desktop.services import clients, csv_import, integrity, search, users
from astra_desktop.services import session as vs
from astra_desktop.storage import audit
from tests.conftest import CASEWORKER_PASS

HEADER = "given_name,family_name,aliases,date_of_birth,gender,citizenship,case_code,notes"


COMMA_FILE = (
    f"{HEADER}\n"
    "Jelena,Đorđević,Jeca|Lena,05.03.1990,female,RS,AST-2024-0101,Prvi razgovor; dogovor\n"
    "Олена,Коваленко,,1988-11-30,F,UA,,\n"
    '"Văn Thành",Nguyễn,,,male,VN|RS,,"Radnik sa gradilišta, ""posrednik"" zadržao pasoš"\n'
)
SEMICOLON_FILE = (
    "given_name;family_name;aliases;date_of_birth;gender;citizenship;case_code;notes\r\n"
    'Jelena;Đorđević;Jeca|Lena;05.03.1990;female;RS;AST-2024-0101;"Prvi razgovor; dogovor"\r\n'
    "Олена;Коваленко;;1988-11-30;F;UA;;\r\n"
    '"Văn Thành";Nguyễn;;;male;VN|RS;;"Radnik sa gradilišta, ""posrednik"" zadržao pasoš"\r\n'
)


def write(tmp_path: Path, text: str, bom: bool = False, name: str = "in.csv") -> Path:
    path = tmp_path / name
    path.write_bytes((b"\xef\xbb\xbf" if bom else b"") + text.encode("utf-8"))
    return path


def digest(sess: vs.Session) -> str:
    return integrity.check(sess).content_digest


def stored_clients(sess: vs.Session) -> dict[str, tuple[object, ...]]:
    rows = sess.db.execute(
        "SELECT cl.family_name, cl.given_name, cl.aliases, cl.date_of_birth, cl.gender, "
        "cl.citizenships, ca.case_code FROM clients cl JOIN cases ca ON ca.client_id = cl.id"
    ).fetchall()
    return {r[0]: tuple(r[1:]) for r in rows}


@pytest.mark.parametrize(
    ("bom", "delimiter"), [(False, ","), (True, ","), (False, ";"), (True, ";")]
)
def test_bom_and_delimiters(session: vs.Session, tmp_path: Path, bom: bool, delimiter: str) -> None:
    text = COMMA_FILE if delimiter == "," else SEMICOLON_FILE
    result = csv_import.import_csv(session, write(tmp_path, text, bom))
    assert (result.clients, result.cases, result.warnings) == (3, 3, [])
    got = stored_clients(session)
    assert got["Đorđević"] == (
        "Jelena", '["Jeca", "Lena"]', "1990-03-05", "female", '["RS"]', "AST-2024-0101"
    )  # fmt: skip
    assert got["Коваленко"][2:5] == ("1988-11-30", "female", '["UA"]')
    assert got["Nguyễn"][3:5] == ("male", '["VN", "RS"]')
    assert [h.client_name for h in search.search(session, "djordjevic")] == ["Jelena Đorđević"]
    assert [h.client_name for h in search.search(session, "kovalenko")] == ["Олена Коваленко"]
    notes = [r[0] for r in session.db.execute("SELECT body FROM contact_notes ORDER BY body")]
    assert notes == ["Prvi razgovor; dogovor", 'Radnik sa gradilišta, "posrednik" zadržao pasoš']


def test_generated_codes_never_take_a_code_given_later_in_the_file(
    session: vs.Session, tmp_path: Path
) -> None:
    year = date.today().year
    text = f"{HEADER}\nAna,Ilić,,,,,,\nMarko,Savić,,,,,AST-{year}-0001,\n"
    csv_import.import_csv(session, write(tmp_path, text))
    got = stored_clients(session)
    assert got["Savić"][-1] == f"AST-{year}-0001"
    assert got["Ilić"][-1] == f"AST-{year}-0002"


def test_notes_become_the_first_contact_note_and_other_fields_are_taken(
    session: vs.Session, tmp_path: Path
) -> None:
    text = (
        "Given Name;family_name;status;closure_reason;exploitation_types;opened_on;estimated_age;"
        "Notes\nMilica;Petrović;closed;Vratila se porodici;sexual|labour;12.1.2023.;17;"
        "Poziv na SOS telefon\n"
    )
    csv_import.import_csv(session, write(tmp_path, text))
    case_id, client_id = session.db.execute("SELECT id, client_id FROM cases").fetchone()
    case = clients.get_case(session, case_id)
    client = clients.get_client(session, client_id)
    assert case.status is CaseStatus.CLOSED and case.closure_reason == "Vratila se porodici"
    assert case.exploitation_types == [ExploitationType.SEXUAL, ExploitationType.LABOUR]
    assert case.opened_on == date(2023, 1, 12) and case.case_code == "AST-2023-0001"
    assert client.estimated_age == 17 and client.gender is Gender.UNKNOWN
    (body, occurred) = session.db.execute("SELECT body, occurred_at FROM contact_notes").fetchone()
    assert body == "Poziv na SOS telefon" and occurred.startswith("2023-01-12")
    hits = search.search(session, "sos telefon")
    assert hits and hits[0].in_notes


def test_unknown_columns_are_warned_not_dropped_silently(
    session: vs.Session, tmp_path: Path
) -> None:
    text = "given_name,family_name,favourite_colour,\nAna,Ilić,plava,\n"
    result = csv_import.import_csv(session, write(tmp_path, text))
    assert result.clients == 1
    assert any("favourite_colour" in w for w in result.warnings)
    assert any("number 4" in w for w in result.warnings)


def test_a_bad_row_rejects_the_whole_file_and_names_the_lines(
    session: vs.Session, tmp_path: Path
) -> None:
    clients.register(session, Client("Stara", "Klijentkinja"), Case("", case_code="AST-2020-0007"))
    before = digest(session)
    text = (
        f"{HEADER}\n"
        "Ana,Ilić,,01.02.1999,female,RS,,ok\n"  # line 2: fine
        'Marko,"Savić\nJr",,,male,RS,,\n'  # lines 3-4: a quoted line break, fine
        "Ivana,Jović,,01.02.1999,female,RS,AST-2021-0001,\n"  # line 5: fine
        "Nina,Nikolić,,31.02.2020,female,RS,,\n"  # line 6: no such date
        "Ivan,Marić,,,alien,RS,,\n"  # line 7: unknown gender
        "Ena,Kos,,,female,RS,AST-2021-0001,\n"  # line 8: duplicate of line 5
        "Eva,Kos,,,female,RS,AST-2020-0007,\n"  # line 9: already in the vault
        "Ema,Kos,,,female,RS,CASE 12,\n"  # line 10: not a case code
        "Una,Kos,,,female\n"  # line 11: too few values
    )
    with pytest.raises(ImportRejected) as caught:
        csv_import.import_csv(session, write(tmp_path, text))
    problems = caught.value.problems
    assert problems[0].startswith("line 6: “31.02.2020” is not a valid date")
    assert problems[1].startswith("line 7: “alien” is not a known gender")
    assert problems[2].startswith("line 8: case code AST-2021-0001 is also on line 5")
    assert problems[3].startswith("line 9: case code AST-2020-0007 is already in use")
    assert problems[4].startswith("line 10: “CASE 12” is not a case code")
    assert problems[5].startswith("line 11: has 5 values")
    assert len(problems) == 6
    assert "Nothing was imported" in str(caught.value)
    assert digest(session) == before
    assert int(session.db.execute("SELECT count(*) FROM clients").fetchone()[0]) == 1


def test_a_failure_while_writing_rolls_everything_back(
    session: vs.Session, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    before = digest(session)
    real = clients.register
    calls = []

    def failing(sess: vs.Session, client: Client, case: Case | None = None) -> Case:
        calls.append(client.family_name)
        if len(calls) == 2:
            raise OSError("disk went away")
        return real(sess, client, case)

    monkeypatch.setattr(clients, "register", failing)
    with pytest.raises(OSError):
        csv_import.import_csv(session, write(tmp_path, f"{HEADER}\nA,B,,,,,,\nC,D,,,,,,\n"))
    assert digest(session) == before
    assert not any(e.action == "import" for e in audit.entries(session.db))


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"", "empty"),
        (b"\xef\xbb\xbf \n\n", "empty"),
        ("given_name,family_name\nAna,Ili\xe6\n".encode("latin-1"), r"not UTF-8 text \(line 2\)"),
        (b"given_name,surname\nAna,Ilic\n", "missing: family_name"),
        (b"given_name,family_name\n", "no rows"),
        (b"given_name,family_name,Given Name\nA,B,C\n", "appears twice"),
    ],
)
def test_files_that_cannot_be_imported(
    session: vs.Session, tmp_path: Path, content: bytes, message: str
) -> None:
    path = tmp_path / "bad.csv"
    path.write_bytes(content)
    with pytest.raises(AstraError, match=message):
        csv_import.import_csv(session, path)


def test_too_large_and_missing_files(
    session: vs.Session, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(csv_import, "MAX_BYTES", 100)
    big = write(tmp_path, HEADER + "\n" + "Ana,Ilić,,,,,,\n" * 10)
    with pytest.raises(AstraError, match="at most"):
        csv_import.import_csv(session, big)
    with pytest.raises(AstraError, match="There is no file"):
        csv_import.import_csv(session, tmp_path / "nope.csv")


def test_viewers_cannot_import(session: vs.Session, vault_folder: Path, tmp_path: Path) -> None:
    users.add_user(session, "vera", Role.VIEWER, CASEWORKER_PASS)
    session.close()
    with (
        vs.unlock(vault_folder, "vera", CASEWORKER_PASS) as viewer,
        pytest.raises(PermissionDenied),
    ):
        csv_import.import_csv(viewer, write(tmp_path, f"{HEADER}\nA,B,,,,,,\n"))
