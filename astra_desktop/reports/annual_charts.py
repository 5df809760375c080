"""The annual report's bar charts, drawn with reportlab.graphics in the documents' own font.

Made for grey print: dark and light grey bars with a black outline (two series stay apart on a
black-and-white printer), every bar labelled with its number, so a reader never has to guess a
value from the axis; the numbers are grouped as the document's language writes them.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence

from reportlab.graphics.charts.barcharts import BarChart, HorizontalBarChart, VerticalBarChart
from reportlab.graphics.charts.legends import Legend
from reportlab.graphics.shapes import Drawing
from reportlab.lib import colors
from reportlab.pdfbase.pdfmetrics import stringWidth

from astra_desktop.reports import fonts
from astra_desktop.reports.formatting import number

DARK = colors.HexColor("#4a4a4a")
LIGHT = colors.HexColor("#c8c8c8")
OUTLINE = colors.black
SIZE = 7.5  # labels, as small as the tables' cells
ROW = 13  # points per bar in a horizontal chart (per pair of bars: 2 × 0.6 of it and a gap)
LABEL_SHARE = 0.42  # the most a category label may take of the drawing's width


def _step(top: int) -> int:
    """A round step for a value axis from 0 to `top`: about five ticks at 1, 2 or 5 × 10^n."""
    raw = max(top, 1) / 5
    power = 10 ** math.floor(math.log10(raw)) if raw >= 1 else 1
    for m in (1, 2, 5, 10):
        if m * power >= raw:
            return max(int(m * power), 1)
    return int(10 * power)


def _fit(text: str, width: float) -> str:
    """The label cut with "…" to `width` points."""
    if stringWidth(text, fonts.REGULAR, SIZE) <= width:
        return text
    while text and stringWidth(text + "…", fonts.REGULAR, SIZE) > width:
        text = text[:-1]
    return text.rstrip() + "…"


def _axes(chart: BarChart, top: int, fmt: Callable[[float], str], reverse: bool = False) -> None:
    step = _step(top)
    chart.valueAxis.valueMin = 0
    chart.valueAxis.valueMax = step * (math.ceil(max(top, 1) / step) + (1 if top else 0))
    chart.valueAxis.valueStep = step
    chart.valueAxis.labelTextFormat = fmt
    chart.valueAxis.strokeColor = OUTLINE
    chart.valueAxis.strokeWidth = 0.4
    chart.valueAxis.visibleGrid = True
    chart.valueAxis.gridStrokeColor = LIGHT
    chart.valueAxis.gridStrokeWidth = 0.3
    chart.categoryAxis.strokeWidth = 0.4
    chart.categoryAxis.tickShift = 0
    for labels in (chart.valueAxis.labels, chart.categoryAxis.labels, chart.barLabels):
        labels.fontName, labels.fontSize = fonts.REGULAR, SIZE
        labels.fillColor = colors.black
    chart.barLabelFormat = fmt
    chart.barSpacing = 1
    chart.groupSpacing = 3
    series = len(chart.data)
    fills = (DARK, LIGHT)[:series]
    for n, fill in enumerate(reversed(fills) if reverse else fills):
        chart.bars[n].fillColor = fill
        chart.bars[n].strokeColor = OUTLINE
        chart.bars[n].strokeWidth = 0.4


def _drawing(width: float, height: float) -> Drawing:
    drawing = Drawing(width, height)
    # the renderer starts in this font: else it writes an unused Helvetica into the file
    drawing.initialFontName, drawing.initialFontSize = fonts.REGULAR, SIZE
    return drawing


def _legend(drawing: Drawing, names: Sequence[str], x: float, y: float) -> None:
    legend = Legend()
    legend.x, legend.y = x, y
    legend.alignment = "right"
    legend.columnMaximum = 1
    legend.deltax = 10 + max(stringWidth(n, fonts.REGULAR, SIZE) for n in names)
    legend.fontName, legend.fontSize = fonts.REGULAR, SIZE
    legend.boxAnchor = "nw"
    legend.dx = legend.dy = 7
    legend.strokeColor = OUTLINE
    legend.strokeWidth = 0.4
    legend.colorNamePairs = list(zip((DARK, LIGHT), names, strict=False))
    drawing.add(legend)


def bars(
    items: Sequence[tuple[str, Sequence[int]]],
    width: float,
    lang: str,
    legend: Sequence[str] = (),
) -> Drawing:
    """Horizontal bars, one row per item, its label on the left; an item may carry two values
    (two series, told apart by `legend`)."""
    series = max((len(v) for _, v in items), default=1)
    rows = len(items) * (series * 0.6 + 0.3) if series > 1 else len(items)
    top_room = 16 if legend else 4
    height = max(rows * ROW, ROW) + 18 + top_room

    def fmt(v: float) -> str:
        return number(round(v), lang)

    widest = max((stringWidth(label, fonts.REGULAR, SIZE) for label, _ in items), default=0)
    label_width = min(widest + 8, width * LABEL_SHARE)
    chart = HorizontalBarChart()
    chart.x, chart.y = label_width, 14
    chart.width, chart.height = width - label_width - 24, height - 14 - top_room
    # a group's first bar is drawn at its bottom: the series go in reversed, so the first is on top
    chart.data = [[v[n] for _, v in items] for n in reversed(range(series))]
    chart.categoryAxis.categoryNames = [_fit(label, label_width - 8) for label, _ in items]
    chart.categoryAxis.reverseDirection = 1  # the first item on top
    chart.categoryAxis.labels.boxAnchor = "e"
    chart.categoryAxis.labels.dx = -4
    _axes(chart, max((max(v) for _, v in items), default=0), fmt, reverse=True)
    chart.barLabels.boxAnchor = "w"
    chart.barLabels.dx = 3
    drawing = _drawing(width, height)
    drawing.add(chart)
    if legend:
        _legend(drawing, legend, label_width, height - 2)
    return drawing


def columns(
    items: Sequence[tuple[str, int]], width: float, lang: str, height: float = 120
) -> Drawing:
    """Vertical bars (a year's months), each labelled with its number."""

    def fmt(v: float) -> str:
        return number(round(v), lang)

    chart = VerticalBarChart()
    chart.x, chart.y = 30, 16
    chart.width, chart.height = width - 40, height - 24
    chart.data = [[v for _, v in items]]
    chart.categoryAxis.categoryNames = [label for label, _ in items]
    chart.categoryAxis.labels.boxAnchor = "n"
    chart.categoryAxis.labels.dy = -3
    _axes(chart, max((v for _, v in items), default=0), fmt)
    chart.barLabels.boxAnchor = "s"
    chart.barLabels.dy = 2
    drawing = _drawing(width, height)
    drawing.add(chart)
    return drawing
