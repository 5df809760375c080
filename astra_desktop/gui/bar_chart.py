"""A small bar chart drawn with QPainter, as the risk chart is: a few categories and one to three
series need no chart library, and the text is the labels the page already has in the person's
language.

Horizontal bars (the default) fit long category names (a postponement cause, a trial's court and
number); vertical ones fit a year's twelve months. Colours come from the palette and astra.qss
tones (`style.colour`), never written here.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPaintEvent, QPalette
from PySide6.QtWidgets import QSizePolicy, QWidget

from astra_desktop.gui import style
from astra_desktop.gui.locale_format import format_number

SERIES_TONES = ("", "warning", "success", "muted")  # "": the palette's highlight
BAR = 14  # px, one bar's thickness (horizontal charts)
GAP = 8  # px between categories


@dataclass(frozen=True)
class Series:
    name: str
    values: tuple[int, ...]


class BarChart(QWidget):
    """`set_bars(categories, series)`; `categories` and `series` stay readable for tests."""

    def __init__(self, vertical: bool = False, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.vertical = vertical
        self.categories: list[str] = []
        self.series: list[Series] = []
        self.empty_text = self.tr("Nothing to show for this period.")
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self._fit()

    def set_bars(self, categories: list[str], series: list[tuple[str, list[int]]]) -> None:
        """One value per category in every series; a single series is drawn without a legend."""
        for _name, values in series:
            if len(values) != len(categories):
                raise ValueError("every series needs one value per category")
        self.categories = list(categories)
        self.series = [Series(name, tuple(values)) for name, values in series]
        self._fit()
        self.update()

    def bars(self) -> dict[str, tuple[int, ...]]:
        """Category → its values, one per series (what a person reads off the chart)."""
        return {c: tuple(s.values[i] for s in self.series) for i, c in enumerate(self.categories)}

    @property
    def empty(self) -> bool:
        return not self.categories or not any(any(s.values) for s in self.series)

    def colours(self) -> list[QColor]:
        highlight = self.palette().color(QPalette.ColorRole.Highlight)
        tones = SERIES_TONES[: max(1, len(self.series))]
        return [style.colour(tone) if tone else highlight for tone in tones]

    def _legend_height(self) -> int:
        return self.fontMetrics().height() + 6 if len(self.series) > 1 else 0

    def _fit(self) -> None:
        line = self.fontMetrics().height()
        if self.vertical or self.empty:
            height = 170 if self.vertical else line * 3
        else:
            per = len(self.series) * BAR + GAP
            height = len(self.categories) * max(per, line + 4) + 8
        self.setFixedHeight(height + self._legend_height())

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        text = self.palette().color(QPalette.ColorRole.WindowText)
        if self.empty:
            painter.setPen(style.colour("muted"))
            painter.drawText(self.rect(), Qt.AlignmentFlag.AlignCenter, self.empty_text)
            return
        colours = self.colours()
        top = self._draw_legend(painter, colours, text)
        area = QRectF(0, top, self.width(), self.height() - top)
        if self.vertical:
            self._draw_vertical(painter, area, colours, text)
        else:
            self._draw_horizontal(painter, area, colours, text)

    def _draw_legend(self, painter: QPainter, colours: list[QColor], text: QColor) -> int:
        if len(self.series) < 2:
            return 0
        metrics, x = self.fontMetrics(), 4.0
        size = metrics.height() - 4
        for series, colour in zip(self.series, colours, strict=False):
            painter.fillRect(QRectF(x, 4, size, size), colour)
            painter.setPen(text)
            width = metrics.horizontalAdvance(series.name) + 4
            painter.drawText(QRectF(x + size + 4, 0, width, metrics.height() + 4),
                             Qt.AlignmentFlag.AlignVCenter, series.name)  # fmt: skip
            x += size + width + 20
        return self._legend_height()

    def _draw_horizontal(
        self, painter: QPainter, area: QRectF, colours: list[QColor], text: QColor
    ) -> None:
        metrics = self.fontMetrics()
        widest = max(metrics.horizontalAdvance(c) for c in self.categories)
        label_width = min(widest + 8, area.width() * 0.45)
        number_width = metrics.horizontalAdvance("00000") + 8
        left, right = label_width + 6, area.width() - number_width
        highest = max(1, max(max(s.values) for s in self.series))
        row = max(len(self.series) * BAR + GAP, metrics.height() + 4)
        painter.setPen(self.palette().color(QPalette.ColorRole.Mid))
        painter.drawLine(int(left), int(area.top()), int(left), int(area.bottom()))
        for i, category in enumerate(self.categories):
            y = area.top() + 4 + i * row
            painter.setPen(text)
            shown = metrics.elidedText(category, Qt.TextElideMode.ElideRight, int(label_width))
            right_aligned = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
            painter.drawText(QRectF(0, y, label_width, row - GAP), right_aligned, shown)
            bar = (row - GAP) / len(self.series)
            for k, series in enumerate(self.series):
                value = series.values[i]
                length = (right - left) * value / highest
                rect = QRectF(left, y + k * bar, length, bar - 1)
                painter.fillRect(rect, colours[k])
                painter.setPen(text)
                painter.drawText(QRectF(left + length + 4, y + k * bar, number_width, bar),
                                 Qt.AlignmentFlag.AlignVCenter, format_number(value))  # fmt: skip

    def _draw_vertical(
        self, painter: QPainter, area: QRectF, colours: list[QColor], text: QColor
    ) -> None:
        metrics = self.fontMetrics()
        line = metrics.height()
        bottom = area.bottom() - line - 4
        top = area.top() + line + 2  # room for the value above the tallest bar
        highest = max(1, max(max(s.values) for s in self.series))
        slot = area.width() / len(self.categories)
        bar = max(2.0, min(28.0, (slot - 6) / len(self.series)))
        painter.setPen(self.palette().color(QPalette.ColorRole.Mid))
        painter.drawLine(0, int(bottom), int(area.width()), int(bottom))
        for i, category in enumerate(self.categories):
            x0 = i * slot + (slot - bar * len(self.series)) / 2
            for k, series in enumerate(self.series):
                value = series.values[i]
                height = (bottom - top) * value / highest
                rect = QRectF(x0 + k * bar, bottom - height, bar - 1, height)
                painter.fillRect(rect, colours[k])
                painter.setPen(text)
                above = QRectF(x0 + k * bar - 10, bottom - height - line - 1, bar + 20, line)
                painter.drawText(above, Qt.AlignmentFlag.AlignHCenter, format_number(value))
            painter.setPen(text)
            shown = metrics.elidedText(category, Qt.TextElideMode.ElideRight, int(slot))
            painter.drawText(QRectF(i * slot, bottom + 2, slot, line + 2),
                             Qt.AlignmentFlag.AlignHCenter, shown)  # fmt: skip
