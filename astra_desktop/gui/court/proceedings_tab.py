"""The Court tab of a case file: its criminal proceedings, each with deadline warnings, the
proceeding's details and outcome, its hearings with attendance counts, defendants and charges
(with the history of re-qualification)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHeaderView, QLabel, QTableWidget, QTableWidgetItem, QWidget

from astra_desktop.core.appointments import Appointment, AppointmentStatus, Clock
from astra_desktop.core.attendance import AttendanceStats
from astra_desktop.core.court import (
    AppealBy,
    Charge,
    ClaimDecision,
    Defendant,
    DefendantRole,
    Party,
    Proceeding,
    ProtectiveMeasure,
    Stage,
    Verdict,
    VictimRole,
    WitnessStatus,
)
from astra_desktop.core.deadlines import DeadlineWarning
from astra_desktop.errors import AstraError, ValidationError
from astra_desktop.gui import style
from astra_desktop.gui.change_hub import refresh_on
from astra_desktop.gui.court import labels as court_labels
from astra_desktop.gui.court.claim_editor import ClaimEditor
from astra_desktop.gui.court.dialogs import ChargeDialog, ScheduleHearingDialog
from astra_desktop.gui.court.hearing_dialog import HearingDialog
from astra_desktop.gui.dialogs import Messages
from astra_desktop.gui.forms.ui_proceeding_form import Ui_ProceedingForm
from astra_desktop.gui.forms.ui_proceedings_tab import Ui_ProceedingsTab
from astra_desktop.gui.i18n import language
from astra_desktop.gui.loading import Loader, say
from astra_desktop.gui.powers_dialog import PowersDialog
from astra_desktop.gui.record_form import Field
from astra_desktop.gui.tasks import TaskRunner
from astra_desktop.gui.widgets import EnumCombo, ValueCombo
from astra_desktop.services import hearings, proceedings
from astra_desktop.services.hearings import HearingView
from astra_desktop.services.session import Session


class ProceedingForm(QWidget):
    """The proceeding's details and outcome, with the plea-agreement questions. Layout in
    ui/proceeding_form.ui; the fields of its two record forms are listed here."""

    saved = Signal()

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.proceeding: Proceeding | None = None
        self.ui = ui = Ui_ProceedingForm()
        ui.setupUi(self)
        self.form, self.plea, self.informed = ui.form, ui.plea, ui.informed
        self.form.set_fields(self._fields())
        # the agreement's date and terms go into the chronology and the attendance record
        self.plea_form = ui.plea_form
        self.plea_form.set_fields([
            Field("plea_agreement_on", self.tr("Plea agreement made on"), "date"),
            Field("plea_terms", self.tr("Terms of the plea agreement"), "multiline",
                  placeholder=self.tr("what was admitted, the sentence agreed, the claim")),
        ])  # fmt: skip
        self._loading = False
        for box in (self.plea, self.informed):
            box.toggled.connect(self._plea_changed)
        self.save_button = ui.save_button
        self.save_button.clicked.connect(self.save)
        self._plea_dirty = False

    def _fields(self) -> list[Field]:
        c = court_labels
        return [
            Field("court", self.tr("&Court"), placeholder="Viši sud u Beogradu"),
            Field("court_case_number", self.tr("Court case &number"), placeholder="K 123/24"),
            Field("prosecution_case_number", self.tr("Prosecution case number"),
                  placeholder="KT 45/23"),
            Field("judge", self.tr("&Judge")),
            Field("prosecutor_office", self.tr("Prosecutor's &office"),
                  placeholder="Više javno tužilaštvo u Beogradu"),
            Field("stage", self.tr("S&tage"), "enum", Stage, c.stages),
            Field("appellate_court", self.tr("Appellate court"),
                  placeholder="Apelacioni sud u Beogradu"),
            Field("appellate_case_number", self.tr("Appellate case number"),
                  placeholder="Kž1 334/25"),
            Field("court_designation", self.tr("The court calls the client"),
                  placeholder=self.tr("initials, or a protected witness's pseudonym")),
            Field("opened_on", self.tr("Proceedings opened"), "date"),
            Field("victim_roles", self.tr("Client's procedural &roles"), "enums", VictimRole,
                  c.victim_roles),
            Field("vulnerable_witness", self.tr("Particularly &vulnerable witness"), "enum",
                  WitnessStatus, c.witness_statuses),
            Field("measures_ordered", self.tr("Protective measures &ordered"), "enums",
                  ProtectiveMeasure, c.protective_measures),
            Field("property_claim_filed_on", self.tr("Property claim &filed on"), "date"),
            Field("property_claim_decision", self.tr("Property claim decided"), "enum",
                  ClaimDecision, c.claim_decisions),
            Field("verdict", self.tr("V&erdict"), "enum", Verdict, c.verdicts),
            Field("verdict_on", self.tr("Verdict date"), "date"),
            # The appeal period runs from service of the written judgment, not the verdict date.
            Field("judgment_served_on", self.tr("Written judgment served on"), "date"),
            Field("first_instance_ended_on", self.tr("First-instance trial ended"), "date"),
            Field("convicted_article", self.tr("Convicted under article"),
                  placeholder="388 / 184 …"),
            Field("convicted_paragraph", self.tr("… paragraph"), placeholder="1"),
            Field("convicted_offence", self.tr("Offence convicted of")),
            Field("sentence_months", self.tr("Sentence (months)"), "int"),
            Field("sentence", self.tr("Sentence as pronounced"),
                  placeholder=self.tr("e.g. prison for 3 years and 6 months; fine")),
            Field("appealed_by", self.tr("Appeal lodged by"), "enums", AppealBy,
                  c.appeal_parties),
            Field("compensation_claimed", self.tr("Compensation claimed (RSD)"), "int"),
            Field("compensation_awarded", self.tr("Compensation awarded (RSD)"), "int"),
            Field("compensation_paid", self.tr("Compensation paid (RSD)"), "int"),
            Field("notes", self.tr("Notes"), "multiline"),
        ]  # fmt: skip

    def _plea_changed(self) -> None:
        self.informed.setEnabled(self.plea.isChecked())
        self.plea_form.setEnabled(self.plea.isChecked())
        if not self._loading:
            self._plea_dirty = True

    @property
    def dirty(self) -> bool:
        return self.form.dirty or self.plea_form.dirty or self._plea_dirty

    def load(self, proceeding: Proceeding) -> None:
        self.proceeding = proceeding
        self._loading = True
        self.form.load(proceeding)
        self.plea.setChecked(proceeding.plea_agreement)
        self.informed.setChecked(proceeding.victim_informed_of_plea is True)
        self.informed.setEnabled(proceeding.plea_agreement)
        self.plea_form.load(proceeding)
        self.plea_form.setEnabled(proceeding.plea_agreement)
        self._loading = False
        self._plea_dirty = False

    def save(self) -> bool:
        if self.proceeding is None:
            return False
        p = self.proceeding
        try:
            self.form.apply_to(p)
            self.plea_form.apply_to(p)
            p.plea_agreement = self.plea.isChecked()
            p.victim_informed_of_plea = self.informed.isChecked() if p.plea_agreement else None
            proceedings.update(self.session, p)
        except ValidationError as exc:
            shown = self.plea_form if exc.field in self.plea_form.widgets else self.form
            shown.show_error(exc)
            self.proceeding = proceedings.get(self.session, p.id)
            return False
        except AstraError as exc:
            self.form.error.setText(str(exc))
            return False
        self.load(p)
        self.saved.emit()
        return True


def _fit_columns(table: QTableWidget) -> None:
    """Columns as wide as their contents, the last one taking the rest."""
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setSectionResizeMode(table.columnCount() - 1, QHeaderView.ResizeMode.Stretch)


class ProceedingsTab(QWidget):
    """Layout in ui/proceedings_tab.ui; the details tab holds a ProceedingForm."""

    changed = Signal()

    def __init__(
        self,
        session: Session,
        case_id: str,
        parent: QWidget | None = None,
        clock: Clock | None = None,
        runner: TaskRunner | None = None,
    ) -> None:
        super().__init__(parent)
        self.session, self.case_id, self.clock = session, case_id, clock
        self.runner = runner  # handed on to the hearing and claim dialogs it opens
        self._list: list[Proceeding] = []
        self._hearings: list[HearingView] = []
        self._unlinked: list[Appointment] = []
        self._defendants: list[Defendant] = []
        self._charges: list[Charge] = []
        self._full_pending: bool | None = None  # a whole reload on its way (with the form?)
        self.ui = ui = Ui_ProceedingsTab()
        ui.setupUi(self)
        self.choice: ValueCombo[str] = ui.choice  # proceeding ids
        self.choice.currentIndexChanged.connect(self._show_current)
        self.new_button, self.powers_button = ui.new_button, ui.powers_button
        self.claim_button = ui.claim_button
        self.new_button.clicked.connect(self.new_proceeding)
        self.powers_button.clicked.connect(lambda: self.edit_powers())
        self.claim_button.clicked.connect(lambda: self.edit_claim())
        self.empty, self.warnings, self.body = ui.empty, ui.warnings, ui.body
        self.form = ProceedingForm(session)
        ui.detailsLayout.addWidget(self.form)
        self.form.saved.connect(self.reload_current)

        self.hearing_table, self.stats = ui.hearing_table, ui.stats
        self.hearing_table.doubleClicked.connect(self.record_selected)
        self.schedule_button, self.record_button = ui.schedule_button, ui.record_button
        self.schedule_button.clicked.connect(self.schedule)
        self.record_button.clicked.connect(self.record_selected)
        # Court hearings made in the Appointments section, not yet hearings of any proceedings
        self.unlinked_label, self.unlinked_table = ui.unlinked_label, ui.unlinked_table
        self.link_button = ui.link_button
        self.link_button.clicked.connect(self.link_selected)

        self.defendant_table, self.defendant_label = ui.defendant_table, ui.defendant_label
        self.defendant_role: EnumCombo[DefendantRole] = ui.defendant_role
        self.defendant_role.set_enum(DefendantRole, court_labels.defendant_roles())
        self.add_defendant_button = ui.add_defendant_button
        self.add_defendant_button.clicked.connect(self.add_defendant)

        self.charge_table = ui.charge_table
        self.add_charge_button, self.requalify_button = ui.add_charge_button, ui.requalify_button
        self.add_charge_button.clicked.connect(self.add_charge)
        self.requalify_button.clicked.connect(self.requalify_selected)
        for table in (self.hearing_table, self.unlinked_table, self.defendant_table,
                      self.charge_table):  # fmt: skip
            _fit_columns(table)
        self.loading_label = QLabel(self.tr("Loading the court proceedings…"))
        style.tone(self.loading_label, "muted")
        self.loading_label.hide()
        ui.layout.insertWidget(0, self.loading_label)
        self.empty.hide()  # "no proceedings recorded" is not known before they are read
        self.warnings.hide()
        self.loader = Loader(self, runner)
        self.loader.busy_changed.connect(self._show_busy)
        self.reload()
        # One record, two views: a hearing scheduled, linked or recorded anywhere (the agenda, a
        # dialog, the task thread) shows here too (gui/change_hub.py).
        refresh_on(
            self, session, ("appointment", "hearing", "proceeding", "defendant", "charge"),
            self.refresh,
        )  # fmt: skip

    # --- loading ---------------------------------------------------------------------------------
    @property
    def dirty(self) -> bool:
        return self.form.dirty

    @property
    def loading(self) -> bool:
        return self.loader.busy

    @property
    def current(self) -> Proceeding | None:
        index = self.choice.currentIndex()
        return self._list[index] if 0 <= index < len(self._list) else None

    def reload(self, select: str | None = None, with_form: bool = True) -> None:
        """The case's proceedings, and the chosen one (`select`, else the one shown, else the
        latest) with its details and lists."""
        keep = select or (self.current.id if self.current else None)
        session, case_id, clock = self.session, self.case_id, self.clock
        self._full_pending = with_form  # a later request of one proceeding must not drop the list
        self._load(
            lambda: _read_case(session, case_id, keep, clock),
            lambda found: self._show_case(found, with_form),
            with_form,
        )

    def _load(self, fetch: Callable[[], Any], show: Callable[[Any], None], with_form: bool) -> None:
        """Read on the runner; the details form waits meanwhile when what arrives replaces it
        (typing there would be overwritten), and stays usable when only the lists are read."""
        self.loader.load(fetch, show, self._failed)
        self.form.setEnabled(not (self.loading and with_form))

    def _failed(self, exc: BaseException) -> None:
        """The proceedings could not be read: the status line says why."""
        say(self.loading_label, None, str(exc))
        self.loading_label.show()

    def _show_case(
        self, found: tuple[list[Proceeding], _Details | None], with_form: bool = True
    ) -> None:
        self._full_pending = None
        self._list, details = found
        self.choice.blockSignals(True)
        self.choice.clear()
        for p in self._list:
            self.choice.add(p.title, p.id)
        chosen = details.proceeding.id if details else None
        found_at = self.choice.index_of(chosen) if chosen else -1
        self.choice.setCurrentIndex(found_at if found_at >= 0 else len(self._list) - 1)
        self.choice.blockSignals(False)
        has = bool(self._list)
        self.empty.setVisible(not has)
        self.body.setVisible(has)
        self.choice.setEnabled(has)
        self.powers_button.setEnabled(has)
        if details is None:
            self.warnings.hide()
            return
        if with_form:
            self.form.load(details.proceeding)
        self._fill_details(details)

    def refresh(self) -> None:
        """After a change made elsewhere: everything again, but what is being typed in the
        proceeding's details stays (only the lists and counts are read again)."""
        if self.form.dirty and self.current is not None:
            self._show_lists(self.current.id)
        else:
            self.reload()

    def reload_current(self) -> None:
        self.reload()
        self.changed.emit()

    def _show_current(self) -> None:
        p = self.current
        if p is None:
            self.warnings.hide()
            return
        self._read_details(p.id, with_form=True)

    def _show_lists(self, proceeding_id: str) -> None:
        """Warnings, hearings (and court hearings not yet linked), defendants, charges, counts."""
        self._read_details(proceeding_id, with_form=False)

    def _read_details(self, proceeding_id: str, with_form: bool) -> None:
        if self.loading and self._full_pending is not None:
            # The list is still being read: this request replaces it, so it reads the list too.
            self.reload(select=proceeding_id, with_form=with_form or self._full_pending)
            return
        session, case_id, clock = self.session, self.case_id, self.clock

        def shown(details: _Details) -> None:
            if with_form:
                self.form.load(details.proceeding)
            self._fill_details(details)

        self._load(lambda: _read_details(session, case_id, proceeding_id, clock), shown, with_form)

    def _show_busy(self, busy: bool) -> None:
        """While the proceedings are read: the status line says so, and what acts on the lists
        (which are about to change) waits; the details being typed stay usable unless what
        arrives replaces them (`_load`)."""
        say(self.loading_label, self.tr("Loading the court proceedings…") if busy else None)
        self.loading_label.setVisible(busy)
        for widget in (self.choice, self.new_button, self.powers_button, self.schedule_button,
                       self.record_button, self.link_button, self.add_defendant_button,
                       self.add_charge_button, self.requalify_button, self.hearing_table,
                       self.unlinked_table, self.defendant_table, self.charge_table):  # fmt: skip
            widget.setEnabled(not busy)
        if not busy:
            self.form.setEnabled(True)
            self.choice.setEnabled(bool(self._list))
            self.powers_button.setEnabled(bool(self._list))

    def _fill_details(self, details: _Details) -> None:
        self._show_warnings(details.warnings)
        self._hearings = details.hearings
        self._defendants = details.defendants
        self._charges = details.charges
        self._unlinked = details.unlinked
        stats = details.stats
        self._fill_hearings()
        self._fill_unlinked()
        self._fill_defendants(stats.defendants)
        self._fill_charges()
        came = [self.tr("the client {0}").format(stats.victim)]
        if stats.victim_summoned or stats.victim_testified:
            came[0] += " " + self.tr("(summoned {0}, testified {1})").format(
                stats.victim_summoned, stats.victim_testified
            )
        came += [f"{d.label} {stats.defendant(d.id)}" for d in self._defendants]
        causes = court_labels.postponement_causes()
        by = ", ".join(
            f"{causes.get(k, k)} {n}" for k, n in sorted(stats.postponed_by.items()) if k
        )
        due = (
            " · " + self.tr("{0} outcome(s) to record").format(stats.outcome_due)
            if stats.outcome_due
            else ""
        )
        self.stats.setText(
            self.tr(
                "Hearings: {0} held · {1} postponed · {2} ahead{4}      Came to court: {3}"
            ).format(stats.held, stats.postponed, stats.ahead, " · ".join(came), due)
            + ("      " + self.tr("Postponed by: {0}").format(by) if by else "")
        )

    def _show_warnings(self, found: list[DeadlineWarning]) -> None:
        lines = [
            ("⚠ " if w.severity == "warning" else "ℹ ") + _html(w.text(language())) for w in found
        ]
        self.warnings.setText("<br>".join(lines))
        self.warnings.setVisible(bool(lines))

    def _fill_hearings(self) -> None:
        kinds, statuses = court_labels.hearing_kinds(), court_labels.appointment_statuses()
        t = self.hearing_table
        t.setRowCount(len(self._hearings))
        for row, view in enumerate(self._hearings):
            a = view.appointment
            victim = view.present(Party.VICTIM)
            came = sum(1 for d in self._defendants if view.present(Party.DEFENDANT, d.id))
            values = [
                f"{a.starts_at:%d.%m.%Y %H:%M}", kinds[view.hearing.kind.value],
                statuses[a.status.value],
                "" if victim is None else (self.tr("present") if victim else self.tr("absent")),
                "" if not view.attendance else f"{came} / {len(self._defendants)}",
                view.hearing.postponement_reason,
            ]  # fmt: skip
            for col, text in enumerate(values):
                item = QTableWidgetItem(text)
                if a.status in (AppointmentStatus.POSTPONED, AppointmentStatus.CANCELLED):
                    item.setForeground(Qt.GlobalColor.darkGray)
                t.setItem(row, col, item)
        upcoming = next((i for i, v in enumerate(self._hearings)
                         if v.appointment.status is AppointmentStatus.PLANNED), None)  # fmt: skip
        if upcoming is not None:
            t.selectRow(upcoming)

    def _fill_unlinked(self) -> None:
        statuses = court_labels.appointment_statuses()
        t = self.unlinked_table
        t.setRowCount(len(self._unlinked))
        for row, a in enumerate(self._unlinked):
            values = [f"{a.starts_at:%d.%m.%Y %H:%M}", statuses[a.status.value], a.place]
            for col, text in enumerate(values):
                t.setItem(row, col, QTableWidgetItem(text))
        if self._unlinked:
            t.selectRow(0)
        for widget in (self.unlinked_label, self.unlinked_table, self.link_button):
            widget.setVisible(bool(self._unlinked))

    def _fill_defendants(self, appearances: dict[str, int]) -> None:
        roles = court_labels.defendant_roles()
        t = self.defendant_table
        t.setRowCount(len(self._defendants))
        for row, d in enumerate(self._defendants):
            for col, text in enumerate(
                [d.label, roles[d.role.value], str(appearances.get(d.id, 0))]
            ):
                t.setItem(row, col, QTableWidgetItem(text))

    def _fill_charges(self) -> None:
        by_id = {c.id: c for c in self._charges}
        replaced_by = {c.replaces_id: c for c in self._charges if c.replaces_id}
        t = self.charge_table
        t.setRowCount(len(self._charges))
        for row, c in enumerate(self._charges):
            history = ""
            if c.replaces_id and c.replaces_id in by_id:
                history = self.tr("re-qualified from Art. {0}").format(by_id[c.replaces_id].article)
            if c.id in replaced_by:
                later = replaced_by[c.id]
                history = self.tr("replaced on {0} by Art. {1}").format(
                    f"{later.qualified_on:%d.%m.%Y}", later.article
                )
            for col, text in enumerate(
                [f"{c.qualified_on:%d.%m.%Y}", c.article, c.offence, history]
            ):
                item = QTableWidgetItem(text)
                if c.id in replaced_by:
                    item.setForeground(Qt.GlobalColor.darkGray)
                t.setItem(row, col, item)

    # --- actions ---------------------------------------------------------------------------------
    def new_proceeding(self) -> Proceeding | None:
        try:
            made = proceedings.add(self.session, Proceeding(self.case_id))
        except AstraError as exc:
            Messages.error(self, self.tr("Court"), str(exc))
            return None
        self.reload(select=made.id)
        self.form.form.widgets["court"].setFocus()
        return made

    def edit_powers(self) -> PowersDialog | None:
        """The proceeding's powers of attorney; its details are saved first if they were edited
        (a power of attorney is a change of the proceeding too)."""
        p = self.current
        if p is None:
            return None
        if self.form.dirty and not self.form.save():
            return None
        dialog = PowersDialog(self.session, p.id, self, runner=self.runner)
        dialog.finished.connect(lambda _r: self.reload_current())
        dialog.open()
        return dialog

    def edit_claim(self) -> ClaimEditor:
        """The case's compensation claim (one per case, whichever proceeding it is filed in)."""
        dialog = ClaimEditor(self.session, self.case_id, self, runner=self.runner)
        dialog.open()
        return dialog

    def schedule(self) -> ScheduleHearingDialog | None:
        p = self.current
        if p is None:
            return None
        dialog = ScheduleHearingDialog(self.session, p.id, p.court, self)
        dialog.accepted.connect(self.reload_current)
        dialog.open()
        return dialog

    def selected_hearing(self) -> HearingView | None:
        rows = self.hearing_table.selectionModel().selectedRows()
        return self._hearings[rows[0].row()] if rows else None

    def record_selected(self) -> HearingDialog | None:
        view = self.selected_hearing()
        if view is None:
            return None
        dialog = HearingDialog(self.session, view.hearing.id, self, runner=self.runner)
        dialog.accepted.connect(self.reload_current)
        dialog.open()
        return dialog

    def link_selected(self) -> HearingView | None:
        """Make the chosen court-hearing appointment a hearing of the proceedings on screen."""
        p = self.current
        rows = self.unlinked_table.selectionModel().selectedRows()
        if p is None or not rows:
            return None
        try:
            view = hearings.link(self.session, self._unlinked[rows[0].row()].id, p.id)
        except AstraError as exc:
            Messages.error(self, self.tr("Court hearing"), str(exc))
            return None
        self.reload_current()
        return view

    def add_defendant(self) -> bool:
        p = self.current
        if p is None:
            return False
        try:
            proceedings.add_entry(
                self.session,
                Defendant(p.id, self.defendant_label.text().strip(), self.defendant_role.value()),
            )
        except AstraError as exc:
            Messages.error(self, self.tr("Defendant"), str(exc))
            return False
        self.defendant_label.clear()
        self._show_current()
        return True

    def add_charge(self) -> ChargeDialog | None:
        p = self.current
        if p is None:
            return None
        dialog = ChargeDialog(self.session, p.id, parent=self)
        dialog.accepted.connect(self._show_current)
        dialog.open()
        return dialog

    def requalify_selected(self) -> ChargeDialog | None:
        p = self.current
        rows = self.charge_table.selectionModel().selectedRows()
        if p is None or not rows:
            Messages.inform(
                self, self.tr("Re-qualify"), self.tr("Choose the charge to re-qualify.")
            )
            return None
        dialog = ChargeDialog(self.session, p.id, self._charges[rows[0].row()], self)
        dialog.accepted.connect(self._show_current)
        dialog.open()
        return dialog


@dataclass(frozen=True)
class _Details:
    """One proceeding as the tab shows it, read in one go on the runner's worker."""

    proceeding: Proceeding
    warnings: list[DeadlineWarning]
    hearings: list[HearingView]
    unlinked: list[Appointment]
    defendants: list[Defendant]
    charges: list[Charge]
    stats: AttendanceStats


def _read_details(
    session: Session, case_id: str, proceeding_id: str, clock: Clock | None
) -> _Details:
    return _Details(
        proceedings.get(session, proceeding_id),
        proceedings.warnings(session, proceeding_id),
        hearings.of_proceeding(session, proceeding_id),
        hearings.unlinked(session, case_id),
        proceedings.defendants(session, proceeding_id),
        proceedings.charges(session, proceeding_id),
        hearings.stats(session, proceeding_id, clock),
    )


def _read_case(
    session: Session, case_id: str, keep: str | None, clock: Clock | None
) -> tuple[list[Proceeding], _Details | None]:
    """The case's proceedings and the details of `keep` (else the latest)."""
    found = proceedings.of_case(session, case_id)
    chosen = next((p for p in found if p.id == keep), found[-1] if found else None)
    return found, _read_details(session, case_id, chosen.id, clock) if chosen else None


def _html(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
