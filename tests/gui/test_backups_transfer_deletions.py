"""The side-by-side dialog for a record deleted on one laptop and changed on the other, with two
real vaults: the person sees which side deleted it and what it holds here, chooses by clicking,
and the import does what was chosen."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QDialogButtonBox, QLabel, QRadioButton, QTableWidget
from pytestqt.qtbot import QtBot

from astra_desktop.gui.transfer_dialogs import ConflictsDialog
from astra_desktop.services import appointments, clients, integrity, transfer
from astra_desktop.services import session as vs
from tests._vaults import CHEAP_KDF
from tests.gui.conftest import shoot
from tests.test_transfer import A_PASS, B_PASS, Laptops, make_full_case, send


@pytest.fixture
def laptops(tmp_path: Path) -> Iterator[Laptops]:
    a, _ = vs.create_vault(tmp_path / "a", "marija", A_PASS, kdf_params=CHEAP_KDF)
    b, _ = vs.create_vault(tmp_path / "b", "jovan", B_PASS, kdf_params=CHEAP_KDF)
    yield Laptops(a, b, tmp_path)
    a.close()
    b.close()


def _radio(dialog: ConflictsDialog, text: str) -> QRadioButton:
    found = [r for r in dialog.findChildren(QRadioButton) if r.text() == text]
    assert len(found) == 1, [r.text() for r in dialog.findChildren(QRadioButton)]
    return found[0]


@pytest.mark.parametrize("choice", [transfer.MINE, transfer.THEIRS])
def test_deleted_there_changed_here_is_chosen_in_the_dialog(
    qtbot: QtBot, laptops: Laptops, choice: str
) -> None:
    a, b = laptops.a, laptops.b
    case_id = make_full_case(a)
    code = clients.get_case(a, case_id).case_code
    send(a, b, [code], laptops.folder)
    appt_id = str(
        a.db.execute(
            "SELECT id FROM appointments WHERE case_id = ? AND id NOT IN "
            "(SELECT appointment_id FROM hearings)",
            (case_id,),
        ).fetchone()[0]
    )
    on_b = appointments.get(b, appt_id)
    on_b.place = "Centar za socijalni rad, Palilula"
    appointments.update(b, on_b)
    appointments.delete(a, appt_id)
    out = laptops.folder / "deleted.astratransfer"
    exported = transfer.export_cases(a, [code], out)
    plan = transfer.plan_import(b, transfer.open_bundle(out, exported.passphrase))

    assert [c.key for c in plan.conflicts] == [f"appointments:{appt_id}"]
    dialog = ConflictsDialog(plan.conflicts)
    qtbot.addWidget(dialog)
    dialog.show()
    notes = [label.text() for label in dialog.findChildren(QLabel)]
    assert any("Deleted on the other laptop (by marija)" in t for t in notes), notes
    table = dialog.findChildren(QTableWidget)[0]
    cells = {
        table.item(r, 0).text(): (table.item(r, 1).text(), table.item(r, 2).text())  # type: ignore[union-attr]
        for r in range(table.rowCount())
    }
    assert cells["Place"] == ("Centar za socijalni rad, Palilula", "(deleted)")  # the list's word
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    assert not ok.isEnabled()  # nothing happens before the person chooses
    shoot(dialog, "transfer-conflict-deleted")
    text = (
        "Keep it, with this laptop's changes" if choice == transfer.MINE else "Delete it here too"
    )
    radio = _radio(dialog, text)
    radio.ensurePolished()
    # on the round button itself (the row is wider than what a click selects)
    qtbot.mouseClick(radio, Qt.MouseButton.LeftButton, pos=QPoint(8, radio.height() // 2))
    assert ok.isEnabled()
    qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
    assert dialog.result() == dialog.DialogCode.Accepted

    result = transfer.apply_import(b, plan, dialog.choices())
    present = b.db.execute("SELECT 1 FROM appointments WHERE id = ?", (appt_id,)).fetchone()
    if choice == transfer.MINE:
        assert present and result.kept == 1
        assert appointments.get(b, appt_id).place == "Centar za socijalni rad, Palilula"
    else:
        assert present is None and result.deleted == 1
    assert integrity.check(b).sound
