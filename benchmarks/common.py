"""What the benchmarks share: results and their budgets, medians, processes of the app and the
sandbox started the way a user starts them."""

from __future__ import annotations

import os
import re
import statistics
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
VENV_BIN = Path(sys.executable).parent
PYTHON = sys.executable


@dataclass
class Result:
    name: str
    value: float | None
    unit: str
    budget: str = "—"
    ok: bool | None = None  # None: no budget, or not measured
    note: str = ""

    def as_json(self) -> dict[str, object]:
        return {
            "value": self.value,
            "unit": self.unit,
            "budget": self.budget,
            "ok": self.ok,
            "note": self.note,
        }


def median(samples: list[float]) -> float:
    return statistics.median(samples)


def timed(action: Callable[[], object], runs: int) -> list[float]:
    """Seconds each of `runs` calls took."""
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        action()
        times.append(time.perf_counter() - started)
    return times


def env(**extra: str) -> dict[str, str]:
    """The environment benchmark processes get: offscreen Qt, no session bus to wander into."""
    base = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY")}
    base.update(QT_QPA_PLATFORM="offscreen", DBUS_SESSION_BUS_ADDRESS="disabled:")
    base.update(extra)
    return base


def probe_seconds(args: list[str], event: str, *, timeout: float = 120.0, **extra: str) -> float:
    """Seconds from just before the process is started to the probe's `event` line."""
    started = time.time()
    result = subprocess.run(
        args,
        env=env(SMARTALEX_STARTUP_PROBE=event, **extra),
        capture_output=True,
        text=True,
        timeout=timeout,
        cwd=ROOT,
    )
    match = re.search(rf"smartalex-probe {event} ([0-9.]+)", result.stdout)
    if match is None:
        raise RuntimeError(f"no {event} probe from {args[0]}: {result.stdout}{result.stderr}")
    return float(match.group(1)) - started


@contextmanager
def sandbox(data_dir: Path, *, demo: bool = False, agency: int = 0) -> Iterator[str]:
    """A SmartAlex sandbox process on a free loopback port; yields its URL. `agency`: with the
    demo, that many agency practices (seeded the first time the folder is used)."""
    args = [str(VENV_BIN / "smartalex-sandbox"), "--data-dir", str(data_dir), "--port", "0"]
    if demo:
        args.append("--demo")
    if agency:
        args += ["--agency", str(agency)]
    process = subprocess.Popen(
        args, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True, env=env()
    )
    try:
        assert process.stdout is not None
        for line in process.stdout:
            match = re.search(r"listening on (http://\S+)", line)
            if match:
                break
        else:
            raise RuntimeError("the sandbox did not start")
        yield match.group(1)
    finally:
        process.terminate()
        try:
            process.wait(timeout=20)
        except subprocess.TimeoutExpired:
            process.kill()
