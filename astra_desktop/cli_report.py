"""`astra-desktop report annual --year Y --out F.pdf [--lang …] [--csv F.csv]`: the annual report
(trial monitoring, hotline, missing persons) as a PDF, and the same figures as CSV, from the
command line, over services/annual_report and services/statistics like the Statistics section.

Kept apart from cli.py, which only registers it. Both files leave the vault unencrypted: they carry
codes and counts only, and each export is recorded in the audit trail.
"""

from __future__ import annotations

import argparse
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from astra_desktop.core.annual_figures import Filters, Period, TrialScope
from astra_desktop.core.appointments import local_today
from astra_desktop.services import annual_report, statistics

if TYPE_CHECKING:
    from astra_desktop.cli import Context

UNLOCK = "line 1: your passphrase (the recovery key with --recovery)"
FIRST_YEAR = 2000
SCOPES = [s.value for s in TrialScope]


def _year(text: str) -> int:
    """--year: a calendar year from 2000 to this one."""
    last = local_today().year
    try:
        value = int(text)
    except ValueError:
        value = 0
    if not FIRST_YEAR <= value <= last:
        raise argparse.ArgumentTypeError(
            f"give a year from {FIRST_YEAR} to {last}, e.g. {last - 1}"
        )
    return value


def _n(count: int, one: str, many: str) -> str:
    return f"{count} {one if count == 1 else many}"


def cmd_report(ctx: Context) -> int:
    a = ctx.args
    out = Path(a.out)
    csv = Path(a.csv) if a.csv else None
    for target in (out, csv):  # a wrong path is said before the passphrase is asked
        if target is not None:
            annual_report.check_target(target)
    period = Period.year(a.year)
    filters = Filters(TrialScope(a.trials), a.court or "")
    with ctx.unlock() as sess:
        figures = annual_report.write_pdf(sess, period, filters, a.lang, out)
        if csv is not None:
            statistics.export_csv(sess, period, filters, csv)
    t, h, m = figures.trials, figures.hotline, figures.missing
    counts = ", ".join((_n(t.followed, "trial", "trials") + " followed",
                        _n(h.calls, "hotline call", "hotline calls"),
                        _n(m.opened, "missing-person search", "missing-person searches") + " opened"))  # fmt: skip
    print(f"Wrote the annual report {a.year} ({a.lang}, codes only) to {out}: {counts}.")
    if csv is not None:
        print(f"Wrote the same figures as CSV to {csv}.")
    print("The files are not encrypted; the export is recorded in the audit trail.")
    return 0


def add_commands(
    add: Callable[[str, Callable[[Context], int], str, str], argparse.ArgumentParser],
) -> None:
    p = add("report", cmd_report,
            "Write the annual report (PDF; codes only, never names): trial monitoring, the "
            "hotline and missing persons; the file is an audited, unencrypted export", UNLOCK)  # fmt: skip
    sub = p.add_subparsers(dest="report_kind", required=True, metavar="REPORT")
    an = sub.add_parser("annual", help="the year's figures, with charts (as the Statistics "
                        "section shows them)")  # fmt: skip
    an.add_argument("--year", required=True, type=_year, metavar="YEAR", help="e.g. 2025")
    an.add_argument("--out", required=True, metavar="FILE.pdf")
    an.add_argument("--lang", choices=annual_report.LANGS, default="sr-Latn",
                    help="sr-Latn (default), sr-Cyrl or en")  # fmt: skip
    an.add_argument("--csv", metavar="FILE.csv", help="also write the figures as CSV")
    an.add_argument("--trials", choices=SCOPES, default="all",
                    help="which trials count: all (default), clients (our clients' proceedings) "
                         "or monitored (monitored trials without a client of ours)")  # fmt: skip
    an.add_argument("--court", metavar="NAME", help="only this court's trials (as recorded)")
