"""The window's assembly: the one place where the tabs, the dialogs' openers, the accounts, the
task runner and the background refresh are made and wired together.

`app.main` paints the bare `MainWindow` first and then calls `attach_services` (most of
start-up's imports happen there, after the first paint: the imports below are inside the
functions on purpose). Tests, benchmarks, the screenshots script and `--self-test` call
`build_window`, which does both at once. Either way the caller gets an `Assembly` back: what
was made, named, instead of attributes hung on the window from outside.

This is also the one module allowed to import each feature's public entry point (its tab, and
the All Accounts view); tests/test_architecture.py checks that no feature imports another. The
All Accounts view opens accounts' tabs through the window's public API (`open_account`,
`ask_to_sign_in`), wired here.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from smartalex_desktop.credentials import CredentialStore
    from smartalex_desktop.gui.overview.overview_tab import AccountsOverview
    from smartalex_desktop.gui.runtime.accounts import Accounts
    from smartalex_desktop.gui.runtime.settings import AppSettings
    from smartalex_desktop.gui.runtime.tasks import TaskRunner
    from smartalex_desktop.gui.widgets.account_tab import AccountTab
    from smartalex_desktop.gui.window.background_refresh import BackgroundRefresh
    from smartalex_desktop.gui.window.main_window import MainWindow
    from smartalex_desktop.gui.window.notifier import Notifier


@dataclass(frozen=True)
class Assembly:
    """What `attach_services` made: the window and the services behind it."""

    window: MainWindow
    accounts: Accounts
    runner: TaskRunner
    notifier: Notifier
    refresher: BackgroundRefresh
    tabs: tuple[AccountTab, ...]
    overview: AccountsOverview


def build_window(
    *,
    settings: AppSettings,
    credentials: CredentialStore,
    api_url: str | None,
    demo: bool = False,
    cache_root: Path | None = None,
) -> Assembly:
    """The window with its tabs and dialogs wired to one Accounts and one TaskRunner."""
    from smartalex_desktop.gui.runtime import heap
    from smartalex_desktop.gui.runtime.tasks import share_the_gil_with_the_gui_thread
    from smartalex_desktop.gui.window.main_window import MainWindow

    share_the_gil_with_the_gui_thread()  # what app.main does at start-up, for the same reason
    window = MainWindow(settings, api_url=api_url, demo=demo)
    assembly = attach_services(window, credentials=credentials, cache_root=cache_root)
    heap.settle()  # as app.main does once the window is built
    return assembly


def attach_services(
    window: MainWindow, *, credentials: CredentialStore, cache_root: Path | None = None
) -> Assembly:
    """Everything behind the window's frame: the accounts, the tabs, the dialogs' openers, the
    background refresh. Most of start-up's imports happen here, after the frame has painted."""
    from PySide6.QtWidgets import QWidget

    from smartalex_desktop import autostart
    from smartalex_desktop.gui.cards.payment_methods_tab import PaymentMethodsTab
    from smartalex_desktop.gui.invoices.invoices_tab import InvoicesTab
    from smartalex_desktop.gui.overview.overview_tab import AccountsOverview
    from smartalex_desktop.gui.plan.plan_tab import PlanTab
    from smartalex_desktop.gui.runtime.accounts import Accounts
    from smartalex_desktop.gui.runtime.tasks import TaskRunner
    from smartalex_desktop.gui.usage.usage_tab import UsageTab
    from smartalex_desktop.gui.wallet.wallet_tab import WalletTab
    from smartalex_desktop.gui.window.account_settings_dialog import AccountSettingsDialog
    from smartalex_desktop.gui.window.background_refresh import BackgroundRefresh
    from smartalex_desktop.gui.window.help_dialog import HelpDialog
    from smartalex_desktop.gui.window.notification_settings_dialog import (
        NotificationSettingsDialog,
    )
    from smartalex_desktop.gui.window.notifier import Notifier
    from smartalex_desktop.sandbox.demo_accounts import DEMO_EMAIL, DEMO_PASSWORD

    settings = window.settings
    runner = TaskRunner()
    accounts = Accounts(runner, credentials, settings, cache_root=cache_root)
    tabs = (
        PlanTab(accounts),
        PaymentMethodsTab(accounts),
        InvoicesTab(accounts),
        WalletTab(accounts),
        UsageTab(accounts),
    )

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
        list(tabs),
        open_account_settings=open_account_settings,
        open_help=open_help,
        open_notification_settings=open_notification_settings,
        demo_credentials=(DEMO_EMAIL, DEMO_PASSWORD) if window.demo else None,
    )
    notifier.in_window.connect(window.show_notice)
    notifier.open_requested.connect(lambda session, tab: window.open_tab(tab, session))
    # All Accounts: the first tab with two accounts or more; it opens accounts through the window.
    overview = AccountsOverview(accounts, settings)
    overview.open_requested.connect(window.open_account)
    overview.sign_in_requested.connect(
        lambda session: window.ask_to_sign_in(
            session.email,
            "Your session for this account has ended; sign in again.",
            show_account=False,
        )
    )
    window.set_overview(overview)
    return Assembly(window, accounts, runner, notifier, refresher, tabs, overview)
