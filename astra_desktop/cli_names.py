"""The `astra-desktop` commands, by name: what sends a start to the command line, not the window.

Kept apart from cli.py so the composition root (__main__.py) can tell the two apart without
importing the command line's services (the window's start is benchmarked); tests/test_cli.py
checks this list against the commands cli.py actually registers.
"""

from __future__ import annotations

COMMANDS = frozenset(
    {
        "init",
        "users",
        "rotate-key",
        "search",
        "check",
        "demo",
        "import",
        "agenda",
        "document",
        "backup",
        "transfer",
        "partners",
        "templates",
        "team",
        "sync",
        "report",
        "self-test",
    }
)
FLAGS = frozenset({"-h", "--help", "--version"})
