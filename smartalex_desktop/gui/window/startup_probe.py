"""What `benchmarks/` measures start-up with: with `SMARTALEX_STARTUP_PROBE` set, the app prints
the wall-clock time of its first painted main window (`paint`), or of the moment an account is
signed in and nothing is loading any more (`ready`), as `smartalex-probe <event> <time>`, then
quits. Unset (always, outside benchmarks) it does nothing.
"""

from __future__ import annotations

import os
import time

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer

from smartalex_desktop.gui.window.main_window import MainWindow

VARIABLE = "SMARTALEX_STARTUP_PROBE"


def install(window: MainWindow) -> None:
    mode = os.environ.get(VARIABLE)
    if mode not in ("paint", "ready"):
        return

    def say(event: str) -> None:
        print(f"smartalex-probe {event} {time.time():.6f}", flush=True)
        if event == "paint":
            # The first paint happens before the event loop starts (QApplication.processEvents()
            # in main), where quit() would do nothing: the measurement is taken, leave at once.
            os._exit(0)
        QCoreApplication.quit()

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
        # Polled: the accounts arrive after the frame has painted (MainWindow.attach).
        def check() -> None:
            accounts = window.accounts
            if accounts is not None and accounts.current is not None and not accounts.runner.busy:
                poll.stop()
                say("ready")

        poll = QTimer(window, interval=20)
        poll.timeout.connect(check)
        poll.start()
