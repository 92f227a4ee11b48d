"""The saved copy answers a client's reads exactly as the API did, and refuses every change
with a sentence."""

from __future__ import annotations

from typing import Any

import pytest

from smartalex_desktop.api import SmartAlexClient, errors
from smartalex_desktop.store import Store, sync
from smartalex_desktop.store.saved_copy_client import NEEDS_CONNECTION, SavedCopyClient
from tests.helpers.cards import add_card
from tests.helpers.ledger import post_top_up


def test_reads_match_the_live_api_and_changes_are_refused(sandbox, tmp_path):
    customer = sandbox.create_account(plan="professional", tax_rate_bps=825)
    card = add_card(customer.http)
    for amount_cents in (10_00, 20_00, 30_00):
        assert post_top_up(customer.http, amount_cents, str(card["id"])).is_success
    for seconds in (61, 6_001, 130):  # the second goes past the allowance
        customer.http.post("/v1/sandbox/calls", json={"call_type": "inbound", "seconds": seconds})

    with (
        SmartAlexClient(sandbox.url) as live,
        Store.open(tmp_path, sandbox.url, customer.email) as store,
    ):
        live.sign_in(customer.email, customer.password)
        sync(live, store)
        saved = SavedCopyClient(store, sandbox.url)

        for read in ("account", "subscription", "plans", "payment_methods", "wallet", "usage"):
            assert getattr(saved, read)() == getattr(live, read)(), read
        assert list(saved.iter_invoices()) == list(live.iter_invoices())
        assert list(saved.iter_wallet_transactions()) == list(live.iter_wallet_transactions())
        assert list(saved.iter_top_ups()) == list(live.iter_top_ups())
        assert list(saved.iter_calls()) == list(live.iter_calls())
        assert saved.daily_usage() == live.daily_usage()
        invoice = next(live.iter_invoices())
        assert saved.invoice(invoice.id) == live.invoice(invoice.id)
        assert list(saved.iter_invoices(kind="top_up")) == list(live.iter_invoices(kind="top_up"))

        # Pages cut as the API cuts them.
        first, more = saved.invoices_page(limit=2)
        live_first, live_more = live.invoices_page(limit=2)
        assert (first, more) == (live_first, live_more)
        assert saved.invoices_page(limit=2, starting_after=first[-1].id) == live.invoices_page(
            limit=2, starting_after=live_first[-1].id
        )
        for name in ("wallet_transactions_page", "calls_page", "top_ups_page", "invoices_page"):
            assert _every_page(getattr(saved, name)) == _every_page(getattr(live, name)), name

        # Anything that changes something needs the connection, and says so.
        for change in (
            lambda: saved.top_up(50_00, str(card["id"]), idempotency_key="k"),
            lambda: saved.change_plan("dental"),
            lambda: saved.remove_card(str(card["id"])),
        ):
            with pytest.raises(errors.Offline) as refused:
                change()
            assert refused.value.user_message == NEEDS_CONNECTION
        with pytest.raises(errors.NotFound):
            saved.invoice("in_not_saved")


def test_an_empty_copy_says_nothing_is_saved_yet(tmp_path):
    with Store.open(tmp_path, "https://api.smartalex.test", "office@clinic.test") as store:
        saved = SavedCopyClient(store)
        with pytest.raises(errors.Offline) as nothing:
            saved.subscription()
        assert "hasn't been saved" in nothing.value.user_message
        assert saved.plans() == [] and list(saved.iter_invoices()) == []


def _every_page(page_of: Any) -> list[tuple[list[Any], bool]]:
    """Every page of a list, two items a page, following the cursor to the end."""
    pages = [page_of(limit=2)]
    while pages[-1][1]:
        pages.append(page_of(limit=2, starting_after=pages[-1][0][-1].id))
    return pages
