"""The risk level over time, drawn with QPainter (no chart library needed for three levels)."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QWidget

from astra_desktop.core.risk import Level
from astra_desktop.gui import labels

COLOURS = {
    Level.LOW: QColor("#1e8449"),
    Level.MEDIUM: QColor("#b9770e"),
    Level.HIGH: QColor("#a93226"),
}


class RiskChart(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.points: list[tuple[date, Level]] = []
        self.setMinimumHeight(150)

    def set_points(self, points: list[tuple[date, Level]]) -> None:
        self.points = sorted(points)
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        left, top, right, bottom = 80, 12, self.width() - 50, self.height() - 28
        names = labels.risk_levels()
        painter.setPen(QPen(QColor("#bbbbbb"), 1, Qt.PenStyle.DashLine))
        for level in Level:
            y = bottom - (int(level) - 1) * (bottom - top) / 2
            painter.drawLine(QPointF(left, y), QPointF(right, y))
            painter.setPen(COLOURS[level])
            painter.drawText(
                QRectF(0, y - 9, left - 8, 18), Qt.AlignmentFlag.AlignRight, names[level.key]
            )
            painter.setPen(QPen(QColor("#bbbbbb"), 1, Qt.PenStyle.DashLine))
        if not self.points:
            painter.setPen(QColor("#666666"))
            painter.drawText(
                self.rect(), Qt.AlignmentFlag.AlignCenter, self.tr("No assessment yet")
            )
            return
        first, last = self.points[0][0].toordinal(), self.points[-1][0].toordinal()
        span = max(last - first, 1)

        def at(day: date, level: Level) -> QPointF:
            x = (
                left + (day.toordinal() - first) / span * (right - left)
                if last > first
                else (left + right) / 2
            )
            return QPointF(x, bottom - (int(level) - 1) * (bottom - top) / 2)

        painter.setPen(QPen(QColor("#34495e"), 2))
        for (d1, l1), (d2, l2) in zip(self.points, self.points[1:], strict=False):
            painter.drawLine(at(d1, l1), at(d2, l2))
        for day, level in self.points:
            point = at(day, level)
            painter.setBrush(COLOURS[level])
            painter.setPen(Qt.PenStyle.NoPen)
            painter.drawEllipse(point, 6, 6)
            painter.setPen(QColor("#333333"))
            painter.drawText(QRectF(point.x() - 40, bottom + 6, 80, 16), Qt.AlignmentFlag.AlignCenter,
                             day.strftime("%d.%m.%Y"))  # fmt: skip
