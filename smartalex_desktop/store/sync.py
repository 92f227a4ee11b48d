"""`sync`: bring an account's `Store` up to date from a signed-in `SmartAlexClient`.

Each resource is fetched in full first and written in one transaction after, with its
`synced_at` (the long lists are staged page by page meanwhile, `Store.stage`): a fetch that
fails (offline, session expired, ...) or is cancelled half-way writes nothing of that resource,
so the cache keeps the last good copy and its time. The resources done
before the failure stay written — they are complete and newer.

What it costs. Account, subscription, plans, cards, wallet, usage and the current period's
daily series are small and can change anywhere, so they are fetched whole (one request each).
Top-ups change until they are used up (credits go oldest first): pages are fetched until one
holds a top-up stored as used up, usually one page. Invoices, wallet transactions and calls are
newest-first lists where new items only ever come on top: pages are fetched until one holds an
id already stored, so a re-sync with nothing new costs one page per list. Past periods' daily
series are final: each is fetched once, after its period ended, walking back at most
`DAILY_HISTORY_PERIODS` periods to the signup.

Invoices whose status can still move are refreshed (the list alone would never show it, as they
are not new): every stored invoice that is `open` (it may have been paid or voided) or
`partially_refunded` is fetched again by id, and so is the `related_invoice_id` of every new
credit note (the refunded invoice becomes `refunded` when its credit note is issued). A `paid`
invoice only changes through a credit note, so it is not re-fetched otherwise.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from typing import Protocol, TypeVar

from smartalex_desktop.api import SmartAlexClient, errors, models
from smartalex_desktop.store import resources
from smartalex_desktop.store.cache import Store

log = logging.getLogger(__name__)

PAGE_SIZE = 100  # the API's maximum: the fewest requests for a first sync
CLIENT_PAGE_SIZE = 100  # what the client's whole-list helpers (plans(), ...) use
DAILY_HISTORY_PERIODS = 24  # closed periods kept for usage reports (two years)

T = TypeVar("T")
_Item = TypeVar("_Item", bound="_HasId")


class _HasId(Protocol):
    @property
    def id(self) -> str: ...


@dataclass(frozen=True)
class SyncReport:
    """What a sync did. `new` counts items that were not in the cache (invoices, transactions,
    calls, top_ups, daily = closed periods added); `refreshed` the stored invoices that changed;
    `changed` names every resource whose cached data differs from before (reload those views);
    `requests` the API calls made (retries inside the client not counted)."""

    started_at: datetime
    finished_at: datetime
    requests: int
    new: dict[str, int] = field(default_factory=dict)
    refreshed: dict[str, int] = field(default_factory=dict)
    changed: frozenset[str] = frozenset()
    synced: tuple[str, ...] = ()
    cancelled: bool = False


class _Cancelled(Exception):
    pass


class AccountMismatch(Exception):
    """The client is signed in to another account than the one this cache holds: nothing is
    written, so one clinic's data never lands in (or shows under) another's cache."""

    def __init__(self, cached_account_id: str, signed_in_account_id: str) -> None:
        self.cached_account_id = cached_account_id
        self.signed_in_account_id = signed_in_account_id
        self.user_message = (
            "This offline copy belongs to another SmartAlex account than the one signed in, so "
            "it was not updated. Sign in to that account, or open the cache of this one."
        )
        super().__init__(self.user_message)


@dataclass
class _Run:
    client: SmartAlexClient
    store: Store
    cancelled: Callable[[], bool]
    requests: int = 0
    new: dict[str, int] = field(default_factory=dict)
    refreshed: dict[str, int] = field(default_factory=dict)
    changed: set[str] = field(default_factory=set)
    synced: list[str] = field(default_factory=list)
    account: models.Account | None = None

    def call(self, fetch: Callable[..., T], *args: object, pages: int = 1, **kwargs: object) -> T:
        """One API call (the count of requests it costs is `pages`), unless cancelled."""
        if self.cancelled():
            raise _Cancelled
        self.requests += pages
        return fetch(*args, **kwargs)

    def done(self, resource: str, changed: bool) -> None:
        self.synced.append(resource)
        if changed:
            self.changed.add(resource)


def sync(
    client: SmartAlexClient,
    store: Store,
    *,
    progress: Callable[[str, int], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> SyncReport:
    """Fetch everything the cache keeps; see the module docstring for what each costs.

    `progress(resource, percent)` is called before each resource (percent 0–100, then
    ("done", 100)); `cancelled()` is asked before every request — a cancelled sync keeps what
    it finished and returns with `cancelled=True`. An API error (`errors.Offline`, ...) is
    raised as is after the resources before it were saved. One sync at a time per store: a
    second one waits for the first, then finds little to do."""
    run = _Run(client, store, cancelled or (lambda: False))
    started_at = datetime.now(UTC)
    steps: Sequence[tuple[str, Callable[[_Run], None]]] = (
        (resources.ACCOUNT, _account),
        (resources.SUBSCRIPTION, _subscription),
        (resources.PLANS, _plans),
        (resources.CARDS, _cards),
        (resources.WALLET, _wallet),
        (resources.USAGE, _usage),
        (resources.DAILY, _daily),
        (resources.INVOICES, _invoices),
        (resources.TRANSACTIONS, _transactions),
        (resources.TOP_UPS, _top_ups),
        (resources.CALLS, _calls),
    )
    was_cancelled = False
    with store.sync_lock:
        try:
            for index, (resource, step) in enumerate(steps):
                if progress is not None:
                    progress(resource, index * 100 // len(steps))
                step(run)
        except _Cancelled:
            was_cancelled = True
            log.info("sync cancelled after %s", ", ".join(run.synced) or "nothing")
        except errors.SmartAlexError as error:
            done = ", ".join(run.synced) or "nothing"
            log.info("sync stopped after %s: %s", done, type(error).__name__)
            raise
        finally:
            store.discard_staged()  # what a failed or cancelled list fetched is not kept
    if progress is not None and not was_cancelled:
        progress("done", 100)
    return SyncReport(
        started_at=started_at,
        finished_at=datetime.now(UTC),
        requests=run.requests,
        new=run.new,
        refreshed=run.refreshed,
        changed=frozenset(run.changed),
        synced=tuple(run.synced),
        cancelled=was_cancelled,
    )


def _pages_for(count: int) -> int:
    """Requests the client's whole-list helpers make for `count` items."""
    return max(1, -(-count // CLIENT_PAGE_SIZE))


def _account(run: _Run) -> None:
    at = datetime.now(UTC)
    run.account = run.call(run.client.account)
    cached = run.store.account()
    if cached is not None and cached.id != run.account.id:
        raise AccountMismatch(cached.id, run.account.id)
    run.done(resources.ACCOUNT, run.store.save_account(run.account, synced_at=at))


def _subscription(run: _Run) -> None:
    at = datetime.now(UTC)
    value = run.call(run.client.subscription)
    run.done(resources.SUBSCRIPTION, run.store.save_subscription(value, synced_at=at))


def _wallet(run: _Run) -> None:
    at = datetime.now(UTC)
    value = run.call(run.client.wallet)
    run.done(resources.WALLET, run.store.save_wallet(value, synced_at=at))


def _usage(run: _Run) -> None:
    at = datetime.now(UTC)
    value = run.call(run.client.usage)
    run.done(resources.USAGE, run.store.save_usage(value, synced_at=at))


def _plans(run: _Run) -> None:
    at = datetime.now(UTC)
    plans = run.call(run.client.plans)
    run.requests += _pages_for(len(plans)) - 1
    run.done(resources.PLANS, run.store.save_plans(plans, synced_at=at))


def _cards(run: _Run) -> None:
    at = datetime.now(UTC)
    cards = run.call(run.client.payment_methods)
    run.requests += _pages_for(len(cards)) - 1
    run.done(resources.CARDS, run.store.save_cards(cards, synced_at=at))


def _top_ups(run: _Run) -> None:
    """The top-ups that can still change (see `Store.settled_top_up_ids`): pages newest first
    until one holds a top-up stored as used up — all of them on a first sync, usually one page
    after that."""
    at = datetime.now(UTC)
    settled = run.store.settled_top_up_ids()
    newest: list[models.TopUp] = []
    cursor: str | None = None
    while True:
        page, has_more = run.call(run.client.top_ups_page, limit=PAGE_SIZE, starting_after=cursor)
        newest += page
        if not has_more or not page or any(top_up.id in settled for top_up in page):
            break
        cursor = page[-1].id
    known = run.store.known_ids(resources.TOP_UPS, (top_up.id for top_up in newest))
    changed = run.store.refresh_top_ups(newest, synced_at=at)
    run.new[resources.TOP_UPS] = len(newest) - len(known)
    run.done(resources.TOP_UPS, changed)


def _daily(run: _Run) -> None:
    """The current period's series, then closed periods not yet stored as closed, newest
    first, back to the signup (a period's series is final once it has ended)."""
    at = datetime.now(UTC)
    current = run.call(run.client.daily_usage)
    stored_closed_ends = {
        period.period_end for period in run.store.daily_periods() if period.closed
    }
    account = run.account or run.store.account()
    signup = account.created_at if account is not None else None
    closed: list[models.DailyUsageSeries] = []
    cursor = current
    while (
        signup is not None
        and cursor.period_start > signup
        and len(closed) < DAILY_HISTORY_PERIODS
        and cursor.period_start not in stored_closed_ends
    ):
        # Two days before the period's start is inside the previous period whatever the
        # timezone (the API takes a date in the account's timezone; periods are ≥ 28 days).
        day = (cursor.period_start - timedelta(days=2)).date()
        previous = run.call(run.client.daily_usage, day)
        if previous.period_start >= cursor.period_start:
            break  # the API has nothing earlier (signup period)
        closed.append(previous)
        cursor = previous
    changed = run.store.save_daily(current, closed, synced_at=at)
    run.new[resources.DAILY] = len(closed)
    run.done(resources.DAILY, changed)


def _stage_new_items[Item: "_HasId"](
    run: _Run,
    resource: str,
    fetch_page: Callable[[str | None], tuple[list[_Item], bool]],
    seen: Callable[[_Item], None] = lambda _item: None,
) -> None:
    """Stage the items above the newest stored one, newest first: pages until a stored id
    shows up. Each page goes to the store's staging as it arrives (`Store.stage`), so a first
    sync of years of calls holds one page in memory, not all of them; `seen` is shown each."""
    cursor: str | None = None
    while True:
        items, has_more = run.call(fetch_page, cursor)
        known = run.store.known_ids(resource, (item.id for item in items))
        new: list[_Item] = []
        for item in items:
            if item.id in known:
                break
            new.append(item)
            seen(item)
        run.store.stage(resource, new)
        if len(new) < len(items) or not has_more or not items:
            return
        cursor = items[-1].id


def _invoices(run: _Run) -> None:
    at = datetime.now(UTC)
    new_ids: set[str] = set()
    related: list[str] = []

    def seen(invoice: models.Invoice) -> None:
        new_ids.add(invoice.id)
        if invoice.kind == "credit_note" and invoice.related_invoice_id:
            related.append(invoice.related_invoice_id)

    _stage_new_items(
        run,
        resources.INVOICES,
        lambda cursor: run.client.invoices_page(limit=PAGE_SIZE, starting_after=cursor),
        seen,
    )
    stale = run.store.invoice_ids(statuses=resources.MUTABLE_INVOICE_STATUSES)
    stale += sorted(run.store.known_ids(resources.INVOICES, related))
    refreshed: list[models.Invoice] = []
    for invoice_id in dict.fromkeys(stale):
        if invoice_id in new_ids:
            continue  # just listed in full
        try:
            refreshed.append(run.call(run.client.invoice, invoice_id))
        except errors.NotFound:
            log.warning("invoice %s is no longer on SmartAlex; the cached copy stays", invoice_id)
    added, changed = run.store.add_invoices(refreshed=refreshed, synced_at=at)
    run.new[resources.INVOICES] = added
    run.refreshed[resources.INVOICES] = changed
    run.done(resources.INVOICES, bool(added or changed))


def _transactions(run: _Run) -> None:
    at = datetime.now(UTC)
    _stage_new_items(
        run,
        resources.TRANSACTIONS,
        lambda cursor: run.client.wallet_transactions_page(limit=PAGE_SIZE, starting_after=cursor),
    )
    added = run.store.add_transactions(synced_at=at)
    run.new[resources.TRANSACTIONS] = added
    run.done(resources.TRANSACTIONS, bool(added))


def _calls(run: _Run) -> None:
    at = datetime.now(UTC)
    _stage_new_items(
        run,
        resources.CALLS,
        lambda cursor: run.client.calls_page(limit=PAGE_SIZE, starting_after=cursor),
    )
    added = run.store.add_calls(synced_at=at)
    run.new[resources.CALLS] = added
    run.done(resources.CALLS, bool(added))
