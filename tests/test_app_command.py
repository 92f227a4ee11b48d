"""`smartalex-desktop` as the README runs it: demo mode serves the demo sandbox until stopped."""

from __future__ import annotations

import signal
import subprocess
import sys

import httpx

from tests.helpers.sandbox import read_until_ready


def test_the_run_command_serves_the_demo_and_stops_on_sigterm(tmp_path):
    process = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "smartalex_desktop.app",
            "--demo",
            "--data-dir",
            str(tmp_path / "demo"),
        ],
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
    )
    output: list[str] = []
    try:
        url = read_until_ready(process, output, "listening on ")
        assert url, "".join(output)
        token = httpx.post(
            f"{url}/v1/auth/token",
            json={"email": "demo@smartalex.test", "password": "demo-password"},
        ).json()["access_token"]
        plan = httpx.get(
            f"{url}/v1/subscription", headers={"Authorization": f"Bearer {token}"}
        ).json()["plan"]
        assert plan == "dental"
        process.send_signal(signal.SIGTERM)
        assert process.wait(timeout=20) == 0
    finally:
        if process.poll() is None:
            process.kill()
    assert (tmp_path / "demo" / "localstripe-state.pickle").exists()  # saved on the way out
