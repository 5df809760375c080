"""Dialogs of backups and case transfer: a secret to open a file, the restore preview, and the
records changed on both laptops set side by side for a person to choose.

Their layouts are ui/secret_dialog.ui, ui/restore_dialog.ui and ui/conflicts_dialog.ui; the
boxes of the records in conflict, one per record, are built here."""

from __future__ import annotations

import json
from datetime import datetime

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QGroupBox,
    QHeaderView,
    QLabel,
    QRadioButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from astra_desktop.gui import focus
from astra_desktop.gui.forms.ui_conflicts_dialog import Ui_ConflictsDialog
from astra_desktop.gui.forms.ui_restore_dialog import Ui_RestoreDialog
from astra_desktop.gui.forms.ui_secret_dialog import Ui_SecretDialog
from astra_desktop.gui.locale_format import format_date
from astra_desktop.gui.record_form import Field
from astra_desktop.gui.screen_fit import fit_to_screen
from astra_desktop.gui.secret_field import SecretField
from astra_desktop.services import transfer
from astra_desktop.services.restore import Preview


class SecretDialog(QDialog):
    """One passphrase (hidden), or the recovery key when `allow_recovery`."""

    def __init__(self, title: str, text: str, allow_recovery: bool, parent: QWidget | None = None):
        super().__init__(parent)
        self.ui = Ui_SecretDialog()
        self.ui.setupUi(self)
        self.setWindowTitle(title)
        self.ui.explanation.setText(text)
        self.secret, self.recovery = self.ui.secret, self.ui.recovery
        SecretField.attach(self.secret)  # masked, with show/hide and a Caps Lock warning
        self.ui.form.setRowVisible(self.recovery, allow_recovery)
        self.ui.buttons.accepted.connect(self.accept)
        self.ui.buttons.rejected.connect(self.reject)


def describe(preview: Preview) -> str:
    when = preview.created_at.astimezone().strftime("%d.%m.%Y %H:%M") if preview.created_at else "?"
    c = preview.counts
    return QCoreApplication.translate(
        "RestoreDialog",
        "Made {0} by {1}{2}. Clients: {3} · cases: {4} · contact notes: {5} · documents: {6}.",
    ).format(
        when,
        preview.created_by_name or "?",
        f" ({preview.organisation})" if preview.organisation else "",
        c.get("clients", 0), c.get("cases", 0), c.get("contact_notes", 0), c.get("documents", 0),
    )  # fmt: skip


class RestoreDialog(QDialog):
    """The preview, and where to restore: replace this vault (kept aside) or another folder."""

    def __init__(self, preview: Preview, can_replace: bool, parent: QWidget | None = None):
        super().__init__(parent)
        self.ui = Ui_RestoreDialog()
        self.ui.setupUi(self)
        self.ui.preview.setText(describe(preview))
        self.replace, self.elsewhere = self.ui.replace, self.ui.elsewhere
        self.replace.setEnabled(can_replace)
        (self.replace if can_replace else self.elsewhere).setChecked(True)
        self.ui.buttons.accepted.connect(self.accept)
        self.ui.buttons.rejected.connect(self.reject)


def _shown(value: object) -> str:
    if isinstance(value, bytes):
        return f"<{len(value)} bytes>"
    return "" if value is None else str(value)


# What one record of each table is called: services/transfer.py's LABELS, here to be translated
# (tests/gui/test_conflict_labels.py keeps the two in step).
_KINDS: dict[str, object] = {
    "clients": QT_TRANSLATE_NOOP("RecordKind", "client"),
    "cases": QT_TRANSLATE_NOOP("RecordKind", "case"),
    "contact_notes": QT_TRANSLATE_NOOP("RecordKind", "contact note"),
    "services": QT_TRANSLATE_NOOP("RecordKind", "service"),
    "referrals": QT_TRANSLATE_NOOP("RecordKind", "referral"),
    "consents": QT_TRANSLATE_NOOP("RecordKind", "consent"),
    "documents": QT_TRANSLATE_NOOP("RecordKind", "document"),
    "appointments": QT_TRANSLATE_NOOP("RecordKind", "appointment"),
    "proceedings": QT_TRANSLATE_NOOP("RecordKind", "court proceeding"),
    "hearings": QT_TRANSLATE_NOOP("RecordKind", "hearing"),
    "risk_assessments": QT_TRANSLATE_NOOP("RecordKind", "risk assessment"),
    "safety_actions": QT_TRANSLATE_NOOP("RecordKind", "safety plan action"),
    "related_persons": QT_TRANSLATE_NOOP("RecordKind", "related person"),
    "hotline_calls": QT_TRANSLATE_NOOP("RecordKind", "hotline call"),
    "missing_searches": QT_TRANSLATE_NOOP("RecordKind", "missing-person search"),
    "missing_inquiries": QT_TRANSLATE_NOOP("RecordKind", "missing-person inquiry"),
    "missing_actions": QT_TRANSLATE_NOOP("RecordKind", "missing-person search action"),
    "missing_status_changes": QT_TRANSLATE_NOOP("RecordKind", "missing-person search status change"),
    "claims": QT_TRANSLATE_NOOP("RecordKind", "claim"),
    "defendants": QT_TRANSLATE_NOOP("RecordKind", "defendant"),
    "charges": QT_TRANSLATE_NOOP("RecordKind", "charge"),
    "hearing_attendance": QT_TRANSLATE_NOOP("RecordKind", "hearing attendance"),
    "risk_events": QT_TRANSLATE_NOOP("RecordKind", "risk event"),
    "partners": QT_TRANSLATE_NOOP("RecordKind", "partner"),
}  # fmt: skip


def record_kind(table: str) -> str:
    """One record of `table`, in the interface language ("klijent/kinja")."""
    text = _KINDS.get(table)
    return QCoreApplication.translate("RecordKind", str(text)) if text else transfer.label(table)


def field_specs(table: str) -> dict[str, Field]:
    """Column -> field of a record of `table`, named as its form names it (gui/record_fields.py,
    imported when a conflict is shown: the wizard and the backups page import this module)."""
    from astra_desktop.gui import record_fields

    return record_fields.fields(table, lambda parent: _capital(record_kind(parent)))


def _capital(text: str) -> str:
    return text[:1].upper() + text[1:]


def field_label(spec: Field | None, column: str) -> str:
    """The form's label without its shortcut mark and dots ("Powers of attorney", "Paragraph")."""
    if spec is None:
        return column.replace("_", " ")
    return _capital(spec.label.replace("&", "").strip("… "))


def field_value(spec: Field | None, value: object) -> str:
    """A value as the form shows it: an enum by its label, a list of them joined, yes or no, a
    date as the app writes dates."""
    if spec is not None and spec.kind == "bool" and isinstance(value, int):
        return QCoreApplication.translate("entries", "yes" if value else "no")
    if spec is not None and spec.kind in ("date", "datetime") and isinstance(value, str):
        return _when(value, spec.kind == "datetime")
    if spec is None or spec.labels is None or not isinstance(value, str):
        return _shown(value)
    names = spec.labels()
    if spec.kind == "enums":
        try:
            items = json.loads(value)
        except ValueError:
            return value
        if isinstance(items, list):
            return ", ".join(names.get(str(v), str(v)) for v in items)
    return names.get(value, value)


def _when(value: str, with_time: bool) -> str:
    try:
        moment = datetime.fromisoformat(value)
    except ValueError:
        return value
    if moment.tzinfo is not None:
        moment = moment.astimezone()
    day = format_date(moment.date())
    return f"{day} {moment:%H:%M}" if with_time and len(value) > 10 else day


class ConflictsDialog(QDialog):
    """Every record changed on both laptops: its fields side by side, and a choice for each. A
    record deleted on one laptop and changed on the other is set out the same way, its deleted
    side marked as such, with what would go with it."""

    def __init__(self, conflicts: list[transfer.Conflict], parent: QWidget | None = None):
        super().__init__(parent)
        self.ui = Ui_ConflictsDialog()
        self.ui.setupUi(self)
        fit_to_screen(self, 820, 560)
        self._groups: dict[str, QButtonGroup] = {}
        column = self.ui.column
        for conflict in conflicts:  # one box per record, above the stretch that ends the column
            column.insertWidget(column.count() - 1, self._box(conflict))
        focus.follow(self.ui.records)
        self.buttons = self.ui.buttons
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self._update()

    def _box(self, conflict: transfer.Conflict) -> QGroupBox:
        kind = record_kind(conflict.table)
        box = QGroupBox(f"{_capital(kind)} · {conflict.case_code}")
        layout = QVBoxLayout(box)
        if conflict.deleted:
            note = QLabel(self._deletion_note(conflict))
            note.setWordWrap(True)
            layout.addWidget(note)
        table = QTableWidget(len(conflict.fields), 3)
        table.setHorizontalHeaderLabels(
            [self.tr("Field"), self.tr("This laptop"), self.tr("The other laptop")]
        )
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.verticalHeader().hide()
        header = table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        for side in (1, 2):
            header.setSectionResizeMode(side, QHeaderView.ResizeMode.Stretch)
        gone = self.tr("(deleted)")
        specs = field_specs(conflict.table)
        for row, (field, ours, theirs) in enumerate(conflict.fields):
            spec = specs.get(field)
            shown = (
                gone if conflict.deleted == transfer.MINE else field_value(spec, ours),
                gone if conflict.deleted == transfer.THEIRS else field_value(spec, theirs),
            )
            for col, text in enumerate((field_label(spec, field), *shown)):
                table.setItem(row, col, QTableWidgetItem(text))
        table.setMaximumHeight(32 + 30 * max(1, len(conflict.fields)))
        layout.addWidget(table)
        if conflict.deleted == transfer.THEIRS:
            mine = QRadioButton(self.tr("Keep it, with this laptop's changes"))
            theirs = QRadioButton(self.tr("Delete it here too"))
        elif conflict.deleted == transfer.MINE:
            mine = QRadioButton(self.tr("Leave it deleted"))
            theirs = QRadioButton(self.tr("Bring it back with the other laptop's changes"))
        else:
            mine = QRadioButton(self.tr("Keep this laptop's version"))
            theirs = QRadioButton(self.tr("Take the other laptop's version"))
        group = QButtonGroup(box)
        group.addButton(mine, 0)
        group.addButton(theirs, 1)
        group.buttonToggled.connect(lambda *_: self._update())
        self._groups[conflict.key] = group
        layout.addWidget(mine)
        layout.addWidget(theirs)
        return box

    def _deletion_note(self, conflict: transfer.Conflict) -> str:
        if conflict.deleted == transfer.MINE:
            return self.tr(
                "Deleted on this laptop; changed on the other laptop since you last exchanged it."
            )
        if conflict.deleted_by:
            text = self.tr(
                "Deleted on the other laptop (by {0}); changed on this laptop since you last "
                "exchanged it."
            ).format(conflict.deleted_by)
        else:
            text = self.tr(
                "Deleted on the other laptop; changed on this laptop since you last exchanged it."
            )
        if conflict.linked:
            text += " " + self.tr(
                "Deleting it here also deletes the records that belong to it ({0})."
            ).format(conflict.linked)
        return text

    def choose(self, key: str, side: str) -> None:
        self._groups[key].button(0 if side == transfer.MINE else 1).setChecked(True)

    def choices(self) -> dict[str, str]:
        return {
            key: (transfer.MINE if group.checkedId() == 0 else transfer.THEIRS)
            for key, group in self._groups.items()
            if group.checkedId() in (0, 1)
        }

    def _update(self) -> None:
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(len(self.choices()) == len(self._groups))
