"""Every value of every new hotline, missing-person and referral choice (schema 22), chosen
through the widgets in English and in Serbian, saved, read back from the vault, and shown in the
lists: channel, caller and the anonymous flag, the person's sex and age band, kinds of
exploitation, urgency, the follow-up's due day and owner, a partner from the registry or a typed
name; a search's outcome for every status, a partner's answer; a referral's partner, and the
per-partner counts of the Partners section."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, datetime, timedelta

import pytest
from pytestqt.qtbot import QtBot

from astra_desktop.core.appointments import local_now
from astra_desktop.core.enums import ExploitationType, Gender
from astra_desktop.core.hotline import AGE_BANDS, Call, CallerType, CallQuery, CallTopic, Channel
from astra_desktop.core.missing import (
    OUTCOMES,
    InquiryAnswer,
    MissingSearch,
    SearchOutcome,
    SearchQuery,
    SearchStatus,
)
from astra_desktop.core.models import Case, Client, Referral
from astra_desktop.core.partners import Partner, PartnerKind
from astra_desktop.gui import i18n, labels
from astra_desktop.gui.entries_tab import referrals_tab
from astra_desktop.gui.hotline import labels as hotline_labels
from astra_desktop.gui.hotline.call_form import CALLER_ORDER, NO_AGE, CallForm
from astra_desktop.gui.hotline.call_log_model import CallLogModel, Column
from astra_desktop.gui.missing.dialogs import InquiryDialog, SearchDialog, StatusDialog
from astra_desktop.gui.missing.models import (
    InquiryColumn,
    InquiryModel,
    SearchColumn,
    SearchListModel,
)
from astra_desktop.gui.partners.page import PartnersPage
from astra_desktop.services import case_records, clients, hotline, missing, partners
from astra_desktop.services import session as vs
from tests.gui.conftest import type_text

SEXES = (Gender.UNKNOWN, Gender.FEMALE, Gender.MALE, Gender.OTHER)
BANDS = ("", *AGE_BANDS)
KINDS = list(ExploitationType)


@pytest.fixture(params=["en", "sr-Latn"])
def language(request: pytest.FixtureRequest) -> Iterator[str]:
    i18n.install(request.param)
    yield request.param
    i18n.uninstall()


@pytest.fixture
def registry(session: vs.Session) -> list[Partner]:
    return [
        partners.add(session, Partner("Centar za zaštitu žrtava trgovine ljudima",
                                      PartnerKind.SOCIAL_WELFARE, "Beograd")),
        partners.add(session, Partner("Sigurna kuća za žene i decu", PartnerKind.SHELTER,
                                      "Beograd")),
    ]  # fmt: skip


def test_every_call_choice_is_saved_and_listed(
    qtbot: QtBot, session: vs.Session, language: str, registry: list[Partner]
) -> None:
    form = CallForm(session)
    qtbot.addWidget(form)
    assert form.anonymous.isChecked() and form.caller.value() == CallerType.UNKNOWN.value
    assert form.channel.value() == Channel.PHONE.value
    rounds = max(len(Channel), len(CALLER_ORDER), len(SEXES), len(BANDS), len(KINDS))
    chosen: dict[str, tuple[object, ...]] = {}
    for i in range(rounds):
        channel, caller = list(Channel)[i % len(Channel)], CALLER_ORDER[i % len(CALLER_ORDER)]
        sex, band, kind = SEXES[i % len(SEXES)], BANDS[i % len(BANDS)], KINDS[i % len(KINDS)]
        form.topic.setCurrentIndex(form.topic.index_of(CallTopic.REQUEST_FOR_HELP.value))
        form.channel.setCurrentIndex(form.channel.index_of(channel.value))
        form.caller.setCurrentIndex(form.caller.index_of(caller.value))
        if i % 2:
            form.anonymous.click()  # off on every other call
        form.sex.setCurrentIndex(form.sex.index_of(sex.value))
        form.band.setCurrentIndex(form.band.index_of(band))
        form.exploitation.actions_[kind].trigger()
        type_text(qtbot, form.nationality, "Ukrajina" if i % 2 else "Srbija")
        type_text(qtbot, form.town, f"Mesto {i}")
        type_text(qtbot, form.country, "Nemačka")
        if i % 3 == 0:
            form.urgent.click()
        partner = registry[i % 2] if i % 3 != 2 else None
        if partner is not None:
            form.referral.setCurrentIndex(form.referral.findData(partner.id))
        else:
            type_text(qtbot, form.referral.lineEdit(), "La Strada Moldova")
        form.follow_up.click()
        assert form.owner.value() == session.actor.user_id  # the line worker by default
        due = local_now().date() + timedelta(days=i)
        type_text(qtbot, form.follow_up_due, f"{due:%d.%m.%Y}")
        type_text(qtbot, form.note, f"Poziv {i}")
        assert form.save(), form.error.text()
        chosen[f"Poziv {i}"] = (channel, caller, i % 2 == 0, sex, band, kind, i % 3 == 0,
                                partner, due)  # fmt: skip
    model = CallLogModel(session)
    model.set_query(CallQuery(), wait=True)
    sexes, bands = labels.genders(), hotline_labels.age_bands()
    kinds, channels = labels.exploitation_types(), hotline_labels.channels()
    callers = hotline_labels.caller_types()
    seen = set()
    for row in range(model.rowCount()):
        call = hotline.get(session, model.call_id(row))
        channel, caller, anonymous, sex, band, kind, urgent, partner, due = chosen[call.note]
        assert (call.channel, call.caller_type, call.anonymous) == (channel, caller, anonymous)
        assert (call.person_sex, call.person_age_band, call.exploitation_types) == (
            sex,
            band,
            [kind],
        )
        assert (call.urgent, call.follow_up, call.follow_up_due) == (urgent, True, due)
        assert call.partner_id == (partner.id if partner else None)
        assert call.referral == (partner.name if partner else "La Strada Moldova")

        def text(column: Column, r: int = row) -> str:
            return str(model.index(r, column).data())

        assert text(Column.CHANNEL) == channels[channel.value]
        assert text(Column.CALLER).startswith(callers[caller.value])
        assert (len(text(Column.CALLER)) > len(callers[caller.value])) == anonymous
        person = text(Column.PERSON)
        assert (sexes[sex.value] in person) == (sex is not Gender.UNKNOWN)
        assert (bands[band] in person) == (band != "")
        assert text(Column.EXPLOITATION).startswith(kinds[kind.value])
        assert (text(Column.URGENT) != "") == urgent
        assert text(Column.REFERRAL) == call.referral
        assert f"{due:%d.%m.%Y}" in text(Column.FOLLOW_UP)
        seen |= {channel, caller, sex, band, kind}
    assert seen >= set(Channel) | set(CALLER_ORDER) | set(SEXES) | set(BANDS) | set(KINDS)


def test_an_age_chooses_its_band_and_a_call_loads_back(
    qtbot: QtBot, session: vs.Session, language: str, registry: list[Partner]
) -> None:
    form = CallForm(session)
    qtbot.addWidget(form)
    form.topic.setCurrentIndex(0)
    form.age.setValue(16)
    assert form.band.value() == "14-17" and not form.band.isEnabled()
    form.age.setValue(NO_AGE)
    assert form.band.isEnabled()
    form.age.setValue(31)
    form.referral.setCurrentIndex(form.referral.findData(registry[0].id))
    assert form.save(), form.error.text()
    (call_id,) = hotline.call_ids(session, CallQuery())
    partners.set_active(session, registry[0].id, False)  # out of the choices, kept on the call
    form = CallForm(session)
    qtbot.addWidget(form)
    assert form.referral.findData(registry[0].id) < 0
    form.load(hotline.get(session, call_id))
    assert form.age.value() == 31 and form.band.value() == "25-34"
    partner_id, shown = form.referral.choice()
    assert (
        partner_id == registry[0].id
        and shown.startswith(registry[0].name)
        and shown != (registry[0].name)
    )  # marked inactive
    assert form.save(), form.error.text()
    assert hotline.get(session, call_id).partner_id == registry[0].id


def test_every_status_and_outcome_and_answer(
    qtbot: QtBot, session: vs.Session, language: str, registry: list[Partner]
) -> None:
    dialog = SearchDialog(session)
    qtbot.addWidget(dialog)
    fields = dialog.form.widgets
    type_text(qtbot, fields["person"], "Devojka")
    type_text(qtbot, fields["person_age"], "16")
    type_text(qtbot, fields["police_report_number"], "KU 77/26")
    type_text(qtbot, fields["police_station"], "PU Niš")
    type_text(qtbot, fields["last_seen_country"], "Srbija")
    type_text(qtbot, fields["believed_country"], "Austrija")
    assert dialog.save(), dialog.form.error.text()
    (row,) = missing.search_rows(session, SearchQuery(statuses=(), text="ku 77"))
    assert row.minor and row.believed_country == "Austrija"

    outcomes = hotline_labels.search_outcomes()
    pairs = [(s, o) for s, allowed in OUTCOMES.items() for o in allowed if o.value]
    made: dict[str, tuple[SearchStatus, SearchOutcome]] = {}
    for status, outcome in pairs:
        search = missing.open_search(session, MissingSearch(f"{status}-{outcome}", date.today()))
        change = StatusDialog(session, missing.get(session, search.id))
        qtbot.addWidget(change)
        change.status.setCurrentIndex(change.status.index_of(status))
        change.outcome.setCurrentIndex(change.outcome.index_of(outcome))
        type_text(qtbot, change.reason, "Razlog")
        assert change.save(), change.error.text()
        made[search.id] = (status, outcome)
    for status in (SearchStatus.PAUSED,):  # an open status has no outcome to choose
        change = StatusDialog(session, missing.get(session, search.id))
        qtbot.addWidget(change)
        change.status.setCurrentIndex(change.status.index_of(status))
        assert change.outcome.count() == 0 and not change.outcome.isEnabled()
    model = SearchListModel()
    model.set_rows(missing.search_rows(session, SearchQuery(statuses=())))
    for search_id, (status, outcome) in made.items():
        stored = missing.get(session, search_id)
        assert (stored.status, stored.outcome) == (status, outcome)
        r = model.row_of(search_id)
        assert model.index(r, SearchColumn.OUTCOME).data() == outcomes[outcome.value]
    assert {o for _s, o in made.values()} == {o for o in SearchOutcome if o.value}

    answers = hotline_labels.inquiry_answers()
    for n, answer in enumerate(InquiryAnswer):
        ask = InquiryDialog(session, row.id)
        qtbot.addWidget(ask)
        if n % 2:
            ask.partner.setCurrentIndex(ask.partner.findData(registry[n % 2].id))
        else:
            type_text(qtbot, ask.partner.lineEdit(), "La Strada Moldova")
        ask.answer.setCurrentIndex(ask.answer.index_of(answer))
        assert ask.save(), ask.error.text()
    inquiries = InquiryModel()
    inquiries.set_inquiries(missing.inquiries(session, row.id))
    shown = [inquiries.index(r, InquiryColumn.ANSWER).data() for r in range(inquiries.rowCount())]
    assert shown == [answers[a.value] for a in InquiryAnswer]
    stored_answers = [i.answer for i in missing.inquiries(session, row.id)]
    assert stored_answers == list(InquiryAnswer)
    # recording the answer later, through the same dialog opened on the inquiry
    pending = next(i for i in missing.inquiries(session, row.id) if not i.answer.value)
    later = InquiryDialog(session, row.id, pending)
    qtbot.addWidget(later)
    later.answer.setCurrentIndex(later.answer.index_of(InquiryAnswer.PERSON_FOUND))
    assert later.save(), later.error.text()
    assert missing.get_inquiry(session, pending.id).answered_on == date.today()


def test_referral_partner_and_counts_in_the_partners_section(
    qtbot: QtBot, session: vs.Session, language: str, registry: list[Partner]
) -> None:
    case = clients.register(session, Client("Ana", "Anić"), Case(""))
    tab = referrals_tab(session, case.id)
    qtbot.addWidget(tab)
    assert tab.picker is not None
    tab.picker.setCurrentIndex(tab.picker.findData(registry[1].id))
    assert tab.add(), tab.form.error.text()
    type_text(qtbot, tab.picker.lineEdit(), "Animus Association (Sofija)")
    assert tab.add(), tab.form.error.text()
    assert not tab.add()  # nothing chosen: the person is told to choose or type
    stored = {
        (r.partner_id, r.organisation) for r in case_records.entries(session, Referral, case.id)
    }
    assert stored == {(registry[1].id, registry[1].name), (None, "Animus Association (Sofija)")}
    shown = {tab.table.item(r, 1).text() for r in range(tab.table.rowCount())}
    assert shown == {registry[1].name, "Animus Association (Sofija)"}

    hotline.log_call(session, _call(registry[1].id))
    page = PartnersPage(session)
    qtbot.addWidget(page)
    page.state.setCurrentIndex(page.state.index_of(None))
    counts = {page.table.item(r, 0).text(): tuple(page.table.item(r, c).text() for c in (6, 7, 8))
              for r in range(page.table.rowCount())}  # fmt: skip
    assert counts == {registry[0].name: ("0", "0", "0"), registry[1].name: ("1", "0", "1")}


def _call(partner_id: str) -> Call:
    return Call(datetime.now().replace(second=0, microsecond=0) - timedelta(hours=1),
                CallTopic.OTHER, partner_id=partner_id)  # fmt: skip


def test_the_list_of_searches_is_found_by_police_number_outcome_and_partner(
    qtbot: QtBot, session: vs.Session, language: str, registry: list[Partner]
) -> None:
    from astra_desktop.core.missing import Inquiry
    from astra_desktop.gui.missing.page import MissingPage

    made = {}
    for n, outcome in enumerate(o for o in SearchOutcome if o.value):
        search = missing.open_search(session, MissingSearch(
            f"Osoba {n}", date.today(), police_report_number=f"KU {n}00/26"))  # fmt: skip
        status = SearchStatus.CLOSED
        missing.change_status(session, search.id, status, "Razlog", outcome=outcome)
        made[outcome] = search.id
    asked = made[SearchOutcome.FOUND_DECEASED]
    missing.ask_partner(session, Inquiry(asked, "", date.today(), partner_id=registry[1].id))
    page = MissingPage(session)
    qtbot.addWidget(page)
    page.filter.setCurrentIndex(page.filter.index_of(()))  # every status
    assert page.model.rowCount() == len(made)
    for outcome, search_id in made.items():
        page.outcome.setCurrentIndex(page.outcome.index_of(outcome))
        assert [r.id for r in page.model.rows] == [search_id]
    page.outcome.setCurrentIndex(page.outcome.index_of(SearchOutcome.NONE))  # "not recorded"
    assert page.model.rows == []
    page.outcome.setCurrentIndex(0)
    type_text(qtbot, page.text, "ku 300")
    assert [r.police_report_number for r in page.model.rows] == ["KU 300/26"]
    page.text.clear()
    assert page.partner.values() == [None, registry[1].id]  # only partners asked are offered
    page.partner.setCurrentIndex(page.partner.index_of(registry[1].id))
    assert [r.id for r in page.model.rows] == [asked]
    assert page.model.index(0, SearchColumn.ASKED).data() != ""
