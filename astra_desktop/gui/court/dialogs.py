"""Two small dialogs of the Court tab: scheduling a hearing, and adding or re-qualifying a charge."""

from __future__ import annotations

from datetime import datetime, timedelta

from PySide6.QtWidgets import QWidget

from astra_desktop.core.appointments import local_today
from astra_desktop.core.court import Charge, HearingKind
from astra_desktop.errors import AstraError, ValidationError
from astra_desktop.gui.court import labels as court_labels
from astra_desktop.gui.dialogs import Messages
from astra_desktop.gui.forms.ui_charge_dialog import Ui_ChargeDialog
from astra_desktop.gui.forms.ui_schedule_hearing_dialog import Ui_ScheduleHearingDialog
from astra_desktop.gui.guarded_dialog import GuardedDialog
from astra_desktop.gui.screen_fit import fit_to_screen
from astra_desktop.gui.widgets import EnumCombo
from astra_desktop.services import hearings, proceedings
from astra_desktop.services.appointments import DoubleBooking
from astra_desktop.services.session import Session


class ScheduleHearingDialog(GuardedDialog):
    """Layout in ui/schedule_hearing_dialog.ui."""

    def __init__(
        self, session: Session, proceeding_id: str, court: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.session, self.proceeding_id = session, proceeding_id
        self.ui = ui = Ui_ScheduleHearingDialog()
        ui.setupUi(self)
        self.day, self.start, self.end = ui.day, ui.start, ui.end
        self.day.set_value(local_today() + timedelta(days=14))
        self.kind: EnumCombo[HearingKind] = ui.kind
        self.kind.set_enum(HearingKind, court_labels.hearing_kinds())
        self.kind.set_value(HearingKind.MAIN_HEARING)
        self.place = ui.place
        self.place.setText(court)
        self.workers = ui.workers
        self.workers.load(session)
        self.workers.set_ids([session.actor.user_id])
        self.error = ui.error
        ui.buttons.accepted.connect(self.save)
        ui.buttons.rejected.connect(self.reject)
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
        self.ui = ui = Ui_ChargeDialog()
        ui.setupUi(self)
        self.setWindowTitle(
            self.tr("Re-qualify the charge") if replaces else self.tr("Add a charge")
        )
        self.article, self.offence, self.note = ui.article, ui.offence, ui.note
        self.on = ui.qualified_on
        self.on.set_value(local_today())
        self.error = ui.error
        if replaces is not None:
            ui.current.setText(
                self.tr("Now: Art. {0} {1}, since {2}").format(
                    replaces.article, replaces.offence, f"{replaces.qualified_on:%d.%m.%Y}"
                )
            )
        ui.form.setRowVisible(ui.current, replaces is not None)
        ui.buttons.accepted.connect(self.save)
        ui.buttons.rejected.connect(self.reject)
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
