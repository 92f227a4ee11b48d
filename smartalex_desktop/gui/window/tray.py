"""The tray icon: the app goes on watching the Wallet with its window closed.

Owned by the application, not the window (closing the window hides it; only Quit ends the app).
The menu is rebuilt each time it opens (`aboutToShow`), so the balance and the usage in it are
the latest the background refresh brought: the shown account's Wallet balance and minutes used,
then Open SmartAlex, Add Credits…, Refresh Now and Quit. A click on the icon opens the window;
a click on a notification opens the tab it is about (`Notifier`).

Created only where `QSystemTrayIcon.isSystemTrayAvailable()`; elsewhere the notices appear in
the window and closing the window quits, as before.
"""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication, QMenu, QSystemTrayIcon

from smartalex_desktop.billing.money import money
from smartalex_desktop.billing.notifications import AccountSnapshot
from smartalex_desktop.gui.widgets.icons import app_icon, icon
from smartalex_desktop.gui.window.background_refresh import BackgroundRefresh
from smartalex_desktop.gui.window.main_window import MainWindow
from smartalex_desktop.gui.window.notifier import Notifier
from smartalex_desktop.identity import APP_NAME


class Tray(QObject):
    def __init__(
        self,
        window: MainWindow,
        refresher: BackgroundRefresh,
        notifier: Notifier,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.window = window
        self.refresher = refresher
        self.icon = QSystemTrayIcon(app_icon(), self)
        self.icon.setToolTip(APP_NAME)
        self.menu = QMenu()  # a top-level menu: no window owns it
        self.menu.setObjectName("trayMenu")
        self.menu.aboutToShow.connect(self.rebuild_menu)
        self.icon.setContextMenu(self.menu)
        self.icon.activated.connect(self._activated)
        refresher.snapshot_ready.connect(lambda *_: self._update_tooltip())
        window.accounts.current_changed.connect(lambda *_: self._update_tooltip())
        notifier.use_tray(self.icon)
        self.rebuild_menu()

    def show(self) -> None:
        """Show the icon; from now on closing the window keeps the app running here."""
        self.icon.show()
        self.window.keep_running_in_tray = True
        QApplication.setQuitOnLastWindowClosed(False)

    def rebuild_menu(self) -> None:
        menu = self.menu
        menu.clear()
        snapshot = self.refresher.snapshot_of(self.window.accounts.current)
        for line in _summary(snapshot):
            info = menu.addAction(line)
            info.setEnabled(False)  # a figure, not a command
        menu.addSeparator()
        self._add(menu, "&Open SmartAlex", self.window.bring_up, "app")
        add_credits = self._add(menu, "&Add Credits…", self._add_credits, "add")
        add_credits.setEnabled(self.window.accounts.current is not None)
        self._add(menu, "&Refresh Now", self._refresh, "refresh")
        menu.addSeparator()
        self._add(menu, "&Quit", self.window.quit_app, "close")

    def _add(self, menu: QMenu, text: str, slot: object, icon_name: str) -> QAction:
        action = menu.addAction(icon(icon_name) if icon_name != "app" else app_icon(), text)
        action.triggered.connect(slot)
        return action

    def _activated(self, reason: QSystemTrayIcon.ActivationReason) -> None:
        if reason in (
            QSystemTrayIcon.ActivationReason.Trigger,
            QSystemTrayIcon.ActivationReason.DoubleClick,
        ):
            self.window.bring_up()

    def _add_credits(self) -> None:
        self.window.open_tab("wallet")
        wallet = self.window.tab_named("wallet")
        if wallet is not None and hasattr(wallet, "open_add_credits"):
            wallet.open_add_credits()

    def _refresh(self) -> None:
        self.refresher.refresh_now()
        self.window.refresh()

    def _update_tooltip(self) -> None:
        lines = _summary(self.refresher.snapshot_of(self.window.accounts.current))
        self.icon.setToolTip("\n".join([APP_NAME, *lines]))


def _summary(snapshot: AccountSnapshot | None) -> list[str]:
    """ "Wallet: $52.47" and "Usage: 265 of 300 minutes", once the first refresh is in."""
    if snapshot is None:
        return ["Wallet and usage: checking…"]
    lines = [f"Wallet: {money(snapshot.wallet.balance_cents)}"]
    usage = snapshot.usage
    if usage is not None:
        lines.append(f"Usage: {usage.used_minutes:,} of {usage.included_minutes:,} minutes")
    return lines
