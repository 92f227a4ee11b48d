"""Checking every signed-in account's wallet and usage in the background, so the notifier can say
"Wallet low" before calls start billing the card — with the window closed to the tray too.

Every `settings.refresh_minutes` (default 5), and at once after sign-in or an action that
changed the Wallet or the plan, one round fetches a snapshot of each account on the TaskRunner
(never the GUI thread). A round never overlaps another: a tick while one runs is skipped. While
SmartAlex can't be reached the interval doubles (up to an hour), and is back to normal after the
first answer. Each snapshot goes through that account's `NotificationRules`, whose memory is
kept in the settings, and the notices go to the `Notifier`.

Snapshots come from SmartAlex itself (`session.client`), never from the saved copy: a notice
about old data would be wrong, and silence while offline is right.
"""

from __future__ import annotations

from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from PySide6.QtCore import QObject, QTimer, Signal

from smartalex_desktop.api import SmartAlexClient, errors
from smartalex_desktop.billing.notifications import AccountSnapshot, NotificationRules
from smartalex_desktop.gui.runtime.accounts import Accounts
from smartalex_desktop.gui.runtime.changes import Change
from smartalex_desktop.gui.runtime.session import AccountSession
from smartalex_desktop.gui.runtime.settings import AppSettings
from smartalex_desktop.gui.window.notifier import Notifier

MAX_BACKOFF_MS = 60 * 60 * 1000
SOON_MS = 1500  # after an action: let the window's own reloads go first


def fetch_snapshot(client: SmartAlexClient, name: str) -> AccountSnapshot:
    """On a worker: what the rules look at, for one account."""
    account = client.account()
    try:
        zone = ZoneInfo(account.timezone)
    except (ZoneInfoNotFoundError, ValueError):
        zone = ZoneInfo("UTC")
    return AccountSnapshot(
        account=account.company_name or name,
        wallet=client.wallet(),
        usage=client.usage(),
        cards=client.payment_methods(),
        open_invoices=list(client.iter_invoices(status="open")),
        today=client.now().astimezone(zone).date(),
    )


class BackgroundRefresh(QObject):
    snapshot_ready = Signal(object, object)  # AccountSession, AccountSnapshot
    round_finished = Signal()

    def __init__(self, accounts: Accounts, settings: AppSettings, notifier: Notifier) -> None:
        super().__init__(accounts)
        self.accounts = accounts
        self.settings = settings
        self.notifier = notifier
        self.snapshots: dict[str, AccountSnapshot] = {}  # by account key
        self._rules: dict[str, NotificationRules] = {}
        self._waiting = 0
        self._unreachable = False
        self.timer = QTimer(self)
        self.timer.timeout.connect(self.refresh_now)
        self._soon = QTimer(self, singleShot=True, interval=SOON_MS)
        self._soon.timeout.connect(self.refresh_now)
        self.automatic = True
        accounts.sessions_changed.connect(self._start_soon)
        accounts.changed.connect(self._on_changed)
        self.apply_interval()

    @property
    def running(self) -> bool:
        return self._waiting > 0

    @property
    def interval_ms(self) -> int:
        return self.timer.interval()

    def apply_interval(self) -> None:
        """The interval from the settings (after a change there, or back online)."""
        self.timer.setInterval(self.settings.refresh_minutes * 60_000)
        if self.automatic:
            self.timer.start()

    def set_automatic(self, on: bool) -> None:
        """Off: rounds run only when asked (`refresh_now`), e.g. for tests that count them."""
        self.automatic = on
        if on:
            self.timer.start()
        else:
            self.timer.stop()
            self._soon.stop()

    def refresh_now(self) -> None:
        """One round over every signed-in account; skipped while one is running."""
        sessions = [s for s in self.accounts.sessions if s.client.signed_in]
        if self.running or not sessions:
            return
        self._waiting = len(sessions)
        self._unreachable = False
        for session in sessions:
            self.accounts.runner.run(
                lambda s=session: fetch_snapshot(s.client, s.email),
                on_success=lambda snapshot, s=session: self._delivered(s, snapshot),
                on_failure=lambda error, s=session: self._failed(s, error),
                description="background refresh",
            )

    def rules_for(self, session: AccountSession) -> NotificationRules:
        key = _account_key(session)
        if key not in self._rules:
            self._rules[key] = NotificationRules(self.settings.notification_memory(key))
        return self._rules[key]

    # --- results --------------------------------------------------------------------------------

    def _delivered(self, session: AccountSession, snapshot: AccountSnapshot) -> None:
        key = _account_key(session)
        self.snapshots[key] = snapshot
        if session in self.accounts.sessions:  # not signed out meanwhile
            rules = self.rules_for(session)
            notices = rules.observe(snapshot)
            self.settings.save_notification_memory(key, rules.memory)
            self.snapshot_ready.emit(session, snapshot)
            for notice in notices:
                self.notifier.notify(notice, session)
        self._one_done()

    def _failed(self, _session: AccountSession, error: errors.SmartAlexError) -> None:
        if isinstance(error, errors.Offline | errors.TimedOut | errors.ServerError):
            self._unreachable = True
        self._one_done()

    def _one_done(self) -> None:
        self._waiting -= 1
        if self._waiting > 0:
            return
        if self._unreachable:  # back off: every check is a connection attempt
            self.timer.setInterval(min(self.timer.interval() * 2, MAX_BACKOFF_MS))
            if self.automatic:
                self.timer.start()
        elif self.timer.interval() != self.settings.refresh_minutes * 60_000:
            self.apply_interval()
        self.round_finished.emit()

    def _start_soon(self) -> None:
        if self.automatic:
            self._soon.start()

    def _on_changed(self, change: Change) -> None:
        if change & (Change.WALLET | Change.USAGE | Change.PLAN | Change.CARDS | Change.INVOICES):
            self._start_soon()

    def snapshot_of(self, session: AccountSession | None) -> AccountSnapshot | None:
        return self.snapshots.get(_account_key(session)) if session is not None else None


def _account_key(session: AccountSession) -> str:
    return f"{session.api_url}|{session.email}"
