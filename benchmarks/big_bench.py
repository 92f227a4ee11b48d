"""The big account: 10,000 invoices, 200,000 wallet transactions, 500,000 calls, generated once
by the billing engine (big_account.py) into benchmarks/.data/big-account and served by a real
sandbox process on loopback. Measured on it: the offline copy's first sync and a re-sync with
nothing new (client + store, as the app runs them), the window (gui_big.py: GUI-thread stalls
during the first sync and an export, each tab's opening, peak RSS), sorting and filtering its
200,000 transactions in the Wallet tab's model, and the sandbox under 4 clients for 20 s."""

from __future__ import annotations

import json
import shutil
import subprocess
import tempfile
import time
from pathlib import Path

from benchmarks import big_account, load_bench
from benchmarks.common import PYTHON, ROOT, Result, env, median, sandbox
from benchmarks.model_figures import model_sort_filter


def run(data: Path) -> list[Result]:
    folder = data / "big-account"
    made = big_account.generate(folder, progress=lambda line: print(f"  {line}", flush=True))
    results = [
        Result(
            "big account",
            None,
            "",
            note=f"{made['invoices']:,.0f} invoices, {made['wallet_transactions']:,.0f} wallet "
            f"transactions, {made['calls']:,.0f} calls"
            + (f"; generated in {made['seconds']:.0f} s" if made["seconds"] else "; reused"),
        )
    ]
    with sandbox(folder) as url, tempfile.TemporaryDirectory(prefix="smartalex-big-") as tmp:
        results += _sync(url, Path(tmp) / "cache")
        results += _window(url, Path(tmp))
        results += _model(url, Path(tmp) / "cache")
        token = load_bench.sign_in(url, big_account.BENCH_EMAIL, big_account.BENCH_PASSWORD)
        results += load_bench.load(url, token, 20, "the big account")
    return results


def _sync(url: str, cache: Path) -> list[Result]:
    from smartalex_desktop.api import SmartAlexClient
    from smartalex_desktop.store import Store, sync

    client = SmartAlexClient(url)
    client.sign_in(big_account.BENCH_EMAIL, big_account.BENCH_PASSWORD)
    shown: list[str] = []

    def progress(resource: str, percent: int) -> None:
        if resource not in shown:
            shown.append(resource)
            print(f"  syncing {resource} ({percent}%)", flush=True)

    with Store.open(cache, url, big_account.BENCH_EMAIL) as store:
        started = time.perf_counter()
        report = sync(client, store, progress=progress)
        first = time.perf_counter() - started
        again = []
        for _ in range(3):
            started = time.perf_counter()
            sync(client, store)
            again.append(time.perf_counter() - started)
    client.close()
    return [
        Result("first sync of the big account", first, "s", "≤ 120 s", first <= 120,
               note=f"client + store on loopback, {report.requests:,} requests"),
        Result("re-sync, nothing changed", median(again), "s", "≤ 0.5 s", median(again) <= 0.5),
    ]  # fmt: skip


def _window(url: str, tmp: Path) -> list[Result]:
    out = tmp / "gui"
    out.mkdir()
    completed = subprocess.run(
        [PYTHON, str(ROOT / "benchmarks" / "gui_big.py"), url, big_account.BENCH_EMAIL,
         big_account.BENCH_PASSWORD, str(tmp / "gui-cache"), str(out)],
        capture_output=True, text=True, timeout=1800, env=env(PYTHONPATH=str(ROOT)),
    )  # fmt: skip
    if completed.returncode != 0:
        raise RuntimeError(completed.stderr[-2000:])
    figures = json.loads(completed.stdout.strip().splitlines()[-1])
    shutil.rmtree(out, ignore_errors=True)
    results = [
        Result(
            f"open the {name} tab",
            ms,
            "ms",
            "≤ 150 ms",
            ms <= 150,
            "click to first data on screen, served by the sandbox on loopback",
        )
        for name, ms in figures["open_tab_ms"].items()
    ]
    worst = max(figures["stall_first_sync_ms"], figures["stall_export_ms"])
    results += [
        Result(
            "GUI-thread stall (first sync, export)",
            worst,
            "ms",
            "≤ 100 ms",
            worst <= 100,
            f"first sync in the app {figures['first_sync_in_app_s']:.0f} s: "
            f"{figures['stall_first_sync_ms']:.0f} ms; export of {figures['exported']} invoices "
            f"({figures['export_s']:.1f} s): {figures['stall_export_ms']:.0f} ms",
        ),
        Result(
            "peak RSS, big account open",
            figures["peak_rss_mb"],
            "MB",
            "≤ 400 MB",
            figures["peak_rss_mb"] <= 400,
        ),
    ]
    return results


def _model(url: str, cache: Path) -> list[Result]:
    return model_sort_filter((str(cache), url, big_account.BENCH_EMAIL))
