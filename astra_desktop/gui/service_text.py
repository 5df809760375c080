"""The services' error messages in the user's language.

Errors carry a typed message (core/messages.py): the English template is its id in the
"ServiceMessages" context of `astra_services_*.ts`, and its values are put into the translated
template — values that are words of the interface (a `Message`, an enum label) translated too.
`install()` hooks this into `AstraError.__str__` (errors.set_translator), so the places that
show `str(exc)` need no change.

Fallback for raise sites not converted yet (they pass finished English text): a text that is a
template of its own is translated by exact match; else it is matched back to the templates that
`tools/service_messages.py` still finds in f-strings (`service_templates.TEMPLATES`, regexes);
else shown in English. That part goes when the last f-string message is converted.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from PySide6.QtCore import QCoreApplication

from astra_desktop import errors
from astra_desktop.core.messages import CONTEXT, Message

_MAX_DEPTH = 3  # a value inside a value inside a message: deep enough, never endless
_JOIN = re.compile(r"""^\{(['"])(.+?)\1\.join\(""")  # {'; '.join(problems)}: a list of messages


def qt_translate(context: str, source: str, disambiguation: str = "") -> str:
    """Qt's translation of `source` ("" when the catalogue lacks it). A message the catalogue
    lacks that has no placeholders may be the finished English text of an unconverted raise site:
    that goes through the fallback."""
    text = QCoreApplication.translate(context, source, disambiguation or None)
    if text == source and context == CONTEXT and "{" not in source:
        text = translate(source)
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


@dataclass(frozen=True)
class Template:
    text: str
    pattern: re.Pattern[str]
    holes: tuple[str, ...]  # the placeholder each group of `pattern` stands for
    anchor: str  # the longest literal piece: a quick test before the regex
    spaced: tuple[int, ...] = ()  # groups followed by " " and another group ("{what} {name}")

    @property
    def specificity(self) -> tuple[int, int, int]:
        """Most literal text first; then fewer placeholders; then lists of messages, whose items
        get translated one by one."""
        literal = sum(len(t) for is_hole, t in split(self.text) if not is_hole)
        return literal, -len(self.holes), sum(1 for h in self.holes if _JOIN.match(h))


def compile_template(text: str) -> Template:
    """`text` as a regex: literal text exactly, each placeholder a lazy group (a placeholder seen
    before must repeat the same value)."""
    regex: list[str] = []
    holes: list[str] = []
    first: dict[str, int] = {}
    literals = [""]
    parts = split(text)
    spaced = [
        sum(1 for h, _ in parts[:i] if h) - 1  # the group before the space
        for i in range(1, len(parts) - 1)
        if parts[i] == (False, " ") and parts[i - 1][0] and parts[i + 1][0]
    ]
    for is_hole, part in parts:
        if not is_hole:
            regex.append(re.escape(part))
            literals.append(part)
        elif part in first and part != "{}":
            regex.append(f"(?P=g{first[part]})")
        else:
            first[part] = len(holes)
            regex.append(f"(?P<g{len(holes)}>.*?)")
            holes.append(part)
    pattern = re.compile("".join(regex), re.DOTALL)
    return Template(text, pattern, tuple(holes), max(literals, key=len), tuple(spaced))


@cache
def templates() -> tuple[Template, ...]:
    """Every template, the most specific (most literal text) first."""
    from astra_desktop.gui.service_templates import TEMPLATES

    compiled = [compile_template(t) for t in TEMPLATES]
    return tuple(sorted(compiled, key=lambda t: t.specificity, reverse=True))


def match(message: str) -> tuple[Template, tuple[str, ...]] | None:
    """The template `message` was made from, and the values of its placeholders."""
    for template in templates():
        if template.anchor not in message:
            continue
        found = template.pattern.fullmatch(message)
        if found is not None:
            return template, _resplit(template, list(found.groups()))
    return None


def _resplit(template: Template, values: list[str]) -> tuple[str, ...]:
    """Two placeholders with only a space between them ("The {what} {path.name} is damaged"):
    the lazy first group took one word, so "case-transfer bundle x.astra" split after "case-transfer".
    Move the cut to where the first value is a message of its own, if there is such a place."""
    for i in template.spaced:
        if i + 1 >= len(values) or match(values[i]) is not None:
            continue
        words = (values[i] + " " + values[i + 1]).split(" ")
        for cut in range(2, len(words)):
            head = " ".join(words[:cut])
            if match(head) is not None:
                values[i], values[i + 1] = head, " ".join(words[cut:])
                break
    return tuple(values)


def translate(message: str, depth: int = 0) -> str:
    """A finished English `message` matched back to its template (the fallback)."""
    exact = QCoreApplication.translate(CONTEXT, message)
    if exact != message:
        return exact
    found = match(message) if depth <= _MAX_DEPTH else None
    if found is None:
        return message
    template, values = found
    translated = QCoreApplication.translate(CONTEXT, template.text) or template.text
    filled = [
        _value(hole, value, depth + 1) for hole, value in zip(template.holes, values, strict=True)
    ]
    named = dict(zip(template.holes, filled, strict=True))
    positional = iter(v for hole, v in zip(template.holes, filled, strict=True) if hole == "{}")
    out = []
    for is_hole, part in split(translated):
        if not is_hole:
            out.append(part)
        elif part == "{}":
            out.append(next(positional, part))
        else:
            out.append(named.get(part, part))  # a placeholder the template lacks: left as it is
    return "".join(out)


def _value(hole: str, value: str, depth: int) -> str:
    joined = _JOIN.match(hole)
    if joined:
        separator = joined.group(2)
        # Joined by a space, the items are sentences: split after their full stops only.
        cut = separator if separator.strip() else re.compile(r"(?<=[.!?])" + re.escape(separator))
        items = value.split(cut) if isinstance(cut, str) else cut.split(value)
        return separator.join(translate(item, depth) for item in items)
    return translate(value, depth)


def install() -> None:
    """Show services' messages (`str(exc)` of every AstraError) through the Qt translators."""
    errors.set_translator(render)


def uninstall() -> None:
    errors.set_translator(None)
