"""Every date the app records or checks is Belgrade's (core/appointments.py `local_today`,
`local_now`), never the laptop's zone: on a laptop kept on UTC, a note written at 00:30 in
Belgrade was refused as "dated in the future" by one check and accepted by another."""

from __future__ import annotations

import re
from datetime import UTC, date, datetime
from pathlib import Path

from astra_desktop.core.appointments import local_now, local_today

PACKAGE = Path(__file__).resolve().parents[1] / "astra_desktop"
SYSTEM_ZONE = re.compile(r"\b(?:date\.today|datetime\.now|datetime\.today)\(\s*\)")


def test_no_date_from_the_laptops_zone() -> None:
    found = []
    for path in sorted(PACKAGE.rglob("*.py")):
        for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            code = line.split("#")[0]
            if SYSTEM_ZONE.search(code) and "stamp =" not in code and "`" not in code:
                found.append(f"{path.relative_to(PACKAGE)}:{n}: {line.strip()}")
    assert not found, "use local_today()/local_now():\n" + "\n".join(found)


def test_belgrade_day_at_midnight_utc() -> None:
    """23:30 UTC on 7 December is 00:30 on the 8th in Belgrade (UTC+1 in winter)."""
    clock = lambda: datetime(2026, 12, 7, 23, 30, tzinfo=UTC)  # noqa: E731
    assert local_today(clock) == date(2026, 12, 8)
    assert local_now(clock) == datetime(2026, 12, 8, 0, 30)
