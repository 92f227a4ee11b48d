"""Small helpers for the app's table views (every history table is a QTableView over one
RecordTableModel)."""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView

from smartalex_desktop.gui.runtime.table_model import RecordTableModel
from smartalex_desktop.gui.widgets.sort_header import show_sort_order

WHOLE_ROW = (
    QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
)


def select_row(view: QAbstractItemView, row: int) -> None:
    """Make `row` the view's current row, selected whole (and only it), and scroll to it."""
    index = view.model().index(row, 0)
    view.selectionModel().setCurrentIndex(index, WHOLE_ROW)
    view.scrollTo(index)


def set_up_history_table(view: QTableView, model: RecordTableModel, widths: list[int]) -> None:
    """A history table that keeps the API's order (newest first) until a header is clicked."""
    view.setModel(model)
    header = view.horizontalHeader()
    header.setHighlightSections(False)
    header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
    for section, width in enumerate(widths):
        header.resizeSection(section, width)
    header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    header.setStretchLastSection(True)
    # Sorting in the model on a header click. Not setSortingEnabled(True): that sorts at
    # once, and a sorted model re-sorts on every page that arrives; the API's order
    # (newest first) is what the indicator shows until the user asks for another.
    header.setSortIndicatorShown(True)
    header.setSortIndicator(0, Qt.SortOrder.DescendingOrder)
    header.setSectionsClickable(True)
    header.sortIndicatorChanged.connect(model.sort)
    show_sort_order(view)  # ▼ for newest first; the chosen row stays in sight
    show_busy_while_arranging(view, model)
    view.verticalHeader().setDefaultSectionSize(view.fontMetrics().height() + 10)


def show_busy_while_arranging(view: QAbstractItemView, model: RecordTableModel) -> None:
    """A busy cursor over the rows while a worker sorts or filters a big list: the header shows
    the new order at once, the rows a moment later, and the cursor says why they have not
    moved yet. Then the chosen row is brought into sight, as a header click does at once for
    a small list (`show_sort_order`)."""

    def arranging(busy: bool) -> None:
        if busy:
            view.viewport().setCursor(Qt.CursorShape.BusyCursor)
            return
        view.viewport().unsetCursor()
        current = view.currentIndex()
        if current.isValid():
            view.scrollTo(current)

    model.arranging.connect(arranging)
