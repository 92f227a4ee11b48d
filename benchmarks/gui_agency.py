"""The real window with an agency's accounts (run by agency_bench.py in a process of its own,
offscreen), against a sandbox seeded with `--demo --agency N`:

- signing in to all N at once and their offline copies' first sync (the refresher: a few
  accounts at a time), the GUI thread watched;
- Refresh All of the N over loopback, from the click to the last account done, the GUI thread
  watched, and how many failed (none may: the refresher stays within the API's rate limits);
- the All Accounts view opened from the saved copies: every account's figures forgotten, then
  the tab shown, to every row showing its saved figures (the copies open, as a start-up's
  restore leaves them; once more with them closed, to say what opening them adds);
- the process's peak RSS.

    python benchmarks/gui_agency.py URL COUNT CACHE_DIR OUT_DIR [--stacks FILE]

Prints one JSON line. `--stacks FILE`: the GUI thread's Python stack whenever the probe is more
than 80 ms late, written to FILE (as gui_big.py's option does).
"""

from __future__ import annotations

import json
import os
import statistics
import sys
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtWidgets import QApplication

from benchmarks.gui_big import StallProbe, memory_mb, wait

OPEN_RUNS = 5


def main() -> int:
    url, count_text, cache_dir, out_dir = sys.argv[1:5]
    count = int(count_text)
    app = QApplication(sys.argv[:1])
    import keyring.backends.fail

    from smartalex_desktop.credentials import CredentialStore
    from smartalex_desktop.gui.runtime.account_refresh import Refresh
    from smartalex_desktop.gui.runtime.settings import AppSettings
    from smartalex_desktop.gui.window.assembly import build_window
    from smartalex_desktop.sandbox.demo_accounts import agency_sign_ins

    assembly = build_window(
        settings=AppSettings(Path(out_dir) / "settings.ini"),
        credentials=CredentialStore(backend=keyring.backends.fail.Keyring()),
        api_url=url,
        cache_root=Path(cache_dir),
    )
    window, overview = assembly.window, assembly.overview
    assembly.refresher.set_automatic(False)  # only the rounds measured here
    window.resize(1500, 800)
    window.show()
    accounts, runner = window.accounts, window.accounts.runner
    refresher = accounts.refresher
    probe = StallProbe()
    stacks = Path(sys.argv[6]) if sys.argv[5:6] == ["--stacks"] else None
    if stacks is not None:
        probe.sample_stacks()
    result: dict[str, object] = {"accounts": count}

    # Sign in to all of them; each offline copy's first sync follows, a few at a time.
    probe.flow("sign-ins and first syncs")
    started = time.perf_counter()
    signed_in: list[list[object]] = []
    accounts.sign_in_many(url, agency_sign_ins(count), on_done=signed_in.append)
    wait(lambda: bool(signed_in))
    result["signed_in"] = len(signed_in[0])
    wait(lambda: not refresher.running and not runner.busy, timeout=900)
    result["sign_in_and_first_sync_s"] = time.perf_counter() - started
    probe.stop()
    result["stall_sign_in_ms"] = probe.worst_ms("sign-ins and first syncs")
    memory = {"signed in and synced": memory_mb("VmRSS")}

    # Refresh All, from the button to the last account done.
    finished: list[bool] = []
    refresher.batch_finished.connect(finished.append)
    assert window.ui.tabs.currentWidget() is overview
    probe.flow("Refresh All")
    started = time.perf_counter()
    overview.ui.refreshAllButton.click()
    wait(lambda: bool(finished), timeout=900)
    result["refresh_all_s"] = time.perf_counter() - started
    probe.stop()
    result["stall_refresh_ms"] = probe.worst_ms("Refresh All")
    statuses = [refresher.status_of(s) for s in accounts.sessions]
    result["refresh_failed"] = sum(s.refresh is not Refresh.DONE for s in statuses)
    wait(lambda: not runner.busy)
    memory["refreshed"] = memory_mb("VmRSS")

    # All Accounts from the saved copies: nothing fetched in memory. The copies stay open, as
    # a start-up's restore leaves them (it opens each one while it signs in); once more with
    # every copy closed too, to say what opening fifty SQLite files adds.
    def open_overview(close_copies: bool) -> tuple[float, float]:
        window.ui.tabs.setCurrentWidget(window.tab_views[0])
        wait(lambda: not runner.busy)
        for session in accounts.sessions:
            status = refresher.status_of(session)
            status.facts, status.refresh = None, Refresh.NOT_YET
            if close_copies and session.store is not None:
                session.store.close()
                session.store = None
        overview.rebuild()
        assert all(line.row is None for line in overview.lines.values())
        flow = f"opening All Accounts ({len(probe.worst)})"
        probe.flow(flow)
        started = time.perf_counter()
        window.ui.tabs.setCurrentWidget(overview)
        wait(lambda: all(line.row is not None for line in overview.lines.values()))
        app.processEvents()  # the rows painted
        opened_ms = (time.perf_counter() - started) * 1000
        probe.stop()
        return opened_ms, probe.worst_ms(flow)

    runs = [open_overview(close_copies=False) for _ in range(OPEN_RUNS)]
    opened = [ms for ms, _stall in runs]
    result["open_from_saved_ms"] = statistics.median(opened)
    result["open_from_saved_worst_ms"] = max(opened)
    cold_ms, cold_stall = open_overview(close_copies=True)
    result["open_copies_closed_ms"] = cold_ms
    result["stall_open_ms"] = max([stall for _ms, stall in runs] + [cold_stall])
    result["rows_shown"] = overview.model.rowCount()
    memory["opened from saved copies"] = memory_mb("VmRSS")
    result["rss_mb"] = memory
    # This process's own peak: ru_maxrss would also count a parent's, inherited through exec.
    result["peak_rss_mb"] = memory_mb("VmHWM")
    if stacks is not None:
        stacks.write_text("\n".join(probe.stacks))
    print(json.dumps(result), flush=True)
    runner.wait_for_done(60_000)
    os._exit(0)  # the window's teardown is not what is measured


if __name__ == "__main__":
    sys.exit(main())
