"""The application's one stylesheet (resources/style/astra.qss) and the way widgets use it.

Why: colours written inline in forty places drift apart (eleven copies of the error red) and
cannot be changed, or themed, in one place. Widgets say what they are — an error, a banner, a
heading — through a dynamic property; the stylesheet says how that looks. Designer forms set the
property in the .ui file; code sets it with `mark`/`tone`, which re-polishes a widget already
shown so the change is seen at once. Rich text, item views and painting read a tone's colour
from the same stylesheet with `colour`.
"""

from __future__ import annotations

from functools import cache
from typing import TypeVar

from PySide6 import QtCore  # QtCore.Qt is looked up when first needed: building the namespace
from PySide6.QtGui import QColor, QPalette  # costs ~15 ms, and the unlock window never needs it
from PySide6.QtWidgets import QApplication, QLabel, QWidget

from astra_desktop.paths import resources_dir

W = TypeVar("W", bound=QWidget)
QSS = ("style", "astra.qss")  # under paths.resources_dir()


@cache
def stylesheet() -> str:
    """The text of astra.qss (read once)."""
    return resources_dir().joinpath(*QSS).read_text(encoding="utf-8")


def apply(app: QApplication) -> None:
    """Give the whole application the stylesheet (once, before the first window is built)."""
    if stylesheet() not in app.styleSheet():
        app.setStyleSheet(app.styleSheet() + stylesheet())


def _ensure_applied() -> None:
    """A widget marked before `apply` ran (a test, a tool building one dialog) still gets its
    look: the running application is given the stylesheet then."""
    app = QApplication.instance()
    if isinstance(app, QApplication) and stylesheet() not in app.styleSheet():
        apply(app)


def mark(widget: W, name: str, value: object) -> W:
    """Set the dynamic property `name` (None removes it) and have the stylesheet look at the
    widget again, so a state change (an error shown, an input gone invalid) shows at once.
    Returns the widget, for use inline."""
    _ensure_applied()
    if widget.property(name) == value:
        return widget
    widget.setProperty(name, value)
    if not widget.testAttribute(QtCore.Qt.WidgetAttribute.WA_WState_Polished):
        return widget  # not polished yet (being built): the stylesheet sees it when first shown
    style = widget.style()
    style.unpolish(widget)
    style.polish(widget)
    # Widgets that keep style metrics (a tool bar's margins and spacing) take them again.
    QApplication.sendEvent(widget, QtCore.QEvent(QtCore.QEvent.Type.StyleChange))
    widget.update()
    return widget


def tone(widget: W, value: str | None) -> W:
    """The text tone of `widget`: error, warning, success, muted, risk-… (see astra.qss)."""
    return mark(widget, "tone", value)


def error_label() -> QLabel:
    """The red, wrapping line a form shows its errors in."""
    label = QLabel()
    label.setWordWrap(True)
    return tone(label, "error")


@cache
def _probe(name: str, value: str, role: QPalette.ColorRole) -> str:
    if f'[{name}="{value}"]' not in stylesheet():
        raise KeyError(f"astra.qss has no {name} {value!r}")
    probe = QLabel()
    probe.setProperty(name, value)
    probe.setStyleSheet(stylesheet())
    probe.ensurePolished()
    return probe.palette().color(role).name()


def colour(value: str) -> QColor:
    """A tone's text colour as astra.qss gives it, for text Qt's stylesheet does not reach:
    rich text in a label, an item view's cell, a painted calendar."""
    return QColor(_probe("tone", value, QPalette.ColorRole.WindowText))


def background(value: str) -> QColor:
    """A cell state's background as astra.qss gives it (`cell="invalid"`), for item views,
    whose cells the stylesheet cannot select by state."""
    return QColor(_probe("cell", value, QPalette.ColorRole.Window))
