"""Unlock: `session.unlock` against Argon2id alone with the same parameters.

Argon2id is deliberately slow (that is the protection), so the floor is the KDF itself; the ratio
shows what opening adds on top of it: keyslot MAC, page integrity check, freshness sums, audit.
The same is measured on the large demo vault, where recomputing the table sums grows with the data.
"""

from __future__ import annotations

from pathlib import Path

from astra_desktop.storage import kdf
from astra_desktop.storage.keyslots import KIND_USER, KeyFile
from astra_desktop.storage.vault_files import VaultFiles
from bench import demo_vault
from bench.common import (
    ADMIN,
    PASSPHRASE,
    Figure,
    Options,
    blocking_time_by_caller,
    describe_profile,
    interleaved,
    median,
    ms,
    new_vault,
    open_vault,
    scratch,
)

TIMES = 5


def _figure(name: str, folder: Path, times: int, profile: bool = False) -> Figure:
    keyfile = KeyFile.load(VaultFiles(folder).keys)
    slot = keyfile.find(KIND_USER, ADMIN)
    assert slot is not None
    params, salt = slot.params, slot.salt
    opened, derived = interleaved(
        lambda: open_vault(folder).close(), lambda: kdf.derive(PASSPHRASE, salt, params), times
    )
    detail = (
        f"Argon2id m={params.memory_kib // 1024} MiB t={params.time_cost} p={params.parallelism}; "
        f"median of {times}"
    )
    if profile:
        detail += "; " + describe_profile(
            *blocking_time_by_caller(lambda: open_vault(folder).close())
        )
    return Figure(
        name=name,
        unit="ms",
        value=ms(median(opened)),
        floor=ms(median(derived)),
        detail=detail,
        extra={"unlock_s": opened, "argon2_s": derived, "kdf": params.as_dict()},
    )


def run(opts: Options) -> list[Figure]:
    params = kdf.calibrate() if opts.calibrate else kdf.FLOOR
    figures = []
    with scratch("unlock") as folder:
        figures.append(_figure("unlock (new vault)", new_vault(folder / "vault", params), TIMES))
    if opts.clients:
        with demo_vault.working_copy(opts) as folder:
            name = f"unlock ({opts.clients:,} clients)"
            figures.append(_figure(name, folder, 3, profile=True))
    return figures
