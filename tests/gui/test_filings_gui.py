"""An administrator records the letterhead and a lawyer (Users & settings); a lawyer records the
proceeding's stage, appellate number, the court's designation of the client and the power of
attorney (the case's Court tab); the Documents section then makes the filing addressed by the
stage or as chosen, signed by the lawyer chosen, with the stamp off unless ticked."""

from __future__ import annotations

import io

from pypdf import PdfReader
from pytestqt.qtbot import QtBot

from astra_desktop.core.court import Stage
from astra_desktop.gui.app import AppController
from astra_desktop.gui.court.document_options import WitnessOptions
from astra_desktop.gui.court.proceedings_tab import ProceedingsTab
from astra_desktop.gui.dialogs import Messages
from astra_desktop.gui.powers_dialog import PowersDialog
from astra_desktop.gui.profiles_dialog import LawyerDialog, ProfilesDialog
from astra_desktop.services import proceedings, profiles
from tests import _court_case
from tests.gui._loaded import loaded
from tests.gui.conftest import type_text
from tests.gui.test_court_documents_gui import documents_page, preview


def _text(pdf: bytes | None) -> str:
    assert pdf is not None
    return " ".join(" ".join(p.extract_text() for p in PdfReader(io.BytesIO(pdf)).pages).split())


def test_letterhead_lawyer_power_of_attorney_and_the_filing(
    qtbot: QtBot, unlocked: AppController
) -> None:
    session = unlocked.session
    assert session is not None and unlocked.main is not None
    made = _court_case.make(session, notes=1)

    # Users & settings → Organisation and lawyers
    dialog = unlocked.main.users.edit_profiles()
    assert isinstance(dialog, ProfilesDialog)
    loaded(qtbot, dialog)  # read on the users page's task runner
    assert dialog.org_name.text() == "Test NGO"  # the vault's name until a letterhead is saved
    type_text(qtbot, dialog.org_address, "Primerna 1")
    type_text(qtbot, dialog.org_city, "Beograd")
    type_text(qtbot, dialog.tax_number, "PIB")
    assert not dialog.save() and "digits only" in dialog.error.text()
    dialog.tax_number.clear()
    type_text(qtbot, dialog.tax_number, "123456789")
    assert dialog.save() and "saved" in dialog.status.text()
    assert profiles.organisation(session).city == "Beograd"
    adding = dialog.add_lawyer()
    assert isinstance(adding, LawyerDialog)
    type_text(qtbot, adding.name, "Milica Stanković")
    type_text(qtbot, adding.office_address, "Kneza Miloša 10")
    type_text(qtbot, adding.city, "Novi Sad")
    assert "U Novom Sadu" in adding.forms.text() and "iz Novog Sada" in adding.forms.text()
    type_text(qtbot, adding.bar_chamber, "Advokatska komora Vojvodine")
    type_text(qtbot, adding.bar_number, "31245")
    assert adding.save()
    loaded(qtbot, dialog)  # the lawyers read again
    assert dialog.table.rowCount() == 1 and dialog.table.item(0, 0).text() == "Milica Stanković"
    dialog.close()

    # The case's Court tab: stage, appellate court, the court's designation, power of attorney.
    tab = ProceedingsTab(session, made.case_id)
    qtbot.addWidget(tab)
    widgets = tab.form.form.widgets
    assert widgets["stage"].set_value(Stage.APPEAL)  # type: ignore[attr-defined]
    type_text(qtbot, widgets["appellate_court"], "Apelacioni sud u Beogradu")
    type_text(qtbot, widgets["appellate_case_number"], "Kž1 334/25")
    type_text(qtbot, widgets["court_designation"], "svedok „Zvezda“")
    powers = tab.edit_powers()  # the edited details are saved first
    assert isinstance(powers, PowersDialog)
    saved = proceedings.get(session, made.proceeding_id)
    assert (saved.stage, saved.appellate_case_number) == (Stage.APPEAL, "Kž1 334/25")
    assert saved.court_designation == "svedok „Zvezda“"
    assert powers.lawyer.currentText() == "Milica Stanković" and not powers.no_lawyers.isVisible()
    powers.granted_on.set_value(None)
    powers.granted_on.setText("05.03.2024")
    type_text(qtbot, powers.scope, "zastupanje oštećene")
    assert powers.add() and powers.table.rowCount() == 1
    assert powers.table.item(0, 1).text() == "05.03.2024"
    powers.close()
    (power,) = profiles.powers(session, made.proceeding_id)
    assert power.scope == "zastupanje oštećene"

    # Documents: the request, addressed by the stage (appeal), signed, no stamp by default.
    page = documents_page(unlocked)
    page.select_case(made.case_code)
    assert page.kind.set_value("vulnerable-witness") and page.lang.set_value("sr-Latn")
    assert not page.stamp.isChecked() and page.designation_hint.isVisible()
    panel = page.panels["vulnerable-witness"]
    assert isinstance(panel, WitnessOptions)
    assert panel.filing.lawyer.count() == 2  # "the one holding the power of attorney", and her
    preview(qtbot, page)
    text = _text(page.pdf_bytes)
    assert text.startswith("APELACIONOM SUDU U BEOGRADU Posl. br. Kž1 334/25")
    assert "svedok „Zvezda“, koju po punomoćju od 05.03.2024. godine zastupa Milica" in text
    assert "advokat iz Novog Sada" in text and "U Novom Sadu, dana" in text
    assert "Prilozi 1. Punomoćje od 05.03.2024. godine" in text
    assert "Poverljivo" not in text and made.case_code not in text
    # To the prosecutor instead, with the stamp.
    assert panel.filing.addressee.set_value("prosecutor")
    assert page.shown is None  # the choice makes the preview stale
    page.stamp.setChecked(True)
    preview(qtbot, page)
    text = _text(page.pdf_bytes)
    assert text.startswith("VIŠEM JAVNOM TUŽILAŠTVU U BEOGRADU Posl. br. KTO 45/23")
    assert "Predlaže se da javni tužilac donese rešenje" in text
    assert "Poverljivo" in text and made.case_code in text
    # The organisation's own documents carry the stamp by default, and the letterhead.
    assert page.kind.set_value("support-letter")
    assert page.stamp.isChecked() and not page.designation_hint.isVisible()
    preview(qtbot, page)
    text = _text(page.pdf_bytes)
    assert text.startswith("Test NGO Primerna 1, Beograd PIB: 123456789") and "Poverljivo" in text

    # A lawyer added later is offered at once in the filing's options.
    adding = ProfilesDialog(session, page).add_lawyer()
    type_text(qtbot, adding.name, "Petar Ilić")
    assert adding.save()
    qtbot.waitUntil(lambda: panel.filing.lawyer.count() == 3, timeout=5000)
    assert Messages.shown == [] or all(kind != "error" for kind, _t in Messages.shown)
