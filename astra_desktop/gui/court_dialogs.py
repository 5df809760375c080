"""Two small dialogs of the Court tab: scheduling a hearing, and adding or re-qualifying a charge."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime, timedelta

from PySide6.QtCore import QTime
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from astra_desktop.core.court import Charge, HearingKind
from astra_desktop.errors import AstraError, ValidationError
from astra_desktop.gui import court_labels
from astra_desktop.gui.appointment_dialog import WorkerList, buddy, time_edit
from astra_desktop.gui.dialogs import Messages
from astra_desktop.gui.guarded_dialog import GuardedDialog
from astra_desktop.gui.screen_fit import fit_to_screen
from astra_desktop.gui.widgets import DateField, EnumCombo
from astra_desktop.services import hearings, proceedings
from astra_desktop.services.appointments import DoubleBooking
from astra_desktop.services.session import Session


def _buttons(dialog: QDialog, save: Callable[[], object]) -> QDialogButtonBox:
    buttons = QDialogButtonBox(
        QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
    )
    buttons.accepted.connect(save)
    buttons.rejected.connect(dialog.reject)
    return buttons


def _error_label() -> QLabel:
    label = QLabel()
    label.setStyleSheet("color: #a93226;")
    label.setWordWrap(True)
    return label


class ScheduleHearingDialog(GuardedDialog):
    def __init__(
        self, session: Session, proceeding_id: str, court: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.session, self.proceeding_id = session, proceeding_id
        self.setWindowTitle(self.tr("Schedule a hearing"))
        self.day = DateField()
        self.day.set_value(date.today() + timedelta(days=14))
        self.start, self.end = time_edit(QTime(9, 0)), time_edit(QTime(11, 0))
        self.kind = EnumCombo(HearingKind, court_labels.hearing_kinds())
        self.kind.set_value(HearingKind.MAIN_HEARING)
        self.place = QLineEdit(court)
        self.workers = WorkerList(session)
        self.workers.set_ids([session.actor.user_id])
        self.error = _error_label()
        when = QHBoxLayout()
        for w in (self.day, QLabel(self.tr("from")), self.start, QLabel(self.tr("to")), self.end):
            when.addWidget(w)
        when.addStretch()
        form = QFormLayout()
        form.addRow(buddy(self.tr("&Date"), self.day), when)
        form.addRow(self.tr("&Hearing"), self.kind)
        form.addRow(self.tr("&Place"), self.place)
        form.addRow(self.tr("Accompanied &by"), self.workers)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(_buttons(self, self.save))
        fit_to_screen(self)

    def save(self, allow_conflicts: bool = False) -> bool:
        try:
            day = self.day.value()
            if day is None:
                raise ValidationError("day", self.tr("Enter the date of the hearing."))
            s, e = self.start.time(), self.end.time()
            starts = datetime(day.year, day.month, day.day, s.hour(), s.minute())
            ends = datetime(day.year, day.month, day.day, e.hour(), e.minute())
            hearings.schedule(
                self.session, self.proceeding_id, starts, ends, self.kind.value(),
                self.place.text().strip(), self.workers.ids(), allow_conflicts=allow_conflicts,
            )  # fmt: skip
        except DoubleBooking as exc:
            if Messages.ask(
                self, self.tr("Double booking"),
                str(exc) + "\n\n" + self.tr("Schedule the hearing anyway?"),
                self.tr("Schedule anyway"), self.tr("Change the time"),
            ):  # fmt: skip
                return self.save(allow_conflicts=True)
            self.error.setText(str(exc))
            return False
        except AstraError as exc:
            self.error.setText(str(exc))
            return False
        self.accept()
        return True


class ChargeDialog(GuardedDialog):
    """A new charge, or — with `replaces` — the re-qualification of an existing one."""

    def __init__(
        self,
        session: Session,
        proceeding_id: str,
        replaces: Charge | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.session, self.proceeding_id, self.replaces = session, proceeding_id, replaces
        self.setWindowTitle(
            self.tr("Re-qualify the charge") if replaces else self.tr("Add a charge")
        )
        self.article = QLineEdit()
        self.article.setPlaceholderText(self.tr("e.g. 388 st. 1"))
        self.offence = QLineEdit()
        self.offence.setPlaceholderText(self.tr("e.g. Trgovina ljudima"))
        self.on = DateField()
        self.on.setObjectName("qualified_on")
        self.on.set_value(date.today())
        self.note = QLineEdit()
        self.error = _error_label()
        form = QFormLayout()
        if replaces is not None:
            form.addRow(
                QLabel(
                    self.tr("Now: Art. {0} {1}, since {2}").format(
                        replaces.article, replaces.offence, f"{replaces.qualified_on:%d.%m.%Y}"
                    )
                )
            )
        form.addRow(self.tr("&Article"), self.article)
        form.addRow(self.tr("&Offence"), self.offence)
        form.addRow(self.tr("&Since"), self.on)
        form.addRow(self.tr("&Note"), self.note)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(_buttons(self, self.save))
        fit_to_screen(self)

    def save(self) -> bool:
        try:
            on = self.on.value()
            if on is None:
                raise ValidationError("qualified_on", self.tr("Enter the date of the charge."))
            if self.replaces is not None:
                proceedings.requalify(
                    self.session, self.replaces.id, self.article.text(), self.offence.text(), on,
                    self.note.text().strip(),
                )  # fmt: skip
            else:
                charge = Charge(self.proceeding_id, self.article.text().strip(), on,
                                offence=self.offence.text().strip(), note=self.note.text().strip())  # fmt: skip
                proceedings.add_entry(self.session, charge)
        except AstraError as exc:
            self.error.setText(str(exc))
            return False
        self.accept()
        return True
