"""The menus people expect of an office program: Quit in the Vault menu, Edit, View and Help.

Edit acts on whichever text field has the focus (undo, redo, cut, copy, paste, select all); the
fields handle these keys themselves first, so the menu mainly shows what the keys are. View
switches sections with Ctrl+1, Ctrl+2, … in the order of the navigation list.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QLineEdit,
    QListWidget,
    QMainWindow,
    QMenu,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
)

QUIT_KEYS = "Ctrl+Q"
Key = QKeySequence.StandardKey
# (menu text, key, method of the focused widget); None: a separator.
EDIT: tuple[tuple[object, QKeySequence.StandardKey, str] | None, ...] = (
    (QT_TRANSLATE_NOOP("MainMenus", "&Undo"), Key.Undo, "undo"),
    (QT_TRANSLATE_NOOP("MainMenus", "&Redo"), Key.Redo, "redo"),
    None,
    (QT_TRANSLATE_NOOP("MainMenus", "Cu&t"), Key.Cut, "cut"),
    (QT_TRANSLATE_NOOP("MainMenus", "&Copy"), Key.Copy, "copy"),
    (QT_TRANSLATE_NOOP("MainMenus", "&Paste"), Key.Paste, "paste"),
    None,
    (QT_TRANSLATE_NOOP("MainMenus", "Select &all"), Key.SelectAll, "selectAll"),
)
_TEXT_FIELDS = (QLineEdit, QTextEdit, QPlainTextEdit)
_EDITABLE = (*_TEXT_FIELDS, QAbstractItemView)


def _t(text: str) -> str:
    return QCoreApplication.translate("MainMenus", text)


def edit_target(widget: QWidget | None) -> QWidget | None:
    """The widget an Edit command applies to: a text field (inside a spin or combo box too);
    a list or table for Select all only."""
    if isinstance(widget, QAbstractSpinBox | QComboBox):
        widget = widget.findChild(QLineEdit)
    if isinstance(widget, _EDITABLE):
        return widget
    return None


def on_focused(method: str) -> None:
    widget = edit_target(QApplication.focusWidget())
    if widget is None or (isinstance(widget, QAbstractItemView) and method != "selectAll"):
        return
    getattr(widget, method)()


def add_menus(window: QMainWindow, vault: QMenu, nav: QListWidget, quit_action: QAction) -> None:
    """Quit at the end of `vault`, then Edit, View (one action per row of `nav`) and Help."""
    vault.addSeparator()
    quit_action.setText(_t("&Quit"))
    quit_action.setShortcut(QKeySequence(QUIT_KEYS))
    quit_action.setMenuRole(QAction.MenuRole.QuitRole)
    vault.addAction(quit_action)
    window.addAction(quit_action)

    edit = window.menuBar().addMenu(_t("&Edit"))
    for entry in EDIT:
        if entry is None:
            edit.addSeparator()
            continue
        text, key, method = entry
        action = edit.addAction(_t(str(text)))
        action.setShortcut(QKeySequence(key))
        action.triggered.connect(lambda _c=False, m=method: on_focused(m))

    view = window.menuBar().addMenu(_t("&View"))
    for row in range(nav.count()):
        action = view.addAction(nav.item(row).text().replace("&", "&&"))
        if row < 9:
            action.setShortcut(QKeySequence(f"Ctrl+{row + 1}"))
        action.triggered.connect(lambda _c=False, r=row: nav.setCurrentRow(r))
        window.addAction(action)

    help_menu = window.menuBar().addMenu(_t("&Help"))
    about = help_menu.addAction(_t("&About ASTRA Desktop…"))
    about.setMenuRole(QAction.MenuRole.AboutRole)
    about.triggered.connect(lambda: show_about(window))
    about_qt = help_menu.addAction(_t("About &Qt…"))
    about_qt.setMenuRole(QAction.MenuRole.AboutQtRole)
    about_qt.triggered.connect(QApplication.aboutQt)


def show_about(window: QWidget) -> QWidget:
    from astra_desktop.gui.about_dialog import AboutDialog

    dialog = AboutDialog(window)
    dialog.open()
    return dialog
