"""The Statistics section: one period (a year or any stretch of days) and two filters (which
trials, which court), and the figures of core/annual_figures.py in three tabs — trials, hotline,
missing persons — as small tables and bar charts, with the annual report (PDF) and the CSV export.

The figures (and the courts on record) are read through a `Loader` (gui/loading.py) on the task
runner's worker (a big vault takes a moment) and shown when they come; an answer to an older choice
of period is dropped. What is shown, printed and exported
is the same AnnualFigures, so the screen and the report cannot disagree. Layout in
ui/statistics_page.ui; the tabs' contents are built here because they follow the figures.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from datetime import date
from pathlib import Path

from PySide6.QtCore import QDate, Signal
from PySide6.QtWidgets import (
    QFileDialog,
    QGridLayout,
    QGroupBox,
    QInputDialog,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from astra_desktop.core.annual_figures import (
    AnnualFigures,
    Filters,
    HotlineFiguresYear,
    MissingFiguresYear,
    Period,
    Tally,
    TrialFiguresYear,
    TrialScope,
)
from astra_desktop.core.appointments import local_today
from astra_desktop.core.roles import Permission, allowed
from astra_desktop.errors import AstraError, VaultLocked
from astra_desktop.gui import labels, style
from astra_desktop.gui.bar_chart import BarChart
from astra_desktop.gui.court import labels as court_labels
from astra_desktop.gui.dialogs import Messages
from astra_desktop.gui.figure_table import FigureTable, block
from astra_desktop.gui.forms.ui_statistics_page import Ui_StatisticsPage
from astra_desktop.gui.hotline import labels as hotline_labels
from astra_desktop.gui.i18n import language
from astra_desktop.gui.loading import Loader
from astra_desktop.gui.locale_format import format_money, format_number
from astra_desktop.gui.tasks import TaskRunner
from astra_desktop.services import statistics
from astra_desktop.services.session import Session

CHART_TRIALS = 10  # trials in the appearances chart (every one is in the table)
# The annual report's languages, each named in itself (as the setup wizard names them).
REPORT_LANGUAGES = (("en", "English"), ("sr-Latn", "Srpski (latinica)"),
                    ("sr-Cyrl", "Српски (ћирилица)"))  # fmt: skip


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def _day(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())


def _number(value: int | float | None, decimals: int = 0) -> str:
    return "—" if value is None else format_number(value, decimals)


class StatisticsPage(QWidget):
    """Layout in ui/statistics_page.ui; `figures` is what is shown, None before the first count."""

    loaded = Signal(object)  # the AnnualFigures just shown
    exported = Signal(object)  # the Path just written

    def __init__(self, session: Session, runner: TaskRunner, parent: QWidget | None = None):
        super().__init__(parent)
        self.session, self.runner = session, runner
        self.ui = ui = Ui_StatisticsPage()
        ui.setupUi(self)
        self.figures: AnnualFigures | None = None
        self.busy = False
        self.loader = Loader(self, runner)
        self.loader.busy_changed.connect(self._set_busy)
        self._writing: Path | None = None  # the file an export is writing
        self._names()
        today = local_today()
        ui.year.setValue(today.year)
        self._year_changed(today.year, load=False)
        for text, scope in (
            (self.tr("All trials"), TrialScope.ALL),
            (self.tr("Our clients' trials"), TrialScope.CLIENTS),
            (self.tr("Monitored trials (no client of ours)"), TrialScope.MONITORED),
        ):
            ui.scope.add(text, scope)
        ui.court.add(self.tr("Every court"), "")
        ui.by_year.toggled.connect(self._period_kind_changed)
        ui.year.valueChanged.connect(self._year_changed)
        ui.date_from.dateChanged.connect(lambda _d: self.load())
        ui.date_to.dateChanged.connect(lambda _d: self.load())
        ui.scope.currentIndexChanged.connect(lambda _i: self.load())
        ui.court.currentIndexChanged.connect(lambda _i: self.load())
        self.may_export = allowed(session.actor.role, Permission.EXPORT)
        if not self.may_export:
            why = self.tr("Your role may not export. Ask an administrator if you need the file.")
            ui.export_pdf.setToolTip(why)
            ui.export_csv.setToolTip(why)
        ui.export_pdf.clicked.connect(lambda: self.export_pdf())
        ui.export_csv.clicked.connect(lambda: self.export_csv())
        self._build_trials()
        self._build_hotline()
        self._build_missing()
        self._set_busy(False)

    # --- the period and filters -------------------------------------------------------------
    def period(self) -> Period | None:
        """The period chosen, or None (and the reason shown) when "from" is after "to"."""
        ui = self.ui
        if ui.by_year.isChecked():
            chosen: Period | None = Period.year(ui.year.value())
        else:
            start, end = _day(ui.date_from.date()), _day(ui.date_to.date())
            chosen = Period(start, end) if start <= end else None
        ui.period_error.setVisible(chosen is None)
        if chosen is None:
            ui.period_error.setText(self.tr(
                "The period starts after it ends: choose a “from” date on or before the “to” "
                "date."
            ))  # fmt: skip
        return chosen

    def filters(self) -> Filters:
        return Filters(self.ui.scope.value(), self.ui.court.value())

    def _year_changed(self, year: int, load: bool = True) -> None:
        """A range chosen next starts from the year shown (its whole, or up to today)."""
        last = min(date(year, 12, 31), max(local_today(), date(year, 1, 1)))
        for edit, day in ((self.ui.date_from, date(year, 1, 1)), (self.ui.date_to, last)):
            edit.blockSignals(True)
            edit.setDate(_qdate(day))
            edit.blockSignals(False)
        if load:
            self.load()

    def _period_kind_changed(self, by_year: bool) -> None:
        self.ui.year.setEnabled(by_year)
        self.ui.date_from.setEnabled(not by_year)
        self.ui.date_to.setEnabled(not by_year)
        self.load()

    def refresh(self) -> None:
        """The courts on record (the list may have grown), then the figures: both read on the
        worker."""
        session = self.session
        self._load(lambda: statistics.courts(session))

    def load(self) -> None:
        self._load(None)

    def _load(self, courts: Callable[[], list[str]] | None) -> None:
        period = self.period()
        if period is None:
            self._set_busy(False)
            return
        session, filters = self.session, self.filters()

        def fetch() -> tuple[list[str] | None, AnnualFigures]:
            return (courts() if courts else None), statistics.figures(session, period, filters)

        self.loader.load(fetch, self._loaded, self._failed)
        self._set_busy(self.loader.busy)  # still busy if an older count was under way

    def _loaded(self, found: tuple[list[str] | None, AnnualFigures]) -> None:
        courts, figures = found
        if courts is not None:
            self._fill_courts(courts)
        if (figures.period, figures.filters) != (self.period(), self.filters()):
            if courts is not None and self.period() is not None:
                self.load()  # the court chosen is no longer on record: every court, counted
            return  # the period or a filter changed meanwhile: its own count is on the way
        self.show_figures(figures)
        self._set_busy(False)
        self.loaded.emit(figures)

    def _fill_courts(self, names: list[str]) -> None:
        court = self.ui.court
        chosen = court.value() if court.count() else ""
        court.blockSignals(True)
        court.clear()
        court.add(self.tr("Every court"), "")
        for name in names:
            court.add(name, name)
        court.set_value(chosen)
        court.blockSignals(False)

    def _failed(self, exc: BaseException) -> None:
        """A count that could not be made (the loader has already dropped a lock's)."""
        self._set_busy(False)
        Messages.error(self, self.tr("Statistics"), str(exc))

    def _report(self, exc: BaseException) -> None:
        if isinstance(exc, VaultLocked):
            return  # locked meanwhile: nobody is left to tell
        sys.excepthook(type(exc), exc, exc.__traceback__)

    def _set_busy(self, busy: bool) -> None:
        busy = busy or self._writing is not None  # a count done mid-export: still busy
        self.busy = busy
        ui = self.ui
        valid = self.period() is not None
        for button in (ui.export_pdf, ui.export_csv):
            button.setEnabled(self.may_export and valid and not busy)
        ui.tabs.setEnabled(valid)  # the figures shown are not those of a period the wrong way round
        if busy:
            ui.status.setText(self.tr("Counting the figures…"))
            style.tone(ui.status, "muted")
        elif not valid:
            ui.status.setText("")
        elif self.figures is not None:
            style.tone(ui.status, None)
            ui.status.setText(self._summary(self.figures))

    def _summary(self, figures: AnnualFigures) -> str:
        return self.tr("{0} · trials followed: {1} · calls: {2} · searches opened: {3}").format(
            self._period_text(figures.period),
            format_number(figures.trials.followed),
            format_number(figures.hotline.calls),
            format_number(figures.missing.opened),
        )

    def _period_text(self, period: Period) -> str:
        year = period.whole_year
        if year is not None:
            return str(year)
        return f"{period.start:%d.%m.%Y} – {period.end:%d.%m.%Y}"

    # --- the three tabs ---------------------------------------------------------------------
    def _names(self) -> None:
        what, count = self.tr("What"), self.tr("Number")
        self._two = [what, count]
        self.postponement_names = court_labels.postponement_causes()
        self.channel_names = hotline_labels.channels()
        self.topic_names = hotline_labels.topics()
        self.caller_names = hotline_labels.caller_types()
        self.outcome_names = {"none": self.tr("No case"), "": self.tr("No case"),
                              **hotline_labels.case_outcomes()}  # fmt: skip
        self.exploitation_names = {"": self.tr("Not recorded"), **labels.exploitation_types()}
        self.age_names = hotline_labels.age_bands()
        self.search_outcome_names = hotline_labels.search_outcomes()
        self.answer_names = hotline_labels.inquiry_answers()
        self.sentence_names = {
            "below": self.tr("Below the statutory minimum"),
            "at": self.tr("At the statutory minimum"),
            "above": self.tr("Above the statutory minimum"),
            "unknown": self.tr("Paragraph or sentence not recorded"),
        }
        self.months = [m[:3] for m in court_labels.months()]

    @staticmethod
    def _grid(body: QWidget, boxes: list[QGroupBox], columns: int = 2) -> None:
        grid = QGridLayout(body)
        for i, box in enumerate(boxes):
            grid.addWidget(box, i // columns, i % columns)
        grid.setRowStretch((len(boxes) + columns - 1) // columns, 1)

    @staticmethod
    def _columns(body: QWidget, left: list[QGroupBox], right: list[QGroupBox],
                 below: QGroupBox) -> None:  # fmt: skip
        """Two columns of blocks side by side, then one block across both."""
        grid = QGridLayout(body)
        for column, boxes in enumerate((left, right)):
            stack = QVBoxLayout()
            for box in boxes:
                stack.addWidget(box)
            stack.addStretch()
            grid.addLayout(stack, 0, column)
        grid.addWidget(below, 1, 0, 1, 2)
        grid.setRowStretch(2, 1)

    def _build_trials(self) -> None:
        self.trial_overview = FigureTable(self._two)
        self.postponements = FigureTable(self._two)
        self.postponement_chart = BarChart()
        self.sentences = FigureTable(self._two)
        self.appearances = FigureTable(
            [
                self.tr("Trial"), self.tr("Hearings"), self.tr("Held"), self.tr("Postponed"),
                self.tr("Injured party summoned"), self.tr("… came"), self.tr("… testified"),
                self.tr("Defendants"), self.tr("Came most"), self.tr("Came least"),
            ],
            [
                self.tr("A case code, or the court and court number of a monitored trial"),
                self.tr("Hearings scheduled, cancelled ones aside"), "", "",
                self.tr("Hearings an injured party was summoned to"),
                self.tr("Hearings at least one injured party came to"),
                self.tr("Hearings an injured party testified at"), "",
                self.tr("Hearings attended by the defendant who came most often"),
                self.tr("Hearings attended by the defendant who came least often"),
            ],
            wide=True,
        )  # fmt: skip
        self.appearance_chart = BarChart()
        self.appearance_note = QLabel()
        self.appearance_note.setWordWrap(True)
        style.tone(self.appearance_note, "muted")
        self._columns(self.ui.trials_body, [
            block(self.tr("Trials and hearings"), self.trial_overview),
        ], [
            block(self.tr("Postponements by cause"), self.postponement_chart, self.postponements),
            block(self.tr("Sentences for trafficking (Art. 388) against the statutory minimum"),
                  self.sentences),
        ], block(self.tr("Appearances per trial, over the whole trial"), self.appearance_chart,
                 self.appearance_note, self.appearances))  # fmt: skip

    def _build_hotline(self) -> None:
        self.hotline_overview = FigureTable(self._two)
        self.month_chart = BarChart(vertical=True)
        self.channel_chart = BarChart()
        self.channels = FigureTable(self._two)
        self.tallies: dict[str, FigureTable] = {
            key: FigureTable(self._two)
            for key in ("topic", "caller", "outcome", "exploitation", "age", "partner")
        }
        t = self.tallies
        self._grid(self.ui.hotline_body, [
            block(self.tr("Calls"), self.hotline_overview),
            block(self.tr("Calls per month"), self.month_chart),
            block(self.tr("Calls by channel"), self.channel_chart, self.channels),
            block(self.tr("Calls by topic"), t["topic"]),
            block(self.tr("Who called"), t["caller"]),
            block(self.tr("What came of the call"), t["outcome"]),
            block(self.tr("Type of exploitation"), t["exploitation"]),
            block(self.tr("Age of the person concerned"), t["age"]),
            block(self.tr("Referrals by partner"), t["partner"]),
        ])  # fmt: skip

    def _build_missing(self) -> None:
        self.missing_overview = FigureTable(self._two)
        self.search_outcomes = FigureTable(self._two)
        self.search_outcome_chart = BarChart()
        self.answers = FigureTable(self._two)
        self._grid(self.ui.missing_body, [
            block(self.tr("Searches"), self.missing_overview),
            block(self.tr("How the searches closed in the period"), self.search_outcome_chart,
                  self.search_outcomes),
            block(self.tr("Answers from partners asked"), self.answers),
        ])  # fmt: skip

    # --- showing the figures ----------------------------------------------------------------
    def show_figures(self, figures: AnnualFigures) -> None:
        self.figures = figures
        self._show_trials(figures.trials)
        self._show_hotline(figures.hotline)
        self._show_missing(figures.missing)
        if not self.busy:
            self._set_busy(False)

    @staticmethod
    def _tally(tally: Tally, names: dict[str, str]) -> list[tuple[str, int]]:
        return [(names.get(key, key), count) for key, count in tally.items()]

    def _fill(
        self, table: FigureTable, tally: Tally, names: dict[str, str], chart: BarChart | None = None
    ) -> None:
        rows = self._tally(tally, names)
        table.set_rows([[name, format_number(count)] for name, count in rows])
        if chart is not None:
            chart.set_bars([name for name, _ in rows], [("", [count for _, count in rows])])

    def _show_trials(self, t: TrialFiguresYear) -> None:
        o = t.outcomes
        rows: list[tuple[str, str]] = [
            (self.tr("Trials followed"), _number(t.followed)),
            (self.tr("… monitored, no client of ours"), _number(t.monitored_without_client)),
            (self.tr("Opened in the period"), _number(t.opened)),
            (self.tr("Decided at first instance"), _number(t.decided)),
            (self.tr("Pending at the end of the period"), _number(t.pending_at_year_end)),
            (self.tr("Hearings scheduled"), _number(t.hearings_scheduled)),
            (self.tr("… held"), _number(t.hearings_held)),
            (self.tr("… postponed"), _number(t.hearings_postponed)),
            (self.tr("Hearings per trial (median)"), _number(t.hearings_per_trial_median, 1)),
            (self.tr("Injured party summoned"), _number(t.victim_summoned)),
            (self.tr("Injured party appeared"), _number(t.victim_appearances)),
            (self.tr("Injured party testified"), _number(t.victim_testified)),
            (self.tr("Defendants' appearances"), _number(t.defendant_appearances)),
            (self.tr("Days to a first-instance verdict (median)"),
             _number(t.duration_median_days, 1)),
            (self.tr("Age of pending trials in days (median)"),
             _number(t.pending_age_median_days, 1)),
        ]  # fmt: skip
        if o is not None:
            rows += [
                (self.tr("Convictions"), _number(o.convictions)),
                (self.tr("Acquittals"), _number(o.acquittals)),
                (self.tr("Charges re-qualified from Art. 388"),
                 _number(o.charges_requalified_from_388)),
                (self.tr("… to a lighter paragraph of Art. 388"),
                 _number(o.charges_downgraded_within_388)),
                (self.tr("Plea agreements"), _number(o.plea_agreements)),
                (self.tr("Property claims filed"), _number(o.claims_filed)),
                (self.tr("Compensation claimed"), format_money(o.compensation_claimed_rsd)),
                (self.tr("Compensation awarded"), format_money(o.compensation_awarded_rsd)),
            ]  # fmt: skip
        self.trial_overview.set_rows([list(r) for r in rows])
        self._fill(self.postponements, t.postponed_by, self.postponement_names,
                   self.postponement_chart)  # fmt: skip
        self.sentences.set_rows(
            [[name, format_number(count)]
             for name, count in self._tally(t.sentence_vs_minimum, self.sentence_names)]
        )  # fmt: skip
        self.appearances.set_rows(
            [
                a.label,
                *(format_number(v) for v in (
                    a.hearings, a.held, a.postponed, a.victim_summoned, a.victim_appeared,
                    a.victim_testified, a.defendants, a.defendant_appeared_most,
                    a.defendant_appeared_least,
                )),
            ]
            for a in t.appearances
        )  # fmt: skip
        monitored = self.tr("Monitored trial: no client of ours in it")
        for r, a in enumerate(t.appearances):
            item = self.appearances.item(r, 0)
            if a.monitored and item is not None:
                item.setToolTip(monitored)
        # The chart keeps to the trials the injured party came to most (the 27-vs-10 story);
        # the table below has them all.
        charted = sorted(t.appearances, key=lambda a: -a.victim_appeared)[:CHART_TRIALS]
        self.appearance_chart.set_bars(
            [a.label for a in charted],
            [
                (self.tr("Injured party appeared"), [a.victim_appeared for a in charted]),
                (self.tr("Defendant appeared (most often)"),
                 [a.defendant_appeared_most for a in charted]),
            ],
        )  # fmt: skip
        self.appearance_note.setVisible(len(charted) < len(t.appearances))
        self.appearance_note.setText(self.tr(
            "The chart shows the %n trial(s) the injured party came to most often; every trial "
            "is in the table.", "", len(charted)))  # fmt: skip

    def _month_label(self, key: str, years: int) -> str:
        year, month = key.split("-")
        name = self.months[int(month) - 1]
        return name if years == 1 else f"{name} {year[2:]}"

    def _show_hotline(self, h: HotlineFiguresYear) -> None:
        self.hotline_overview.set_rows([
            [self.tr("Calls taken"), _number(h.calls)],
            [self.tr("Minutes on the line"), _number(h.minutes)],
            [self.tr("Anonymous callers"), _number(h.anonymous)],
            [self.tr("Urgent"), _number(h.urgent)],
            [self.tr("Presumed victims calling"), _number(h.possible_victims)],
            [self.tr("Calls with a referral"), _number(h.referrals)],
            [self.tr("Follow-ups needed"), _number(h.follow_ups)],
            [self.tr("… done"), _number(h.follow_ups_done)],
        ])  # fmt: skip
        years = len({key[:4] for key, _ in h.per_month})
        self.month_chart.set_bars(
            [self._month_label(key, years) for key, _ in h.per_month],
            [("", [calls for _, calls in h.per_month])],
        )
        self._fill(self.channels, h.by_channel, self.channel_names, self.channel_chart)
        t = self.tallies
        self._fill(t["topic"], h.by_topic, self.topic_names)
        self._fill(t["caller"], h.by_caller, self.caller_names)
        self._fill(t["outcome"], h.by_outcome, self.outcome_names)
        self._fill(t["exploitation"], h.by_exploitation, self.exploitation_names)
        self._fill(t["age"], h.by_age_band, self.age_names)
        self._fill(t["partner"], h.referrals_by_partner, {})

    def _show_missing(self, m: MissingFiguresYear) -> None:
        self.missing_overview.set_rows([
            [self.tr("Searches opened"), _number(m.opened)],
            [self.tr("… for a minor"), _number(m.minors)],
            [self.tr("… reported to the police"), _number(m.police_reported)],
            [self.tr("… across a border"), _number(m.cross_border)],
            [self.tr("Searches closed"), _number(m.closed)],
            [self.tr("Days to close (median)"), _number(m.days_to_close_median, 1)],
            [self.tr("Open at the end of the period"), _number(m.open_at_year_end)],
            [self.tr("Partners asked"), _number(m.partners_asked)],
            [self.tr("… who answered"), _number(m.partners_answered)],
        ])  # fmt: skip
        self._fill(self.search_outcomes, m.by_outcome, self.search_outcome_names,
                   self.search_outcome_chart)  # fmt: skip
        self._fill(self.answers, m.answers, self.answer_names)

    # --- exports ----------------------------------------------------------------------------
    def _may_export(self, title: str) -> Period | None:
        if not self.may_export:
            why = self.tr("Your role may not export. Ask an administrator if you need the file.")
            Messages.error(self, title, why)
            return None
        period = self.period()
        if period is None:
            Messages.error(self, title, self.ui.period_error.text())
            return None
        return period

    def _agreed(self, title: str, question: str) -> bool:
        return Messages.ask(self, title, question, self.tr("Export"), self.tr("Cancel"))

    def _target(self, title: str, suggested: str, kind: str) -> Path | None:
        name, _ = QFileDialog.getSaveFileName(self, title, suggested, kind)
        return Path(name) if name else None

    def _slug(self, period: Period) -> str:
        year = period.whole_year
        return str(year) if year is not None else f"{period.start:%Y%m%d}-{period.end:%Y%m%d}"

    def ask_language(self) -> str | None:
        """The report's language; the app's own is offered first."""
        codes = [code for code, _ in REPORT_LANGUAGES]
        names = [name for _, name in REPORT_LANGUAGES]
        current = codes.index(language()) if language() in codes else 0
        name, ok = QInputDialog.getItem(
            self, self.tr("Annual report"), self.tr("Language of the report:"), names, current,
            False,
        )  # fmt: skip
        return codes[names.index(name)] if ok and name in names else None

    def export_pdf(self, lang: str | None = None, target: Path | None = None) -> bool:
        """Asked first (the file is not encrypted); the language, the file, then written on the
        worker. False when the person stopped or was refused; `exported` follows success."""
        title = self.tr("Export the annual report")
        period = self._may_export(title)
        if period is None or not self._agreed(
            title,
            self.tr(
                "The annual report will be an ordinary, unencrypted PDF file outside the vault. It "
                "holds counts and case codes only, no names. The export is recorded in the audit "
                "trail. Export it?"
            ),
        ):
            return False
        lang = lang or self.ask_language()
        if lang is None:
            return False
        if target is None:
            target = self._target(title, f"annual-report-{self._slug(period)}-{lang}.pdf",
                                  "PDF (*.pdf)")  # fmt: skip
            if target is None:
                return False
        # Imported here: the PDF library is no part of showing the figures.
        from astra_desktop.services import annual_report

        session, filters, chosen = self.session, self.filters(), lang
        self._write(lambda: annual_report.write_pdf(session, period, filters, chosen, target),
                    target)  # fmt: skip
        return True

    def export_csv(self, target: Path | None = None) -> bool:
        title = self.tr("Export the statistics")
        period = self._may_export(title)
        if period is None or not self._agreed(
            title,
            self.tr(
                "The CSV file will be an ordinary, unencrypted file outside the vault. It holds "
                "counts and case codes only, no names. The export is recorded in the audit trail. "
                "Export it?"
            ),
        ):
            return False
        if target is None:
            target = self._target(title, f"statistics-{self._slug(period)}.csv", "CSV (*.csv)")
            if target is None:
                return False
        session, filters = self.session, self.filters()
        self._write(lambda: statistics.export_csv(session, period, filters, target), target)
        return True

    def _write(self, work: Callable[[], object], target: Path) -> None:
        self._set_busy(True)
        self._writing = target
        self.ui.status.setText(self.tr("Writing {0}…").format(target.name))
        self.runner.run(work, on_done=self._written, on_error=self._failed_export)

    def _written(self, _result: object) -> None:
        target, self._writing = self._writing, None
        self._set_busy(False)
        style.tone(self.ui.status, "success")
        self.ui.status.setText(self.tr("Exported to {0}.").format(target))
        self.exported.emit(target)

    def _failed_export(self, exc: BaseException) -> None:
        self._writing = None
        self._set_busy(False)
        if isinstance(exc, AstraError | OSError) and not isinstance(exc, VaultLocked):
            Messages.error(self, self.tr("Export"), str(exc))
            return
        self._report(exc)
