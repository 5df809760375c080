"""One case file: the client and case forms, contact log, services, referrals, consent, documents.

The case itself is read when the page is made (its code titles the window, its client is whose
related persons and consents the tabs show). The rest of the header (the client's record, the
closing day, whether the case is shared with the office) is read through the task runner
(gui/loading.py): meanwhile the page says so and the client form waits; a reading that fails is
said above the tabs. Each tab reads its own records the same way.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from astra_desktop.core.models import Case, Client
from astra_desktop.core.validation import jmbg_warnings
from astra_desktop.errors import AstraError, ValidationError
from astra_desktop.gui import style
from astra_desktop.gui.case_appointments_tab import CaseAppointmentsTab
from astra_desktop.gui.case_forms import add_closed_on, case_fields, client_fields, show_closed_on
from astra_desktop.gui.change_hub import refresh_on
from astra_desktop.gui.court.proceedings_tab import ProceedingsTab
from astra_desktop.gui.dialogs import Messages
from astra_desktop.gui.documents_tab import DocumentsTab
from astra_desktop.gui.entries_tab import consent_tab, referrals_tab, services_tab
from astra_desktop.gui.labels import case_status_label
from astra_desktop.gui.loading import Loader, say
from astra_desktop.gui.notes_tab import NotesTab
from astra_desktop.gui.record_form import RecordForm
from astra_desktop.gui.related_persons_tab import RelatedPersonsTab
from astra_desktop.gui.risk_tab import RiskTab
from astra_desktop.gui.screen_fit import compact_tabs, scrolling
from astra_desktop.gui.tasks import TaskRunner
from astra_desktop.services import clients, court_data, team_status
from astra_desktop.services.session import Session


@dataclass(frozen=True)
class _Header:
    """What the page's header and forms show, read in one go (on the runner's worker)."""

    case: Case
    client: Client
    closed_on: date | None
    in_team: bool
    shared: bool


def _read(session: Session, case_id: str, case: Case | None = None) -> _Header:
    """The header; `case` when it was just read (opening: the audit records one view of it)."""
    case = case or clients.get_case(session, case_id)
    in_team = team_status.in_team(session)
    return _Header(
        case,
        clients.get_client(session, case.client_id),
        court_data.closed_on(session, case_id),
        in_team,
        in_team and team_status.is_shared(session, case_id),
    )


class CaseFile(QWidget):
    back = Signal()

    def __init__(
        self, session: Session, case_id: str, runner: TaskRunner, parent: QWidget | None = None
    ):
        super().__init__(parent)
        self.session = session
        self.case: Case = clients.get_case(session, case_id)
        self.client: Client | None = None  # read with the rest of the header (`reload_records`)
        self.title = QLabel()
        style.mark(self.title, "heading", "page")
        back = QPushButton(self.tr("← &Back to the list"))
        back.clicked.connect(self.back)
        top = QHBoxLayout()
        top.addWidget(back)
        top.addWidget(self.title, 1)
        # Only in a vault that is in a team (issue 21): the case's records travel at each sync.
        self.shared = QCheckBox(self.tr("S&hared with the office"))
        self.shared.setToolTip(
            self.tr("Its client, notes, documents, hearings and assessments go to the other "
                    "laptops of the team at each sync; who works on it stays each laptop's choice.")
        )  # fmt: skip
        self.shared.setVisible(False)  # until the header says the vault is in a team
        self.shared.toggled.connect(self._share)
        top.addWidget(self.shared)
        self.status = QLabel(self)  # "Reading…", or why the header could not be read
        self.status.setObjectName("status")
        self.status.setWordWrap(True)
        self.status.hide()

        self.client_form = RecordForm(client_fields())
        self.case_form = RecordForm(case_fields())
        self.closed_on = add_closed_on(self.case_form)
        self.case_form.load(self.case)
        self.client_page = self._with_save(self.client_form, self.save_client)
        self.client_page.setEnabled(False)  # until the client's record is in
        self._update_title()
        # The header first: the worker takes the tabs' readings after it.
        self.loader = Loader(self, runner)
        self.loader.busy_changed.connect(self._show_busy)
        self.reload_records(self.case)
        self.notes = NotesTab(session, case_id, runner=runner)
        self.services = services_tab(session, case_id, runner=runner)
        self.referrals = referrals_tab(session, case_id, runner=runner)
        self.consent = consent_tab(session, self.case.client_id, runner=runner)
        self.related = RelatedPersonsTab(session, self.case.client_id, runner=runner)
        self.documents = DocumentsTab(session, case_id, runner)
        self.tabs = QTabWidget()
        compact_tabs(self.tabs)  # eleven tabs: Serbian titles fit a 1280-pixel screen
        self.tabs.addTab(self.client_page, self.tr("C&lient"))
        self.tabs.addTab(self._with_save(self.case_form, self.save_case), self.tr("C&ase"))
        self.tabs.addTab(self.related, self.tr("Related &persons"))
        self.tabs.addTab(self.notes, self.tr("Contact lo&g"))
        self.tabs.addTab(self.services, self.tr("Ser&vices"))
        self.tabs.addTab(self.referrals, self.tr("Re&ferrals"))
        self.tabs.addTab(self.consent, self.tr("Co&nsent"))
        self.tabs.addTab(self.documents, self.tr("&Documents"))
        self.appointments = CaseAppointmentsTab(session, case_id, runner)
        self.court = ProceedingsTab(session, case_id, runner=runner)
        self.tabs.addTab(self.appointments, self.tr("Appoint&ments"))
        self.tabs.addTab(scrolling(self.court), self.tr("Cour&t"))
        self.risk = RiskTab(session, case_id, runner=runner)
        self.tabs.addTab(scrolling(self.risk), self.tr("&Risk && safety"))
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.status)
        layout.addWidget(self.tabs)
        QShortcut(QKeySequence.StandardKey.Save, self, self.save_current)
        # Each part refreshes when its records change, whoever changed them (a PDF saved from
        # the Documents section, a hearing from the agenda, a note from a hotline call).
        for view, kinds in (
            (self.notes, ("note",)),
            (self.services, ("service",)),
            (self.referrals, ("referral",)),
            (self.consent, ("consent",)),
            (self.related, ("related-person",)),
            (self.documents, ("document",)),
            (self.appointments, ("appointment", "hearing")),
            (self.risk, ("risk-assessment", "risk-event", "safety-action")),
        ):
            refresh_on(view, session, kinds, view.reload)
        refresh_on(self, session, ("client", "case"), self.reload_records)

    def _share(self, on: bool) -> None:
        from astra_desktop.services import team  # a case file in no team never needs it

        try:
            team.share_case(self.session, self.case.case_code, on)
        except AstraError as exc:
            self.shared.blockSignals(True)
            self.shared.setChecked(not on)
            self.shared.blockSignals(False)
            Messages.error(self, self.tr("Shared with the office"), str(exc))

    def _with_save(self, form: RecordForm, save: Any) -> QWidget:
        page = QWidget()
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(form)
        button = QPushButton(self.tr("&Save changes"))
        button.clicked.connect(save)
        row = QHBoxLayout()
        row.addStretch()
        row.addWidget(button)
        layout = QVBoxLayout(page)
        layout.addWidget(scroll)
        layout.addLayout(row)
        return page

    @property
    def loading(self) -> bool:
        """The header is being read (the client form waits for it the first time)."""
        return self.loader.busy

    def reload_records(self, case: Case | None = None) -> None:
        """The client and case as stored now (changed elsewhere: a transfer, the risk level);
        a form with unsaved input keeps what is typed in it. `case`: the case as just read."""
        session, case_id = self.session, self.case.id
        try:
            self.loader.load(lambda: _read(session, case_id, case), self._fill, self._failed)
        except AstraError as exc:  # read at once (no runner) and failed
            self._failed(exc)

    def _show_busy(self, busy: bool) -> None:
        """The first reading is said above the tabs; a reading again (after a change) is not."""
        if busy and self.client is None:
            say(self.status, self.tr("Reading the client's record…"))
            self.status.show()
        elif not busy and self.status.property("tone") == "muted":
            self.status.hide()

    def _failed(self, exc: BaseException) -> None:
        """Deleted or moved meanwhile: what is shown stays (saving will say why too), and the page
        says what happened and what to do."""
        say(self.status, None, self.tr(
            "This case file could not be read: {0} Go back to the list and open it again."
        ).format(exc))  # fmt: skip
        self.status.show()

    def _fill(self, header: _Header) -> None:
        self.case, self.client = header.case, header.client
        if not self.case_form.dirty:
            self.case_form.load(header.case)
        if not self.client_form.dirty:  # a draft put back before the record came stays
            self.client_form.load(header.client)
        self.client_page.setEnabled(True)
        self.shared.blockSignals(True)
        self.shared.setVisible(header.in_team)
        self.shared.setChecked(header.shared)
        self.shared.blockSignals(False)
        # the closing day beside the status, as saved
        show_closed_on(self.case_form, self.closed_on, header.case.status, header.closed_on)
        self.status.hide()
        self._update_title()

    def _update_title(self) -> None:
        name = self.client.display_name if self.client is not None else "…"
        self.title.setText(f"{self.case.case_code} · {name} · "
                           f"{case_status_label(self.case.status)}")  # fmt: skip

    @property
    def case_code(self) -> str:
        return self.case.case_code

    # --- saving ----------------------------------------------------------------------------------
    def save_client(self) -> bool:
        if self.client is None:  # not read yet (the form waits meanwhile)
            return False
        client = self.client
        if not self._save(self.client_form, client, clients.update_client):
            return False
        # Saved; a personal number that does not add up is pointed out, not refused.
        texts = {
            "control-digit": self.tr("The personal number's last (control) digit does not fit."),
            "not-a-date": self.tr("The personal number's first seven digits are not a date."),
            "other-birth-date": self.tr(
                "The personal number holds another date of birth than the one entered."
            ),
        }
        warnings = [texts[w] for w in jmbg_warnings(client)]
        if warnings:
            warnings.append(self.tr("It was saved as typed: check it against the document."))
        self.client_form.error.setText(" ".join(warnings))
        return True

    def save_case(self) -> bool:
        return self._save(self.case_form, self.case, clients.update_case)

    def _save(self, form: RecordForm, record: Any, update: Any) -> bool:
        if not form.dirty:
            return True
        try:
            form.apply_to(record)
            update(self.session, record)
        except ValidationError as exc:
            form.show_error(exc)
            return False
        except AstraError as exc:
            form.error.setText(str(exc))
            return False
        form.load(record)
        self._update_title()
        self.reload_records()  # what the vault set on saving: the closing day, say
        return True

    def save_current(self) -> None:
        index = self.tabs.currentIndex()
        if index == 0:
            self.save_client()
        elif index == 1:
            self.save_case()
        elif self.tabs.currentWidget() is self.notes:
            self.notes.save()

    # --- unsaved input -----------------------------------------------------------------------------
    @property
    def dirty(self) -> bool:
        return any(
            (self.client_form.dirty, self.case_form.dirty, self.notes.dirty,
             self.services.dirty, self.referrals.dirty, self.consent.dirty, self.court.dirty,
             self.related.dirty)
        )  # fmt: skip

    def confirm_discard(self) -> bool:
        """True when it is fine to close: nothing unsaved, or the person chose to discard it."""
        if not self.dirty:
            return True
        return Messages.ask(
            self,
            self.tr("Discard unsaved changes?"),
            self.tr("This case file has changes that are not saved. Discard them?"),
            self.tr("Discard"),
            self.tr("Keep editing"),
        )

    def draft(self) -> dict[str, Any] | None:
        parts: dict[str, Any] = {}
        if self.client_form.dirty:
            parts["client"] = self.client_form.state()
        if self.case_form.dirty:
            parts["case"] = self.case_form.state()
        note = self.notes.draft()
        if note:
            parts["note"] = note
        if not parts:
            return None
        return {"case_id": self.case.id, "tab": self.tabs.currentIndex(), **parts}

    def restore(self, draft: dict[str, Any]) -> None:
        if "client" in draft:
            self.client_form.restore(draft["client"])
        if "case" in draft:
            self.case_form.restore(draft["case"])
        if "note" in draft:
            self.notes.restore(draft["note"])
        self.tabs.setCurrentIndex(int(draft.get("tab", 0)))
