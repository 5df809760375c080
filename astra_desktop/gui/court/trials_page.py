"""Monitored trials: the trials the organisation follows without a client of its own, listed with
their verdict and appeal deadline; the chosen one's charges (with re-qualifications), defendants,
hearings and the comparison of who came to court how often."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QDialog, QHeaderView, QTableWidget, QTableWidgetItem, QWidget

from astra_desktop.core.court import Charge, Party, current_charges
from astra_desktop.core.trials import MonitoredTrial
from astra_desktop.errors import AstraError
from astra_desktop.gui.court import labels as court_labels
from astra_desktop.gui.court.trial_dialogs import (
    DefendantDialog,
    TrialChargeDialog,
    TrialDialog,
    TrialHearingDialog,
)
from astra_desktop.gui.dialogs import Messages
from astra_desktop.gui.forms.ui_trials_page import Ui_TrialsPage
from astra_desktop.gui.loading import Loader, say
from astra_desktop.gui.tasks import TaskRunner
from astra_desktop.services import trials
from astra_desktop.services.session import Session


def _fill(table: QTableWidget, rows: list[tuple[str, list[str]]]) -> None:
    """Rows of (record id, cells); the id rides on the first cell."""
    table.setRowCount(len(rows))
    for r, (record_id, cells) in enumerate(rows):
        for c, text in enumerate(cells):
            item = QTableWidgetItem(text)
            if c == 0:
                item.setData(Qt.ItemDataRole.UserRole, record_id)
            table.setItem(r, c, item)


def _chosen(table: QTableWidget) -> str | None:
    row = table.currentRow()
    item = table.item(row, 0) if row >= 0 else None
    return None if item is None else str(item.data(Qt.ItemDataRole.UserRole))


class TrialsPage(QWidget):
    """Layout in ui/trials_page.ui."""

    changed = Signal()  # a trial was saved or deleted: the figures change too

    def __init__(
        self, session: Session, parent: QWidget | None = None, runner: TaskRunner | None = None
    ) -> None:
        super().__init__(parent)
        self.session = session
        self._trials: dict[str, MonitoredTrial] = {}
        self._charges: list[Charge] = []
        # The list is read on the runner's worker when there is one (at once without); a chosen
        # trial's own records are few and are read when it is chosen.
        self.loader = Loader(self, runner)
        self.loader.busy_changed.connect(self._show_busy)
        self._select_next: str | None = None  # the trial to choose once the list has come
        self.ui = ui = Ui_TrialsPage()
        ui.setupUi(self)
        # The buttons' texts came (retranslateUi) after the detail's layout had measured them:
        # measured again, the splitter parts the page as it did when it was built in code.
        for layout in (ui.actions, ui.d):
            layout.invalidate()
        self.status, self.comparison = ui.status, ui.comparison
        self.table = ui.table
        self.charge_table, self.hearing_table = ui.charge_table, ui.hearing_table
        for table in (self.table, self.charge_table, self.hearing_table):
            table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.itemSelectionChanged.connect(self._show_chosen)
        self.table.doubleClicked.connect(lambda _i: self.edit())
        self.hearing_table.doubleClicked.connect(lambda _i: self.edit_hearing())
        self.new_button, self.edit_button = ui.new_button, ui.edit_button
        self.delete_button, self.defendant_button = ui.delete_button, ui.defendant_button
        self.charge_button, self.requalify_button = ui.charge_button, ui.requalify_button
        self.hearing_button, self.edit_hearing_button = ui.hearing_button, ui.edit_hearing_button
        for button, slot in (
            (self.new_button, self.new), (self.edit_button, self.edit),
            (self.delete_button, self.delete), (self.defendant_button, self.add_defendant),
            (self.charge_button, self.add_charge), (self.requalify_button, self.requalify),
            (self.hearing_button, self.add_hearing), (self.edit_hearing_button, self.edit_hearing),
        ):  # fmt: skip
            button.clicked.connect(lambda _c=False, slot=slot: slot())
        self._show_chosen()  # empty until the first refresh (the section refreshes when shown)

    # --- the list ---------------------------------------------------------------------------------
    @property
    def loading(self) -> bool:
        """The list is being read (tests/gui/_loaded.py waits for this to end)."""
        return self.loader.busy

    def refresh(self, select: str | None = None) -> None:
        """The list again; the trial chosen stays chosen (or `select`, once the list has come)."""
        if select is not None:
            self._select_next = select
        session = self.session
        self.loader.load(lambda: trials.all_trials(session), self._show_list, self._failed)

    def _show_list(self, found: list[MonitoredTrial]) -> None:
        keep, self._select_next = self._select_next or _chosen(self.table), None
        self.status.hide()
        self._trials = {t.id: t for t in found}
        verdicts = court_labels.verdicts()
        rows = []
        for t in found:
            due = trials.appeal_deadline(t)
            rows.append((t.id, [
                t.court, t.court_case_number, ", ".join(t.injured_parties),
                verdicts[t.verdict.value] + (f" {t.verdict_on:%d.%m.%Y}" if t.verdict_on else ""),
                f"{due:%d.%m.%Y}" if due else "—",
            ]))  # fmt: skip
        self.table.blockSignals(True)
        _fill(self.table, rows)
        self.table.blockSignals(False)
        ids = [r[0] for r in rows]
        self.table.selectRow(ids.index(keep) if keep in ids else 0)
        self._show_chosen()

    def _show_busy(self, busy: bool) -> None:
        """While the list is read: it and what acts on its trials are greyed out, and a line
        says so (a new trial can still be added)."""
        self.table.setEnabled(not busy)
        self.status.setVisible(busy)
        if busy:
            say(self.status, self.tr("Loading the monitored trials…"))
            self._show_chosen()  # the buttons off; the list that comes shows its choice

    def _failed(self, exc: BaseException) -> None:
        """The list could not be read: said above it; the next change or refresh tries again."""
        self._select_next = None
        self._trials = {}  # the rows shown may be gone: nothing is left to act on
        _fill(self.table, [])
        self._show_chosen()
        self.comparison.clear()
        self.status.show()
        say(self.status, None, self.tr("The monitored trials could not be read: {0}").format(exc))

    def trial_id(self) -> str | None:
        """The trial chosen; None while the list is read (nothing acts on a stale row)."""
        return None if self.loading else _chosen(self.table)

    def _show_chosen(self) -> None:
        trial_id = self.trial_id()
        chosen = not self.loading and trial_id is not None and trial_id in self._trials
        for b in (self.edit_button, self.delete_button, self.defendant_button, self.charge_button,
                  self.requalify_button, self.hearing_button, self.edit_hearing_button):  # fmt: skip
            b.setEnabled(chosen)
        if self.loading:
            return  # what is shown stays, greyed out, until the list is there
        if not chosen or trial_id is None:
            self.comparison.setText(self.tr("No monitored trial yet: add one with “New trial”."))
            _fill(self.charge_table, [])
            _fill(self.hearing_table, [])
            return
        self._show_charges(trial_id)
        self._show_hearings(trial_id)

    def _show_charges(self, trial_id: str) -> None:
        self._charges = trials.charges(self.session, trial_id)
        current = {c.id for c in current_charges(self._charges)}
        yes = self.tr("yes")
        _fill(self.charge_table, [
            (c.id, [c.article, c.paragraph, c.offence, f"{c.qualified_on:%d.%m.%Y}",
                    yes if c.id in current else "—"])
            for c in self._charges
        ])  # fmt: skip

    def _show_hearings(self, trial_id: str) -> None:
        kinds, statuses = court_labels.hearing_kinds(), court_labels.appointment_statuses()
        causes = court_labels.postponement_causes()
        rows = []
        for v in trials.hearings(self.session, trial_id):
            h = v.hearing
            came = sum(1 for a in v.attendance if a.present)
            rows.append((h.id, [
                f"{h.held_on:%d.%m.%Y}", kinds[h.kind.value], statuses[h.status.value],
                causes.get(h.postponed_by, h.postponed_by) if h.postponed_by else "",
                f"{came} / {len(v.attendance)}" if v.attendance else "",
            ]))  # fmt: skip
        _fill(self.hearing_table, rows)
        self.comparison.setText(self.comparison_text(trial_id))

    def comparison_text(self, trial_id: str) -> str:
        """ "Came to court: OŠ-1 4 of 4 summoned, testified 1 · D. J. 3 of 4 …" and postponements."""
        result = trials.comparison(self.session, trial_id)
        labels = {d.id: d.label for d in trials.defendants(self.session, trial_id)}
        trial = self._trials[trial_id]
        order = [(Party.VICTIM, c) for c in trial.injured_parties]
        order += [(Party.DEFENDANT, d) for d in labels]
        parts = []
        for who in order:
            counts = result.people.get(who)
            if counts is None:
                continue
            name = who[1] if who[0] is Party.VICTIM else labels[who[1]]
            text = self.tr("{0} {1} of {2} summoned").format(name, counts.appeared, counts.summoned)
            if counts.testified:
                text += self.tr(", testified {0}").format(counts.testified)
            parts.append(text)
        s = result.stats
        causes = court_labels.postponement_causes()
        by = ", ".join(f"{causes.get(k, k)} {n}" for k, n in sorted(s.postponed_by.items()) if k)
        summary = self.tr("Hearings held {0}, postponed {1}").format(s.held, s.postponed)
        if by:
            summary += f" ({by})"
        came = self.tr("Came to court: {0}").format(" · ".join(parts)) if parts else ""
        return ". ".join(p for p in (summary, came) if p) + "."

    # --- actions ----------------------------------------------------------------------------------
    def _open(self, dialog: QDialog) -> QDialog:
        dialog.accepted.connect(self.refresh)
        dialog.accepted.connect(self.changed)
        dialog.open()
        return dialog

    def new(self) -> QDialog:
        return self._open(TrialDialog(self.session, None, self))

    def edit(self) -> QDialog | None:
        trial_id = self.trial_id()
        return self._open(TrialDialog(self.session, trial_id, self)) if trial_id else None

    def delete(self) -> bool:
        trial_id = self.trial_id()
        if trial_id is None:
            return False
        title = self._trials[trial_id].title
        if not Messages.ask(
            self, self.tr("Delete the monitored trial"),
            self.tr("Delete {0} with its hearings and charges? This cannot be undone.").format(title),
            self.tr("Delete"), self.tr("Keep it"),
        ):  # fmt: skip
            return False
        try:
            trials.delete(self.session, trial_id)
        except AstraError as exc:
            Messages.error(self, self.tr("Delete the monitored trial"), str(exc))
            return False
        self.refresh()
        self.changed.emit()
        return True

    def add_defendant(self) -> QDialog | None:
        trial_id = self.trial_id()
        return self._open(DefendantDialog(self.session, trial_id, self)) if trial_id else None

    def add_charge(self) -> QDialog | None:
        trial_id = self.trial_id()
        return (
            self._open(TrialChargeDialog(self.session, trial_id, None, self)) if trial_id else None
        )

    def requalify(self) -> QDialog | None:
        trial_id, charge_id = self.trial_id(), _chosen(self.charge_table)
        charge = next((c for c in self._charges if c.id == charge_id), None)
        if trial_id is None or charge is None:
            return None
        return self._open(TrialChargeDialog(self.session, trial_id, charge, self))

    def add_hearing(self) -> QDialog | None:
        trial_id = self.trial_id()
        return (
            self._open(TrialHearingDialog(self.session, trial_id, None, self)) if trial_id else None
        )

    def edit_hearing(self) -> QDialog | None:
        trial_id, hearing_id = self.trial_id(), _chosen(self.hearing_table)
        if trial_id is None or hearing_id is None:
            return None
        return self._open(TrialHearingDialog(self.session, trial_id, hearing_id, self))
