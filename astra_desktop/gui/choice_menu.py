"""Several values of an enum chosen from a button's menu: as compact as a combo box, where a
list of tick boxes (EnumChecklist) would take a form's whole height. The button names what is
chosen; the menu stays open while ticking, and Space opens it from the keyboard."""

from __future__ import annotations

from collections.abc import Iterable
from enum import Enum
from typing import Generic, TypeVar

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction, QResizeEvent
from PySide6.QtWidgets import QMenu, QSizePolicy, QToolButton, QWidget

E = TypeVar("E", bound=Enum)


class ChoiceMenu(QToolButton, Generic[E]):
    changed = Signal()

    def __init__(
        self, enum: type[E], names: dict[str, str], empty: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._empty = empty
        self.menu_ = QMenu(self)
        self.actions_: dict[E, QAction] = {}
        for member in enum:
            action = self.menu_.addAction(names.get(str(member.value), str(member.value)))
            action.setCheckable(True)
            action.toggled.connect(self._toggled)
            self.actions_[member] = action
        self.setMenu(self.menu_)
        self.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        # As wide as the layout gives (a long choice is shortened with "…", whole in the tooltip).
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)
        self.setMinimumWidth(self.fontMetrics().averageCharWidth() * 10)
        self._text = ""
        self._show()

    def values(self) -> list[E]:
        return [m for m, a in self.actions_.items() if a.isChecked()]

    def set_values(self, values: Iterable[object]) -> None:
        chosen = set(values)
        for member, action in self.actions_.items():
            action.blockSignals(True)
            action.setChecked(member in chosen or member.value in chosen)
            action.blockSignals(False)
        self._show()

    def _toggled(self) -> None:
        self._show()
        self.changed.emit()
        if self.menu_.isVisible():  # keep the menu open for the next tick
            self.menu_.show()

    def _show(self) -> None:
        chosen = [a.text().replace("&", "") for a in self.actions_.values() if a.isChecked()]
        self._text = ", ".join(chosen) if chosen else self._empty
        self.setToolTip(self._text)
        self._elide()

    def _elide(self) -> None:
        room = max(40, self.width() - 28)  # the menu arrow and the frame
        self.setText(self.fontMetrics().elidedText(self._text, Qt.TextElideMode.ElideRight, room))

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._elide()
