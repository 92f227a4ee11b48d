"""Test-wide set-up: Qt offscreen by default, bounded hypothesis, one shared sandbox."""

from __future__ import annotations

import gc
import os
import tempfile

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# Qt warns (and a Qt warning fails a test) when run as root without a private runtime folder.
if not os.environ.get("XDG_RUNTIME_DIR"):
    os.environ["XDG_RUNTIME_DIR"] = tempfile.mkdtemp(prefix="smartalex-runtime-")
# What the app keeps in the user's data folder (offline copies, the demo sandbox) goes to a
# folder of the test run's own, never the developer's.
os.environ["XDG_DATA_HOME"] = tempfile.mkdtemp(prefix="smartalex-data-")

from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import HealthCheck, settings

from tests.helpers.sandbox import SandboxProcess, running_sandbox


def _process_events_without_the_leak() -> None:
    """pytest-qt handles pending events around every test with the static
    `QApplication.processEvents()`, which in PySide6 6.12.0 drops a reference to `None` per call
    (see smartalex_desktop/gui/events.py): enough tests and the interpreter aborts. The same
    work through a QEventLoop leaks nothing."""
    from PySide6.QtWidgets import QApplication

    from smartalex_desktop.gui.events import process_events

    if QApplication.instance() is not None:
        process_events()


pytestqt_plugin = pytest.importorskip("pytestqt.plugin")
pytestqt_plugin._process_events = _process_events_without_the_leak

# The default run stays within CI's budget; `HYPOTHESIS_PROFILE=deep` explores much further.
settings.register_profile(
    "default", max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow]
)
settings.register_profile(
    "deep", max_examples=500, deadline=None, suppress_health_check=[HealthCheck.too_slow]
)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "default"))


@pytest.fixture(autouse=True)
def _unfrozen_heap() -> Iterator[None]:
    """The app freezes its heap after long loads (`gui/heap.py`); a test's windows are gone
    after it, so what it froze goes back to the collector."""
    yield
    gc.unfreeze()


@pytest.fixture(scope="session")
def sandbox(tmp_path_factory: pytest.TempPathFactory) -> Iterator[SandboxProcess]:
    """One sandbox for the session; tests make their own accounts and never move its clock."""
    with running_sandbox(tmp_path_factory.mktemp("sandbox")) as running:
        yield running


@pytest.fixture
def own_sandbox(tmp_path: Path) -> Iterator[SandboxProcess]:
    """A sandbox of the test's own, for tests that move the (global) test clock."""
    with running_sandbox(tmp_path / "sandbox") as running:
        yield running
