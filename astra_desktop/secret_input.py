"""Reading passphrases for the CLI: from the terminal (hidden), or one line each from stdin.

Never from argv or the environment, where other processes and shell history can read them.
"""

from __future__ import annotations

import getpass
import sys
from typing import TextIO

from astra_desktop.errors import AstraError


class SecretReader:
    def __init__(self, stream: TextIO | None = None) -> None:
        self._stream = stream or sys.stdin
        self._line = 0

    @property
    def interactive(self) -> bool:
        try:
            return self._stream.isatty()
        except (AttributeError, ValueError):
            return False

    def read(self, prompt: str, confirm: bool = False) -> str:
        if self.interactive:
            while True:
                first = getpass.getpass(prompt + ": ")
                if not confirm or getpass.getpass("Type it again: ") == first:
                    return first
                print("The two entries differ; try again.", file=sys.stderr)
        self._line += 1
        line = self._stream.readline()
        if not line:
            raise AstraError(
                "Expected {prompt} on line {line} of standard input, but it ended. "
                "See --help for the order of the lines.",
                prompt=prompt.lower(),
                line=self._line,
            )
        return line.rstrip("\r\n")

    def rest(self) -> str:
        """Everything after the lines read so far (a template given as `-`, after the
        passphrase): input that is not a secret, so it may come from a terminal too."""
        return str(self._stream.read())
