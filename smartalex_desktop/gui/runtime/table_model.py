"""One table model for every history table (invoices, wallet transactions, calls): rows are the
API's records, columns say how to show and sort them, and sort and filter happen here, in the
model, with Python's `list.sort` — not in a `QSortFilterProxyModel`, which calls `data()` for
every comparison, a hundred times slower on a long list (docs/performance.md, "Table model:
sorting in the model").

Rows are revealed to the view in chunks through `canFetchMore`/`fetchMore`, so a view asks
`data()` only for what it has scrolled to, however many records are loaded.

A row the user chose stays on its record. Sort, a page merged in, a filter and a reload move the
views' persistent indexes (the current row, the selection) to where their records now are, by
Qt's protocol: `layoutAboutToBeChanged`, `changePersistentIndexList`, `layoutChanged` (a reset
would drop the selection, and a bare layout change leaves it on the row number, on another
record). Only the indexes that exist are mapped (one scan of the rows, no per-row dictionary), so
sorting stays O(n log n). A reload matches records by `identity` (their id: it brings new objects
for the same invoices). A chosen record that moves past the revealed rows is revealed with it, so
the choice is never dropped silently; a record that no longer passes the filter, or is gone from
a reload, loses its index (an invalid one), and the tab chooses again. (Qt's header keeps indexes
of row 0 for its resized columns through a filter change, so a filter can reveal a little past
the first chunk: harmless, the view still asks `data()` only for the rows on screen.)

    model = RecordTableModel([
        Column("Date", lambda invoice: short_date(invoice.created_at), key=lambda i: i.created_at),
        Column("Amount", lambda invoice: money(invoice.total_cents), key=lambda i: i.total_cents,
               align=Qt.AlignmentFlag.AlignRight),
    ], identity=lambda invoice: invoice.id)
    model.set_records(invoices)
    model.set_filter(lambda invoice: invoice.status == "open")
"""

from __future__ import annotations

import heapq
import itertools
from collections.abc import Callable, Hashable, Iterable, Sequence
from dataclasses import dataclass
from typing import Any, TypeVar

from PySide6.QtCore import (
    QAbstractItemModel,
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QColor, QIcon

R = TypeVar("R")

SortRole = Qt.ItemDataRole.UserRole
RecordRole = Qt.ItemDataRole.UserRole + 1
AnyIndex = QModelIndex | QPersistentModelIndex
LayoutHint = QAbstractItemModel.LayoutChangeHint
# The layout signals' overload that carries the hint (PySide6 picks the one without by default).
WITH_HINT = ("QList<QPersistentModelIndex>", "QAbstractItemModel::LayoutChangeHint")


@dataclass(frozen=True)
class Column[R]:
    title: str
    display: Callable[[R], str]
    key: Callable[[R], Any] | None = None  # how the column sorts (default: the text shown)
    align: Qt.AlignmentFlag = Qt.AlignmentFlag.AlignLeft
    colour: Callable[[R], QColor | None] | None = None  # e.g. a failed transaction in red
    tooltip: Callable[[R], str] | None = None
    # An icon beside the text (a status flag: colour is never the only signal), and what a
    # screen reader says for the cell when the text alone would not tell it (default: the text).
    icon: Callable[[R], QIcon | None] | None = None
    accessible: Callable[[R], str] | None = None


class RecordTableModel[R](QAbstractTableModel):
    CHUNK = 500  # rows revealed to the view at a time

    def __init__(
        self,
        columns: Sequence[Column[R]],
        parent: Any = None,
        *,
        identity: Callable[[R], Hashable] | None = None,
    ) -> None:
        """`identity`: what makes two copies of a record the same record (its id), so a reload
        keeps the views' choice on it. Without it only the very same objects are matched."""
        super().__init__(parent)
        self.columns = list(columns)
        self._identity: Callable[[R], Hashable] = identity or id
        self._all: list[R] = []  # load order
        self._ordered: list[R] = []  # every record in the current sort order
        self._shown: list[R] = []  # the ordered records that pass the filter
        self._revealed = 0
        self._filter: Callable[[R], bool] | None = None
        self._sort: tuple[int, Qt.SortOrder] | None = None

    # --- what callers use --------------------------------------------------------------------

    @property
    def records(self) -> list[R]:
        """Every loaded record, unfiltered, in load order."""
        return list(self._all)

    @property
    def matching(self) -> list[R]:
        """The records that pass the filter, in the current order (revealed or not)."""
        return list(self._shown)

    def record(self, row: int) -> R:
        return self._shown[row]

    def row_of(self, predicate: Callable[[R], bool]) -> int | None:
        """The row of the first matching record, revealing rows up to it."""
        for row, record in enumerate(self._shown):
            if predicate(record):
                if row >= self._revealed:
                    self._reveal(row + 1)
                return row
        return None

    def set_records(self, records: Iterable[R]) -> None:
        """A new list. A reload of what a view has chosen from keeps the choice on the same
        records (matched by `identity`); with nothing chosen, a reset is cheapest."""
        new = list(records)
        ordered = self._in_order(new)
        shown = self._passing(ordered)
        revealed = min(self.CHUNK, len(shown))
        if self.persistentIndexList():
            self._all, self._ordered = new, ordered
            self._change_layout(shown, revealed, match=self._identity)
            return
        self.beginResetModel()
        self._all, self._ordered, self._shown, self._revealed = new, ordered, shown, revealed
        self.endResetModel()

    def append_records(self, records: Iterable[R]) -> None:
        """A further page: added where the current order puts it."""
        new = list(records)
        if not new:
            return
        self._all.extend(new)
        if self._sort is None:
            # Load order: new rows go at the end (no row moves), revealed when the view asks.
            self._ordered.extend(new)
            self._shown.extend(self._passing(new))
            if self._revealed < self.CHUNK:
                self._reveal(min(self.CHUNK, len(self._shown)))
            return
        # Sorted: the page is sorted alone and merged in (linear), not the whole list again —
        # or, when it sorts after every row (the next page of a list loaded in the order shown,
        # newest first under a date sorted newest first), added at the end without a merge,
        # which would call the sort key on every row loaded so far for each page.
        key, reverse = self._merge_key()
        page = self._in_order(new)
        passing = self._passing(page)
        if _comes_after(page, self._ordered, key, reverse):
            self._ordered.extend(page)
            shown = [*self._shown, *passing]
        else:
            self._ordered = list(heapq.merge(self._ordered, page, key=key, reverse=reverse))
            shown = list(heapq.merge(self._shown, passing, key=key, reverse=reverse))
        revealed = max(self._revealed, min(self.CHUNK, len(shown)))  # the first chunk, full
        self._change_layout(shown, revealed)  # rows come in as well: not a pure sort

    def set_filter(self, predicate: Callable[[R], bool] | None) -> None:
        """Filtering keeps the current order: one pass over the ordered records, no sort. A
        layout change, not a reset, so a chosen record that still passes stays chosen."""
        self._filter = predicate
        shown = self._passing(self._ordered)
        self._change_layout(shown, min(self.CHUNK, len(shown)))

    def clear(self) -> None:
        """Nothing shown, nothing chosen (another account: no choice carries over)."""
        self.beginResetModel()
        self._all, self._ordered, self._shown, self._revealed = [], [], [], 0
        self.endResetModel()

    # --- Qt's interface ----------------------------------------------------------------------

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else self._revealed

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.columns)

    def canFetchMore(self, parent: AnyIndex) -> bool:  # noqa: N802
        return not parent.isValid() and self._revealed < len(self._shown)

    def fetchMore(self, parent: AnyIndex) -> None:  # noqa: N802
        if not parent.isValid():
            self._reveal(min(self._revealed + self.CHUNK, len(self._shown)))

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= self._revealed:
            return None
        record = self._shown[index.row()]
        column = self.columns[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return column.display(record)
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return column.accessible(record) if column.accessible else column.display(record)
        if role == Qt.ItemDataRole.DecorationRole and column.icon is not None:
            return column.icon(record)
        if role == SortRole:
            return column.key(record) if column.key else column.display(record)
        if role == RecordRole:
            return record
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(column.align | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ForegroundRole and column.colour is not None:
            colour = column.colour(record)
            return QBrush(colour) if colour is not None else None
        if role == Qt.ItemDataRole.ToolTipRole and column.tooltip is not None:
            return column.tooltip(record) or None
        return None

    def headerData(  # noqa: N802
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Vertical:
            # The tables hide their row headers, but Qt still offers them to screen readers,
            # which say a row's header when moving to it: the row's first column, as shown.
            if role == Qt.ItemDataRole.AccessibleTextRole and 0 <= section < self.rowCount():
                return self.data(self.index(section, 0), Qt.ItemDataRole.DisplayRole)
            return None
        if not 0 <= section < len(self.columns):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self.columns[section].title
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(self.columns[section].align | Qt.AlignmentFlag.AlignVCenter)
        return None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(self.columns):
            return
        self._sort = (column, order)
        self._ordered = self._in_order(self._all)
        shown = self._passing(self._ordered)
        self._change_layout(shown, self._revealed, hint=LayoutHint.VerticalSortHint)

    # --- internals ---------------------------------------------------------------------------

    def _passes(self, record: R) -> bool:
        return self._filter is None or self._filter(record)

    def _passing(self, records: list[R]) -> list[R]:
        if self._filter is None:
            return list(records)
        keep = self._filter
        return [record for record in records if keep(record)]

    def _in_order(self, records: list[R]) -> list[R]:
        """`records` in the current sort order (load order when unsorted). Stable, so equal keys
        keep load order (newest first). Records without a value come first ascending, last
        descending. Sorted on the bare values (no (is-None, value) tuples): comparing tuples
        made sorting 200,000 rows twice as slow."""
        if self._sort is None:
            return list(records)
        number, order = self._sort
        column = self.columns[number]
        value = column.key or column.display
        present = [record for record in records if value(record) is not None]
        missing = (
            [record for record in records if value(record) is None]
            if len(present) < len(records)
            else []
        )
        descending = order == Qt.SortOrder.DescendingOrder
        present.sort(key=value, reverse=descending)
        return present + missing if descending else missing + present

    def _merge_key(self) -> tuple[Callable[[R], tuple[bool, Any]], bool]:
        """For merging a sorted page into sorted rows: the same order as `_in_order`."""
        assert self._sort is not None
        number, order = self._sort
        column = self.columns[number]
        value = column.key or column.display
        return (lambda record: _none_first(value(record))), order == Qt.SortOrder.DescendingOrder

    def _change_layout(
        self,
        shown: list[R],
        revealed: int,
        *,
        match: Callable[[R], Hashable] = id,
        hint: LayoutHint = LayoutHint.NoLayoutChangeHint,
    ) -> None:
        """Show `shown` (its first `revealed` rows), moving every persistent index to the row
        of its record (matched by `match`), revealing rows as far as the last of them.

        The indexes are read after `layoutAboutToBeChanged`: that is when a selection model
        turns its ranges into the persistent indexes it restores the selection from."""
        self.layoutAboutToBeChanged[WITH_HINT].emit([], hint)
        before = self.persistentIndexList()
        after: list[QModelIndex] = []
        if before:
            old = self._shown
            chosen = [
                match(old[index.row()]) if index.row() < len(old) else None for index in before
            ]
            wanted = set(chosen)
            wanted.discard(None)
            rows = _rows_of(wanted, shown, match)
            for index, key in zip(before, chosen, strict=True):
                row = rows.get(key) if key is not None else None
                if row is None:
                    after.append(QModelIndex())  # filtered out, or gone from the reload
                else:
                    after.append(self.createIndex(row, index.column()))
                    revealed = max(revealed, row + 1)
        self._shown = shown
        self._revealed = min(revealed, len(shown))
        if before:
            self.changePersistentIndexList(before, after)
        self.layoutChanged[WITH_HINT].emit([], hint)

    def _reveal(self, upto: int) -> None:
        if upto <= self._revealed:
            return
        self.beginInsertRows(QModelIndex(), self._revealed, upto - 1)
        self._revealed = upto
        self.endInsertRows()


def _rows_of[T](
    wanted: set[Hashable], records: list[T], match: Callable[[T], Hashable]
) -> dict[Hashable, int]:
    """The first row of each wanted key: one pass in C (`map`, `compress`) over the records,
    stopping once all are found; Python code runs only for the few found."""
    rows: dict[Hashable, int] = {}
    if not wanted:
        return rows
    found = itertools.compress(enumerate(records), map(wanted.__contains__, map(match, records)))
    for row, record in found:
        rows.setdefault(match(record), row)
        if len(rows) == len(wanted):
            break
    return rows


def _comes_after[T](page: list[T], rows: list[T], key: Callable[[T], Any], reverse: bool) -> bool:
    """Whether the sorted `page` belongs wholly after the sorted `rows`: what `heapq.merge`
    would make of them (it keeps the rows first among equal keys) is the two one after the
    other."""
    if not page or not rows:
        return True
    first, last = key(page[0]), key(rows[-1])
    return not (first > last if reverse else first < last)


def _none_first(value: Any) -> tuple[bool, Any]:
    return (value is not None, value)
