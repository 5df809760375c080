"""The services' message templates: extracted from the source, all translated, and `str(exc)`
untouched while no translator is installed (the CLI)."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

from astra_desktop import errors
from astra_desktop.errors import AstraError, UnlockThrottled, ValidationError
from tools import service_messages as sm

ROOT = Path(__file__).resolve().parents[1]

SYNTHETIC = """
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
    why = "The copy stopped" if x else "The copy failed"
    raise ValidationError(field="name", message=f"{why}: {x!r} is unknown.")
"""


@pytest.fixture
def synthetic(tmp_path: Path) -> list[str]:
    package = tmp_path / "astra_desktop"
    package.mkdir()
    shutil.copy(ROOT / "astra_desktop" / "errors.py", package / "errors.py")
    (package / "checks.py").write_text(SYNTHETIC, encoding="utf-8")
    (package / "cli.py").write_text(
        'from astra_desktop.errors import AstraError\nraise AstraError("Only for the terminal.")\n',
        encoding="utf-8",
    )
    return [found.template for found in sm.extract(tmp_path)]


def test_extracts_plain_messages_but_not_field_names(synthetic: list[str]) -> None:
    assert "The date of birth is in the future." in synthetic
    assert "date_of_birth" not in synthetic
    assert "name" not in synthetic
    assert "Some setting." not in synthetic


def test_extracts_format_constants_and_their_values(synthetic: list[str]) -> None:
    assert "The file is damaged: {detail}. Restore it from a backup." in synthetic
    assert "the header is unreadable" in synthetic
    assert (
        "The vault is locked {{really}}." in synthetic
    )  # braces of a plain text are literal: doubled


def test_extracts_f_strings_in_exceptions_and_helpers(synthetic: list[str]) -> None:
    assert "Wait {round(seconds)} s before the next try." in synthetic
    assert "The file {path.name} is damaged ({detail})." in synthetic
    assert "its header is unreadable" in synthetic  # a value put into a helper's message


def test_extracts_concatenations_and_alternatives(synthetic: list[str]) -> None:
    assert "Nothing was imported from {x.name}; try again." in synthetic
    assert "The copy stopped: {x!r} is unknown." in synthetic
    assert "The copy failed: {x!r} is unknown." in synthetic


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


def test_known_messages_are_extracted(repo_found: list[sm.Found]) -> None:
    templates = {found.template for found in repo_found}
    assert "The date of birth is in the future." in templates
    assert any(
        t.startswith("Wrong passphrase entered recently. Wait {seconds} s") for t in templates
    )
    assert any(t.startswith("The vault file (vault.db) is damaged") for t in templates)
    assert "vault.db is cut short ({size} bytes)" in templates
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
    assert str(UnlockThrottled(4.2)).startswith("Wrong passphrase entered recently. Wait 4 s")


def test_a_translator_changes_str_only(no_translator: None) -> None:
    errors.set_translator(str.upper)
    exc = AstraError("Nothing was changed.")
    assert str(exc) == "NOTHING WAS CHANGED."
    assert exc.args == ("Nothing was changed.",)
    errors.set_translator(None)
    assert str(exc) == "Nothing was changed."


def test_a_failing_translator_still_shows_the_message(no_translator: None) -> None:
    def broken(message: str) -> str:
        raise RuntimeError("bug")

    errors.set_translator(broken)
    assert str(AstraError("Nothing was changed.")) == "Nothing was changed."
