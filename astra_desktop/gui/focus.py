"""Tab order for inputs a dialog adds at run time to a place its Designer form left for them.

Qt appends a widget to the end of its window's focus chain when it is given its parent, so the
fields of a RecordForm filled after `setupUi`, or one box per record in a scroll area, would be
reached by Tab only after the dialog's buttons. `follow(container)` moves them to where the
container stands in the form, in the order they were added.

The widgets are found with `findChildren` (depth first, in the order they were parented: the
order Qt appended them to the focus chain), never by walking `nextInFocusChain()`: PySide 6.12
makes the widget it returns a child of the one asked, in its own bookkeeping, so a walk that comes
back round to the window made the dialog "a child" of its last input. The dialog and its inputs
then held only each other, and Python's collector freed the dialog's Python half while it was on
screen ("'NewClientDialog' object has no attribute 'form'" on Save, after a lock and unlock).
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget


def follow(container: QWidget) -> None:
    """Put the focusable descendants of `container` right after it in the tab order."""
    inside = [
        widget
        for widget in container.findChildren(QWidget)
        # isAncestorOf stops at windows: a combo box's popup list is a child in its own window
        if widget.focusPolicy() != Qt.FocusPolicy.NoFocus and container.isAncestorOf(widget)
    ]
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
