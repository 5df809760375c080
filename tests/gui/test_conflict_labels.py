"""The side-by-side conflict view speaks the interface language (issue 21): each record named by
its kind, each field by the label its form uses, an enum's value by its label — in the office's
dialog and in the case-transfer import's alike. Two real vaults in a team, a real held file."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtWidgets import QGroupBox, QTableWidget
from pytestqt.qtbot import QtBot

from astra_desktop.core.enums import ExploitationType, Gender
from astra_desktop.gui import i18n, labels
from astra_desktop.gui.office.conflicts import OfficeConflictsDialog
from astra_desktop.gui.transfer_dialogs import _KINDS, ConflictsDialog, record_kind
from astra_desktop.services import clients, sync, transfer
from tests.test_team_sync import Office, office, settle, shared_case

__all__ = ["office"]  # the fixture

CONTACT = {"en": "Contact", "sr-Latn": "Kontakt", "sr-Cyrl": "Контакт"}
GENDER = {"en": "Gender", "sr-Latn": "Pol", "sr-Cyrl": "Пол"}
EXPLOITATION = {
    "en": "Exploitation",
    "sr-Latn": "Oblik eksploatacije",
    "sr-Cyrl": "Облик експлоатације",
}


@pytest.fixture(params=["en", "sr-Latn", "sr-Cyrl"])
def language(request: pytest.FixtureRequest) -> Iterator[str]:
    i18n.install(request.param)
    yield request.param
    i18n.uninstall()


def _rows(dialog: ConflictsDialog) -> dict[str, dict[str, tuple[str, str]]]:
    """Box title -> field label -> (this laptop, the other laptop), as shown."""
    shown = {}
    for box in dialog.findChildren(QGroupBox):
        (table,) = box.findChildren(QTableWidget)
        shown[box.title()] = {
            table.item(r, 0).text(): (table.item(r, 1).text(), table.item(r, 2).text())
            for r in range(table.rowCount())
        }
    return shown


def test_the_conflict_view_names_kinds_fields_and_values_in_the_language(
    qtbot: QtBot, office: Office, language: str
) -> None:
    a, b, folder = office.a, office.b, office.folder
    case_id = shared_case(a)
    settle(a, b, folder=folder)
    case = clients.get_case(a, case_id)
    for s, contact, gender in (
        (a, "+381 60 1 (A)", Gender.FEMALE),
        (b, "+381 60 2 (B)", Gender.MALE),
    ):
        client = clients.get_client(s, case.client_id)
        client.contact, client.gender = contact, gender
        clients.update_client(s, client)
    on_b = clients.get_case(b, case_id)
    on_b.exploitation_types = [ExploitationType.LABOUR]
    clients.update_case(b, on_b)
    on_a = clients.get_case(a, case_id)
    on_a.exploitation_types = [ExploitationType.SEXUAL]
    clients.update_case(a, on_a)
    sync.sync(a, folder)
    held = sync.sync(b, folder)
    assert {c.table for c in held.conflicts} == {"clients", "cases"}
    genders, kinds = labels.genders(), labels.exploitation_types()
    for dialog in (
        OfficeConflictsDialog(list(held.held.values())),
        ConflictsDialog(held.conflicts),
    ):
        qtbot.addWidget(dialog)
        shown = _rows(dialog)
        client_kind, case_kind = record_kind("clients"), record_kind("cases")
        titles = {t.split(" · ")[0]: v for t, v in shown.items()}
        client_box = titles[client_kind[:1].upper() + client_kind[1:]]
        case_box = titles[case_kind[:1].upper() + case_kind[1:]]
        assert client_box[CONTACT[language]] == ("+381 60 2 (B)", "+381 60 1 (A)")
        assert client_box[GENDER[language]] == (genders["male"], genders["female"])
        assert case_box[EXPLOITATION[language]] == (kinds["labour"], kinds["sexual"])
        raw = {"contact", "gender", "exploitation types", "male", "labour", '["labour"]'}
        assert not raw & {x for v in shown.values() for k, p in v.items() for x in (k, *p)}
        if language == "en":
            assert set(titles) == {"Client", "Case"}
        else:  # the vocabulary's words, not the stored values
            assert genders["male"] not in ("male", "Male") and kinds["labour"] != "labour"


def test_every_kind_a_transfer_names_has_its_words() -> None:
    assert _KINDS == transfer.LABELS  # the same English words, here marked for translation
