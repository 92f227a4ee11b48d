"""Crash points for the crash tests: kill this process at a named step of a money movement.

`SMARTALEX_SANDBOX_CRASH_AT=<point>` makes the sandbox SIGKILL itself when it reaches that point
(no clean-up, no flush: as a power cut would), so a test can restart it on the same data folder
and check that nothing was lost or doubled. Unset (always, outside those tests) it does nothing.
"""

from __future__ import annotations

import os
import signal

ENVIRONMENT_VARIABLE = "SMARTALEX_SANDBOX_CRASH_AT"


def point(name: str) -> None:
    if os.environ.get(ENVIRONMENT_VARIABLE) == name:
        os.kill(os.getpid(), signal.SIGKILL)
