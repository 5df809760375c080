"""Which cases a reading may return, as a plain value: storage filters by it, never by a session."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Visibility:
    """Every case (`all_cases`: an administrator, or an account granted them), or only the cases
    assigned to `user_id`. `user_id` is also who "mine" and "assigned to me" mean."""

    user_id: str
    all_cases: bool
