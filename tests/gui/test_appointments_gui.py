"""Appointments and court work in the app, driven as a person would: a new appointment from the
agenda (with a double-booking warning), a hearing's outcome recorded on the Court tab, the month
view, court monitoring and the reminders bar; every model through qtmodeltester; screenshots."""

from __future__ import annotations

import random
from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path

from PySide6.QtCore import QTime
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from astra_desktop.core.appointments import (
    BELGRADE,
    Appointment,
    AppointmentKind,
    AppointmentStatus,
    local_now,
)
from astra_desktop.core.court import (
    Charge,
    ClaimDecision,
    Defendant,
    DefendantRole,
    HearingKind,
    Party,
    Proceeding,
    Verdict,
)
from astra_desktop.core.models import Case, Client
from astra_desktop.demo import court as demo_court
from astra_desktop.gui.agenda_page import AgendaPage
from astra_desktop.gui.app import AppController
from astra_desktop.gui.appointment_dialog import AppointmentDialog
from astra_desktop.gui.appointment_models import AppointmentListModel, MonthModel
from astra_desktop.gui.court.hearing_dialog import HearingDialog
from astra_desktop.gui.court.monitoring_page import MonitoringModel
from astra_desktop.gui.dialogs import Messages
from astra_desktop.gui.reminders_bar import ReminderBar
from astra_desktop.services import (
    agenda,
    appointments,
    clients,
    hearings,
    monitoring,
    proceedings,
)
from astra_desktop.services.agenda import AgendaQuery, Period
from astra_desktop.services.session import Session
from tests.gui._loaded import loaded
from tests.gui.conftest import shoot, type_text


def _today_at(hour: int, minute: int = 0) -> datetime:
    return datetime.combine(local_now().date(), time(hour, minute))


def _wait_idle(qtbot: QtBot, ctl: AppController) -> None:
    qtbot.waitUntil(lambda: not ctl.runner.busy, timeout=10000)


def _fill(session: Session) -> list[Case]:
    """A few cases with appointments around today, and demo court work, for the screenshots."""
    made = [
        clients.register(session, Client(given, family), Case(""))
        for given, family in (("Jelena", "Đorđević"), ("Олена", "Коваленко"),
                              ("Văn Thành", "Nguyễn"), ("Ana", "Popescu"))
    ]  # fmt: skip
    demo_court.fill_court(session, random.Random(7), [c.id for c in made] * 4)
    me = [session.actor.user_id]
    for n, (hour, kind) in enumerate(((9, AppointmentKind.PSYCHOLOGIST), (11, AppointmentKind.POLICE),
                                      (14, AppointmentKind.EMBASSY))):  # fmt: skip
        start = _today_at(hour, 30)
        appointments.add(session, Appointment(made[n].id, kind, start, start + timedelta(hours=1),
                                              place="Beograd"), me, allow_conflicts=True)  # fmt: skip
    return made


def _verdicts(session: Session) -> None:
    """Thirty fictional concluded proceedings over five years, for the monitoring figures."""
    rng = random.Random(3)
    cases = [clients.register(session, Client("Ime", f"Prezime{n}"), Case("")) for n in range(30)]
    for n, case in enumerate(cases):
        p = proceedings.add(session, Proceeding(case.id, court="Viši sud u Beogradu"))
        charge = proceedings.add_entry(session, Charge(p.id, "388", date(2019, 5, 5)))
        requalified = rng.random() < 0.4
        if requalified:
            proceedings.requalify(session, charge.id, "184", "", date(2020, 5, 5))
        p.verdict = rng.choices(list(Verdict)[1:], (70, 15, 5, 10))[0]
        p.verdict_on = p.first_instance_ended_on = date(2021 + n % 5, rng.randint(1, 12), 10)
        if p.verdict is Verdict.CONVICTED:
            p.convicted_article = "184" if requalified else "388"
            p.sentence_months = rng.choice((12, 24, 36, 60, 96))
            p.plea_agreement = rng.random() < 0.4
            p.victim_informed_of_plea = rng.random() < 0.5 if p.plea_agreement else None
        if rng.random() < 0.5:
            p.property_claim_filed_on = date(2020, 1, 1)
            p.property_claim_decision = rng.choice(list(ClaimDecision)[1:])
            if p.property_claim_decision.decided_in_criminal_case:
                p.compensation_awarded = rng.choice((200_000, 450_000, 900_000))
                p.compensation_paid = rng.choice((0, p.compensation_awarded // 2))
        proceedings.update(session, p)


def test_new_appointment_from_the_agenda_with_a_double_booking_warning(
    qtbot: QtBot, unlocked: AppController
) -> None:
    main, session = unlocked.main, unlocked.session
    assert main is not None and session is not None
    cases = _fill(session)
    main.nav.setCurrentRow(1)
    section = main.appointments
    page = section.agenda
    _wait_idle(qtbot, unlocked)

    dialog = page.new_appointment()
    assert isinstance(dialog, AppointmentDialog) and dialog.isVisible()
    qtbot.keyClicks(dialog.case_code, cases[0].case_code.lower())
    dialog.kind.set_value(AppointmentKind.SOCIAL_WELFARE)
    dialog.day.clear()
    qtbot.keyClicks(dialog.day, local_now().strftime("%d.%m.%Y"))
    dialog.start.setTime(QTime(23, 0))
    dialog.end.setTime(QTime(23, 45))
    type_text(qtbot, dialog.place, "Centar za socijalni rad Čukarica")
    assert dialog.reminders[24 * 60].isChecked()  # the type's default: one day ahead
    shoot(dialog, "appointment-new")
    assert dialog.save()
    saved = agenda.between(session, _today_at(23), _today_at(23, 59))
    assert [(r.case_code, r.place) for r in saved] == [
        (cases[0].case_code, "Centar za socijalni rad Čukarica")
    ]

    # The same worker at an overlapping time: asked first, refused by default …
    clash = page.new_appointment()
    qtbot.keyClicks(clash.case_code, cases[1].case_code)
    clash.day.set_value(local_now().date())
    clash.start.setTime(QTime(23, 30))
    clash.end.setTime(QTime(23, 50))
    assert not clash.save()
    assert any("already has an appointment" in text for _kind, text in Messages.shown)
    assert "already has an appointment" in clash.error.text()
    # … and saved when the person says "save anyway".
    Messages.answer_next(True)
    assert clash.save()
    assert len(agenda.between(session, _today_at(23), _today_at(23, 59))) == 2
    page.periods.setCurrentIndex(0)  # Today
    _wait_idle(qtbot, unlocked)
    qtbot.waitUntil(lambda: page.model.rowCount() >= 2, timeout=5000)
    assert page.model.index(0, 2).data() in ("", None)  # no names unless asked
    qtbot.wait(50)
    shoot(main, "appointments-agenda")
    page.names.setChecked(True)
    assert not page.view.isColumnHidden(2)
    page.names.setChecked(False)

    # Printing the week asks first; the PDF shows case codes.
    assert not page.print_week(Path(unlocked.home) / "agenda.pdf")
    Messages.answer_next(True)
    target = Path(unlocked.home) / "agenda.pdf"
    assert page.print_week(target)
    _wait_idle(qtbot, unlocked)
    assert target.read_bytes().startswith(b"%PDF")


def test_recording_a_hearing_outcome_on_the_court_tab(
    qtbot: QtBot, unlocked: AppController
) -> None:
    main, session = unlocked.main, unlocked.session
    assert main is not None and session is not None
    case = clients.register(session, Client("Jelena", "Đorđević"), Case(""))
    p = proceedings.add(
        session,
        Proceeding(case.id, court="Viši sud u Beogradu", court_case_number="K 123/24",
                   judge="Sudija M. M.", prosecutor_office="Više javno tužilaštvo u Beogradu",
                   opened_on=date.today() - timedelta(days=400)),
    )  # fmt: skip
    d1 = proceedings.add_entry(session, Defendant(p.id, "M. P.", DefendantRole.RECRUITER))
    d2 = proceedings.add_entry(session, Defendant(p.id, "S. J.", DefendantRole.EXPLOITER))
    view = hearings.schedule(
        session, p.id, datetime.combine(date.today() - timedelta(days=120), time(9, 30)),
        kind=HearingKind.PRELIMINARY,
    )  # fmt: skip
    for n in range(3):  # three earlier hearings: the client always came, the defendants rarely
        view = hearings.record(session, view.hearing.id, hearings.HearingOutcome(
            AppointmentStatus.POSTPONED if n != 1 else AppointmentStatus.HELD,
            present={(Party.VICTIM, None): True, (Party.DEFENDANT, d1.id): n == 1,
                     (Party.DEFENDANT, d2.id): False},
            postponement_reason="Okrivljeni nije doveden iz pritvora." if n != 1 else "",
            next_starts_at=view.appointment.starts_at + timedelta(days=30)))  # fmt: skip
        assert view is not None
    charge = proceedings.add_entry(session, Charge(p.id, "388 st. 1", date.today() - timedelta(
        days=390), offence="Trgovina ljudima"))  # fmt: skip
    proceedings.requalify(session, charge.id, "184", "Posredovanje u vršenju prostitucije",
                          date.today() - timedelta(days=60), "Izmenjena optužnica")  # fmt: skip
    case_file = main.cases.open_case(case.id)
    assert case_file is not None
    case_file.tabs.setCurrentWidget(case_file.court)
    tab = loaded(qtbot, case_file.court)  # its proceedings are read on the task runner
    assert "property claim has not been filed" not in tab.warnings.text()
    assert tab.hearing_table.rowCount() == 4
    assert "Came to court: the client 3 · M. P. 1 · S. J. 0" in tab.stats.text()

    tab.hearing_table.selectRow(3)  # the hearing that was due last
    dialog = tab.record_selected()
    assert isinstance(dialog, HearingDialog) and dialog.isVisible()
    assert loaded(qtbot, dialog).loaded  # read on the same runner; Save waits for it
    dialog.status_buttons[AppointmentStatus.POSTPONED].setChecked(True)
    dialog.present[(Party.VICTIM, None)].setChecked(True)
    dialog.present[(Party.PROSECUTOR, None)].setChecked(True)
    dialog.present[(Party.DEFENDANT, d1.id)].setChecked(True)
    qtbot.keyClicks(dialog.reason, "Okrivljeni S. J. nije doveden.")
    next_day = date.today() + timedelta(days=40)
    qtbot.keyClicks(dialog.next_day, next_day.strftime("%d.%m.%Y"))
    dialog.next_time.setTime(QTime(10, 0))
    shoot(dialog, "hearing-outcome")
    assert dialog.save()
    assert loaded(qtbot, tab).hearing_table.rowCount() == 5
    stats = hearings.stats(session, p.id)
    assert (stats.postponed, stats.planned, stats.victim, stats.defendant(d1.id)) == (3, 1, 4, 2)
    assert stats.defendant(d2.id) == 0
    assert "the client 4 · M. P. 2 · S. J. 0" in tab.stats.text()
    # The next hearing is a main hearing with no property claim filed: the warning shows.
    assert "property claim has not been filed" in tab.warnings.text()
    nxt = hearings.of_proceeding(session, p.id)[-1]
    assert nxt.appointment.starts_at == datetime.combine(next_day, time(10, 0))
    qtbot.wait(50)
    shoot(main, "court-proceeding-with-hearings")

    # Filing the claim on the form clears the warning.
    tab.body.setCurrentIndex(1)
    form = tab.form.form
    qtbot.keyClicks(form.widgets["property_claim_filed_on"], date.today().strftime("%d.%m.%Y"))
    assert case_file.dirty
    assert tab.form.save(), form.error.text()
    assert not loaded(qtbot, tab).warnings.isVisible()


def test_month_view_and_court_monitoring(qtbot: QtBot, unlocked: AppController) -> None:
    main, session = unlocked.main, unlocked.session
    assert main is not None and session is not None
    _fill(session)
    main.nav.setCurrentRow(1)
    section = main.appointments
    section.setCurrentWidget(section.month)
    _wait_idle(qtbot, unlocked)
    month = section.month
    today = local_now().date()
    days = agenda.month(session, today.year, today.month)
    assert days, "the demo filler puts appointments in this month"
    busiest = max(days.values(), key=lambda d: d.total)
    month.grid.setCurrentIndex(month.model.index_of(busiest.day))
    _wait_idle(qtbot, unlocked)
    qtbot.waitUntil(lambda: month.day_model.rowCount() == busiest.total, timeout=5000)
    text = month.model.index_of(busiest.day).data()
    assert busiest.rows[0].case_code in text
    qtbot.wait(50)
    shoot(main, "appointments-month")
    month.step(1)
    month.step(-1)
    assert (month.model.year, month.model.month) == (today.year, today.month)

    _verdicts(session)
    section.setCurrentWidget(section.monitoring)
    _wait_idle(qtbot, unlocked)
    # The years of the verdicts, and a column for all years (the demo's monitored trials count too).
    years = len(monitoring.figures(session))
    assert years >= 6  # the five verdict years 2021–2025 and all years, at least
    qtbot.waitUntil(lambda: section.monitoring.model.columnCount() == years, timeout=5000)
    qtbot.wait(50)  # let the layout settle before the screenshot
    shoot(main, "court-monitoring")
    target = Path(unlocked.home) / "monitoring.csv"
    with qtbot.waitSignal(section.monitoring.exported, timeout=10000):  # written on the runner
        assert section.monitoring.export(target)
    assert target.read_text(encoding="utf-8").startswith("year,verdicts,")


def test_models_pass_qtmodeltester(qtmodeltester: ModelTester, session: Session) -> None:
    case = clients.register(session, Client("Ana", "Anić"), Case(""))
    start = datetime(2026, 3, 2, 9, 0)
    for n in range(130):  # more than one page
        s = start + timedelta(hours=n * 5)
        appointments.add(session, Appointment(case.id, AppointmentKind.MEDICAL, s,
                                              s + timedelta(minutes=30)))  # fmt: skip
    model = AppointmentListModel(session)
    model.set_query(AgendaQuery(Period.RANGE, case_id=case.id), wait=True)
    assert model.rowCount() == 130 and model._pages == {}
    qtmodeltester.check(model, force_py=True)
    model.set_names(True)
    qtmodeltester.check(model, force_py=True)
    month = MonthModel(session)
    month.set_month(2026, 3, wait=True)
    qtmodeltester.check(month, force_py=True)
    assert month.index_of(date(2026, 3, 2)).data().startswith("2\n09:00")
    figures = MonitoringModel()
    figures.set_figures(monitoring.figures(session))
    qtmodeltester.check(figures, force_py=True)


def test_reminders_bar_at_unlock_and_while_running(qtbot: QtBot, unlocked: AppController) -> None:
    main, session = unlocked.main, unlocked.session
    assert main is not None and session is not None
    case = clients.register(session, Client("Jelena", "Đorđević"), Case(""))
    me = [session.actor.user_id]
    base = datetime(2026, 3, 13, 8, 0)
    appointments.add(session, Appointment(case.id, AppointmentKind.COURT_HEARING,
                                          datetime(2026, 3, 20, 9, 0),
                                          datetime(2026, 3, 20, 11, 0)), me)  # fmt: skip
    appointments.add(session, Appointment(case.id, AppointmentKind.MEDICAL,
                                          datetime(2026, 3, 13, 12, 0),
                                          datetime(2026, 3, 13, 13, 0)), me)  # fmt: skip
    now = [base]

    def clock() -> datetime:
        return now[0].replace(tzinfo=BELGRADE).astimezone(UTC)

    bar = ReminderBar(session, unlocked.runner, clock=clock, parent=main)
    main.addToolBar(bar)
    bar.start()
    _wait_idle(qtbot, unlocked)
    qtbot.waitUntil(bar.isVisible, timeout=5000)
    assert "Today: 1 appointment(s), the first at 12:00" in bar.text.text()
    assert (
        f"Court hearings in the next 7 days: 1 ({case.case_code} 20.03. 09:00)" in bar.text.text()
    )
    assert "Đorđević" not in bar.text.text()
    now[0] = base + timedelta(hours=1)  # 09:00: the hearing is seven days away
    with qtbot.waitSignal(bar.notified, timeout=5000) as fired:
        bar.check()
    # (source text: no catalogue installed here; "In 7 days" in the English one)
    assert fired.args == [[f"In 7 day(s): Court hearing, {case.case_code}, 20.03.2026 09:00"]]
    bar.check()  # nothing new since the last check
    _wait_idle(qtbot, unlocked)
    assert bar.tray is None  # no system tray on the offscreen platform
    qtbot.wait(50)
    shoot(main, "reminders-bar")


def test_agenda_page_with_a_fixed_clock_counts_outcomes_due(
    qtbot: QtBot, unlocked: AppController
) -> None:
    session = unlocked.session
    assert session is not None
    case = clients.register(session, Client("Ana", "Anić"), Case(""))
    for day in (2, 3):
        s = datetime(2026, 3, day, 9, 0)
        appointments.add(session, Appointment(case.id, AppointmentKind.LAWYER, s,
                                              s + timedelta(hours=1)))  # fmt: skip
    moment = datetime(2026, 3, 4, 12, 0, tzinfo=BELGRADE).astimezone(UTC)
    page = AgendaPage(session, unlocked.runner, clock=lambda: moment)
    _wait_idle(qtbot, unlocked)
    qtbot.waitUntil(lambda: page.periods.tabText(2).endswith("(2)"), timeout=5000)
    page.periods.setCurrentIndex(2)
    _wait_idle(qtbot, unlocked)
    qtbot.waitUntil(lambda: page.model.rowCount() == 2, timeout=5000)
    assert page.model.index(0, 5).data() == "Outcome to record"
    page.deleteLater()
