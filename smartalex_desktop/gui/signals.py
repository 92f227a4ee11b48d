"""Emitting Qt signals from Python without wearing out Python's `True`.

PySide6 6.12.0's `SignalInstance.emit()` returns `True` without owning a reference to it: every
call from Python leaves `True` one reference short (seen here: 300 emits, `sys.getrefcount(True)`
300 lower), and after enough emits — a long-lived app emits thousands an hour — the interpreter
aborts with "bool_dealloc: deallocating True or False". (It is the same kind of fault as
`QCoreApplication.processEvents()` and `None`: see events.py.)

Every emit in the app goes through `emit()`, which gives `True` its reference back, but only
where the fault is present: it is measured once, at import, on a signal of our own, so a fixed
PySide6 needs no change here.
"""

from __future__ import annotations

import ctypes
import sys
from typing import Any

from PySide6.QtCore import QObject, Signal, SignalInstance

_CALIBRATION_EMITS = 64


class _Probe(QObject):
    fired = Signal()


def _references_lost_per_emit() -> int:
    probe = _Probe()
    before = sys.getrefcount(True)
    for _ in range(_CALIBRATION_EMITS):
        probe.fired.emit()
    lost = before - sys.getrefcount(True)
    per_emit = round(lost / _CALIBRATION_EMITS)
    for _ in range(lost):  # the calibration's own losses, given back
        ctypes.pythonapi.Py_IncRef(ctypes.py_object(True))
    return max(per_emit, 0)


_LOST_PER_EMIT = _references_lost_per_emit()


def emit(signal: SignalInstance, *args: Any) -> None:
    """`signal.emit(*args)`, leaving Python's reference counts as they were."""
    signal.emit(*args)
    for _ in range(_LOST_PER_EMIT):
        ctypes.pythonapi.Py_IncRef(ctypes.py_object(True))
