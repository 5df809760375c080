"""The call log and the hotline statistics on 100,000 calls (about fifteen years of a busy line).

The log's id query, a page of rows and a month's filter are timed through the services against
the same SQL run raw on the same connection (target 1.3×, as for the agenda). The statistics,
which run on the task thread, are timed against a bare `GROUP BY` count of the same calls.
The calls are inserted with one raw statement (fast to build; the reads are what is measured).

    python -m bench.hotline
"""

from __future__ import annotations

import uuid
from datetime import datetime, timedelta

from astra_desktop.core.hotline import CallerType, CallTopic
from astra_desktop.services import hotline, hotline_stats
from astra_desktop.services.hotline import CallQuery
from astra_desktop.services.session import Session
from bench.common import Figure, Options, median, ms, new_vault, open_vault, scratch, timed

CALLS = 100_000
TARGET = 1.3
TIMES = 20
START = datetime(2011, 1, 3, 8, 0)
# services.hotline.call_rows's query for an administrator (who sees every case).
PAGE_SQL = (
    "SELECT h.id, h.occurred_at, h.duration_minutes, h.topic, h.caller_type, h.language, "
    "h.note, h.referral, h.follow_up, h.follow_up_done, h.case_id, h.case_link, "
    "CASE WHEN cases.id IS NOT NULL AND 1 = 1 THEN cases.case_code ELSE '' END, "
    "coalesce(u.username, '') FROM hotline_calls h LEFT JOIN cases ON cases.id = h.case_id "
    "LEFT JOIN users u ON u.id = h.worker_id WHERE h.id IN ({marks})"
)


def _fill(sess: Session) -> None:
    topics, callers = [t.value for t in CallTopic], [c.value for c in CallerType]
    stamp = "2026-01-01T00:00:00+00:00"
    rows = [
        (str(uuid.uuid4()), (START + timedelta(minutes=79 * i)).isoformat(), topics[i % 6],
         callers[i % 5], ("sr", "uk", "ro", "en")[i % 4], 1 + i % 30, f"poziv {i}",
         int(i % 9 == 0), stamp, stamp)
        for i in range(CALLS)
    ]  # fmt: skip
    with sess.write() as conn:
        conn.executemany(
            "INSERT INTO hotline_calls (id, occurred_at, topic, caller_type, language, "
            "duration_minutes, note, follow_up, created_at, updated_at) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            rows,
        )


def _figure(
    name: str, service: list[float], raw: list[float], detail: str, target: float
) -> Figure:
    ratio = median(service) / median(raw)
    return Figure(
        name=name, unit="ms", value=ms(median(service)), floor=ms(median(raw)),
        detail=f"{detail}; median of {len(service)}", target=f"≤ {target}× raw",
        ok=ratio <= target, extra={"service_s": service, "raw_s": raw},
    )  # fmt: skip


def run(options: Options) -> list[Figure]:
    figures: list[Figure] = []
    with scratch("hotline") as folder:
        new_vault(folder / "vault")
        with open_vault(folder / "vault") as sess:
            _fill(sess)
            db = sess.db
            ids = hotline.call_ids(sess, CallQuery())
            page = ids[CALLS // 2 : CALLS // 2 + 100]
            marks = ", ".join("?" for _ in page)
            pairs = [
                ("call log: all ids", lambda: hotline.call_ids(sess, CallQuery()),
                 lambda: db.execute("SELECT id FROM hotline_calls ORDER BY occurred_at DESC, "
                                    "id DESC").fetchall(), f"{len(ids):,} ids"),
                ("call log: a page of 100 rows", lambda: hotline.call_rows(sess, page),
                 lambda: db.execute(PAGE_SQL.format(marks=marks), page).fetchall(),
                 "100 rows, the service's SQL"),
                ("call log: one month", lambda: hotline.call_ids(sess, CallQuery(month=(2020, 3))),
                 lambda: db.execute("SELECT id FROM hotline_calls WHERE occurred_at >= ? AND "
                                    "occurred_at < ? ORDER BY occurred_at DESC, id DESC",
                                    ("2020-03-01", "2020-04-01")).fetchall(), "one month"),
            ]  # fmt: skip
            for name, service, raw, detail in pairs:
                figures.append(
                    _figure(name, timed(service, TIMES, 2), timed(raw, TIMES, 2), detail, TARGET)
                )
            year_sql = (
                "SELECT substr(occurred_at, 1, 4), topic, caller_type, language, count(*), "
                "sum(duration_minutes) FROM hotline_calls GROUP BY 1, 2, 3, 4"
            )
            figures.append(
                Figure(
                    "statistics per year (all calls)", "ms",
                    ms(median(timed(lambda: hotline_stats.figures(sess), 5, 1))),
                    ms(median(timed(lambda: db.execute(year_sql).fetchall(), 5, 1))),
                    detail=f"{CALLS:,} calls; floor: one GROUP BY; on the task thread",
                )
            )  # fmt: skip
    return figures


if __name__ == "__main__":
    from bench.__main__ import print_table

    print_table(run(Options()))
