"""`smartalex-desktop --self-test`: does this installation (a frozen build above all) have what it
needs? It checks the parts that load dynamically or from data files — the ones a packager
forgets — and paints the real window once, offscreen when there is no display, then exits 0,
or 1 with the first thing missing.

What it checks, each on one line of output:
- Qt: the window built with its tabs and painted (forms, resources, SVG icons, QtCharts, QtPdf);
- the keyring: its backends are found (they load through entry points);
- the documents: the embedded fonts registered and a PDF rendered;
- the offline store and the sandbox: their SQL migrations applied to fresh databases;
- the sandbox's Stripe: localstripe imports with its data file.
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import UTC, date, datetime
from pathlib import Path

PAINT_TIMEOUT_S = 20.0


def run() -> int:
    if not os.environ.get("DISPLAY") and not os.environ.get("WAYLAND_DISPLAY"):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    checks: list[tuple[str, Callable[[Path], str]]] = [
        ("keyring", _keyring),
        ("documents", _documents),
        ("offline store", _store),
        ("sandbox", _sandbox),
        ("window", _window),
    ]
    with tempfile.TemporaryDirectory(prefix="smartalex-self-test-") as tmp:
        for name, check in checks:
            try:
                detail = check(Path(tmp))
            except Exception as error:  # the point is to report whatever is broken
                print(f"self-test FAILED at {name}: {type(error).__name__}: {error}", flush=True)
                return 1
            print(f"ok  {name}: {detail}", flush=True)
    print("self-test passed", flush=True)
    return 0


def _keyring(_tmp: Path) -> str:
    """Keyring finds its backends through entry points: without keyring's package metadata (a
    frozen build that forgot it) there are none, and tokens could never be kept."""
    from importlib.metadata import entry_points

    from keyring.backend import get_all_keyring

    known = sorted(point.name for point in entry_points(group="keyring.backends"))
    if not known:
        raise RuntimeError("keyring's backends are not registered (package metadata missing)")
    usable = sorted({type(b).__module__.rsplit(".", 1)[-1] for b in get_all_keyring()})
    return f"{len(known)} backends known ({', '.join(known)}); usable here: {', '.join(usable)}"


def _documents(_tmp: Path) -> str:
    from smartalex_desktop.api import models
    from smartalex_desktop.documents import render_wallet_statement

    account = models.Account.model_validate(
        {
            "id": "acct_selftest",
            "email": "self-test@smartalex.test",
            "company_name": "Zoë's Self-Test Clinic",
            "address": "1 Main Street",
            "tax_id": "",
            "tax_rate_bps": 0,
            "timezone": "UTC",
            "created_at": datetime(2026, 1, 1, tzinfo=UTC).isoformat(),
        }
    )
    pdf = render_wallet_statement([], account, date(2026, 1, 1), date(2026, 1, 31))
    if not pdf.startswith(b"%PDF"):
        raise RuntimeError("the statement is not a PDF")
    return f"a statement rendered ({len(pdf):,} bytes, fonts embedded)"


def _store(tmp: Path) -> str:
    from smartalex_desktop.store import Store

    with Store.open(tmp / "cache", "http://127.0.0.1:1", "self-test@smartalex.test") as store:
        return f"opened {store.path.name}"


def _sandbox(tmp: Path) -> str:
    import localstripe.resources  # noqa: F401 (what demo mode's Stripe runs)

    from smartalex_desktop.sandbox import db

    version = db.migrate(tmp / "sandbox.db")
    return f"schema version {version}, localstripe importable"


def _window(tmp: Path) -> str:
    import keyring.backends.fail
    from PySide6.QtCore import QEvent, QObject
    from PySide6.QtWidgets import QApplication

    from smartalex_desktop.credentials import CredentialStore
    from smartalex_desktop.gui.runtime.settings import AppSettings
    from smartalex_desktop.gui.window.assembly import build_window

    app = QApplication.instance() or QApplication(sys.argv[:1])
    assembly = build_window(
        settings=AppSettings(tmp / "settings.ini"),
        credentials=CredentialStore(backend=keyring.backends.fail.Keyring()),
        api_url=None,
    )
    window = assembly.window
    assembly.refresher.set_automatic(False)
    painted: list[bool] = []

    class PaintWatch(QObject):
        def eventFilter(self, _watched: QObject, event: QEvent) -> bool:  # noqa: N802
            if event.type() == QEvent.Type.Paint:
                painted.append(True)
            return False

    watch = PaintWatch()
    window.installEventFilter(watch)
    window.show()
    deadline = time.monotonic() + PAINT_TIMEOUT_S
    while not painted and time.monotonic() < deadline:
        QApplication.processEvents()
        time.sleep(0.01)
    image = window.grab()
    window.close()
    if not painted or image.isNull():
        raise RuntimeError("the window was never painted")
    tabs = window.ui.tabs.count()
    return f"painted {image.width()}×{image.height()} on {app.platformName()}, {tabs} tabs"
