"""Trial monitoring through the widgets, in English and in Serbian: a monitored trial made, edited
and listed without any client; its defendants, a charge re-qualified within Art. 388; hearings
with every status and every postponement cause, who was summoned, came and testified; the
comparison line; and a client's hearing dialog recording the same facts."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, datetime

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QCheckBox
from pytestqt.qtbot import QtBot

from astra_desktop.core.appointments import AppointmentStatus
from astra_desktop.core.court import (
    AppealBy,
    Charge,
    ClaimDecision,
    Defendant,
    DefendantRole,
    Party,
    PostponedBy,
    Proceeding,
    Verdict,
)
from astra_desktop.core.models import Case, Client
from astra_desktop.core.trials import MonitoredTrial
from astra_desktop.gui import i18n
from astra_desktop.gui.court import labels as court_labels
from astra_desktop.gui.court.hearing_dialog import HearingDialog
from astra_desktop.gui.court.monitoring_page import MonitoringPage
from astra_desktop.gui.court.trial_dialogs import (
    DefendantDialog,
    TrialChargeDialog,
    TrialDialog,
    TrialHearingDialog,
)
from astra_desktop.gui.court.trials_page import TrialsPage
from astra_desktop.gui.dialogs import Messages
from astra_desktop.gui.tasks import TaskRunner
from astra_desktop.services import clients, hearings, proceedings, trials
from astra_desktop.services import session as vs
from tests.gui._loaded import loaded
from tests.gui.conftest import type_text


def _cell(page: TrialsPage, row: int, column: int) -> str:
    item = page.table.item(row, column)
    assert item is not None
    return item.text()


def tick(qtbot: QtBot, box: QCheckBox) -> None:
    """A click on the box's indicator (a box without text is hit only there)."""
    before = box.isChecked()
    qtbot.mouseClick(box, Qt.MouseButton.LeftButton, pos=QPoint(8, box.height() // 2))
    assert box.isChecked() is not before


@pytest.fixture(params=["en", "sr-Latn"])
def language(request: pytest.FixtureRequest) -> Iterator[str]:
    i18n.install(request.param)
    yield request.param
    i18n.uninstall()


def _new_trial(qtbot: QtBot, page: TrialsPage) -> str:
    dialog = page.new()
    assert isinstance(dialog, TrialDialog)
    type_text(qtbot, dialog.fields["court"], "Viši sud u Novom Sadu")
    type_text(qtbot, dialog.fields["court_case_number"], "K 12/24")
    type_text(qtbot, dialog.fields["prosecutor_office"], "Više javno tužilaštvo u Novom Sadu")
    type_text(qtbot, dialog.injured, "OŠ-1, OŠ-2")
    type_text(qtbot, dialog.opened_on, "05.02.2024")
    assert dialog.save(), dialog.error.text()
    (trial,) = trials.all_trials(page.session)
    assert page.table.rowCount() == 1 and _cell(page, 0, 2) == "OŠ-1, OŠ-2"
    return trial.id


def test_a_monitored_trial_through_the_widgets(
    qtbot: QtBot, session: vs.Session, language: str
) -> None:
    page = TrialsPage(session)
    qtbot.addWidget(page)
    page.refresh()
    assert not page.edit_button.isEnabled()
    trial_id = _new_trial(qtbot, page)

    # A name is refused as an injured party.
    dialog = page.edit()
    assert isinstance(dialog, TrialDialog)
    dialog.injured.clear()
    type_text(qtbot, dialog.injured, "Ana Petrović")
    assert not dialog.save() and "Ana Petrović" in dialog.error.text()
    dialog.reject()

    for label, role in (("D. J.", DefendantRole.ORGANISER), ("S. M.", DefendantRole.RECRUITER)):
        d = page.add_defendant()
        assert isinstance(d, DefendantDialog)
        type_text(qtbot, d.label, label)
        d.role.setCurrentIndex(d.role.index_of(role))
        assert d.save(), d.error.text()
    charge = page.add_charge()
    assert isinstance(charge, TrialChargeDialog)
    type_text(qtbot, charge.article, "388")
    type_text(qtbot, charge.paragraph, "6")
    type_text(qtbot, charge.offence, "Trgovina ljudima")
    charge.on.clear()
    type_text(qtbot, charge.on, "05.02.2024")
    assert charge.save(), charge.error.text()
    page.charge_table.selectRow(0)
    again = page.requalify()
    assert isinstance(again, TrialChargeDialog)
    type_text(qtbot, again.article, "388")
    type_text(qtbot, again.paragraph, "1")
    again.on.clear()
    type_text(qtbot, again.on, "10.09.2024")
    assert again.save(), again.error.text()
    assert page.charge_table.rowCount() == 2

    # Every status and every postponement cause, chosen through the combo boxes.
    defendants = trials.defendants(session, trial_id)
    statuses = [s for s in AppointmentStatus if s is not AppointmentStatus.POSTPONED]
    causes = list(PostponedBy)
    plan = [(s, "") for s in statuses] + [(AppointmentStatus.POSTPONED, c.value) for c in causes]
    for n, (status, cause) in enumerate(plan):
        h = page.add_hearing()
        assert isinstance(h, TrialHearingDialog)
        h.day.clear()
        type_text(qtbot, h.day, f"{n + 1:02d}.03.2024")
        h.status.setCurrentIndex(h.status.index_of(status))
        assert h.postponed_by.isEnabled() is (status is AppointmentStatus.POSTPONED)
        if cause:
            h.postponed_by.setCurrentIndex(h.postponed_by.index_of(cause))
            type_text(qtbot, h.reason, "Odbrana tražila odlaganje.")
        summoned, present, testified = h.boxes[(Party.VICTIM, "OŠ-1")]
        tick(qtbot, summoned)
        tick(qtbot, present)
        if n == 0:
            tick(qtbot, testified)
        d_summoned, d_present, _ = h.boxes[(Party.DEFENDANT, defendants[0].id)]
        tick(qtbot, d_summoned)
        if n % 2 == 0:
            tick(qtbot, d_present)
        h.witnesses[0].setValue(2)
        h.witnesses[1].setValue(1)
        assert h.save(), h.error.text()
    views = trials.hearings(session, trial_id)
    assert [v.hearing.status for v in views] == [s for s, _ in plan]
    assert [v.hearing.postponed_by for v in views] == [c for _, c in plan]
    result = trials.comparison(session, trial_id)
    n = len(plan) - sum(s is AppointmentStatus.CANCELLED for s, _ in plan)
    victim = result.people[(Party.VICTIM, "OŠ-1")]
    assert (victim.summoned, victim.appeared, victim.testified) == (n, n, 1)
    assert result.stats.postponed_by == {c.value: 1 for c in causes}
    text = page.comparison.text()
    assert f"OŠ-1 {n} " in text and court_labels.postponement_causes()["court"] in text

    # Editing a hearing shows what was recorded.
    page.hearing_table.selectRow(0)
    edit = page.edit_hearing()
    assert isinstance(edit, TrialHearingDialog)
    assert [b.isChecked() for b in edit.boxes[(Party.VICTIM, "OŠ-1")]] == [True, True, True]
    assert edit.witnesses[0].value() == 2 and edit.status.value() is plan[0][0]
    edit.reject()

    # The judgment: every verdict, claim decision and appeal party passes through the form.
    for verdict in Verdict:
        form = page.edit()
        assert isinstance(form, TrialDialog)
        form.verdict.setCurrentIndex(form.verdict.index_of(verdict))
        form.verdict_on.clear()
        form.served_on.clear()
        if verdict is not Verdict.PENDING:
            type_text(qtbot, form.verdict_on, "20.11.2024")
        assert form.save(), form.error.text()
        assert trials.get(session, trial_id).verdict is verdict
    form = page.edit()
    assert isinstance(form, TrialDialog)
    form.verdict.setCurrentIndex(form.verdict.index_of(Verdict.CONVICTED))
    type_text(qtbot, form.article, "388")
    type_text(qtbot, form.paragraph, "1")
    form.months.setValue(48)
    type_text(qtbot, form.claimed, "1200000")
    type_text(qtbot, form.served_on, "02.12.2024")
    for decision in ClaimDecision:
        form.decision.setCurrentIndex(form.decision.index_of(decision))
    form.plea.setChecked(True)
    type_text(qtbot, form.plea_on, "15.11.2024")
    assert form.save(), form.error.text()
    stored = trials.get(session, trial_id)
    assert (stored.convicted_paragraph, stored.sentence_months) == ("1", 48)
    assert stored.compensation_claimed == 1_200_000 and stored.plea_agreement
    assert stored.property_claim_decision is ClaimDecision.REJECTED  # the last one chosen
    assert _cell(page, 0, 4) == "17.12.2024"  # 15 days from service
    for party in AppealBy:
        form = page.edit()
        assert isinstance(form, TrialDialog)
        form.appealed.set_values([party])
        assert form.save(), form.error.text()
        assert trials.get(session, trial_id).appealed_by == [party]
        assert _cell(page, 0, 4) == "—"  # an appeal recorded: no reminder

    Messages.answer_next(True)
    assert page.delete() and page.table.rowCount() == 0


def test_the_monitoring_section_shows_trials_and_counts_them(
    qtbot: QtBot, session: vs.Session, language: str
) -> None:
    trial = trials.add(session, MonitoredTrial(
        court="Viši sud u Nišu", court_case_number="K 7/23", injured_parties=["AA"],
        verdict=Verdict.CONVICTED, verdict_on=date(2024, 4, 4), convicted_article="184",
    ))  # fmt: skip
    trials.add_charge(session, Charge(trial.id, "388", date(2023, 1, 1), paragraph="1"))
    runner = TaskRunner()
    page = MonitoringPage(session, runner)
    qtbot.addWidget(page)
    page.refresh()
    assert page.loading and not page.export_button.isEnabled()  # both read on the runner
    assert page.trials.loading and not page.trials.table.isEnabled()
    assert not page.trials.edit_button.isEnabled() and page.trials.new_button.isEnabled()
    loaded(qtbot, page)
    assert page.model.columnCount() == 2 and page.export_button.isEnabled()
    keys = [k for k, _ in page.model.rows]
    year = page.model._years[0]
    assert year.monitored_without_client == 1 and year.convictions_requalified == 1
    row = keys.index("convictions_requalified")
    assert page.model.index(row, 0).data() == "1"
    assert page.trials.table.rowCount() == 1


def test_a_clients_hearing_records_summoned_testified_and_the_cause(
    qtbot: QtBot, session: vs.Session, language: str
) -> None:
    case = clients.register(session, Client("Olena", "Коваленко"), Case(""))
    p = proceedings.add(session, Proceeding(case.id, court="Viši sud u Beogradu"))
    accused = proceedings.add_entry(session, Defendant(p.id, "M. P.", DefendantRole.EXPLOITER))
    view = hearings.schedule(session, p.id, datetime(2025, 3, 3, 9))
    dialog = HearingDialog(session, view.hearing.id)
    qtbot.addWidget(dialog)
    assert not dialog.postponed_by.isEnabled()
    dialog.status_buttons[AppointmentStatus.POSTPONED].click()
    assert dialog.postponed_by.isEnabled()
    assert dialog.postponed_by.values() == ["", *[c.value for c in PostponedBy]]
    dialog.postponed_by.setCurrentIndex(dialog.postponed_by.index_of("defence"))
    type_text(qtbot, dialog.reason, "Okrivljeni nije doveden.")
    victim, accused_ = (Party.VICTIM, None), (Party.DEFENDANT, accused.id)
    for box in (dialog.present[victim], dialog.summoned[victim], dialog.testified[victim],
                dialog.summoned[accused_]):  # fmt: skip
        tick(qtbot, box)
    dialog.witnesses[0].setValue(3)
    dialog.witnesses[1].setValue(2)
    dialog.witnesses[2].setValue(0)
    assert dialog.save(), dialog.error.text()
    stored = hearings.get(session, view.hearing.id)
    assert stored.hearing.postponed_by == "defence"
    assert (stored.hearing.witnesses_summoned, stored.hearing.witnesses_appeared,
            stored.hearing.witnesses_testified) == (3, 2, 0)  # fmt: skip
    marks = {(a.party, a.defendant_id): a for a in stored.attendance}
    assert marks[victim].summoned and marks[victim].testified and marks[victim].present
    assert marks[accused_].summoned and not marks[accused_].present
    again = HearingDialog(session, view.hearing.id)
    qtbot.addWidget(again)
    assert again.postponed_by.value() == "defence" and again.testified[victim].isChecked()
    assert again.witnesses[2].value() == 0 and again.witnesses[1].value() == 2
    for cause in PostponedBy:  # every cause, chosen through the combo box, saved and read back
        each = HearingDialog(session, view.hearing.id)
        qtbot.addWidget(each)
        each.postponed_by.setCurrentIndex(each.postponed_by.index_of(cause.value))
        assert each.save(), each.error.text()
        assert hearings.get(session, view.hearing.id).hearing.postponed_by == cause.value
    stats = hearings.stats(session, p.id)
    assert (stats.victim_summoned, stats.victim_testified, stats.postponed_by) == (
        1, 1, {"other": 1},  # the last cause chosen
    )  # fmt: skip


def test_the_court_tab_counts_the_appeal_period_from_the_service_date(
    qtbot: QtBot, session: vs.Session, language: str
) -> None:
    """Pronounced 02.06.2025 and served 20.06.2025: the last day is 05.07.2025, not 17.06."""
    from astra_desktop.gui.court.proceedings_tab import ProceedingsTab

    case = clients.register(session, Client("Jelena", "Đorđević"), Case(""))
    p = proceedings.add(session, Proceeding(case.id, court="Viši sud u Nišu"))
    tab = ProceedingsTab(session, case.id)
    qtbot.addWidget(tab)
    w = tab.form.form.widgets
    assert w["verdict"].set_value(Verdict.CONVICTED)  # type: ignore[attr-defined]
    type_text(qtbot, w["verdict_on"], "02.06.2025")
    type_text(qtbot, w["judgment_served_on"], "20.06.2025")
    type_text(qtbot, w["compensation_claimed"], "900000")
    assert tab.form.save(), tab.form.form.error.text()
    stored = proceedings.get(session, p.id)
    assert (stored.judgment_served_on, stored.compensation_claimed) == (date(2025, 6, 20), 900_000)
    moment = datetime(2025, 7, 1, 10).astimezone()
    (appeal,) = [w for w in proceedings.warnings(session, p.id, lambda: moment)
                 if w.rule_id == "appeal-window"]  # fmt: skip
    assert appeal.due_on == date(2025, 7, 5)
