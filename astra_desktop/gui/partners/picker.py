"""A partner chosen from the registry, or an organisation's name typed when it is not in it.

Used wherever a record names a partner (a referral of a case file, a hotline referral, a partner
asked about a missing person). The list holds the active partners in the reader's alphabet; an
inactive partner a record already names is added for that record (marked), so nothing is lost
when it is opened again. Typing filters the list by any part of the name; text that is not a
partner's name is kept as free text (no `partner_id`).

Given a runner, the registry is read on its worker (gui/loading.py): the first time, the picker
waits (greyed out, saying so) and a record's partner given meanwhile is shown once the list is
in; a reading again (a partner changed elsewhere) leaves it usable and keeps what is typed. A
registry that cannot be read leaves a name to be typed, and says so.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import QComboBox, QCompleter, QWidget

from astra_desktop.core.partners import Partner, PartnerFilter
from astra_desktop.errors import AstraError
from astra_desktop.gui import i18n
from astra_desktop.gui.change_hub import refresh_on
from astra_desktop.gui.loading import Loader
from astra_desktop.gui.tasks import TaskRunner
from astra_desktop.services import partners
from astra_desktop.services.session import Session


def _t(text: str) -> str:
    return QCoreApplication.translate("partners", text)


class PartnerPicker(QComboBox):
    """An editable list of the active partners; `choice()` is (partner_id or None, name)."""

    edited = Signal()

    def __init__(
        self, session: Session, parent: QWidget | None = None, runner: TaskRunner | None = None
    ) -> None:
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
        # A record's partner given while the first list is read: (id, name, the text shown).
        self._wanted: tuple[str | None, str, str] | None = None
        self.problem = ""  # why the registry could not be read, if it could not
        self.addItem("", None)  # "nothing chosen" stays the first item, also while reading
        self.loader = Loader(self, runner)
        self.loader.busy_changed.connect(self._show_busy)
        self._listed = False  # the registry's list has been read once
        self.reload()
        self.currentTextChanged.connect(lambda _t: self.edited.emit())
        refresh_on(self, session, ("partner",), self.reload)

    @property
    def loading(self) -> bool:
        return self.loader.busy

    def reload(self) -> None:
        """The active partners again, keeping what is chosen or typed."""
        session, alphabet = self.session, i18n.alphabet()
        try:
            self.loader.load(
                lambda: partners.find(session, PartnerFilter(active=True), alphabet),
                self._fill,
                self._failed,
            )
        except AstraError as exc:  # read at once (no runner) and failed
            self._failed(exc)

    def _show_busy(self, busy: bool) -> None:
        """Only the first reading makes the picker wait; a reading again leaves it usable."""
        if self._listed:
            return
        self.setEnabled(not busy)
        line = self.lineEdit()
        assert line is not None
        line.setPlaceholderText(
            _t("Reading the partners…") if busy else _t("a partner from the registry, or a name")
        )

    def _failed(self, exc: BaseException) -> None:
        """No list to choose from: a name can still be typed, and the picker says why."""
        self.setEnabled(True)
        self.problem = _t("The partner registry could not be read: {0}").format(exc)
        line = self.lineEdit()
        assert line is not None
        line.setPlaceholderText(_t("the registry could not be read: type the name"))
        self.setToolTip(self.problem)

    def _fill(self, found: list[Partner]) -> None:
        wanted, self._wanted = self._wanted, None
        if wanted is not None and self.currentText() == wanted[2]:
            id_, text = wanted[0], wanted[1]  # shown while reading, and not changed since
        else:
            id_, text = self.choice()
        self._listed, self.problem = True, ""
        self.blockSignals(True)
        try:
            self.clear()
            self.addItem("", None)
            for p in found:
                self.addItem(p.name, p.id)
            self._add_extra()
            self._show(id_, text)
        finally:
            self.blockSignals(False)

    def _add_extra(self) -> None:
        if self._extra is not None and self.findData(self._extra[0]) < 0:
            self.addItem(_t("{0} (inactive)").format(self._extra[1]), self._extra[0])

    def set_choice(self, partner_id: str | None, name: str) -> None:
        """Show a record's partner: the registry's entry for its id, else its name as text.
        While the first list is read, its name is shown and the entry chosen once it is in."""
        waiting = self.loading and not self._listed
        self.blockSignals(True)
        try:
            if partner_id and self.findData(partner_id) < 0:
                self._extra = (partner_id, name)  # added if it is not an active partner
                if not waiting:
                    self._add_extra()
            self._show(None if waiting else partner_id, name)
        finally:
            self.blockSignals(False)
        if waiting:
            self._wanted = (partner_id, name, self.currentText())

    def _show(self, partner_id: str | None, name: str) -> None:
        index = self.findData(partner_id) if partner_id else -1
        if index >= 0:
            self.setCurrentIndex(index)
        else:
            self.setCurrentIndex(-1)
            self.setEditText(name)

    def choice(self) -> tuple[str | None, str]:
        """The partner chosen (its id and name), or (None, the text typed) for one not in the
        registry; (None, "") when nothing is given. While the first list is still read, a
        record's partner given meanwhile (and not changed since) is that partner: a Save pressed
        then must not store the partner's name as free text and drop its link."""
        wanted = self._wanted
        if wanted is not None and wanted[0] and self.currentText() == wanted[2]:
            return wanted[0], wanted[1]
        text = " ".join(self.currentText().split())
        if not text:
            return None, ""
        index = self.findText(text, Qt.MatchFlag.MatchFixedString)  # as typed, case aside
        if index > 0:
            partner_id = self.itemData(index)
            if isinstance(partner_id, str):
                return partner_id, self.itemText(index)
        return None, text
