"""Services given, referrals and consent: a short list of entries and a form to add one.

A referral names its partner through a PartnerPicker put in the form's second row: a partner of
the registry, or the name of an organisation that is not in it.

The list is read through the task runner when one is given (gui/loading.py): meanwhile the tab says
so and the list waits; the form can be typed into and saved (what arrives leaves it be)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFormLayout, QLabel, QTableWidgetItem, QWidget

from astra_desktop.core.appointments import local_today
from astra_desktop.core.enums import ReferralDirection, ServiceKind
from astra_desktop.core.models import Consent, Referral, ServiceRecord
from astra_desktop.core.validation import format_date
from astra_desktop.errors import AstraError, ValidationError
from astra_desktop.gui import focus, labels
from astra_desktop.gui.forms.ui_entries_tab import Ui_EntriesTab
from astra_desktop.gui.loading import Loader, say
from astra_desktop.gui.partners.picker import PartnerPicker
from astra_desktop.gui.record_form import Field
from astra_desktop.gui.tasks import TaskRunner
from astra_desktop.services import case_records
from astra_desktop.services.session import Session


def _t(text: str) -> str:
    return QCoreApplication.translate("entries", text)


def _show(value: Any, names: dict[str, str] | None = None) -> str:
    if isinstance(value, date):
        return format_date(value)
    if isinstance(value, bool):
        return _t("yes") if value else _t("no")
    if hasattr(value, "value") and names:
        return names.get(value.value, value.value)
    return "" if value is None else str(value)


class EntriesTab(QWidget):
    """Layout in ui/entries_tab.ui; the columns and the form's fields are the caller's."""

    def __init__(
        self,
        fields: list[Field],
        columns: list[tuple[str, str]],
        load: Callable[[], list[Any]],
        make: Callable[[], Any],
        save: Callable[[Any], Any],
        parent: QWidget | None = None,
        picker: tuple[int, str, PartnerPicker] | None = None,
        runner: TaskRunner | None = None,
        loading_text: str = "",
    ) -> None:
        super().__init__(parent)
        self._columns, self._load, self._make, self._save = columns, load, make, save
        self.picker = picker[2] if picker else None  # (form row, label, widget)
        self._names = {f.name: f.labels() for f in fields if f.labels}
        self.ui = ui = Ui_EntriesTab()
        ui.setupUi(self)
        self.table = ui.table
        self.table.setColumnCount(len(columns))
        self.table.setHorizontalHeaderLabels([title for _, title in columns])
        self.form = ui.form
        self.form.set_fields(fields)
        if picker is not None:
            row, text, widget = picker
            form_layout = self.form.layout()
            assert isinstance(form_layout, QFormLayout)
            label = QLabel(text)
            label.setBuddy(widget)
            form_layout.insertRow(row, label, widget)
            widget.edited.connect(self._picker_edited)
            focus.follow(self.form)  # Tab reaches the partner after the form's other inputs
        self.add_button = ui.add_button
        self.add_button.clicked.connect(self.add)
        self._loading_text = loading_text or _t("Loading…")
        self.loading_label = ui.loading_label
        self.loading_label.setText(self._loading_text)
        self.loader = Loader(self, runner)
        self.loader.busy_changed.connect(self._show_busy)
        self._load_form(make())
        self.reload()

    @property
    def dirty(self) -> bool:
        return self.form.dirty

    def _picker_edited(self) -> None:
        self.form.dirty = True
        self.form.error.clear()

    def _load_form(self, entry: Any) -> None:
        self.form.load(entry)
        if self.picker is not None:
            self.picker.set_choice(entry.partner_id, entry.organisation)
        self.form.dirty = False

    @property
    def loading(self) -> bool:
        return self.loader.busy

    def reload(self) -> None:
        self.loader.load(self._load, self._fill, self._failed)

    def _show_busy(self, busy: bool) -> None:
        """While the list is read: the tab says so and the list (about to be replaced) waits."""
        say(self.loading_label, self._loading_text if busy else None)
        self.loading_label.setVisible(busy)
        self.table.setEnabled(not busy)

    def _failed(self, exc: BaseException) -> None:
        """The list could not be read: the tab says why where it said "Loading…"."""
        self.table.setRowCount(0)
        say(self.loading_label, None, str(exc))
        self.loading_label.show()

    def _fill(self, entries: list[Any]) -> None:
        self.table.setRowCount(len(entries))
        for row, entry in enumerate(entries):
            for col, (attr, _title) in enumerate(self._columns):
                text = _show(getattr(entry, attr), self._names.get(attr))
                self.table.setItem(row, col, QTableWidgetItem(text))
        self.table.resizeColumnsToContents()

    def add(self) -> bool:
        entry = self._make()
        try:
            self.form.apply_to(entry)
            if self.picker is not None:
                entry.partner_id, entry.organisation = self.picker.choice()
            self._save(entry)
        except ValidationError as exc:
            self.form.show_error(exc)
            return False
        except AstraError as exc:
            self.form.error.setText(str(exc))
            return False
        self._load_form(self._make())
        self.reload()
        return True


def services_tab(session: Session, case_id: str, runner: TaskRunner | None = None) -> EntriesTab:
    fields = [
        Field("kind", _t("&Service"), "enum", ServiceKind, labels.service_kinds),
        Field("provided_on", _t("&From"), "date"),
        Field("ended_on", _t("&Until"), "date"),
        Field("provider", _t("&Provided by")),
        Field("notes", _t("&Notes"), "multiline"),
    ]
    columns = [("kind", _t("Service")), ("provided_on", _t("From")), ("ended_on", _t("Until")),
               ("provider", _t("Provided by")), ("notes", _t("Notes"))]  # fmt: skip
    return EntriesTab(
        fields, columns,
        load=lambda: case_records.entries(session, ServiceRecord, case_id),
        make=lambda: ServiceRecord(case_id, ServiceKind.LEGAL, local_today()),
        save=lambda e: case_records.add_entry(session, _require(e, "provided_on")),
        runner=runner, loading_text=_t("Loading the services…"),
    )  # fmt: skip


def referrals_tab(session: Session, case_id: str, runner: TaskRunner | None = None) -> EntriesTab:
    """The partner is chosen from the registry (or typed, for one not in it)."""
    fields = [
        Field("direction", _t("&Direction"), "enum", ReferralDirection, labels.referral_directions),
        Field("referred_on", _t("&Date"), "date"),
        Field("reason", _t("&Reason"), "multiline"),
        Field("consent_given", _t("Consent"), "bool", placeholder=_t("the client agreed")),
    ]
    columns = [("direction", _t("Direction")), ("organisation", _t("Organisation")),
               ("referred_on", _t("Date")), ("consent_given", _t("Consent")),
               ("reason", _t("Reason"))]  # fmt: skip
    picker = PartnerPicker(session, runner=runner)
    picker.setObjectName("organisation")
    return EntriesTab(
        fields, columns,
        load=lambda: case_records.entries(session, Referral, case_id),
        make=lambda: Referral(case_id, ReferralDirection.OUT, "", local_today()),
        save=lambda e: case_records.add_entry(session, _require(e, "referred_on", "organisation")),
        picker=(1, _t("&Organisation"), picker),
        runner=runner, loading_text=_t("Loading the referrals…"),
    )  # fmt: skip


def consent_tab(session: Session, client_id: str, runner: TaskRunner | None = None) -> EntriesTab:
    fields = [
        Field("given_on", _t("&Given on"), "date"),
        Field("scope", _t("&Scope"), placeholder=_t("e.g. processing of personal data")),
        Field("withdrawn_on", _t("&Withdrawn on"), "date"),
    ]
    columns = [
        ("given_on", _t("Given on")),
        ("scope", _t("Scope")),
        ("withdrawn_on", _t("Withdrawn on")),
    ]
    return EntriesTab(
        fields, columns,
        load=lambda: case_records.consents(session, client_id),
        make=lambda: Consent(client_id, local_today(), ""),
        save=lambda e: case_records.record_consent(session, _require(e, "given_on")),
        runner=runner, loading_text=_t("Loading the consents…"),
    )  # fmt: skip


def _require(entry: Any, *names: str) -> Any:
    for name in names:
        if not getattr(entry, name):
            raise ValidationError(name, _t("This field is required."))
    return entry
