"""The package installs: a wheel built from the checkout, installed into a fresh virtual
environment, carries its resources and passes `astra-desktop self-test` (issue 18)."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import sysconfig
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SOURCES = ("astra_desktop", "resources", "pyproject.toml", "setup.py", "README.md")


@pytest.mark.slow
def test_wheel_installs_and_passes_its_self_test(tmp_path: Path) -> None:
    if not list((ROOT / "resources" / "i18n").glob("*.qm")):
        pytest.skip("translations not built (make test builds them first)")
    source = tmp_path / "source"  # built from a copy: the checkout gets no build/ or egg-info
    source.mkdir()
    for name in SOURCES:
        item = ROOT / name
        if item.is_dir():
            shutil.copytree(item, source / name, ignore=shutil.ignore_patterns("__pycache__"))
        else:
            shutil.copy2(item, source / name)
    dist = tmp_path / "dist"
    subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "-q", "--no-deps", "-w", str(dist), str(source)],
        check=True,
        timeout=600,
    )
    [wheel] = dist.glob("astra_desktop-*.whl")

    venv = tmp_path / "venv"
    subprocess.run([sys.executable, "-m", "venv", "--without-pip", str(venv)], check=True)
    python = venv / ("Scripts/python.exe" if os.name == "nt" else "bin/python")
    subprocess.run(
        [sys.executable, "-m", "pip", "--python", str(python), "install", "-q", "--no-deps",
         str(wheel)],
        check=True,
        timeout=600,
    )  # fmt: skip
    # The dependencies (PySide6, SQLCipher, ...) come from this environment, after the fresh
    # one's own packages: only astra_desktop itself is taken from the wheel.
    site = subprocess.run(
        [str(python), "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"],
        check=True, capture_output=True, text=True,
    ).stdout.strip()  # fmt: skip
    Path(site, "deps-from-test-env.pth").write_text(sysconfig.get_paths()["purelib"] + "\n")

    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH",)}
    env["QT_QPA_PLATFORM"] = "offscreen"
    where = subprocess.run(
        [str(python), "-c",
         "import astra_desktop, astra_desktop.paths as p; print(astra_desktop.__file__); "
         "print(p.resources_dir())"],
        check=True, capture_output=True, text=True, cwd=tmp_path, env=env,
    ).stdout.split()  # fmt: skip
    assert Path(where[0]).is_relative_to(venv), where
    resources = Path(where[1])
    assert resources.is_relative_to(venv), where
    for part in ("fonts", "templates", "instruments", "deadlines", "wordlists", "icons"):
        assert any((resources / part).iterdir()), part
    assert list((resources / "i18n").glob("*.qm"))

    script = venv / ("Scripts/astra-desktop.exe" if os.name == "nt" else "bin/astra-desktop")
    result = subprocess.run(
        [str(script), "self-test"], capture_output=True, text=True, cwd=tmp_path, env=env,
        timeout=600,
    )  # fmt: skip
    assert result.returncode == 0, result.stdout + result.stderr
