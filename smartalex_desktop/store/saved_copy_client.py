"""The saved copy, read the way the API client is read.

`SavedCopyClient(store)` answers the client's read calls (`account()`, `subscription()`,
`invoices_page(...)`, `daily_usage(day)` …) from the offline copy, with the same models, so a
view that loads through a client shows its saved data unchanged when SmartAlex can't be
reached. Anything that would change something (a top-up, a plan change, a card) raises
`errors.Offline` with a sentence saying it needs the connection; nothing is queued to run
later, since a payment the user can't watch is worse than one they retry. No Qt.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from datetime import UTC, date, datetime, time
from typing import Any, TypeVar
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from smartalex_desktop.api import errors, models
from smartalex_desktop.store.cache import Store

T = TypeVar("T")

NEEDS_CONNECTION = (
    "SmartAlex can't be reached, so this can't be done now: the app is showing the copy it "
    "saved. It works again as soon as the connection is back."
)
NOT_SAVED = (
    "SmartAlex can't be reached and this hasn't been saved on this computer yet. It shows as "
    "soon as the connection is back."
)
READS = frozenset(
    {
        "account",
        "billing_config",
        "plans",
        "subscription",
        "payment_methods",
        "invoices_page",
        "iter_invoices",
        "invoice",
        "wallet",
        "iter_top_ups",
        "top_ups_page",
        "wallet_transactions_page",
        "iter_wallet_transactions",
        "usage",
        "daily_usage",
        "calls_page",
        "iter_calls",
    }
)


class SavedCopyClient:
    """A read-only stand-in for `SmartAlexClient` over one account's `Store`."""

    def __init__(self, store: Store, base_url: str = "") -> None:
        self._store = store
        self.base_url = base_url
        self.signed_in = True
        self.sandbox = False

    def __getattr__(self, name: str) -> Callable[..., Any]:
        """Every other client call changes something: refused with the reason."""
        if name.startswith("_"):
            raise AttributeError(name)

        def needs_connection(*_args: object, **_kwargs: object) -> Any:
            raise errors.Offline(NEEDS_CONNECTION, code="offline")

        return needs_connection

    def now(self) -> datetime:
        """This machine's clock: with SmartAlex unreachable there is no other to ask."""
        return datetime.now(UTC)

    def synced_at(self, resource: str) -> datetime | None:
        """When the saved copy of `resource` ("usage", "wallet", …) was fetched."""
        return self._store.synced_at(resource)

    # --- single resources -------------------------------------------------------------------

    def account(self) -> models.Account:
        return _saved(self._store.account())

    def subscription(self) -> models.Subscription:
        return _saved(self._store.subscription())

    def wallet(self) -> models.Wallet:
        return _saved(self._store.wallet())

    def usage(self) -> models.Usage:
        return _saved(self._store.usage())

    def plans(self) -> list[models.Plan]:
        return self._store.plans()

    def payment_methods(self) -> list[models.PaymentMethod]:
        return self._store.cards()

    def billing_config(self) -> models.BillingConfig:
        """Only its limits matter offline (nothing can be charged): the API's defaults."""
        return models.BillingConfig(publishable_key="", stripe_api_base="")

    # --- lists ------------------------------------------------------------------------------

    def iter_invoices(self, **filters: Any) -> Iterator[models.Invoice]:
        return iter(self._store.invoices(**_times(filters)))

    def invoices_page(
        self, *, limit: int = 20, starting_after: str | None = None, **filters: Any
    ) -> tuple[list[models.Invoice], bool]:
        return _page(
            self._store.invoices(**_times(filters), limit=limit + 1, starting_after=starting_after),
            limit,
        )

    def invoice(self, invoice_id: str) -> models.Invoice:
        found = self._store.invoice(invoice_id)
        if found is None:
            raise errors.NotFound(NOT_SAVED, code="not_saved", status=404)
        return found

    def iter_top_ups(self) -> Iterator[models.TopUp]:
        return iter(self._store.top_ups())

    def top_ups_page(
        self, *, limit: int = 100, starting_after: str | None = None
    ) -> tuple[list[models.TopUp], bool]:
        return _page(self._store.top_ups(limit=limit + 1, starting_after=starting_after), limit)

    def iter_wallet_transactions(self) -> Iterator[models.WalletTransaction]:
        return iter(self._store.transactions())

    def wallet_transactions_page(
        self, *, limit: int = 100, starting_after: str | None = None
    ) -> tuple[list[models.WalletTransaction], bool]:
        return _page(
            self._store.transactions(limit=limit + 1, starting_after=starting_after), limit
        )

    def iter_calls(self) -> Iterator[models.Call]:
        return iter(self._store.calls())

    def calls_page(
        self, *, limit: int = 100, starting_after: str | None = None
    ) -> tuple[list[models.Call], bool]:
        return _page(self._store.calls(limit=limit + 1, starting_after=starting_after), limit)

    def daily_usage(self, day: date | None = None) -> models.DailyUsageSeries:
        """The saved series of the period containing `day` (noon of it in the account's
        timezone, as the API reads a day), or the newest one."""
        if day is None:
            return _saved(self._store.daily())
        account = self._store.account()
        zone = _zone(account.timezone if account else "UTC")
        noon = datetime.combine(day, time(12), zone)
        for period in self._store.daily_periods():
            if period.period_start <= noon < period.period_end:
                return _saved(self._store.daily(period.period_start))
        raise errors.Offline(NOT_SAVED, code="not_saved")


def _saved[T](value: T | None) -> T:
    if value is None:
        raise errors.Offline(NOT_SAVED, code="not_saved")
    return value


def _page[T](items: Sequence[T], limit: int) -> tuple[list[T], bool]:
    """A page as the API gives it, from the store's `limit + 1` items after the cursor: the
    first `limit`, and whether more follow."""
    return list(items[:limit]), len(items) > limit


def _times(filters: dict[str, Any]) -> dict[str, Any]:
    """The API takes dates or aware datetimes as bounds; the store wants aware datetimes."""
    converted = {}
    for key, value in filters.items():
        if value is None:
            continue
        if isinstance(value, date) and not isinstance(value, datetime):
            value = datetime.combine(value, time(0), UTC)
        converted[key] = value
    return converted


def _zone(name: str) -> ZoneInfo:
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        return ZoneInfo("UTC")


__all__ = ["NEEDS_CONNECTION", "NOT_SAVED", "READS", "SavedCopyClient"]
