"""Letting Qt handle pending events from Python code that is not in the event loop (start-up's
first paint, the self-test, benchmarks' waits).

Always through a `QEventLoop` object, never `QCoreApplication.processEvents()`: in PySide6
6.12.0 the static call drops one reference to Python's `None` each time (seen here: 1,000 calls,
`sys.getrefcount(None)` 1,000 lower), so a loop that calls it long enough aborts the interpreter
with "deallocating None". `QEventLoop.processEvents()` does the same work without the leak.
"""

from __future__ import annotations

from PySide6.QtCore import QEventLoop

_loop: QEventLoop | None = None


def process_events() -> None:
    """Handle the events waiting on this (the GUI) thread, then return."""
    global _loop
    if _loop is None:
        _loop = QEventLoop()
    _loop.processEvents()
