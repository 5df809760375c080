"""Every kind of record a team sync or a case transfer carries is shown, in a conflict, with the
labels its own form or list uses and its chosen values by their words — in English and Serbian
(issue 21; gui/record_fields.py). Two real vaults in a team edit the same records of one case —
a record of every kind — in different ways; the held conflicts are opened in the real dialog.

The Serbian oracle is the translation file itself: a label the form shares must read as the .ts
file translates it in the form's context, so a form renamed without this view following fails."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from collections.abc import Iterator
from datetime import UTC, date, datetime
from decimal import Decimal
from pathlib import Path

import pytest
from PySide6.QtWidgets import QGroupBox, QTableWidget
from pytestqt.qtbot import QtBot

from astra_desktop.core import claims as cl
from astra_desktop.core.enums import Relation
from astra_desktop.core.hotline import Call, CallTopic
from astra_desktop.core.missing import ActionKind, Inquiry, MissingSearch, SearchAction
from astra_desktop.core.missing import SearchStatus as Status
from astra_desktop.core.models import Consent, RelatedPerson
from astra_desktop.gui import i18n
from astra_desktop.gui.record_fields import _OWN_WORDS, COMMON, OWN, TABLES, Spec
from astra_desktop.gui.transfer_dialogs import (
    ConflictsDialog,
    field_label,
    field_specs,
    record_kind,
)
from astra_desktop.services import (
    case_records,
    claims,
    hotline,
    missing,
    related_persons,
    sync,
    team,
    transfer,
)
from astra_desktop.services import session as vs
from astra_desktop.storage import transfer_tables as tt
from tests import _court_case
from tests.test_team_sync import Office, office, settle

__all__ = ["office"]  # the fixture

ROOT = Path(__file__).resolve().parents[2]
TS = {"sr-Latn": ROOT / "resources/i18n/astra_sr_Latn.ts"}
CLOCK = lambda: datetime(2026, 2, 2, 9, 0, tzinfo=UTC)  # noqa: E731
# A column to edit differently on each laptop, where the first enum of the kind's fields is not
# a good one (a change the services would refuse, or a stored value that is a label too).
PICKED = {
    "clients": Spec("gender", "forms", "G&ender"),
    "cases": Spec("referral_source", "forms", "Re&ferred by"),
    "missing_searches": Spec("person", "missing", "&Person sought"),
    "missing_status_changes": Spec("reason", "StatusDialog", "&Reason"),
    "hotline_calls": Spec("topic", "CallForm", "&Topic"),
    "appointments": Spec("place", "AppointmentListModel", "Place"),
}


@pytest.fixture(params=["en", "sr-Latn"])
def language(request: pytest.FixtureRequest) -> Iterator[str]:
    i18n.install(request.param)
    yield request.param
    i18n.uninstall()


def _translations(language: str) -> dict[tuple[str, str], str]:
    if language not in TS:
        return {}
    found = {}
    for context in ET.parse(TS[language]).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            text = message.find("translation")
            if text is not None and text.text and text.get("type") not in ("unfinished", "obsolete",
                                                                            "vanished"):  # fmt: skip
                found[(name, message.findtext("source") or "")] = text.text
    return found


def _shown_label(text: str) -> str:
    text = text.replace("&", "").strip("… ")
    return text[:1].upper() + text[1:]


def _expected(spec: Spec, words: dict[tuple[str, str], str], language: str) -> str:
    """The label as the translation file has it; the view's own words may still await theirs."""
    found = words.get((spec.context, spec.source))
    if found is None:
        assert language == "en" or spec.context == OWN, f"no translation of {spec}"
        found = spec.source
    return _shown_label(found)


def _every_kind(sess: vs.Session) -> str:
    """A shared case with a record of every kind a team sync carries; returns its code."""
    made = _court_case.make(sess)
    case_id = made.case_id
    case_records.record_consent(sess, Consent(made.client.id, date(2024, 1, 5), "Obrada podataka"))
    related_persons.add(sess, RelatedPerson(made.client.id, "Dragica V.", Relation.MOTHER))
    claim = claims.get(sess, case_id)
    claim.items = [cl.ClaimItem(cl.DamageKind.MENTAL_SUFFERING, Decimal("800000"))]
    claims.save(sess, claim)
    call = hotline.log_call(sess, Call(datetime(2026, 2, 2, 9, 30), CallTopic.MISSING_PERSON,
                                       note="Poziv majke."), CLOCK)  # fmt: skip
    hotline.link_to_case(sess, call.id, case_id, carry_note=False)
    search = missing.open_search(sess, MissingSearch("Sin, 16", date(2026, 2, 2), call_id=call.id),
                                 clock=CLOCK)  # fmt: skip
    missing.link_case(sess, search.id, case_id)
    missing.ask_partner(sess, Inquiry(search.id, "Crveni krst Niš", date(2026, 2, 2)), CLOCK)
    missing.add_action(sess, SearchAction(search.id, ActionKind.EMBASSY, description="Ambasada",
                                          done_on=date(2026, 2, 2)), CLOCK)  # fmt: skip
    missing.change_status(sess, search.id, Status.PAUSED, "Čeka se odgovor.", CLOCK)
    team.share_case(sess, made.case_code)
    return made.case_code


def _records(sess: vs.Session, code: str) -> dict[str, dict[str, object]]:
    """One record of each kind of the case: table -> its row."""
    conn = sess.db
    case_id = conn.execute("SELECT id FROM cases WHERE case_code = ?", (code,)).fetchone()[0]
    client_id = conn.execute("SELECT client_id FROM cases WHERE id = ?", (case_id,)).fetchone()[0]
    ids = {"cases": {case_id}, "clients": {client_id}}
    found: dict[str, dict[str, object]] = {}
    for table in tt.case_tables(conn):
        rows = [dict(zip(table.columns, r, strict=True))
                for r in transfer._select(conn, table, ids)]  # fmt: skip
        if table.has_id:
            ids[table.name] = {str(r["id"]) for r in rows}
            if rows:
                found[table.name] = min(rows, key=lambda r: str(r["id"]))
    return found


def _taken(sess: vs.Session, row: dict[str, object]) -> set[object]:
    """The parties already recorded at the attendance row's hearing (one row each)."""
    found = sess.db.execute(
        "SELECT party FROM hearing_attendance WHERE hearing_id = ? "
        "AND coalesce(defendant_id, '') = coalesce(?, '')",
        (row["hearing_id"], row["defendant_id"]),
    )
    return {r[0] for r in found}


def _edit(table: str, row: dict[str, object], taken: set[object]) -> tuple[Spec, object, object]:
    """The column edited, its value on A and on B: two words of its vocabulary where the kind has
    one (neither the value it had, nor one `taken`), a text otherwise."""
    for spec in [s for s in TABLES[table] if s.kind == "enum" and s.names is not None]:
        values = [v for v in spec.names() if v and v != row[spec.column] and v not in taken]
        if len(values) >= 2 and table not in PICKED:
            return spec, values[0], values[1]
    spec = PICKED.get(table) or next(s for s in TABLES[table] if s.kind == "text")
    if table == "clients":
        return spec, "female" if row["gender"] != "female" else "male", "unknown"
    return spec, f"{row[spec.column]} (A)", f"{row[spec.column]} (B)"


def _boxes(dialog: ConflictsDialog) -> dict[str, dict[str, tuple[str, str]]]:
    """Box title's kind -> field label -> (this laptop, the other laptop), as shown."""
    shown = {}
    for box in dialog.findChildren(QGroupBox):
        (table,) = box.findChildren(QTableWidget)
        shown[box.title().split(" · ")[0]] = {
            table.item(r, 0).text(): (table.item(r, 1).text(), table.item(r, 2).text())
            for r in range(table.rowCount())
        }
    return shown


def test_a_conflict_of_every_kind_is_shown_in_the_language(
    qtbot: QtBot, office: Office, language: str
) -> None:
    a, b, folder = office.a, office.b, office.folder
    code = _every_kind(a)
    settle(a, b, folder=folder)
    on_a = _records(a, code)
    kinds = set(transfer.LABELS) - {"partners"}  # partners are never conflicts
    assert set(on_a) == kinds  # the case holds a record of every kind
    taken = _taken(a, on_a["hearing_attendance"])
    edits = {t: _edit(t, row, taken if t == "hearing_attendance" else set())
             for t, row in on_a.items()}  # fmt: skip
    for sess, side in ((b, 2), (a, 1)):  # B first, A last: A's file is the later one
        with sess.write() as conn:
            for table, (spec, *values) in edits.items():
                conn.execute(f"UPDATE {table} SET {spec.column} = ? WHERE id = ?",
                             (values[side - 1], on_a[table]["id"]))  # fmt: skip
    sync.sync(a, folder)
    held = sync.sync(b, folder)
    assert {c.table for c in held.conflicts} == kinds

    words = _translations(language)
    dialog = ConflictsDialog(held.conflicts)
    qtbot.addWidget(dialog)
    shown = _boxes(dialog)
    for table, (spec, on_a_value, on_b_value) in edits.items():
        kind = record_kind(table)
        rows = shown[kind[:1].upper() + kind[1:]]
        label = _expected(spec, words, language)
        assert label in rows, (table, label, rows)
        if spec.kind == "enum" and spec.names is not None:
            names = spec.names()
            assert rows[label] == (names[str(on_b_value)], names[str(on_a_value)]), table
            if language != "en":  # the vocabulary's words, never the stored values
                assert str(on_b_value) not in rows[label], table
        elif table != "clients":
            assert rows[label] == (on_b_value, on_a_value), table
    for conflict in held.conflicts:  # no field reads as its column's name
        kind = record_kind(conflict.table)
        labels = set(shown[kind[:1].upper() + kind[1:]])
        raw = {x for column, *_ in conflict.fields for x in (column, column.replace("_", " "))}
        assert not raw & labels, (conflict.table, raw & labels)
    if language == "sr-Latn":  # word for word as the services tab names it
        kind = record_kind("services")
        assert "Usluga" in shown[kind[:1].upper() + kind[1:]]


def test_every_column_of_every_kind_has_its_label(
    qtbot: QtBot, tmp_path: Path, language: str
) -> None:
    """A deletion against a change shows every field of the record: none may read as a column
    name, in any kind; the labels shared with a form read as the translation file has them."""
    from tests._vaults import CHEAP_KDF

    sess, _ = vs.create_vault(tmp_path / "v", "marija", "copper violin thunder meadow",
                              kdf_params=CHEAP_KDF)  # fmt: skip
    words = _translations(language)
    try:
        tables = [t for t in tt.case_tables(sess.db) if t.has_id]
        assert {t.name for t in tables} == set(transfer.LABELS) - {"partners"}
        for table in tables:
            specs = field_specs(table.name)
            own = {s.column: s for s in TABLES[table.name]}
            shown = []
            for column in table.columns:
                if column in tt.unversioned(table.name):
                    continue  # never compared, never shown
                assert column in specs, f"{table.name}.{column} has no label"
                label = field_label(specs[column], column)
                assert "_" not in label and label not in (column, column.replace("_", " "))
                if column in own:
                    assert label == _expected(own[column], words, language)
                shown.append(label)
            assert len(shown) == len(set(shown)), (table.name, shown)  # no two rows alike
    finally:
        sess.close()


def test_the_views_own_words_are_marked_for_translation() -> None:
    """A label no form has is in the list lupdate reads, so it gets its Serbian words."""
    own = {s.source for specs in (COMMON, *TABLES.values()) for s in specs if s.context == OWN}
    assert own <= set(_OWN_WORDS) and own
