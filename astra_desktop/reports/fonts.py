"""The embedded font every PDF uses: DejaVu Sans, which renders č ć đ š ž, Cyrillic and Vietnamese.

ReportLab's built-in Helvetica has none of these, and a PDF that relies on the reader's fonts may
print names wrongly on another machine; an embedded TrueType subset prints the same everywhere.
The font files and their licence are in resources/fonts/.
"""

from __future__ import annotations

from pathlib import Path

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from astra_desktop import paths
from astra_desktop.errors import AstraError

REGULAR = "DejaVuSans"
BOLD = "DejaVuSans-Bold"
MONO = "DejaVuSansMono"  # fingerprints (SHA-256) in the evidence index, easier to compare by eye
_FILES = {REGULAR: "DejaVuSans.ttf", BOLD: "DejaVuSans-Bold.ttf", MONO: "DejaVuSansMono.ttf"}


def font_dir() -> Path:
    return paths.resources_dir() / "fonts"


def register() -> tuple[str, str]:
    """Register the fonts with ReportLab once; return the (regular, bold) names."""
    registered = set(pdfmetrics.getRegisteredFontNames())
    for name, filename in _FILES.items():
        if name in registered:
            continue
        path = font_dir() / filename
        if not path.exists():
            raise AstraError(
                "The font file {filename} is missing from {folder}. Reinstall ASTRA Desktop.",
                filename=filename,
                folder=path.parent,
            )
        pdfmetrics.registerFont(TTFont(name, str(path)))
    return REGULAR, BOLD
