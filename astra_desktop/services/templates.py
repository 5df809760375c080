"""The organisation's own wording of the court documents, kept inside the vault.

The shipped files in resources/templates/ stay as installed; an administrator's edited version of
one (`template/<name>.<lang>` in the settings table) is encrypted with the vault, travels in its
backups and is never written to a file outside it. It is checked against the shipped file when
saved (same keys, same placeholders: reports/templates.check), and the documents use it in its
place (`in_use`). Anyone signed in reads them (documents need them); only an administrator
changes or resets one; the audit trail records who, with the template's key only.
"""

from __future__ import annotations

import difflib
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass

from astra_desktop.core import court_documents as cd
from astra_desktop.core.enums import AuditAction
from astra_desktop.core.roles import Permission
from astra_desktop.errors import ValidationError
from astra_desktop.reports import templates
from astra_desktop.services.session import Session
from astra_desktop.storage import audit
from astra_desktop.storage import settings as settings_db

NAMES = (*cd.KINDS, *templates.SHARED)  # each document's own file, and what they share
LANGS = templates.SOURCE_LANGS  # Cyrillic is made from the Serbian Latin file
ENTITY = "setting"


@dataclass(frozen=True)
class Template:
    """One file: as shipped, and the organisation's version (None: the shipped one is used)."""

    name: str
    lang: str
    shipped: str
    edited: str | None

    @property
    def text(self) -> str:
        return self.shipped if self.edited is None else self.edited

    @property
    def changed(self) -> bool:
        return self.edited is not None


def key(name: str, lang: str) -> str:
    return f"template/{name}.{lang}"


def _check_name(name: str, lang: str) -> None:
    if name not in NAMES:
        raise ValidationError(
            "template",
            "There is no document template “{name}”. Choose one of: {names}.",
            name=name,
            names=", ".join(NAMES),
        )
    if lang not in LANGS:
        raise ValidationError(
            "lang",
            "Templates are written in {langs} (Cyrillic is made from sr-Latn).",
            langs=", ".join(LANGS),
        )


def get(session: Session, name: str, lang: str) -> Template:
    _check_name(name, lang)
    return Template(name, lang, templates.shipped_text(name, lang),
                    settings_db.get(session.db, key(name, lang)))  # fmt: skip


def changed(session: Session) -> list[tuple[str, str]]:
    """The (name, lang) of every file the organisation has its own version of."""
    return [(n, lang) for n in NAMES for lang in LANGS
            if settings_db.get(session.db, key(n, lang)) is not None]  # fmt: skip


def save(session: Session, name: str, lang: str, text: str) -> Template:
    """Keep the organisation's version (administrators). Refused, naming the key, unless it has
    every key and placeholder of the shipped file; the shipped text itself clears the version."""
    session.require(Permission.MANAGE_USERS)
    _check_name(name, lang)
    shipped = templates.shipped_text(name, lang)
    if text.strip() == shipped.strip():
        reset(session, name, lang)
        return Template(name, lang, shipped, None)
    templates.check(name, lang, text)
    with session.write() as conn:
        settings_db.put(conn, key(name, lang), text)
        audit.append(conn, session.actor.user_id, AuditAction.CHANGE.value, ENTITY, key(name, lang))
    return Template(name, lang, shipped, text)


def reset(session: Session, name: str, lang: str) -> bool:
    """Go back to the shipped file (administrators); False when there was no version to drop."""
    session.require(Permission.MANAGE_USERS)
    _check_name(name, lang)
    if settings_db.get(session.db, key(name, lang)) is None:
        return False
    with session.write() as conn:
        settings_db.delete(conn, key(name, lang))
        audit.append(conn, session.actor.user_id, AuditAction.DELETE.value, ENTITY, key(name, lang))
    return True


def differences(shipped: str, edited: str) -> list[str]:
    """What the edited text changes, line by line ("-shipped" just above "+edited"), for review."""
    old, new = shipped.splitlines(), edited.splitlines()
    lines: list[str] = []
    for tag, i1, i2, j1, j2 in difflib.SequenceMatcher(None, old, new).get_opcodes():
        if tag == "equal":
            continue
        gone, came = old[i1:i2], new[j1:j2]
        for k in range(max(len(gone), len(came))):  # each changed line beside its new form
            lines += [f"-{gone[k]}"] if k < len(gone) else []
            lines += [f"+{came[k]}"] if k < len(came) else []
    return lines


def changed_keys(name: str, lang: str, text: str) -> list[str]:
    """The keys whose text differs from the shipped one (the text must pass `check`)."""
    shipped, edited = templates.read(name, lang), templates.check(name, lang, text)
    return [k for k in shipped if edited[k] != shipped[k]]


@contextmanager
def in_use(session: Session, kind: str, lang: str) -> Iterator[None]:
    """While a document of `kind` is made, its files as the organisation edited them."""
    source = "sr-Latn" if lang == "sr-Cyrl" else lang
    edited = {}
    for name in (kind, *templates.SHARED):
        if source in LANGS and name in NAMES:
            text = settings_db.get(session.db, key(name, source))
            if text is not None:
                edited[f"{name}.{source}"] = text
    with templates.overridden(edited):
        yield
