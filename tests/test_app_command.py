"""`smartalex-desktop` as the README runs it: demo mode shows the window signed in to the embedded
demo sandbox, and stops cleanly on SIGTERM."""

from __future__ import annotations

import os
import queue
import signal
import subprocess
import sys
import threading

import httpx

START_TIMEOUT_S = 90


def _lines_of(process: subprocess.Popen[str]) -> queue.Queue[str]:
    lines: queue.Queue[str] = queue.Queue()

    def read() -> None:
        assert process.stdout is not None
        for line in process.stdout:
            lines.put(line)

    threading.Thread(target=read, daemon=True).start()
    return lines


def _line_with(lines: queue.Queue[str], marker: str, seen: list[str]) -> str:
    while True:
        line = lines.get(timeout=START_TIMEOUT_S)
        seen.append(line)
        if marker in line:
            return line.split(marker, 1)[1].strip()


def test_the_run_command_signs_in_to_the_demo_and_stops_on_sigterm(tmp_path):
    process = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "smartalex_desktop.app",
            "--demo",
            "--data-dir",
            str(tmp_path / "demo"),
            "--settings",
            str(tmp_path / "settings.ini"),
        ],
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
    )
    seen: list[str] = []
    try:
        lines = _lines_of(process)
        url = _line_with(lines, "listening on ", seen).split()[0]
        assert _line_with(lines, "Signed in as ", seen) == "demo@smartalex.test"
        token = httpx.post(
            f"{url}/v1/auth/token",
            json={"email": "demo@smartalex.test", "password": "demo-password"},
        ).json()["access_token"]
        plan = httpx.get(
            f"{url}/v1/subscription", headers={"Authorization": f"Bearer {token}"}
        ).json()["plan"]
        assert plan == "dental"
        process.send_signal(signal.SIGTERM)
        assert process.wait(timeout=20) == 0, "".join(seen)
    finally:
        if process.poll() is None:
            process.kill()
    assert (tmp_path / "demo" / "localstripe-state.pickle").exists()  # saved on the way out
    assert "Traceback" not in "".join(seen)


def test_the_first_paint_waits_for_no_heavy_import(tmp_path):
    """The window's frame paints before httpx, pydantic, reportlab, keyring or the demo engine are
    imported (docs/performance.md, "Start-up: heavy imports wait"): an import added at module
    level in what the window needs (a settings default taken from the billing core once cost
    0.2 s, pydantic with it) shows up here rather than only in a benchmark."""
    result = subprocess.run(
        [
            sys.executable,
            "-X",
            "importtime",
            "-m",
            "smartalex_desktop",
            "--api-url",
            "http://127.0.0.1:9",
            "--settings",
            str(tmp_path / "settings.ini"),
        ],
        env={**os.environ, "SMARTALEX_STARTUP_PROBE": "paint", "QT_QPA_PLATFORM": "offscreen"},
        capture_output=True,
        text=True,
        timeout=START_TIMEOUT_S,
        stdin=subprocess.DEVNULL,
    )
    assert "smartalex-probe paint" in result.stdout, result.stdout + result.stderr[-2000:]
    lines = [line for line in result.stderr.splitlines() if "|" in line]
    imported = {line.rsplit("|", 1)[1].strip() for line in lines}
    heavy = {"httpx", "pydantic", "reportlab", "keyring", "fastapi", "stripe"}
    assert imported & heavy == set()
