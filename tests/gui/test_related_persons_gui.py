"""The case file's "Related persons" tab: every relation saved and shown again, editing, removing;
the client's identifying details on the client form, with a warning for a doubtful JMBG."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import QCheckBox, QLineEdit
from pytestqt.qtbot import QtBot

from astra_desktop.core.enums import Relation
from astra_desktop.core.models import Case, Client
from astra_desktop.gui import labels
from astra_desktop.gui.app import AppController
from astra_desktop.gui.dialogs import Messages
from astra_desktop.gui.widgets import EnumCombo
from astra_desktop.services import clients, related_persons
from tests.gui._loaded import loaded
from tests.gui.conftest import type_text


def test_related_persons_tab(qtbot: QtBot, unlocked: AppController) -> None:
    main, session = unlocked.main, unlocked.session
    assert main is not None and session is not None
    client = Client("Jelena", "Đorđević", date_of_birth=date(1990, 5, 17))
    case = clients.register(session, client, Case(client.id))
    case_file = main.cases.open_case(case.id)
    assert case_file is not None
    tab = loaded(qtbot, case_file.related)  # read on the task runner
    case_file.tabs.setCurrentWidget(tab)
    form = tab.form
    name, relation = form.widgets["name"], form.widgets["relation"]
    risk = form.widgets["is_risk"]
    assert isinstance(name, QLineEdit) and isinstance(relation, EnumCombo)
    assert isinstance(risk, QCheckBox)

    for n, member in enumerate(Relation):
        name.clear()
        qtbot.keyClicks(name, f"Osoba {n:02d}")
        assert relation.set_value(member)
        risk.setChecked(member is Relation.FORMER_PARTNER)
        qtbot.keyClicks(form.widgets["contact"], f"06{n}")
        assert tab.save(), form.error.text()
        assert not tab.dirty
    stored = {p.name: p for p in related_persons.of_client(session, client.id)}
    assert {p.relation for p in stored.values()} == set(Relation)
    assert all(p.is_risk == (p.relation is Relation.FORMER_PARTNER) for p in stored.values())
    assert loaded(qtbot, tab).table.rowCount() == len(Relation)
    shown = {tab.table.item(r, 0).text(): tab.table.item(r, 1).text()
             for r in range(tab.table.rowCount())}  # fmt: skip
    names = labels.relations()
    assert shown == {p.name: names[p.relation.value] for p in stored.values()}
    assert tab.table.item(0, 2).text()  # the risk first, marked

    # Every relation comes back into the form when its row is chosen.
    for row in range(tab.table.rowCount()):
        tab.table.selectRow(row)
        person = stored[tab.table.item(row, 0).text()]
        assert relation.value() is person.relation
        assert risk.isChecked() == person.is_risk
        assert name.text() == person.name

    # Edit the chosen one; then remove it.
    tab.table.selectRow(1)
    chosen = stored[tab.table.item(1, 0).text()]
    relation.set_value(Relation.GUARDIAN)
    qtbot.keyClicks(form.widgets["notes"], "Imenovan od CSR.")
    assert tab.save(), form.error.text()
    again = related_persons.get(session, chosen.id)
    assert again.relation is Relation.GUARDIAN and again.notes == "Imenovan od CSR."
    loaded(qtbot, tab).table.selectRow(0)
    gone = tab.people[0]
    assert tab.remove_button.isEnabled()
    Messages.answer_next(True)
    assert tab.remove()
    assert gone.id not in {p.id for p in related_persons.of_client(session, client.id)}
    assert loaded(qtbot, tab).table.rowCount() == len(Relation) - 1

    # A written change elsewhere refreshes the tab (the change notification).
    related_persons.add(session, related_persons.RelatedPerson(client.id, "Nova", Relation.FRIEND))
    qtbot.waitUntil(lambda: tab.table.rowCount() == len(Relation))

    # Identifying details on the client form; a doubtful JMBG is saved, with a warning.
    case_file.tabs.setCurrentIndex(0)
    cf = case_file.client_form
    qtbot.keyClicks(cf.widgets["personal_number"], "1705990715003")
    qtbot.keyClicks(cf.widgets["place_of_birth"], "Leskovac")
    type_text(qtbot, cf.widgets["address"], "Bulevar oslobođenja 12")
    assert case_file.save_client()
    assert "control" in cf.error.text()
    stored_client = clients.get_client(session, client.id)
    assert stored_client.personal_number == "1705990715003"
    assert stored_client.place_of_birth == "Leskovac"
    cf.widgets["personal_number"].clear()  # type: ignore[attr-defined]
    qtbot.keyClicks(cf.widgets["personal_number"], "12345")
    assert not case_file.save_client()
    assert "13" in cf.error.text()
