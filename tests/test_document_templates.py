"""The organisation's own wording of the court documents (issue 19, item 8), in a real vault: an
administrator's edited template changes the PDF (read back with pypdf), in Serbian Latin and the
Cyrillic made from it; a version missing a key or a placeholder, or with one the app does not
fill, is refused naming it; reset brings the shipped text back; others may not change them; the
audit trail has the template's key only; nothing is written outside the vault; the CLI pair."""

from __future__ import annotations

import io
from pathlib import Path

import pytest

from astra_desktop import cli
from astra_desktop.core.enums import Role
from astra_desktop.errors import PermissionDenied, ValidationError
from astra_desktop.reports import templates as rt
from astra_desktop.services import backups, restore, templates, users
from astra_desktop.services import court_documents as cdoc
from astra_desktop.services import session as vs
from astra_desktop.storage import audit
from astra_desktop.storage import settings as settings_db
from tests import _court_case
from tests.conftest import ADMIN, ADMIN_PASS, CASEWORKER, CASEWORKER_PASS
from tests.test_court_documents import clock
from tests.test_filings import text_of

OLD_TITLE = 'title = "Potvrda o pruženoj podršci"'
NEW_TITLE = 'title = "Potvrda o podršci koju pruža naše udruženje"'
OLD_PURPOSE = "Potvrda se izdaje na lični zahtev"


def letter(session: vs.Session, made: _court_case.CourtCase, lang: str = "sr-Latn") -> str:
    return text_of(cdoc.build(session, "support-letter", made.case_id, lang, False, None, clock))


def edited_letter() -> str:
    return rt.shipped_text("support-letter", "sr-Latn").replace(OLD_TITLE, NEW_TITLE)


def test_an_edited_template_changes_the_document_and_reset_restores_it(
    session: vs.Session, vault_folder: Path
) -> None:
    made = _court_case.make(session, notes=0)
    assert "Potvrda o pruženoj podršci" in letter(session, made)
    saved = templates.save(session, "support-letter", "sr-Latn", edited_letter())
    assert saved.changed and templates.changed(session) == [("support-letter", "sr-Latn")]
    assert templates.changed_keys("support-letter", "sr-Latn", saved.text) == ["title"]
    assert templates.differences(saved.shipped, saved.text) == [
        "-" + OLD_TITLE, "+" + NEW_TITLE,
    ]  # fmt: skip
    text = letter(session, made)
    assert "Potvrda o podršci koju pruža naše udruženje" in text
    assert "Potvrda o pruženoj podršci" not in text and OLD_PURPOSE in text
    # Cyrillic is made from the edited Serbian Latin; English keeps its own shipped file
    assert "Потврда о подршци коју пружа наше удружење" in letter(session, made, "sr-Cyrl")
    assert "podršci koju pruža" not in letter(session, made, "en")
    # outside a document's making, the shipped text (nothing leaks between vaults)
    assert rt.load("support-letter", "sr-Latn")("title") == "Potvrda o pruženoj podršci"
    entry = audit.entries(session.db, entity_id="template/support-letter.sr-Latn")[0]
    assert (entry.action, entry.entity, entry.entity_id, entry.detail) == (
        "change", "setting", "template/support-letter.sr-Latn", "",
    )  # fmt: skip
    # the edit is inside the encrypted vault, in no file beside it
    for path in vault_folder.rglob("*"):
        if path.is_file():
            assert "koju pruža naše" not in path.read_bytes().decode("utf-8", "replace"), path
    # kept across a lock and unlock
    session.close()
    with vs.unlock(vault_folder, ADMIN, ADMIN_PASS) as again:
        assert templates.get(again, "support-letter", "sr-Latn").edited == edited_letter()
        assert templates.reset(again, "support-letter", "sr-Latn") is True
        assert templates.reset(again, "support-letter", "sr-Latn") is False
        assert templates.get(again, "support-letter", "sr-Latn").changed is False
        assert "Potvrda o pruženoj podršci" in letter(again, made)
        last = audit.entries(again.db, entity_id="template/support-letter.sr-Latn")[0]
        assert (last.action, last.entity_id) == ("delete", "template/support-letter.sr-Latn")


def test_a_shared_text_edited_changes_every_filing(session: vs.Session) -> None:
    made = _court_case.make(session, notes=0, designation="N. Đ.")
    _court_case.add_lawyer(session, made)
    common = rt.shipped_text("common", "sr-Latn").replace(
        'attachments = "Prilozi"', 'attachments = "Prilozi uz podnesak"'
    )
    templates.save(session, "common", "sr-Latn", common)
    pdf = cdoc.build(session, "vulnerable-witness", made.case_id, "sr-Latn", False, None, clock)
    assert "Prilozi uz podnesak 1. Punomoćje" in text_of(pdf)


@pytest.mark.parametrize(
    ("change", "message"),
    [
        ((OLD_TITLE + "\n", ""), "has no text “title”"),
        (("{organisation} potvrđuje", "{organizacija} potvrđuje"),
         "In “body” the placeholder {organizacija} is not one the app fills"),
        (("od {since}. Podrška je u toku", "od početka. Podrška je u toku"),
         "In “body” the placeholder {since} is missing"),
        (("{service}, od {first} do {last}", "{service}, od {first do {last}"),
         "In “period” a brace"),
        (('stamp = "M. P."', 'stamp = "M. P."\nlogo = "x"'), "a key the documents do not use: “logo”"),
        (('stamp = "M. P."', "stamp = M. P."), "cannot be read"),
    ],
)  # fmt: skip
def test_a_wrong_template_is_refused_naming_what_is_wrong(
    session: vs.Session, change: tuple[str, str], message: str
) -> None:
    shipped = rt.shipped_text("support-letter", "sr-Latn")
    assert change[0] in shipped
    with pytest.raises(rt.TemplateError, match=message.replace("{", r"\{").replace("}", r"\}")):
        templates.save(session, "support-letter", "sr-Latn", shipped.replace(change[0], change[1]))
    assert templates.changed(session) == []
    assert audit.entries(session.db, entity_id="template/support-letter.sr-Latn") == []


def test_a_stored_version_that_no_longer_fits_never_stops_a_document(
    session: vs.Session,
) -> None:
    """A version saved before an update changed the shipped keys (or edited behind the app): the
    texts that still fit are used, the rest come from the shipped file."""
    made = _court_case.make(session, notes=0)
    broken = edited_letter().replace("{organisation} potvrđuje", "{organizacija} potvrđuje")
    broken = broken.replace('\nstamp = "M. P."', "")
    with session.write() as conn:  # what an older version of the app could have saved
        settings_db.put(conn, templates.key("support-letter", "sr-Latn"), broken)
    text = letter(session, made)
    assert "Potvrda o podršci koju pruža naše udruženje" in text  # the title still fits
    assert "Test NGO potvrđuje" in text  # the broken body: the shipped one
    with session.write() as conn:
        settings_db.put(conn, templates.key("support-letter", "sr-Latn"), "title = [")
    assert "Potvrda o pruženoj podršci" in letter(session, made)


def test_only_an_administrator_changes_templates(session: vs.Session, vault_folder: Path) -> None:
    users.add_user(session, CASEWORKER, Role.LAWYER, CASEWORKER_PASS, all_cases=True)
    templates.save(session, "support-letter", "sr-Latn", edited_letter())
    session.close()
    with vs.unlock(vault_folder, CASEWORKER, CASEWORKER_PASS) as lawyer:
        assert templates.get(lawyer, "support-letter", "sr-Latn").changed  # reads it
        with pytest.raises(PermissionDenied):
            templates.save(lawyer, "support-letter", "sr-Latn", edited_letter())
        with pytest.raises(PermissionDenied):
            templates.reset(lawyer, "support-letter", "sr-Latn")
    with vs.unlock(vault_folder, ADMIN, ADMIN_PASS) as admin:
        assert templates.get(admin, "support-letter", "sr-Latn").changed
        with pytest.raises(ValidationError, match="no document template “letter”"):
            templates.get(admin, "letter", "sr-Latn")
        with pytest.raises(ValidationError, match="Cyrillic is made from sr-Latn"):
            templates.get(admin, "support-letter", "sr-Cyrl")


def test_the_organisations_version_travels_in_a_backup(session: vs.Session, tmp_path: Path) -> None:
    templates.save(session, "support-letter", "sr-Latn", edited_letter())
    usb = tmp_path / "usb"
    usb.mkdir()
    info = backups.create(session, usb, "backup passphrase for the templates")
    session.close()
    opened = restore.open_backup(info.path, "backup passphrase for the templates")
    home = tmp_path / "restored-home"
    folder, _aside = restore.finish_restore(
        restore.stage_restore(opened, home, account=(ADMIN, ADMIN_PASS))
    )
    with vs.unlock(folder, ADMIN, ADMIN_PASS) as restored:
        assert templates.get(restored, "support-letter", "sr-Latn").edited == edited_letter()
    # the backup file holds it encrypted only
    assert b"koju pru" not in info.path.read_bytes()


def run(home: Path, *args: str, stdin: str = ADMIN_PASS + "\n") -> int:
    return cli.main(["--home", str(home), "--user", ADMIN, "templates", *args],
                    stdin=io.StringIO(stdin))  # fmt: skip


def test_the_cli_exports_imports_lists_and_resets(
    session: vs.Session, vault_folder: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    session.close()
    home = vault_folder.parent
    assert run(home, "export", "support-letter", "sr-Latn") == 0
    assert capsys.readouterr().out == rt.shipped_text("support-letter", "sr-Latn")
    source = tmp_path / "letter.toml"
    source.write_text(edited_letter(), encoding="utf-8")
    assert run(home, "import", "support-letter", "sr-Latn", str(source)) == 0
    assert "support-letter sr-Latn" in capsys.readouterr().out
    # "-": the file follows the passphrase on stdin
    wrong = rt.shipped_text("support-letter", "en").replace("{since}", "{od}", 1)
    assert run(home, "import", "support-letter", "en", "-", stdin=ADMIN_PASS + "\n" + wrong) == 1
    assert "placeholder" in capsys.readouterr().err
    assert run(home, "list") == 0
    listed = capsys.readouterr().out.splitlines()
    assert "support-letter\tsr-Latn\tedited by the organisation" in listed
    assert "support-letter\ten\tas shipped" in listed
    assert run(home, "export", "support-letter", "sr-Latn") == 0
    assert capsys.readouterr().out == edited_letter()
    assert run(home, "export", "support-letter", "sr-Latn", "--shipped") == 0
    assert NEW_TITLE not in capsys.readouterr().out
    assert run(home, "reset", "support-letter", "sr-Latn") == 0
    capsys.readouterr()
    assert run(home, "export", "support-letter", "sr-Latn") == 0
    assert capsys.readouterr().out == rt.shipped_text("support-letter", "sr-Latn")
