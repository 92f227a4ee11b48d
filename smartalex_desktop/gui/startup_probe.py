"""What `benchmarks/` measures start-up with: with `SMARTALEX_STARTUP_PROBE` set, the app prints
the wall-clock time of its first painted main window (`paint`), or of the moment an account is
signed in and the shown tab has what it loads (`ready`), as `smartalex-probe <event> <time>`,
then quits. Unset (always, outside benchmarks) it does nothing.
"""

from __future__ import annotations

import os
import time

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer

from smartalex_desktop.gui.main_window import MainWindow

VARIABLE = "SMARTALEX_STARTUP_PROBE"


def install(window: MainWindow) -> None:
    mode = os.environ.get(VARIABLE)
    if mode not in ("paint", "ready"):
        return

    def say(event: str) -> None:
        print(f"smartalex-probe {event} {time.time():.6f}", flush=True)
        QTimer.singleShot(0, QCoreApplication.quit)

    class FirstPaint(QObject):
        def eventFilter(self, _watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt's)
            if event.type() == QEvent.Type.Paint:
                window.removeEventFilter(self)
                if mode == "paint":
                    say("paint")
            return False

    window._startup_probe = FirstPaint(window)  # kept alive with the window
    window.installEventFilter(window._startup_probe)
    if mode == "ready":
        runner = window.accounts.runner

        def idle(busy: bool) -> None:
            if not busy and window.accounts.current is not None:
                say("ready")

        runner.busy_changed.connect(idle)
