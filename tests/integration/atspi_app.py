"""Run by test_atspi.py in its own process on a real X display (Xvfb): the real app, demo mode
(`smartalex_desktop.app.main`), with Qt's AT-SPI bridge on.

One addition, because AT-SPI cannot show it: what each label *shows*. Qt exposes a QLabel over
AT-SPI by its accessible name only (no Text interface), so when a fixed accessible name replaces
the text, a screen reader — and the checker — never learn the text. On SIGUSR1 this process
writes every visible label of every visible window to the JSON file named by
`SMARTALEX_A11Y_TRUTH`: its AT-SPI id (the same path Qt's bridge builds), its rectangle on the
screen and its plain text. atspi_checker.py matches them to the AT-SPI tree by id and rectangle.

    python -m tests.integration.atspi_app [smartalex-desktop arguments]
"""

from __future__ import annotations

import json
import os
import re
import signal
import sys
from pathlib import Path
from types import FrameType

from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible, QAccessibleInterface, QTextDocument
from PySide6.QtGui import Qt as QtGui  # Qt::mightBeRichText lives in QtGui
from PySide6.QtWidgets import QApplication, QLabel

from smartalex_desktop.app import main

TRUTH_VARIABLE = "SMARTALEX_A11Y_TRUTH"


def accessible_id(interface: QAccessibleInterface) -> str:
    """The id Qt's AT-SPI bridge gives an object (QAccessibleBridgeUtils::accessibleId): object
    names, or class names where there is none, from the application down."""
    explicit = interface.text(QAccessible.Text.Identifier)
    if explicit:
        return explicit
    parts: list[str] = []
    current: QAccessibleInterface | None = interface
    while current is not None and current.isValid():
        target = current.object()
        if target is not None:
            parts.append(target.objectName() or target.metaObject().className())
        current = current.parent()
    return ".".join(reversed(parts))


def shown_text(label: QLabel) -> str:
    """The words the label puts on the screen: markup rendered to plain text, a mnemonic's `&`
    dropped (Qt's bridge drops it from names too), runs of white space as one space."""
    text = label.text()
    rich = label.textFormat() == Qt.TextFormat.RichText or (
        label.textFormat() == Qt.TextFormat.AutoText and QtGui.mightBeRichText(text)
    )
    if rich:
        document = QTextDocument()
        document.setHtml(text)
        text = document.toPlainText()
    text = re.sub(r"&(.)", r"\1", text)
    return " ".join(text.split())


def write_truth(path: Path) -> None:
    rows = []
    for window in QApplication.topLevelWidgets():
        if not window.isVisible():
            continue
        for label in window.findChildren(QLabel):
            if not label.isVisible() or not label.text():
                continue
            interface = QAccessible.queryAccessibleInterface(label)
            if interface is None:
                continue
            rect = interface.rect()
            rows.append(
                {
                    "id": accessible_id(interface),
                    "rect": [rect.x(), rect.y(), rect.width(), rect.height()],
                    "text": shown_text(label),
                }
            )
    partial = path.with_suffix(".partial")
    partial.write_text(json.dumps(rows))
    partial.replace(path)  # whole or not at all: the checker polls for the file


def install_truth_handler() -> None:
    path = Path(os.environ[TRUTH_VARIABLE])

    def on_signal(_signum: int, _frame: FrameType | None) -> None:
        # Python runs the handler on the GUI thread between bytecodes (app.main's heartbeat
        # timer makes sure there are some), so the widgets may be read here.
        write_truth(path)

    signal.signal(signal.SIGUSR1, on_signal)


if __name__ == "__main__":
    install_truth_handler()
    sys.exit(main(sys.argv[1:]))
