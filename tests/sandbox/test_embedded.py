"""The sandbox in threads of the test process, as the app's demo mode runs it."""

from __future__ import annotations

import socket
import threading
from datetime import datetime

from smartalex_desktop.api import SmartAlexClient
from smartalex_desktop.sandbox.embedded import EmbeddedSandbox
from tests.helpers.sandbox import TEST_CLOCK_START


def test_the_embedded_demo_serves_on_loopback_and_stops_cleanly(tmp_path):
    threads_before = set(threading.enumerate())
    with EmbeddedSandbox(tmp_path / "demo", demo=True) as sandbox:
        assert sandbox.url.startswith("http://127.0.0.1:")
        assert sandbox.seeding_s is not None
        with SmartAlexClient(sandbox.url) as client:
            client.sign_in("demo@smartalex.test", "demo-password")
            assert client.subscription().plan == "dental"
            assert len(client.payment_methods()) == 2
            # Pinned by SMARTALEX_SANDBOX_CLOCK_START (tests/conftest.py): the demo year ends at
            # the tests' instant, whatever today is.
            assert client.sandbox_clock().now == TEST_CLOCK_START
        port = int(sandbox.url.rsplit(":", 1)[1])
    # Stopped: the port is closed and the sandbox's threads are gone.
    with socket.socket() as probe:
        assert probe.connect_ex(("127.0.0.1", port)) != 0
    leftover = {t for t in threading.enumerate() if t not in threads_before and t.is_alive()}
    assert not [t for t in leftover if "smartalex" in t.name or "localstripe" in t.name.lower()]
    # The same folder again: already seeded, so nothing is seeded twice.
    with EmbeddedSandbox(tmp_path / "demo", demo=True) as again:
        assert again.seeding_s is None


def test_an_embedded_sandbox_can_be_pinned_by_its_caller(tmp_path):
    start = datetime.fromisoformat("2028-02-29T12:00:00+13:00")
    with (
        EmbeddedSandbox(tmp_path / "plain", demo=False, clock_start=start) as sandbox,
        SmartAlexClient(sandbox.url) as client,
    ):
        assert client.sandbox_clock().now == start
