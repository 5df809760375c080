"""Argon2 parameters are read from vault.keys before anything can prove them genuine: they are
bounded first, so an edited file is refused at once instead of making every unlock try slow."""

from __future__ import annotations

import hashlib
import json
import time
from pathlib import Path

import pytest

from astra_desktop.errors import VaultDamaged
from astra_desktop.services import session as vs
from astra_desktop.storage import kdf, keyslots
from tests._vaults import snapshot
from tests.conftest import ADMIN, ADMIN_PASS

GIB_KIB = 1024 * 1024


def _edit_kdf(path: Path, **values: int) -> None:
    keys = json.loads(path.read_bytes())
    for slot in keys["slots"]:
        slot["kdf"].update(values)
    body = {k: v for k, v in keys.items() if k not in ("mac", "checksum")}
    keys["checksum"] = hashlib.sha256(keyslots._canonical(body)).hexdigest()  # a deliberate edit
    path.write_bytes(json.dumps(keys, indent=1, sort_keys=True).encode() + b"\n")


@pytest.mark.parametrize(
    "values",
    [
        {"m": GIB_KIB, "t": 8},  # the reported edit: 13 s a try
        {"m": 64 * GIB_KIB},
        {"t": 1000},
        {"p": 255, "m": 255 * 8},
        {"m": 2 * GIB_KIB, "t": 1},
    ],
    ids=["1GiB-t8", "64GiB", "t1000", "p255", "2GiB"],
)
def test_huge_kdf_parameters_are_refused_fast(vault_folder: Path, values: dict[str, int]) -> None:
    _edit_kdf(vault_folder / "vault.keys", **values)
    before = snapshot(vault_folder)
    start = time.perf_counter()
    with pytest.raises(VaultDamaged) as caught:
        vs.unlock(vault_folder, ADMIN, ADMIN_PASS)
    assert time.perf_counter() - start < 0.5
    message = str(caught.value)
    assert "vault.keys" in message and "edited" in message and "backup" in message
    assert snapshot(vault_folder) == before
    assert not (vault_folder / "vault.throttle").exists()  # not counted as a wrong passphrase


def test_whatever_calibration_makes_is_accepted(monkeypatch: pytest.MonkeyPatch) -> None:
    for params in (kdf.FLOOR, kdf.KdfParams(GIB_KIB, 4, 4), kdf.KdfParams(8, 10, 1)):
        assert kdf.KdfParams.from_dict(params.as_dict()) == params
    # On an impossibly fast machine calibration stops at the bound instead of going past it.
    monkeypatch.setattr(kdf, "_cost", lambda params: 1e-6)
    fastest = kdf.calibrate()
    assert fastest.memory_kib * fastest.time_cost <= kdf.MAX_WORK_KIB
    assert kdf.KdfParams.from_dict(fastest.as_dict()) == fastest
    with pytest.raises(ValueError):
        kdf.KdfParams.from_dict(kdf.KdfParams(GIB_KIB, 5, 4).as_dict())
