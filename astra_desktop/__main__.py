"""The composition root: parse arguments, then hand over to the CLI or the desktop app."""

from __future__ import annotations

import sys
from collections.abc import Sequence


def main(argv: Sequence[str] | None = None) -> int:
    args = list(sys.argv[1:] if argv is None else argv)
    commands = {
        "init",
        "users",
        "search",
        "self-test",
        "check",
        "demo",
        "import",
        "agenda",
        "document",
        "backup",
        "transfer",
        "-h",
        "--help",
        "--version",
    }
    if any(a in commands for a in args) or not _gui_available():
        from astra_desktop import cli

        return cli.main(args)
    from astra_desktop.gui.app import run

    return run(args)


def _gui_available() -> bool:
    import importlib.util

    return importlib.util.find_spec("astra_desktop.gui.app") is not None


if __name__ == "__main__":
    sys.exit(main())
