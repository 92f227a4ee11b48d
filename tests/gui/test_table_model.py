"""The history tables' model alone: Qt's model checks, chunked reveal, sort and filter in the
model, pages appended in order, and a chosen record that stays chosen through all of them (a
`QItemSelectionModel`, as a view holds it: its current index and selection are persistent
indexes the model must move)."""

from __future__ import annotations

import gc
from collections.abc import Callable
from dataclasses import dataclass

import pytest
from PySide6.QtCore import QItemSelectionModel, QModelIndex, Qt

from smartalex_desktop.gui.runtime.table_model import Column, RecordRole, RecordTableModel, SortRole

ASCENDING, DESCENDING = Qt.SortOrder.AscendingOrder, Qt.SortOrder.DescendingOrder
SELECT_ROWS = (
    QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
)


@dataclass(frozen=True)
class Row:
    id: str
    cents: int
    kind: str


def _rows(count: int, start: int = 0) -> list[Row]:
    return [
        Row(f"r{n:06d}", (n * 7919) % 100_000, "usage" if n % 3 else "top_up")
        for n in range(start, start + count)
    ]


def _model(count: int, identity: Callable[[Row], object] | None = None) -> RecordTableModel[Row]:
    model = RecordTableModel(
        [
            Column("Id", lambda row: row.id),
            Column("Amount", lambda row: f"${row.cents / 100:.2f}", key=lambda row: row.cents),
            Column("Kind", lambda row: row.kind),
        ],
        identity=identity,
    )
    model.set_records(_rows(count))
    return model


def test_the_model_passes_qts_model_checks(qtmodeltester):
    """Each state checked afresh, with rows still unrevealed when the check starts (the check
    itself fetches them, as a view scrolling down does)."""
    model = _model(1_234)
    assert model.canFetchMore(QModelIndex())
    qtmodeltester.check(model, force_py=True)
    for state in (
        lambda m: m.sort(1, DESCENDING),
        lambda m: m.set_filter(lambda row: row.kind == "usage"),
        lambda m: m.append_records(_rows(800, start=5_000)),
    ):
        model = _model(1_234)
        model.sort(2, ASCENDING)
        state(model)
        assert model.canFetchMore(QModelIndex())
        qtmodeltester.check(model, force_py=True)


@pytest.mark.parametrize("force_py", [True, False], ids=["python-tester", "qt-tester"])
def test_the_model_passes_qts_checks_through_every_change_with_a_row_chosen(
    qtmodeltester, force_py
):
    """Qt's own tester (C++ `QAbstractItemModelTester`, and pytest-qt's Python port) watching
    every signal while a chosen row is moved about, filtered out and reloaded.

    Within one chunk: both testers call `fetchMore` from their `layoutChanged`/`modelReset`
    slot before they mark the change finished, so rows revealed then read to them as inserted
    during the change (the previous test checks the unrevealed rows)."""
    model = _model(300, identity=lambda row: row.id)
    chosen = QItemSelectionModel(model, model)
    qtmodeltester.check(model, force_py=force_py)
    chosen.setCurrentIndex(model.index(3, 0), SELECT_ROWS)
    for column in range(model.columnCount()):
        model.sort(column, ASCENDING)
        model.sort(column, DESCENDING)
    model.append_records(_rows(100, start=5_000))  # merged into the sorted rows
    model.set_filter(lambda row: row.kind == "usage")
    model.set_filter(lambda row: row.kind == "top_up")  # the chosen row is filtered out
    model.set_filter(None)
    chosen.setCurrentIndex(model.index(7, 0), SELECT_ROWS)
    model.set_records(_rows(450))  # a reload: new objects, the same ids
    assert chosen.currentIndex().isValid()
    model.clear()
    qtmodeltester.check(model, force_py=force_py)


def test_rows_are_revealed_in_chunks_as_the_view_asks():
    model = _model(1_200)
    assert model.rowCount() == RecordTableModel.CHUNK
    assert model.canFetchMore(QModelIndex())
    while model.canFetchMore(QModelIndex()):
        model.fetchMore(QModelIndex())
    assert model.rowCount() == 1_200
    assert model.row_of(lambda row: row.id == "r001199") == 1_199


def test_sort_and_filter_happen_in_the_model_on_every_loaded_record():
    model = _model(20_000)
    model.sort(1, Qt.SortOrder.AscendingOrder)
    amounts = [row.cents for row in model.matching]
    assert amounts == sorted(amounts) and len(amounts) == 20_000
    top = model.index(0, 1)
    assert model.data(top, SortRole) == min(amounts)
    assert model.data(top, RecordRole).cents == min(amounts)

    model.set_filter(lambda row: row.kind == "top_up")
    assert all(row.kind == "top_up" for row in model.matching)
    assert len(model.matching) == len([n for n in range(20_000) if n % 3 == 0])
    assert model.rowCount() == RecordTableModel.CHUNK  # revealed afresh


def test_a_page_appended_takes_its_place_in_the_current_order():
    model = _model(10)
    model.sort(1, Qt.SortOrder.DescendingOrder)
    model.append_records([Row("big", 10_000_000, "usage"), Row("small", -1, "usage")])
    assert model.record(0).id == "big"
    assert model.matching[-1].id == "small"
    unsorted = _model(3)
    unsorted.append_records([Row("later", 5, "usage")])
    assert [row.id for row in unsorted.matching][-1] == "later"
    assert unsorted.rowCount() == 4


def test_pages_merged_into_a_sorted_model_keep_it_sorted_and_stable():
    import random

    generator = random.Random(7)
    model = _model(0)
    model.sort(1, Qt.SortOrder.DescendingOrder)
    loaded: list[Row] = []
    for page_number in range(30):
        page = [Row(f"p{page_number}-{n}", generator.randint(0, 500), "usage") for n in range(40)]
        loaded += page
        model.append_records(page)
    # Python's stable sort of everything at once: equal amounts in load order.
    assert model.matching == sorted(loaded, key=lambda row: row.cents, reverse=True)


@pytest.mark.parametrize("order", [ASCENDING, DESCENDING])
def test_pages_that_sort_after_every_row_are_added_as_a_merge_would_add_them(order):
    """A list loaded in the order it is sorted (newest first, dates newest first) is added to
    at the end without a merge: same rows, same order, equal keys included, filter applied."""
    model = _model(0)
    model.sort(1, order)
    model.set_filter(lambda row: row.kind == "usage")
    step = 1 if order == ASCENDING else -1
    loaded: list[Row] = []
    for page_number in range(20):
        base = 1_000 + step * page_number * 10  # each page at or past the last one's keys
        page = [Row(f"p{page_number}-{n}", base + step * (n // 3), "usage" if n % 4 else "top_up")
                for n in range(12)]  # fmt: skip
        loaded += page
        model.append_records(page)
    expected = sorted(loaded, key=lambda row: row.cents, reverse=order == DESCENDING)
    assert model.matching == [row for row in expected if row.kind == "usage"]
    model.set_filter(None)
    assert model.matching == expected


# --- the chosen record stays chosen ---------------------------------------------------------------


class Watched:
    """A selection model on the model, as a view keeps it, counting what it says changed."""

    def __init__(self, model: RecordTableModel[Row]) -> None:
        self.model = model
        # Owned by the model, and PySide6 told so: the one-argument constructor makes the model
        # its parent behind PySide6's back, and the two then delete it twice.
        self.selection = QItemSelectionModel(model, model)
        self.signals: list[str] = []
        self.selection.currentChanged.connect(lambda *_: self.signals.append("current"))
        self.selection.selectionChanged.connect(lambda *_: self.signals.append("selection"))

    def choose(self, *ids: str) -> None:
        """Click the first, Ctrl+click the others."""
        for number, wanted in enumerate(ids):
            row = self.model.row_of(lambda row, wanted=wanted: row.id == wanted)
            assert row is not None
            flags = (
                SELECT_ROWS
                if number == 0
                else (
                    QItemSelectionModel.SelectionFlag.Select
                    | QItemSelectionModel.SelectionFlag.Rows
                )
            )
            self.selection.setCurrentIndex(self.model.index(row, 0), flags)
        self.signals.clear()

    @property
    def current(self) -> str | None:
        index = self.selection.currentIndex()
        return self.model.record(index.row()).id if index.isValid() else None

    @property
    def selected(self) -> list[str]:
        rows = self.selection.selectedRows()
        columns = self.model.columnCount()
        for index in rows:  # whole rows, every column: the highlight is the record's row
            for column in range(columns):
                assert self.selection.isSelected(self.model.index(index.row(), column))
        return sorted(self.model.record(index.row()).id for index in rows)


def _every_change(model: RecordTableModel[Row]) -> list[tuple[str, Callable[[], None]]]:
    changes: list[tuple[str, Callable[[], None]]] = []
    for column in range(model.columnCount()):
        for order in (ASCENDING, DESCENDING):
            changes.append(
                (f"sort {column} {order.name}", lambda c=column, o=order: model.sort(c, o))
            )
    changes += [
        ("merge a page", lambda: model.append_records(_rows(700, start=10_000))),
        ("filter", lambda: model.set_filter(lambda row: row.kind == "usage")),
        ("reveal more", lambda: model.fetchMore(QModelIndex())),
        ("clear the filter", lambda: model.set_filter(None)),
        ("reload", lambda: model.set_records(_rows(1_300) + _rows(700, start=10_000))),
        ("back to Id", lambda: model.sort(0, ASCENDING)),
    ]
    return changes


@pytest.mark.parametrize("sorted_first", [False, True], ids=["load-order", "sorted"])
def test_the_chosen_records_stay_chosen_through_sort_merge_filter_and_reload(sorted_first):
    model = _model(1_300, identity=lambda row: row.id)
    if sorted_first:
        model.sort(1, DESCENDING)  # pages then merge into sorted rows
    watched = Watched(model)
    watched.choose("r000004", "r000101", "r000400")  # usage rows, all passing the filter
    for name, change in _every_change(model):
        change()
        assert watched.current == "r000400", name
        assert watched.selected == ["r000004", "r000101", "r000400"], name
        # A pure move: the selection is the same, so Qt says nothing changed.
        assert watched.signals == [], name
    if not sorted_first:  # in load order a page goes at the end: no row moved
        model.append_records(_rows(5, start=20_000))
        assert watched.current == "r000400"


def test_a_chosen_record_sorted_past_the_revealed_rows_is_revealed_with_it():
    model = _model(5_000)
    watched = Watched(model)
    smallest = min(model.records, key=lambda row: row.cents)
    watched.choose(smallest.id)
    model.sort(1, DESCENDING)  # the smallest amount goes to the very end
    assert model.rowCount() == 5_000 and watched.current == smallest.id
    model.set_filter(lambda row: row.kind == smallest.kind)
    assert watched.current == smallest.id
    assert model.rowCount() == len(model.matching)  # revealed as far as the chosen row
    model.set_filter(lambda row: row.kind != smallest.kind)
    assert model.rowCount() == RecordTableModel.CHUNK  # nothing chosen to reveal


def test_a_record_filtered_out_or_gone_from_a_reload_is_no_longer_chosen():
    model = _model(1_000, identity=lambda row: row.id)
    watched = Watched(model)
    watched.choose("r000003")  # a top-up row
    model.set_filter(lambda row: row.kind == "usage")
    assert watched.current is None and watched.selected == []
    model.set_filter(None)  # not chosen again behind the user's back, on whatever row
    assert watched.current is None and watched.selected == []

    watched.choose("r000007")
    model.set_records(_rows(5) + _rows(5, start=8))  # a reload without it
    assert watched.current is None and watched.selected == []


def test_a_reload_matches_records_by_identity_in_one_pass():
    looked_at: list[str] = []

    def identity(row: Row) -> str:
        looked_at.append(row.id)
        return row.id

    model = _model(20_000, identity=identity)
    model.sort(1, ASCENDING)
    watched = Watched(model)
    watched.choose("r000042")
    looked_at.clear()
    model.set_records(_rows(20_000))  # new objects, the same ids
    assert watched.current == "r000042"
    assert model.record(watched.selection.currentIndex().row()) is not None
    assert len(looked_at) <= 20_000 + 10  # each new row once, and the chosen ones: no n²

    without = _model(100)  # no identity: only the very same objects are the same records
    plain = Watched(without)
    plain.choose("r000042")
    without.set_records(without.records)
    assert plain.current == "r000042"
    without.set_records(_rows(100))
    assert plain.current is None


# --- a big list: sorted and filtered on a worker -------------------------------------------------


def _big(count: int) -> RecordTableModel[Row]:
    """A list big enough to be arranged on a worker (the threshold lowered for this model, so
    the test stays quick; 200,000 rows are the benchmark's, benchmarks/model_bench.py)."""
    model = _model(count, identity=lambda row: row.id)
    model.BACKGROUND_FROM = 1_000
    return model


def _arranged(qtbot, model: RecordTableModel[Row]) -> None:
    """Wait for the worker's arrangement to be shown."""
    qtbot.waitUntil(lambda: not model._busy, timeout=10_000)


def test_a_big_list_is_sorted_on_a_worker_and_keeps_the_chosen_record(qtbot, qtmodeltester):
    model = _big(6_000)
    qtmodeltester.check(model, force_py=True)  # it keeps watching the signals that follow
    watched = Watched(model)
    smallest = min(model.records, key=lambda row: row.cents)
    watched.choose("r000004", smallest.id)
    before = model.matching
    busy: list[bool] = []
    model.arranging.connect(busy.append)

    model.sort(1, DESCENDING)
    assert model.matching == before  # not sorted on the GUI thread: the old order, for now
    assert busy == [True]
    _arranged(qtbot, model)
    assert busy == [True, False]
    assert model.matching == sorted(model.records, key=lambda row: row.cents, reverse=True)
    assert watched.current == smallest.id  # sorted to the very end, still chosen
    assert watched.selected == sorted(["r000004", smallest.id])
    assert watched.signals == []  # a pure move
    assert model.rowCount() == 6_000  # revealed as far as it

    model.set_filter(lambda row: row.kind == smallest.kind)
    assert len(model.matching) == 6_000  # filtered on the worker, too
    _arranged(qtbot, model)
    assert all(row.kind == smallest.kind for row in model.matching)
    assert watched.current == smallest.id
    assert model.rowCount() == len(model.matching)  # revealed as far as the chosen row


def test_a_worker_arrangement_is_out_of_the_collectors_way_once_shown(qtbot):
    """Young, the lists of every record made each of the collector's young passes walk them
    (7 ms, then 4 more for the Wallet's 198,000 rows) on whichever thread allocated next: once
    shown they are frozen, and no pass walks them again."""
    model = _big(6_000)

    def tracked() -> list[int]:  # the model's lists the collector still walks (not frozen)
        lists = {id(model._ordered), id(model._shown)}
        return [id(o) for o in gc.get_objects() if id(o) in lists]

    model.sort(1, DESCENDING)
    _arranged(qtbot, model)
    assert tracked() == []
    model.set_filter(lambda row: row.cents % 2 == 0)
    _arranged(qtbot, model)
    assert tracked() == []
    assert all(row.cents % 2 == 0 for row in model.matching)


@pytest.mark.parametrize("order", [ASCENDING, DESCENDING])
def test_a_list_past_the_threshold_sorts_in_slices_as_one_stable_sort_would(qtbot, order):
    """At the real threshold, with more rows than a slice of the worker's sort and of its scan
    for the chosen rows: equal kinds (15,000 top-ups, 30,000 usage rows) keep load order
    across the slices, and the chosen record, far down, stays chosen."""
    count = RecordTableModel.BACKGROUND_FROM + 15_000
    model = _model(count, identity=lambda row: row.id)
    watched = Watched(model)
    while model.canFetchMore(QModelIndex()):
        model.fetchMore(QModelIndex())
    last = f"r{count - 2:06d}"
    watched.choose(last)
    model.sort(2, order)
    assert model.matching == model.records  # not yet: on a worker
    _arranged(qtbot, model)
    assert model.matching == sorted(
        model.records, key=lambda row: row.kind, reverse=order == DESCENDING
    )
    assert watched.current == last
    model.sort(1, order)
    _arranged(qtbot, model)
    assert model.matching == sorted(
        model.records, key=lambda row: row.cents, reverse=order == DESCENDING
    )
    assert watched.current == last


def test_a_page_merged_while_a_worker_sorts_is_in_the_final_order(qtbot):
    """The worker sorts the rows loaded when it started; pages that arrive meanwhile show in the
    old order, then are merged into the new one, and a record chosen among them stays chosen."""
    model = _big(5_000)
    watched = Watched(model)
    watched.choose("r000010")  # chosen before: the worker finds its row, pages move it down
    model.sort(1, ASCENDING)
    page = [Row(f"page{n}", (n * 37) % 100_000, "usage") for n in range(300)]
    model.append_records(page)  # still in load order: at the end
    assert [row.id for row in model.matching[-300:]] == [row.id for row in page]
    while model.canFetchMore(QModelIndex()):
        model.fetchMore(QModelIndex())
    row = model.row_of(lambda row: row.id == "page7")
    assert row is not None
    watched.selection.select(  # chosen meanwhile, Ctrl+click: found by a scan
        model.index(row, 0),
        QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows,
    )
    model.append_records(_rows(200, start=50_000))
    _arranged(qtbot, model)
    loaded = _rows(5_000) + page + _rows(200, start=50_000)
    assert model.matching == sorted(loaded, key=lambda row: row.cents)  # stable: load order
    assert watched.current == "r000010"
    assert watched.selected == ["page7", "r000010"]


def test_a_second_sort_or_a_filter_while_a_worker_sorts_gives_the_last_order_asked(qtbot):
    model = _big(5_000)
    watched = Watched(model)
    watched.choose("r000003")  # a top-up
    shown: list[list[Row]] = []
    model.layoutChanged.connect(lambda *_: shown.append(model.matching))
    model.sort(1, DESCENDING)
    model.sort(2, ASCENDING)  # the first is superseded: its order is never shown
    _arranged(qtbot, model)
    qtbot.wait(50)  # the first worker's result, if it came after, must change nothing
    assert model.matching == sorted(model.records, key=lambda row: row.kind)
    assert len(shown) == 1
    assert watched.current == "r000003"

    model.sort(1, ASCENDING)
    model.set_filter(lambda row: row.kind == "usage")  # sorted and filtered in one go
    _arranged(qtbot, model)
    expected = sorted(model.records, key=lambda row: row.cents)
    assert model.matching == [row for row in expected if row.kind == "usage"]
    assert watched.current is None  # the top-up is filtered out
    assert model.rowCount() == RecordTableModel.CHUNK

    model.sort(1, DESCENDING)
    model.set_records(_rows(300))  # a reload arranges at once; the worker's result is dropped
    assert model.matching == [
        row
        for row in sorted(_rows(300), key=lambda r: r.cents, reverse=True)
        if row.kind == "usage"
    ]
    qtbot.wait(50)
    assert len(model.matching) == len([n for n in range(300) if n % 3])
    assert not model._busy


def test_merging_a_page_by_binary_search_is_what_a_stable_sort_of_everything_gives():
    """`_merged` against Python's sort, both directions, duplicates and records without a value
    among them (those come first ascending, last descending)."""
    import random

    generator = random.Random(11)
    for order in (ASCENDING, DESCENDING):
        model = RecordTableModel(
            [Column("Value", str, key=lambda row: row.cents if row.cents % 5 else None)]
        )
        model.sort(0, order)
        loaded: list[Row] = []
        for page_number in range(25):
            page = [Row(f"{page_number}-{n}", generator.randint(0, 60), "usage")
                    for n in range(generator.randint(0, 30))]  # fmt: skip
            loaded += page
            model.append_records(page)
        reverse = order == DESCENDING
        present = [row for row in loaded if row.cents % 5]
        missing = [row for row in loaded if not row.cents % 5]
        present.sort(key=lambda row: row.cents, reverse=reverse)
        assert model.matching == (present + missing if reverse else missing + present)


def test_a_page_merged_before_the_chosen_record_moves_the_choice_down_with_it():
    """A page merged into sorted rows: the chosen rows move down by the page rows put before
    them (found from where the page went in, without a scan of the rows)."""
    model = _model(2_000)
    model.sort(1, ASCENDING)
    watched = Watched(model)
    near_the_top, middle = model.matching[3].id, model.matching[1_000].id
    watched.choose(near_the_top, middle)
    model.append_records(_rows(400, start=30_000))
    assert watched.current == middle
    assert watched.selected == sorted([near_the_top, middle])
    assert model.matching == sorted(model.records, key=lambda row: row.cents)


def test_a_view_paints_the_same_through_one_call_a_cell_as_through_data(qtbot):
    """`multiData` answers every role a delegate asks in one call (not seven `data()` calls,
    each waiting for the GIL beside a busy worker): the cells look exactly as `data()` alone
    paints them — text, alignment, colour, icon — with a call a cell painted."""
    from PySide6.QtGui import QColor, QIcon, QPixmap
    from PySide6.QtWidgets import QTableView

    from smartalex_desktop.gui.runtime.table_model import QAbstractTableModel

    red = QPixmap(12, 12)
    red.fill(QColor("red"))
    columns = [
        Column("Id", lambda row: row.id),
        Column(
            "Amount",
            lambda row: f"${row.cents / 100:.2f}",
            align=Qt.AlignmentFlag.AlignRight,
            colour=lambda row: QColor("darkred") if row.kind == "usage" else None,
        ),
        Column("Kind", lambda row: row.kind, icon=lambda row: QIcon(red)),
    ]
    calls: list[str] = []

    class Counted(RecordTableModel):
        def multiData(self, index, span):  # noqa: N802
            calls.append("multiData")
            super().multiData(index, span)

    class DataOnly(RecordTableModel):
        def multiData(self, index, span):  # noqa: N802
            QAbstractTableModel.multiData(self, index, span)  # Qt's: data() once a role

    images = []
    for model_class in (Counted, DataOnly):
        model = model_class(columns)
        model.set_records(_rows(40))
        view = QTableView()
        qtbot.addWidget(view)
        view.setModel(model)
        view.resize(420, 300)
        view.show()
        qtbot.waitExposed(view)
        calls.clear()
        images.append(view.viewport().grab().toImage())
        if model_class is Counted:
            cells = len(calls)
    assert images[0] == images[1]
    assert images[0].pixelColor(5, 5).isValid()
    shown = sum(1 for row in range(40) if view.rowViewportPosition(row) < 300)
    assert 3 * (shown - 1) <= cells <= 3 * (shown + 1)  # one call a cell on screen
