"""The fixed wording of the court documents, read from resources/templates/ (no code change needed).

Each document has `<kind>.en.toml` and `<kind>.sr-Latn.toml`; `common.<lang>.toml` holds what they
share (footer, labels of measures, parties, services …). Serbian Cyrillic is made from the Serbian
Latin file when it is loaded (core/translit.py), so the two scripts never drift apart. Texts may
use {placeholders} and the simple tags <b>, <i> and <br/>.

The organisation may keep its own version of any file inside the vault (services/templates.py);
`overridden()` hands those to `load()` while one document is made. An edited file is checked
against the shipped one (`check`: same keys, same placeholders) when it is saved; when loaded,
each of its texts still has to match the shipped one, else the shipped text is used, so an
edit never stops a document from being made (not even after an update adds keys).
"""

from __future__ import annotations

import re
import string
import tomllib
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from contextvars import ContextVar
from functools import cache, lru_cache
from pathlib import Path
from typing import Any

from astra_desktop import paths
from astra_desktop.core.translit import to_cyrillic
from astra_desktop.errors import AstraError

SOURCE_LANGS = ("en", "sr-Latn")
SHARED = ("common", "claim")  # files loaded beside a document's own (claim: the two claims)
_TAG = re.compile(r"(<[^>]+>)")
# "<name>.<lang>" -> the organisation's edited TOML text, while a document is being made
_OVERRIDES: ContextVar[Mapping[str, str] | None] = ContextVar("template_overrides", default=None)


class TemplateError(AstraError):
    """A template file is missing or wrong; the message names the file and the key."""


def template_dir() -> Path:
    return paths.resources_dir() / "templates"


def _flatten(table: Mapping[str, Any], prefix: str = "") -> dict[str, str]:
    flat: dict[str, str] = {}
    for key, value in table.items():
        name = f"{prefix}{key}"
        if isinstance(value, Mapping):
            flat.update(_flatten(value, name + "."))
        elif isinstance(value, str):
            flat[name] = value.strip("\n")
        else:
            raise TemplateError("In the document templates, “{name}” must be text.", name=name)
    return flat


def shipped_text(name: str, lang: str) -> str:
    """The file as installed with the program (what "reset" goes back to)."""
    path = template_dir() / f"{name}.{lang}.toml"
    try:
        return path.read_text(encoding="utf-8")
    except OSError as exc:
        raise TemplateError(
            "The document template {name} is missing from {folder}. "
            "Reinstall ASTRA Desktop, or restore the file.",
            name=path.name,
            folder=path.parent,
        ) from exc


def read(name: str, lang: str) -> dict[str, str]:
    """One shipped file as flat keys (`measure.video-link`), in the language it is written in."""
    return dict(_shipped(name, lang))


@cache
def _shipped(name: str, lang: str) -> dict[str, str]:
    path = template_dir() / f"{name}.{lang}.toml"
    try:
        return _flatten(tomllib.loads(shipped_text(name, lang)))
    except tomllib.TOMLDecodeError as exc:
        raise TemplateError(
            "The document template {name} cannot be read: {exc}.", name=path.name, exc=exc
        ) from exc


def placeholders(text: str) -> frozenset[str]:
    """The {names} a text has; ValueError when its braces are unbalanced."""
    return frozenset(f for _, f, _, _ in string.Formatter().parse(text) if f is not None)


def check(name: str, lang: str, text: str) -> dict[str, str]:
    """The organisation's version of a file, as flat keys, when it has every key of the shipped
    file and each text the same placeholders; else TemplateError naming the first keys wrong."""
    shipped = _shipped(name, lang)
    try:
        edited = _flatten(tomllib.loads(text))
    except tomllib.TOMLDecodeError as exc:
        raise TemplateError(
            "The edited template cannot be read: {exc}. Nothing was saved.", exc=exc
        ) from exc
    missing = [k for k in shipped if k not in edited]
    if missing:
        key, more = missing[0], len(missing) - 1
        if more:
            raise TemplateError(
                "The edited template has no text “{key}” ({more} more missing besides). Keep "
                "every key of the shipped text. Nothing was saved.",
                key=key,
                more=more,
            )
        raise TemplateError(
            "The edited template has no text “{key}”. Keep every key of the shipped text. "
            "Nothing was saved.",
            key=key,
        )
    unknown = [k for k in edited if k not in shipped]
    if unknown:
        key = unknown[0]
        raise TemplateError(
            "The edited template has a key the documents do not use: “{key}”. "
            "Change only the texts, not the keys. Nothing was saved.",
            key=key,
        )
    for key, value in edited.items():
        want = placeholders(shipped[key])
        try:
            got = placeholders(value)
        except ValueError:
            raise TemplateError(
                "In “{key}” a brace {{ or }} is not closed. Write placeholders as {{name}}. "
                "Nothing was saved.",
                key=key,
            ) from None
        filled = _names(want)
        if got - want:
            field = sorted(got - want)[0]
            raise TemplateError(
                "In “{key}” the placeholder {{{field}}} is not one the app fills (it fills: "
                "{filled}). Nothing was saved.",
                key=key,
                field=field,
                filled=filled,
            )
        if want - got:
            field = sorted(want - got)[0]
            raise TemplateError(
                "In “{key}” the placeholder {{{field}}} is missing: keep {filled}. "
                "Nothing was saved.",
                key=key,
                field=field,
                filled=filled,
            )
    return edited


def _names(fields: frozenset[str]) -> str:
    return ", ".join(f"{{{f}}}" for f in sorted(fields)) or "none"


def _merged(name: str, lang: str, edited_text: str | None) -> dict[str, str]:
    """The shipped texts with the organisation's in their place wherever they still fit."""
    shipped = _shipped(name, lang)
    if edited_text is None:
        return shipped
    try:
        edited = _flatten(tomllib.loads(edited_text))
    except (tomllib.TOMLDecodeError, TemplateError):
        return shipped
    texts = dict(shipped)
    for key, value in edited.items():
        try:
            if key in shipped and placeholders(value) == placeholders(shipped[key]):
                texts[key] = value
        except ValueError:
            continue
    return texts


@contextmanager
def overridden(edited: Mapping[str, str]) -> Iterator[None]:
    """Within the block (this thread), `load` uses the organisation's versions of the files:
    `{"<name>.<lang>": TOML text}`."""
    token = _OVERRIDES.set(dict(edited))
    try:
        yield
    finally:
        _OVERRIDES.reset(token)


def cyrillic(text: str) -> str:
    """Serbian Latin → Cyrillic, leaving tags such as <b> alone."""
    return "".join(p if _TAG.fullmatch(p) else to_cyrillic(p) for p in _TAG.split(text))


class Texts:
    """The texts of one document in one language: `t("key", name=value)`, `t.label("group", key)`."""

    def __init__(self, name: str, lang: str, texts: dict[str, str]) -> None:
        self.name, self.lang, self._texts = name, lang, texts

    def __contains__(self, key: str) -> bool:
        return key in self._texts

    def __call__(self, key: str, **values: object) -> str:
        try:
            text = self._texts[key]
        except KeyError:
            raise TemplateError(
                "The {lang} template of “{name}” has no text “{key}”. Add it to the template file.",
                lang=self.lang,
                name=self.name,
                key=key,
            ) from None
        if not values:
            return text
        try:
            return text.format_map(values)
        except (KeyError, IndexError, ValueError) as exc:
            raise TemplateError(
                "The {lang} text “{key}” of “{name}” uses a placeholder the app does "
                "not fill ({exc}). Use only the placeholders the original text has.",
                lang=self.lang,
                key=key,
                name=self.name,
                exc=exc,
            ) from None

    def label(self, group: str, key: object) -> str:
        """The label of a stored value (`measure`, "video-link"); the value itself if unknown."""
        value = str(getattr(key, "value", key))
        return self._texts.get(f"{group}.{value}", value)


@lru_cache(maxsize=64)
def _load(kind: str, lang: str, common: str | None, own: str | None) -> dict[str, str]:
    source = "sr-Latn" if lang == "sr-Cyrl" else lang
    if source not in SOURCE_LANGS:
        raise TemplateError("There are no document templates in “{lang}”.", lang=lang)
    texts = _merged("common", source, common) | _merged(kind, source, own)
    if lang == "sr-Cyrl":
        texts = {k: cyrillic(v) for k, v in texts.items()}
    return texts


def load(kind: str, lang: str) -> Texts:
    """The texts of `kind` in `lang`: the shipped files (read once per run), with the
    organisation's edited versions in their place inside an `overridden` block."""
    source = "sr-Latn" if lang == "sr-Cyrl" else lang
    edited = _OVERRIDES.get() or {}
    common, own = edited.get(f"common.{source}"), edited.get(f"{kind}.{source}")
    return Texts(kind, lang, _load(kind, lang, common, own))
