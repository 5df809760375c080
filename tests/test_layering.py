"""Only astra_desktop.gui may import PySide6: the rest must run (and be tested) without Qt.
And only the composition (gui, cli) may import the demo generators."""

from __future__ import annotations

import subprocess
import sys

NON_GUI = [
    "astra_desktop",
    "astra_desktop.paths",
    "astra_desktop.cli",
    "astra_desktop.core.models",
    "astra_desktop.core.validation",
    "astra_desktop.core.folding",
    "astra_desktop.storage.database",
    "astra_desktop.storage.keyslots",
    "astra_desktop.storage.migrate",
    "astra_desktop.services.session",
    "astra_desktop.services.clients",
    "astra_desktop.services.documents",
    "astra_desktop.services.integrity",
    "astra_desktop.reports",
    "astra_desktop.demo",
]


def test_non_gui_layers_do_not_load_pyside6() -> None:
    code = (
        "import importlib, sys, pkgutil\n"
        f"for name in {NON_GUI!r}: importlib.import_module(name)\n"
        "import astra_desktop\n"
        "for pkg in ('core', 'storage', 'services', 'reports', 'demo'):\n"
        "    mod = importlib.import_module('astra_desktop.' + pkg)\n"
        "    for info in pkgutil.walk_packages(mod.__path__, mod.__name__ + '.'):\n"
        "        importlib.import_module(info.name)\n"
        "loaded = sorted(m for m in sys.modules if m.split('.')[0] in ('PySide6', 'shiboken6'))\n"
        "print(','.join(loaded))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "", f"PySide6 loaded outside gui/: {out.stdout}"


def test_nothing_outside_gui_imports_pyside6() -> None:
    import re
    from pathlib import Path

    root = Path(__file__).resolve().parent.parent / "astra_desktop"
    imports = re.compile(r"^\s*(from|import)\s+(PySide6|shiboken6)\b", re.MULTILINE)
    offenders = [
        str(p.relative_to(root))
        for p in root.rglob("*.py")
        if "gui" not in p.relative_to(root).parts and imports.search(p.read_text(encoding="utf-8"))
    ]
    assert offenders == []


def test_no_real_data_path_imports_the_demo_generators() -> None:
    """demo/ sits above the services (it makes its records through them): a service, storage or
    core module that imported it could put fictional records into a real vault."""
    import re
    from pathlib import Path

    root = Path(__file__).resolve().parent.parent / "astra_desktop"
    imports = re.compile(
        r"^\s*(from\s+astra_desktop\.demo\b|import\s+astra_desktop\.demo\b"
        r"|from\s+astra_desktop\s+import\s+(\([^)]*|[^\n(]*)\bdemo\b)",
        re.MULTILINE,
    )
    below = [root / layer for layer in ("services", "reports", "storage", "core")]
    assert all(folder.is_dir() for folder in below)
    offenders = [
        str(p.relative_to(root))
        for folder in below
        for p in folder.rglob("*.py")
        if imports.search(p.read_text(encoding="utf-8"))
    ]
    assert offenders == []
    for line in (
        "from astra_desktop import cli_backup, demo, paths",
        "import astra_desktop.demo.court",
        "from astra_desktop import (\n    cli,\n    demo,\n)",
        "from astra_desktop.demo import x",
    ):
        assert imports.search(line), line  # the pattern bites
    assert not imports.search("from astra_desktop import demography")


def test_every_command_line_module_is_under_the_no_gui_contract() -> None:
    """import-linter takes no `cli_*` pattern: a new command module must be listed by name in
    pyproject.toml's "the command line never imports the GUI", or it could import the GUI unseen."""
    import tomllib
    from pathlib import Path

    root = Path(__file__).resolve().parents[1]
    config = tomllib.loads((root / "pyproject.toml").read_text(encoding="utf-8"))
    contract = next(
        c
        for c in config["tool"]["importlinter"]["contracts"]
        if c["name"] == "the command line never imports the GUI"
    )
    modules = {f"astra_desktop.{p.stem}" for p in (root / "astra_desktop").glob("cli*.py")}
    assert modules <= set(contract["source_modules"]), sorted(
        modules - set(contract["source_modules"])
    )
