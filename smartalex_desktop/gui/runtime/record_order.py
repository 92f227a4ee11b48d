"""Ordering a table's records: sorting, filtering, merging a page in and finding where chosen
records went. Pure functions over plain lists, so `RecordTableModel` can run them on a worker
for a big list (in slices, each short enough to hand the GIL back to the GUI thread) and on the
GUI thread for a small one."""

from __future__ import annotations

import bisect
import itertools
from collections.abc import Callable, Hashable
from typing import Any

# Where a chosen row went: `GONE` when its record no longer shows, None when not known (looked
# up by a scan of the rows).
GONE = -1
SCAN_SLICE = 10_000  # rows a scan for chosen records reads in one go (see `rows_of`)
SORT_SLICE = 20_000  # rows sorted in one go before the whole is merged (see `in_order`)


def in_order[T](records: list[T], value: Callable[[T], Any] | None, descending: bool) -> list[T]:
    """`records` sorted by `value` (load order when None): runs on a worker for a big list.
    Stable, so equal keys keep load order (newest first). Records without a value come first
    ascending, last descending. Sorted on the bare values (no (is-None, value) tuples):
    comparing tuples made sorting 200,000 rows twice as slow."""
    if value is None:
        return list(records)
    present = [record for record in records if value(record) is not None]
    missing = (
        [record for record in records if value(record) is None]
        if len(present) < len(records)
        else []
    )
    if len(present) > SORT_SLICE:
        # On a worker: the comparisons run in C, keeping the GIL from the GUI thread to the
        # end of a sort (20-30 ms for 200,000 amounts here, longer on a busy machine). So
        # slices first, each a few milliseconds, then the whole, which finds the slices
        # sorted and only merges them. Stable throughout: equal keys keep load order.
        slices: list[T] = []
        for start in range(0, len(present), SORT_SLICE):
            slices += sorted(present[start : start + SORT_SLICE], key=value, reverse=descending)
        present = slices
    present.sort(key=value, reverse=descending)
    return present + missing if descending else missing + present


def passing[T](records: list[T], keep: Callable[[T], bool] | None) -> list[T]:
    if keep is None:
        return list(records)
    return [record for record in records if keep(record)]


def merged[T](
    rows: list[T], page: list[T], key: Callable[[T], Any], reverse: bool
) -> tuple[list[T], list[int]]:
    """The sorted `page` merged into the sorted `rows`, as `heapq.merge` would (the rows first
    among equal keys), and the row of `rows` each page row was put before (ascending). A
    binary search per page row: the key is called about 17 times a row on 200,000 rows, not
    on every row loaded so far, and the list is rebuilt from slices in C."""
    if not page:
        return rows, []
    if not rows or comes_after(page, rows, key, reverse):
        return [*rows, *page], [len(rows)] * len(page)
    inserted: list[int] = []
    low = 0
    for record in page:  # sorted: each goes at or after the one before
        wanted = key(record)
        high = len(rows)
        while low < high:  # the first row that sorts after `wanted`
            middle = (low + high) // 2
            here = key(rows[middle])
            if (here < wanted) if reverse else (wanted < here):
                high = middle
            else:
                low = middle + 1
        inserted.append(low)
    merged: list[T] = []
    start = 0
    for at, record in zip(inserted, page, strict=True):
        merged.extend(rows[start:at])
        merged.append(record)
        start = at
    merged.extend(rows[start:])
    return merged, inserted


def count_upto(positions: list[int], row: int) -> int:
    """How many of the ascending `positions` are at or before `row`."""
    return bisect.bisect_right(positions, row)


def rows_of[T](
    wanted: set[Hashable], records: list[T], match: Callable[[T], Hashable]
) -> dict[Hashable, int]:
    """The first row of each wanted key: one pass in C (`map`, `compress`) over the records,
    stopping once all are found; Python code runs only for the few found.

    In slices: a pass in C keeps the GIL to its end (with `id` as `match`, 30-90 ms on 200,000
    rows, measured on a worker as the GUI thread's stall), and between slices the interpreter
    lets the GUI thread in."""
    rows: dict[Hashable, int] = {}
    if not wanted:
        return rows
    for start in range(0, len(records), SCAN_SLICE):
        part = records[start : start + SCAN_SLICE]
        found = itertools.compress(
            enumerate(part, start), map(wanted.__contains__, map(match, part))
        )
        for row, record in found:
            rows.setdefault(match(record), row)
            if len(rows) == len(wanted):
                return rows
    return rows


def comes_after[T](page: list[T], rows: list[T], key: Callable[[T], Any], reverse: bool) -> bool:
    """Whether the sorted `page` belongs wholly after the sorted `rows`: what `heapq.merge`
    would make of them (it keeps the rows first among equal keys) is the two one after the
    other."""
    if not page or not rows:
        return True
    first, last = key(page[0]), key(rows[-1])
    return not (first > last if reverse else first < last)


def none_first(value: Any) -> tuple[bool, Any]:
    return (value is not None, value)
