"""The table model's figures: benchmarks/model_bench.py run as a process of its own (Qt stays out
of the runner's process), its JSON read back as results. Used by run.py (generated rows) and by
big_bench.py (the big account's saved copy); a module of its own so neither imports the other.
"""

from __future__ import annotations

import json
import os
import subprocess

from benchmarks.common import PYTHON, ROOT, Result


def model_sort_filter(store: tuple[str, str, str] | None = None) -> list[Result]:
    args = [PYTHON, str(ROOT / "benchmarks" / "model_bench.py")]
    if store:
        args += ["--store", *store]
    out = subprocess.run(
        args,
        capture_output=True,
        text=True,
        check=True,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
    ).stdout
    figures = json.loads(out.strip().splitlines()[-1])
    worst_sort = max(figures["sort_ms"].items(), key=lambda item: item[1])
    worst_filter = max(figures["filter_ms"].items(), key=lambda item: item[1])
    source = "the big account's saved copy" if store else "generated"
    return [
        Result(
            f"sort {figures['count']:,} transactions (slowest column)",
            worst_sort[1],
            "ms",
            "≤ 300 ms",
            worst_sort[1] <= 300,
            f"{worst_sort[0]}; {source}",
        ),
        Result(
            f"filter {figures['count']:,} transactions (slowest filter)",
            worst_filter[1],
            "ms",
            "≤ 300 ms",
            worst_filter[1] <= 300,
            f"{worst_filter[0]}, sorted by date",
        ),
        *chosen_results(figures),
        *stall_results(figures),
    ]


def stall_results(figures: dict) -> list[Result]:
    """The GUI thread's longest stall while sorting and filtering (issue 22: none over 50 ms):
    the slowest column or filter, chosen or not, each the median of its runs."""
    if "sort_stall_ms" not in figures:
        return []
    stalls = {
        f"{what.replace('_', ' ')}: {name}": ms
        for what in ("sort", "filter", "chosen_sort", "chosen_filter")
        for name, ms in figures[f"{what}_stall_ms"].items()
    }
    name, ms = max(stalls.items(), key=lambda item: item[1])
    return [
        Result(
            f"GUI-thread stall: sort / filter {figures['count']:,} transactions",
            ms,
            "ms",
            "≤ 50 ms",
            ms <= 50,
            f"{name}; the worst single run {figures['worst_stall_ms']:.0f} ms",
        )
    ]


def chosen_results(figures: dict) -> list[Result]:
    """The same with a transaction chosen, kept on its record through the change."""
    if "chosen_sort_ms" not in figures:
        return []
    worst_sort = max(figures["chosen_sort_ms"].items(), key=lambda item: item[1])
    worst_filter = max(figures["chosen_filter_ms"].items(), key=lambda item: item[1])
    kept = "; still chosen" if figures.get("still_chosen") else "; the choice was LOST"
    return [
        Result(
            f"sort {figures['count']:,} transactions, one chosen (slowest column)",
            worst_sort[1],
            "ms",
            "≤ 300 ms",
            worst_sort[1] <= 300 and bool(figures.get("still_chosen")),
            f"{worst_sort[0]}; from one end to the other{kept}",
        ),
        Result(
            f"filter {figures['count']:,} transactions, one chosen (slowest filter)",
            worst_filter[1],
            "ms",
            "≤ 300 ms",
            worst_filter[1] <= 300 and bool(figures.get("still_chosen")),
            f"{worst_filter[0]}, the chosen one revealed{kept}",
        ),
    ]
