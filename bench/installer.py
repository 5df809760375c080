"""The frozen app against the same app run from source, measured in the same run (issue 10).

`python -m bench.installer` builds the release with build_installer.py into a scratch folder (or
uses an existing one: `--out DIR`, as given to `build_installer.py --out`), then reports:

- the release archive's size, against the unpacked one-folder build;
- start-up: `astra-desktop --version` in a fresh process, frozen vs `python -m astra_desktop`;
- `astra-desktop self-test` wall time (vault, PDF, Qt offscreen), frozen vs from source.

Not registered in `python -m bench`: a build takes a minute or more and is no regression signal
for the data work the other benchmarks watch.
"""

from __future__ import annotations

import argparse
import os
import platform
import subprocess
import sys
import time
from pathlib import Path

import build_installer
from bench.common import Figure, median, scratch

STARTS = 7
SELF_TESTS = 3


def _walls(commands: list[list[str]], times: int) -> list[list[float]]:
    """Seconds per run of each command in a fresh process, taking turns so that both meet the
    same background load; one untimed round first warms the disk cache."""
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    samples: list[list[float]] = [[] for _ in commands]
    for i in range(times + 1):
        for command, runs in zip(commands, samples, strict=True):
            start = time.perf_counter()
            subprocess.run(command, check=True, capture_output=True, env=env, timeout=300)
            if i:
                runs.append(time.perf_counter() - start)
    return samples


def _size(folder: Path) -> int:
    return sum(p.stat().st_size for p in folder.rglob("*") if p.is_file() and not p.is_symlink())


def measure(out: Path) -> list[Figure]:
    executable = build_installer.frozen_executable(out / "dist", platform.system())
    releases = sorted((out / "dist").glob(f"{build_installer.APP_ID}-*.tar.gz"))
    source = [sys.executable, "-m", "astra_desktop"]
    figures = []
    if releases:
        bundle = _size(executable.parent)
        figures.append(
            Figure(
                "release archive (vs unpacked)",
                "MiB",
                releases[-1].stat().st_size / 2**20,
                bundle / 2**20,
                detail=releases[-1].name,
            )
        )
    for name, args, times in (("--version", ["--version"], STARTS),
                              ("self-test", ["self-test"], SELF_TESTS)):  # fmt: skip
        frozen, plain = _walls([[str(executable), *args], [*source, *args]], times)
        figures.append(
            Figure(
                f"{name}: frozen (vs from source)",
                "s",
                median(frozen),
                median(plain),
                detail=f"median of {times} fresh processes each, taking turns",
            )
        )
    return figures


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.installer", description=__doc__)
    parser.add_argument("--out", type=Path, help="an existing build_installer.py --out folder")
    args = parser.parse_args(argv)
    from bench.__main__ import print_table

    if args.out:
        print_table(measure(args.out))
        return 0
    with scratch("installer") as out:
        start = time.perf_counter()
        build_installer.build(out)
        built = time.perf_counter() - start
        print_table(measure(out))
        print(f"\nbuild (forms, PyInstaller, self-test, pack): {built:.1f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
