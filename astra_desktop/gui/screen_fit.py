"""Windows and dialogs that fit the screen they open on, title bar and taskbar included.

Small laptops (1366×768, 1280×720) are common in the field. A window asked for 1366×768 there
opens taller than the space the taskbar leaves, so its status bar falls off the bottom. Every
top-level window and dialog therefore calls `fit_to_screen` once its layout is built: it gets
its preferred size (or its size hint), never more than the screen's available geometry minus
the room the window manager's frame and title bar take, and it is centred on that screen.

`available_geometry` is the one place that asks Qt about the screen, so a test can stand in a
1366×768 laptop for the offscreen platform's small virtual screen.
"""

from __future__ import annotations

from functools import cache
from typing import TYPE_CHECKING

from PySide6.QtCore import QRect, QSize
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QWidget

if TYPE_CHECKING:  # the unlock window needs only fit_to_screen: the rest is imported when used
    from PySide6.QtWidgets import QProxyStyle, QScrollArea, QTabWidget

# What the window manager adds around a window: the title bar above, a thin frame on each side.
TITLE_BAR = 32
FRAME = 8


def available_geometry(window: QWidget) -> QRect:
    """The desktop area the window may use: its screen without the taskbar and panels."""
    screen = window.screen() or QGuiApplication.primaryScreen()
    return screen.availableGeometry()


def room(window: QWidget) -> QSize:
    """The largest client-area size whose frame still fits the available geometry."""
    area = available_geometry(window)
    return QSize(max(area.width() - 2 * FRAME, 200), max(area.height() - TITLE_BAR - FRAME, 150))


def fit_to_screen(window: QWidget, width: int = 0, height: int = 0) -> QSize:
    """Resize `window` to `width`×`height` (0: its size hint), at most the room the screen has,
    and centre it there. Returns the size given. The layout may still grow the window (longer
    translations wrap or push), which is why pages keep their minimum sizes modest."""
    hint = window.sizeHint()
    wanted = QSize(width or hint.width(), height or hint.height())
    wanted = wanted.expandedTo(window.minimumSizeHint())
    size = wanted.boundedTo(room(window))
    window.resize(size)
    area = available_geometry(window)
    x = area.x() + max((area.width() - size.width()) // 2 - FRAME, 0)
    y = area.y() + max((area.height() - size.height() - TITLE_BAR) // 2, 0)
    if window.parentWidget() is None:  # a dialog with a parent is placed over it by Qt
        window.move(x, y)
    return size


def keep_on_screen(window: QWidget) -> None:
    """Move `window` (shown, placed by Qt over its parent) so that it and the title bar and frame
    the window manager adds lie inside the available geometry: with no window manager a dialog
    centred over its parent could start above the top of the screen, its first line cut off."""
    area = available_geometry(window)
    frame, inner = window.frameGeometry(), window.geometry()
    undecorated = frame == inner  # no frame yet: leave room for the one a window manager adds
    top = TITLE_BAR if undecorated else 0
    side = FRAME if undecorated else 0
    x = min(frame.x() - side, area.x() + area.width() - frame.width() - 2 * side)
    y = min(frame.y() - top, area.y() + area.height() - frame.height() - top - side)
    x, y = max(x, area.x()), max(y, area.y())
    dx, dy = x + side - frame.x(), y + top - frame.y()
    if dx or dy:
        window.move(window.pos().x() + dx, window.pos().y() + dy)


def scrolling(content: QWidget) -> QScrollArea:
    """`content` in a frameless vertical scroll area, for a panel taller than a small screen
    allows: the window can then shrink to the screen and the panel scrolls instead of being cut
    off at the bottom. It starts as wide as the content needs, so it scrolls sideways only if
    the content later grows wider than the window can be."""
    from PySide6.QtWidgets import QFrame, QScrollArea

    area = QScrollArea()
    area.setFrameShape(QFrame.Shape.NoFrame)
    area.setWidgetResizable(True)
    area.setWidget(content)
    area.setMinimumWidth(
        content.minimumSizeHint().width() + area.verticalScrollBar().sizeHint().width()
    )
    return area


@cache
def _compact_tabs_style() -> type[QProxyStyle]:
    from PySide6.QtWidgets import QProxyStyle, QStyle, QStyleOption

    class CompactTabs(QProxyStyle):
        """The application's own style, with half the usual room either side of a tab's text."""

        def pixelMetric(
            self,
            metric: QStyle.PixelMetric,
            option: QStyleOption | None = None,
            widget: QWidget | None = None,
        ) -> int:
            value = super().pixelMetric(metric, option, widget)
            if metric == QStyle.PixelMetric.PM_TabBarTabHSpace:
                return max(value // 2, 8)
            return value

    return CompactTabs


def compact_tabs(tabs: QTabWidget) -> None:
    """Tabs closer together, for a tab bar with many tabs (a case file has eleven): their
    Serbian and Cyrillic titles then still fit side by side on a 1280-pixel screen, instead of
    being cut off or hidden behind scroll arrows."""
    style = _compact_tabs_style()()
    style.setParent(tabs)  # kept alive as long as the tabs are
    tabs.tabBar().setStyle(style)
