"""Before starting the GUI on Linux: are the system libraries Qt's X11 plugin needs installed?

Without them Qt aborts with a cryptic "could not load the Qt platform plugin xcb". This finds
the missing ones with `ldd` and prints the one install line that fixes it. It does not import Qt.
"""

from __future__ import annotations

import importlib.util
import os
import shutil
import subprocess
import sys
from pathlib import Path

# Shared library -> Debian/Ubuntu package that provides it.
PACKAGES = {
    "libxcb-cursor.so.0": "libxcb-cursor0",
    "libxcb-icccm.so.4": "libxcb-icccm4",
    "libxcb-keysyms.so.1": "libxcb-keysyms1",
    "libxcb-image.so.0": "libxcb-image0",
    "libxcb-render-util.so.0": "libxcb-render-util0",
    "libxcb-shape.so.0": "libxcb-shape0",
    "libxcb-xinerama.so.0": "libxcb-xinerama0",
    "libxcb-xkb.so.1": "libxcb-xkb1",
    "libxkbcommon-x11.so.0": "libxkbcommon-x11-0",
    "libxkbcommon.so.0": "libxkbcommon0",
    "libEGL.so.1": "libegl1",
    "libGL.so.1": "libgl1",
    "libfontconfig.so.1": "libfontconfig1",
    "libdbus-1.so.3": "libdbus-1-3",
    "libX11-xcb.so.1": "libx11-xcb1",
    "libxcb-randr.so.0": "libxcb-randr0",
}


def missing_libraries() -> list[str]:
    spec = importlib.util.find_spec("PySide6")
    if spec is None or not spec.submodule_search_locations:
        return []
    plugin = Path(next(iter(spec.submodule_search_locations))) / "Qt/plugins/platforms/libqxcb.so"
    if not plugin.exists() or not shutil.which("ldd"):
        return []
    out = subprocess.run(["ldd", str(plugin)], capture_output=True, text=True).stdout
    missing = {line.split()[0] for line in out.splitlines() if "not found" in line}
    # Qt 6.5+ loads libxcb-cursor at run time, so ldd does not list it.
    cache = subprocess.run(["ldconfig", "-p"], capture_output=True, text=True).stdout
    if shutil.which("ldconfig") and "libxcb-cursor.so.0" not in cache:
        missing.add("libxcb-cursor.so.0")
    return sorted(missing)


def main() -> int:
    if not sys.platform.startswith("linux") or os.environ.get("QT_QPA_PLATFORM", "xcb") != "xcb":
        return 0
    missing = missing_libraries()
    if not missing:
        return 0
    packages = sorted({PACKAGES.get(lib, lib) for lib in missing})
    print(
        "Qt needs system libraries that this machine lacks: " + ", ".join(missing), file=sys.stderr
    )
    print(
        "Install them with:\n\n    sudo apt-get install " + " ".join(packages) + "\n",
        file=sys.stderr,
    )
    return 1


if __name__ == "__main__":
    sys.exit(main())
