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

from smartalex_desktop.sandbox.clock import CLOCK_START_VARIABLE
from tests.helpers.sandbox import TEST_CLOCK_START, SandboxProcess, running_sandbox
from tests.helpers.soak import SoakRun

# Every sandbox the app starts inside itself — demo mode, `smartalex-desktop --demo` and
# `export --demo` as commands, the soak — starts its clock at the tests' pinned instant too (the
# sandboxes tests start themselves are given `--clock-start`), so no test depends on today's date.
os.environ[CLOCK_START_VARIABLE] = TEST_CLOCK_START.isoformat()

_SOAK = pytest.StashKey[SoakRun]()

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
    """The app freezes its heap after long loads (`gui/runtime/heap.py`); a test's windows are gone
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


# --- the soak: started as soon as the run is collected, waited for last --------------------------


def _is_soak(item: pytest.Item) -> bool:
    return item.get_closest_marker("soak") is not None


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """The soak test goes last: it only waits for the soak process started below."""
    items.sort(key=_is_soak)  # stable: everything else keeps its order


def pytest_collection_finish(session: pytest.Session) -> None:
    """Minutes of one core, so the soak (benchmarks/soak.py) runs beside the rest of the suite
    on the machine's other core, in a process of its own, when the run includes it."""
    if not session.config.option.collectonly and any(_is_soak(i) for i in session.items):
        session.config.stash[_SOAK] = SoakRun.start()


def pytest_unconfigure(config: pytest.Config) -> None:
    run = config.stash.get(_SOAK, None)
    if run is not None:
        run.stop()


@pytest.fixture
def soak_run(request: pytest.FixtureRequest) -> SoakRun:
    run = request.config.stash.get(_SOAK, None)
    if run is None:  # deselected at collection but asked for: start it now
        run = request.config.stash[_SOAK] = SoakRun.start()
    return run
