"""The Statistics section (issue 20, item 4) on a real vault: period (a year, a range, a range
the wrong way round), every trial scope, a court, the tables and the bars a person reads, the CSV
and the annual report written and read back in English, Serbian Latin and Serbian Cyrillic, a
viewer who may not export, and the lock pressed while the figures are being counted.

The fixture, worked out by hand (2024 unless said):
- a monitored trial, Viši sud u Kragujevcu K 41/23, opened 20.11.2023, injured parties OŠ-1 and
  OŠ-2, defendants D1 and D2; hearings 01.02 held, 01.03 and 01.04 postponed by the defence,
  03.06 held; an injured party came to all four (OŠ-1 each time), one testified on 01.02 and
  03.06; D1 came 3 times, D2 twice; convicted 03.06.2024;
- a client's proceeding at Viši sud u Nišu, opened 01.03.2024, pending, no hearings;
- calls: 10.01 phone, 20.01 SMS, 15.03 phone (urgent); one more on 10.12.2023 (another year);
- a search for a missing minor opened 10.05.2024, found alive on 20.06.2024 (41 days).
"""

from __future__ import annotations

import csv
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QDate
from PySide6.QtWidgets import QFileDialog, QInputDialog
from pytestqt.qtbot import QtBot

from astra_desktop.core.annual_figures import Period, TrialScope
from astra_desktop.core.appointments import AppointmentStatus
from astra_desktop.core.court import (
    Attendance,
    Defendant,
    DefendantRole,
    Party,
    Proceeding,
    Verdict,
)
from astra_desktop.core.enums import Role
from astra_desktop.core.hotline import Call, CallTopic, Channel
from astra_desktop.core.missing import MissingSearch, SearchOutcome, SearchStatus
from astra_desktop.core.models import Case, Client
from astra_desktop.core.trials import MonitoredTrial, TrialHearing
from astra_desktop.gui import i18n, style
from astra_desktop.gui.app import AppController
from astra_desktop.gui.bar_chart import BarChart
from astra_desktop.gui.court import labels as court_labels
from astra_desktop.gui.dialogs import Messages
from astra_desktop.gui.hotline import labels as hotline_labels
from astra_desktop.gui.main_window import STATISTICS
from astra_desktop.gui.statistics_page import REPORT_LANGUAGES, StatisticsPage
from astra_desktop.gui.tasks import TaskRunner
from astra_desktop.services import clients, hotline, missing, proceedings, statistics, trials, users
from astra_desktop.services import session as vs
from tests.gui.conftest import unlock
from tools import update_translations as ut

KRAGUJEVAC, NIS = "Viši sud u Kragujevcu", "Viši sud u Nišu"
CLIENT_NAME = "Коваленко"
VIEWER, VIEWER_PASS = "vera", "quiet meadow lantern ninety"


@dataclass
class Recorded:
    trial_label: str  # how the figures label the monitored trial
    case_code: str


def record(session: vs.Session) -> Recorded:
    trial = trials.add(session, MonitoredTrial(
        court=KRAGUJEVAC, court_case_number="K 41/23", injured_parties=["OŠ-1", "OŠ-2"],
        prosecutor_office="Više javno tužilaštvo u Kragujevcu", opened_on=date(2023, 11, 20),
    ))  # fmt: skip
    d1 = trials.add_defendant(session, Defendant(trial.id, "D. J.", DefendantRole.ORGANISER))
    d2 = trials.add_defendant(session, Defendant(trial.id, "S. M.", DefendantRole.RECRUITER))
    held, postponed = AppointmentStatus.HELD, AppointmentStatus.POSTPONED
    plan = [  # day, status, cause, {injured: (came, testified)}, (D1 came, D2 came)
        (date(2024, 2, 1), held, "", {"OŠ-1": (1, 1), "OŠ-2": (0, 0)}, (1, 1)),
        (date(2024, 3, 1), postponed, "defence", {"OŠ-1": (1, 0), "OŠ-2": (1, 0)}, (1, 0)),
        (date(2024, 4, 1), postponed, "defence", {"OŠ-1": (1, 0), "OŠ-2": (0, 0)}, (0, 0)),
        (date(2024, 6, 3), held, "", {"OŠ-1": (1, 0), "OŠ-2": (1, 1)}, (1, 1)),
    ]
    for day, status, cause, injured, (came1, came2) in plan:
        marks = [
            Attendance("", Party.VICTIM, bool(c), summoned=True, testified=bool(t),
                       injured_party=code)
            for code, (c, t) in injured.items()
        ] + [
            Attendance("", Party.DEFENDANT, bool(came1), d1.id, summoned=True),
            Attendance("", Party.DEFENDANT, bool(came2), d2.id, summoned=True),
        ]  # fmt: skip
        hearing = TrialHearing(trial.id, day, status=status, postponed_by=cause)
        trials.save_hearing(session, hearing, marks, new=True)
    trial = trials.get(session, trial.id)
    trial.verdict, trial.verdict_on = Verdict.CONVICTED, date(2024, 6, 3)
    trial.convicted_article, trial.convicted_paragraph, trial.sentence_months = "388", "1", 48
    trials.update(session, trial)
    case = clients.register(session, Client("Olena", CLIENT_NAME), Case(""))
    proceedings.add(session, Proceeding(case.id, court=NIS, opened_on=date(2024, 3, 1)))
    for when, channel, urgent in (
        (datetime(2024, 1, 10, 10), Channel.PHONE, False),
        (datetime(2024, 1, 20, 11), Channel.SMS, False),
        (datetime(2024, 3, 15, 12), Channel.PHONE, True),
        (datetime(2023, 12, 10, 9), Channel.PHONE, False),
    ):
        hotline.log_call(session, Call(when, CallTopic.JOB_OFFER_CHECK, duration_minutes=5,
                                       channel=channel, urgent=urgent))  # fmt: skip
    search = missing.open_search(session, MissingSearch("M. K.", date(2024, 5, 10), minor=True,
                                                        person_age=15))  # fmt: skip
    found = datetime(2024, 6, 20, 12, tzinfo=UTC)
    missing.change_status(session, search.id, SearchStatus.FOUND_SAFE, "Javila se majci.",
                          clock=lambda: found, outcome=SearchOutcome.FOUND_ALIVE)  # fmt: skip
    year = statistics.figures(session, Period.year(2024))
    (monitored,) = [a for a in year.trials.appearances if a.monitored]
    return Recorded(monitored.label, case.case_code)


@pytest.fixture
def recorded(session: vs.Session) -> Recorded:
    return record(session)


@pytest.fixture
def runner() -> Iterator[TaskRunner]:
    runner = TaskRunner()
    yield runner
    runner.wait()


@pytest.fixture(scope="module")
def _catalogues() -> None:
    if not all(ut.qm_path(loc).exists() for loc in ut.LOCALES):
        ut.release()


def make_page(qtbot: QtBot, session: vs.Session, runner: TaskRunner) -> StatisticsPage:
    page = StatisticsPage(session, runner)
    qtbot.addWidget(page)
    page.resize(1140, 680)
    page.show()
    with qtbot.waitSignal(page.loaded, timeout=15000):
        page.refresh()
    return page


def counted(qtbot: QtBot, page: StatisticsPage, change: object) -> None:
    """Make a change of period or filter and wait for its figures on screen."""
    with qtbot.waitSignal(page.loaded, timeout=15000):
        change()  # type: ignore[operator]
    assert not page.busy and page.ui.status.text()


def row(table: object, what: str) -> str:
    """The number a table shows against `what`."""
    found = [r[1] for r in table.texts() if r[0] == what]  # type: ignore[attr-defined]
    assert len(found) == 1, (what, table.texts())  # type: ignore[attr-defined]
    return found[0]


def nonzero(bars: dict[str, tuple[int, ...]]) -> dict[str, tuple[int, ...]]:
    return {k: v for k, v in bars.items() if any(v)}


def test_period_scopes_court_tables_and_bars(
    qtbot: QtBot, session: vs.Session, recorded: Recorded, runner: TaskRunner
) -> None:
    page = make_page(qtbot, session, runner)
    ui = page.ui
    assert ui.year.value() == date.today().year and ui.by_year.isChecked()
    assert [ui.court.item_value(i) for i in range(ui.court.count())] == ["", KRAGUJEVAC, NIS]
    counted(qtbot, page, lambda: ui.year.setValue(2024))
    overview = page.trial_overview
    assert row(overview, "Trials followed") == "2"
    assert row(overview, "… monitored, no client of ours") == "1"
    assert row(overview, "Hearings scheduled") == "4"
    assert (row(overview, "… held"), row(overview, "… postponed")) == ("2", "2")
    assert row(overview, "Decided at first instance") == "1"
    assert row(overview, "Convictions") == "1"
    assert page.postponements.texts()[0] == ["The defence", "2"]  # every cause is listed
    assert nonzero(page.postponement_chart.bars()) == {"The defence": (2,)}
    assert len(page.postponement_chart.bars()) == len(page.postponements.texts())
    # The 27-vs-10 comparison, here 4 vs 3: the injured party came to all four hearings, the
    # defendant who came most often to three.
    assert page.appearance_chart.bars() == {
        recorded.trial_label: (4, 3),
        recorded.case_code: (0, 0),
    }
    texts = page.appearances.texts()
    (at,) = [i for i, r in enumerate(texts) if r[0] == recorded.trial_label]
    trial_row = texts[at]
    assert "Monitored trial" in page.appearances.item(at, 0).toolTip()
    assert trial_row[1:] == ["4", "2", "2", "4", "4", "2", "2", "3", "2"]
    assert row(page.hotline_overview, "Calls taken") == "3"
    assert row(page.hotline_overview, "Urgent") == "1"
    months = page.month_chart.bars()
    assert len(months) == 12 and list(months.values())[:4] == [(2,), (0,), (1,), (0,)]
    assert nonzero(page.channel_chart.bars()) == {"Phone": (2,), "SMS": (1,)}
    assert page.channels.texts()[:2] == [["Phone", "2"], ["SMS", "1"]]
    assert row(page.missing_overview, "Searches opened") == "1"
    assert row(page.missing_overview, "… for a minor") == "1"
    assert row(page.missing_overview, "Searches closed") == "1"
    assert row(page.missing_overview, "Days to close (median)") == "41.0"  # 10.05–20.06
    assert nonzero(page.search_outcome_chart.bars()) == {"Found alive": (1,)}
    assert "2024" in ui.status.text() and ui.export_csv.isEnabled()

    # Every trial scope, then a court: the trial figures narrow, the hotline's do not.
    expected = {TrialScope.ALL: "2", TrialScope.CLIENTS: "1", TrialScope.MONITORED: "1"}
    hearings = {TrialScope.ALL: "4", TrialScope.CLIENTS: "0", TrialScope.MONITORED: "4"}
    for scope in (TrialScope.CLIENTS, TrialScope.MONITORED, TrialScope.ALL):
        counted(qtbot, page, lambda s=scope: ui.scope.set_value(s))
        assert page.figures is not None and page.figures.filters.trials is scope
        assert row(overview, "Trials followed") == expected[scope]
        assert row(overview, "Hearings scheduled") == hearings[scope]
        assert row(page.hotline_overview, "Calls taken") == "3"
    counted(qtbot, page, lambda: ui.court.set_value(NIS))
    assert row(overview, "Trials followed") == "1"
    assert row(overview, "… monitored, no client of ours") == "0"
    assert page.appearance_chart.bars() == {recorded.case_code: (0, 0)}
    assert page.appearance_chart.empty  # no hearing yet: "nothing to show", not empty bars
    counted(qtbot, page, lambda: ui.court.set_value(""))

    # A range: 15.02–30.04.2024 holds the two postponed hearings and the March call. The
    # range starts as the year shown.
    assert (ui.date_from.date(), ui.date_to.date()) == (QDate(2024, 1, 1), QDate(2024, 12, 31))
    counted(qtbot, page, lambda: ui.by_range.setChecked(True))
    assert page.figures is not None
    assert page.figures.period == Period(date(2024, 1, 1), date(2024, 12, 31))
    counted(qtbot, page, lambda: ui.date_from.setDate(QDate(2024, 2, 15)))
    counted(qtbot, page, lambda: ui.date_to.setDate(QDate(2024, 4, 30)))
    assert page.figures is not None
    assert page.figures.period == Period(date(2024, 2, 15), date(2024, 4, 30))
    assert row(overview, "Hearings scheduled") == "2"
    assert row(overview, "… postponed") == "2"
    assert row(page.hotline_overview, "Calls taken") == "1"
    assert list(page.month_chart.bars()) == ["Feb", "Mar", "Apr"]
    assert "15.02.2024 – 30.04.2024" in ui.status.text()

    # The wrong way round: said plainly, nothing counted, nothing exported.
    shown = page.figures
    ui.date_from.setDate(QDate(2024, 5, 1))
    assert ui.period_error.isVisible()
    assert "starts after it ends" in ui.period_error.text()
    assert not ui.export_csv.isEnabled() and not ui.export_pdf.isEnabled()
    assert not ui.tabs.isEnabled()  # the last figures, greyed: not this period's
    assert page.period() is None and not page.busy and page.figures is shown
    ui.by_year.setChecked(True)  # back to a year: the message goes
    assert not ui.period_error.isVisible() and page.period() == Period.year(2024)
    assert ui.tabs.isEnabled()
    runner.wait()
    qtbot.waitUntil(lambda: not page.busy)


def _pdf_text(path: Path) -> str:
    return " ".join(" ".join(p.extract_text() for p in PdfReader(path).pages).split())


@pytest.mark.parametrize("lang", ["en", "sr-Latn", "sr-Cyrl"])
def test_exports_in_each_language(
    qtbot: QtBot, session: vs.Session, recorded: Recorded, runner: TaskRunner, tmp_path: Path,
    lang: str, _catalogues: None, monkeypatch: pytest.MonkeyPatch,
) -> None:  # fmt: skip
    i18n.install(lang)
    try:
        page = make_page(qtbot, session, runner)
        counted(qtbot, page, lambda: page.ui.year.setValue(2024))
        defence = court_labels.postponement_causes()["defence"]
        phone = hotline_labels.channels()["phone"]
        if lang != "en":  # the page speaks the chosen language, the chart too
            assert defence != "The defence" and phone != "Phone"
        assert nonzero(page.postponement_chart.bars()) == {defence: (2,)}
        assert page.channel_chart.bars()[phone] == (2,)

        # CSV: asked first, the file chosen in the dialog, written on the worker, read back.
        target = tmp_path / f"statistics-{lang}.csv"
        monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
        Messages.answer_next(True)
        with qtbot.waitSignal(page.exported, timeout=15000):
            assert page.ui.export_csv.isEnabled()
            page.ui.export_csv.click()
        assert Messages.shown[-1][0] == "ask"
        rows = list(csv.DictReader(target.open(encoding="utf-8")))
        values = {(r["section"], r["measure"], r["category"]): r["value"] for r in rows}
        assert values[("hotline", "calls", "")] == "3"
        assert values[("trials", "postponed_by", "defence")] == "2"
        assert CLIENT_NAME not in target.read_text(encoding="utf-8")
        assert str(target) in page.ui.status.text()

        # The report: in a language asked for (the app's offered first), then the file.
        pdf = tmp_path / f"report-{lang}.pdf"
        monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(pdf), ""))
        offered: list[int] = []
        name = dict(REPORT_LANGUAGES)[lang]

        def pick(_parent: object, _title: str, _label: str, names: list[str], current: int,
                 _editable: bool) -> tuple[str, bool]:  # fmt: skip
            offered.append(current)
            return name, True

        monkeypatch.setattr(QInputDialog, "getItem", pick)
        Messages.answer_next(True)
        with qtbot.waitSignal(page.exported, timeout=30000):
            page.ui.export_pdf.click()
        assert offered == [[code for code, _ in REPORT_LANGUAGES].index(lang)]
        text = _pdf_text(pdf)
        assert "2024" in text and CLIENT_NAME not in text and "Olena" not in text
        assert KRAGUJEVAC in text or "Крагујев" in text
        if lang == "sr-Cyrl":
            assert any("\u0400" <= ch <= "\u04ff" for ch in text)
    finally:
        runner.wait()
        i18n.uninstall()


def test_no_export_when_the_person_says_no_or_cancels(
    qtbot: QtBot, session: vs.Session, recorded: Recorded, runner: TaskRunner, tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:  # fmt: skip
    page = make_page(qtbot, session, runner)
    target = tmp_path / "no.csv"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    assert not page.export_csv()  # the question's safe default is "no"
    Messages.answer_next(True)
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: ("", ""))
    assert not page.export_csv()  # the file dialog cancelled
    Messages.answer_next(True)
    monkeypatch.setattr(QInputDialog, "getItem", lambda *a, **k: ("", False))
    assert not page.export_pdf()  # the language question cancelled
    assert not target.exists()


def test_a_failed_export_is_shown(
    qtbot: QtBot, session: vs.Session, recorded: Recorded, runner: TaskRunner, tmp_path: Path
) -> None:
    page = make_page(qtbot, session, runner)
    Messages.answer_next(True)
    blocked = tmp_path / "a-file"
    blocked.write_text("x")
    assert page.export_csv(blocked / "inside.csv")  # started; fails on the worker
    qtbot.waitUntil(lambda: bool(Messages.shown) and Messages.shown[-1][0] == "error")
    assert not page.busy and page.ui.export_csv.isEnabled()


def test_a_viewer_sees_the_figures_but_may_not_export(
    qtbot: QtBot, session: vs.Session, recorded: Recorded, tmp_path: Path
) -> None:
    users.add_user(session, VIEWER, Role.VIEWER, VIEWER_PASS)
    folder = session.files.folder
    session.close()  # one window on the vault at a time
    runner = TaskRunner()
    with vs.unlock(folder, VIEWER, VIEWER_PASS) as viewer:
        page = make_page(qtbot, viewer, runner)
        counted(qtbot, page, lambda: page.ui.year.setValue(2024))
        assert row(page.hotline_overview, "Calls taken") == "3"
        assert not page.ui.export_csv.isEnabled() and not page.ui.export_pdf.isEnabled()
        assert "may not export" in page.ui.export_csv.toolTip()
        assert not page.export_csv(tmp_path / "x.csv") and not page.export_pdf(
            "en", tmp_path / "x.pdf"
        )
        assert Messages.shown[-1][0] == "error" and "may not export" in Messages.shown[-1][1]
        assert not (tmp_path / "x.csv").exists() and not (tmp_path / "x.pdf").exists()
        runner.wait()


def test_the_section_in_the_main_window_and_the_lock_while_counting(
    qtbot: QtBot, unlocked: AppController
) -> None:
    ctl = unlocked
    main = ctl.main
    assert main is not None and main.session is not None
    record(main.session)
    titles = [main.nav.item(i).text() for i in range(main.nav.count())]
    assert titles[STATISTICS] == "Statistics"
    assert not main.stack.built(STATISTICS)  # built when first shown
    view = [a for a in main.actions() if a.text() == "Statistics"]
    assert view and view[0].shortcut().toString() == f"Ctrl+{STATISTICS + 1}"
    view[0].trigger()
    page = main.statistics
    assert isinstance(page, StatisticsPage) and main.stack.currentWidget() is page
    qtbot.waitUntil(lambda: page.figures is not None, timeout=15000)
    page.ui.year.setValue(2024)  # counting starts on the worker …
    assert page.busy and page.ui.status.text() == "Counting the figures…"
    with qtbot.waitSignal(ctl.locked, timeout=10000):
        main.lock_action.trigger()  # … and the vault is locked before it is shown
    assert ctl.main is None or not ctl.main.isVisible()
    unlock(qtbot, ctl)
    main = ctl.main
    assert main is not None
    assert main.nav.currentRow() == STATISTICS  # back where the person was
    page = main.statistics
    qtbot.waitUntil(lambda: page.figures is not None, timeout=15000)
    counted(qtbot, page, lambda: page.ui.year.setValue(2024))
    assert row(page.hotline_overview, "Calls taken") == "3"


def test_the_bar_chart_draws_what_it_is_given(qtbot: QtBot) -> None:
    chart = BarChart()
    qtbot.addWidget(chart)
    chart.resize(400, 100)
    assert chart.empty and not chart.grab().isNull()  # "nothing to show" is painted
    with pytest.raises(ValueError, match="one value per category"):
        chart.set_bars(["a", "b"], [("x", [1])])
    chart.set_bars(["a", "b"], [("x", [3, 0]), ("y", [1, 2])])
    assert chart.bars() == {"a": (3, 1), "b": (0, 2)} and not chart.empty
    short = chart.height()
    chart.set_bars(["a", "b", "c", "d"], [("x", [1, 2, 3, 4]), ("y", [1, 2, 3, 4])])
    assert chart.height() > short  # a row per category: the tab scrolls, bars are not squeezed
    assert chart.colours()[1] == style.colour("warning")  # astra.qss's, not the chart's own
    assert not chart.grab().isNull()
    vertical = BarChart(vertical=True)
    qtbot.addWidget(vertical)
    vertical.set_bars([f"m{i}" for i in range(12)], [("", list(range(12)))])
    assert len(vertical.colours()) == 1 and not vertical.grab().isNull()
