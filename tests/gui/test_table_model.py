"""The history tables' model alone: Qt's model checks, chunked reveal, sort and filter in the
model, pages appended in order."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QModelIndex, Qt

from smartalex_desktop.gui.runtime.table_model import Column, RecordRole, RecordTableModel, SortRole


@dataclass(frozen=True)
class Row:
    id: str
    cents: int
    kind: str


def _model(count: int) -> RecordTableModel[Row]:
    model = RecordTableModel(
        [
            Column("Id", lambda row: row.id),
            Column("Amount", lambda row: f"${row.cents / 100:.2f}", key=lambda row: row.cents),
            Column("Kind", lambda row: row.kind),
        ]
    )
    model.set_records(
        Row(f"r{n:06d}", (n * 7919) % 100_000, "usage" if n % 3 else "top_up") for n in range(count)
    )
    return model


def test_the_model_passes_qts_model_checks(qtmodeltester):
    model = _model(1_234)
    qtmodeltester.check(model, force_py=True)
    model.sort(1, Qt.SortOrder.DescendingOrder)
    model.set_filter(lambda row: row.kind == "top_up")
    qtmodeltester.check(model, force_py=True)


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
