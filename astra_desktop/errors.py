"""Expected failures, each with a message a person can act on.

Anything raised from here is shown as is (CLI: one line on stderr; GUI: a message box). Messages say
what happened and what to do, and never carry client data.

Messages are written in English where they are raised. The GUI shows them in the user's language
by installing a translator (`set_translator`, done by `gui.service_text.install`): `str(exc)` then
passes the English text through it. The core cannot import Qt, so this one hook is the whole
bridge; `exc.args` keep the English text, and without a translator (the CLI, tests) `str(exc)` is
exactly the message as raised.
"""

from __future__ import annotations

from collections.abc import Callable

Translator = Callable[[str], str]


def _identity(message: str) -> str:
    return message


_translator: Translator = _identity


def set_translator(translator: Translator | None) -> None:
    """Show every AstraError message through `translator` from now on (None: as raised)."""
    global _translator
    _translator = translator or _identity


class AstraError(Exception):
    """An expected failure whose message is meant for the person using the app."""

    exit_code = 1

    def __str__(self) -> str:
        message = super().__str__()
        try:
            return _translator(message)
        except Exception:  # a faulty translation must never hide the error itself
            return message


class VaultNotFound(AstraError):
    pass


class VaultExists(AstraError):
    pass


class VaultBusy(AstraError):
    """Another process holds the vault's lock."""

    exit_code = 3


class WrongPassphrase(AstraError):
    exit_code = 2

    def __init__(self, message: str, retry_after: float = 0.0) -> None:
        super().__init__(message)
        self.retry_after = retry_after  # the wait before the next attempt is allowed


class UnlockThrottled(AstraError):
    """Too many failed unlocks: the next attempt is allowed only after a delay."""

    exit_code = 2

    def __init__(self, retry_after: float) -> None:
        self.retry_after = retry_after
        seconds = max(1, round(retry_after))
        super().__init__(
            f"Wrong passphrase entered recently. Wait {seconds} s before the next try "
            "(the wait doubles with every wrong passphrase)."
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

    def __init__(self, field: str, message: str) -> None:
        self.field = field
        super().__init__(message)


class DuplicateCaseCode(ValidationError):
    def __init__(self, code: str) -> None:
        super().__init__(
            "case_code", f"Case code {code} is already in use. Choose another or leave it empty."
        )


class DiskFull(AstraError):
    def __init__(self, what: str) -> None:
        super().__init__(
            f"The disk is full: {what} could not be written. Nothing was changed; "
            "free some space and try again."
        )


class ImportRejected(AstraError):
    """A whole import refused because of problems in the file (listed in `problems`)."""

    def __init__(self, problems: list[str]) -> None:
        self.problems = problems
        super().__init__(
            "Nothing was imported: "
            + "; ".join(problems[:10])
            + (f" (and {len(problems) - 10} more)" if len(problems) > 10 else "")
        )
