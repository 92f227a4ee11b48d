"""Small helpers for the app's table views (every history table is a QTableView over one
RecordTableModel)."""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel
from PySide6.QtWidgets import QAbstractItemView

WHOLE_ROW = (
    QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
)


def select_row(view: QAbstractItemView, row: int) -> None:
    """Make `row` the view's current row, selected whole (and only it), and scroll to it."""
    index = view.model().index(row, 0)
    view.selectionModel().setCurrentIndex(index, WHOLE_ROW)
    view.scrollTo(index)
