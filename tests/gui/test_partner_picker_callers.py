"""The forms that name a partner read the registry on the task runner: the case file's Referrals
tab, the hotline's call form and the missing-person search's inquiry dialog. Built while the
worker is held up, their picker is greyed out and says it is reading; once the worker gets to it,
the registry's partners are there to choose. A record's partner shown meanwhile (a call opened for
correction, an inquiry opened to record its answer, a call form given back from a draft) is chosen
once the list is in.

Real vault, real widgets and runner; holding the worker up is what proves the registry is not read
on the GUI thread (it could not be there yet)."""

from __future__ import annotations

from datetime import date, datetime
from threading import Event

import pytest
from pytestqt.qtbot import QtBot

from astra_desktop.core.hotline import Call, CallTopic
from astra_desktop.core.missing import Inquiry, MissingSearch
from astra_desktop.core.models import Case, Client, Referral
from astra_desktop.core.partners import Partner, PartnerKind
from astra_desktop.gui.app import AppController
from astra_desktop.gui.entries_tab import referrals_tab
from astra_desktop.gui.hotline.page import DRAFT_KEY, HotlineSection
from astra_desktop.gui.missing.page import MissingPage
from astra_desktop.gui.partners.picker import PartnerPicker
from astra_desktop.gui.tasks import TaskRunner
from astra_desktop.services import case_records, clients, hotline, missing, partners
from astra_desktop.services import session as vs
from tests.gui import _hold
from tests.gui._hold import hold
from tests.gui._loaded import loaded
from tests.gui.conftest import type_text, unlock

runner, gate = _hold.runner, _hold.gate  # the fixtures, shared (tests/gui/_hold.py)

Registry = tuple[Partner, Partner]  # an active partner, and one no longer active
READING, READY = "Reading the partners…", "a partner from the registry, or a name"


@pytest.fixture
def registry(session: vs.Session) -> Registry:
    """An active partner and one no longer active (a record may still name it)."""
    active = partners.add(
        session, Partner("Centar za socijalni rad Niš", PartnerKind.SOCIAL_WELFARE)
    )
    old = partners.add(session, Partner("Sigurna kuća Beograd", PartnerKind.SHELTER))
    return active, partners.set_active(session, old.id, False)


def busy(picker: PartnerPicker) -> bool:
    line = picker.lineEdit()
    assert line is not None
    return picker.loading and not picker.isEnabled() and line.placeholderText() == READING


def usable(qtbot: QtBot, picker: PartnerPicker, active: Partner) -> bool:
    """Once read: enabled, saying what to type, the registry's active partner to choose."""
    loaded(qtbot, picker)
    line = picker.lineEdit()
    assert line is not None
    return picker.isEnabled() and line.placeholderText() == READY and picker.findData(active.id) > 0


def test_the_referrals_tab_reads_the_partners_on_the_runner(
    qtbot: QtBot, session: vs.Session, runner: TaskRunner, gate: Event, registry: Registry
) -> None:
    active, _old = registry
    case = clients.register(session, Client("Ana", "Anić"), Case(""))
    tab = referrals_tab(session, case.id, runner)
    qtbot.addWidget(tab)
    assert tab.picker is not None and busy(tab.picker)
    assert tab.picker.count() == 1  # nothing read on the GUI thread
    gate.set()
    assert usable(qtbot, tab.picker, active)
    loaded(qtbot, tab)
    tab.picker.setCurrentIndex(tab.picker.findData(active.id))
    assert tab.add(), tab.form.error.text()
    stored = case_records.entries(session, Referral, case.id)
    assert [(r.partner_id, r.organisation) for r in stored] == [(active.id, active.name)]


def test_the_call_form_reads_the_partners_on_the_runner_and_a_call_opened_meanwhile_keeps_its_partner(
    qtbot: QtBot, session: vs.Session, runner: TaskRunner, gate: Event, registry: Registry
) -> None:
    active, old = registry
    call = hotline.log_call(session, Call(datetime(2026, 1, 21, 10, 0), CallTopic.OTHER,
                                          referral=old.name, partner_id=old.id))  # fmt: skip
    section = HotlineSection(session, runner)
    qtbot.addWidget(section)
    form = section.calls.form
    assert busy(form.referral) and form.referral.count() == 1
    form.load(call)  # opened for correction before the registry is in
    assert form.referral.currentText() == old.name
    gate.set()
    assert usable(qtbot, form.referral, active)
    assert form.referral.choice() == (old.id, f"{old.name} (inactive)")  # kept, marked
    assert form.save(), form.error.text()
    assert hotline.get(session, call.id).partner_id == old.id
    # the log read again on the runner, the call chosen in it
    qtbot.waitUntil(lambda: "Ready for the next call" in section.calls.count.text(), timeout=5000)


def test_a_call_form_given_back_from_a_draft_while_the_partners_are_read_gets_its_partner(
    qtbot: QtBot, session: vs.Session, runner: TaskRunner, registry: Registry
) -> None:
    active, _old = registry
    before = HotlineSection(session, runner)
    qtbot.addWidget(before)
    form = before.calls.form
    loaded(qtbot, form.referral)
    form.topic.setCurrentIndex(0)
    form.referral.setCurrentIndex(form.referral.findData(active.id))
    type_text(qtbot, form.note, "Upućena u centar.")
    drafts = before.drafts()
    assert drafts[DRAFT_KEY]["partner_id"] == active.id
    gate = hold(runner)
    section = HotlineSection(session, runner)  # as after unlock
    qtbot.addWidget(section)
    restored = section.calls.form
    assert busy(restored.referral)
    assert section.restore_drafts(drafts)
    gate.set()
    assert usable(qtbot, restored.referral, active)
    assert restored.referral.choice() == (active.id, active.name)
    assert restored.note.toPlainText() == "Upućena u centar."


def test_a_call_half_typed_with_a_partner_when_the_vault_locks_comes_back_with_it(
    qtbot: QtBot, unlocked: AppController
) -> None:
    session, main = unlocked.session, unlocked.main
    assert session is not None and main is not None
    active = partners.add(session, Partner("Crveni krst Niš", PartnerKind.NGO))
    main.nav.setCurrentRow(
        [main.nav.item(i).text() for i in range(main.nav.count())].index("SOS hotline")
    )
    form = main.hotline.calls.form
    qtbot.waitUntil(lambda: form.referral.findData(active.id) > 0, timeout=5000)
    form.topic.setCurrentIndex(0)
    form.referral.setCurrentIndex(form.referral.findData(active.id))
    with qtbot.waitSignal(unlocked.locked, timeout=5000):
        unlocked.lock(panic=False)
    unlock(qtbot, unlocked)
    assert unlocked.main is not None
    restored = unlocked.main.hotline.calls.form
    assert restored.referral.loader.runner is unlocked.runner  # read on the app's runner
    loaded(qtbot, restored.referral)
    assert restored.referral.isEnabled()
    assert restored.referral.choice() == (active.id, active.name)


def test_the_inquiry_dialogs_read_the_partners_on_the_runner(
    qtbot: QtBot, session: vs.Session, runner: TaskRunner, registry: Registry
) -> None:
    active, old = registry
    search = missing.open_search(session, MissingSearch("Olena (22)", date.today()))
    missing.ask_partner(session, Inquiry(search.id, "", date.today(), partner_id=old.id))
    page = MissingPage(session, runner=runner)
    qtbot.addWidget(page)
    page.refresh()
    loaded(qtbot, page)
    assert page.select(search.id)
    panel = loaded(qtbot, page).panel
    panel.inquiry_view.selectRow(0)

    gate = hold(runner)
    answer = panel.record_answer()  # opened on the inquiry, before the registry is in
    assert answer is not None and busy(answer.partner)
    assert answer.partner.currentText() == old.name
    gate.set()
    assert usable(qtbot, answer.partner, active)
    assert answer.partner.choice() == (old.id, f"{old.name} (inactive)")
    answer.reject()

    gate = hold(runner)
    ask = panel.ask_partner()
    assert ask is not None and busy(ask.partner)
    gate.set()
    assert usable(qtbot, ask.partner, active)
    ask.partner.setCurrentIndex(ask.partner.findData(active.id))
    assert ask.save(), ask.error.text()
    asked = {(i.partner_id, i.partner_name) for i in missing.inquiries(session, search.id)}
    assert (active.id, active.name) in asked
