"""The main window: assembles the tabs, the Account and Help menus, the message bar and the
status bar. It holds no tab's logic (each tab is its own module) and does no blocking work.

What it owns:
- failures nobody else handled, as a sentence in the message bar;
- the connection state and the time of the last successful answer, in the status bar;
- a busy bar while background work runs (shown after a short delay, so quick calls don't
  flicker);
- an ended session: demo mode signs in again by itself; otherwise the bar offers "Sign In…";
- with two accounts or more, the All Accounts view as its first tab (`set_overview`), and
  opening an account where something needs doing (`open_account`).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import UTC, datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, Qt, QTimer, QUrl, Signal
from PySide6.QtGui import QAction, QActionGroup, QCloseEvent, QDesktopServices, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QLabel,
    QMainWindow,
    QMessageBox,
    QProgressBar,
    QWidget,
)

from smartalex_desktop import __version__
from smartalex_desktop.api import errors
from smartalex_desktop.gui.forms.ui_main_window import Ui_MainWindow
from smartalex_desktop.gui.runtime.changes import Change
from smartalex_desktop.gui.runtime.settings import AppSettings
from smartalex_desktop.gui.widgets import accessibility, formatting, plain_text, wording
from smartalex_desktop.gui.widgets.connection_gate import needs_connection
from smartalex_desktop.gui.widgets.icons import app_icon, icon
from smartalex_desktop.gui.widgets.message_bar import Level
from smartalex_desktop.identity import APP_NAME

if TYPE_CHECKING:  # kept out of start-up: the window's frame paints before they load
    from smartalex_desktop.billing.notifications import Notice
    from smartalex_desktop.gui.runtime.accounts import Accounts
    from smartalex_desktop.gui.runtime.destinations import Destination
    from smartalex_desktop.gui.runtime.session import AccountSession
    from smartalex_desktop.gui.widgets.account_tab import AccountTab
    from smartalex_desktop.gui.window.sign_in_dialog import SignInDialog

SALES_URL = "https://smartalex.ai/contact-sales"
# A notice's tab (an AccountTab's icon_name) as the message bar's button names it.
TAB_NAMES = {"wallet": "Wallet", "usage": "Usage", "card": "Payment Methods", "invoice": "Invoices"}
BUSY_DELAY_MS = 250
OVERVIEW_TITLE = "A&ll Accounts"


class MainWindow(QMainWindow):
    closed_to_tray = Signal()  # the window was closed and the app goes on in the tray

    def __init__(
        self,
        settings: AppSettings,
        *,
        api_url: str | None = None,
        demo: bool = False,
        parent: QWidget | None = None,
    ) -> None:
        """The window's frame: menus, message bar, status bar, and no account yet. It is light
        on purpose (no API client, no tabs), so it paints at once; `attach` then brings the
        accounts and the tabs, whose imports take most of the start-up."""
        plain_text.install()  # before any label shows: outside text is never markup
        accessibility.install()  # before any widget shows: what a screen reader hears
        super().__init__(parent)
        self.ui = Ui_MainWindow()
        self.ui.setupUi(self)
        self.ui.accountLabel.setTextFormat(Qt.TextFormat.RichText)  # escaped in _show_account
        self.setWindowIcon(app_icon())
        self.accounts: Accounts | None = None
        self.settings = settings
        self.api_url = api_url
        self.demo = demo
        self._demo_credentials: tuple[str, str] | None = None
        self._open_account_settings: Callable[[QWidget], None] | None = None
        self._open_help: Callable[[QWidget], None] | None = None
        self._open_notification_settings: Callable[[QWidget], None] | None = None
        self.tab_views: list[AccountTab] = []
        self.overview: QWidget | None = None  # the All Accounts view (two accounts or more)
        self._overview_shown_once = False
        self.sign_in_dialog: SignInDialog | None = None  # the latest one
        self.offline = False
        # Set by the tray: closing the window then hides it and the app goes on in the tray.
        self.keep_running_in_tray = False
        self._quitting = False
        self.ui.demoBadge.setVisible(demo)
        self._style_demo_badge()
        self.message_bar = self.ui.messageBar
        self.message_bar.reserve_space()
        self._build_status_bar()
        self._connect_actions()
        for action in (
            self.ui.accountSettingsAction,
            self.ui.signOutAction,
            self.ui.refreshAction,
            self.ui.addAccountAction,
            self.ui.notificationSettingsAction,
        ):
            action.setEnabled(False)  # until attach()
        self.ui.switchAccountMenu.setEnabled(False)
        self.ui.accountLabel.setText("Starting…")
        geometry = settings.window_geometry()
        if geometry is not None:
            self.restoreGeometry(geometry)

    def attach(
        self,
        accounts: Accounts,
        tabs: Sequence[AccountTab],
        *,
        open_account_settings: Callable[[QWidget], None] | None = None,
        open_help: Callable[[QWidget], None] | None = None,
        open_notification_settings: Callable[[QWidget], None] | None = None,
        demo_credentials: tuple[str, str] | None = None,
    ) -> None:
        """The accounts and the tabs: the window is whole from here on."""
        self.accounts = accounts
        self._open_account_settings = open_account_settings
        self._open_help = open_help
        self._open_notification_settings = open_notification_settings
        self._demo_credentials = demo_credentials
        self.tab_views = list(tabs)
        for tab in self.tab_views:
            index = self.ui.tabs.addTab(tab, icon(tab.icon_name), tab.title)
            self.ui.tabs.setTabToolTip(index, tab.title.replace("&", ""))
        self.ui.notificationSettingsAction.setEnabled(True)
        self._switch_group = QActionGroup(self)
        self.ui.tabs.currentChanged.connect(lambda _index: self._show_header())
        self._connect_accounts()
        self._rebuild_switch_menu()
        self._show_account(accounts.current)

    def set_overview(self, overview: QWidget) -> None:
        """The All Accounts view: the window's first tab whenever two accounts or more are
        signed in (with one, the window is as it always was)."""
        self.overview = overview
        self._place_overview()

    # --- building -----------------------------------------------------------------------------

    def _build_status_bar(self) -> None:
        self.busy_bar = QProgressBar(self)
        self.busy_bar.setRange(0, 0)
        self.busy_bar.setMaximumWidth(120)
        self.busy_bar.setMaximumHeight(14)
        self.busy_bar.setTextVisible(False)
        self.busy_bar.setAccessibleName("Working")
        self.busy_bar.hide()
        self.connection_icon = QLabel(self)
        accessibility.decorative(self.connection_icon)  # the label beside it says it
        self.connection_label = QLabel(self)
        self.updated_label = QLabel(self)
        self.ui.statusbar.addPermanentWidget(self.busy_bar)
        self.ui.statusbar.addPermanentWidget(self.connection_icon)
        self.ui.statusbar.addPermanentWidget(self.connection_label)
        self.ui.statusbar.addPermanentWidget(self.updated_label)
        self.ui.statusbar.setContentsMargins(8, 0, 8, 2)
        self._busy_timer = QTimer(self)
        self._busy_timer.setSingleShot(True)
        self._busy_timer.setInterval(BUSY_DELAY_MS)
        self._busy_timer.timeout.connect(self.busy_bar.show)
        self._connection_shown: tuple[bool, str, str] | None = None
        self._set_connection(None)

    def _style_demo_badge(self) -> None:
        """An amber outline reads on light and dark palettes; the text takes the palette's
        colour (set again when the palette changes: a style sheet resolves it once)."""
        self.ui.demoBadge.setStyleSheet(
            "QLabel { border: 1px solid #E08A00; border-radius: 9px; padding: 1px 8px;"
            " color: palette(window-text); }"
        )

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt's name)
        """A light/dark switch: what was drawn from the old palette is drawn again."""
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange and hasattr(self, "connection_icon"):
            self._style_demo_badge()
            online = self.connection_label.property("online")
            if online is not None:
                self.connection_icon.setPixmap(
                    icon("online" if online else "offline").pixmap(12, 12)
                )

    def _connect_actions(self) -> None:
        ui = self.ui
        ui.accountSettingsAction.setIcon(icon("account"))
        ui.addAccountAction.setIcon(icon("add"))
        ui.signOutAction.setIcon(icon("sign_out"))
        ui.refreshAction.setIcon(icon("refresh"))
        ui.billingFaqAction.setIcon(icon("help"))
        ui.quitAction.setShortcut(QKeySequence(QKeySequence.StandardKey.Quit))
        ui.refreshAction.setShortcuts([QKeySequence("F5"), QKeySequence("Ctrl+R")])
        ui.accountSettingsAction.triggered.connect(self.open_account_settings)
        ui.addAccountAction.triggered.connect(lambda: self.ask_to_sign_in())
        ui.signOutAction.triggered.connect(self.sign_out)
        ui.quitAction.triggered.connect(self.quit_app)
        ui.notificationSettingsAction.triggered.connect(self.open_notification_settings)
        ui.refreshAction.triggered.connect(self.refresh)
        ui.billingFaqAction.triggered.connect(self.open_billing_faq)
        ui.contactSalesAction.triggered.connect(lambda: QDesktopServices.openUrl(QUrl(SALES_URL)))
        ui.aboutAction.triggered.connect(self._about)
        ui.switchAccountMenu.aboutToShow.connect(self._rebuild_switch_menu)

    def _connect_accounts(self) -> None:
        runner = self.accounts.runner
        runner.failed.connect(self._show_failure)
        runner.task_failed.connect(self._on_task_failed)
        runner.task_succeeded.connect(self._on_task_succeeded)
        runner.busy_changed.connect(self._on_busy_changed)
        self.accounts.current_changed.connect(self._show_account)
        self.accounts.sessions_changed.connect(self._rebuild_switch_menu)
        self.accounts.changed.connect(self._on_changed)
        self.accounts.notice.connect(lambda text: self.message_bar.warning(text))
        self.accounts.connection_changed.connect(self._show_offline)

    # --- actions ------------------------------------------------------------------------------

    def refresh(self) -> None:
        """F5: every tab reloads what it shows."""
        self.accounts.announce(Change.ALL)

    def open_account_settings(self) -> None:
        if self.accounts.current is not None and self._open_account_settings is not None:
            self._open_account_settings(self)

    def open_notification_settings(self) -> None:
        if self._open_notification_settings is not None:
            self._open_notification_settings(self)

    def bring_up(self) -> None:
        """Show the window in front (from the tray, or a notification)."""
        self.showNormal()
        self.raise_()
        self.activateWindow()

    def tab_named(self, icon_name: str) -> AccountTab | None:
        return next((tab for tab in self.tab_views if tab.icon_name == icon_name), None)

    def open_tab(self, icon_name: str, session: AccountSession | None = None) -> None:
        """Bring the window up on a tab ("wallet"), of `session`'s account when given."""
        if session is not None and session in self.accounts.sessions:
            self.accounts.switch_to(session)
        tab = self.tab_named(icon_name)
        if tab is not None:
            self.ui.tabs.setCurrentWidget(tab)
        self.bring_up()

    def open_account(self, session: AccountSession, destination: Destination) -> None:
        """Show `session`'s account on the tab `destination` names, and hand the tab the record
        to select or the action to start (the All Accounts view's "Open")."""
        if session not in self.accounts.sessions:
            return
        self.accounts.switch_to(session)
        tab = self.tab_named(destination.tab) or (self.tab_views[0] if self.tab_views else None)
        if tab is not None:
            self.ui.tabs.setCurrentWidget(tab)
            tab.go_to(destination)
        self.bring_up()

    def show_account_tabs(self) -> None:
        """From All Accounts to the current account's tabs (it was just chosen or signed in)."""
        on_overview = self.overview is not None and self.ui.tabs.currentWidget() is self.overview
        if on_overview and self.tab_views:
            self.ui.tabs.setCurrentWidget(self.tab_views[0])

    def show_overview(self) -> None:
        """Back to All Accounts (Account → Switch Account → All Accounts, Ctrl+0)."""
        if self.overview is not None and self.ui.tabs.indexOf(self.overview) >= 0:
            self.ui.tabs.setCurrentWidget(self.overview)
            self.bring_up()

    def show_notice(self, notice: Notice, session: AccountSession) -> None:
        """A notice where there is no tray: in the message bar, with a way to its tab."""
        tab = TAB_NAMES.get(notice.tab, "")
        # Kept: a success message shows over it and it comes back (it used to be lost).
        self.message_bar.keep(
            f"notice:{notice.kind.value}",
            Level.WARNING,
            f"{notice.title}. {notice.text}",
            f"Open {tab}" if tab else None,
            (lambda: self.open_tab(notice.tab, session)) if tab else None,
        )

    def quit_app(self) -> None:
        """Account → Quit, or Quit in the tray menu: the app ends, tray or not."""
        self._quitting = True
        self.close()
        app = QApplication.instance()
        if app is not None and self.keep_running_in_tray:
            app.quit()

    def open_billing_faq(self) -> None:
        if self._open_help is not None:
            self._open_help(self)

    def ask_to_sign_in(
        self, email: str = "", reason: str = "", *, show_account: bool = True
    ) -> None:
        """The sign-in dialog (Add Account, or a session that ended). Once signed in, the window
        shows that account's tabs (`show_account`), not All Accounts: the manager chose it."""
        from smartalex_desktop.gui.window.sign_in_dialog import SignInDialog

        if self.api_url is None:
            return
        previous = self.sign_in_dialog
        if previous is not None and not previous.isVisible():
            previous.deleteLater()  # one closed dialog kept for the tests at most, not every one
        dialog = SignInDialog(self.accounts, self.api_url, email=email, reason=reason, parent=self)
        dialog.setModal(True)
        if show_account:
            dialog.accepted.connect(self.show_account_tabs)
        dialog.show()
        self.sign_in_dialog = dialog

    def sign_out(self) -> None:
        session = self.accounts.current
        if session is None:
            return
        self.message_bar.clear()
        self.accounts.sign_out(session)

    # --- reacting -----------------------------------------------------------------------------

    def _show_account(self, session: AccountSession | None) -> None:
        has_account = session is not None
        for action in (self.ui.signOutAction, self.ui.refreshAction):
            action.setEnabled(has_account)
        self._update_actions()
        self.ui.tabs.setEnabled(has_account)
        if session is None:
            self.setWindowTitle(APP_NAME)
            self.ui.accountLabel.setText("Not signed in")
            if self.api_url is not None and self.isVisible():
                self.ask_to_sign_in()
            return
        self._show_header()

    def _show_header(self) -> None:
        """The title and the header name the account the tabs show — or, on All Accounts, how
        many are signed in."""
        if self.accounts is None:
            return
        session = self.accounts.current
        on_overview = self.overview is not None and self.ui.tabs.currentWidget() is self.overview
        if on_overview:
            count = len(self.accounts.sessions)
            self.setWindowTitle(f"All Accounts — {APP_NAME}")
            self.ui.accountLabel.setText(f"<b>All accounts</b>&nbsp;&nbsp;{count} signed in")
            return
        if session is None:
            return
        self.setWindowTitle(f"{session.practice_name or session.email} — {APP_NAME}")
        name = session.practice_name or session.email
        self.ui.accountLabel.setText(f"<b>{_escape(name)}</b>&nbsp;&nbsp;{_escape(session.email)}")

    def _place_overview(self) -> None:
        """In the tabs (first) with two accounts or more, out with fewer; the first time it
        comes in, it is the page shown."""
        overview, tabs = self.overview, self.ui.tabs
        if overview is None or self.accounts is None:
            return
        wanted = len(self.accounts.sessions) >= 2
        index = tabs.indexOf(overview)
        if wanted and index < 0:
            tabs.insertTab(0, overview, icon("account"), OVERVIEW_TITLE)
            tabs.setTabToolTip(0, "Every signed-in account at a glance")
            if not self._overview_shown_once:
                self._overview_shown_once = True
                tabs.setCurrentIndex(0)
        elif not wanted and index >= 0:
            tabs.removeTab(index)
        self._show_header()

    def _on_changed(self, change: Change) -> None:
        if change & Change.ACCOUNT:
            self._show_account(self.accounts.current)

    def _rebuild_switch_menu(self) -> None:
        menu = self.ui.switchAccountMenu
        menu.clear()
        for action in self._switch_group.actions():
            self._switch_group.removeAction(action)
        sessions = self.accounts.sessions
        self._place_overview()
        if self.overview is not None and len(sessions) >= 2:
            everything = QAction("&All Accounts", menu)
            everything.setShortcut(QKeySequence("Ctrl+0"))
            everything.triggered.connect(self.show_overview)
            menu.addAction(everything)
            menu.addSeparator()
        for number, session in enumerate(sessions, start=1):
            action = QAction(session.label, menu)
            action.setCheckable(True)
            action.setChecked(session is self.accounts.current)
            if number <= 9:
                action.setShortcut(QKeySequence(f"Ctrl+{number}"))
            action.triggered.connect(lambda _checked=False, s=session: self._switch_to(s))
            self._switch_group.addAction(action)
            menu.addAction(action)
        menu.setEnabled(len(sessions) > 1)
        self.ui.addAccountAction.setEnabled(self.api_url is not None)

    def _switch_to(self, session: AccountSession) -> None:
        """Switch Account (Ctrl+1…9): that account's tabs, from All Accounts too."""
        self.accounts.switch_to(session)
        self.show_account_tabs()

    def _show_failure(self, error: errors.SmartAlexError) -> None:
        if isinstance(error, errors.SessionExpired):
            return  # the session flow below handles it
        self.message_bar.error(error.user_message)

    def _on_task_failed(self, error: object) -> None:
        if isinstance(error, errors.Offline | errors.TimedOut):
            self._set_connection(False)
        elif isinstance(error, errors.SessionExpired):
            self._session_may_have_ended()

    def _on_task_succeeded(self) -> None:
        session = self.accounts.current
        if session is not None and session.offline_since is not None:
            return  # a read answered from the saved copy is not a connection
        self._set_connection(True)
        self.updated_label.setText(f"· Updated {formatting.time_of_day(datetime.now(UTC))}")

    def _on_busy_changed(self, busy: bool) -> None:
        if busy:
            self._busy_timer.start()
        else:
            self._busy_timer.stop()
            self.busy_bar.hide()

    def _session_may_have_ended(self) -> None:
        session = self.accounts.current
        if session is None or session.client.signed_in:
            return
        if session.demo and self._demo_credentials and self.api_url:
            from smartalex_desktop.sandbox.demo_accounts import demo_password

            password = demo_password(session.email)
            if password is not None:  # the agency demo's practices too, each its own sign-in
                self.accounts.sign_in(
                    self.api_url, session.email, password, remember=False, demo=True
                )
                return
        self.message_bar.warning(
            f"Your session for {session.email} has ended. Sign in again to go on.",
            "&Sign In…",
            lambda: self.ask_to_sign_in(session.email, "Your session has ended; sign in again."),
        )

    def _show_offline(self, offline: bool, saved_at: datetime | None) -> None:
        """The shown account went offline (its views show the saved copy) or came back."""
        self.offline = offline
        if offline:
            when = (
                f"{formatting.short_date(saved_at)} {formatting.time_of_day(saved_at)}"
                if saved_at is not None
                else "the last time it was reached"
            )
            self.message_bar.keep(
                "offline",
                Level.WARNING,
                f"Offline — showing data from {when}. Payments and changes need the "
                "connection; SmartAlex Desktop reconnects by itself.",
            )
            self._set_connection(False)
        else:
            self.message_bar.forget("offline")
            self._set_connection(True)
        self._update_actions()

    def _update_actions(self) -> None:
        """Account Settings edits the account on SmartAlex: offline it waits, saying why."""
        session = self.accounts.current
        needs_connection(
            self.ui.accountSettingsAction,
            session is not None,
            online=session is not None and session.offline_since is None,
        )

    def _set_connection(self, online: bool | None) -> None:
        """Says every task's outcome; draws only a change. Every page of a long list is a task,
        so drawing the icon again each time was GUI-thread work per page (docs/performance.md,
        issue 22: the stacks)."""
        if online is None:
            self._connection_shown = None
            self.connection_label.setText("Connecting…")
            return
        connected = (
            wording.CONNECTED_DEMO if self.demo else f"Connected to {self.api_url or 'SmartAlex'}"
        )
        text = connected if online else "Offline: SmartAlex can't be reached"
        shown = (online, text, self.api_url or "")
        if shown == self._connection_shown and self.connection_label.text() == text:
            return
        self._connection_shown = shown
        self.connection_icon.setPixmap(icon("online" if online else "offline").pixmap(12, 12))
        self.connection_label.setText(text)
        self.connection_label.setToolTip(plain_text.tooltip(self.api_url or ""))
        self.connection_label.setProperty("online", online)

    def _about(self) -> None:
        QMessageBox.about(
            self,
            "About SmartAlex Desktop",
            f"SmartAlex Desktop {__version__}\n"
            "Plan, cards, invoices, the Wallet and usage of your SmartAlex account.",
        )

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 (Qt's name)
        self.settings.save_window_geometry(self.saveGeometry())
        if self.keep_running_in_tray and not self._quitting:
            event.ignore()
            self.hide()
            self.closed_to_tray.emit()
            return
        super().closeEvent(event)


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
