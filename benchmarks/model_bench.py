"""Sorting and filtering 200,000 Wallet transactions in the Wallet tab's own table model, with
its real columns and rows (`TransactionRow`); run by run.py in a process of its own, offscreen.
Prints one JSON line:
{"set_records_ms", "sort_ms": {column: ms}, "filter_ms": {label: ms}, "chosen_sort_ms",
"chosen_filter_ms"}, each a median, from the click to the rows shown in their new order (a big
list is sorted on a worker: the time includes waiting for it). Beside each, `…_stall_ms`: the
GUI thread's longest stall meanwhile (the longest gap between ticks of a 5 ms timer, gui_big's
`StallProbe`), the median over the runs, and `worst_stall_ms`, the longest of all runs. The
`chosen_` figures are with a transaction chosen in the tab's view, which the model keeps chosen:
it moves the view's persistent indexes to the record's new row (and reveals rows as far as it)
on every sort and filter. The tab is shown (offscreen), so the view's repaints count.

The transactions are made here, shaped like the big account's (usage debits, top-ups, a few
failed auto top-ups), or read from a saved copy when `--store DIR EMAIL URL` names one.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import statistics
import sys
import time
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtWidgets import QApplication

from benchmarks.gui_big import StallProbe, settle, wait
from smartalex_desktop.api import models

RUNS = 5


def synthetic(count: int) -> list[models.WalletTransaction]:
    rng = random.Random(7)
    start = datetime(2022, 1, 1, tzinfo=UTC)
    balance = 0
    made = []
    for n in range(count):
        if balance < 200 or n % 97 == 0:
            kind, amount, status = "auto_top_up", 10_00, "succeeded"
            if n % 500 == 0:
                status, amount = "failed", 10_00
        else:
            kind, status = "usage", "succeeded"
            amount = -rng.choice((8, 11, 16, 22, 33))
        if status == "succeeded":
            balance += amount
        made.append(
            models.WalletTransaction.model_construct(
                id=f"wtx_{n:07d}",
                kind=kind,
                status=status,
                amount_cents=amount,
                balance_after_cents=balance,
                description="Inbound call: 1 overage minute at $0.11" if kind == "usage" else "",
                invoice_id=None,
                top_up_id=None,
                call_id=None,
                failure_message="Your card was declined." if status == "failed" else None,
                created_at=start + timedelta(seconds=n * 600),
            )
        )
    made.reverse()  # newest first, as the API lists them
    return made


def median_ms(action: Callable[[], object], setup: Callable[[], object] = lambda: None) -> float:
    times = []
    for _ in range(RUNS):
        setup()
        started = time.perf_counter()
        action()
        times.append((time.perf_counter() - started) * 1000)
    return statistics.median(times)


class Arrangements:
    """Times a sort or filter from the click to the rows shown, waiting for the model's worker
    (if it has one), and the GUI thread's longest stall meanwhile."""

    def __init__(self, model: object) -> None:
        self.model = model
        self.probe = StallProbe()
        self.stalls: list[float] = []

    def busy(self) -> bool:
        return bool(getattr(self.model, "_busy", False))  # a model without a worker: never

    def done(self) -> None:
        wait(lambda: not self.busy())

    def median_ms(
        self, name: str, action: Callable[[], object], setup: Callable[[], object] = lambda: None
    ) -> tuple[float, float]:
        """(median ms to shown, median of each run's longest stall in ms)."""
        times, stalls = [], []
        for run in range(RUNS):
            setup()
            self.done()
            settle(0.05)
            flow = f"{name} {run}"
            self.probe.flow(flow)
            started = time.perf_counter()
            action()
            self.done()
            times.append((time.perf_counter() - started) * 1000)
            settle(0.02)  # the repaint that follows counts too
            self.probe.flow("between")
            stalls.append(self.probe.worst_ms(flow))
        self.stalls += stalls
        return statistics.median(times), statistics.median(stalls)


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--count", type=int, default=200_000)
    parser.add_argument("--store", nargs=3, metavar=("DIR", "URL", "EMAIL"))
    args = parser.parse_args()
    app = QApplication(sys.argv[:1])  # noqa: F841 (the model's colours ask the palette)

    import keyring.backends.fail

    from smartalex_desktop.credentials import CredentialStore
    from smartalex_desktop.gui.runtime import heap
    from smartalex_desktop.gui.runtime.accounts import Accounts
    from smartalex_desktop.gui.runtime.settings import AppSettings
    from smartalex_desktop.gui.runtime.tasks import TaskRunner, share_the_gil_with_the_gui_thread
    from smartalex_desktop.gui.wallet.transaction_rows import TransactionRow
    from smartalex_desktop.gui.wallet.wallet_tab import WalletTab

    if args.store:
        from smartalex_desktop.store import Store

        folder, url, email = args.store
        with Store.open(Path(folder), url, email) as store:
            records = [TransactionRow.of(t) for t in store.transactions()]
    else:
        records = [TransactionRow.of(t) for t in synthetic(args.count)]
    share_the_gil_with_the_gui_thread()  # as the app does at start-up
    runner = TaskRunner()
    accounts = Accounts(
        runner,
        CredentialStore(backend=keyring.backends.fail.Keyring()),
        AppSettings(Path(os.environ.get("TMPDIR", "/tmp")) / "smartalex-bench-settings.ini"),
    )
    tab = WalletTab(accounts)
    tab.resize(1040, 640)
    tab.show()
    model = tab.history.transactions
    result: dict[str, object] = {"count": len(records)}
    result["set_records_ms"] = median_ms(lambda: model.set_records(records))
    heap.settle()  # as the app does once a long list has loaded (gui/runtime/paged_loader.py)
    timed = Arrangements(model)

    def sort(column: int, order: Qt.SortOrder) -> Callable[[], None]:
        return lambda: model.sort(column, order)

    def sort_figures(
        key: str, setup: Callable[[int], Callable[[], object]] = lambda _c: lambda: None
    ) -> None:
        figures, stalls = {}, {}
        for column in range(model.columnCount()):
            name = str(model.headerData(column, Qt.Orientation.Horizontal))
            figures[name], stalls[name] = timed.median_ms(
                f"{key} {name}", sort(column, Qt.SortOrder.DescendingOrder), setup(column)
            )
        result[f"{key}_ms"], result[f"{key}_stall_ms"] = figures, stalls

    def filter_figures(key: str, setup: Callable[[], object]) -> None:
        figures, stalls = {}, {}
        for index in range(1, combo.count()):
            label = combo.itemText(index)
            figures[label], stalls[label] = timed.median_ms(
                f"{key} {label}", lambda i=index: combo.setCurrentIndex(i), setup
            )
        result[f"{key}_ms"], result[f"{key}_stall_ms"] = figures, stalls

    sort_figures("sort", setup=lambda c: sort(c, Qt.SortOrder.AscendingOrder))
    # Filters as the user chooses them: sorted by date (newest first), then a filter chosen.
    model.sort(0, Qt.SortOrder.DescendingOrder)
    timed.done()
    combo = tab.ui.kindFilter
    filter_figures("filter", setup=lambda: combo.setCurrentIndex(0))
    combo.setCurrentIndex(0)
    timed.done()
    result["rows_shown_after_filter"] = model.rowCount()

    # The same with an automatic top-up chosen in the view (the worst case: every sort takes it
    # from one end of the list to the other, and rows are revealed as far as it goes).
    view = tab.ui.transactionsView
    model.sort(0, Qt.SortOrder.DescendingOrder)
    timed.done()
    chosen = model.record(model.row_of(lambda t: t.kind == "auto_top_up") or 0)

    def choose() -> None:
        row = model.row_of(lambda t: t is chosen)
        assert row is not None
        view.selectionModel().setCurrentIndex(
            model.index(row, 0),
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows,
        )

    def still_chosen() -> bool:
        current = view.selectionModel().currentIndex()
        return current.isValid() and model.record(current.row()) is chosen

    choose()
    sort_figures("chosen_sort", setup=lambda c: sort(c, Qt.SortOrder.AscendingOrder))
    kept = still_chosen()
    model.sort(0, Qt.SortOrder.AscendingOrder)  # the newest last: far down, for the filters
    timed.done()

    def choose_all() -> None:
        combo.setCurrentIndex(0)
        timed.done()
        choose()

    filter_figures("chosen_filter", setup=choose_all)
    choose_all()
    combo.setCurrentIndex(1)  # Top-ups: it passes, and stays chosen back in the whole list
    timed.done()
    combo.setCurrentIndex(0)
    timed.done()
    result["still_chosen"] = kept and still_chosen()
    result["worst_stall_ms"] = max(timed.stalls)
    print(json.dumps(result), flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
