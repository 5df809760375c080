"""Draw the show/hide-passphrase icons (resources/icons/eye*.png): `python -m tools.make_eye_icons`.

Files, not drawn at run time: painting them at start made the unlock window's first paint build
Qt's whole enum namespace (~35 ms of a ~130 ms start, bench/gui.py). The project's own artwork,
licensed like the application (resources/icons/LICENSE.txt).
"""

from __future__ import annotations

import os
from pathlib import Path

ICONS = Path(__file__).resolve().parents[1] / "resources" / "icons"


def draw(crossed: bool, size: int = 64) -> object:
    from PySide6.QtCore import QPointF, Qt
    from PySide6.QtGui import QColor, QPainter, QPainterPath, QPen, QPixmap

    pixmap = QPixmap(size, size)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    colour = QColor("#5f6368")  # mid grey: readable on light and dark fields
    painter.setPen(QPen(colour, 5))
    outline = QPainterPath()
    outline.moveTo(6, 32)
    outline.quadTo(32, 4, 58, 32)
    outline.quadTo(32, 60, 6, 32)
    painter.drawPath(outline)
    painter.setBrush(colour)
    painter.drawEllipse(QPointF(32, 32), 9, 9)
    if crossed:
        painter.drawLine(QPointF(10, 54), QPointF(54, 10))
    painter.end()
    return pixmap


def main() -> None:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    _app = QApplication([])
    for name, crossed in (("eye.png", False), ("eye-crossed.png", True)):
        draw(crossed).save(str(ICONS / name))  # type: ignore[attr-defined]
        print(ICONS / name)


if __name__ == "__main__":
    main()
