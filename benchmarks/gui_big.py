"""The real window on the big account (run by big_bench.py in a process of its own, offscreen):

- the GUI thread's worst event-loop delay (a 5 ms QTimer probe) while the app signs in, loads
  its tabs and makes its first sync of the account's offline copy, and while an export of
  200 invoices runs;
- the time to open each tab (from the click to its first data on screen);
- the process's peak RSS once everything is open.

    python benchmarks/gui_big.py URL EMAIL PASSWORD CACHE_DIR OUT_DIR

Prints one JSON line.
"""

from __future__ import annotations

import json
import os
import resource
import sys
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QItemSelectionModel, QTimer
from PySide6.QtWidgets import QApplication

PROBE_MS = 5


class StallProbe:
    """The longest gap between ticks of a 5 ms timer: how long the GUI thread was unavailable."""

    def __init__(self) -> None:
        self.worst = 0.0
        self._last = time.perf_counter()
        self.timer = QTimer(interval=PROBE_MS)
        self.timer.timeout.connect(self._tick)

    def start(self) -> None:
        self.worst, self._last = 0.0, time.perf_counter()
        self._started, self.worst_at = self._last, 0.0
        self.timer.start()

    def stop(self) -> float:
        self.timer.stop()
        return self.worst * 1000

    def _tick(self) -> None:
        now = time.perf_counter()
        gap = now - self._last - PROBE_MS / 1000
        if gap > self.worst:
            self.worst, self.worst_at = gap, now - self._started
        self._last = now


def rss_mb() -> float:
    """The process's resident memory now (Linux), to say which step holds what."""
    pages = int(Path("/proc/self/statm").read_text().split()[1])
    return pages * os.sysconf("SC_PAGE_SIZE") / 2**20


def wait(app: QApplication, done, timeout: float = 600.0) -> None:  # noqa: ANN001
    deadline = time.perf_counter() + timeout
    while not done():
        if time.perf_counter() > deadline:
            raise TimeoutError("the window did not get there in time")
        QApplication.processEvents()
        time.sleep(0.001)


def main() -> int:
    url, email, password, cache_dir, out_dir = sys.argv[1:6]
    app = QApplication(sys.argv[:1])
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
    result: dict[str, object] = {}

    # Sign in: the first tab loads, and the offline copy's first sync runs behind it.
    probe.start()
    started = time.perf_counter()
    accounts.sign_in(url, email, password, remember=False)
    wait(app, lambda: accounts.current is not None)
    wait(app, lambda: accounts.current.saved_at is not None and not runner.busy)
    result["first_sync_in_app_s"] = time.perf_counter() - started
    result["stall_first_sync_ms"] = probe.stop()
    result["stall_first_sync_at_s"] = probe.worst_at
    memory = {"signed in and synced": rss_mb()}

    # Each tab, from the click to its first data on screen.
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
        started = time.perf_counter()
        window.ui.tabs.setCurrentWidget(tab)
        wait(app, lambda t=tab: ready[t.icon_name](t))
        opened[tab.icon_name] = (time.perf_counter() - started) * 1000
        wait(app, lambda: not runner.busy, timeout=900)
        memory[f"{tab.icon_name} tab loaded"] = rss_mb()
    plan = tabs[0]  # shown since sign-in: opened again from nothing, as after switching accounts
    window.ui.tabs.setCurrentWidget(plan)
    plan.clear()
    started = time.perf_counter()
    plan.reload()
    wait(app, lambda: ready["plan"](plan))
    opened["plan"] = (time.perf_counter() - started) * 1000
    wait(app, lambda: not runner.busy)
    result["open_tab_ms"] = opened

    # An export of 200 invoices chosen in the table (all, if fewer), the GUI thread watched.
    invoices = next(t for t in tabs if t.icon_name == "invoice")
    window.ui.tabs.setCurrentWidget(invoices)
    wait(app, lambda: invoices.model.rowCount() >= 200 or invoices.listing.load_state == "done")
    chosen = min(200, invoices.model.rowCount())
    table = invoices.ui.invoiceTable
    selection = table.selectionModel()
    first, last = invoices.model.index(0, 0), invoices.model.index(chosen - 1, 0)
    from PySide6.QtCore import QItemSelection

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
    probe.start()
    started = time.perf_counter()
    dialog.start()
    wait(app, lambda: bool(exported))
    result["export_s"] = time.perf_counter() - started
    result["exported"] = chosen
    result["stall_export_ms"] = probe.stop()
    result["stall_export_at_s"] = probe.worst_at
    memory["export done"] = rss_mb()
    result["rss_mb"] = memory
    result["peak_rss_mb"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(json.dumps(result), flush=True)
    runner.wait_for_done(60_000)
    os._exit(0)  # the window's teardown is not what is measured


if __name__ == "__main__":
    sys.exit(main())
