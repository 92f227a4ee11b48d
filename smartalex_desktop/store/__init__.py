"""The offline cache of a SmartAlex account (SQLite, no Qt): what the app last fetched, and when.

One SQLite file per (API URL, account) under a root folder (default
`platformdirs.user_data_path("SmartAlex Desktop") / "cache"`), named by a hash of the two. Reads
return the API's own models (`smartalex_desktop.api.models`), so a view shows cached and live data
the same way. Thread-safe: call it from worker threads (it does disk I/O; never the GUI thread).

    from smartalex_desktop.store import Store, sync

    store = Store.open(None, client.base_url, account_key)   # account id, or the sign-in email
    report = sync(client, store, progress=..., cancelled=...) # raises errors.Offline & co.
    store.invoices()            # newest first, with lines, payments and receipt
    store.last_synced_at()      # "Offline — showing data from <time>"

Opening — `Store.open(root: Path | None, api_url: str, account_key: str) -> Store`; a damaged,
foreign or newer-version file is moved aside (`store.set_aside` says where) and rebuilt, never an
exception; only an unusable folder raises `StoreUnavailable` (it has `user_message`).
`store.close()`, or use it as a context manager. `cache_file(root, api_url, account_key)` and
`default_root()` give the paths.

Reads (None / [] before the first sync):
    account() -> Account | None             subscription() -> Subscription | None
    wallet() -> Wallet | None               usage() -> Usage | None
    plans() -> list[Plan]                   cards() -> list[PaymentMethod]
    top_ups() -> list[TopUp]  (newest first, as of the last sync)
    invoices(*, status=None, kind=None, created_gte=None, created_lt=None) -> list[Invoice]
    invoice(invoice_id: str) -> Invoice | None
    transactions(*, created_gte=None, created_lt=None) -> list[WalletTransaction]
    calls(*, ended_gte=None, ended_lt=None) -> list[Call]
    daily(period_start: datetime | None = None) -> DailyUsageSeries | None  (None: newest)
    daily_periods() -> list[DailyPeriod]   (period_start, period_end, closed), newest first
    synced_at(resource: str) -> datetime | None   (resource: one of RESOURCES; aware UTC)
    last_synced_at() -> datetime | None   (the oldest resource's: all data is at least as fresh)
    downloaded_path(invoice_id: str, document: str = "invoice") -> Path | None
Lists are newest first; time bounds are aware datetimes, `>=` lower and `<` upper.

Writes (one transaction each, with the resource's `synced_at`; True/counts say what changed):
    save_account / save_subscription / save_wallet / save_usage (model, *, synced_at=None) -> bool
    save_plans / save_cards (list, *, synced_at=None) -> bool
    refresh_top_ups(newest, *, synced_at=None) -> bool  (older stored ones stay)
    save_daily(current, closed=(), *, synced_at=None) -> bool
    add_invoices(new, *, refreshed=(), synced_at=None) -> (added, refreshed_changed)
    add_transactions(new, *, synced_at=None) -> int;  add_calls(new, *, synced_at=None) -> int
    stage(resource, items) / discard_staged(): a long list's pages set aside until add_*
    record_download(invoice_id, path, document="invoice", *, at=None)

Sync — `sync(client, store, *, progress=None, cancelled=None) -> SyncReport`: incremental for
invoices, transactions and calls; a failed fetch never overwrites good data (see `sync` module).
`SyncReport(started_at, finished_at, requests, new, refreshed, changed, synced, cancelled)`:
`changed` is the set of resource names whose data changed — reload just those views. A client
signed in to another account than the cached one raises `AccountMismatch` and writes nothing.
Which key to open with: the sign-in email is known before any network (offline start), so the
app keys caches by API URL + email; after an email change the next sync fills a new file.
`store.sync_lock` is held by a sync: a second sync of the same store waits, then finds little.
"""

from smartalex_desktop.store.cache import Store
from smartalex_desktop.store.db import StoreUnavailable
from smartalex_desktop.store.paths import cache_file, default_root
from smartalex_desktop.store.resources import (
    ACCOUNT,
    CALLS,
    CARDS,
    DAILY,
    INVOICES,
    PLANS,
    RESOURCES,
    SUBSCRIPTION,
    TOP_UPS,
    TRANSACTIONS,
    USAGE,
    WALLET,
    DailyPeriod,
)
from smartalex_desktop.store.sync import AccountMismatch, SyncReport, sync

__all__ = [
    "ACCOUNT",
    "CALLS",
    "CARDS",
    "DAILY",
    "INVOICES",
    "PLANS",
    "RESOURCES",
    "SUBSCRIPTION",
    "TOP_UPS",
    "TRANSACTIONS",
    "USAGE",
    "WALLET",
    "AccountMismatch",
    "DailyPeriod",
    "Store",
    "StoreUnavailable",
    "SyncReport",
    "cache_file",
    "default_root",
    "sync",
]
