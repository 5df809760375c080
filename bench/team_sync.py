"""Team sync (issue 21): a day of an office's work arriving at the 50,000-client vault.

Each simulated device is a real small vault (its own keys, joined through a join file, its share
of the office's cases taken from the big vault as a transfer bundle). It makes a day's changes —
new contact notes, edits of them, new service records, edits of the case — and syncs every
`per_file` changes, writing one change file each time into its own subfolder. The writers run in
child processes (fictional data only, so SQLCipher skips memory wiping there); they are not timed.

Timed, in this process, on two copies of the 50k vault made after the team was set up:
- the app: `sync.sync(receiver, folder)` with the devices' next files arriving step by step
  (step k: every device's k-th file of the day lands in the folder, then one sync);
- the floor: the same records — each file's decrypted payload — merged into the twin copy with
  the two service calls `astra-desktop transfer import` makes once a bundle is open
  (`transfer.plan_import`, `transfer.apply_import`), bundle by bundle in the same order.
The two alternate step by step (which goes first alternates too), so a busy moment hits both.
Bytes written are the sizes of the devices' change files. One real `astra-desktop transfer
import` process on a bundle of one device's cases shows what the CLI adds per bundle (process
start, unlock with the whole-file check, the bundle's one-time passphrase).

    python -m bench.team_sync [--devices 5,20,100] [--changes 200] [--per-file 20] [--cases 10]
"""

from __future__ import annotations

import argparse
import contextlib
import multiprocessing
import os
import random
import shutil
import subprocess
import sys
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from multiprocessing.pool import Pool
from pathlib import Path
from types import SimpleNamespace
from typing import cast

from astra_desktop.core import team as ct
from astra_desktop.core.enums import ServiceKind
from astra_desktop.core.models import ContactNote, ServiceRecord
from astra_desktop.services import case_records, clients, sync, team, transfer
from astra_desktop.services import session as vs
from astra_desktop.storage import team as st
from astra_desktop.storage import transfer_tables as tt
from astra_desktop.storage.backup_format import Sealed
from astra_desktop.storage.kdf import KdfParams
from bench import demo_vault
from bench.common import PASSPHRASE, ROOT, Figure, Options, ms, open_vault, scratch

DEVICES = (5, 20, 100)
DAY = 2000  # a device's day of work (issue 21)
# Measured by default: the first tenth of that day (10 files a device), so 100 devices finish in
# minutes on a laptop; the report scales it to the whole day, labelled as extrapolated.
CHANGES = 200
PER_FILE = 20  # changes between two syncs: 100 files a day, one every ~5 minutes of an 8-hour day
CASES = 10  # cases a device works on
CHEAP_KDF = KdfParams(memory_kib=8, time_cost=1, parallelism=1)  # as tests/_vaults.py
WRITER_PASS = "copper violin thunder meadow"
NOTE = (
    "Razgovor sa klijentkinjom u prostorijama organizacije. Dogovoreni su sledeći koraci: "
    "pratnja na ročište, provera statusa zahteva za privremeni boravak i kontakt sa centrom za "
    "socijalni rad. Klijentkinja je navela da se oseća sigurnije nego prošle nedelje. "
)


@dataclass
class Device:
    index: int
    folder: Path  # the writer's vault
    private: Path  # the office folder as this writer sees it (only its own files)
    request: Path
    fingerprint: str = ""
    codes: list[str] = field(default_factory=list)
    sizes: list[int] = field(default_factory=list)  # file 1 (sharing its cases), then the day
    subfolder: str = ""
    seconds: float = 0.0
    bundle: int = 0  # bytes of the device's cases at the end of the day as one transfer bundle


# --- the writers (child processes) -----------------------------------------------------------------
def _writer_request(folder: Path, request: Path, name: str) -> str:
    vs.fictional_data_only()
    sess, _ = vs.create_vault(folder, name, WRITER_PASS, kdf_params=CHEAP_KDF)
    with sess:
        return team.request_join(sess, request)


def _writer_day(
    d: Device, join: Path, join_pass: str, bundle: Path, bundle_pass: str, changes: int,
    per_file: int,
) -> tuple[list[int], str, float, int]:  # fmt: skip
    """Join, take the cases, share them (file 1), then the day: a file every `per_file` changes;
    at its end the cases as one transfer bundle (what handing them over by hand would write)."""
    vs.fictional_data_only()
    began = time.perf_counter()
    sess = vs.unlock(d.folder, f"worker{d.index:03d}", WRITER_PASS)
    with sess:
        team.join(sess, join, join_pass, d.private)
        plan = transfer.plan_import(sess, transfer.open_bundle(bundle, bundle_pass))
        transfer.apply_import(sess, plan, {})
        for code in d.codes:
            team.share_case(sess, code)
        sizes = [_size(d.private, sync.sync(sess, d.private).written)]
        rng = random.Random(d.index)
        case_ids = [clients.find_case_by_code(sess, c).id for c in d.codes]
        notes: dict[str, list[ContactNote]] = {c: [] for c in case_ids}
        when = datetime.now() - timedelta(hours=1)
        for n in range(changes):
            case_id = rng.choice(case_ids)
            _change(sess, rng, case_id, notes[case_id], when, n)
            if (n + 1) % per_file == 0 or n + 1 == changes:
                written = sync.sync(sess, d.private).written
                sizes.append(_size(d.private, written))
        row = team.current(sess)
        seconds = time.perf_counter() - began
        handed = transfer.export_cases(sess, d.codes, d.private / "day.astratransfer").path
    return sizes, ct.device_folder(row.team_id, row.device_id), seconds, handed.stat().st_size


def _change(
    sess: vs.Session, rng: random.Random, case_id: str, notes: list[ContactNote], when: datetime,
    n: int,
) -> None:  # fmt: skip
    """One change of a working day: 60% a new note, 15% an edit of one, 15% a service, 10% the
    case itself."""
    roll = rng.random()
    if roll < 0.15 and notes:
        note = rng.choice(notes)
        note.body += f" Dopuna {n}."
        case_records.update_note(sess, note)
    elif roll < 0.75 or not notes:
        note = ContactNote(case_id, when, f"{NOTE}({n})")
        notes.append(case_records.add_note(sess, note))
    elif roll < 0.9:
        kind = rng.choice(list(ServiceKind))
        case_records.add_entry(sess, ServiceRecord(case_id, kind, date.today(), notes=f"#{n}"))
    else:
        case = clients.get_case(sess, case_id)
        case.places_of_exploitation = f"Beograd, Novi Sad ({n})"
        clients.update_case(sess, case)


def _size(folder: Path, written: str) -> int:
    return (folder / written).stat().st_size if written else 0


# --- setting the team up ---------------------------------------------------------------------------
@dataclass
class Setup:
    stages: dict[int, Path]  # devices -> a closed copy of the big vault with that many joined
    devices: list[Device]
    files: Path  # every device's files, by subfolder
    team_key: bytes
    bundle: tuple[Path, str] | None = None  # one device's cases as a real transfer bundle


def _cases(sess: vs.Session, count: int) -> list[str]:
    """Cases spread over the vault (ids are random), each with a few records: the office's work."""
    rows = sess.db.execute(
        "SELECT case_code FROM cases WHERE status = 'active' ORDER BY id LIMIT ?", (count,)
    ).fetchall()
    return [str(r[0]) for r in rows]


def setup(opts: Options, work: Path, counts: list[int], changes: int, per_file: int,
          cases: int, pool: Pool) -> Setup:  # fmt: skip
    """A small administrator's vault creates the team; the big vault joins it as a member (so
    it writes no snapshots: that is the administrator's work), then the devices in stages (a
    copy of the big vault is kept after each). Each device's cases come from the big vault as a
    transfer bundle; every writer makes its day. The big vault applies the rosters and the
    files that share the cases, nothing of the day."""
    office, view, files = work / "office", work / "view", work / "files"
    for f in (office, view, files):
        f.mkdir()
    admin, _ = vs.create_vault(work / "admin", "admin", WRITER_PASS, kdf_params=CHEAP_KDF)
    base = work / "base" / "vault"
    shutil.copytree(demo_vault.cached(opts), base, ignore=shutil.ignore_patterns("vault.lock"))
    devices: list[Device] = []
    stages: dict[int, Path] = {}
    sess = open_vault(base)
    try:
        team.create(admin, "Bench office", office)
        _admit(admin, sess, work / "receiver", office, view)
        admin_sub = ct.device_folder(team.current(admin).team_id, team.current(admin).device_id)
        codes = _cases(sess, max(counts) * cases)
        done = 0
        for count in sorted(counts):
            new = [Device(i, work / f"w{i:03d}" / "vault", work / f"p{i:03d}", work / f"r{i:03d}")
                   for i in range(done, count)]  # fmt: skip
            for d in new:
                d.private.mkdir(parents=True)
                d.codes = codes[d.index * cases : (d.index + 1) * cases]
            fps = pool.starmap(_writer_request,
                               [(d.folder, d.request, f"worker{d.index:03d}") for d in new])  # fmt: skip
            jobs = []
            for d, fp in zip(new, fps, strict=True):
                made = team.add_device(admin, d.request, work / f"j{d.index:03d}", office, fp)
                out = work / f"b{d.index:03d}.astratransfer"
                exported = transfer.export_cases(sess, d.codes, out)
                jobs.append((d, made.path, made.passphrase, out, exported.passphrase, changes,
                             per_file))  # fmt: skip
            for d, done_day in zip(new, pool.starmap(_writer_day, jobs), strict=True):
                d.sizes, d.subfolder, d.seconds, d.bundle = done_day
                sub = d.subfolder
                shutil.copytree(d.private / sub, files / sub)
                (view / sub).mkdir()
                shutil.copy2(files / sub / ct.file_name(1), view / sub / ct.file_name(1))
            shutil.copytree(office / admin_sub, view / admin_sub, dirs_exist_ok=True)
            print(f"  {count} devices joined and made their day ({time.strftime('%H:%M:%S')})",
                  flush=True)  # fmt: skip
            result = sync.sync(sess, view)
            assert not result.held and not result.refused, result
            devices += new
            done = count
            sess.close()
            stages[count] = work / f"stage{count}" / "vault"
            shutil.copytree(base, stages[count], ignore=shutil.ignore_patterns("vault.lock"))
            sess = open_vault(base)
        key = st.key(sess.db, st.current_epoch(sess.db))
        assert key is not None
        bundle = _one_bundle(sess, devices[0], work)
    finally:
        sess.close()
        admin.close()
    shutil.rmtree(base.parent)
    return Setup(stages, devices, files, key, bundle)


def _admit(admin: vs.Session, new: vs.Session, stem: Path, office: Path, folder: Path) -> None:
    """A device joins as a person would: request, fingerprint checked, join file, passphrase."""
    request = stem.with_suffix(".request")
    fingerprint = team.request_join(new, request)
    made = team.add_device(admin, request, stem.with_suffix(".join"), office, fingerprint)
    team.join(new, made.path, made.passphrase, folder)


def _one_bundle(sess: vs.Session, d: Device, work: Path) -> tuple[Path, str]:
    """Device 0's cases as `astra-desktop transfer export` writes them, for the CLI figure."""
    out = work / "cli.astratransfer"
    return out, transfer.export_cases(sess, d.codes, out).passphrase


# --- measuring -------------------------------------------------------------------------------------
@dataclass
class Day:
    devices: int
    files: int
    bytes: int
    sync_s: list[float]
    floor_s: list[float]
    applied: int
    receiver_bytes: int
    records: int


def _payload_bundle(path: Path, payload: bytes) -> transfer.OpenedBundle:
    """A change file's records as an opened transfer bundle (what open_bundle hands the merge)."""

    class Opened(transfer.OpenedBundle):
        def messages(self) -> Iterator[dict[str, object]]:
            yield from tt.decode_stream([payload])

    return Opened(cast(Sealed, SimpleNamespace(path=path)), b"")


def _records(payload: bytes) -> bytes:
    """The transfer stream of a change file (after the sync preamble, schema 25 on)."""
    split = getattr(sync, "split_preamble", None)
    return split(payload)[1] if split else payload


def measure(s: Setup, count: int, work: Path) -> Day:
    """The day of `count` devices: sync on one copy, the transfer merge on its twin, step by step."""
    devices = s.devices[:count]
    app_copy, floor_copy = work / f"app{count}" / "vault", work / f"floor{count}" / "vault"
    for target in (app_copy, floor_copy):
        shutil.copytree(s.stages[count], target)
    view = work / f"view{count}"
    steps = max(len(d.sizes) for d in devices)
    sync_s: list[float] = []
    floor_s: list[float] = []
    applied = records = total = 0
    receiver = open_vault(app_copy)
    twin = open_vault(floor_copy)
    try:
        for d in devices:
            (view / d.subfolder).mkdir(parents=True)
            shutil.copy2(s.files / d.subfolder / ct.file_name(1), view / d.subfolder)
        sync.sync(receiver, view)  # nothing new: the receiver's first sync with this folder
        for seq in range(2, steps + 1):
            bundles: list[transfer.OpenedBundle] = []
            for d in devices:
                source = s.files / d.subfolder / ct.file_name(seq)
                if not source.exists():
                    continue
                shutil.copy2(source, view / d.subfolder)
                data = source.read_bytes()
                total += len(data)
                tf = ct.parse(data, source.name)
                payload = ct.open_change(tf, s.team_key, source.name)
                bundles.append(_payload_bundle(source, _records(payload)))

            def app() -> None:
                nonlocal applied
                result = sync.sync(receiver, view)
                assert not result.held and not result.refused, result
                applied += len(result.applied)

            def floor(bundles: list[transfer.OpenedBundle] = bundles) -> None:
                nonlocal records
                for b in bundles:
                    plan = transfer.plan_import(twin, b)
                    done = transfer.apply_import(twin, plan, {})
                    records += done.inserted + done.updated

            pair = [(app, sync_s), (floor, floor_s)]
            for fn, samples in pair if seq % 2 else pair[::-1]:
                start = time.perf_counter()
                fn()
                samples.append(time.perf_counter() - start)
        own = view / ct.device_folder(
            team.current(receiver).team_id, team.current(receiver).device_id
        )
        receiver_bytes = sum(p.stat().st_size for p in own.glob("*")) if own.is_dir() else 0
    finally:
        receiver.close()
        twin.close()
    for target in (app_copy, floor_copy):
        shutil.rmtree(target.parent)
    files = sum(len(d.sizes) - 1 for d in devices)
    print(f"  {count} devices: sync {sum(sync_s):.1f} s, floor {sum(floor_s):.1f} s", flush=True)
    return Day(count, files, total, sync_s, floor_s, applied, receiver_bytes, records)


def cli_overhead(s: Setup, work: Path) -> tuple[float, float]:
    """(one `astra-desktop transfer import` process, the same bundle's plan + apply in this
    process) on a copy of the big vault, in seconds: what the CLI adds per bundle."""
    assert s.bundle is not None
    path, secret = s.bundle
    home = work / "cli"
    shutil.copytree(s.stages[min(s.stages)], home / "vault")
    command = [sys.executable, "-m", "astra_desktop", "--home", str(home), "transfer", "import",
               str(path)]  # fmt: skip
    start = time.perf_counter()
    subprocess.run(command, input=f"{PASSPHRASE}\n{secret}\n", text=True, check=True,
                   capture_output=True, env=os.environ | {"PYTHONPATH": str(ROOT.parent)})  # fmt: skip
    process = time.perf_counter() - start
    with open_vault(home / "vault") as sess:
        start = time.perf_counter()
        transfer.apply_import(sess, transfer.plan_import(sess, transfer.open_bundle(path, secret)))
        inside = time.perf_counter() - start
    shutil.rmtree(home)
    return process, inside


# --- the report ------------------------------------------------------------------------------------
def run(
    opts: Options, counts: tuple[int, ...] = DEVICES, changes: int = CHANGES,
    per_file: int = PER_FILE, cases: int = CASES,
) -> list[Figure]:  # fmt: skip
    if not opts.clients:
        return []
    load = os.getloadavg()
    began = time.perf_counter()
    with scratch("team") as work, multiprocessing.get_context("spawn").Pool(2) as pool:
        s = setup(opts, work, list(counts), changes, per_file, cases, pool)
        setup_s = time.perf_counter() - began
        days = [measure(s, n, work) for n in sorted(counts)]
        process, inside = cli_overhead(s, work)
    return _figures(opts, s, days, changes, per_file, cases, setup_s, process, inside, load)


def _figures(
    opts: Options, s: Setup, days: list[Day], changes: int, per_file: int, cases: int,
    setup_s: float, process: float, inside: float, load: tuple[float, float, float],
) -> list[Figure]:  # fmt: skip
    figures: list[Figure] = []
    scale = DAY / changes
    share = [d.sizes[0] for d in s.devices]
    for day in days:
        per_device = day.bytes / day.devices
        app, floor = sum(day.sync_s), sum(day.floor_s)
        day_changes = day.devices * changes
        note = "" if changes == DAY else (
            f"; EXTRAPOLATED to {DAY:,} changes a device: ×{scale:g} → "
            f"{per_device * scale / 1e6:.1f} MB a device-day, "
            f"{day.bytes * scale / 1e6:.0f} MB in all, sync {app * scale:.0f} s"
        )  # fmt: skip
        base = (f"{day.devices} devices × {changes:,} changes ({per_file} a file, {cases} cases "
                f"each) on the {opts.clients:,}-client vault")  # fmt: skip
        figures.append(Figure(
            name=f"team sync, {day.devices} devices: bytes a device-day", unit="MB",
            value=per_device / 1e6, floor=sum(d.bundle for d in s.devices[: day.devices])
            / day.devices / 1e6,
            detail=f"{base}: {day.files} files, {day.bytes / 1e6:.1f} MB in all, "
            f"{day.bytes / day_changes / 1e3:.1f} kB a change; sharing the cases first: "
            f"{sum(share[: day.devices]) / day.devices / 1e3:.0f} kB a device; "
            f"the receiver wrote {day.receiver_bytes / 1e3:.0f} kB; the day's first file "
            f"{_mean(s.devices[: day.devices], 1) / 1e3:.1f} kB, its last "
            f"{_mean(s.devices[: day.devices], -1) / 1e3:.1f} kB (mean of the devices: cases "
            f"grow through the day, so scaling linearly is a lower bound); floor: the "
            f"device's cases at the end of the day as one transfer bundle{note}",
            extra={"bytes": day.bytes, "files": day.files, "receiver_bytes": day.receiver_bytes},
        ))  # fmt: skip
        figures.append(Figure(
            name=f"team sync, {day.devices} devices: applying the day", unit="s", value=app,
            floor=floor,
            detail=f"{base}: {day.applied} files applied in {len(day.sync_s)} syncs "
            f"({ms(app / max(day.applied, 1)):.0f} ms a file; the first step "
            f"{ms(day.sync_s[0]):.0f} ms, the last {ms(day.sync_s[-1]):.0f} ms; "
            f"{ms(app / day_changes):.2f} ms a change); floor: the same {day.records:,} new or "
            f"changed records merged by transfer.plan_import + apply_import, file by file, on a "
            f"twin copy, interleaved step by step{note}",
            extra={"sync_s": day.sync_s, "floor_s": day.floor_s},
        ))  # fmt: skip
    figures.append(Figure(
        name="team sync: one `astra-desktop transfer import` process", unit="s", value=process,
        floor=inside,
        detail=f"a bundle of {cases} cases already in the vault (so: all unchanged); floor: "
        f"open_bundle + plan + apply in this process. The process adds start-up, unlock with "
        f"the whole-file check of the {opts.clients:,}-client vault and the bundle's passphrase: "
        f"{process - inside:.1f} s a bundle a person would import by hand. Setup (writers' "
        f"days, not timed) took {setup_s:.0f} s; load average {load[0]:.1f} at the start, "
        f"{os.getloadavg()[0]:.1f} at the end",
    ))  # fmt: skip
    return figures


def _mean(devices: list[Device], index: int) -> float:
    sizes = [d.sizes[index] for d in devices if len(d.sizes) > 1]
    return sum(sizes) / len(sizes) if sizes else 0.0


def main(argv: list[str]) -> None:
    from bench.__main__ import print_table

    parser = argparse.ArgumentParser(prog="python -m bench.team_sync")
    parser.add_argument("--clients", type=int, default=50_000)
    parser.add_argument("--devices", default=",".join(map(str, DEVICES)))
    parser.add_argument(
        "--changes", type=int, default=CHANGES, help="a device's changes in the day"
    )
    parser.add_argument("--per-file", type=int, default=PER_FILE)
    parser.add_argument("--cases", type=int, default=CASES)
    a = parser.parse_args(argv)
    counts = tuple(int(x) for x in a.devices.split(","))
    with contextlib.suppress(KeyboardInterrupt):
        print_table(run(Options(clients=a.clients), counts, a.changes, a.per_file, a.cases))


if __name__ == "__main__":
    main(sys.argv[1:])
