"""PySide6 6.12.0's SignalInstance.emit() returns True without owning a reference: the app's
`emit()` must leave Python's reference counts as they were, or a long-lived app aborts."""

from __future__ import annotations

import sys

from PySide6.QtCore import QObject, Signal

from smartalex_desktop.gui.signals import emit


class Source(QObject):
    changed = Signal(bool)


def test_many_emits_leave_true_and_false_as_they_were():
    source = Source()
    received: list[int] = []
    source.changed.connect(lambda value: received.append(int(value)))  # keeps no bool
    before = sys.getrefcount(True), sys.getrefcount(False)
    for number in range(5_000):
        emit(source.changed, number % 2 == 0)
    after = sys.getrefcount(True), sys.getrefcount(False)
    assert len(received) == 5_000 and sum(received) == 2_500
    assert abs(after[0] - before[0]) <= 20 and abs(after[1] - before[1]) <= 20
