"""Render every tab and dialog of the demo account to docs/screenshots/*.png.

Starts the app's demo mode on a fresh sandbox in a temporary folder (so the pictures are the
same on every machine, up to the demo's dates), drives the real window the way a user would
(menu actions, buttons, typing) and grabs each window as it is painted. Run through
`scripts/screenshots`, which provides a virtual display when there is no screen. `--dark`
also renders the tabs with a dark colour scheme.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QEventLoop, Qt, QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QDialog, QWidget

ROOT = Path(__file__).resolve().parent.parent

OUT = ROOT / "docs" / "screenshots"
WINDOW_SIZE = (1040, 720)


def pump(ms: int = 50) -> None:
    loop = QEventLoop()
    QTimer.singleShot(ms, loop.quit)
    loop.exec()


def wait_until(predicate: Callable[[], bool], timeout_s: float = 60.0) -> None:
    deadline = time.monotonic() + timeout_s
    while not predicate():
        if time.monotonic() > deadline:
            raise TimeoutError("the window did not get there in time")
        pump(50)


def modal() -> QWidget:
    wait_until(lambda: QApplication.activeModalWidget() is not None, 10)
    return QApplication.activeModalWidget()


def save(widget: QWidget, name: str) -> None:
    pump(150)  # let the last layout and paint settle
    path = OUT / f"{name}.png"
    widget.grab().save(str(path))
    print(f"wrote {path.relative_to(ROOT)}")


# --- the scenes: what to show, driven as a user would ------------------------------------------

TAB_NAMES = ["plan_tab", "payment_methods_tab"]


def tab(index: int) -> Callable[[QWidget], QWidget]:
    def show(window: QWidget) -> QWidget:
        window.ui.tabs.setCurrentIndex(index)
        return window

    return show


def sign_in_dialog(window: QWidget) -> QWidget:
    from smartalex_desktop.gui.sign_in_dialog import SignInDialog

    dialog = SignInDialog(window.accounts, window.api_url, parent=window)
    dialog.ui.emailField.setText("office@brightsmile.example")
    dialog.open()
    return dialog


def billing_faq(window: QWidget) -> QWidget:
    window.ui.billingFaqAction.trigger()
    return window.help_dialog


SCENES: list[tuple[str, Callable[[QWidget], QWidget]]] = [
    ("plan_tab", tab(0)),
    ("payment_methods_tab", tab(1)),
    ("sign_in_dialog", sign_in_dialog),
    ("billing_faq", billing_faq),
]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--dark", action="store_true", help="also render the tabs in dark mode")
    args = parser.parse_args()

    import keyring.backends.fail

    from smartalex_desktop.app import build_window
    from smartalex_desktop.credentials import CredentialStore
    from smartalex_desktop.gui.demo import start_demo
    from smartalex_desktop.gui.icons import app_icon
    from smartalex_desktop.gui.settings import AppSettings
    from smartalex_desktop.gui.thread_guard import refuse_gui_thread

    app = QApplication(sys.argv[:1])
    app.setStyle("Fusion")  # the same look on every machine that renders them
    app.setWindowIcon(app_icon())
    OUT.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="smartalex-screenshots-") as tmp:
        credentials = CredentialStore(
            backend=keyring.backends.fail.Keyring(), thread_guard=refuse_gui_thread
        )
        window = build_window(
            settings=AppSettings(Path(tmp) / "settings.ini"),
            credentials=credentials,
            api_url=None,
            demo=True,
        )
        window.resize(*WINDOW_SIZE)
        window.show()
        sandbox = start_demo(window, Path(tmp) / "demo")
        try:
            wait_until(lambda: window.accounts.current is not None)
            idle = lambda: not window.accounts.runner.busy  # noqa: E731
            wait_until(idle)
            for name, show in SCENES:
                widget = show(window)
                wait_until(idle)
                save(widget, name)
                if isinstance(widget, QDialog):
                    widget.reject()
                    pump(100)
            if args.dark:
                QGuiApplication.styleHints().setColorScheme(Qt.ColorScheme.Dark)
                pump(300)
                for index in range(window.ui.tabs.count()):
                    window.ui.tabs.setCurrentIndex(index)
                    wait_until(idle)
                    save(window, f"{TAB_NAMES[index]}_dark")
        finally:
            window.accounts.runner.wait_for_done(20_000)
            window.close()
            sandbox.stop()
    return 0


if __name__ == "__main__":
    sys.exit(main())
