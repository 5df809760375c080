"""The composition root: parse arguments, then hand over to the CLI or the desktop app."""

from __future__ import annotations

import os
import sys
from collections.abc import Sequence


def main(argv: Sequence[str] | None = None) -> int:
    if getattr(sys, "frozen", False):  # the installed app runs its child processes through here
        import multiprocessing  # (services/splice_check.py)

        multiprocessing.freeze_support()
    if os.name == "posix":
        # Everything this process writes is for its owner only (0600 files, 0700 folders) — also
        # what libraries make (SQLite's -wal/-shm, Qt's files). storage.atomic sets the same
        # modes explicitly; on Windows the user profile's ACL is relied on (docs/security.md).
        os.umask(0o077)
    args = list(sys.argv[1:] if argv is None else argv)
    from astra_desktop.cli_names import COMMANDS, FLAGS

    if any(a in COMMANDS or a in FLAGS for a in args) or not _gui_available():
        from astra_desktop import cli

        # The self-test checks Qt too; the command line itself never imports the GUI.
        return cli.main(args, qt_check=_qt_check if _gui_available() else None)
    _import_before_qt()
    from astra_desktop.gui.app import run

    return run(args)


def _qt_check(pdf: bytes | None) -> tuple[str, dict[str, str]]:
    from astra_desktop.gui import self_check  # imports PySide6 only when its check runs

    return self_check.check(pdf)


def _import_before_qt() -> None:
    """What the unlock window needs that does not need Qt, imported before Qt is.

    Once PySide6 is loaded, it reads the source of every module imported after it, looking for
    `from __feature__ import …`: for these and the standard modules behind them, a few
    milliseconds of a start that is benchmarked against a bare Qt window (bench/gui.py).
    """
    from astra_desktop import app_settings, errors, paths  # noqa: F401
    from astra_desktop.services import vault_info  # noqa: F401


def _gui_available() -> bool:
    import importlib.util

    return importlib.util.find_spec("astra_desktop.gui.app") is not None


if __name__ == "__main__":
    sys.exit(main())
