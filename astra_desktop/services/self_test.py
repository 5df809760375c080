"""`astra-desktop self-test`: proof, on the machine at hand, that an installed build works.

build_installer.py runs it on the frozen app and refuses to pack a build that fails; an office can
run it on a laptop before a worker takes it into the field. Everything happens in a temporary
folder that is removed afterwards: no real vault is read or written, and nothing uses the network.
The Qt check is handed in by the caller, because only astra_desktop.gui may import PySide6.
"""

from __future__ import annotations

import contextlib
import io
import os
import platform
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import TextIO

from astra_desktop import __version__, paths
from astra_desktop.core.models import Client
from astra_desktop.errors import AstraError, WrongPassphrase
from astra_desktop.reports import agenda_pdf, fonts
from astra_desktop.services import clients, search
from astra_desktop.services import session as vault_session
from astra_desktop.storage import database, kdf

QtCheck = Callable[[bytes | None], tuple[str, dict[str, str]]]

USER = "selftest"
PASSPHRASE = "quiet lantern orchard thirty-seven"  # nothing secret: the vault is thrown away
# Serbian Latin letters ReportLab's built-in fonts lack, and Cyrillic ones with no Latin twin.
SAMPLE = "Čačak Ćuprija Đakovica Šabac Žabalj č ć đ š ž — Љубовија Њујорк Џеп"
STAMP_FILE = "VERSION"  # written into the bundle's resources/ by build_installer.py


@dataclass(frozen=True)
class Result:
    name: str
    ok: bool
    detail: str
    seconds: float


def app_version() -> str:
    """The version stamped into a frozen build (with its git revision), else the package's."""
    stamp = paths.resources_dir() / STAMP_FILE
    with contextlib.suppress(OSError):
        return stamp.read_text(encoding="utf-8").strip() or __version__
    return __version__


def _attempt(name: str, check: Callable[[], str]) -> Result:
    start = time.perf_counter()
    try:
        detail, ok = check(), True
    except AstraError as exc:
        detail, ok = str(exc), False
    except Exception as exc:  # a self-test reports every failure, whatever its kind
        detail, ok = f"{type(exc).__name__}: {exc}", False
    return Result(name, ok, detail, time.perf_counter() - start)


def _vault(home: Path) -> str:
    folder = paths.vault_dir(home)
    sess, _recovery = vault_session.create_vault(
        folder, USER, PASSPHRASE, organisation="Self-test", kdf_params=kdf.FLOOR
    )
    with sess:
        case = clients.register(sess, Client(given_name="Đorđe", family_name="Ђорђевић"))
    with vault_session.unlock(folder, USER, PASSPHRASE) as sess:
        hits = search.search(sess, "djordjevic")
    if [hit.case_code for hit in hits] != [case.case_code]:
        raise RuntimeError("the reopened vault did not find the client by a folded search")
    return f"created, reopened, found {case.case_code} by a search for “djordjevic”"


def _wrong_passphrase(home: Path) -> str:
    try:
        vault_session.unlock(paths.vault_dir(home), USER, PASSPHRASE + " wrong").close()
    except WrongPassphrase:
        return "refused"
    raise RuntimeError("a wrong passphrase opened the vault")


def render_pdf() -> bytes:
    """One page through the app's own report code, in the shipped fonts, Latin and Cyrillic."""
    return agenda_pdf.week_agenda(date(2026, 3, 2), [], language="sr-Cyrl", organisation=SAMPLE)


def _text_of(pdf: bytes) -> str | None:
    """The PDF's text as pypdf reads it, or None where pypdf is not installed (a frozen build)."""
    try:
        from pypdf import PdfReader
    except ImportError:
        return None
    return " ".join((page.extract_text() or "") for page in PdfReader(io.BytesIO(pdf)).pages)


def check_pdf(pdf: bytes) -> str:
    """Read the text back with pypdf where it is installed (development); a frozen build leaves
    pypdf out, so there check that DejaVu Sans is embedded and has a glyph for every letter."""
    text = _text_of(pdf)
    if text is not None:
        if " ".join(SAMPLE.split()) not in " ".join(text.split()):
            raise RuntimeError("the PDF's text does not read back as written")
        return "Serbian Latin and Cyrillic read back from the PDF (pypdf)"
    if b"/FontFile2" not in pdf or b"+" + fonts.REGULAR.encode() not in pdf:
        raise RuntimeError(f"{fonts.REGULAR} is not embedded in the PDF")
    from reportlab.pdfbase import pdfmetrics

    fonts.register()
    glyphs = pdfmetrics.getFont(fonts.REGULAR).face.charToGlyph
    missing = sorted({c for c in SAMPLE if not c.isspace() and ord(c) not in glyphs})
    if missing:
        raise RuntimeError(f"{fonts.REGULAR} has no glyph for {' '.join(missing)}")
    return f"{fonts.REGULAR} embedded, with glyphs for every Serbian Latin and Cyrillic letter"


def _library_versions(home: Path) -> dict[str, str]:
    conn = database.connect(home / "versions.db", os.urandom(32), os.urandom(16))
    try:
        return database.library_versions(conn)
    finally:
        conn.close()


def run(qt_check: QtCheck | None) -> tuple[list[Result], dict[str, str]]:
    """Every check in a fresh temporary home; the versions of what this installation runs on."""
    versions = {"ASTRA Desktop": app_version(), "Python": platform.python_version()}
    results: list[Result] = []
    pdf: list[bytes] = []
    # ignore_cleanup_errors: Windows may hold a just-closed file a moment longer; a leftover
    # folder of a fictional vault must not turn a passing self-test into a crash.
    with tempfile.TemporaryDirectory(prefix="astra-self-test-", ignore_cleanup_errors=True) as tmp:
        home = Path(tmp)
        with contextlib.suppress(Exception):  # a failure here shows as "unknown" below
            versions |= _library_versions(home)
        results.append(_attempt("vault", lambda: _vault(home)))
        results.append(_attempt("wrong passphrase", lambda: _wrong_passphrase(home)))

        def pdf_check() -> str:
            pdf.append(render_pdf())
            return check_pdf(pdf[0])

        results.append(_attempt("PDF", pdf_check))
        if qt_check is not None:

            def widget_check() -> str:
                detail, qt_versions = qt_check(pdf[0] if pdf else None)
                versions.update(qt_versions)
                return detail

            results.append(_attempt("Qt", widget_check))
    for name in ("Qt", "PySide6", "SQLCipher", "SQLite"):
        versions.setdefault(name, "unknown")
    return results, versions


def report(results: list[Result], versions: dict[str, str], out: TextIO, err: TextIO) -> int:
    """Print one line per check and the versions; 0 only if every check passed."""
    for r in results:
        print(f"{'ok' if r.ok else 'FAILED':<6} {r.name} ({r.seconds:.2f} s): {r.detail}", file=out)
    print("versions:", file=out)
    for name, version in versions.items():
        print(f"  {name} {version}", file=out)
    failed = [r.name for r in results if not r.ok]
    if failed:
        print(f"astra-desktop: self-test FAILED: {', '.join(failed)}", file=err)
        return 1
    print(f"self-test passed ({len(results)} checks)", file=out)
    return 0


def main(qt_check: QtCheck | None, out: TextIO, err: TextIO) -> int:
    """Offscreen unless told otherwise: the self-test must run where no display is attached."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    results, versions = run(qt_check)
    return report(results, versions, out, err)
