"""Checking every signed-in account's wallet and usage in the background, so the notifier can say
"Wallet low" before calls start billing the card — with the window closed to the tray too.

Every `settings.refresh_minutes` (default 5), and soon after sign-in or an action that changed
the Wallet or the plan, one round brings every account up to date through the accounts'
`AccountRefresher` (gui/runtime/account_refresh.py: a few accounts at a time, a backoff per
account, never on the GUI thread) — the same fetch the All Accounts view shows, not a second
one. A round never overlaps another: a tick while one runs is skipped. While SmartAlex can't be
reached the interval doubles (up to an hour), and is back to normal after the first answer.
Each account's figures go through that account's `NotificationRules`, whose memory is kept in
the settings, and the notices go to the `Notifier`.

Notices come only from figures SmartAlex gave in this round (`AccountFacts.live`), never from
the saved copy: a notice about old data would be wrong, and silence while offline is right.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, QTimer, Signal

from smartalex_desktop.api import errors
from smartalex_desktop.billing.notifications import AccountSnapshot, NotificationRules
from smartalex_desktop.gui.runtime.account_refresh import TRANSIENT, Refresh, account_key
from smartalex_desktop.gui.runtime.accounts import Accounts
from smartalex_desktop.gui.runtime.changes import Change
from smartalex_desktop.gui.runtime.session import AccountSession
from smartalex_desktop.gui.runtime.settings import AppSettings
from smartalex_desktop.gui.window.notifier import Notifier

MAX_BACKOFF_MS = 60 * 60 * 1000
SOON_MS = 1500  # after an action: let the window's own reloads go first


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
        self._waiting: set[str] = set()  # the accounts this round still waits for
        self._in_round = False
        self._unreachable = False
        self.timer = QTimer(self)
        self.timer.timeout.connect(self.refresh_now)
        self._soon = QTimer(self, singleShot=True, interval=SOON_MS)
        self._soon.timeout.connect(self.refresh_now)
        self.automatic = True
        accounts.sessions_changed.connect(self._start_soon)
        accounts.changed.connect(self._on_changed)
        accounts.refresher.updated.connect(self._updated)
        accounts.refresher.batch_finished.connect(lambda _cancelled: self._round_over())
        self.apply_interval()

    @property
    def running(self) -> bool:
        return self._in_round

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
        refresher = self.accounts.refresher
        coming = refresher.refresh(sessions)
        self._waiting = {account_key(s) for s in coming}
        # An account left out is waiting out its backoff: SmartAlex did not answer it lately.
        self._unreachable = any(
            refresher.status_of(s).refresh is Refresh.FAILED
            and isinstance(refresher.status_of(s).error, TRANSIENT)
            for s in sessions
            if s not in coming
        )
        self._in_round = True
        if not self._waiting:
            self._round_over()

    def rules_for(self, session: AccountSession) -> NotificationRules:
        key = _account_key(session)
        if key not in self._rules:
            self._rules[key] = NotificationRules(self.settings.notification_memory(key))
        return self._rules[key]

    # --- results --------------------------------------------------------------------------------

    def _updated(self, sessions: list[AccountSession]) -> None:
        refresher = self.accounts.refresher
        for session in sessions:
            key = account_key(session)
            if key not in self._waiting:
                continue
            status = refresher.status_of(session)
            if status.refresh in (Refresh.WAITING, Refresh.RUNNING):
                continue
            self._waiting.discard(key)
            if status.refresh is Refresh.DONE and status.facts is not None and status.facts.live:
                self._observe(session, status.facts.snapshot(session.email))
            elif isinstance(status.error, errors.Offline | errors.TimedOut | errors.ServerError):
                self._unreachable = True
        if self._in_round and not self._waiting:
            self._round_over()

    def _observe(self, session: AccountSession, snapshot: AccountSnapshot | None) -> None:
        if snapshot is None or session not in self.accounts.sessions:  # signed out meanwhile
            return
        key = _account_key(session)
        self.snapshots[key] = snapshot
        rules = self.rules_for(session)
        notices = rules.observe(snapshot)
        self.settings.save_notification_memory(key, rules.memory)
        self.snapshot_ready.emit(session, snapshot)
        for notice in notices:
            self.notifier.notify(notice, session)

    def _round_over(self) -> None:
        """The round's accounts have all answered (or the refresh was cancelled)."""
        if not self._in_round:
            return
        self._in_round = False
        self._waiting.clear()
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
