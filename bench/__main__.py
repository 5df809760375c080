"""`python -m bench [--only NAME] [--clients N] [--big] [--calibrate]`: run, print, save JSON."""

from __future__ import annotations

import argparse
import json
import os
import platform
import sys
import time
import traceback
from collections.abc import Callable
from dataclasses import asdict
from datetime import UTC, datetime
from pathlib import Path

import sqlcipher3

from bench import (
    agenda,
    annual,
    attachment,
    backup,
    check,
    demo_vault,
    gui,
    save,
    search,
    team_sync,
    unlock,
)
from bench.common import ROOT, Figure, Options

BENCHMARKS: dict[str, Callable[[Options], list[Figure]]] = {
    "unlock": unlock.run,
    "save": save.run,
    "search": search.run,
    "attachment": attachment.run,
    "agenda": agenda.run,
    "gui": gui.run,
    "backup": backup.run,
    "check": check.run,
    "annual": annual.run,
    "team-sync": team_sync.run,
}
# Run only when named with --only: the team-sync simulation takes about half an hour.
OPT_IN = frozenset({"team-sync"})
RESULTS = ROOT / "results" / "latest.json"


MARK_START, MARK_END = "<!-- bench table: start -->", "<!-- bench table: end -->"


def parse(argv: list[str]) -> tuple[Options, list[str], Path | None]:
    parser = argparse.ArgumentParser(prog="python -m bench", description=__doc__)
    parser.add_argument("--only", action="append", choices=sorted(BENCHMARKS),
                        help="run only this benchmark (repeatable)")  # fmt: skip
    parser.add_argument("--clients", type=int, default=Options.clients, metavar="N",
                        help="clients in the demo vault for search and large-vault figures "
                        "(default %(default)s; 0 skips them)")  # fmt: skip
    parser.add_argument("--big", action="store_true", help="import a 500 MB file, not 200 MB")
    parser.add_argument("--calibrate", action="store_true",
                        help="unlock a vault with calibrated Argon2 parameters, not the floor")  # fmt: skip
    parser.add_argument("--markdown", type=Path, metavar="FILE",
                        help="also write the table of this run into FILE, between the markers "
                        f"{MARK_START} and {MARK_END} (docs/benchmarks.md)")  # fmt: skip
    args = parser.parse_args(argv)
    opts = Options(clients=args.clients, big=args.big, calibrate=args.calibrate)
    return opts, args.only or [n for n in BENCHMARKS if n not in OPT_IN], args.markdown


def _number(value: float, unit: str) -> str:
    return f"{value:.3f} {unit}" if value < 10 else f"{value:.1f} {unit}"


def print_table(figures: list[Figure]) -> None:
    width = max(len(f.name) for f in figures)
    print(f"\n{'benchmark':<{width}}  {'measured':>12}  {'floor':>12}  {'ratio':>7}  target")
    for f in figures:
        verdict = "" if f.ok is None else ("ok" if f.ok else "MISSED")
        target = f"{f.target} {verdict}".strip()
        print(
            f"{f.name:<{width}}  {_number(f.value, f.unit):>12}  {_number(f.floor, f.unit):>12}  "
            f"{f.ratio:>6.2f}x  {target}"
        )
        if f.detail:
            print(f"{'':<{width}}    {f.detail}")


def markdown(figures: list[Figure], failed: dict[str, str], about: str) -> str:
    """The run as a Markdown table: each figure, its floor, the ratio, the goal and pass/fail."""
    lines = [
        about,
        "",
        "| figure | the app | the floor | ratio | goal | |",
        "|---|---|---|---|---|---|",
    ]
    for f in figures:
        verdict = "" if f.ok is None else ("met" if f.ok else "**missed**")
        lines.append(f"| {f.name} | {_number(f.value, f.unit)} | {_number(f.floor, f.unit)} | "
                     f"{f.ratio:.2f}× | {f.target} | {verdict} |")  # fmt: skip
    lines += [f"| {name} | failed to run: {why} | | | | |" for name, why in failed.items()]
    lines += ["", "How each figure is taken (from the same run):", ""]
    lines += [f"- **{f.name}**: {f.detail}" for f in figures if f.detail]
    return "\n".join(lines)


def write_markdown(path: Path, table: str) -> None:
    """Put `table` between the markers in `path` (appended with them when they are missing)."""
    text = path.read_text(encoding="utf-8") if path.exists() else ""
    block = f"{MARK_START}\n{table}\n{MARK_END}"
    if MARK_START in text and MARK_END in text:
        head, rest = text.split(MARK_START, 1)
        text = head + block + rest.split(MARK_END, 1)[1]
    else:
        text = text.rstrip("\n") + ("\n\n" if text else "") + block + "\n"
    path.write_text(text, encoding="utf-8")


def machine() -> dict[str, object]:
    conn = sqlcipher3.connect(":memory:")
    cipher = conn.execute("PRAGMA cipher_version").fetchone()
    conn.close()
    return {
        "platform": platform.platform(),
        "python": platform.python_version(),
        "cpus": os.cpu_count(),
        "sqlite": sqlcipher3.sqlite_version,
        "sqlcipher": cipher[0] if cipher else None,
        "load_average_at_end": [round(x, 2) for x in os.getloadavg()],
    }


def save_json(
    opts: Options, figures: list[Figure], failed: dict[str, str], seconds: float, load: float
) -> None:
    RESULTS.parent.mkdir(parents=True, exist_ok=True)
    report = {
        "command": "python -m bench " + " ".join(sys.argv[1:]),
        "finished": datetime.now(UTC).isoformat(timespec="seconds"),
        "seconds": round(seconds, 1),
        "machine": machine(),
        "load_average_at_start": round(load, 2),
        "options": asdict(opts),
        "demo_vault": {
            "cache": demo_vault.cache_key(opts),
            "build_seconds": demo_vault.build_seconds(opts),
        },
        "figures": [asdict(f) | {"ratio": f.ratio} for f in figures],
        "failed": failed,
    }
    RESULTS.write_text(json.dumps(report, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")


def main(argv: list[str] | None = None) -> int:
    opts, names, markdown_file = parse(sys.argv[1:] if argv is None else argv)
    load = os.getloadavg()[0]
    if load > 0.5 * (os.cpu_count() or 1):
        print(f"note: load average {load:.1f} on {os.cpu_count()} CPUs; timings will be noisy")
    start = time.perf_counter()
    figures: list[Figure] = []
    failed: dict[str, str] = {}
    for name in names:
        print(f"{name} …", flush=True)
        began = time.perf_counter()
        try:
            figures += BENCHMARKS[name](opts)
        except Exception as exc:  # one broken benchmark must not throw away the others' figures
            traceback.print_exc()
            failed[name] = f"{type(exc).__name__}: {exc}"[:500]
        print(f"  {time.perf_counter() - began:.1f} s", flush=True)
    if figures:
        print_table(figures)
    seconds = time.perf_counter() - start
    save_json(opts, figures, failed, seconds, load)
    if markdown_file is not None:
        m = machine()
        about = (f"`{' '.join(['python -m bench', *(sys.argv[1:] if argv is None else argv)])}`, "
                 f"finished {datetime.now(UTC):%d %b %Y %H:%M} UTC after {seconds / 60:.0f} min; "
                 f"{m['platform']}, {m['cpus']} CPUs, load average {load:.1f} at the start and "
                 f"{m['load_average_at_end']} at the end; Python {m['python']}, SQLCipher "
                 f"{m['sqlcipher']}; demo vault {demo_vault.cache_key(opts)}.")  # fmt: skip
        write_markdown(markdown_file, markdown(figures, failed, about))
    missed = [f.name for f in figures if f.ok is False]
    print(f"\nmissed targets: {', '.join(missed)}" if missed else "\nall targets met")
    if failed:
        print(f"failed to run: {', '.join(failed)}")
    print(f"results: {RESULTS.relative_to(ROOT.parent)}")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
