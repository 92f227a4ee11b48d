"""`smartalex-desktop`: the composition root. Builds the services, the window and its tabs, and
nothing else.

With no API URL configured (or `--demo`) it starts the embedded SmartAlex sandbox with the demo
data on a free loopback port, on a worker, while the window is already on screen, and signs in
as the demo account. `--api-url URL` (or one saved in the settings) signs in to that server:
remembered accounts come back from the keyring, otherwise the sign-in dialog asks.
"""

from __future__ import annotations

import argparse
import logging
import signal
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from platformdirs import user_data_path

from smartalex_desktop import __version__

if TYPE_CHECKING:  # Qt is imported only once the arguments are read (--version needs none)
    from smartalex_desktop.credentials import CredentialStore
    from smartalex_desktop.gui.runtime.settings import AppSettings
    from smartalex_desktop.gui.window.main_window import MainWindow

APP_NAME = "SmartAlex Desktop"
log = logging.getLogger(__name__)


def default_demo_data_dir() -> Path:
    return user_data_path(APP_NAME, appauthor=False) / "demo-sandbox"


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(
        prog="smartalex-desktop", description="Manage the billing side of a SmartAlex account."
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    parser.add_argument(
        "--self-test",
        action="store_true",
        help="check this installation (paints the window offscreen without a display) and exit",
    )
    parser.add_argument(
        "--demo",
        action="store_true",
        help="demo mode: the embedded sandbox with demo data (the default with no API URL)",
    )
    parser.add_argument("--api-url", help="sign in to the SmartAlex API at this URL")
    parser.add_argument(
        "--data-dir",
        type=Path,
        default=None,
        help="demo mode's sandbox data folder (default: the user data folder)",
    )
    parser.add_argument(
        "--settings", type=Path, default=None, help="use this settings file (for tests and demos)"
    )
    return parser.parse_args(argv)


def build_window(
    *,
    settings: AppSettings,
    credentials: CredentialStore,
    api_url: str | None,
    demo: bool = False,
    cache_root: Path | None = None,
) -> MainWindow:
    """The window with its tabs and dialogs wired to one Accounts and one TaskRunner."""
    from smartalex_desktop.gui.window.main_window import MainWindow

    window = MainWindow(settings, api_url=api_url, demo=demo)
    attach_services(window, credentials=credentials, cache_root=cache_root)
    return window


def attach_services(
    window: MainWindow, *, credentials: CredentialStore, cache_root: Path | None = None
) -> None:
    """Everything behind the window's frame: the accounts, the tabs, the dialogs' openers, the
    background refresh. Most of start-up's imports happen here, after the frame has painted."""
    from PySide6.QtWidgets import QWidget

    from smartalex_desktop import autostart
    from smartalex_desktop.gui.cards.payment_methods_tab import PaymentMethodsTab
    from smartalex_desktop.gui.invoices.invoices_tab import InvoicesTab
    from smartalex_desktop.gui.plan.plan_tab import PlanTab
    from smartalex_desktop.gui.runtime.accounts import Accounts
    from smartalex_desktop.gui.runtime.tasks import TaskRunner
    from smartalex_desktop.gui.usage.usage_tab import UsageTab
    from smartalex_desktop.gui.wallet.wallet_tab import WalletTab
    from smartalex_desktop.gui.window.account_settings_dialog import AccountSettingsDialog
    from smartalex_desktop.gui.window.background_refresh import BackgroundRefresh
    from smartalex_desktop.gui.window.help_dialog import HelpDialog
    from smartalex_desktop.gui.window.notification_settings_dialog import NotificationSettingsDialog
    from smartalex_desktop.gui.window.notifier import Notifier
    from smartalex_desktop.sandbox.demo_accounts import DEMO_EMAIL, DEMO_PASSWORD

    settings = window.settings
    runner = TaskRunner()
    accounts = Accounts(runner, credentials, settings, cache_root=cache_root)
    tabs = [
        PlanTab(accounts),
        PaymentMethodsTab(accounts),
        InvoicesTab(accounts),
        WalletTab(accounts),
        UsageTab(accounts),
    ]

    def open_account_settings(parent: QWidget) -> None:
        if accounts.current is not None:
            AccountSettingsDialog(accounts, accounts.current, parent).open()

    def open_help(parent: QWidget) -> None:
        existing = getattr(parent, "help_dialog", None)
        if existing is None:
            existing = parent.help_dialog = HelpDialog(parent)
        existing.show()
        existing.raise_()
        existing.activateWindow()

    # Watching the Wallet in the background; the tray (main(), where there is one) shows the
    # notices, else the window does.
    notifier = Notifier(settings, accounts)
    refresher = BackgroundRefresh(accounts, settings, notifier)

    def open_notification_settings(parent: QWidget) -> None:
        def show(starts_at_login: bool) -> None:
            NotificationSettingsDialog(
                settings,
                runner,
                has_tray=window.keep_running_in_tray,
                starts_at_login=starts_at_login,
                on_saved=refresher.apply_interval,
                parent=parent,
            ).open()

        # Whether the autostart entry exists is a file on disk: asked on a worker.
        runner.run(autostart.is_enabled, on_success=show, description="autostart entry")

    runner.setParent(window)
    accounts.setParent(window)
    window.attach(
        accounts,
        tabs,
        open_account_settings=open_account_settings,
        open_help=open_help,
        open_notification_settings=open_notification_settings,
        demo_credentials=(DEMO_EMAIL, DEMO_PASSWORD) if window.demo else None,
    )
    notifier.in_window.connect(window.show_notice)
    notifier.open_requested.connect(lambda session, tab: window.open_tab(tab, session))
    window.notifier, window.refresher = notifier, refresher


def explain_the_tray(settings: AppSettings, window: MainWindow) -> None:
    """The first time the window is closed: the app is still there, and how to quit it."""
    if settings.close_to_tray_explained:
        return
    settings.close_to_tray_explained = True
    window.notifier.say(
        "SmartAlex Desktop is still running",
        "It keeps an eye on your Wallet from the tray. To quit, choose Quit in the tray "
        "icon's menu.",
    )


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    if argv[:1] == ["export"]:  # the headless export: no window, no Qt
        from smartalex_desktop.export_command import main as export_main

        return export_main(argv[1:])
    args = parse_args(argv)
    logging.basicConfig(level=logging.WARNING, format="%(levelname)s %(name)s: %(message)s")
    if args.self_test:
        from smartalex_desktop.self_test import run

        return run()

    from PySide6.QtWidgets import QApplication, QSystemTrayIcon

    from smartalex_desktop.gui.runtime.settings import APPLICATION, ORGANIZATION, AppSettings
    from smartalex_desktop.gui.runtime.thread_guard import refuse_gui_thread
    from smartalex_desktop.gui.widgets.formatting import use_a_readable_locale
    from smartalex_desktop.gui.widgets.icons import app_icon

    app = QApplication(sys.argv[:1])
    use_a_readable_locale()
    app.setOrganizationName(ORGANIZATION)
    app.setApplicationName(APPLICATION)
    app.setApplicationVersion(__version__)
    app.setDesktopFileName("ai.smartalex.Desktop")
    app.setWindowIcon(app_icon())
    signal.signal(signal.SIGTERM, lambda _signum, _frame: app.quit())
    signal.signal(signal.SIGINT, lambda _signum, _frame: app.quit())

    settings = AppSettings(args.settings)
    api_url = None if args.demo else (args.api_url or settings.api_url)
    demo = api_url is None
    from smartalex_desktop.gui.window.main_window import MainWindow
    from smartalex_desktop.gui.window.startup_probe import install

    # The frame first, painted at once; then what is behind it (most of the imports).
    window = MainWindow(settings, api_url=api_url, demo=demo)
    install(window)  # benchmarks/ only: does nothing unless SMARTALEX_STARTUP_PROBE is set
    tray_available = QSystemTrayIcon.isSystemTrayAvailable()
    if not (tray_available and settings.start_minimized):
        window.show()
        QApplication.processEvents()  # the first paint, before the heavy part
    from smartalex_desktop.credentials import CredentialStore

    credentials = CredentialStore(thread_guard=refuse_gui_thread)
    attach_services(window, credentials=credentials)
    if tray_available:
        from smartalex_desktop.gui.window.tray import Tray

        tray = Tray(window, window.refresher, window.notifier, parent=app)
        tray.show()
        window.closed_to_tray.connect(lambda: explain_the_tray(settings, window))
    from smartalex_desktop.gui.runtime.heap import settle

    settle()  # start-up's modules and widgets live as long as the app: out of the GC's way

    sandbox = None
    if demo:
        from smartalex_desktop.gui.window.demo import start_demo

        sandbox = start_demo(window, args.data_dir or default_demo_data_dir())
    else:
        window.accounts.restore(
            api_url, on_done=lambda sessions: None if sessions else window.ask_to_sign_in()
        )
    # Python handles signals only between bytecodes: a timer lets Ctrl+C and SIGTERM through.
    from PySide6.QtCore import QTimer

    heartbeat = QTimer()
    heartbeat.timeout.connect(lambda: None)
    heartbeat.start(250)

    code = app.exec()
    window.accounts.runner.wait_for_done(10_000)
    window.accounts.close_all()
    if sandbox is not None:
        sandbox.stop()
    return code


if __name__ == "__main__":
    sys.exit(main())
