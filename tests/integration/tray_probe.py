"""Run by test_tray.py in its own process on a real X display (Xvfb): the app's real window,
notifier and tray icon, then one of

    tray_probe.py screenshot OUT.png   the icon shown; the screen grabbed once it is embedded
    tray_probe.py notify               a low-balance notice sent through the tray

It prints one line of JSON: whether a tray was available, the icon's geometry on screen, and
what the notifier sent. Qt runs on the xcb platform here, not offscreen.
"""

from __future__ import annotations

import json
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

import keyring.backends.fail
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QSystemTrayIcon

from smartalex_desktop.api import models
from smartalex_desktop.billing.notifications import AccountSnapshot, NotificationRules
from smartalex_desktop.credentials import CredentialStore
from smartalex_desktop.gui.runtime.settings import AppSettings
from smartalex_desktop.gui.window.assembly import build_window
from smartalex_desktop.gui.window.tray import Tray


def low_balance_notice():
    wallet = models.Wallet(
        balance_cents=16_80,
        low_balance_threshold_cents=20_00,
        auto_top_up=models.AutoTopUp(enabled=False, threshold_cents=0, amount_cents=0),
    )
    snapshot = AccountSnapshot("Harbor Dental", wallet, None, [], [], date(2026, 11, 26))
    [notice] = NotificationRules().observe(snapshot)
    return notice


def main() -> int:
    mode = sys.argv[1]
    app = QApplication(sys.argv[:1])
    deadline = time.monotonic() + 10  # the tray host may still be starting
    while not QSystemTrayIcon.isSystemTrayAvailable() and time.monotonic() < deadline:
        QApplication.processEvents()
        time.sleep(0.05)
    available = QSystemTrayIcon.isSystemTrayAvailable()
    with tempfile.TemporaryDirectory() as tmp:
        assembly = build_window(
            settings=AppSettings(Path(tmp) / "settings.ini"),
            credentials=CredentialStore(backend=keyring.backends.fail.Keyring()),
            api_url=None,
        )
        window = assembly.window
        tray = Tray(window, assembly.refresher, assembly.notifier, parent=app)
        tray.show()
        result: dict[str, object] = {"available": available, "platform": app.platformName()}
        sent: list[str] = []
        assembly.notifier.shown.connect(lambda notice: sent.append(notice.title))

        def finish() -> None:
            rect = tray.icon.geometry()
            result["geometry"] = [rect.x(), rect.y(), rect.width(), rect.height()]
            result["visible"] = tray.icon.isVisible()
            result["sent"] = sent
            if mode == "screenshot":
                app.primaryScreen().grabWindow(0).save(sys.argv[2])
            print(json.dumps(result), flush=True)
            app.quit()

        if mode == "notify":
            notice = low_balance_notice()
            result["title"], result["text"] = notice.title, notice.text
            QTimer.singleShot(500, lambda: assembly.notifier.notify(notice, None))
        QTimer.singleShot(2500, finish)  # the host embeds the icon (or registers it) meanwhile
        app.exec()
    return 0


if __name__ == "__main__":
    sys.exit(main())
