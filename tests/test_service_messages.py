"""The services' messages: typed (template + values), their templates extracted from the source
and all translated, enum labels in the catalogue too, and `str(exc)` the English text while no
translator is installed (the CLI, logs)."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest

from astra_desktop import errors
from astra_desktop.core import labels
from astra_desktop.core.appointments import AppointmentKind
from astra_desktop.core.enums import CaseStatus
from astra_desktop.core.messages import CONTEXT, LABELS, Joined, Message
from astra_desktop.errors import (
    AstraError,
    DiskFull,
    ImportRejected,
    UnlockThrottled,
    ValidationError,
)
from tools import service_messages as sm

ROOT = Path(__file__).resolve().parents[1]

SYNTHETIC = """
from astra_desktop.core.messages import Message, message
from astra_desktop.errors import AstraError, ValidationError

DAMAGED = (
    "The file is damaged: {detail}. "
    "Restore it from a backup."
)
LOCKED = "The vault is locked {really}."
NOT_A_MESSAGE = "Some setting."


class Throttled(AstraError):
    def __init__(self, seconds: float) -> None:
        super().__init__(f"Wait {round(seconds)} s before the next try.")


def damaged(path, detail):
    return AstraError(f"The file {path.name} is damaged ({detail}).")


def check(x):
    if x:
        raise ValidationError("date_of_birth", "The date of birth is in the future.")
    if x > 1:
        raise AstraError(DAMAGED.format(detail="the header is unreadable"))
    if x > 2:
        raise AstraError(LOCKED)
    if x > 3:
        raise damaged(x, "its header is unreadable")
    if x > 4:
        raise AstraError("Nothing was " "imported " + f"from {x.name}" + "; try again.")
    if x > 5:
        raise AstraError("The case {code} is closed.", code=x.code, kind=Message("a backup"))
    if x > 6:
        raise typed_damaged(x, "its checksum is wrong")
    why = "The copy stopped" if x else "The copy failed"
    raise ValidationError("name", f"{why}: {x!r} is unknown.")


def typed_damaged(path, detail):
    return AstraError("The file {name} is damaged ({detail}).", name=path.name, detail=message(detail))
"""


@pytest.fixture
def synthetic_found(tmp_path: Path) -> list[sm.Found]:
    package = tmp_path / "astra_desktop"
    package.mkdir()
    shutil.copy(ROOT / "astra_desktop" / "errors.py", package / "errors.py")
    (package / "checks.py").write_text(SYNTHETIC, encoding="utf-8")
    (package / "cli.py").write_text(
        'from astra_desktop.errors import AstraError\nraise AstraError("Only for the terminal.")\n',
        encoding="utf-8",
    )
    return sm.extract(tmp_path)


@pytest.fixture
def synthetic(synthetic_found: list[sm.Found]) -> list[str]:
    return [found.template for found in synthetic_found]


def test_extracts_plain_messages_but_not_field_names(synthetic: list[str]) -> None:
    assert "The date of birth is in the future." in synthetic
    assert "date_of_birth" not in synthetic
    assert "name" not in synthetic
    assert "Some setting." not in synthetic


def test_extracts_format_constants_and_their_values(synthetic: list[str]) -> None:
    assert "The file is damaged: {detail}. Restore it from a backup." in synthetic
    assert "the header is unreadable" in synthetic
    assert "The vault is locked {really}." in synthetic  # a constant is its own id, verbatim


def test_extracts_f_strings_in_exceptions_and_helpers(synthetic: list[str]) -> None:
    assert "Wait {round(seconds)} s before the next try." in synthetic
    assert "The file {path.name} is damaged ({detail})." in synthetic
    assert "its header is unreadable" in synthetic  # a value put into a helper's message


def test_extracts_concatenations_and_alternatives(synthetic: list[str]) -> None:
    assert "Nothing was imported from {x.name}; try again." in synthetic
    assert "The copy stopped: {x!r} is unknown." in synthetic
    assert "The copy failed: {x!r} is unknown." in synthetic


def test_typed_messages_are_ids_and_f_strings_are_legacy(
    synthetic_found: list[sm.Found],
) -> None:
    legacy = {f.template: f.legacy for f in synthetic_found}
    assert legacy["The case {code} is closed."] is False  # looked up by id
    assert legacy["a backup"] is False  # a value that is a message of its own
    assert legacy["The file {name} is damaged ({detail})."] is False
    assert "its checksum is wrong" in legacy  # passed through message() into a typed error
    assert legacy["The file {path.name} is damaged ({detail})."] is True  # an f-string
    assert legacy["Wait {round(seconds)} s before the next try."] is True


def test_the_command_line_stays_english(synthetic: list[str]) -> None:
    assert "Only for the terminal." not in synthetic
    assert not any(p.name == "cli.py" for p in sm.sources(ROOT))


def test_the_repository_has_every_service_message_translated(
    capsys: pytest.CaptureFixture[str],
) -> None:
    """Fails when a service message is added or changed and not translated: run
    `python -m tools.service_messages`, translate astra_services_sr_Latn.ts, run it again."""
    code = sm.main(["--check"])
    out = capsys.readouterr().out
    assert code == 0, out


@pytest.fixture(scope="module")
def repo_found() -> list[sm.Found]:
    return sm.extract()


def test_check_reports_a_missing_translation(repo_found: list[sm.Found]) -> None:
    found = [*repo_found, sm.Found("A message nobody translated yet.", "astra_desktop/x.py")]
    issues = sm.problems(found)
    assert any("untranslated: 'A message nobody translated yet.'" in i for i in issues)


def test_every_message_is_typed(repo_found: list[sm.Found]) -> None:
    """No message is made as finished English text (an f-string): the GUI could not translate it."""
    legacy = sorted(f"{f.where}: {f.template}" for f in repo_found if f.legacy)
    assert legacy == []


def test_check_refuses_a_message_made_by_an_f_string(repo_found: list[sm.Found]) -> None:
    found = [*repo_found, sm.Found("Case {case.code} is closed.", "astra_desktop/x.py", True)]
    assert any(
        "made as finished text" in i and "astra_desktop/x.py" in i for i in sm.problems(found)
    )


def test_check_reports_a_missing_label(repo_found: list[sm.Found]) -> None:
    found = [*repo_found, sm.Found("Sideways", "astra_desktop/core/x.py", False, LABELS, "Odd")]
    assert any("untranslated: 'Sideways'" in i for i in sm.problems(found))


def test_every_labelled_enum_is_in_the_catalogue() -> None:
    found = {(f.template, f.disambiguation) for f in sm.labels()}
    assert ("Court hearing", "AppointmentKind") in found
    assert ("Closed — referred", "CaseStatus") in found
    assert ("Other", "Gender") in found and ("Other", "Relation") in found  # told apart


def test_a_renamed_placeholder_keeps_its_translation() -> None:
    old = {
        (
            CONTEXT,
            "Stop at {self.when:%H:%M} in {where}.",
            "",
        ): "Stanite u {self.when:%H:%M} u {where}."
    }
    new = [sm.Found("Stop at {when:%H:%M} in {place}.", "x.py")]
    assert sm.carried(new, old) == {
        (CONTEXT, "Stop at {when:%H:%M} in {place}.", ""): "Stanite u {when:%H:%M} u {place}."
    }


def test_known_messages_are_extracted(repo_found: list[sm.Found]) -> None:
    templates = {found.template for found in repo_found}
    assert "The date of birth is in the future." in templates
    assert any(
        t.startswith("Wrong passphrase entered recently. Wait {seconds} s") for t in templates
    )
    assert any(t.startswith("The vault file (vault.db) is damaged") for t in templates)
    assert "vault.db is cut short ({size} bytes)" in templates
    assert (
        "The {what} {name} is damaged or has been changed ({detail}). Nothing was used from it "
        "and nothing was changed. Use another copy, and tell the administrator." in templates
    )
    assert "Item {n}" in templates  # a value that is a message: Message("Item {n}", n=n)
    assert len(templates) > 150


def test_cyrillic_keeps_placeholders_commands_and_file_names() -> None:
    latin = "Pokrenite `astra-desktop check`: {path.name} i vault.db, {', '.join(x)} — „info”."
    assert sm.cyrillic(latin) == (
        "Покрените `astra-desktop check`: {path.name} и vault.db, {', '.join(x)} — „info”."
    )


# --- without a translator, str(exc) is the message as raised (the CLI, logs) ------------------


@pytest.fixture
def no_translator() -> Iterator[None]:
    errors.set_translator(None)
    yield
    errors.set_translator(None)


def test_str_is_the_english_message_without_a_translator(no_translator: None) -> None:
    exc = ValidationError("date_of_birth", "The date of birth is in the future.")
    assert str(exc) == "The date of birth is in the future."
    throttled = UnlockThrottled(4.2)
    assert str(throttled).startswith("Wrong passphrase entered recently. Wait 4 s")
    assert throttled.message.template.startswith(
        "Wrong passphrase entered recently. Wait {seconds}"
    )
    assert throttled.message.args == {"seconds": 4}


def test_an_error_carries_its_template_and_values(no_translator: None) -> None:
    exc = DiskFull(Message("the backup"))
    assert exc.message.template.startswith("The disk is full: {what} could not be written.")
    assert exc.message.args == {"what": Message("the backup")}
    assert str(exc).startswith("The disk is full: the backup could not be written.")
    assert exc.args == (str(exc),)  # English, for logs and pickling
    rejected = ImportRejected([Message("line {line}: {problem}", line=3, problem="bad")] * 12)
    assert str(rejected) == "Nothing was imported: " + "; ".join(["line 3: bad"] * 10) + (
        " (and 2 more)"
    )
    assert rejected.problems[0] == "line 3: bad"


def test_values_keep_their_format_specs_and_enums_show_their_labels() -> None:
    when = Message("At {day:%d.%m.%Y}, {n:.1f} GB, {kind}.", day=date(2026, 3, 5), n=2.25,
                   kind=AppointmentKind.HOME_VISIT)  # fmt: skip
    assert str(when) == "At 05.03.2026, 2.2 GB, Home visit."
    assert str(Joined([Message("a"), "b"], " / ")) == "a / b"


def test_a_translation_that_does_not_fit_falls_back_to_english() -> None:
    def broken(context: str, source: str, disambiguation: str = "") -> str:
        return "Slučaj {kod} je zatvoren." if context == CONTEXT else ""

    msg = Message("Case {code} is closed.", code="AST-2026-0001")
    assert msg.render(broken) == "Case AST-2026-0001 is closed."
    assert Message("No {braces} here").render(broken) == "Slučaj {kod} je zatvoren."  # plain text


def test_every_enum_member_with_labels_has_one() -> None:
    every = labels.labelled()
    assert CaseStatus in every and AppointmentKind in every
    for enum, texts in every.items():
        assert set(texts) == set(enum), enum
    with pytest.raises(ValueError, match="no label"):
        labels.define(CaseStatus, {CaseStatus.ACTIVE: "Active"})


def test_a_translator_changes_str_only(no_translator: None) -> None:
    errors.set_translator(lambda m: m.render().upper())
    exc = AstraError("Nothing was changed.")
    assert str(exc) == "NOTHING WAS CHANGED."
    assert exc.args == ("Nothing was changed.",)
    errors.set_translator(None)
    assert str(exc) == "Nothing was changed."


def test_a_failing_translator_still_shows_the_message(no_translator: None) -> None:
    def broken(message: Message) -> str:
        raise RuntimeError("bug")

    errors.set_translator(broken)
    assert str(AstraError("Nothing was changed.")) == "Nothing was changed."
