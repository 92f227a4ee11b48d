"""The daily minutes of one billing period as a stacked bar chart (QtCharts): one bar per day,
split by call type, with a legend, axis titles and a tooltip per bar.

The three colours are the Okabe–Ito sky blue, orange and bluish green: they stay apart for
colour-blind readers and read on light and dark backgrounds alike. The chart follows the
window's palette: the dark chart theme when the window is dark, and the palette's own
background and text colours on top of either theme, re-applied when the palette changes.

For screen readers the view's accessible description sums the period up in a sentence; the
Usage tab also offers the same numbers as a table.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCharts import (
    QBarCategoryAxis,
    QBarSet,
    QChart,
    QChartView,
    QStackedBarSeries,
    QValueAxis,
)
from PySide6.QtCore import QDate, QLocale, QMargins, Qt
from PySide6.QtGui import QAccessible, QColor, QCursor, QPainter, QPalette, QPen, QResizeEvent
from PySide6.QtWidgets import QToolTip, QWidget

from smartalex_desktop.billing import usage
from smartalex_desktop.billing.usage import Day
from smartalex_desktop.gui.widgets import accessibility
from smartalex_desktop.gui.widgets.follows_palette import FollowsPalette

CALL_TYPE_COLOURS = {
    "inbound": QColor(0x56, 0xB4, 0xE9),
    "outbound": QColor(0xE6, 0x9F, 0x00),
    "web": QColor(0x00, 0x9E, 0x73),
}


def day_name(day: Day) -> str:
    """`Nov 14` in the user's language."""
    return QLocale().toString(QDate(day.day.year, day.day.month, day.day.day), "MMM d")


def minutes_text(minutes: int) -> str:
    return f"{QLocale().toString(minutes)} minute{'' if minutes == 1 else 's'}"


def day_sentence(day: Day) -> str:
    """`Nov 14: 12 minutes (10 inbound, 2 outbound, 0 web).`"""
    locale = QLocale()
    parts = ", ".join(f"{locale.toString(day.minutes(kind))} {kind}" for kind in usage.CALL_TYPES)
    return f"{day_name(day)}: {minutes_text(day.total)} ({parts})."


def nice_top(largest: int) -> tuple[int, int]:
    """The minutes axis: a round top above `largest` and a whole number of minutes per tick,
    so the labels are integers (`%d` of 2.5 would print a misleading 2)."""
    largest = max(largest, 1)
    step = 1
    while True:
        for multiple in (1, 2, 5):
            candidate = step * multiple
            if -(-largest // candidate) <= 5:
                ticks = -(-largest // candidate)
                return candidate * ticks, ticks + 1
        step *= 10


class UsageChart(FollowsPalette, QChartView):
    """`show_days(days, period_text)` draws a period; `bar_sets` names the sets by call type."""

    def __init__(self, parent: QWidget | None = None) -> None:
        chart = QChart()
        super().__init__(chart, parent)
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.setFocusPolicy(Qt.FocusPolicy.TabFocus)  # so a screen reader can land on it
        self.setAccessibleName("Minutes per day, by call type")
        accessibility.set_role(self, QAccessible.Role.Chart)  # not a "filler": it says a summary
        self.setMinimumHeight(120)
        chart.setMargins(QMargins(4, 4, 4, 4))
        chart.setBackgroundRoundness(0)
        chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
        chart.setAnimationOptions(QChart.AnimationOption.NoAnimation)

        self.series = QStackedBarSeries()
        self.series.setBarWidth(0.7)
        self.bar_sets: dict[str, QBarSet] = {}
        for call_type in usage.CALL_TYPES:
            bar_set = QBarSet(usage.call_type_name(call_type))
            self.series.append(bar_set)
            self.bar_sets[call_type] = bar_set
        self.series.hovered.connect(self._hovered)
        chart.addSeries(self.series)

        self.day_axis = QBarCategoryAxis()
        self.minutes_axis = QValueAxis()
        self.minutes_axis.setLabelFormat("%d")
        self.minutes_axis.setTitleText("Minutes")
        self.minutes_axis.setMinorTickCount(0)
        chart.addAxis(self.day_axis, Qt.AlignmentFlag.AlignBottom)
        chart.addAxis(self.minutes_axis, Qt.AlignmentFlag.AlignLeft)
        self.series.attachAxis(self.day_axis)
        self.series.attachAxis(self.minutes_axis)

        self.days: list[Day] = []
        self._label_every = 0
        self._apply_palette()

    # --- what the tab calls -------------------------------------------------------------------

    def show_days(self, days: Sequence[Day], period_text: str) -> None:
        self.days = list(days)
        for call_type, bar_set in self.bar_sets.items():
            if bar_set.count():
                bar_set.remove(0, bar_set.count())
            bar_set.append([float(day.minutes(call_type)) for day in self.days])
        self._label_every = 0
        self._relabel()
        top, ticks = nice_top(max((day.total for day in self.days), default=0))
        self.minutes_axis.setRange(0, top)
        self.minutes_axis.setTickCount(ticks)
        self.setAccessibleDescription(self.summary(period_text))

    def summary(self, period_text: str) -> str:
        """The chart in a sentence: the total, by type, and the busiest day."""
        figures = usage.summarise(self.days)
        if figures.total == 0:
            return f"No calls from {period_text}."
        parts = ", ".join(
            f"{QLocale().toString(figures.by_type[call_type])} {call_type}"
            for call_type in usage.CALL_TYPES
        )
        sentence = f"{minutes_text(figures.total)} from {period_text} ({parts})."
        if figures.busiest is not None:
            busiest = figures.busiest
            sentence += f" Busiest day: {day_name(busiest)}, with {minutes_text(busiest.total)}."
        return sentence

    def _relabel(self) -> None:
        """Label every day if the labels fit side by side, else every second or third day:
        an axis of elided "…" labels tells nobody anything."""
        if not self.days:
            self.day_axis.clear()
            return
        plot = self.chart().plotArea().width()
        width = plot if plot > 50 else max(self.width() - 80, 50)
        needed = self.fontMetrics().horizontalAdvance("30") + 14
        every = max(1, -(-needed * len(self.days) // max(int(width), 1)))
        if every != self._label_every:
            self._label_every = every
            self.day_axis.clear()
            self.day_axis.append(usage.day_labels(self.days, every))

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 (Qt's name)
        super().resizeEvent(event)
        self._relabel()

    def minutes_on(self, index: int) -> dict[str, int]:
        """What the bar of day `index` shows, by call type (read from the bar sets)."""
        return {call_type: round(bar_set.at(index)) for call_type, bar_set in self.bar_sets.items()}

    # --- looks --------------------------------------------------------------------------------

    def _hovered(self, status: bool, index: int, _bar_set: QBarSet) -> None:
        if status and 0 <= index < len(self.days):
            QToolTip.showText(QCursor.pos(), day_sentence(self.days[index]), self)
        else:
            QToolTip.hideText()

    def _apply_palette(self) -> None:
        palette = self.palette()
        window = palette.color(QPalette.ColorRole.Window)
        text = palette.color(QPalette.ColorRole.WindowText)
        muted = palette.color(QPalette.ColorRole.PlaceholderText)
        chart = self.chart()
        dark = window.lightness() < 128
        # A theme resets colours and fonts: set it first, then what follows the palette.
        chart.setTheme(
            QChart.ChartTheme.ChartThemeDark if dark else QChart.ChartTheme.ChartThemeLight
        )
        chart.setBackgroundBrush(window)
        chart.setBackgroundPen(QPen(Qt.PenStyle.NoPen))
        chart.setPlotAreaBackgroundVisible(False)
        chart.legend().setLabelColor(text)
        grid = QColor(muted)
        grid.setAlpha(70)
        for axis in (self.day_axis, self.minutes_axis):
            axis.setLabelsColor(text)
            axis.setTitleBrush(muted)
            axis.setGridLineColor(grid)
            axis.setLinePenColor(muted)
        self.day_axis.setGridLineVisible(False)
        for call_type, bar_set in self.bar_sets.items():
            bar_set.setColor(CALL_TYPE_COLOURS[call_type])
            # A thin line of the background between the stacked parts keeps them apart.
            bar_set.setBorderColor(window)
        self.setBackgroundBrush(window)

    def restyle(self) -> None:
        self._apply_palette()
