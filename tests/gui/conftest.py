"""The GUI suite drives the real window against the live session sandbox, with the GUI-thread
guard on: the client and the credential store raise `CalledOnGuiThread` if a test (or the app)
calls them on the GUI thread."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

import keyring.backends.fail
import pytest

from smartalex_desktop.credentials import CredentialStore
from smartalex_desktop.gui.runtime.settings import AppSettings
from smartalex_desktop.gui.runtime.thread_guard import refuse_gui_thread
from smartalex_desktop.gui.window.assembly import Assembly, build_window
from smartalex_desktop.gui.window.main_window import MainWindow
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
