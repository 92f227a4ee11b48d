"""Keeping every signed-in account's figures fresh, account by account, without hammering SmartAlex.

One `AccountRefresher` (made by `Accounts`) is the one place where accounts are brought up to
date in the background: after a sign-in, when SmartAlex answers again, on the background
refresh's rounds (the tray's notices) and when the All Accounts view asks ("Refresh All"). Each
account's refresh is one incremental sync of its offline copy (`store.sync`: 11 requests when
nothing changed) and then its figures read back from that copy (`AccountFacts`), so the saved
copies stay as fresh as the view, nothing is fetched twice, and an account that cannot be
reached still has figures — the saved ones, with their age.

How it stays gentle and robust:

- **Bounded concurrency**: at most `MAX_IN_FLIGHT` accounts refresh at once, the rest wait in a
  queue (the API sees a handful of connections, not fifty).
- **Backoff per account**: an account that failed (unreachable, timed out, a 5xx, a 429) waits
  before its next automatic try — 30 s, doubling to 30 minutes, or what `Retry-After` said —
  while the others go on. "Refresh All" (`force=True`) tries it anyway: the manager asked.
- **One failure never blanks the others**, nor the failing account's own row: its figures stay
  (saved or last fetched), its status says what went wrong. An ended session (`SessionExpired`)
  is not retried at all until the account is signed in again.
- **Progress and cancel**: `progress(done, total)` over the current batch; `cancel()` drops
  what waits and stops the running syncs between requests (a sync cancelled half-way keeps
  what it had: see store/sync.py).

The figures' rules are in `billing/overview.py`; this module only fetches. Results arrive on the
GUI thread through the TaskRunner; the workers touch no widget.
"""

from __future__ import annotations

import enum
import logging
import threading
import time
from collections import deque
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime

from PySide6.QtCore import QObject, Signal

from smartalex_desktop.api import SmartAlexClient, errors
from smartalex_desktop.billing.overview import AccountFacts, account_today
from smartalex_desktop.gui.runtime.session import AccountSession
from smartalex_desktop.gui.runtime.tasks import TaskRunner
from smartalex_desktop.store import (
    ACCOUNT,
    CARDS,
    INVOICES,
    PLANS,
    SUBSCRIPTION,
    USAGE,
    WALLET,
    Store,
    sync,
)

log = logging.getLogger(__name__)

MAX_IN_FLIGHT = 4
FIRST_BACKOFF_S = 30.0
MAX_BACKOFF_S = 30 * 60.0
# The resources a row is read from: its figures are as old as the oldest of them.
ROW_RESOURCES = (ACCOUNT, SUBSCRIPTION, PLANS, WALLET, USAGE, CARDS, INVOICES)
TRANSIENT = (errors.Offline, errors.TimedOut, errors.ServerError, errors.RateLimited)


def account_key(session: AccountSession) -> str:
    """What names an account across sign-ins (a new sign-in makes a new session object)."""
    return f"{session.api_url.rstrip('/')}|{session.email.strip().casefold()}"


class Refresh(enum.StrEnum):
    """Where an account's refresh stands."""

    NOT_YET = "not_yet"  # nothing fetched in this run of the app (saved figures, if any)
    WAITING = "waiting"  # queued
    RUNNING = "running"
    DONE = "done"  # the figures are SmartAlex's, as of `facts.as_of`
    FAILED = "failed"  # the last try failed; `error` says why (figures: the last ones known)
    SIGNED_OUT = "signed_out"  # the session ended: only a new sign-in helps


@dataclass
class AccountStatus:
    """One account's figures and how fresh they are. Read on the GUI thread only."""

    key: str
    facts: AccountFacts | None = None
    refresh: Refresh = Refresh.NOT_YET
    error: errors.SmartAlexError | None = None
    failures: int = 0
    retry_at: float | None = None  # time.monotonic(): no automatic try before this

    @property
    def signed_out(self) -> bool:
        return self.refresh is Refresh.SIGNED_OUT


class Cancelled(errors.SmartAlexError):
    """A sync stopped by `cancel()`: the account keeps what it had."""

    default_message = "The refresh was cancelled; the figures shown are the ones from before."


# --- on workers ------------------------------------------------------------------------------


def facts_from_store(
    store: Store, *, live: bool, now: datetime | None = None, as_of: datetime | None = None
) -> AccountFacts | None:
    """The account's figures from its offline copy (None before its first sync). `as_of`
    defaults to when the oldest of the resources the row uses was saved."""
    account = store.account()
    if account is None:
        return None
    if as_of is None:
        times = [store.synced_at(resource) for resource in ROW_RESOURCES]
        known = [moment for moment in times if moment is not None]
        as_of = min(known) if known else None
    return AccountFacts(
        account=account,
        subscription=store.subscription(),
        plans=store.plans(),
        wallet=store.wallet(),
        usage=store.usage(),
        cards=store.cards(),
        open_invoices=store.invoices(status="open"),
        today=account_today(now or datetime.now(UTC), account.timezone),
        as_of=as_of,
        live=live,
    )


def fetch_facts(
    client: SmartAlexClient, store: Store | None, cancelled: Callable[[], bool]
) -> AccountFacts:
    """Bring the account up to date: sync its offline copy, then read its figures back from
    it; with no offline copy (a disk that refused it), ask SmartAlex for them directly."""
    if store is not None:
        report = sync(client, store, cancelled=cancelled)
        if report.cancelled:
            raise Cancelled(code="cancelled")
        facts = facts_from_store(store, live=True, now=client.now(), as_of=report.finished_at)
        if facts is not None:
            return facts
    account = client.account()
    now = client.now()
    return AccountFacts(
        account=account,
        subscription=client.subscription(),
        plans=client.plans(),
        wallet=client.wallet(),
        usage=client.usage(),
        cards=client.payment_methods(),
        open_invoices=list(client.iter_invoices(status="open")),
        today=account_today(now, account.timezone),
        as_of=datetime.now(UTC),
        live=True,
    )


def _refresh_work(
    session: AccountSession,
    store_of: Callable[[AccountSession], Store | None],
    stop: threading.Event,
) -> Callable[[], AccountFacts]:
    """One account's refresh, for a worker (it records how fresh the offline copy now is)."""

    def work() -> AccountFacts:
        store = store_of(session)
        facts = fetch_facts(session.client, store, stop.is_set)
        if store is not None:
            session.saved_at = store.last_synced_at()
        return facts

    return work


def backoff_s(failures: int, error: errors.SmartAlexError | None = None) -> float:
    """How long an account waits after `failures` failed tries in a row (Retry-After wins
    when the server said more)."""
    wait = min(FIRST_BACKOFF_S * 2 ** max(failures - 1, 0), MAX_BACKOFF_S)
    retry_after = (error.details or {}).get("retry_after_s") if error is not None else None
    if isinstance(retry_after, int | float):
        wait = max(wait, float(retry_after))
    return wait


# --- on the GUI thread -----------------------------------------------------------------------


class AccountRefresher(QObject):
    # The accounts whose status changed (a list of AccountSession): one delivery for many when
    # the saved copies are read at once.
    updated = Signal(object)
    progress = Signal(int, int)  # done, total in the current batch
    batch_finished = Signal(bool)  # the queue is empty and nothing runs (True: cancelled)

    def __init__(
        self,
        runner: TaskRunner,
        store_of: Callable[[AccountSession], Store | None],
        parent: QObject | None = None,
        *,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        super().__init__(parent)
        self._runner = runner
        self._store_of = store_of
        self._clock = clock
        self._statuses: dict[str, AccountStatus] = {}
        self._queue: deque[AccountSession] = deque()
        self._running: dict[str, AccountSession] = {}
        self._done = 0
        self._total = 0
        # Read by the running syncs between requests; a new one for each batch after a cancel
        # (the cancelled syncs keep theirs, set).
        self._stop = threading.Event()
        self._cancelled = False
        self.max_in_flight = MAX_IN_FLIGHT

    # --- what the views read -----------------------------------------------------------------

    def status_of(self, session: AccountSession) -> AccountStatus:
        key = account_key(session)
        status = self._statuses.get(key)
        if status is None:
            status = self._statuses[key] = AccountStatus(key)
        return status

    @property
    def running(self) -> bool:
        return bool(self._queue or self._running)

    @property
    def counts(self) -> tuple[int, int]:
        """(done, total) of the current batch."""
        return self._done, self._total

    # --- reading the saved copies ------------------------------------------------------------

    def load_saved(
        self,
        sessions: Sequence[AccountSession],
        on_done: Callable[[], None] | None = None,
    ) -> None:
        """Read each account's figures from its offline copy, in one task (for an account
        fetched in this run already, the fresher figures stay)."""
        chosen = [s for s in sessions if self.status_of(s).facts is None]
        if not chosen:
            if on_done is not None:
                on_done()
            return

        def read() -> list[tuple[AccountSession, AccountFacts | None]]:
            found = []
            for session in chosen:
                store = self._store_of(session)
                found.append((session, facts_from_store(store, live=False) if store else None))
            return found

        def done(found: list[tuple[AccountSession, AccountFacts | None]]) -> None:
            changed = []
            for session, facts in found:
                status = self.status_of(session)
                if facts is not None and status.facts is None:
                    status.facts = facts
                    changed.append(session)
            if changed:
                self.updated.emit(changed)
            if on_done is not None:
                on_done()

        def failed(_error: errors.SmartAlexError) -> None:
            if on_done is not None:
                on_done()

        self._runner.run(read, on_success=done, on_failure=failed, description="saved figures")

    # --- refreshing --------------------------------------------------------------------------

    def refresh(
        self, sessions: Sequence[AccountSession], *, force: bool = False
    ) -> list[AccountSession]:
        """Queue these accounts (not those queued or running already, signed out, or — unless
        `force` — waiting out a backoff). Returns the ones that will deliver: queued now or
        running already."""
        now = self._clock()
        queued_keys = {account_key(s) for s in self._queue}
        coming: list[AccountSession] = []
        for session in sessions:
            key = account_key(session)
            status = self.status_of(session)
            if key in self._running or key in queued_keys:
                coming.append(session)
                continue
            if not session.client.signed_in:
                if status.refresh is not Refresh.SIGNED_OUT:
                    status.refresh = Refresh.SIGNED_OUT
                    self.updated.emit([session])
                continue
            if not force and status.retry_at is not None and status.retry_at > now:
                continue
            if not self.running:
                self._done = self._total = 0
                self._cancelled = False
            if self._stop.is_set():
                self._stop = threading.Event()
            status.refresh = Refresh.WAITING
            self._queue.append(session)
            queued_keys.add(key)
            self._total += 1
            coming.append(session)
        if coming:
            self.progress.emit(self._done, self._total)
        self._start_more()
        return coming

    def cancel(self) -> None:
        """Stop: what waits is dropped, what runs stops at its next request."""
        if not self.running:
            return
        self._stop.set()
        self._cancelled = True
        dropped = list(self._queue)
        self._queue.clear()
        for session in dropped:
            status = self.status_of(session)
            status.refresh = Refresh.DONE if status.facts and status.facts.live else Refresh.NOT_YET
        if dropped:
            self.updated.emit(dropped)
        self._finish_if_idle()

    def forget(self, session: AccountSession) -> None:
        """A signed-out account: its figures go (another sign-in starts afresh)."""
        self._statuses.pop(account_key(session), None)

    def _start_more(self) -> None:
        while self._queue and len(self._running) < self.max_in_flight:
            session = self._queue.popleft()
            key = account_key(session)
            self._running[key] = session
            self.status_of(session).refresh = Refresh.RUNNING
            work = _refresh_work(session, self._store_of, self._stop)
            self._runner.run(
                work,
                on_success=lambda facts, s=session: self._delivered(s, facts),
                on_failure=lambda error, s=session: self._failed(s, error),
                description="refresh account",
            )

    def _delivered(self, session: AccountSession, facts: AccountFacts) -> None:
        status = self._finished_one(session)
        status.facts = facts
        status.refresh = Refresh.DONE
        status.error = None
        status.failures = 0
        status.retry_at = None
        session.practice_name = facts.account.company_name or session.practice_name
        self.updated.emit([session])
        self._next()

    def _failed(self, session: AccountSession, error: errors.SmartAlexError) -> None:
        status = self._finished_one(session)
        if isinstance(error, Cancelled):  # stopped between requests: it keeps what it had
            status.refresh = Refresh.DONE if status.facts and status.facts.live else Refresh.NOT_YET
        elif isinstance(error, errors.SessionExpired) or not session.client.signed_in:
            status.refresh = Refresh.SIGNED_OUT
            status.error = error
        else:
            status.refresh = Refresh.FAILED
            status.error = error
            status.failures += 1
            if isinstance(error, TRANSIENT):
                status.retry_at = self._clock() + backoff_s(status.failures, error)
            else:  # not the connection: tried again at the next round, not hammered
                status.retry_at = self._clock() + MAX_BACKOFF_S / 6
        self.updated.emit([session])
        self._next()

    def _finished_one(self, session: AccountSession) -> AccountStatus:
        self._running.pop(account_key(session), None)
        self._done += 1
        self.progress.emit(self._done, self._total)
        return self.status_of(session)

    def _next(self) -> None:
        self._start_more()
        self._finish_if_idle()

    def _finish_if_idle(self) -> None:
        if not self._running and not self._queue:
            cancelled, self._cancelled = self._cancelled, False
            self.batch_finished.emit(cancelled)
