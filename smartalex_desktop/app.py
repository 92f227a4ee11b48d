"""`smartalex-desktop`: the composition root. Reads the arguments, makes the QApplication, paints
the window's frame, then has gui/window/assembly.py build the services and tabs behind it, and
adds the tray; nothing else.

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

from smartalex_desktop import __version__
from smartalex_desktop.identity import APP_NAME, DESKTOP_ID, ORGANIZATION, default_demo_data_dir

if TYPE_CHECKING:  # Qt is imported only once the arguments are read (--version needs none)
    from smartalex_desktop.gui.runtime.settings import AppSettings
    from smartalex_desktop.gui.window.notifier import Notifier

log = logging.getLogger(__name__)


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
    parser.add_argument(
        "--agency",
        type=int,
        default=0,
        metavar="N",
        help="demo mode as an agency: seed N practices in different states and sign in to "
        "them all (the All Accounts view)",
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
    args = parser.parse_args(argv)
    if args.agency and args.api_url:
        parser.error("--agency is demo data: it goes with --demo, not --api-url")
    if not 0 <= args.agency <= 500:
        parser.error("--agency takes 1 to 500 practices")
    if args.agency:
        args.demo = True
    return args


def explain_the_tray(settings: AppSettings, notifier: Notifier) -> None:
    """The first time the window is closed: the app is still there, and how to quit it."""
    if settings.close_to_tray_explained:
        return
    settings.close_to_tray_explained = True
    notifier.say(
        f"{APP_NAME} is still running",
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

    from smartalex_desktop.gui.runtime.settings import AppSettings
    from smartalex_desktop.gui.runtime.tasks import share_the_gil_with_the_gui_thread
    from smartalex_desktop.gui.runtime.thread_guard import refuse_gui_thread
    from smartalex_desktop.gui.widgets.formatting import use_a_readable_locale
    from smartalex_desktop.gui.widgets.icons import app_icon

    # Once, for the whole process: a busy worker hands the GUI thread the GIL after 1 ms, not
    # CPython's 5 ms, so tables repaint smoothly while PDFs render and pages load
    # (share_the_gil_with_the_gui_thread says why; docs/performance.md has the figures).
    share_the_gil_with_the_gui_thread()
    app = QApplication(sys.argv[:1])
    use_a_readable_locale()
    app.setOrganizationName(ORGANIZATION)
    app.setApplicationName(APP_NAME)
    app.setApplicationVersion(__version__)
    app.setDesktopFileName(DESKTOP_ID)
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
    from smartalex_desktop.gui.window.assembly import attach_services

    credentials = CredentialStore(thread_guard=refuse_gui_thread)
    assembly = attach_services(window, credentials=credentials)
    if tray_available:
        from smartalex_desktop.gui.window.tray import Tray

        tray = Tray(window, assembly.refresher, assembly.notifier, parent=app)
        tray.show()
        window.closed_to_tray.connect(lambda: explain_the_tray(settings, assembly.notifier))
    from smartalex_desktop.gui.runtime.heap import settle

    settle()  # start-up's modules and widgets live as long as the app: out of the GC's way

    sandbox = None
    if demo:
        from smartalex_desktop.gui.window.demo import start_demo

        sandbox = start_demo(
            window, args.data_dir or default_demo_data_dir(args.agency), agency=args.agency
        )
    else:
        assembly.accounts.restore(
            api_url, on_done=lambda sessions: None if sessions else window.ask_to_sign_in()
        )
    # Python handles signals only between bytecodes: a timer lets Ctrl+C and SIGTERM through.
    from PySide6.QtCore import QTimer

    heartbeat = QTimer()
    heartbeat.timeout.connect(lambda: None)
    heartbeat.start(250)

    code = app.exec()
    assembly.runner.wait_for_done(10_000)
    assembly.accounts.close_all()
    if sandbox is not None:
        sandbox.stop()
    return code


if __name__ == "__main__":
    sys.exit(main())
