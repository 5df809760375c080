"""Passphrase strength (a real estimator, zxcvbn) and the printable recovery key."""

from __future__ import annotations

import re
import secrets
from dataclasses import dataclass

from astra_desktop.errors import WeakPassphrase

MIN_SCORE = 3
MIN_LENGTH = 10
# Crockford's base32: no I, L, O, U, so a key read aloud or retyped from paper is hard to get wrong.
_ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
RECOVERY_GROUPS = 8


@dataclass(frozen=True)
class Strength:
    score: int  # 0..4
    crack_time: str
    warning: str
    suggestions: tuple[str, ...]

    @property
    def acceptable(self) -> bool:
        return self.score >= MIN_SCORE


def estimate(passphrase: str, user_inputs: tuple[str, ...] = ()) -> Strength:
    if not passphrase:
        return Strength(0, "instant", "Enter a passphrase.", ())
    from zxcvbn import zxcvbn  # its dictionaries take a while to load: only when first needed

    result = zxcvbn(passphrase[:100], user_inputs=list(user_inputs))
    feedback = result.get("feedback", {})
    return Strength(
        score=int(result["score"]),
        crack_time=str(result["crack_times_display"]["offline_slow_hashing_1e4_per_second"]),
        warning=str(feedback.get("warning") or ""),
        suggestions=tuple(feedback.get("suggestions") or ()),
    )


def require_strong(passphrase: str, user_inputs: tuple[str, ...] = ()) -> None:
    if len(passphrase) < MIN_LENGTH:
        raise WeakPassphrase(
            "The passphrase is too short: use at least {least} characters — "
            "several unrelated words work well.",
            least=MIN_LENGTH,
        )
    strength = estimate(passphrase, user_inputs)
    if not strength.acceptable:
        hint = strength.warning or "it is too easy to guess"
        raise WeakPassphrase(
            "The passphrase is too weak ({hint}). Add more unrelated words.",
            hint=hint.rstrip("."),
        )


def new_recovery_key() -> str:
    """160 random bits as eight groups of four characters: 4K7Q-…"""
    chars = "".join(secrets.choice(_ALPHABET) for _ in range(RECOVERY_GROUPS * 4))
    return "-".join(chars[i : i + 4] for i in range(0, len(chars), 4))


def normalise_recovery_key(text: str) -> str:
    """Accept the key however it was retyped: any case, spaces or dashes, O for 0, I/L for 1."""
    cleaned = re.sub(r"[\s\-]", "", text.upper())
    cleaned = cleaned.translate(str.maketrans("OIL", "011"))
    return "-".join(cleaned[i : i + 4] for i in range(0, len(cleaned), 4))
