"""A partner chosen from the registry, or an organisation's name typed when it is not in it.

Used wherever a record names a partner (a referral of a case file, a hotline referral, a partner
asked about a missing person). The list holds the active partners in the reader's alphabet; an
inactive partner a record already names is added for that record (marked), so nothing is lost
when it is opened again. Typing filters the list by any part of the name; text that is not a
partner's name is kept as free text (no `partner_id`).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import QComboBox, QCompleter, QWidget

from astra_desktop.core.partners import PartnerFilter
from astra_desktop.gui import i18n
from astra_desktop.gui.change_hub import refresh_on
from astra_desktop.services import partners
from astra_desktop.services.session import Session


def _t(text: str) -> str:
    return QCoreApplication.translate("partners", text)


class PartnerPicker(QComboBox):
    """An editable list of the active partners; `choice()` is (partner_id or None, name)."""

    edited = Signal()

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.setEditable(True)
        self.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.setMinimumContentsLength(14)
        line = self.lineEdit()
        assert line is not None
        line.setPlaceholderText(_t("a partner from the registry, or a name"))
        completer = QCompleter(self.model(), self)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.setCompleter(completer)
        self.setToolTip(_t("Choose a partner of the registry, or type the name of an "
                           "organisation that is not in it."))  # fmt: skip
        self._extra: tuple[str, str] | None = None  # an inactive partner this record names
        self.reload()
        self.currentTextChanged.connect(lambda _t: self.edited.emit())
        refresh_on(self, session, ("partner",), self.reload)

    def reload(self) -> None:
        """The active partners again, keeping what is chosen or typed."""
        id_, text = self.choice()
        self.blockSignals(True)
        try:
            self.clear()
            self.addItem("", None)
            for p in partners.find(self.session, PartnerFilter(active=True), i18n.alphabet()):
                self.addItem(p.name, p.id)
            if self._extra is not None and self.findData(self._extra[0]) < 0:
                self.addItem(_t("{0} (inactive)").format(self._extra[1]), self._extra[0])
            self._show(id_, text)
        finally:
            self.blockSignals(False)

    def set_choice(self, partner_id: str | None, name: str) -> None:
        """Show a record's partner: the registry's entry for its id, else its name as text."""
        self.blockSignals(True)
        try:
            if partner_id and self.findData(partner_id) < 0:
                self._extra = (partner_id, name)
                self.reload()
            self._show(partner_id, name)
        finally:
            self.blockSignals(False)

    def _show(self, partner_id: str | None, name: str) -> None:
        index = self.findData(partner_id) if partner_id else -1
        if index >= 0:
            self.setCurrentIndex(index)
        else:
            self.setCurrentIndex(-1)
            self.setEditText(name)

    def choice(self) -> tuple[str | None, str]:
        """The partner chosen (its id and name), or (None, the text typed) for one not in the
        registry; (None, "") when nothing is given."""
        text = " ".join(self.currentText().split())
        if not text:
            return None, ""
        index = self.findText(text, Qt.MatchFlag.MatchFixedString)  # as typed, case aside
        if index > 0:
            partner_id = self.itemData(index)
            if isinstance(partner_id, str):
                return partner_id, self.itemText(index)
        return None, text
