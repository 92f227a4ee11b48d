"""Helpers for the store's tests: a real client whose HTTP requests are counted, API snapshots."""

from __future__ import annotations

import threading
from dataclasses import dataclass, field
from typing import Any

import httpx
import pytest

from smartalex_desktop.api import SmartAlexClient, models
from smartalex_desktop.store import Store
from tests.helpers.ledger import get_json, list_all
from tests.helpers.sandbox import Customer, SandboxProcess


class CountingTransport(httpx.BaseTransport):
    """The real HTTP transport, remembering every request's method, path and query."""

    def __init__(self) -> None:
        self._inner = httpx.HTTPTransport()
        self._lock = threading.Lock()
        self.requests: list[tuple[str, str, dict[str, str]]] = []

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        with self._lock:
            self.requests.append(
                (request.method, request.url.path, dict(request.url.params.multi_items()))
            )
        return self._inner.handle_request(request)

    def close(self) -> None:
        self._inner.close()

    def reset(self) -> None:
        with self._lock:
            self.requests.clear()


@dataclass
class Counted:
    client: SmartAlexClient
    transport: CountingTransport = field(repr=False)


def counted_client(url: str, email: str, password: str) -> Counted:
    transport = CountingTransport()
    client = SmartAlexClient(url, transport=transport)
    client.sign_in(email, password)
    transport.reset()
    return Counted(client, transport)


@pytest.fixture
def customer_client(sandbox: SandboxProcess):
    """A make-function: a new customer of the shared sandbox and a counted client for it."""
    made: list[Counted] = []

    def make(**fields: Any) -> tuple[Customer, Counted]:
        customer = sandbox.create_account(**fields)
        counted = counted_client(sandbox.url, customer.email, customer.password)
        made.append(counted)
        return customer, counted

    yield make
    for counted in made:
        counted.client.close()


@pytest.fixture
def open_store(tmp_path):
    opened: list[Store] = []

    def make(api_url: str, account_key: str) -> Store:
        store = Store.open(tmp_path / "cache", api_url, account_key)
        opened.append(store)
        return store

    yield make
    for store in opened:
        store.close()


def dumped(items: list[Any]) -> list[dict[str, Any]]:
    return [item.model_dump(mode="json") for item in items]


def api_view(api: httpx.Client) -> dict[str, Any]:
    """What the API has now, parsed by the app's models, independently of the store and sync."""
    return {
        "account": models.Account.model_validate(get_json(api, "/v1/account")).model_dump(
            mode="json"
        ),
        "subscription": models.Subscription.model_validate(
            get_json(api, "/v1/subscription")
        ).model_dump(mode="json"),
        "wallet": models.Wallet.model_validate(get_json(api, "/v1/wallet")).model_dump(mode="json"),
        "usage": models.Usage.model_validate(get_json(api, "/v1/usage")).model_dump(mode="json"),
        "plans": dumped([models.Plan.model_validate(p) for p in list_all(api, "/v1/plans")]),
        "cards": dumped(
            [models.PaymentMethod.model_validate(p) for p in list_all(api, "/v1/payment-methods")]
        ),
        "invoices": dumped(
            [models.Invoice.model_validate(i) for i in list_all(api, "/v1/invoices")]
        ),
        "transactions": dumped(
            [
                models.WalletTransaction.model_validate(t)
                for t in list_all(api, "/v1/wallet/transactions")
            ]
        ),
        "top_ups": dumped(
            [models.TopUp.model_validate(t) for t in list_all(api, "/v1/wallet/top-ups")]
        ),
        "calls": dumped([models.Call.model_validate(c) for c in list_all(api, "/v1/usage/calls")]),
        "daily": models.DailyUsageSeries.model_validate(
            get_json(api, "/v1/usage/daily")
        ).model_dump(mode="json"),
    }


def store_view(store: Store) -> dict[str, Any]:
    """The same shape as `api_view`, read back from the store."""

    def one(value: Any) -> Any:
        return value.model_dump(mode="json") if value is not None else None

    return {
        "account": one(store.account()),
        "subscription": one(store.subscription()),
        "wallet": one(store.wallet()),
        "usage": one(store.usage()),
        "plans": dumped(store.plans()),
        "cards": dumped(store.cards()),
        "invoices": dumped(store.invoices()),
        "transactions": dumped(store.transactions()),
        "top_ups": dumped(store.top_ups()),
        "calls": dumped(store.calls()),
        "daily": one(store.daily()),
    }
