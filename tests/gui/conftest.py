"""The GUI suite drives the real window against the live session sandbox, with the GUI-thread
guard on: the client and the credential store raise `CalledOnGuiThread` if a test (or the app)
calls them on the GUI thread."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

import keyring.backends.fail
import pytest
from PySide6.QtCore import QObject, QUrl, Slot
from PySide6.QtGui import QDesktopServices

from smartalex_desktop.credentials import CredentialStore
from smartalex_desktop.gui.runtime.settings import AppSettings
from smartalex_desktop.gui.runtime.thread_guard import refuse_gui_thread
from smartalex_desktop.gui.widgets.browser_wait import BrowserWait
from smartalex_desktop.gui.window.assembly import Assembly, build_window
from smartalex_desktop.gui.window.main_window import MainWindow
from tests.helpers.browser import chromium
from tests.helpers.sandbox import Customer, SandboxProcess


@dataclass
class Opened:
    assembly: Assembly
    customer: Customer

    @property
    def window(self) -> MainWindow:
        return self.assembly.window

    @property
    def runner(self):
        return self.assembly.runner


@pytest.fixture
def app_settings(tmp_path: Path) -> AppSettings:
    return AppSettings(tmp_path / "settings.ini")


@pytest.fixture
def no_keyring() -> CredentialStore:
    """A keyring that works nowhere (keyring's fail backend): the app must keep sessions in
    memory. Keyring behaviour itself is tested against a real Secret Service."""
    return CredentialStore(backend=keyring.backends.fail.Keyring(), thread_guard=refuse_gui_thread)


def wait_idle(qtbot, window: MainWindow, timeout: int = 20_000) -> None:
    """Wait until every background call has delivered (signals, not sleeps)."""
    qtbot.waitUntil(lambda: not window.accounts.runner.busy, timeout=timeout)


def _signed_in_window(qtbot, url: str, customer: Customer, settings, credentials) -> Assembly:
    assembly = build_window(settings=settings, credentials=credentials, api_url=url, demo=False)
    window = assembly.window
    # Background checks only when a test asks (refresher.refresh_now): a notice arriving on its
    # own would race what a test reads in the message bar.
    assembly.refresher.set_automatic(False)
    qtbot.addWidget(window)
    window.show()
    window.accounts.sign_in(url, customer.email, customer.password, remember=False)
    qtbot.waitUntil(lambda: window.accounts.current is not None, timeout=20_000)
    wait_idle(qtbot, window)
    return assembly


@pytest.fixture
def open_window(
    qtbot, sandbox: SandboxProcess, app_settings: AppSettings, no_keyring: CredentialStore
) -> Iterator[Callable[..., Opened]]:
    """`open_window(**account_fields)`: a new sandbox customer (fields as for
    POST /v1/sandbox/accounts; or `customer=` an existing one), the real main window signed in
    to it and shown, every first load delivered."""
    opened: list[Opened] = []

    def open_(customer: Customer | None = None, **fields) -> Opened:
        customer = customer or sandbox.create_account(**fields)
        assembly = _signed_in_window(qtbot, sandbox.url, customer, app_settings, no_keyring)
        opened.append(Opened(assembly, customer))
        return opened[-1]

    yield open_
    for each in opened:
        each.runner.wait_for_done(20_000)


@pytest.fixture
def open_own_window(
    qtbot, own_sandbox: SandboxProcess, app_settings: AppSettings, no_keyring: CredentialStore
) -> Iterator[Callable[[Customer], Opened]]:
    """`open_window` against the test's own sandbox (whose clock the test moves)."""
    opened: list[Opened] = []

    def open_(customer: Customer) -> Opened:
        assembly = _signed_in_window(qtbot, own_sandbox.url, customer, app_settings, no_keyring)
        opened.append(Opened(assembly, customer))
        return opened[-1]

    yield open_
    for each in opened:
        each.runner.wait_for_done(20_000)


# --- the hosted pages: a real chromium in place of the user's browser --------------------------


class LinkCatcher(QObject):
    """Takes the links the app opens with `QDesktopServices.openUrl` (a URL handler), so the
    test hands them to its own browser instead of the desktop's."""

    def __init__(self) -> None:
        super().__init__()
        self.urls: list[str] = []

    @Slot(QUrl)
    def record(self, url: QUrl) -> None:
        self.urls.append(url.toString(QUrl.ComponentFormattingOption.FullyEncoded))


@pytest.fixture
def opened_links(monkeypatch) -> Iterator[LinkCatcher]:
    """Every http(s) link the app opens, instead of a browser; the app polls every 0.2 s."""
    catcher = LinkCatcher()
    for scheme in ("http", "https"):
        QDesktopServices.setUrlHandler(scheme, catcher, "record")
    monkeypatch.setattr(BrowserWait, "FIRST_POLL_S", 0.2)
    monkeypatch.setattr(BrowserWait, "MAX_POLL_S", 0.4)
    yield catcher
    for scheme in ("http", "https"):
        QDesktopServices.unsetUrlHandler(scheme)


@pytest.fixture(scope="session")
def browser():
    """One headless chromium for the whole run (Debian's, driven by Playwright)."""
    with chromium() as running:
        yield running


@pytest.fixture
def page(browser):
    """A fresh browser context (no cookies, no storage) and a page in it, per test."""
    context = browser.new_context(viewport={"width": 480, "height": 820})
    context.set_default_timeout(15_000)
    yield context.new_page()
    context.close()
