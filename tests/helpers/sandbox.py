"""A real SmartAlex sandbox in a child process, on a free loopback port, for tests.

The child is the `smartalex-sandbox` command itself (localstripe in its thread, SQLite in a temp
data folder), so tests go over real HTTP exactly as the app will. Its test clock is pinned
(`--clock-start`, `TEST_CLOCK_START` unless a test names another instant), so a test sees the same
dates whatever day it runs.
"""

from __future__ import annotations

import itertools
import os
import signal
import subprocess
import sys
import threading
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any

import httpx

START_TIMEOUT_S = 60.0
# Where every test sandbox's clock starts, unless a test names another instant. Deliberately
# unremarkable, so that only the calendar tests (tests/sandbox/test_calendar.py) meet the edges:
# mid-month (a period from the 10th is 30 days; no 29th-31st anniversary), mid-week, mid-year
# (no year change in the months a test advances), months from a DST change in New York or Auckland
# either way, and 15:00 UTC is the middle of a working day in New York (11:00) and London (16:00)
# and 03:00 in Auckland: hours from any local midnight in the timezones the tests use.
TEST_CLOCK_START = datetime.fromisoformat("2026-06-10T15:00:00+00:00")
_emails = itertools.count(1)


@dataclass
class SandboxProcess:
    data_dir: Path
    demo: bool = False
    url: str = ""
    process: subprocess.Popen[str] | None = None
    output: list[str] = field(default_factory=list)
    env: dict[str, str] = field(default_factory=dict)
    port: int = 0  # 0: a free one; a restart passes the first run's to keep its URL
    # A new data folder's clock starts here and never catches up to the real time; None: the
    # sandbox's own default (the real time, caught up to on every start).
    clock_start: datetime | None = TEST_CLOCK_START
    agency: int = 0  # with demo: that many agency practices too (sandbox/agency_demo.py)

    def start(self) -> SandboxProcess:
        args = [
            sys.executable,
            "-m",
            "smartalex_desktop.sandbox.cli",
            "--port",
            str(self.port),
            "--data-dir",
            str(self.data_dir),
        ]
        if self.demo:
            args.append("--demo")
        if self.agency:
            args += ["--agency", str(self.agency)]
        if self.clock_start is not None:
            args += ["--clock-start", self.clock_start.isoformat()]
        # Nothing of the test run's own Stripe or crash settings leaks in unless asked for.
        env = {
            key: value
            for key, value in os.environ.items()
            if not key.startswith(("STRIPE_", "SMARTALEX_SANDBOX_"))
        }
        env.update(self.env)
        self.process = subprocess.Popen(
            args, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True, env=env
        )
        self.url = read_until_ready(self.process, self.output, "listening on ")
        if not self.url:
            self.stop()
            raise RuntimeError("the sandbox did not start:\n" + "".join(self.output))
        return self

    def wait_for_exit(self, timeout: float = 20.0) -> int:
        """The exit status of a sandbox that is going down by itself (a crash point)."""
        assert self.process is not None
        return self.process.wait(timeout=timeout)

    def stop(self, sig: int = signal.SIGTERM) -> int | None:
        if self.process is None:
            return None
        if self.process.poll() is None:
            self.process.send_signal(sig)
            try:
                self.process.wait(timeout=20)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()
        return self.process.returncode

    def client(self, token: str | None = None) -> httpx.Client:
        headers = {"Authorization": f"Bearer {token}"} if token else {}
        return httpx.Client(base_url=self.url, headers=headers, timeout=30.0)

    def sign_in(self, email: str, password: str) -> httpx.Client:
        with self.client() as anonymous:
            response = anonymous.post("/v1/auth/token", json={"email": email, "password": password})
        response.raise_for_status()
        return self.client(response.json()["access_token"])

    def create_account(self, **fields: Any) -> Customer:
        """A new customer (unique email) signed in; `fields` go to POST /v1/sandbox/accounts."""
        body = {
            "email": f"customer{next(_emails)}-{os.getpid()}@clinic.test",
            "password": "correct horse battery",
            "plan": "professional",
            **fields,
        }
        with self.client() as anonymous:
            response = anonymous.post("/v1/sandbox/accounts", json=body)
        assert response.status_code == 201, response.text
        return Customer(
            email=body["email"],
            password=body["password"],
            account_id=response.json()["account"]["id"],
            http=self.sign_in(body["email"], body["password"]),
        )

    def advance_clock(self, days: int) -> str:
        with self.client() as anonymous:
            response = anonymous.post("/v1/sandbox/clock/advance", json={"days": days})
        response.raise_for_status()
        return str(response.json()["now"])

    def now(self) -> datetime:
        """The test clock's now (GET /v1/sandbox/clock)."""
        with self.client() as anonymous:
            response = anonymous.get("/v1/sandbox/clock")
        response.raise_for_status()
        return datetime.fromisoformat(response.json()["now"])


@dataclass
class Customer:
    email: str
    password: str
    account_id: str
    http: httpx.Client


def read_until_ready(process: subprocess.Popen[str], output: list[str], marker: str) -> str:
    """Collect the child's output in a thread; the URL after `marker`, or "" if it never came."""
    found: list[str] = []
    ready = threading.Event()

    def read() -> None:
        assert process.stdout is not None
        for line in process.stdout:
            output.append(line)
            if marker in line and not found:
                found.append(line.split(marker, 1)[1].split()[0])
                ready.set()
        ready.set()

    threading.Thread(target=read, daemon=True).start()
    ready.wait(START_TIMEOUT_S)
    return found[0] if found else ""


@contextmanager
def running_sandbox(
    data_dir: Path,
    *,
    demo: bool = False,
    env: dict[str, str] | None = None,
    clock_start: datetime | None = TEST_CLOCK_START,
    agency: int = 0,
) -> Iterator[SandboxProcess]:
    sandbox = SandboxProcess(
        data_dir=data_dir, demo=demo, env=env or {}, clock_start=clock_start, agency=agency
    ).start()
    try:
        yield sandbox
    finally:
        with suppress(Exception):
            sandbox.stop()
