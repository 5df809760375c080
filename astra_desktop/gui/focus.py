"""Tab order for inputs a dialog adds at run time to a place its Designer form left for them.

Qt appends a widget to the end of its window's focus chain when it is given its parent, so the
fields of a RecordForm filled after `setupUi`, or one box per record in a scroll area, would be
reached by Tab only after the dialog's buttons. `follow(container)` moves them to where the
container stands in the form, in the order they were added.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget


def follow(container: QWidget) -> None:
    """Put the focusable descendants of `container` right after it in the tab order."""
    window = container.window()
    inside: list[QWidget] = []
    widget = window.nextInFocusChain()
    while widget is not None and widget is not window:
        if widget.focusPolicy() != Qt.FocusPolicy.NoFocus and container.isAncestorOf(widget):
            inside.append(widget)
        widget = widget.nextInFocusChain()
    # setTabOrder ignores a widget that takes no focus, such as the container: it takes focus
    # for the moment, to stand where the others go. (Moving what follows the container to after
    # the last of them instead fails in Qt 6.12 when both are text edits at the chain's ends.)
    policy = container.focusPolicy()
    container.setFocusPolicy(Qt.FocusPolicy.TabFocus)
    previous = container
    for each in inside:
        QWidget.setTabOrder(previous, each)
        previous = each
    container.setFocusPolicy(policy)
