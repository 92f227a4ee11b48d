"""The real window on the big account (run by big_bench.py in a process of its own, offscreen):

- the GUI thread's longest stall (the longest gap between ticks of a 5 ms QTimer), watched from
  sign-in to the end: the first sync, opening each tab, sorting and filtering the long lists, an
  export of 200 invoices; the worst of each of those flows, and which flow and how far into it
  the slowest came;
- the time to open each tab (from the click to its first data on screen);
- the resident set after each step, and this process's peak.

The peak is VmHWM from /proc/self/status, not `getrusage().ru_maxrss`: a process started by
vfork and exec (as subprocess starts it) inherits its parent's high-water mark in ru_maxrss, so
this window reported the harness's peak (the big account generated and synced in it: 537 MB)
instead of its own (docs/performance.md, "Benchmarks: the window's own peak").

    python benchmarks/gui_big.py URL EMAIL PASSWORD CACHE_DIR OUT_DIR [--stacks FILE]

Prints one JSON line. `--stacks FILE`: a thread samples every thread's Python stack whenever
the probe is more than 80 ms late (`STALL_SAMPLE_MS` in the environment to change it) and writes
them to FILE — whether a stall is the GUI thread's own work (a sort, a repaint's `data()`) or the
GUI thread waiting for a core or the GIL (its stack is then between events, in `wait`, and a
worker's shows what it was doing).
"""

from __future__ import annotations

import json
import os
import sys
import threading
import time
import traceback
from collections.abc import Callable
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QItemSelection, QItemSelectionModel, Qt, QTimer
from PySide6.QtWidgets import QApplication

PROBE_MS = 5


class StallProbe:
    """The longest gaps between ticks of a 5 ms timer: how long the GUI thread was unavailable,
    per flow (`flow(name)` starts one; the gaps until the next are counted under it)."""

    def __init__(self) -> None:
        self.worst: dict[str, tuple[float, float]] = {}  # flow → (gap s, seconds into the flow)
        self.stacks: list[str] = []  # with sample_stacks(): the GUI thread's, when late
        self._flow = ""
        self._flow_started = self._last = time.perf_counter()
        self.timer = QTimer(interval=PROBE_MS)
        self.timer.setTimerType(Qt.TimerType.PreciseTimer)
        self.timer.timeout.connect(self._tick)

    def flow(self, name: str) -> None:
        self._tick()  # a gap that ended now belongs to the flow before
        self._flow, self._flow_started = name, time.perf_counter()
        self.worst.setdefault(name, (0.0, 0.0))
        if not self.timer.isActive():
            self._last = time.perf_counter()
            self.timer.start()

    def stop(self) -> None:
        self._tick()
        self.timer.stop()
        self._flow = ""

    def worst_ms(self, flow: str) -> float:
        return self.worst[flow][0] * 1000

    def slowest(self) -> tuple[str, float, float]:
        """(flow, ms, seconds into the flow) of the longest stall of all."""
        flow, (gap, at) = max(self.worst.items(), key=lambda item: item[1][0])
        return flow, gap * 1000, at

    def sample_stacks(self, late_s: float = 0.08) -> None:
        """From now on, a thread records every thread's stack whenever the probe is late: the
        GUI thread's says whether the stall was its own work; a worker's, what held the GIL
        (the frame it is in as soon as it let go)."""
        gui_thread = threading.get_ident()

        def watch() -> None:
            sampled = 0.0
            while True:
                time.sleep(0.01)
                last = self._last
                late = time.perf_counter() - last
                if self._flow and late > late_s and sampled != last:
                    sampled = last
                    names = {thread.ident: thread.name for thread in threading.enumerate()}
                    parts = [f"--- {self._flow}: {late * 1000:.0f} ms late"]
                    for ident, frame in sys._current_frames().items():
                        if ident == threading.get_ident():
                            continue  # this watcher
                        who = "GUI thread" if ident == gui_thread else names.get(ident, ident)
                        stack = "".join(traceback.format_stack(frame, limit=12))
                        parts.append(f"[{who}]\n{stack}")
                    self.stacks.append("\n".join(parts))

        threading.Thread(target=watch, daemon=True).start()

    def _tick(self) -> None:
        now = time.perf_counter()
        gap = max(now - self._last - PROBE_MS / 1000, 0.0)
        if self._flow and gap > self.worst[self._flow][0]:
            self.worst[self._flow] = (gap, now - self._flow_started)
        self._last = now


def memory_mb(field: str) -> float:
    """VmRSS (resident now) or VmHWM (this process's peak) from /proc/self/status, in MB."""
    with open("/proc/self/status", encoding="ascii") as status:
        for line in status:
            if line.startswith(f"{field}:"):
                return int(line.split()[1]) / 1024
    raise RuntimeError(f"no {field} in /proc/self/status")


def wait(done: Callable[[], object], timeout: float = 600.0) -> None:
    deadline = time.perf_counter() + timeout
    while not done():
        if time.perf_counter() > deadline:
            raise TimeoutError("the window did not get there in time")
        QApplication.processEvents()
        time.sleep(0.001)


def settle(seconds: float = 0.3) -> None:
    """Let the window paint and handle what a step queued, so its stalls count under it."""
    deadline = time.perf_counter() + seconds
    while time.perf_counter() < deadline:
        QApplication.processEvents()
        time.sleep(0.001)


def main() -> int:
    url, email, password, cache_dir, out_dir = sys.argv[1:6]
    _app = QApplication(sys.argv[:1])  # kept: the application lives as long as main()
    import keyring.backends.fail
    from PySide6.QtWidgets import QFileDialog

    from smartalex_desktop.credentials import CredentialStore
    from smartalex_desktop.gui.runtime.settings import AppSettings
    from smartalex_desktop.gui.window.assembly import build_window

    assembly = build_window(
        settings=AppSettings(Path(out_dir) / "settings.ini"),
        credentials=CredentialStore(backend=keyring.backends.fail.Keyring()),
        api_url=url,
        cache_root=Path(cache_dir),
    )
    window = assembly.window
    assembly.refresher.set_automatic(False)
    window.resize(1040, 720)
    window.show()
    accounts, runner = window.accounts, window.accounts.runner
    probe = StallProbe()
    stacks = Path(sys.argv[7]) if sys.argv[6:7] == ["--stacks"] else None
    if stacks is not None:
        probe.sample_stacks(float(os.environ.get("STALL_SAMPLE_MS", "80")) / 1000)
    result: dict[str, object] = {}
    memory: dict[str, float] = {"window shown": memory_mb("VmRSS")}

    # Sign in: the first tab loads, and the offline copy's first sync runs behind it.
    probe.flow("first sync")
    started = time.perf_counter()
    accounts.sign_in(url, email, password, remember=False)
    wait(lambda: accounts.current is not None)
    wait(lambda: accounts.current.saved_at is not None and not runner.busy)
    result["first_sync_in_app_s"] = time.perf_counter() - started
    settle()
    memory["signed in and synced"] = memory_mb("VmRSS")

    # Each tab, from the click to its first data on screen, then until its loads are done.
    tabs = window.tab_views
    ready = {
        "plan": lambda t: t.state is not None,
        "card": lambda t: t.on_file is not None,
        "invoice": lambda t: t.model.rowCount() > 0,
        "wallet": lambda t: t.state is not None and t.history.transactions.rowCount() > 0,
        "usage": lambda t: t.state is not None,
    }
    opened = {}
    for tab in tabs[1:]:  # their first showing: each loads then
        probe.flow(f"opening the {tab.icon_name} tab")
        started = time.perf_counter()
        window.ui.tabs.setCurrentWidget(tab)
        wait(lambda t=tab: ready[t.icon_name](t))
        opened[tab.icon_name] = (time.perf_counter() - started) * 1000
        wait(lambda: not runner.busy, timeout=900)
        settle()
        memory[f"{tab.icon_name} tab loaded"] = memory_mb("VmRSS")
    plan = tabs[0]  # shown since sign-in: opened again from nothing, as after switching accounts
    probe.flow("opening the plan tab")
    window.ui.tabs.setCurrentWidget(plan)
    plan.clear()
    started = time.perf_counter()
    plan.reload()
    wait(lambda: ready["plan"](plan))
    opened["plan"] = (time.perf_counter() - started) * 1000
    wait(lambda: not runner.busy)
    settle()
    result["open_tab_ms"] = opened

    # Sorting and filtering the long lists, as a click on a header or a choice of filter does.
    wallet = next(t for t in tabs if t.icon_name == "wallet")
    invoices = next(t for t in tabs if t.icon_name == "invoice")
    window.ui.tabs.setCurrentWidget(wallet)
    settle()
    probe.flow("sorting and filtering the wallet transactions")
    header = wallet.ui.transactionsView.horizontalHeader()
    for column, order in ((2, Qt.SortOrder.AscendingOrder), (1, Qt.SortOrder.AscendingOrder),
                          (0, Qt.SortOrder.DescendingOrder)):  # fmt: skip
        header.setSortIndicator(column, order)
        settle(0.2)
    for choice in (3, 5, 1, 0):  # usage, failed only, top-ups, all
        wallet.ui.kindFilter.setCurrentIndex(choice)
        settle(0.2)
    window.ui.tabs.setCurrentWidget(invoices)
    settle()
    probe.flow("sorting and filtering the invoices")
    table = invoices.ui.invoiceTable
    for column, order in ((3, Qt.SortOrder.AscendingOrder), (4, Qt.SortOrder.AscendingOrder),
                          (0, Qt.SortOrder.DescendingOrder)):  # fmt: skip
        table.sortByColumn(column, order)
        settle(0.2)
    for text in ("5", "50", ""):
        invoices.ui.searchEdit.setText(text)
        settle(0.2)
    invoices.ui.statusCombo.setCurrentIndex(invoices.ui.statusCombo.findData("paid"))
    settle(0.2)
    invoices.ui.statusCombo.setCurrentIndex(0)
    settle()
    memory["lists sorted and filtered"] = memory_mb("VmRSS")

    # An export of 200 invoices chosen in the table (all, if fewer).
    wait(lambda: invoices.model.rowCount() >= 200 or invoices.listing.load_state == "done")
    chosen = min(200, invoices.model.rowCount())
    selection = table.selectionModel()
    first, last = invoices.model.index(0, 0), invoices.model.index(chosen - 1, 0)
    selection.select(
        QItemSelection(first, last),
        QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows,
    )
    QFileDialog.getExistingDirectory = staticmethod(lambda *a, **k: out_dir)  # never asked
    invoices.documents.open_export()
    dialog = invoices.documents.export_dialog
    dialog.ui.folderEdit.setText(str(Path(out_dir) / "export"))
    dialog.ui.selectedRadio.setChecked(True)
    exported: list[object] = []
    dialog.exported.connect(exported.append)
    probe.flow("exporting 200 invoices")
    started = time.perf_counter()
    dialog.start()
    wait(lambda: bool(exported))
    result["export_s"] = time.perf_counter() - started
    result["exported"] = chosen
    settle()
    probe.stop()
    memory["export done"] = memory_mb("VmRSS")
    result["rss_mb"] = memory
    result["peak_rss_mb"] = memory_mb("VmHWM")
    result["stall_ms"] = {flow: round(probe.worst_ms(flow), 1) for flow in probe.worst}
    flow, ms, at = probe.slowest()
    result["slowest_stall"] = {"flow": flow, "ms": round(ms, 1), "seconds_in": round(at, 2)}
    if stacks is not None:
        stacks.write_text("\n".join(probe.stacks))
    print(json.dumps(result), flush=True)
    runner.wait_for_done(60_000)
    os._exit(0)  # the window's teardown is not what is measured


if __name__ == "__main__":
    sys.exit(main())
