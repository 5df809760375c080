"""Messages as an id and its arguments, so each layer says them in its own language.

A `Message` is its English template in `str.format` syntax — which is also the id the GUI looks
up in the "ServiceMessages" Qt context — and the values of its placeholders. The CLI, logs and
tests read `str(message)`, the English text; the GUI renders the same message through Qt's
translators (`gui/service_text.py`), no text matching. Values that are themselves words of the
interface — a `Message` ("backup"), a `Joined` of messages, an enum member with a label
(`core/labels.py`) — are rendered in the same language, so a Serbian sentence never carries an
English "backup". Any other value (a case code, a number, a date with a `{day:%d.%m.%Y}` spec)
goes in as it is.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from enum import Enum

CONTEXT = "ServiceMessages"  # the Qt context of message templates
LABELS = "Labels"  # the Qt context of enum labels

# (context, English source, disambiguation) -> the text in the interface language (or "").
Translate = Callable[[str, str, str], str]


def english(context: str, source: str, disambiguation: str = "") -> str:
    return source


class Message:
    """A template and the values of its `{name}` placeholders (literal braces doubled):
    `Message("Item {n}: choose a head of damage.", n=3)`."""

    __slots__ = ("args", "template")

    def __init__(
        self, template: str, args: Mapping[str, object] | None = None, /, **values: object
    ) -> None:
        self.template = template
        self.args: Mapping[str, object] = {**(args or {}), **values}

    def render(self, translate: Translate = english) -> str:
        """The message in `translate`'s language; in English if its translation does not fit
        the values (a renamed placeholder, a broken catalogue): never an exception."""
        text = translate(CONTEXT, self.template, "") or self.template
        if not self.args and "{" not in text and "}" not in text:
            return text
        values = {k: value_text(v, translate) for k, v in self.args.items()}
        try:
            return text.format_map(values)
        except (KeyError, IndexError, ValueError, AttributeError, TypeError):
            if not self.args:  # a finished text with braces of its own
                return text
            if translate is english:
                return self.template
            return self.render(english)

    def __str__(self) -> str:
        return self.render()

    def __repr__(self) -> str:
        return f"Message({self.template!r}, {dict(self.args)!r})"

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Message):
            return NotImplemented
        return self.template == other.template and dict(self.args) == dict(other.args)

    __hash__ = None  # type: ignore[assignment]


@dataclass(frozen=True)
class Joined:
    """Several messages shown as one value: `problems="; ".join(...)`, each item translated."""

    items: Sequence[Message | str]
    separator: str = "; "

    def render(self, translate: Translate = english) -> str:
        return self.separator.join(message(item).render(translate) for item in self.items)

    def __str__(self) -> str:
        return self.render()


def value_text(value: object, translate: Translate = english) -> object:
    """A placeholder's value, ready for `str.format`: words of the interface translated,
    anything else as it is (so format specs such as `:%d.%m.%Y` still apply)."""
    if isinstance(value, Message | Joined):
        return value.render(translate)
    if isinstance(value, Enum):
        from astra_desktop.core.labels import label

        text = label(value)
        if text is None:
            return value.value
        return translate(LABELS, text, type(value).__name__) or text
    return value


def message(value: str | Message | Joined) -> Message | Joined:
    """`value` as a message: a plain string is a template of its own with no values."""
    return Message(value) if isinstance(value, str) else value
