"""SmartAlex Desktop's benchmarks: one command, a table of figures against their budgets.

    .venv/bin/python benchmarks/run.py [--quick] [--only STEP] [--json PATH]

`--quick` (under 2 minutes) keeps start-up, the PDF and its ratios, the export, the table model
on generated transactions and a short sandbox load; the full run adds the big account (10,000
invoices, 200,000 wallet transactions, 500,000 calls, generated once by the engine into
benchmarks/.data/) and what is measured on it, and an agency's 50 accounts in the window
(agency_bench.py). `--only agency` runs one step by its title. Each figure is a median of
several runs; a ratio is measured on both sides in the same run. What the figures mean:
docs/performance.md.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks import documents_bench, load_bench
from benchmarks.common import PYTHON, ROOT, VENV_BIN, Result, median, probe_seconds
from benchmarks.model_figures import model_sort_filter

DATA = ROOT / "benchmarks" / ".data"
STARTUP_RUNS = 7


def startup() -> list[Result]:
    """First paint of the app (API on loopback, nothing to sign in to yet) against a bare
    QMainWindow, alternating so that a busy moment hits both."""
    settings = DATA / "startup-settings.ini"
    app = [str(VENV_BIN / "smartalex-desktop"), "--api-url", "http://127.0.0.1:9"]
    app += ["--settings", str(settings)]
    bare = [PYTHON, str(ROOT / "benchmarks" / "bare_window.py")]
    probe_seconds(app, "paint")  # compiled bytecode and the OS's file cache: warm for both
    probe_seconds(bare, "paint")
    ours, theirs = [], []
    for _ in range(STARTUP_RUNS):
        ours.append(probe_seconds(app, "paint"))
        theirs.append(probe_seconds(bare, "paint"))
    ratio = median(ours) / median(theirs)
    return [
        Result(
            "start-up: first paint / bare QMainWindow",
            ratio,
            "×",
            "≤ 2.5 ×",
            ratio <= 2.5,
            f"app {median(ours) * 1000:.0f} ms, bare window {median(theirs) * 1000:.0f} ms",
        )
    ]


def demo_startup() -> list[Result]:
    folder = DATA / "demo"
    settings = DATA / "demo-settings.ini"
    args = [str(VENV_BIN / "smartalex-desktop"), "--demo", "--data-dir", str(folder)]
    args += ["--settings", str(settings)]
    results = []
    if not (folder / "sandbox.sqlite3").exists():
        started = time.perf_counter()
        probe_seconds(args, "ready", timeout=300)
        results.append(
            Result(
                "demo: first-ever start (seeding the year)",
                time.perf_counter() - started,
                "s",
                note="once per data folder",
            )
        )
    paint = median([probe_seconds(args, "paint") for _ in range(5)])
    ready = median([probe_seconds(args, "ready", timeout=120) for _ in range(3)])
    results += [
        Result("demo start-up: first paint", paint, "s", "≤ 3 s", paint <= 3),
        Result(
            "demo start-up: signed in, first tab loaded",
            ready,
            "s",
            note="sandbox started, signed in, the Plan tab's data shown",
        ),
    ]
    return results


def soak(quick: bool) -> list[Result]:
    """benchmarks/soak.py (docs/runtime.md): the demo window switching tabs, opening every dialog
    and refreshing in the background, as a process of its own."""
    import subprocess

    counts = ["--switches", "2000", "--dialog-rounds", "20", "--refresh-rounds", "50"]
    args = [PYTHON, str(ROOT / "benchmarks" / "soak.py"), "--json", *(counts if quick else [])]
    done = subprocess.run(args, capture_output=True, text=True, timeout=1800, cwd=ROOT)
    if done.returncode != 0 or "Fatal Python error" in done.stderr:
        raise RuntimeError(f"the soak failed: {done.stderr[-500:]}")
    figures = json.loads(done.stdout.strip().splitlines()[-1])
    growth = figures["rss_growth_pct"]
    what = (
        f"{figures['switches']:,} switches, {len(figures['dialogs'])} dialogs × "
        f"{figures['dialog_rounds']}, {figures['refresh_rounds']} refresh rounds"
    )
    return [
        Result("soak: tab switches per second", figures["switches_per_s"], "/s", note=what),
        Result(
            "soak: resident set growth after warm-up",
            growth,
            "%",
            "< 10 %",
            growth < 10,
            f"{figures['rss_after_warm_up_mb']:.0f} → {figures['rss_at_end_mb']:.0f} MB in "
            f"{figures['seconds']:.0f} s",
        ),
    ]


def print_table(results: list[Result]) -> None:
    print()
    print(
        f"SmartAlex Desktop benchmarks — {platform.node()}, {os.cpu_count()} cores, "
        f"Python {platform.python_version()}, {platform.platform()}"
    )
    width = max(len(r.name) for r in results)
    print(f"{'what':<{width}}  {'value':>12}  {'budget':<10}  ok   note")
    for r in results:
        value = "—" if r.value is None else f"{r.value:,.2f} {r.unit}"
        ok = {True: "yes", False: "NO", None: ""}[r.ok]
        print(f"{r.name:<{width}}  {value:>12}  {r.budget:<10}  {ok:<4} {r.note}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="skip the big account (< 2 min)")
    parser.add_argument("--json", type=Path, help="also write {name: {value, unit, budget, ok}}")
    parser.add_argument("--only", help="run only the step with this title (e.g. agency)")
    args = parser.parse_args()
    DATA.mkdir(parents=True, exist_ok=True)
    results: list[Result] = []
    steps = [
        ("start-up", startup),
        ("demo start-up", demo_startup),
        ("invoice PDF", documents_bench.invoice_pdf),
        ("export", documents_bench.export_1000),
        ("table model", model_sort_filter),
        (
            "sandbox load",
            lambda: load_bench.demo_load(DATA / "demo", seconds=5 if args.quick else 20),
        ),
        ("soak", lambda: soak(args.quick)),
    ]
    if not args.quick:
        from benchmarks import big_bench

        steps.append(("big account", lambda: big_bench.run(DATA)))
    if not args.quick or args.only == "agency":
        from benchmarks import agency_bench

        steps.append(("agency", lambda: agency_bench.run(DATA)))
    if args.only:
        steps = [step for step in steps if step[0] == args.only]
        if not steps:
            parser.error(f"no step is called {args.only!r}")
    for title, step in steps:
        print(f"… {title}", file=sys.stderr, flush=True)
        try:
            results += step()
        except Exception as error:  # one broken benchmark must not hide the others
            results.append(Result(title, None, "", ok=False, note=f"failed: {error}"))
    print_table(results)
    if args.json:
        args.json.write_text(json.dumps({r.name: r.as_json() for r in results}, indent=2))
    return 0 if all(r.ok is not False for r in results) else 1


if __name__ == "__main__":
    sys.exit(main())
