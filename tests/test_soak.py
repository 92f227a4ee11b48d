"""The app runs for weeks without aborting or growing (docs/runtime.md): the soak of
benchmarks/soak.py — the demo window built as the app builds it, 20,000 tab switches, every
dialog opened and closed 200 times, 500 background-refresh rounds against the demo sandbox.

It runs as a child process, so a fault in Qt's reference handling ("Fatal Python error") fails
this test instead of ending the run. It takes minutes of one core, so conftest.py starts it when
the run is collected and this test, put last, waits for it while the rest of the suite runs.
"""

from __future__ import annotations

import json

import pytest

from tests.helpers.soak import SOAK_TIMEOUT_S, SoakRun

pytestmark = pytest.mark.soak


def test_the_demo_window_survives_the_soak_without_growing(soak_run: SoakRun):
    returncode, output = soak_run.wait(SOAK_TIMEOUT_S)
    assert "Fatal Python error" not in output, output[-4000:]
    assert returncode == 0, output[-4000:]
    figures = json.loads(output.strip().splitlines()[-1])
    assert figures["switches"] == 20_000
    assert figures["dialog_rounds"] == 200 and len(figures["dialogs"]) >= 12
    assert figures["refresh_rounds"] >= 500
    assert figures["rss_growth_pct"] < 10, figures
