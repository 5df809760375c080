"""The annual report on the 50,000-client demo vault, against bare SQL plus a bare Platypus build.

Issue 20's target: the figures and the PDF within 1.5× of their floor. The app's figure is what
`astra-desktop report annual` does after unlock: `services.statistics.figures` (the batch queries,
the facts built from their rows, the counting) then `reports.annual_report.build` (the report on
the shared page: header, page numbers, metadata). The floor is the least the same work can cost
in this process: every SQL statement the service ran — recorded once with SQLite's trace hook,
parameters bound in — replayed raw with `fetchall()` and nothing built from the rows, plus the
same flowables laid out with a plain `SimpleDocTemplate.build` (no page template). Interleaved
pairs, so a busy moment of the machine hits both.

    python -m bench.annual [--clients N]
"""

from __future__ import annotations

import io
import sys
from datetime import date

from reportlab.lib.pagesizes import A4
from reportlab.platypus import SimpleDocTemplate

from astra_desktop.core.annual_figures import AnnualFigures, Period
from astra_desktop.reports import annual_report, page
from astra_desktop.services import statistics
from astra_desktop.services.session import Session
from astra_desktop.storage.database import Connection
from bench import demo_vault
from bench.common import Figure, Options, interleaved, median, ms, open_vault

TARGET = 1.5
TIMES = 7
LANG = "sr-Latn"


def last_year() -> int:
    """The year an annual report is made for: the last full one (the demo's calls, searches,
    hearings and verdicts all reach it)."""
    return date.today().year - 1


def statements(sess: Session, period: Period) -> list[str]:
    """The SQL `statistics.figures` runs, with its parameters bound in (SQLite's trace hook)."""
    seen: list[str] = []
    sess.db.set_trace_callback(seen.append)
    try:
        statistics.figures(sess, period)
    finally:
        sess.db.set_trace_callback(None)
    return [s for s in seen if s.lstrip().upper().startswith(("SELECT", "WITH"))]


def bare_pdf(fig: AnnualFigures) -> bytes:
    """The report's flowables on a plain Platypus document."""
    buf = io.BytesIO()
    doc = SimpleDocTemplate(buf, pagesize=A4, leftMargin=page.MARGIN, rightMargin=page.MARGIN)
    doc.build(annual_report.story(fig, LANG))
    return buf.getvalue()


def run(opts: Options) -> list[Figure]:
    if not opts.clients:
        return []
    with demo_vault.working_copy(opts) as folder, open_vault(folder) as sess:
        year = last_year()
        period = Period.year(year)
        sql = statements(sess, period)
        fig = statistics.figures(sess, period)
        conn = sess.db

        def app() -> None:
            annual_report.build(statistics.figures(sess, period), LANG)

        def floor() -> None:
            for statement in sql:
                conn.execute(statement).fetchall()
            bare_pdf(fig)

        app_s, floor_s = interleaved(app, floor, TIMES)
        sql_s, pdf_s = _parts(sql, conn, fig)
    ratio = median(app_s) / median(floor_s)
    t = fig.trials
    return [
        Figure(
            name=f"annual report {year}: figures + PDF", unit="ms", value=ms(median(app_s)),
            floor=ms(median(floor_s)), target=f"≤ {TARGET}× bare SQL + bare Platypus",
            ok=ratio <= TARGET,
            detail=f"{opts.clients:,} clients; {t.followed} trials followed, "
            f"{t.hearings_scheduled} hearings, {fig.hotline.calls} calls, "
            f"{fig.missing.opened} searches opened; floor: {len(sql)} statements replayed "
            f"raw ({ms(median(sql_s)):.0f} ms) + bare Platypus ({ms(median(pdf_s)):.0f} ms); "
            f"median of {len(app_s)} interleaved pairs",
            extra={"app_s": app_s, "floor_s": floor_s},
        )
    ]  # fmt: skip


def _parts(sql: list[str], conn: Connection, fig: AnnualFigures) -> tuple[list[float], list[float]]:
    """The floor's two halves alone, for the detail column."""
    return interleaved(lambda: [conn.execute(s).fetchall() for s in sql], lambda: bare_pdf(fig), 3)


if __name__ == "__main__":
    from bench.__main__ import print_table

    clients = int(sys.argv[sys.argv.index("--clients") + 1]) if "--clients" in sys.argv else 50_000
    print_table(run(Options(clients=clients)))
