"""A case's risk: history with chart, what changed between two assessments, the safety plan and
the events (testimony, a suspect's release) that bring the next assessment forward."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from astra_desktop.core.models import RiskEvent, SafetyAction
from astra_desktop.core.risk import Level
from astra_desktop.core.validation import format_date
from astra_desktop.errors import AstraError
from astra_desktop.gui import labels, style
from astra_desktop.gui.i18n import language
from astra_desktop.gui.risk_chart import RiskChart
from astra_desktop.gui.risk_form import AssessmentForm
from astra_desktop.gui.widgets import DateField, ValueCombo
from astra_desktop.services import risk as risk_service
from astra_desktop.services.session import Session


class RiskTab(QWidget):
    def __init__(self, session: Session, case_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session, self.case_id = session, case_id
        self.assessments: list[risk_service.Assessment] = []
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.new_button = QPushButton(self.tr("&New assessment…"))
        self.new_button.clicked.connect(self.new_assessment)
        self.chart = RiskChart()
        self.history = QListWidget()
        self.history.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.history.itemSelectionChanged.connect(self._show_changes)
        self.changes = QLabel()
        self.changes.setWordWrap(True)
        self.changes.setAlignment(Qt.AlignmentFlag.AlignTop)

        self.plan = QTableWidget(0, 4)
        self.plan.setHorizontalHeaderLabels(
            [self.tr("Action"), self.tr("Owner"), self.tr("Due"), self.tr("Status")]
        )
        self.plan.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.plan.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.plan.horizontalHeader().setStretchLastSection(True)
        self.plan.verticalHeader().hide()
        self.suggest_button = QPushButton(self.tr("Add the &suggested actions"))
        self.suggest_button.clicked.connect(self.add_suggested)
        self.action_title = QLineEdit()
        self.action_title.setPlaceholderText(
            self.tr("Another action, e.g. change the phone number")
        )
        self.action_owner = QLineEdit()
        self.action_owner.setPlaceholderText(self.tr("Owner"))
        self.action_due = DateField()
        self.add_action_button = QPushButton(self.tr("&Add"))
        self.add_action_button.clicked.connect(self.add_action)
        self.status_box: ValueCombo[str] = ValueCombo()
        for key, name in labels.action_statuses().items():
            self.status_box.add(name, key)
        self.set_status_button = QPushButton(self.tr("Set s&tatus"))
        self.set_status_button.clicked.connect(self.set_status)

        self.event_kind: ValueCombo[str] = ValueCombo()
        for key, name in labels.risk_event_kinds().items():
            self.event_kind.add(name, key)
        self.event_date = DateField()
        self.event_button = QPushButton(self.tr("Record &event"))
        self.event_button.clicked.connect(self.add_event)
        self.message = QLabel()
        style.tone(self.message, "error")
        self.message.setWordWrap(True)

        top = QHBoxLayout()
        top.addWidget(self.summary, 1)
        top.addWidget(self.new_button)
        history_box = QWidget()
        hl = QVBoxLayout(history_box)
        hl.setContentsMargins(0, 0, 0, 0)
        hl.addWidget(QLabel(self.tr("Assessments (select two to compare)")))
        hl.addWidget(self.history)
        split = QSplitter()
        split.addWidget(history_box)
        changes_scroll = QScrollArea()
        changes_scroll.setWidget(self.changes)
        changes_scroll.setWidgetResizable(True)
        split.addWidget(changes_scroll)
        split.setSizes([420, 620])
        add_row = QHBoxLayout()
        for w in (self.action_title, self.action_owner, self.action_due, self.add_action_button):
            add_row.addWidget(w)
        status_row = QHBoxLayout()
        status_row.addWidget(self.suggest_button)
        status_row.addStretch()
        status_row.addWidget(self.status_box)
        status_row.addWidget(self.set_status_button)
        event_row = QHBoxLayout()
        event_row.addWidget(QLabel(self.tr("Event that calls for reassessment:")))
        for event_widget in (self.event_kind, self.event_date, self.event_button):
            event_row.addWidget(event_widget)
        event_row.addStretch()
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.chart)
        layout.addWidget(split, 1)
        layout.addWidget(QLabel(self.tr("<b>Safety plan</b>")))
        layout.addWidget(self.plan, 1)
        layout.addLayout(add_row)
        layout.addLayout(status_row)
        layout.addLayout(event_row)
        layout.addWidget(self.message)
        self.reload()

    # --- data --------------------------------------------------------------------------------------
    def reload(self) -> None:
        self.assessments = risk_service.history(self.session, self.case_id)
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
            overdue = latest.next_due < date.today()
            self.summary.setText(
                self.tr("Current level: <b>{0}</b> · next assessment due {1}{2}").format(
                    labels.risk_level_name(latest.level), format_date(latest.next_due),
                    self.tr(" — <b>overdue</b>") if overdue else "",
                )
            )  # fmt: skip
        else:
            self.summary.setText(self.tr("No risk assessment yet."))
        self._reload_plan()

    def _reload_plan(self) -> None:
        self.plan_actions = risk_service.plan(self.session, self.case_id)
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
        self.suggest_button.setEnabled(bool(self.suggestions()))

    def suggestions(self) -> list[tuple[str, str]]:
        if not self.assessments:
            return []
        latest = self.assessments[-1]
        instrument = risk_service.instrument_of(
            self.session, latest.instrument_id, latest.instrument_version
        )
        return risk_service.suggested_actions(
            instrument, latest.answers, self.plan_actions, language()
        )

    # --- actions -----------------------------------------------------------------------------------
    def new_assessment(self) -> AssessmentForm:
        form = AssessmentForm(self.session, self.case_id, parent=self)
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
        instrument = risk_service.instrument_of(
            self.session, after.instrument_id, after.instrument_version
        )
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
