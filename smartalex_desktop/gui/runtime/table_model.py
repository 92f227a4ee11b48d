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

A big list (`BACKGROUND_FROM` records or more) is sorted and filtered on a worker, so the GUI
thread never waits for it (issue 22: no stall over 50 ms; 200,000 rows took 56-190 ms here).
The worker arranges a copy of the list and finds where the chosen records went; the GUI thread
then swaps the new order in with one layout change (a few milliseconds). Until then the view
shows the old order, the header already the new indicator, and `arranging` says so (the view's
cursor shows it is busy). A later sort or filter, a reload or `clear` supersedes a running one
(a generation number: its result is dropped); pages that arrive meanwhile are shown in the old
order and merged into the new one when it is swapped in. So column keys and filters of a big
list run on a worker: they must read only the record and values that do not change under them.
Smaller lists are arranged at once, as before (a few milliseconds).

    model = RecordTableModel([
        Column("Date", lambda invoice: short_date(invoice.created_at), key=lambda i: i.created_at),
        Column("Amount", lambda invoice: money(invoice.total_cents), key=lambda i: i.total_cents,
               align=Qt.AlignmentFlag.AlignRight),
    ], identity=lambda invoice: invoice.id)
    model.set_records(invoices)
    model.set_filter(lambda invoice: invoice.status == "open")
"""

from __future__ import annotations

from collections.abc import Callable, Hashable, Iterable, Sequence
from dataclasses import dataclass
from typing import Any, TypeVar

from PySide6.QtCore import (
    QAbstractItemModel,
    QAbstractTableModel,
    QModelIndex,
    QModelRoleDataSpan,
    QPersistentModelIndex,
    Qt,
    QThreadPool,
    Signal,
)
from PySide6.QtGui import QBrush, QColor, QIcon

from smartalex_desktop.api.errors import SmartAlexError
from smartalex_desktop.gui.runtime import heap, record_order
from smartalex_desktop.gui.runtime.tasks import TaskRunner

R = TypeVar("R")

SortRole = Qt.ItemDataRole.UserRole
RecordRole = Qt.ItemDataRole.UserRole + 1
AnyIndex = QModelIndex | QPersistentModelIndex
LayoutHint = QAbstractItemModel.LayoutChangeHint
# The layout signals' overload that carries the hint (PySide6 picks the one without by default).
WITH_HINT = ("QList<QPersistentModelIndex>", "QAbstractItemModel::LayoutChangeHint")
Sort = tuple[int, Qt.SortOrder]
Filter = Callable[[Any], bool]


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
    # From this many records, sort and filter on a worker: fewer take under ~15 ms at once, and
    # arranging them at once spares the view a moment in the old order.
    BACKGROUND_FROM = 30_000

    arranging = Signal(bool)  # a sort or filter is running on a worker (for a busy cursor)

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
        # What the user asked for, and what `_ordered` and `_shown` are in: the two differ
        # while a worker arranges a big list.
        self._filter: Callable[[R], bool] | None = None
        self._sort: Sort | None = None
        self._arranged_filter: Callable[[R], bool] | None = None
        self._arranged_sort: Sort | None = None
        self._generation = 0  # which arrangement is wanted: a worker's older result is dropped
        self._refilter = False  # the wanted arrangement filters afresh (reveals the first chunk)
        self._busy = False
        self._worker: TaskRunner | None = None

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
        self._settle_arrangement()
        ordered = record_order.in_order(new, *self._order_of(self._sort))
        shown = record_order.passing(ordered, self._filter)
        revealed = min(self.CHUNK, len(shown))
        if self.persistentIndexList():
            self._all, self._ordered = new, ordered
            self._change_layout(shown, revealed, match=self._identity)
            return
        self.beginResetModel()
        self._all, self._ordered, self._shown, self._revealed = new, ordered, shown, revealed
        self.endResetModel()

    def append_records(self, records: Iterable[R]) -> None:
        """A further page: added where the order shown puts it (while a worker arranges the
        list anew, the old order: the page is merged into the new one when that comes)."""
        new = list(records)
        if not new:
            return
        self._all.extend(new)
        sort, keep = self._arranged_sort, self._arranged_filter
        if sort is None:
            # Load order: new rows go at the end (no row moves), revealed when the view asks.
            self._ordered.extend(new)
            self._shown.extend(record_order.passing(new, keep))
            if self._revealed < self.CHUNK:
                self._reveal(min(self.CHUNK, len(self._shown)))
            return
        # Sorted: the page is sorted alone and each of its rows put in its place by a binary
        # search (`record_order.merged`), not the whole list sorted again nor merged row by
        # row, which called the sort key on every row loaded so far for each page.
        key, reverse = self._merge_key(sort)
        page = record_order.in_order(new, *self._order_of(sort))
        self._ordered, _ = record_order.merged(self._ordered, page, key, reverse)
        shown, inserted = record_order.merged(
            self._shown, record_order.passing(page, keep), key, reverse
        )
        revealed = max(self._revealed, min(self.CHUNK, len(shown)))  # the first chunk, full
        # Rows come in as well: not a pure sort. A chosen row moves down by the rows put
        # before it.
        self._change_layout(
            shown, revealed, moved=lambda row: row + record_order.count_upto(inserted, row)
        )

    def set_filter(self, predicate: Callable[[R], bool] | None) -> None:
        """Filtering keeps the current order: one pass over the ordered records, no sort. A
        layout change, not a reset, so a chosen record that still passes stays chosen."""
        self._filter = predicate
        self._refilter = True
        self._arrange(LayoutHint.NoLayoutChangeHint)

    def clear(self) -> None:
        """Nothing shown, nothing chosen (another account: no choice carries over)."""
        self._settle_arrangement()
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

    def multiData(self, index: AnyIndex, roles: QModelRoleDataSpan) -> None:  # noqa: N802
        """All of a cell's roles in one call. To paint a cell, Qt's delegate asks for seven
        (text, icon, colour, alignment, font, check state, background); Qt's own `multiData`
        asks `data()` for each, seven calls into Python, and each takes the GIL. While workers
        parse pages or refresh accounts they hold it, and the GUI thread waited for it before
        almost every call (docs/performance.md, "One call into Python per cell"). The answers
        are `data()`'s, role by role."""
        for number in range(len(roles)):
            role_data = roles[number]
            role_data.setData(self.data(index, role_data.role()))

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
        self._arrange(LayoutHint.VerticalSortHint)

    # --- internals ---------------------------------------------------------------------------

    def _order_of(self, sort: Sort | None) -> tuple[Callable[[R], Any] | None, bool]:
        """The sort key of `sort`'s column (None: load order), and whether it is descending."""
        if sort is None:
            return None, False
        number, order = sort
        column = self.columns[number]
        return column.key or column.display, order == Qt.SortOrder.DescendingOrder

    def _merge_key(self, sort: Sort) -> tuple[Callable[[R], tuple[bool, Any]], bool]:
        """For merging a sorted page into sorted rows: the same order as `record_order.in_order`."""
        value, descending = self._order_of(sort)
        assert value is not None
        return (lambda record: record_order.none_first(value(record))), descending

    def _arrange(self, hint: LayoutHint) -> None:
        """Bring the rows to the wanted sort and filter: at once for a small list, on a worker
        for a big one. Either way an arrangement still running on a worker is superseded."""
        self._generation += 1
        sort, keep, refilter = self._sort, self._filter, self._refilter
        resort = sort != self._arranged_sort
        if len(self._all) < self.BACKGROUND_FROM:
            ordered = (
                record_order.in_order(self._all, *self._order_of(sort)) if resort else self._ordered
            )
            self._arranged(
                sort, keep, refilter, hint, ordered, record_order.passing(ordered, keep), None
            )
            return
        # A copy for the worker: the GUI thread goes on adding pages to the lists it shows.
        snapshot = list(self._all if resort else self._ordered)
        loaded = len(self._all)
        value, descending = self._order_of(sort)
        # The records under the views' persistent indexes, and the first row's: a header makes
        # its indexes (on row 0, for resized columns) only as the layout changes. Any other
        # record chosen meanwhile is found by a scan when the result is shown.
        chosen = {
            id(self._shown[index.row()])
            for index in self.persistentIndexList()
            if 0 <= index.row() < len(self._shown)
        }
        if self._shown:
            chosen.add(id(self._shown[0]))
        generation = self._generation

        def arrange() -> tuple[list[R], list[R], dict[Hashable, int]]:  # on a worker
            ordered = record_order.in_order(snapshot, value, descending) if resort else snapshot
            shown = record_order.passing(ordered, keep)
            return ordered, shown, record_order.rows_of(chosen, shown, id)

        def arranged(result: tuple[list[R], list[R], dict[Hashable, int]]) -> None:
            if generation != self._generation:
                return  # superseded: a later sort or filter, a reload, another account
            ordered, shown, rows = result
            # Pages merged in meanwhile: rows came in as well, not a pure sort.
            merged = hint if len(self._all) == loaded else LayoutHint.NoLayoutChangeHint
            moved = self._rows_after_pages(sort, keep, loaded, ordered, shown, rows, chosen)
            self._arranged(sort, keep, refilter, merged, *moved)
            # The new lists hold every record: while they are young, each of the collector's
            # young passes walks them (7 ms, then 4, for the Wallet's 198,000 rows), on
            # whichever thread allocates next. Once now, then out of its way.
            heap.settle()

        def failed(error: SmartAlexError) -> None:
            if generation == self._generation:  # the same at once: its error, as before
                ordered = (
                    record_order.in_order(self._all, value, descending) if resort else self._ordered
                )
                self._arranged(
                    sort, keep, refilter, hint, ordered, record_order.passing(ordered, keep), None
                )

        if self._worker is None:
            # Its own runner on the shared pool: the window's runner would take a sort for a
            # call that reached SmartAlex ("Updated 10:42").
            self._worker = TaskRunner(self, pool=QThreadPool.globalInstance())
        self._worker.run(arrange, on_success=arranged, on_failure=failed, description="arrange")
        self._set_busy(True)

    def _rows_after_pages(
        self,
        sort: Sort | None,
        keep: Filter | None,
        loaded: int,
        ordered: list[R],
        shown: list[R],
        rows: dict[Hashable, int],
        chosen: set[int],
    ) -> tuple[list[R], list[R], Callable[[int], int | None]]:
        """A worker's arrangement of the first `loaded` records, with the pages that arrived
        since merged in, and where each row now shown goes: the worker's rows for the records
        chosen when it started (moved down by the page rows put before them), not known for
        a record chosen since."""
        pages = self._all[loaded:]
        inserted: list[int] = []
        if pages:
            page = record_order.in_order(pages, *self._order_of(sort))
            if sort is None:
                ordered, shown = ordered + page, shown + record_order.passing(page, keep)
            else:
                key, reverse = self._merge_key(sort)
                ordered, _ = record_order.merged(ordered, page, key, reverse)
                shown, inserted = record_order.merged(
                    shown, record_order.passing(page, keep), key, reverse
                )
        old = self._shown

        def moved(row: int) -> int | None:
            record = id(old[row])
            if record not in chosen:
                return None
            new = rows.get(record)
            return (
                record_order.GONE if new is None else new + record_order.count_upto(inserted, new)
            )

        return ordered, shown, moved

    def _arranged(
        self,
        sort: Sort | None,
        keep: Filter | None,
        refilter: bool,
        hint: LayoutHint,
        ordered: list[R],
        shown: list[R],
        moved: Callable[[int], int | None] | None,
    ) -> None:
        """Show an arrangement: one layout change on the GUI thread."""
        self._ordered = ordered
        self._arranged_sort, self._arranged_filter = sort, keep
        self._refilter = False
        revealed = min(self.CHUNK, len(shown)) if refilter else self._revealed
        if refilter:  # rows come and go: a sort's hint would tell the view they only moved
            hint = LayoutHint.NoLayoutChangeHint
        self._change_layout(shown, revealed, hint=hint, moved=moved)
        self._set_busy(False)

    def _settle_arrangement(self) -> None:
        """A reload or clear arranges at once, as wanted: any arrangement running is dropped."""
        self._generation += 1
        self._arranged_sort, self._arranged_filter = self._sort, self._filter
        self._refilter = False
        self._set_busy(False)

    def _set_busy(self, busy: bool) -> None:
        if busy != self._busy:
            self._busy = busy
            self.arranging.emit(busy)

    def _change_layout(
        self,
        shown: list[R],
        revealed: int,
        *,
        match: Callable[[R], Hashable] = id,
        hint: LayoutHint = LayoutHint.NoLayoutChangeHint,
        moved: Callable[[int], int | None] | None = None,
    ) -> None:
        """Show `shown` (its first `revealed` rows), moving every persistent index to the row
        of its record, revealing rows as far as the last of them. `moved` says where a row
        goes when that is known (`record_order.GONE`: its record no longer shows); the others
        are found by matching their records (`match`) in one scan of `shown`.

        The indexes are read after `layoutAboutToBeChanged`: that is when a selection model
        turns its ranges into the persistent indexes it restores the selection from."""
        self.layoutAboutToBeChanged[WITH_HINT].emit([], hint)
        before = self.persistentIndexList()
        after: list[QModelIndex] = []
        if before:
            old = self._shown
            new_rows: list[int | None] = [record_order.GONE] * len(before)
            unknown: dict[int, Hashable] = {}  # position in `before` → its record's key
            for position, index in enumerate(before):
                if not index.row() < len(old):
                    continue
                row = moved(index.row()) if moved is not None else None
                if row is None:
                    unknown[position] = match(old[index.row()])
                else:
                    new_rows[position] = row
            if unknown:
                rows = record_order.rows_of(set(unknown.values()), shown, match)
                for position, key in unknown.items():
                    new_rows[position] = rows.get(key, record_order.GONE)
            for index, row in zip(before, new_rows, strict=True):
                if row is None or row == record_order.GONE:
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
