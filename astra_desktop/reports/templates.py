"""The fixed wording of the court documents, read from resources/templates/ (no code change needed).

Each document has `<kind>.en.toml` and `<kind>.sr-Latn.toml`; `common.<lang>.toml` holds what they
share (footer, labels of measures, parties, services …). Serbian Cyrillic is made from the Serbian
Latin file when it is loaded (core/translit.py), so the two scripts never drift apart. Texts may
use {placeholders} and the simple tags <b>, <i> and <br/>.
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Mapping
from functools import cache
from pathlib import Path
from typing import Any

from astra_desktop import paths
from astra_desktop.core.translit import to_cyrillic
from astra_desktop.errors import AstraError

SOURCE_LANGS = ("en", "sr-Latn")
_TAG = re.compile(r"(<[^>]+>)")


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
            raise TemplateError(f"In the document templates, “{name}” must be text.")
    return flat


def read(name: str, lang: str) -> dict[str, str]:
    """One template file as flat keys (`measure.video-link`), in the language it is written in."""
    path = template_dir() / f"{name}.{lang}.toml"
    try:
        return _flatten(tomllib.loads(path.read_text(encoding="utf-8")))
    except OSError as exc:
        raise TemplateError(
            f"The document template {path.name} is missing from {path.parent}. "
            "Reinstall ASTRA Desktop, or restore the file."
        ) from exc
    except tomllib.TOMLDecodeError as exc:
        raise TemplateError(f"The document template {path.name} cannot be read: {exc}.") from exc


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
                f"The {self.lang} template of “{self.name}” has no text “{key}”. "
                "Add it to the template file."
            ) from None
        if not values:
            return text
        try:
            return text.format_map(values)
        except (KeyError, IndexError, ValueError) as exc:
            raise TemplateError(
                f"The {self.lang} text “{key}” of “{self.name}” uses a placeholder the app does "
                f"not fill ({exc}). Use only the placeholders the original text has."
            ) from None

    def label(self, group: str, key: object) -> str:
        """The label of a stored value (`measure`, "video-link"); the value itself if unknown."""
        value = str(getattr(key, "value", key))
        return self._texts.get(f"{group}.{value}", value)


@cache
def _load(kind: str, lang: str) -> dict[str, str]:
    source = "sr-Latn" if lang == "sr-Cyrl" else lang
    if source not in SOURCE_LANGS:
        raise TemplateError(f"There are no document templates in “{lang}”.")
    texts = read("common", source) | read(kind, source)
    if lang == "sr-Cyrl":
        texts = {k: cyrillic(v) for k, v in texts.items()}
    return texts


def load(kind: str, lang: str) -> Texts:
    """The texts of `kind` in `lang` (read once per run; restart the app after editing a file)."""
    return Texts(kind, lang, _load(kind, lang))
