"""Does this interpreter + PySide6 lose references to Python's `None` and `True`?

PySide6 6.12.0 on Python 3.11 returns `None` from every void Qt method (`setText`, `setEnabled`,
`update`, …) and `True` from `SignalInstance.emit()` without owning a reference, so each call
leaves them one reference short, and a long-running app aborts ("deallocating None"). From Python
3.12 on, `None`, `True` and `False` are immortal (PEP 683): their reference count never moves, so
a lost reference is harmless. docs/runtime.md has the decision this probe supports.

    .venv/bin/python scripts/probe_qt_references.py [--calls N] [--json]

Prints, for the interpreter it runs on: the Python and PySide6 versions, and how the reference
counts of `None` and `True` moved over N calls of each kind. Exit status 1 when any moved.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections.abc import Callable


def _moved(count_of: Callable[[], int], calls: int, action: Callable[[], object]) -> int:
    before = count_of()
    for _ in range(calls):
        action()
    return before - count_of()


def probe(calls: int) -> dict[str, object]:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    import PySide6
    from PySide6.QtCore import QCoreApplication, QObject, Signal
    from PySide6.QtWidgets import QApplication, QLabel

    class Source(QObject):
        fired = Signal()

    app = QApplication.instance() or QApplication([])
    label = QLabel()
    source = Source()
    source.fired.connect(lambda: None)

    def none_count() -> int:
        return sys.getrefcount(None)

    def true_count() -> int:
        return sys.getrefcount(True)

    lost = {
        "QLabel.setText -> None": _moved(none_count, calls, lambda: label.setText("x")),
        "QWidget.setEnabled -> None": _moved(none_count, calls, lambda: label.setEnabled(True)),
        "QCoreApplication.processEvents -> None": _moved(
            none_count, calls, QCoreApplication.processEvents
        ),
        "SignalInstance.emit -> True": _moved(true_count, calls, source.fired.emit),
    }
    del app
    return {
        "python": sys.version.split()[0],
        "pyside6": PySide6.__version__,
        "calls": calls,
        "none_refcount": sys.getrefcount(None),
        "references_lost": lost,
        "safe": all(value == 0 for value in lost.values()),
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--calls", type=int, default=10_000)
    parser.add_argument("--json", action="store_true", help="print the result as JSON")
    args = parser.parse_args(argv)
    result = probe(args.calls)
    if args.json:
        print(json.dumps(result))
    else:
        print(f"Python {result['python']}, PySide6 {result['pyside6']}, {args.calls:,} calls each")
        for what, lost in result["references_lost"].items():  # type: ignore[union-attr]
            print(f"  {what:<42} {lost:>7,} references lost")
        print("  safe: no reference lost" if result["safe"] else "  UNSAFE: references lost")
    return 0 if result["safe"] else 1


if __name__ == "__main__":
    sys.exit(main())
