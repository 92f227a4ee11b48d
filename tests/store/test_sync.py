"""Sync against the live sandbox with the real client: complete, incremental, never half-written."""

from __future__ import annotations

import importlib
import itertools
import socket
import threading
from datetime import UTC, datetime, timedelta
from typing import Any

import pytest

from smartalex_desktop.api import SmartAlexClient, errors, models
from smartalex_desktop.store import RESOURCES, AccountMismatch, sync
from tests.helpers.cards import DECLINED_WHEN_CHARGED, VISA, add_card
from tests.helpers.ledger import get_json, post_top_up
from tests.helpers.sandbox import running_sandbox
from tests.store.conftest import api_view, counted_client, store_view

# The module (the package exports the function under the same name).
sync_module = importlib.import_module("smartalex_desktop.store.sync")
LIST_PATHS = {"/v1/invoices", "/v1/wallet/transactions", "/v1/usage/calls"}
# A re-sync with nothing new: one request per resource (11), the three lists one page each.
MINIMAL_REQUESTS = len(RESOURCES)


def _fund(customer: Any, amount_cents: int = 2000) -> dict[str, Any]:
    """A top-up with the account's card (saved the first time: a card is saved once)."""
    cards = customer.http.get("/v1/payment-methods").json()["data"]
    card = cards[0] if cards else add_card(customer.http)
    response = post_top_up(customer.http, amount_cents, str(card["id"]))
    assert response.status_code == 200, response.text
    return dict(response.json())


def test_first_sync_stores_everything_the_api_has(customer_client, open_store):
    customer, counted = customer_client(tax_rate_bps=825, phone_numbers=2)
    _fund(customer, 5000)
    _fund(customer, 1500)
    counted.client.sandbox_record_call("inbound", 95)
    counted.transport.reset()
    store = open_store(counted.client.base_url, customer.account_id)
    before = datetime.now(UTC)

    report = sync(counted.client, store)

    after = datetime.now(UTC)
    assert store_view(store) == api_view(customer.http)
    assert len(store.invoices()) == 2 and len(store.transactions()) == 2
    assert [card.last4 for card in store.cards()] == ["4242"]  # a card is saved once
    assert store.account() is not None and store.account().tax_rate_bps == 825
    assert store.wallet() is not None and store.wallet().balance_cents == 6500
    for resource in RESOURCES:
        synced_at = store.synced_at(resource)
        assert synced_at is not None and before <= synced_at <= after, resource
        assert synced_at.utcoffset() is not None
    assert report.requests == len(counted.transport.requests)
    assert report.new == {
        "daily": 0,
        "invoices": 2,
        "transactions": 2,
        "top_ups": 2,
        "calls": 1,
    }
    assert report.changed == set(RESOURCES) and not report.cancelled


def test_a_resync_fetches_only_the_new_pages(customer_client, open_store, monkeypatch):
    customer, counted = customer_client()
    _fund(customer)
    store = open_store(counted.client.base_url, customer.email)
    sync(counted.client, store)
    first = store_view(store)
    first_synced = store.synced_at("invoices")

    counted.transport.reset()
    report = sync(counted.client, store)

    sent = counted.transport.requests
    assert report.requests == len(sent) == MINIMAL_REQUESTS
    assert all(query.get("starting_after") is None for _method, _path, query in sent)
    assert {path for _method, path, _query in sent} >= LIST_PATHS
    assert report.changed == frozenset() and set(report.new.values()) == {0}
    assert store_view(store) == first
    assert store.synced_at("invoices") > first_synced

    # New items on top: with pages of 2, one new top-up takes one page of invoices and of
    # transactions (the new item, then a stored one: stop); three new calls take two pages.
    monkeypatch.setattr(sync_module, "PAGE_SIZE", 2)
    card_id = store.cards()[0].id
    assert post_top_up(customer.http, 1200, card_id).status_code == 200
    for seconds in (30, 61, 125):
        counted.client.sandbox_record_call("outbound", seconds)
    counted.transport.reset()

    report = sync(counted.client, store)

    pages = [
        (path, query.get("starting_after"))
        for _method, path, query in counted.transport.requests
        if path in LIST_PATHS
    ]
    newest_calls = store.calls()[:3]
    assert pages == [
        ("/v1/invoices", None),
        ("/v1/wallet/transactions", None),
        ("/v1/usage/calls", None),
        ("/v1/usage/calls", newest_calls[1].id),
    ]
    assert report.requests == len(counted.transport.requests) == MINIMAL_REQUESTS + 1
    assert report.new == {"daily": 0, "invoices": 1, "transactions": 1, "top_ups": 1, "calls": 3}
    assert [call.seconds for call in newest_calls] == [125, 61, 30]
    assert {"invoices", "transactions", "top_ups", "calls", "wallet", "usage"} <= report.changed
    assert store_view(store) == api_view(customer.http)


def test_refunds_and_payments_update_invoices_already_stored(customer_client, open_store):
    customer, counted = customer_client()
    add_card(customer.http, DECLINED_WHEN_CHARGED)  # the first card: the default
    good = add_card(customer.http, VISA)
    client = counted.client
    # 95 minutes past the 100 included, the wallet empty: 10.45 card-billed, declined → open.
    client.sandbox_record_call("inbound", (100 + 95) * 60)
    store = open_store(client.base_url, customer.account_id)
    sync(client, store)
    (usage_invoice,) = store.invoices(kind="usage")
    assert usage_invoice.status == "open"

    # Paid since the last sync: only a re-fetch of the open invoice can show it.
    client.pay_invoice(usage_invoice.id, str(good["id"]))
    second_top_up = client.top_up(1500, str(good["id"]))
    report = sync(client, store)
    assert store.invoice(usage_invoice.id).status == "paid"  # type: ignore[union-attr]
    assert report.refreshed == {"invoices": 1}

    # Refunded since the last sync: the new credit note names the invoice to re-fetch.
    refund = client.request_refund(second_top_up.id)
    counted.transport.reset()
    report = sync(client, store)
    refunded = store.invoice(str(second_top_up.invoice_id))
    assert refunded is not None and refunded.status == "refunded"
    credit_note = store.invoice(refund.credit_note_id)
    assert credit_note is not None and credit_note.related_invoice_id == refunded.id
    assert report.new["invoices"] == 1 and report.refreshed == {"invoices": 1}
    assert report.requests == len(counted.transport.requests) == MINIMAL_REQUESTS + 1
    assert ("GET", f"/v1/invoices/{refunded.id}", {}) in counted.transport.requests
    assert store_view(store) == api_view(customer.http)


class _OfflineFor:
    """The real client, except that one method fails as if the network went away (after
    answering `after` times)."""

    def __init__(self, client: SmartAlexClient, method: str, after: int = 0) -> None:
        self._client = client
        self._method = method
        self._left = after

    def __getattr__(self, name: str) -> Any:
        if name == self._method:

            def offline(*args: object, **kwargs: object) -> Any:
                if self._left > 0:
                    self._left -= 1
                    return getattr(self._client, name)(*args, **kwargs)
                raise errors.Offline()

            return offline
        return getattr(self._client, name)


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def test_a_sync_that_fails_or_stops_halfway_keeps_the_last_good_copy(
    customer_client, open_store, monkeypatch
):
    customer, counted = customer_client()
    card_id = str(_fund(customer)["payment_method_id"])
    store = open_store(counted.client.base_url, customer.account_id)
    sync(counted.client, store)
    good = store_view(store)
    good_times = {resource: store.synced_at(resource) for resource in RESOURCES}
    assert post_top_up(customer.http, 3000, card_id).status_code == 200
    counted.client.sandbox_record_call("web", 60)

    # Offline on the transactions' second page, the first (the new top-up) staged: what came
    # before is saved (complete and newer), the transactions and everything after keep their
    # data and their synced_at.
    monkeypatch.setattr(sync_module, "PAGE_SIZE", 1)
    offline = _OfflineFor(counted.client, "wallet_transactions_page", after=1)
    with pytest.raises(errors.Offline):
        sync(offline, store)  # type: ignore[arg-type]
    monkeypatch.undo()
    fresh = api_view(customer.http)
    now = store_view(store)
    assert now["invoices"] == fresh["invoices"] and now["wallet"] == fresh["wallet"]
    for resource in ("transactions", "top_ups", "calls"):
        assert now[resource] == good[resource] != fresh[resource], resource
        assert store.synced_at(resource) == good_times[resource], resource
    assert store.synced_at("invoices") > good_times["invoices"]  # type: ignore[operator]
    assert store.last_synced_at() == min(
        good_times[resource] for resource in ("transactions", "top_ups", "calls")
    )

    # Nothing listening at all: the first request fails, nothing at all changes.
    before = store_view(store)
    times = {resource: store.synced_at(resource) for resource in RESOURCES}
    dead = SmartAlexClient(
        f"http://127.0.0.1:{_free_port()}",
        tokens=models.TokenPair(access_token="a", refresh_token="r", expires_in=60),
        max_retries=0,
    )
    with pytest.raises(errors.Offline):
        sync(dead, store)
    dead.close()
    assert store_view(store) == before
    assert {resource: store.synced_at(resource) for resource in RESOURCES} == times

    # Cancelled after the first three requests: those resources are saved, no others.
    asked: list[int] = []

    def cancelled() -> bool:
        asked.append(1)
        return len(asked) > 3

    report = sync(counted.client, store, cancelled=cancelled)
    assert report.cancelled and report.synced == ("account", "subscription", "plans")
    assert report.requests == 3
    assert store.synced_at("cards") == times["cards"]
    assert store.synced_at("plans") > times["plans"]  # type: ignore[operator]

    # And the next complete sync catches up with everything.
    sync(counted.client, store)
    caught_up = store_view(store)
    assert caught_up == api_view(customer.http)

    # Another account's client never writes into this account's cache.
    _stranger, stranger_client = customer_client()
    with pytest.raises(AccountMismatch):
        sync(stranger_client.client, store)
    assert store_view(store) == caught_up


def test_a_year_of_demo_history_syncs_once_while_readers_read(tmp_path, open_store):
    """The demo account's year: the first sync fills the cache while other threads read it
    (each list is all there or not yet, never part), closed periods' daily series are fetched
    once, and the next sync costs the minimum again."""
    with running_sandbox(tmp_path / "demo", demo=True) as demo:
        counted = counted_client(demo.url, "demo@smartalex.test", "demo-password")
        api = demo.sign_in("demo@smartalex.test", "demo-password")
        expected = api_view(api)
        store = open_store(demo.url, "demo@smartalex.test")
        sizes: dict[str, set[int]] = {"invoices": set(), "transactions": set(), "calls": set()}
        done = threading.Event()

        def read() -> None:
            while not done.is_set():
                sizes["invoices"].add(len(store.invoices()))
                sizes["transactions"].add(len(store.transactions()))
                sizes["calls"].add(len(store.calls()))

        readers = [threading.Thread(target=read) for _ in range(3)]
        for reader in readers:
            reader.start()
        try:
            report = sync(counted.client, store)
        finally:
            done.set()
            for reader in readers:
                reader.join()

        for name in sizes:
            assert sizes[name] and sizes[name] <= {0, len(expected[name])}, name
        assert len(expected["calls"]) > 1000 and len(expected["transactions"]) > 500
        assert store_view(store) == expected
        periods = store.daily_periods()
        assert [p.closed for p in periods] == [False] + [True] * (len(periods) - 1)
        assert len(periods) >= 12  # a year of closed periods, for usage reports offline
        assert all(
            newer.period_start == older.period_end for newer, older in itertools.pairwise(periods)
        )
        closed_series = store.daily(periods[1].period_start)
        assert closed_series is not None
        assert closed_series.model_dump(mode="json") == models.DailyUsageSeries.model_validate(
            get_json(
                api, f"/v1/usage/daily?date={(periods[1].period_start + timedelta(days=10)).date()}"
            )
        ).model_dump(mode="json")
        assert report.new["daily"] == len(periods) - 1
        assert report.requests == len(counted.transport.requests)

        counted.transport.reset()
        again = sync(counted.client, store)
        assert again.requests == len(counted.transport.requests) == MINIMAL_REQUESTS
        assert again.changed == frozenset()
        api.close()
        counted.client.close()


def test_a_resync_lists_top_ups_only_down_to_one_stored_as_used_up(
    customer_client, open_store, monkeypatch
):
    """Credits go oldest first: once a top-up is stored as used up, the older ones are settled
    too, and a re-sync stops listing there. Four $10 top-ups; the two oldest are used up before
    the first sync, the third and fourth are drawn on before the re-sync."""
    customer, counted = customer_client()
    card_id = str(_fund(customer, 1000)["payment_method_id"])
    for _ in range(3):
        assert post_top_up(customer.http, 1000, card_id).status_code == 200
    oldest_first = [
        t["id"] for t in reversed(get_json(customer.http, "/v1/wallet/top-ups")["data"])
    ]
    remaining = get_json(customer.http, "/v1/usage")["remaining_minutes"]
    counted.client.sandbox_record_call("inbound", remaining * 60)  # the allowance, all included

    def left() -> list[int]:
        listed = {t["id"]: t for t in get_json(customer.http, "/v1/wallet/top-ups")["data"]}
        return [listed[top_up_id]["remaining_cents"] for top_up_id in oldest_first]

    def use_until(done: Any) -> None:
        for _ in range(400):
            if done(left()):
                return
            counted.client.sandbox_record_call("inbound", 60)  # a minute of overage
        raise AssertionError(f"the Wallet was not drawn on as expected: {left()}")

    use_until(lambda cents: cents[1] == 0)
    assert left()[3] == 1000
    monkeypatch.setattr(sync_module, "PAGE_SIZE", 1)
    store = open_store(counted.client.base_url, customer.email)
    sync(counted.client, store)
    assert store.settled_top_up_ids() == set(oldest_first[:2])

    use_until(lambda cents: cents[2] == 0 and cents[3] < 1000)
    counted.transport.reset()
    report = sync(counted.client, store)

    asked = [
        query for _method, path, query in counted.transport.requests if path.endswith("top-ups")
    ]
    # The newest, the third, then the second (stored as used up): the oldest is not asked for.
    assert len(asked) == 3, asked
    assert store_view(store) == api_view(customer.http)
    assert report.new["top_ups"] == 0 and "top_ups" in report.changed
    assert store.settled_top_up_ids() == set(oldest_first[:3])
