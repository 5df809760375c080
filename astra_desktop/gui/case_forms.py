"""The client and case forms (HTCDS fields), as field specs for RecordForm; and the case's
closing day, which the vault records itself (shown, never typed)."""

from __future__ import annotations

from datetime import date
from typing import cast

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QFormLayout, QLabel

from astra_desktop.core.enums import (
    CaseStatus,
    ExploitationType,
    Gender,
    IdDocumentStatus,
    MeansOfControl,
    TraffickingStatus,
)
from astra_desktop.gui import labels
from astra_desktop.gui.locale_format import format_date
from astra_desktop.gui.record_form import Field, RecordForm


def _t(text: str) -> str:
    return QCoreApplication.translate("forms", text)


def client_fields() -> list[Field]:
    return [
        Field("given_name", _t("&Given name")),
        Field("family_name", _t("&Family name")),
        Field("aliases", _t("&Aliases"), "list", placeholder=_t("separated by commas")),
        Field("date_of_birth", _t("Date of &birth"), "date"),
        Field(
            "estimated_age", _t("Estimated a&ge"), "int", placeholder=_t("if the date is not known")
        ),
        Field("gender", _t("G&ender"), "enum", Gender, labels.genders),
        Field(
            "citizenships", _t("&Citizenship(s)"), "list", placeholder=_t("e.g. Serbia, Ukraine")
        ),
        Field("languages", _t("&Languages"), "list"),
        Field(
            "id_document_status",
            _t("&ID documents"),
            "enum",
            IdDocumentStatus,
            labels.id_document_statuses,
        ),
        Field("contact", _t("C&ontact")),
        Field(
            "safe_contact_instructions",
            _t("&Safe contact"),
            "multiline",
            placeholder=_t("e.g. do not call after 18:00; use this number only"),
        ),
        Field("children", _t("C&hildren")),
        Field("guardian", _t("Guardian (for a &minor)")),
        Field(
            "personal_number",
            _t("&Personal number (JMBG)"),
            placeholder=_t("13 digits; or the foreigner's number (EBS)"),
        ),
        Field("id_document_number", _t("ID or passport &number")),
        Field("address", _t("A&ddress")),
        Field("place_of_residence", _t("Place of &residence")),
        Field("place_of_birth", _t("Place of bir&th")),
    ]


def case_fields() -> list[Field]:
    return [
        Field("case_code", _t("Case &code"), "readonly"),
        Field("status", _t("&Status"), "enum", CaseStatus, labels.case_statuses),
        Field("closure_reason", _t("Closure &reason")),
        Field(
            "trafficking_status",
            _t("&Trafficking status"),
            "enum",
            TraffickingStatus,
            labels.trafficking_statuses,
        ),
        Field("identified_by", _t("Identified &by")),
        Field("identified_on", _t("Identified &on"), "date"),
        Field(
            "exploitation_types",
            _t("&Exploitation"),
            "enums",
            ExploitationType,
            labels.exploitation_types,
        ),
        Field(
            "means_of_control",
            _t("&Means of control"),
            "enums",
            MeansOfControl,
            labels.means_of_control,
        ),
        Field("recruitment", _t("Rec&ruitment"), "multiline"),
        Field("places_of_exploitation", _t("&Places of exploitation"), "multiline"),
        Field("referral_source", _t("Re&ferred by")),
        Field("opened_on", _t("O&pened on"), "date"),
    ]


CLOSED = (CaseStatus.CLOSED, CaseStatus.CLOSED_REFERRED)


def add_closed_on(form: RecordForm) -> QLabel:
    """A read-only "Closed on" line under the case's status: the vault sets the day when the
    status becomes closed and clears it when the case is reopened (schema 19)."""
    layout = form.layout()
    assert isinstance(layout, QFormLayout)
    position = layout.getWidgetPosition(form.widgets["status"])
    row = cast(tuple[int, QFormLayout.ItemRole], position)[0]
    value = QLabel()
    value.setObjectName("closed_on")
    value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    layout.insertRow(row + 1, _t("Closed on"), value)
    layout.setRowVisible(value, False)
    return value


def show_closed_on(form: RecordForm, value: QLabel, status: CaseStatus, day: date | None) -> None:
    """The saved closing day while the saved status is closed; the line is hidden otherwise."""
    layout = form.layout()
    assert isinstance(layout, QFormLayout)
    closed = status in CLOSED
    value.setText(format_date(day) if day else _t("not recorded (closed before this was kept)"))
    layout.setRowVisible(value, closed)
