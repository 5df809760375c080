"""The services' error messages in the user's language.

Errors carry a typed message (core/messages.py): the English template is its id in the
"ServiceMessages" context of `astra_services_*.ts`, and its values are put into the translated
template — values that are words of the interface (a `Message`, an enum label) translated too.
`install()` hooks this into `AstraError.__str__` (errors.set_translator), so the places that
show `str(exc)` need no change.

Every raise site is typed: a message is looked up by its id, never matched back from finished
English text (`tools/service_messages.py --check` fails on a message made by an f-string). A
message the catalogue lacks shows in English.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from astra_desktop import errors
from astra_desktop.core.messages import Message


def qt_translate(context: str, source: str, disambiguation: str = "") -> str:
    """Qt's translation of `source` ("" when the catalogue lacks it)."""
    text = QCoreApplication.translate(context, source, disambiguation or None)
    return "" if text == source else text


def render(message: Message | str) -> str:
    """`message` in the language of the installed Qt translators (English if unknown)."""
    if isinstance(message, str):
        message = Message(message)
    return message.render(qt_translate)


def split(template: str) -> list[tuple[bool, str]]:
    """A template cut into (is placeholder, text): literal text unescaped, placeholders whole.

    `{{`/`}}` are literal braces; a placeholder runs to its matching brace, so
    `{'; '.join(problems[:10])}` and `{x:%d.%m.%Y}` are one each.
    """
    parts: list[tuple[bool, str]] = []
    literal: list[str] = []
    i = 0
    while i < len(template):
        ch = template[i]
        if ch in "{}" and template[i : i + 2] in ("{{", "}}"):
            literal.append(ch)
            i += 2
            continue
        if ch == "{":
            depth, j = 0, i
            while j < len(template):
                depth += {"{": 1, "}": -1}.get(template[j], 0)
                if depth == 0:
                    break
                j += 1
            if literal:
                parts.append((False, "".join(literal)))
                literal = []
            parts.append((True, template[i : j + 1]))
            i = j + 1
            continue
        literal.append(ch)
        i += 1
    if literal:
        parts.append((False, "".join(literal)))
    return parts


def install() -> None:
    """Show services' messages (`str(exc)` of every AstraError) through the Qt translators."""
    errors.set_translator(render)


def uninstall() -> None:
    errors.set_translator(None)
