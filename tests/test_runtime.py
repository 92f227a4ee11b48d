"""The interpreter and PySide6 the project runs on lose no reference to `None` or `True` in Qt
calls (docs/runtime.md): on Python 3.11 with PySide6 6.12 every void call and every emit did, and
a long-running app aborted. The probe runs in a child process, so an abort fails this test instead
of ending the test run."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

PROBE = Path(__file__).parents[1] / "scripts" / "probe_qt_references.py"


def test_qt_calls_and_emits_lose_no_reference_on_this_interpreter():
    done = subprocess.run(
        [sys.executable, str(PROBE), "--calls", "20000", "--json"],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert "Fatal Python error" not in done.stderr
    assert done.returncode == 0, done.stdout + done.stderr
    result = json.loads(done.stdout)
    assert set(result["references_lost"].values()) == {0}
    assert tuple(int(part) for part in result["python"].split(".")[:2]) >= (3, 12)
