"""Recurring appointments (weekly counselling, monthly check-ups): a small subset of RFC 5545.

A rule is stored as text like `FREQ=WEEKLY;INTERVAL=2;COUNT=10` or `FREQ=MONTHLY;UNTIL=20261231`.
A series is expanded into one stored appointment per occurrence when it is made, so each visit has
its own status and outcome, and the agenda and month view stay plain range queries. Every series
must end (a count or an until date) and is capped, so nobody fills the vault by accident.
Occurrences keep the wall-clock time of the first one; a monthly rule on the 31st falls on the last
day of shorter months (which is what people mean, unlike RFC 5545, which skips those months).
"""

from __future__ import annotations

import calendar
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from enum import StrEnum

from astra_desktop.errors import ValidationError

MAX_OCCURRENCES = 200


class Frequency(StrEnum):
    DAILY = "DAILY"
    WEEKLY = "WEEKLY"
    MONTHLY = "MONTHLY"


@dataclass(frozen=True)
class Recurrence:
    frequency: Frequency
    interval: int = 1
    count: int | None = None
    until: date | None = None

    def __post_init__(self) -> None:
        if not 1 <= self.interval <= 52:
            raise ValidationError("recurrence", "Repeat every 1 to 52 days, weeks or months.")
        if self.count is None and self.until is None:
            raise ValidationError(
                "recurrence", "Say how many times the appointment repeats, or until when."
            )
        if self.count is not None and not 1 <= self.count <= MAX_OCCURRENCES:
            raise ValidationError(
                "recurrence",
                "A series can have from 1 to {most} appointments.",
                most=MAX_OCCURRENCES,
            )

    def to_text(self) -> str:
        parts = [f"FREQ={self.frequency.value}"]
        if self.interval != 1:
            parts.append(f"INTERVAL={self.interval}")
        if self.count is not None:
            parts.append(f"COUNT={self.count}")
        if self.until is not None:
            parts.append(f"UNTIL={self.until.strftime('%Y%m%d')}")
        return ";".join(parts)

    @classmethod
    def parse(cls, text: str) -> Recurrence:
        try:
            fields = dict(part.split("=", 1) for part in text.strip().upper().split(";") if part)
            until = fields.get("UNTIL")
            return cls(
                frequency=Frequency(fields["FREQ"]),
                interval=int(fields.get("INTERVAL", "1")),
                count=int(fields["COUNT"]) if "COUNT" in fields else None,
                until=datetime.strptime(until[:8], "%Y%m%d").date() if until else None,
            )
        except (KeyError, ValueError) as exc:
            raise ValidationError(
                "recurrence", "“{text}” is not a repeat rule.", text=text
            ) from exc


def _add_months(start: datetime, months: int) -> datetime:
    month0 = start.month - 1 + months
    year, month = start.year + month0 // 12, month0 % 12 + 1
    day = min(start.day, calendar.monthrange(year, month)[1])
    return start.replace(year=year, month=month, day=day)


def _nth(rule: Recurrence, first: datetime, n: int) -> datetime:
    step = n * rule.interval
    if rule.frequency is Frequency.DAILY:
        return first + timedelta(days=step)
    if rule.frequency is Frequency.WEEKLY:
        return first + timedelta(weeks=step)
    return _add_months(first, step)


def expand(rule: Recurrence, first: datetime) -> list[datetime]:
    """The start of every occurrence, the first included, in order."""
    limit = min(rule.count or MAX_OCCURRENCES, MAX_OCCURRENCES)
    starts = []
    for n in range(limit):
        start = _nth(rule, first, n)
        if rule.until is not None and start.date() > rule.until:
            break
        starts.append(start)
    if (
        rule.until is not None
        and rule.count is None
        and _nth(rule, first, limit).date() <= (rule.until)
    ):
        raise ValidationError(
            "recurrence",
            "This would make more than {most} appointments. Choose an earlier end date.",
            most=MAX_OCCURRENCES,
        )
    return starts
