"""A case's risk: history with chart, what changed between two assessments, the safety plan and
the events (testimony, a suspect's release) that bring the next assessment forward. Layout in
ui/risk_tab.ui.

The assessments, the plan and the instruments they used are read through the task runner when one
is given (gui/loading.py); meanwhile the tab says so and what acts on them (comparing, the
suggested actions, a status for a chosen action) waits. Saving stays on the GUI thread, then the
tab reads its records again."""

from __future__ import annotations

from dataclasses import dataclass, field

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QListWidgetItem, QTableWidgetItem, QWidget

from astra_desktop.core.appointments import local_today
from astra_desktop.core.models import RiskEvent, SafetyAction
from astra_desktop.core.risk import Instrument, Level
from astra_desktop.core.validation import format_date
from astra_desktop.errors import AstraError
from astra_desktop.gui import labels
from astra_desktop.gui.forms.ui_risk_tab import Ui_RiskTab
from astra_desktop.gui.i18n import language
from astra_desktop.gui.loading import Loader, say
from astra_desktop.gui.risk_form import AssessmentForm
from astra_desktop.gui.tasks import TaskRunner
from astra_desktop.gui.widgets import ValueCombo
from astra_desktop.services import risk as risk_service
from astra_desktop.services.session import Session


@dataclass
class _Records:
    """What the tab shows, read in one go (on the worker when there is a runner)."""

    assessments: list[risk_service.Assessment]
    plan: list[SafetyAction]
    instruments: dict[tuple[str, int], Instrument] = field(default_factory=dict)
    suggested: list[tuple[str, str]] = field(default_factory=list)


def _read(session: Session, case_id: str, lang: str) -> _Records:
    found = _Records(risk_service.history(session, case_id), risk_service.plan(session, case_id))
    for a in found.assessments:
        key = (a.instrument_id, a.instrument_version)
        if key not in found.instruments:
            found.instruments[key] = risk_service.instrument_of(session, *key)
    if found.assessments:
        latest = found.assessments[-1]
        instrument = found.instruments[(latest.instrument_id, latest.instrument_version)]
        found.suggested = risk_service.suggested_actions(
            instrument, latest.answers, found.plan, lang
        )
    return found


class RiskTab(QWidget):
    """Layout in ui/risk_tab.ui."""

    def __init__(
        self,
        session: Session,
        case_id: str,
        parent: QWidget | None = None,
        runner: TaskRunner | None = None,
    ) -> None:
        super().__init__(parent)
        self.session, self.case_id = session, case_id
        self.assessments: list[risk_service.Assessment] = []
        self.plan_actions: list[SafetyAction] = []
        self._instruments: dict[tuple[str, int], Instrument] = {}
        self._suggested: list[tuple[str, str]] = []
        self.ui = ui = Ui_RiskTab()
        ui.setupUi(self)
        self.summary, self.chart = ui.summary, ui.chart
        self.history, self.changes = ui.history, ui.changes
        self.plan, self.message = ui.plan, ui.message
        self.action_title, self.action_owner = ui.action_title, ui.action_owner
        self.action_due, self.event_date = ui.action_due, ui.event_date
        self.new_button, self.suggest_button = ui.new_button, ui.suggest_button
        self.add_action_button, self.set_status_button = ui.add_action_button, ui.set_status_button
        self.event_button = ui.event_button
        self.status_box: ValueCombo[str] = ui.status_box
        for key, name in labels.action_statuses().items():
            self.status_box.add(name, key)
        self.event_kind: ValueCombo[str] = ui.event_kind
        for key, name in labels.risk_event_kinds().items():
            self.event_kind.add(name, key)
        ui.split.setSizes([420, 620])
        self.loading_label = QLabel(self.tr("Loading the risk assessments…"))
        self.loading_label.setObjectName("loading_label")
        self.loading_label.setWordWrap(True)
        self.loading_label.hide()
        ui.layout.insertWidget(0, self.loading_label)
        self.new_button.clicked.connect(self.new_assessment)
        self.history.itemSelectionChanged.connect(self._show_changes)
        self.suggest_button.clicked.connect(self.add_suggested)
        self.add_action_button.clicked.connect(self.add_action)
        self.set_status_button.clicked.connect(self.set_status)
        self.event_button.clicked.connect(self.add_event)
        self.loader = Loader(self, runner)
        self.loader.busy_changed.connect(self._show_busy)
        self.reload()

    # --- data --------------------------------------------------------------------------------------
    @property
    def loading(self) -> bool:
        return self.loader.busy

    def reload(self) -> None:
        """The assessments and the safety plan as stored now."""
        session, case_id, lang = self.session, self.case_id, language()
        self.loader.load(lambda: _read(session, case_id, lang), self._fill, self._failed)

    def _show_busy(self, busy: bool) -> None:
        """While the records are read: the tab says so, and the lists (about to be replaced) and
        what acts on them wait. Typing a new action or event stays possible."""
        say(self.loading_label, self.tr("Loading the risk assessments…") if busy else None)
        self.loading_label.setVisible(busy)
        for widget in (self.history, self.plan, self.status_box, self.set_status_button):
            widget.setEnabled(not busy)
        self.suggest_button.setEnabled(not busy and bool(self._suggested))

    def _failed(self, exc: BaseException) -> None:
        """The records could not be read (the case is gone, or no longer yours): the tab says
        why where it said "Loading…", and shows nothing it cannot vouch for."""
        self.assessments, self.plan_actions, self._suggested = [], [], []
        self.history.clear()
        self.plan.setRowCount(0)
        self.chart.set_points([])
        self.summary.clear()
        self.suggest_button.setEnabled(False)
        say(self.loading_label, None, str(exc))
        self.loading_label.show()

    def _fill(self, found: _Records) -> None:
        self.assessments, self._instruments = found.assessments, found.instruments
        self.chart.set_points(
            [(a.assessed_on, lvl) for a in self.assessments if (lvl := a.level) is not None]
        )
        self.history.clear()
        for a in reversed(self.assessments):
            text = f"{format_date(a.assessed_on)} · {labels.risk_level_name(a.level)} · " + self.tr(
                "score {0}"
            ).format(a.result.score)
            if a.override_reason:
                text += " · " + self.tr("level set by hand: {0}").format(a.override_reason)
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, a.id)
            self.history.addItem(item)
        if self.assessments:
            latest = self.assessments[-1]
            overdue = latest.next_due < local_today()
            self.summary.setText(
                self.tr("Current level: <b>{0}</b> · next assessment due {1}{2}").format(
                    labels.risk_level_name(latest.level), format_date(latest.next_due),
                    self.tr(" — <b>overdue</b>") if overdue else "",
                )
            )  # fmt: skip
        else:
            self.summary.setText(self.tr("No risk assessment yet."))
        self._fill_plan(found.plan, found.suggested)

    def _fill_plan(self, actions: list[SafetyAction], suggested: list[tuple[str, str]]) -> None:
        self.plan_actions, self._suggested = actions, suggested
        statuses = labels.action_statuses()
        self.plan.setRowCount(len(self.plan_actions))
        for row, action in enumerate(self.plan_actions):
            cells = [
                action.title,
                action.owner,
                format_date(action.due_on),
                statuses.get(action.status, action.status),
            ]
            for col, text in enumerate(cells):
                self.plan.setItem(row, col, QTableWidgetItem(text))
        self.plan.resizeColumnToContents(0)
        self.suggest_button.setEnabled(bool(self._suggested) and not self.loading)

    def _reload_plan(self) -> None:
        """The safety plan again (after an action was added or changed); the assessments and
        their comparison stay as they are. A whole reading under way reads the plan too."""
        if self.loading:
            self.reload()  # the newer request replaces that one: it must bring everything
            return
        session, case_id, lang = self.session, self.case_id, language()
        latest = self.assessments[-1] if self.assessments else None
        instrument = (
            self._instruments.get((latest.instrument_id, latest.instrument_version))
            if latest else None
        )  # fmt: skip

        def fetch() -> tuple[list[SafetyAction], list[tuple[str, str]]]:
            actions = risk_service.plan(session, case_id)
            if latest is None or instrument is None:
                return actions, []
            return actions, risk_service.suggested_actions(
                instrument, latest.answers, actions, lang
            )

        self.loader.load(fetch, lambda found: self._fill_plan(*found), self._failed)

    def suggestions(self) -> list[tuple[str, str]]:
        """(key, title) of the actions the latest assessment suggests that the plan lacks, as
        read with the records (none while they are being read)."""
        return [] if self.loading else list(self._suggested)

    # --- actions -----------------------------------------------------------------------------------
    def new_assessment(self) -> AssessmentForm:
        # the instrument and the case read on the tab's runner, as the tab's own records
        form = AssessmentForm(self.session, self.case_id, parent=self, runner=self.loader.runner)
        form.saved.connect(lambda _a: self.reload())
        form.finished.connect(form.deleteLater)
        form.open()
        return form

    def _show_changes(self) -> None:
        chosen = {i.data(Qt.ItemDataRole.UserRole) for i in self.history.selectedItems()}
        picked = [a for a in self.assessments if a.id in chosen]
        if len(picked) != 2:
            self.changes.setText(
                self.tr("Select two assessments to see what changed between them.")
            )
            return
        before, after = picked
        instrument = self._instruments.get((after.instrument_id, after.instrument_version))
        if instrument is None:  # read with the assessments; none only if they changed meanwhile
            return
        name = labels.risk_level_name
        lines = [
            self.tr("From {0} ({1}) to {2} ({3}):").format(
                format_date(before.assessed_on), name(before.level),
                format_date(after.assessed_on), name(after.level),
            )
        ]  # fmt: skip
        for item_id, old, new in risk_service.compare(before, after):
            item = instrument.items.get(item_id)
            text = instrument.text(item.text, language()) if item else item_id
            lines.append(f"• {item_id} {text}: {old.value} → {new.value}")
        self.changes.setText(
            "\n".join(lines) if len(lines) > 1 else lines[0] + " " + self.tr("no answer changed.")
        )

    def add_suggested(self) -> int:
        latest = self.assessments[-1] if self.assessments else None
        added = 0
        for key, title in self.suggestions():
            risk_service.add_action(
                self.session,
                SafetyAction(self.case_id, title, action_key=key, assessment_id=latest.id if latest else None,
                             due_on=latest.next_due if latest else None),
            )  # fmt: skip
            added += 1
        self._reload_plan()
        return added

    def add_action(self) -> None:
        try:
            action = SafetyAction(self.case_id, self.action_title.text().strip(),
                                  owner=self.action_owner.text().strip(), due_on=self.action_due.value())  # fmt: skip
            risk_service.add_action(self.session, action)
        except AstraError as exc:
            self.message.setText(str(exc))
            return
        self.action_title.clear()
        self.action_owner.clear()
        self.action_due.clear()
        self.message.clear()
        self._reload_plan()

    def set_status(self) -> None:
        rows = self.plan.selectionModel().selectedRows()
        if not rows:
            self.message.setText(self.tr("Choose an action in the safety plan first."))
            return
        action = self.plan_actions[rows[0].row()]
        action.status = self.status_box.value()
        try:
            risk_service.update_action(self.session, action)
        except AstraError as exc:
            self.message.setText(str(exc))
        self._reload_plan()

    def add_event(self) -> None:
        try:
            when = self.event_date.value()
            if when is None:
                raise AstraError(self.tr("Enter the date of the event."))
            risk_service.add_event(
                self.session, RiskEvent(self.case_id, self.event_kind.value(), when)
            )
        except AstraError as exc:
            self.message.setText(str(exc))
            return
        self.event_date.clear()
        self.message.clear()
        self.reload()


def level_name(level: Level) -> str:
    return labels.risk_levels()[level.key]
