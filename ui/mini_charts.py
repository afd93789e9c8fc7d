"""Small month-by-month charts drawn with QPainter: a title, a value axis with round steps, the
months along the bottom, lines (a month without a figure leaves a gap) or bars. The value
under the mouse shows as a tooltip."""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QEvent, QLocale, QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QToolTip, QWidget

from desktop.group_charts import nice_scale

AXIS = QColor("#777777")
GRID = QColor("#e2e2e2")
TEXT = QColor("#333333")
HINT = QColor("#888888")


@dataclass(frozen=True)
class Series:
    name: str
    values: list[float | None]
    colour: str


def month_label(month: dt.date) -> str:
    """"Mei 25" in the screen language's month names."""
    return f"{QLocale().monthName(month.month, QLocale.FormatType.ShortFormat)} {month.year % 100:02d}"


class MiniChart(QWidget):
    """One small chart; ``set_data`` replaces what it shows."""

    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.setMinimumSize(220, 150)
        self.setMouseTracking(True)
        self.title = ""
        self.months: list[dt.date] = []
        self.series: list[Series] = []
        self.bars = False
        self.top: float | None = None
        self.step: float | None = None
        self.fmt: Callable[[float], str] = str
        self.empty = ""
        self._plot = QRectF()

    def sizeHint(self) -> QSize:  # noqa: N802
        return QSize(320, 180)

    def set_data(self, title: str, months: list[dt.date], series: list[Series], fmt: Callable[[float], str],
                 *, bars: bool = False, top: float | None = None, step: float | None = None,
                 empty: str = "") -> None:
        """*fmt* writes a value of the axis; *top* and *step* fix the axis (100% for rates);
        *empty* is said when there is nothing to draw."""
        self.title, self.months, self.series, self.fmt = title, months, series, fmt
        self.bars, self.top, self.step, self.empty = bars, top, step, empty
        self.update()

    def has_figures(self) -> bool:
        return any(v for s in self.series for v in s.values if v is not None)

    def _scale(self) -> tuple[float, float]:
        if self.top is not None and self.step is not None:
            return self.top, self.step
        largest = max((v for s in self.series for v in s.values if v is not None), default=0)
        return nice_scale(largest)

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.fillRect(self.rect(), QColor("white"))
        painter.setPen(QPen(GRID))
        painter.drawRect(self.rect().adjusted(0, 0, -1, -1))
        small = QFont(self.font())
        small.setPointSizeF(max(self.font().pointSizeF() - 1.5, 7))
        bold = QFont(self.font())
        bold.setBold(True)
        painter.setFont(bold)
        painter.setPen(TEXT)
        line = painter.fontMetrics().height()
        painter.drawText(QRectF(8, 4, self.width() - 16, line), Qt.AlignmentFlag.AlignLeft, self.title)
        painter.setFont(small)
        self._legend(painter, line)
        top, step = self._scale()
        metrics = painter.fontMetrics()
        # Nothing to draw, no scale: an axis of an empty chart would read 0, 0, 0, 1.
        ticks = [step * i for i in range(int(round(top / step)) + 1)] if self.has_figures() else []
        left = 10 + max((metrics.horizontalAdvance(self.fmt(t)) for t in ticks), default=0)
        self._plot = QRectF(left, 10 + line + 4, self.width() - left - 10,
                            self.height() - (10 + line + 4) - metrics.height() - 10)
        if self._plot.width() < 20 or self._plot.height() < 20 or not self.months:
            return
        self._axes(painter, ticks, top)
        if not self.has_figures():
            painter.setPen(HINT)
            painter.drawText(self._plot, Qt.AlignmentFlag.AlignCenter, self.empty)
            return
        for series in self.series:
            (self._draw_bars if self.bars else self._draw_line)(painter, series, top)

    def _legend(self, painter: QPainter, line: int) -> None:
        if len(self.series) < 2:
            return
        metrics = painter.fontMetrics()
        x = self.width() - 8
        for series in reversed(self.series):
            x -= metrics.horizontalAdvance(series.name)
            painter.setPen(TEXT)
            painter.drawText(QPointF(x, 4 + metrics.ascent() + (line - metrics.height()) / 2), series.name)
            x -= 14
            painter.fillRect(QRectF(x, 4 + (line - 8) / 2, 9, 9), QColor(series.colour))
            x -= 10

    def _x(self, index: int) -> float:
        band = self._plot.width() / len(self.months)
        return self._plot.left() + band * (index + 0.5)

    def _y(self, value: float, top: float) -> float:
        return self._plot.bottom() - self._plot.height() * min(value / top, 1.0)

    def _axes(self, painter: QPainter, ticks: list[float], top: float) -> None:
        metrics = painter.fontMetrics()
        for tick in ticks:
            y = self._y(tick, top)
            painter.setPen(QPen(GRID))
            painter.drawLine(QPointF(self._plot.left(), y), QPointF(self._plot.right(), y))
            painter.setPen(TEXT)
            text = self.fmt(tick)
            painter.drawText(QPointF(self._plot.left() - 5 - metrics.horizontalAdvance(text),
                                     y + metrics.ascent() / 2 - 1), text)
        painter.setPen(QPen(AXIS))
        painter.drawLine(self._plot.bottomLeft(), self._plot.bottomRight())
        painter.drawLine(self._plot.bottomLeft(), self._plot.topLeft())
        widest = metrics.horizontalAdvance("Mei 25") + 8
        every = next((n for n in (1, 2, 3, 4, 6, 12)
                      if self._plot.width() / len(self.months) * n >= widest), 12)
        for i, month in enumerate(self.months):
            x = self._x(i)
            if i % every:
                continue
            painter.setPen(QPen(AXIS))
            painter.drawLine(QPointF(x, self._plot.bottom()), QPointF(x, self._plot.bottom() + 3))
            text = month_label(month)
            painter.setPen(TEXT)
            painter.drawText(QPointF(x - metrics.horizontalAdvance(text) / 2,
                                     self._plot.bottom() + 4 + metrics.ascent()), text)

    def _draw_line(self, painter: QPainter, series: Series, top: float) -> None:
        colour = QColor(series.colour)
        painter.setPen(QPen(colour, 2))
        painter.setBrush(colour)
        previous: QPointF | None = None
        for i, value in enumerate(series.values):
            if value is None:
                previous = None
                continue
            point = QPointF(self._x(i), self._y(value, top))
            if previous is not None:
                painter.drawLine(previous, point)
            painter.drawEllipse(point, 2.5, 2.5)
            previous = point

    def _draw_bars(self, painter: QPainter, series: Series, top: float) -> None:
        band = self._plot.width() / len(self.months)
        width = max(band * 0.7, 1.0)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor(series.colour))
        for i, value in enumerate(series.values):
            if value:
                y = self._y(value, top)
                painter.drawRect(QRectF(self._x(i) - width / 2, y, width, self._plot.bottom() - y))

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip and self.months and self._plot.width() > 0:
            index = math.floor((event.pos().x() - self._plot.left()) / self._plot.width() * len(self.months))
            if 0 <= index < len(self.months):
                lines = [month_label(self.months[index])]
                for series in self.series:
                    value = series.values[index]
                    lines.append(f"{series.name}: {'–' if value is None else self.fmt(value)}")
                QToolTip.showText(event.globalPos(), "\n".join(lines), self)
            else:
                QToolTip.hideText()
            return True
        return super().event(event)
