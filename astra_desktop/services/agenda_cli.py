"""What `astra-desktop agenda [--days N]` prints: upcoming appointments, case codes only, and the
planned hearings of monitored trials (court · number: they belong to no case).

Kept apart from cli.py so the command is a thin wrapper and the lines can be tested directly.
"""

from __future__ import annotations

from datetime import time, timedelta

from astra_desktop.core.appointments import Clock, local_now
from astra_desktop.core.labels import label
from astra_desktop.services import agenda
from astra_desktop.services.agenda import AgendaQuery, Period
from astra_desktop.services.agenda_print import agenda_workers
from astra_desktop.services.session import Session

DAYS = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")
MONITORED = "monitored trial"  # where a case code would be: such a hearing belongs to no case


def agenda_lines(session: Session, days: int, clock: Clock | None = None) -> list[str]:
    """One tab-separated line per planned appointment from now to `days` days ahead (0 = today):
    weekday and date, time, case code, type, place, accompanying workers. No client names.
    A monitored trial's planned hearing comes first on its day (it has a day, not a time):
    "monitored trial" where the case code goes, then the hearing's type and court · number."""
    now = local_now(clock)
    end = (now + timedelta(days=max(0, days) + 1)).replace(hour=0, minute=0, second=0)
    query = AgendaQuery(Period.RANGE, start=now.replace(second=0), end=end, include_cancelled=False)
    rows = [r for r in agenda.listing(session, query, clock) if r.status.value == "planned"]
    workers = agenda_workers(session, [r.id for r in rows])
    lines = [
        (
            (r.starts_at.date(), 1, r.starts_at.time()),
            (
                f"{DAYS[r.starts_at.weekday()]} {r.starts_at:%d.%m.%Y}",
                f"{r.starts_at:%H:%M}–{r.ends_at:%H:%M}",
                r.case_code,
                (label(r.kind) or r.kind.value).lower(),  # the GUI's label, in lower case
                r.place,
                ", ".join(workers.get(r.id, ())),
            ),
        )
        for r in rows
    ]
    day_query = AgendaQuery(Period.RANGE, start=now.replace(hour=0, minute=0, second=0), end=end)
    lines += [
        (
            (t.day, 0, time()),
            (
                f"{DAYS[t.day.weekday()]} {t.day:%d.%m.%Y}",
                "",
                MONITORED,
                (label(t.kind) or t.kind.value).lower(),
                t.title,
                "",
            ),
        )
        for t in agenda.trial_hearings(session, day_query, clock)
    ]
    return ["\t".join(cells) for _key, cells in sorted(lines, key=lambda line: line[0])]
