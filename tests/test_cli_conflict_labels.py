"""The command line's conflict listing (transfer import, sync) names fields in words and shows an
enum's label, not its stored value (core/record_columns.py over core/labels.py)."""

from __future__ import annotations

import io
from datetime import date, datetime, timedelta
from enum import Enum
from pathlib import Path

import pytest

from astra_desktop import cli
from astra_desktop.core import labels, record_columns
from astra_desktop.core.appointments import Appointment, AppointmentKind
from astra_desktop.core.enums import ExploitationType, Gender, TraffickingStatus
from astra_desktop.core.models import Case, Client
from astra_desktop.core.risk import Level
from astra_desktop.services import appointments, clients, team
from astra_desktop.services import session as vs
from tests._vaults import CHEAP_KDF
from tests.conftest import ADMIN_PASS

NO_LABELS: set[type[Enum]] = set()  # every enum a record column holds has its labels


def run(capsys: pytest.CaptureFixture[str], home: Path, *args: str,
        lines: tuple[str, ...] = (ADMIN_PASS,)) -> tuple[int, str, str]:  # fmt: skip
    stdin = io.StringIO("".join(f"{line}\n" for line in lines))
    code = cli.main(["--home", str(home), *args], stdin=stdin)
    out, err = capsys.readouterr()
    return code, out, err


def _vaults(tmp_path: Path) -> tuple[Path, Path]:
    a, b = tmp_path / "a", tmp_path / "b"
    for home, name in ((a, "marija"), (b, "jovan")):
        vs.create_vault(home / "vault", name, ADMIN_PASS, kdf_params=CHEAP_KDF)[0].close()
    return a, b


def _handover(capsys: pytest.CaptureFixture[str], a: Path, b: Path, code: str,
              out: Path) -> tuple[int, str, str]:  # fmt: skip
    done, text, err = run(capsys, a, "transfer", "export", "--case", code, "--out", str(out))
    assert done == 0, err
    passphrase = text.split("\n\n")[1].strip()
    return run(capsys, b, "transfer", "import", str(out), lines=(ADMIN_PASS, passphrase))


def test_transfer_conflict_shows_field_words_and_enum_labels(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    a, b = _vaults(tmp_path)
    with vs.unlock(a / "vault", "marija", ADMIN_PASS) as sess:
        case = clients.register(sess, Client("Mila", "Jovanović", contact="first"))
    assert _handover(capsys, a, b, case.case_code, tmp_path / "one.astratransfer")[0] == 0
    edits = (
        (a, "marija", TraffickingStatus.IDENTIFIED, [ExploitationType.SEXUAL,
                                                     ExploitationType.FORCED_BEGGING], "from A"),
        (b, "jovan", TraffickingStatus.NOT_ASSESSED, [ExploitationType.LABOUR], "from B"),
    )  # fmt: skip
    for home, name, status, kinds, contact in edits:
        with vs.unlock(home / "vault", name, ADMIN_PASS) as sess:
            on = clients.get_case(sess, case.id)
            on.trafficking_status, on.exploitation_types = status, kinds
            clients.update_case(sess, on)
            client = clients.get_client(sess, case.client_id)
            client.contact = contact
            clients.update_client(sess, client)
    code, out, err = _handover(capsys, a, b, case.case_code, tmp_path / "two.astratransfer")
    assert code == 6 and "CHANGED ON BOTH LAPTOPS" in out, (out, err)
    status = out[out.index("  Trafficking status:") :]
    assert status.startswith(
        "  Trafficking status:\n    mine:   'Not yet assessed'\n    theirs: 'Identified victim'"
    ), out
    assert "'Sexual exploitation, Forced begging'" in out and "'Labour exploitation'" in out
    assert "  Exploitation types:\n" in out
    assert "'from B'" in out and "'from A'" in out  # text is shown as it is
    for raw in ("trafficking_status", "exploitation_types", "not-assessed", "forced-begging",
                "'identified'", "labour'"):  # fmt: skip
        assert raw not in out, raw


def test_sync_conflict_shows_enum_labels(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    a, b = _vaults(tmp_path)
    office = tmp_path / "office"
    office.mkdir()
    with (
        vs.unlock(a / "vault", "marija", ADMIN_PASS) as one,
        vs.unlock(b / "vault", "jovan", ADMIN_PASS) as two,
    ):
        team.create(one, "Kancelarija", office)
        fingerprint = team.request_join(two, tmp_path / "req")
        joined = team.add_device(one, tmp_path / "req", tmp_path / "join", office, fingerprint)
        team.join(two, joined.path, joined.passphrase, office)
        client = Client("Zvezdana", "Markerović", gender=Gender.FEMALE)
        case = clients.register(one, client, Case(client.id, opened_on=date(2026, 3, 1)))
        start = datetime(2026, 12, 20, 9, 0)
        appt = Appointment(case.id, AppointmentKind.POLICE, start, start + timedelta(hours=1))
        appointments.add(one, appt)
        team.share_case(one, case.case_code)
    assert run(capsys, a, "sync")[0] == 0
    assert run(capsys, b, "sync")[0] == 0
    for home, name, kind in ((a, "marija", AppointmentKind.COURT_HEARING),
                             (b, "jovan", AppointmentKind.SOCIAL_WELFARE)):  # fmt: skip
        with vs.unlock(home / "vault", name, ADMIN_PASS) as sess:
            on = appointments.get(sess, appt.id)
            on.kind = kind
            appointments.update(sess, on)
    assert run(capsys, a, "sync")[0] == 0
    code, out, err = run(capsys, b, "sync")
    assert code == 6 and "CHANGED ON BOTH LAPTOPS" in out, (out, err)
    assert "  Kind:\n    mine:   'Social welfare centre'\n    theirs: 'Court hearing'" in out, out
    assert "court-hearing" not in out and "social-welfare" not in out


def _stored(member: Enum) -> str:
    return member.key if isinstance(member, Level) else str(member.value)


def test_every_enum_column_exists_and_every_value_reads_as_its_label(tmp_path: Path) -> None:
    sess, _ = vs.create_vault(tmp_path / "vault", "marija", ADMIN_PASS, kdf_params=CHEAP_KDF)
    with sess:
        for table, columns in record_columns.ENUMS.items():
            have = {row[1] for row in sess.db.execute(f"PRAGMA table_info({table})")}
            assert set(columns) <= have, (table, set(columns) - have)
    for columns in record_columns.ENUMS.values():
        for column, enum in columns.items():
            for member in enum:
                words = record_columns.value_words("x", column, _stored(member))
                assert words is None  # only a known table's column is an enum
    for table, columns in record_columns.ENUMS.items():
        for column, enum in columns.items():
            for member in enum:
                want = labels.label(member) or _stored(member)
                assert record_columns.value_words(table, column, _stored(member)) == want
                assert (enum in NO_LABELS) == (labels.label(member) is None), enum
    assert record_columns.value_words("cases", "exploitation_types", "[]") == ""
    both = "Sexual exploitation, Other"
    assert record_columns.value_words("cases", "exploitation_types", ["sexual", "other"]) == both
    assert record_columns.value_words("cases", "exploitation_types", "[not json") is None
    assert record_columns.value_words("cases", "status", None) is None
    assert record_columns.value_words("cases", "status", "retired") == "retired"
    assert record_columns.value_words("cases", "case_code", "A-1") is None
    assert record_columns.column_words("next_step_due") == "Next step due"
    assert record_columns.column_words("case_id") == "Case ID"


@pytest.mark.parametrize(
    ("table", "column", "stored", "words"),
    [
        ("hearings", "postponed_by", "defence", "The defence"),
        ("hearings", "postponed_by", "", None),  # not recorded: blank, as stored
        ("hotline_calls", "language", "uk", "Ukrainian"),
        ("hotline_calls", "language", "rom", "Romani"),
        ("hotline_calls", "person_age_band", "50+", "50 years or more"),
        ("hotline_calls", "person_age_band", "0-13", "0–13 years"),
        ("safety_actions", "status", "in-progress", "Under way"),
        ("risk_events", "kind", "suspect-released", "Suspect released"),
    ],
)
def test_values_once_labelled_only_in_the_gui_read_as_labels(
    table: str, column: str, stored: str, words: str | None
) -> None:
    assert record_columns.value_words(table, column, stored) == words
