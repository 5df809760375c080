"""Passphrase inputs that can be shown on request and warn when Caps Lock is on (cf. KeePassXC's
PasswordWidget: an eye in the field, a warning under it).

`SecretField.attach(edit, hint)` turns any QLineEdit into one: the edit is masked, an eye action
at its end shows or hides what was typed, and `hint` (a label the caller places, e.g. under the
field) says "Caps Lock is on" while it is. `conceal()` masks it again; the app masks every secret
field before it collects drafts on locking, so a shown passphrase is never kept.

Caps Lock is inferred from typing, not read from the keyboard. Qt has no portable way to ask for
the Caps Lock state (QGuiApplication::queryKeyboardModifiers() leaves it out), and under X11 or
Wayland Qt does not pass it on at all; the platform calls (GetKeyState on Windows, XKB on X11,
none at all for a Wayland client) would need native code for each system. Typing tells us on
every system: a letter that comes out upper case without Shift, or lower case with Shift, means
Caps Lock is on; the opposite means off. Until the first letter the state is unknown and no hint
is shown; pressing Caps Lock itself flips a known state.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

# Only what the unlock window's first paint needs is imported here (it is on the start-up
# benchmark's path); the painter and the `Qt` namespace (~90 enums) are imported where used.
from PySide6.QtCore import QEvent, QObject, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QLineEdit

if TYPE_CHECKING:
    from PySide6.QtGui import QIcon, QKeyEvent
    from PySide6.QtWidgets import QLabel, QWidget


def caps_lock_from(event: QKeyEvent) -> bool | None:
    """What a key press says about Caps Lock: True on, False off, None nothing (not a letter)."""
    from PySide6.QtCore import Qt

    text = event.text()
    if len(text) != 1 or text.lower() == text.upper():
        return None
    shift = bool(event.modifiers() & Qt.KeyboardModifier.ShiftModifier)
    return text.isupper() != shift


def _eye_icon(crossed: bool) -> QIcon:
    """An eye (struck through: "hide"), from resources/icons (tools/make_eye_icons.py): the app
    ships no icon theme, theme icons are missing on Windows and macOS, and a file is loaded only
    when painted, where drawing it here made the first paint build Qt's enum namespace."""
    from PySide6.QtGui import QIcon

    from astra_desktop.paths import resources_dir

    name = "eye-crossed.png" if crossed else "eye.png"
    return QIcon(str(resources_dir() / "icons" / name))


class SecretField(QObject):
    """Show/hide and the Caps Lock hint for one line edit (a child of it: it lives as long)."""

    caps_lock_changed = Signal(bool)

    def __init__(self, edit: QLineEdit, hint: QLabel | None = None) -> None:
        super().__init__(edit)
        self.setObjectName("secretField")
        self.edit = edit
        self.hint = hint
        self.caps_lock: bool | None = None
        edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.reveal = QAction(_eye_icon(crossed=False), self.tr("Show the passphrase"), edit)
        self.reveal.setCheckable(True)
        self.reveal.toggled.connect(self.set_revealed)
        edit.addAction(self.reveal, QLineEdit.ActionPosition.TrailingPosition)
        if hint is not None:
            from astra_desktop.gui import style

            hint.setText(self.tr("Caps Lock is on."))
            style.tone(hint, "error")
            hint.hide()
        edit.installEventFilter(self)

    @classmethod
    def attach(cls, edit: QLineEdit, hint: QLabel | None = None) -> SecretField:
        return cls(edit, hint)

    def set_revealed(self, on: bool) -> None:
        self.edit.setEchoMode(QLineEdit.EchoMode.Normal if on else QLineEdit.EchoMode.Password)
        self.reveal.setIcon(_eye_icon(crossed=on))
        self.reveal.setText(
            self.tr("Hide the passphrase") if on else self.tr("Show the passphrase")
        )
        if self.reveal.isChecked() != on:
            self.reveal.setChecked(on)

    def conceal(self) -> None:
        """Masked again, and nothing claimed about Caps Lock (the next letter will tell)."""
        self.set_revealed(False)
        self._set_caps_lock(None)

    def _set_caps_lock(self, on: bool | None) -> None:
        if on == self.caps_lock:
            return
        self.caps_lock = on
        if self.hint is not None:
            self.hint.setVisible(bool(on))
        self.edit.setToolTip(self.tr("Caps Lock is on.") if on else "")
        self.caps_lock_changed.emit(bool(on))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.KeyPress:
            from PySide6.QtCore import Qt
            from PySide6.QtGui import QKeyEvent

            assert isinstance(event, QKeyEvent)
            if event.key() == Qt.Key.Key_CapsLock:
                if self.caps_lock is not None:
                    self._set_caps_lock(not self.caps_lock)
            else:
                seen = caps_lock_from(event)
                if seen is not None:
                    self._set_caps_lock(seen)
        elif event.type() == QEvent.Type.FocusOut:
            # Caps Lock may change while another window has the keyboard: say nothing until
            # the next letter typed here.
            self._set_caps_lock(None)
        return False


def conceal_all(root: QWidget) -> None:
    """Mask every secret field under `root` (before drafts are collected, before hiding)."""
    for field in root.findChildren(SecretField):
        field.conceal()
