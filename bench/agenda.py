"""The agenda and the month view on a vault of 100,000 appointments, against the same SQL run raw.

Issue 4's target: each opens within 1.3× the bare query. "Opens" is what the screen does: the
agenda runs its id query and fetches the first page of rows (`agenda.ids` + `agenda.rows_for`);
the month view runs one query (`agenda.month`). The floor runs the very same SQL text with the same
parameters on the same connection and fetches every row, so the ratio is what the services add:
the access clause, the role check and building the row objects.

The vault (2,000 cases, 100,000 appointments over six years, nine in ten past ones with an outcome)
is built once through the services and cached under bench/.cache/, like the demo vault.
"""

from __future__ import annotations

import random
import shutil
import time as clock
from collections.abc import Callable
from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path

from astra_desktop.core.appointments import (
    BELGRADE,
    Appointment,
    AppointmentKind,
    AppointmentStatus,
)
from astra_desktop.core.models import Client
from astra_desktop.services import agenda, appointments, clients
from astra_desktop.services.agenda import AgendaQuery, Period
from astra_desktop.services.session import Session
from astra_desktop.storage import migrate
from astra_desktop.storage.vault_files import VaultFiles
from bench.common import ROOT, Figure, Options, median, ms, new_vault, open_vault, scratch, timed

APPOINTMENTS = 100_000
CASES = 2_000
FIRST, DAYS = date(2022, 1, 3), 6 * 365
NOW = datetime(2025, 6, 11, 12, 0)  # a Wednesday in the middle of the range
TARGET = 1.3
TIMES = 30
PAGE = 100
DONE = "complete"


def _clock() -> datetime:
    return NOW.replace(tzinfo=BELGRADE).astimezone(UTC)


def _build(folder: Path, seed: int) -> None:
    rng = random.Random(seed)
    new_vault(folder)
    with open_vault(folder) as sess:
        with sess.write():
            case_ids = [
                clients.register(sess, Client(f"Bench{n}", "Klijent")).id for n in range(CASES)
            ]
        me = [sess.actor.user_id]
        kinds = list(AppointmentKind)
        made = 0
        while made < APPOINTMENTS:
            with sess.write():
                for _ in range(min(5_000, APPOINTMENTS - made)):
                    day = FIRST + timedelta(days=rng.randrange(DAYS))
                    start = datetime.combine(day, time(rng.randint(7, 18), rng.choice((0, 30))))
                    appt = Appointment(
                        rng.choice(case_ids), rng.choice(kinds), start,
                        start + timedelta(minutes=rng.choice((30, 60, 90))), place="Beograd",
                    )  # fmt: skip
                    if start < NOW and rng.random() < 0.9:
                        appt.status = AppointmentStatus.HELD
                    workers = me if rng.random() < 0.3 else []
                    appointments.add(sess, appt, workers, allow_conflicts=True)
                    made += 1
            print(f"  {made:,}/{APPOINTMENTS:,} appointments", flush=True)


def cached(opts: Options) -> Path:
    """The cached 100,000-appointment vault, built first if it is not there yet."""
    entry = (
        ROOT / ".cache" / f"agenda-schema{migrate.latest_version()}-{APPOINTMENTS}a-seed{opts.seed}"
    )
    if (entry / DONE).exists() and VaultFiles(entry / "vault").exists():
        return entry / "vault"
    shutil.rmtree(entry, ignore_errors=True)
    building = entry.with_name(entry.name + ".building")
    shutil.rmtree(building, ignore_errors=True)
    print(f"  building a {APPOINTMENTS:,}-appointment vault in {entry} (cached for next runs)")
    start = clock.perf_counter()
    _build(building / "vault", opts.seed)
    (building / DONE).write_text(f"{clock.perf_counter() - start:.1f} s\n")
    building.rename(entry)
    return entry / "vault"


def _agenda_pair(
    sess: Session, period: Period
) -> tuple[Callable[[], object], Callable[[], object]]:
    query = AgendaQuery(period)

    def service() -> object:
        ids = agenda.ids(sess, query, _clock)
        return agenda.rows_for(sess, ids[:PAGE])

    ids_sql, ids_params = agenda.ids_sql(sess, query, _clock)
    first_page = [r[0] for r in sess.db.execute(ids_sql, ids_params)][:PAGE]
    rows_sql, rows_params = agenda.rows_sql(sess, first_page)

    def raw() -> object:
        found = sess.db.execute(ids_sql, ids_params).fetchall()
        return found, sess.db.execute(rows_sql, rows_params).fetchall()

    return service, raw


def _month_pair(sess: Session) -> tuple[Callable[[], object], Callable[[], object]]:
    sql, params = agenda.month_sql(sess, NOW.year, NOW.month, False, 4)
    return (
        lambda: agenda.month(sess, NOW.year, NOW.month),
        lambda: sess.db.execute(sql, params).fetchall(),
    )


def _figure(name: str, service: list[float], raw: list[float], rows: int) -> Figure:
    ratio = median(service) / median(raw)
    return Figure(
        name=name,
        unit="ms",
        value=ms(median(service)),
        floor=ms(median(raw)),
        detail=f"{rows:,} rows from the query; median of {len(service)}",
        target=f"≤ {TARGET}× raw",
        ok=ratio <= TARGET,
        extra={"service_s": service, "raw_s": raw},
    )


def run(opts: Options) -> list[Figure]:
    if not opts.clients:
        return []
    figures = []
    with scratch("agenda") as folder:
        target = folder / "vault"
        shutil.copytree(cached(opts), target, ignore=shutil.ignore_patterns("vault.lock"))
        with open_vault(target) as sess:
            for period in (Period.TODAY, Period.WEEK, Period.OUTCOMES_DUE, Period.UPCOMING):
                service, raw = _agenda_pair(sess, period)
                count = len(agenda.ids(sess, AgendaQuery(period), _clock))
                service_s = timed(service, TIMES, warmup=3)
                raw_s = timed(raw, TIMES, warmup=3)
                figures.append(_figure(f"agenda {period.value} ({APPOINTMENTS:,} appts)",
                                       service_s, raw_s, count))  # fmt: skip
            service, raw = _month_pair(sess)
            rows = len(raw())  # type: ignore[arg-type]
            figures.append(
                _figure(
                    f"month view ({APPOINTMENTS:,} appts)",
                    timed(service, TIMES, warmup=3),
                    timed(raw, TIMES, warmup=3),
                    rows,
                )
            )
    return figures


if __name__ == "__main__":
    from bench.__main__ import print_table

    print_table(run(Options()))
