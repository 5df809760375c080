"""The proceeding's details in the case's Court tab record the plea agreement (date, terms) and
the judgment (article and paragraph, sentence as pronounced, who appealed); what is saved is what
the chronology and the attendance record then print (issue 19, item 6)."""

from __future__ import annotations

import io
from datetime import date

from pypdf import PdfReader
from pytestqt.qtbot import QtBot

from astra_desktop.core.court import AppealBy, Verdict
from astra_desktop.gui.court.proceedings_tab import ProceedingsTab
from astra_desktop.services import court_documents as cdoc
from astra_desktop.services import proceedings
from astra_desktop.services import session as vs
from tests import _court_case
from tests.gui.conftest import type_text
from tests.test_court_documents import clock


def _text(pdf: bytes) -> str:
    return " ".join(" ".join(p.extract_text() for p in PdfReader(io.BytesIO(pdf)).pages).split())


def test_the_plea_agreement_and_judgment_are_recorded_in_the_court_tab(
    qtbot: QtBot, session: vs.Session
) -> None:
    made = _court_case.make(session, notes=1)
    tab = ProceedingsTab(session, made.case_id)
    qtbot.addWidget(tab)
    form = tab.form
    plea = form.plea_form.widgets
    assert not form.plea_form.isEnabled()  # the date and terms wait for the tick
    form.plea.setChecked(True)
    assert form.plea_form.isEnabled() and form.dirty
    type_text(qtbot, plea["plea_agreement_on"], "12.05.2025")
    type_text(qtbot, plea["plea_terms"], "Okrivljeni M. P. priznaje delo iz čl. 388 st. 1 KZ.")
    w = form.form.widgets
    assert w["verdict"].set_value(Verdict.CONVICTED)  # type: ignore[attr-defined]
    type_text(qtbot, w["verdict_on"], "20.06.2025")
    type_text(qtbot, w["convicted_article"], "388")
    type_text(qtbot, w["convicted_paragraph"], "1")
    type_text(qtbot, w["convicted_offence"], "Trgovina ljudima")
    type_text(qtbot, w["sentence"], "kazna zatvora u trajanju od 4 godine")
    w["appealed_by"].set_values([AppealBy.DEFENDANT])  # type: ignore[attr-defined]
    assert form.save()
    p = proceedings.get(session, made.proceeding_id)
    assert (p.plea_agreement, p.plea_agreement_on) == (True, date(2025, 5, 12))
    assert p.plea_terms.startswith("Okrivljeni M. P. priznaje")
    assert (p.convicted_article, p.convicted_paragraph) == ("388", "1")
    assert (p.sentence, p.appealed_by) == ("kazna zatvora u trajanju od 4 godine",
                                           [AppealBy.DEFENDANT])  # fmt: skip
    chronology = _text(cdoc.build(session, "chronology", made.case_id, clock=clock))
    assert "12.05.2025 Krivični postupak Zaključen je sporazum o priznanju krivičnog dela." in (
        chronology
    )
    assert "Izrečena kazna: kazna zatvora u trajanju od 4 godine." in chronology
    attendance = _text(cdoc.build(session, "attendance", made.case_id, clock=clock))
    assert "trgovina ljudima iz čl. 388 st. 1 Krivičnog zakonika" in attendance
    assert "Žalba izjavljena (okrivljeni, odnosno branilac)" in attendance

    # A date typed without the tick is refused, and the error shows by the plea's fields.
    form.plea.setChecked(False)
    assert not form.plea_form.isEnabled()
    assert not form.save()
    assert "plea agreement" in form.plea_form.error.text()
    assert proceedings.get(session, made.proceeding_id).plea_agreement  # nothing was saved
