"""The app run the way it runs for weeks in the tray, compressed: does it abort, or grow?

    .venv/bin/python benchmarks/soak.py [--switches N] [--dialog-rounds N] [--refresh-rounds N]
                                        [--data-dir DIR] [--json]

The demo window is built as `smartalex-desktop --demo` builds it (the embedded sandbox, signed in
as the demo account), then, after a warm-up pass of everything below:
- N tab switches (20,000 by default), each painted;
- every dialog the window opens, opened from its button or menu and closed, N times each (200),
  and as many times the card page's waiting state (Add Card opens SmartAlex's card page in the
  browser: here a URL handler takes the link instead of a browser, and Cancel closes it);
- N background-refresh rounds (500) against the demo sandbox, as the tray's timer runs them.
It prints one line of figures (JSON with --json): switches per second, the resident set after
the warm-up and at the end, and its growth. A fault in Qt's reference handling aborts the process
("Fatal Python error"), which is why it runs as a process of its own (tests/test_soak.py).
Exit status 0 when it ran through, 1 when a dialog did not open or a round did not finish.
"""

from __future__ import annotations

import argparse
import faulthandler
import json
import os
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from PySide6.QtCore import QCoreApplication, QEvent, QEventLoop, QObject, QTimer, QUrl, Slot
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox, QWidget

if TYPE_CHECKING:
    from smartalex_desktop.gui.runtime.tasks import TaskRunner

WAIT_S = 30.0


def rss_mb() -> float:
    with open("/proc/self/status", encoding="ascii") as status:
        for line in status:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    raise RuntimeError("no VmRSS in /proc/self/status")


class SoakFailed(Exception):
    pass


def pump(seconds: float = 0.0) -> None:
    """Handle what is waiting (and what arrives for `seconds`), deferred deletions included."""
    deadline = time.monotonic() + seconds
    while True:
        QApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 20)
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        if time.monotonic() >= deadline:
            return
        time.sleep(0.002)


def wait_until(what: str, done: Callable[[], bool], timeout: float = WAIT_S) -> None:
    deadline = time.monotonic() + timeout
    while not done():
        if time.monotonic() > deadline:
            raise SoakFailed(f"timed out waiting for {what}")
        pump()
        time.sleep(0.001)


def open_dialogs() -> list[QWidget]:
    return [
        widget
        for widget in QApplication.topLevelWidgets()
        if isinstance(widget, QDialog | QMessageBox) and widget.isVisible()
    ]


@dataclass
class DialogOpener:
    name: str
    open: Callable[[], None]


def dialog_openers(window: object) -> list[DialogOpener]:
    """Every dialog of the window, each as the user opens it: a button of a tab, or a menu."""
    ui = window.ui  # type: ignore[attr-defined]
    tabs = {type(tab).__name__: tab for tab in window.tab_views}  # type: ignore[attr-defined]

    def on_tab(tab_name: str, click: Callable[[object], None]) -> Callable[[], None]:
        def run() -> None:
            tab = tabs[tab_name]
            ui.tabs.setCurrentWidget(tab)
            pump()
            click(tab)

        return run

    def view_first_invoice(tab: object) -> None:
        tab.ui.invoiceTable.selectRow(0)  # type: ignore[attr-defined]
        pump()
        wait_until(
            "the invoice detail",
            lambda: tab.detail.ui.viewPdfButton.isEnabled(),  # type: ignore[attr-defined]
        )
        tab.detail.ui.viewPdfButton.click()  # type: ignore[attr-defined]

    return [
        DialogOpener("Account Settings", ui.accountSettingsAction.trigger),
        DialogOpener("Notifications and Tray", ui.notificationSettingsAction.trigger),
        DialogOpener("Billing FAQ", ui.billingFaqAction.trigger),
        DialogOpener("About", ui.aboutAction.trigger),
        DialogOpener("Add Account (sign in)", ui.addAccountAction.trigger),
        DialogOpener("Change Plan", on_tab("PlanTab", lambda tab: tab.ui.changePlanButton.click())),
        DialogOpener(
            "Cancel Subscription",
            on_tab("PlanTab", lambda tab: tab.ui.cancelSubscriptionButton.click()),
        ),
        DialogOpener("Export", on_tab("InvoicesTab", lambda tab: tab.ui.exportButton.click())),
        DialogOpener("Invoice PDF viewer", on_tab("InvoicesTab", view_first_invoice)),
        DialogOpener(
            "Add Credits", on_tab("WalletTab", lambda tab: tab.ui.addCreditsButton.click())
        ),
        DialogOpener(
            "Auto Top-Up", on_tab("WalletTab", lambda tab: tab.ui.editAutoTopUpButton.click())
        ),
        DialogOpener(
            "Wallet statement",
            on_tab("WalletTab", lambda tab: tab.ui.saveStatementButton.click()),
        ),
    ]


class LinkCatcher(QObject):
    """Stands in for the browser: `QDesktopServices.openUrl` hands http(s) links here."""

    def __init__(self) -> None:
        super().__init__()
        self.urls: list[str] = []

    @Slot(QUrl)
    def record(self, url: QUrl) -> None:
        self.urls.append(url.toString())


def open_and_cancel_card_page(window: object, links: LinkCatcher) -> None:
    """Add Card, as the user presses it: a card page is made and "opened" (the link caught),
    the tab waits with its panel; then Cancel, and the waiting state goes."""
    tab = next(t for t in window.tab_views if type(t).__name__ == "PaymentMethodsTab")  # type: ignore[attr-defined]
    window.ui.tabs.setCurrentWidget(tab)  # type: ignore[attr-defined]
    pump()
    opened = len(links.urls)
    tab.ui.addCardButton.click()
    wait_until("the card page to open", lambda: len(links.urls) > opened and tab.adding)
    tab.wait_panel.ui.cancelButton.click()
    wait_until("the card page to close", lambda: not tab.adding and tab.wait_panel.isHidden())
    pump()


def open_and_close(opener: DialogOpener, runner: TaskRunner) -> None:
    """Open a dialog as the user would and close it. A timer does the closing, because some
    dialogs (About, a message box) run their own event loop until they are closed. The timer
    runs until what the dialog started in the background has delivered (`runner`: the window's
    TaskRunner) and nothing it opened is on screen: an answer arriving after the close (a PDF
    made for the viewer) must not leave a window open into the next round."""
    seen: list[str] = []

    def close_what_opened() -> None:
        for dialog in open_dialogs():
            seen.append(type(dialog).__name__)
            dialog.reject() if isinstance(dialog, QDialog) else dialog.close()

    closer = QTimer(interval=10)
    closer.timeout.connect(close_what_opened)
    closer.start()
    try:
        opener.open()
        wait_until(f"the {opener.name} dialog to open", lambda: bool(seen))
        wait_until(f"the {opener.name} dialog to close", lambda: not open_dialogs())
        wait_until(f"what the {opener.name} dialog started", lambda: not runner.busy)
        pump()
        wait_until(f"the {opener.name} dialog to stay closed", lambda: not open_dialogs())
    finally:
        closer.stop()
        closer.deleteLater()
    pump()


def run(args: argparse.Namespace) -> dict[str, object]:
    import keyring.backends.fail

    from smartalex_desktop.credentials import CredentialStore
    from smartalex_desktop.gui.runtime.settings import AppSettings
    from smartalex_desktop.gui.window.assembly import build_window
    from smartalex_desktop.gui.window.demo import start_demo

    app = QApplication(sys.argv[:1])
    work = Path(tempfile.mkdtemp(prefix="smartalex-soak-"))
    data_dir = args.data_dir or work / "demo-sandbox"
    settings = AppSettings(work / "settings.ini")
    credentials = CredentialStore(backend=keyring.backends.fail.Keyring())
    assembly = build_window(settings=settings, credentials=credentials, api_url=None, demo=True)
    window = assembly.window
    assembly.refresher.set_automatic(False)  # rounds only when the soak asks
    window.show()
    sandbox = start_demo(window, data_dir)
    try:
        wait_until("the demo sign-in", lambda: window.accounts.current is not None, 300)
        wait_until("the first loads", lambda: not window.accounts.runner.busy, 120)
        openers = dialog_openers(window)
        tab_count = window.ui.tabs.count()

        def switches(count: int) -> float:
            started = time.perf_counter()
            for number in range(count):
                window.ui.tabs.setCurrentIndex(number % tab_count)
                pump()
            return time.perf_counter() - started

        rounds_done = 0

        def count_round() -> None:
            nonlocal rounds_done
            rounds_done += 1

        assembly.refresher.round_finished.connect(count_round)

        def refresh_rounds(count: int) -> None:
            for _ in range(count):
                expected = rounds_done + 1
                assembly.refresher.refresh_now()
                wait_until("a background-refresh round", lambda e=expected: rounds_done >= e)

        links = LinkCatcher()
        for scheme in ("http", "https"):
            QDesktopServices.setUrlHandler(scheme, links, "record")

        def dialogs(rounds: int) -> None:
            for _ in range(rounds):
                for opener in openers:
                    open_and_close(opener, window.accounts.runner)
                open_and_cancel_card_page(window, links)
                links.urls.clear()

        # Warm-up: one pass of each, so what is made once (caches, fonts, a dialog kept for
        # reuse) is there before the resident set is read.
        switches(max(tab_count * 50, 1))
        dialogs(3)
        refresh_rounds(5)
        window.accounts.runner.wait_for_done(30_000)
        pump(0.5)
        rss_after_warm_up = rss_mb()

        switch_s = switches(args.switches)
        started = time.perf_counter()
        dialogs(args.dialog_rounds)
        dialog_s = time.perf_counter() - started
        started = time.perf_counter()
        refresh_rounds(args.refresh_rounds)
        refresh_s = time.perf_counter() - started
        window.accounts.runner.wait_for_done(30_000)
        pump(0.5)
        rss_at_end = rss_mb()
        return {
            "switches": args.switches,
            "switches_per_s": round(args.switches / switch_s, 1) if args.switches else None,
            "switch_s": round(switch_s, 1),
            "dialog_s": round(dialog_s, 1),
            "refresh_s": round(refresh_s, 1),
            "dialogs": [*(opener.name for opener in openers), "Card page (open, cancel)"],
            "dialog_rounds": args.dialog_rounds,
            "refresh_rounds": rounds_done,
            "rss_after_warm_up_mb": round(rss_after_warm_up, 1),
            "rss_at_end_mb": round(rss_at_end, 1),
            "rss_growth_pct": round((rss_at_end / rss_after_warm_up - 1) * 100, 2),
        }
    finally:
        for scheme in ("http", "https"):
            QDesktopServices.unsetUrlHandler(scheme)
        window.accounts.runner.wait_for_done(30_000)
        window.accounts.close_all()
        sandbox.stop()
        window.deleteLater()
        pump()
        del app


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--switches", type=int, default=20_000)
    parser.add_argument("--dialog-rounds", type=int, default=200)
    parser.add_argument("--refresh-rounds", type=int, default=500)
    parser.add_argument("--data-dir", type=Path, default=None, help="reuse a demo data folder")
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args(argv)
    faulthandler.enable()
    started = time.perf_counter()
    try:
        figures = run(args)
    except SoakFailed as failure:
        print(f"soak failed: {failure}", file=sys.stderr, flush=True)
        return 1
    figures["seconds"] = round(time.perf_counter() - started, 1)
    print(json.dumps(figures) if args.json else figures, flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
