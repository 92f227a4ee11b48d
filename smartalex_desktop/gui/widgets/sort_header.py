"""How a history table's header shows its order: ▲ when the column sorts ascending (oldest,
smallest, A first), ▼ when descending (newest, largest first), on every platform; and, after a
click on a header, the chosen row kept in sight.

Why a style: `QHeaderView` hands an ascending column to the style as `SortDown` and a descending
one as `SortUp`, and what a style draws for those is its own choice. Fusion on Linux (measured
here, PySide6 6.12) draws `SortUp` as ▲, so the newest-first Date column showed ▲, which users
read as "oldest first". `SortArrows` draws the style's own up or down arrow (`PE_IndicatorArrowUp`
or `Down`, which mean the same in every style) for the order itself, so the arrow and the rows
agree wherever the app runs.
"""

from __future__ import annotations

from PySide6.QtGui import QPainter
from PySide6.QtWidgets import (
    QApplication,
    QProxyStyle,
    QStyle,
    QStyleFactory,
    QStyleOption,
    QStyleOptionHeader,
    QTableView,
    QWidget,
)

PE = QStyle.PrimitiveElement


class SortArrows(QProxyStyle):
    """The header's style, but its sort arrow points up for ascending and down for descending."""

    def __init__(self) -> None:
        base = QStyleFactory.create(QApplication.style().name())  # the app's own look
        if base is not None:
            super().__init__(base)
        else:
            super().__init__()

    def drawPrimitive(  # noqa: N802 (Qt's name)
        self,
        element: PE,
        option: QStyleOption,
        painter: QPainter,
        widget: QWidget | None = None,
    ) -> None:
        if element == PE.PE_IndicatorHeaderArrow and isinstance(option, QStyleOptionHeader):
            indicator = option.sortIndicator
            if indicator == QStyleOptionHeader.SortIndicator.SortDown:  # Qt's "ascending"
                element = PE.PE_IndicatorArrowUp
            elif indicator == QStyleOptionHeader.SortIndicator.SortUp:  # Qt's "descending"
                element = PE.PE_IndicatorArrowDown
        super().drawPrimitive(element, option, painter, widget)


def show_sort_order(view: QTableView) -> None:
    """Arrows that say the order, and the current row scrolled into sight after a header
    click re-sorts (call it after the view's own sorting is connected, so it runs after)."""
    header = view.horizontalHeader()
    style = SortArrows()
    style.setParent(header)  # the header doesn't own its style: this way they go together
    header.setStyle(style)
    header.sortIndicatorChanged.connect(lambda _column, _order: _keep_in_sight(view))


def _keep_in_sight(view: QTableView) -> None:
    current = view.currentIndex()
    if current.isValid():
        view.scrollTo(current)
