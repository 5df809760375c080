"""`astra-desktop self-test` from source: every check passes here, and a failure is named."""

from __future__ import annotations

import io
import os
import re
import subprocess
import sys

import pytest

from astra_desktop import __version__
from astra_desktop.services import self_test
from tests._vaults import ROOT

VERSION_LINES = ("ASTRA Desktop", "Qt", "PySide6", "SQLCipher", "SQLite")


def assert_passed(stdout: str) -> None:
    """Shared with the frozen build's test: every check ok, and every version printed."""
    for check in ("vault", "wrong passphrase", "PDF", "Qt"):
        assert re.search(rf"^ok +{check} \(", stdout, re.MULTILINE), stdout
    for name in VERSION_LINES:
        assert re.search(rf"^  {name} \d+\.\d+", stdout, re.MULTILINE), f"{name}: {stdout}"
    assert stdout.rstrip().endswith("self-test passed (4 checks)")


def test_self_test_from_source_passes_and_prints_versions() -> None:
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    env.pop("QT_QPA_PLATFORM", None)  # it must choose offscreen by itself
    proc = subprocess.run(
        [sys.executable, "-m", "astra_desktop", "self-test"],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
        cwd=ROOT,
    )
    assert proc.returncode == 0, proc.stdout + proc.stderr
    assert_passed(proc.stdout)
    assert f"  ASTRA Desktop {__version__}\n" in proc.stdout  # unstamped from source
    assert "read back from the PDF (pypdf)" in proc.stdout


def test_a_failed_check_is_named_and_exits_non_zero() -> None:
    def broken_qt(pdf: bytes | None) -> tuple[str, dict[str, str]]:
        raise ImportError("libQt6XcbQpa.so.6: cannot open shared object file")

    out, err = io.StringIO(), io.StringIO()
    assert self_test.main(broken_qt, out, err) == 1
    assert re.search(r"^FAILED Qt \(.*libQt6XcbQpa", out.getvalue(), re.MULTILINE)
    assert "  Qt unknown" in out.getvalue()
    assert err.getvalue() == "astra-desktop: self-test FAILED: Qt\n"


def test_without_pypdf_the_pdf_check_looks_for_the_embedded_font(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setitem(sys.modules, "pypdf", None)  # as in the frozen build, which leaves it out
    pdf = self_test.render_pdf()
    assert "embedded" in self_test.check_pdf(pdf)
    with pytest.raises(RuntimeError, match="not embedded"):
        self_test.check_pdf(pdf.replace(b"/FontFile2", b"/FontFileX"))
