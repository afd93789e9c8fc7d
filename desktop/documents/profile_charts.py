"""The small charts of the group profile, drawn with reportlab's charts: attendance as lines
(sessions and meeting days), the members' savings and what was overdue as bars, month by
month. Months without figures leave a gap in a line rather than a fall to zero."""

from __future__ import annotations

import datetime as dt

from reportlab.graphics.charts.barcharts import VerticalBarChart
from reportlab.graphics.charts.lineplots import LinePlot
from reportlab.graphics.shapes import Drawing, Line, Rect, String
from reportlab.graphics.widgets.markers import makeMarker
from reportlab.lib.colors import Color
from reportlab.pdfbase.pdfmetrics import stringWidth

from desktop.documents.ledger_paper import INK, RULE
from desktop.documents.pdf import FONT, FONT_BOLD
from desktop.group_charts import nice_scale
from desktop.money import format_amount

MONTHS_SHORT = ["Jan", "Feb", "Mar", "Apr", "Mei", "Jun", "Jul", "Agu", "Sep", "Okt", "Nov", "Des"]
SESSION_INK = Color(0.16, 0.38, 0.67)
MEETING_INK = Color(0.2, 0.55, 0.3)
SAVINGS_FILL = Color(0.3, 0.6, 0.45)
OVERDUE_FILL = Color(0.75, 0.15, 0.15)
GRID = Color(0.85, 0.85, 0.85)
LABEL_SIZE = 6.5
LEFT, BOTTOM, TOP = 38, 16, 20  # points around the plot: the value labels, the months, the title


def month_label(month: dt.date) -> str:
    """"Jan 25"."""
    return f"{MONTHS_SHORT[month.month - 1]} {month.year % 100:02d}"


def label_every(count: int, width: float) -> int:
    """Label every n-th month so that the labels (about 22 points wide) do not touch."""
    room = width / max(count, 1)
    for step in (1, 2, 3, 4, 6, 12):
        if room * step >= 24:
            return step
    return 12


def _frame(title: str, width: float, height: float, legend: list[tuple[str, Color]]) -> Drawing:
    drawing = Drawing(width, height)
    drawing.add(Rect(0, 0, width, height, strokeColor=RULE, strokeWidth=0.4, fillColor=None))
    drawing.add(String(6, height - 11, title, fontName=FONT_BOLD, fontSize=8, fillColor=INK))
    x = width - 6
    for name, colour in reversed(legend):
        x -= len(name) * 3.3 + 4
        drawing.add(String(x, height - 11, name, fontName=FONT, fontSize=LABEL_SIZE, fillColor=INK))
        x -= 9
        drawing.add(Rect(x, height - 11, 6, 6, fillColor=colour, strokeColor=None))
        x -= 8
    return drawing


def _note(drawing: Drawing, text: str) -> None:
    drawing.add(String(drawing.width / 2, drawing.height / 2 - 8, text, fontName=FONT,
                       fontSize=8, fillColor=RULE, textAnchor="middle"))


def _runs(values: list[float | None]) -> list[list[tuple[int, float]]]:
    """The series cut where a month has no figure: each run a line of its own."""
    runs: list[list[tuple[int, float]]] = []
    for i, value in enumerate(values):
        if value is None:
            continue
        if runs and runs[-1][-1][0] == i - 1:
            runs[-1].append((i, value * 100))
        else:
            runs.append([(i, value * 100)])
    return runs


def attendance_chart(months: list[dt.date], sessions: list[float | None],
                     meetings: list[float | None], width: float, height: float) -> Drawing:
    """Attendance in percent: sessions and meeting days, each its own line."""
    drawing = _frame("Kehadiran (%)", width, height,
                     [("Sesi/pelatihan", SESSION_INK), ("Rapat kelompok", MEETING_INK)])
    lines: list[tuple[list[tuple[int, float]], Color]] = []
    for values, colour in ((sessions, SESSION_INK), (meetings, MEETING_INK)):
        lines += [(run, colour) for run in _runs(values)]
    if not lines:
        _note(drawing, "Belum ada kehadiran yang dicatat.")
        return drawing
    plot = LinePlot()
    plot.x, plot.y = LEFT, BOTTOM
    plot.width, plot.height = width - LEFT - 8, height - BOTTOM - TOP
    plot.data = [run for run, _colour in lines]
    for i, (_run, colour) in enumerate(lines):
        plot.lines[i].strokeColor = colour
        plot.lines[i].strokeWidth = 1.2
        plot.lines[i].symbol = makeMarker("FilledCircle", size=2.4, fillColor=colour, strokeColor=colour)
    _month_axis(plot.xValueAxis, months, plot.width)
    axis = plot.yValueAxis
    axis.valueMin, axis.valueMax, axis.valueStep = 0, 100, 25
    axis.labelTextFormat = "%d%%"
    _style_values(axis)
    drawing.add(plot)
    return drawing


def _month_axis(axis, months: list[dt.date], width: float) -> None:
    step = label_every(len(months), width)
    axis.valueMin, axis.valueMax = -0.5, len(months) - 0.5
    axis.valueSteps = list(range(0, len(months), step))
    axis.labelTextFormat = lambda x: month_label(months[int(round(x))])
    axis.labels.fontName, axis.labels.fontSize = FONT, LABEL_SIZE
    axis.strokeColor = RULE


def _style_values(axis) -> None:
    axis.labels.fontName, axis.labels.fontSize = FONT, LABEL_SIZE
    axis.visibleGrid = True
    axis.gridStrokeColor, axis.gridStrokeWidth = GRID, 0.4
    axis.strokeColor = RULE


def money_chart(title: str, months: list[dt.date], values: list[int], fill: Color,
                width: float, height: float, empty: str) -> Drawing:
    """Rupiah by month as bars, the axis in thousands with dots."""
    drawing = _frame(title, width, height, [])
    if not any(values):
        drawing.add(Line(LEFT, BOTTOM, width - 8, BOTTOM, strokeColor=RULE, strokeWidth=0.5))
        _note(drawing, empty)
        return drawing
    top, tick = nice_scale(max(values))
    # Room on the left for the longest figure of the axis (60.000.000 is wider than 100%).
    left = max(stringWidth(format_amount(int(tick * i)), FONT, LABEL_SIZE)
               for i in range(round(top / tick) + 1)) + 10
    chart = VerticalBarChart()
    chart.x, chart.y = left, BOTTOM
    chart.width, chart.height = width - left - 8, height - BOTTOM - TOP
    chart.data = [list(values)]
    chart.bars[0].fillColor, chart.bars[0].strokeColor = fill, None
    chart.barSpacing, chart.groupSpacing = 0, max(0.6, 12 / max(len(values), 1))
    step = label_every(len(months), chart.width)
    names = chart.categoryAxis
    names.categoryNames = [month_label(m) if i % step == 0 else "" for i, m in enumerate(months)]
    names.labels.fontName, names.labels.fontSize = FONT, LABEL_SIZE
    names.strokeColor, names.visibleTicks = RULE, False
    axis = chart.valueAxis
    axis.valueMin, axis.valueMax, axis.valueStep = 0, top, tick
    axis.labelTextFormat = lambda v: format_amount(int(v))
    _style_values(axis)
    drawing.add(chart)
    return drawing
