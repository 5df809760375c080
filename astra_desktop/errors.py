"""Expected failures, each with a message a person can act on.

Anything raised from here is shown as is (CLI: one line on stderr; GUI: a message box). Messages say
what happened and what to do, and never carry client data.

An error carries a typed message (core/messages.py): its English template, which is also its
id, and the values of the placeholders — `AstraError("Case {code} is closed.", code=code)`.
`exc.args` hold the English text, and without a translator (the CLI, logs, tests) `str(exc)` is
that text. The GUI installs a translator (`set_translator`, done by `gui.i18n`) that renders the
message by its id through Qt's catalogues; the core cannot import Qt, so this hook is the whole
bridge, and the places that show `str(exc)` need no change.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from astra_desktop.core.messages import Joined, Message, message

Translator = Callable[[Message], str]


def _english(message: Message) -> str:
    return message.render()


_translator: Translator = _english


def set_translator(translator: Translator | None) -> None:
    """Show every AstraError message through `translator` from now on (None: English)."""
    global _translator
    _translator = translator or _english


class AstraError(Exception):
    """An expected failure whose message is meant for the person using the app."""

    exit_code = 1

    def __init__(self, template: str | Message = "", /, **args: object) -> None:
        self.message = template if isinstance(template, Message) else Message(template, args)
        super().__init__(self.message.render())

    def __str__(self) -> str:
        try:
            return _translator(self.message)
        except Exception:  # a faulty translation must never hide the error itself
            return self.message.render()


class VaultNotFound(AstraError):
    pass


class VaultExists(AstraError):
    pass


class VaultBusy(AstraError):
    """Another process holds the vault's lock."""

    exit_code = 3


class WrongPassphrase(AstraError):
    exit_code = 2

    def __init__(self, message: str | Message, retry_after: float = 0.0) -> None:
        super().__init__(message)
        self.retry_after = retry_after  # the wait before the next attempt is allowed


class UnlockThrottled(AstraError):
    """Too many failed unlocks: the next attempt is allowed only after a delay."""

    exit_code = 2

    def __init__(self, retry_after: float) -> None:
        self.retry_after = retry_after
        super().__init__(
            "Wrong passphrase entered recently. Wait {seconds} s before the next try "
            "(the wait doubles with every wrong passphrase).",
            seconds=max(1, round(retry_after)),
        )


class VaultDamaged(AstraError):
    """The vault's files fail an integrity or freshness check."""

    exit_code = 4


class WeakPassphrase(AstraError):
    pass


class PermissionDenied(AstraError):
    exit_code = 5


class VaultLocked(PermissionDenied):
    """The vault was locked while this work was under way (the GUI drops such work quietly)."""


class NotFound(AstraError):
    pass


class ValidationError(AstraError):
    """Input that breaks a rule; `field` names the form field it belongs to."""

    def __init__(self, field: str, template: str | Message, /, **args: object) -> None:
        self.field = field
        super().__init__(template, **args)


class DuplicateCaseCode(ValidationError):
    def __init__(self, code: str) -> None:
        super().__init__(
            "case_code",
            "Case code {code} is already in use. Choose another or leave it empty.",
            code=code,
        )


class DiskFull(AstraError):
    def __init__(self, what: str | Message) -> None:
        super().__init__(
            "The disk is full: {what} could not be written. Nothing was changed; "
            "free some space and try again.",
            what=message(what),
        )


class ImportRejected(AstraError):
    """A whole import refused because of problems in the file (listed in `problems`)."""

    def __init__(self, problems: Sequence[str | Message]) -> None:
        self.problems = [str(p) for p in problems]  # in English, for logs and the CLI
        shown = Joined(problems[:10], "; ")
        if len(problems) > 10:
            super().__init__(
                "Nothing was imported: {problems} (and {more} more)",
                problems=shown,
                more=len(problems) - 10,
            )
        else:
            super().__init__("Nothing was imported: {problems}", problems=shown)
