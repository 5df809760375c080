"""Render resources/icons/astra-desktop.png (256 px) from the SVG next to it.

Run after editing the SVG: `python tools/make_icon.py`. The PNG is committed, because a Linux
.desktop entry, Windows and macOS all want a bitmap, and the build should not need an SVG renderer.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

ICONS = Path(__file__).resolve().parent.parent / "resources" / "icons"


def main() -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QGuiApplication, QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    _app = QGuiApplication(sys.argv[:1])
    image = QImage(256, 256, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    QSvgRenderer(str(ICONS / "astra-desktop.svg")).render(painter)
    painter.end()
    return 0 if image.save(str(ICONS / "astra-desktop.png")) else 1


if __name__ == "__main__":
    sys.exit(main())
