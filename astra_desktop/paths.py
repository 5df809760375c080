"""Where ASTRA keeps its files. All paths come from here; nothing is created at import time."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import platformdirs

APP_DIR_NAME = "ASTRA Desktop"
HOME_ENV = "ASTRA_HOME"


def default_home() -> Path:
    """The data folder: `ASTRA_HOME` if set (tests, demos, portable installs), else the OS default."""
    override = os.environ.get(HOME_ENV)
    if override:
        return Path(override).expanduser()
    return platformdirs.user_data_path(APP_DIR_NAME, appauthor=False, roaming=False)


def resolve_home(cli_value: str | os.PathLike[str] | None) -> Path:
    return Path(cli_value).expanduser() if cli_value else default_home()


def vault_dir(home: Path) -> Path:
    return home / "vault"


def resources_dir() -> Path:
    """Inside a frozen bundle; inside the package when installed from a wheel (setup.py copies
    it there); else `resources/` beside the package, in the checkout."""
    frozen_root = getattr(sys, "_MEIPASS", None)
    if frozen_root:
        return Path(frozen_root) / "resources"
    package = Path(__file__).resolve().parent
    installed = package / "resources"
    return installed if installed.is_dir() else package.parent / "resources"
