"""Calls and their billing: billable minutes, the allowance split, overage by call type."""

from __future__ import annotations

from datetime import datetime

from tests.helpers.cards import VISA, add_card
from tests.helpers.ledger import post_top_up as top_up
from tests.helpers.periods import advance_to_period_end, local_days


def call(api, seconds, call_type="inbound"):
    response = api.post("/v1/sandbox/calls", json={"call_type": call_type, "seconds": seconds})
    assert response.status_code == 201, response.text
    return response.json()


def test_a_61_second_call_is_2_billable_minutes_from_the_allowance(sandbox):
    api = sandbox.create_account(plan="professional").http
    first = call(api, 61)
    assert (first["billable_minutes"], first["included_minutes"], first["overage_minutes"]) == (
        2,
        2,
        0,
    )
    assert call(api, 60)["billable_minutes"] == 1
    assert call(api, 0)["billable_minutes"] == 0
    usage = api.get("/v1/usage").json()
    assert (usage["used_minutes"], usage["remaining_minutes"], usage["included_minutes"]) == (
        3,
        97,
        100,
    )


def test_the_allowance_is_split_inside_the_call_that_crosses_it(sandbox):
    api = sandbox.create_account(plan="professional").http
    call(api, 95 * 60)
    crossing = call(api, 10 * 60, "web")
    assert (crossing["included_minutes"], crossing["overage_minutes"]) == (5, 5)
    assert crossing["overage_cents"] == 5 * 8
    # An empty wallet: the overage accrues as card-billed usage.
    assert (crossing["wallet_cents"], crossing["card_cents"]) == (0, 40)
    assert api.get("/v1/wallet").json()["accrued_usage_cents"] == 40
    after = call(api, 3 * 60, "outbound")
    assert (after["included_minutes"], after["overage_minutes"], after["overage_cents"]) == (
        0,
        3,
        33,
    )
    usage = api.get("/v1/usage").json()
    assert usage["used_minutes"] == 108 and usage["remaining_minutes"] == 0
    assert usage["overage_minutes"] == 8 and usage["overage_cents"] == 73
    assert usage["by_call_type"]["web"] == {
        "minutes": 10,
        "overage_minutes": 5,
        "overage_cents": 40,
    }
    assert usage["by_call_type"]["outbound"]["overage_cents"] == 33
    assert usage["projected_minutes"] >= 108
    assert usage["projected_overage_cents"] >= 73


def test_a_wallet_too_small_for_the_overage_is_drawn_to_zero_and_the_rest_goes_to_the_card(
    sandbox,
):
    api = sandbox.create_account(plan="professional").http
    card = add_card(api, VISA)
    assert top_up(api, 10_00, card["id"]).status_code == 200
    call(api, 100 * 60)  # the whole allowance
    big = call(api, 200 * 60)  # 200 overage minutes × $0.11 = $22.00
    assert (big["overage_cents"], big["wallet_cents"], big["card_cents"]) == (2200, 1000, 1200)
    wallet = api.get("/v1/wallet").json()
    assert wallet["balance_cents"] == 0
    # $12.00 of card-billed usage passed $10.00: invoiced and charged at once.
    assert wallet["accrued_usage_cents"] == 0
    [usage_invoice] = api.get("/v1/invoices", params={"kind": "usage"}).json()["data"]
    assert usage_invoice["status"] == "paid" and usage_invoice["total_cents"] == 1200
    assert [line["kind"] for line in usage_invoice["lines"]] == ["usage"]
    [usage_tx, top_up_tx] = api.get("/v1/wallet/transactions").json()["data"]
    assert (usage_tx["kind"], usage_tx["amount_cents"], usage_tx["balance_after_cents"]) == (
        "usage",
        -1000,
        0,
    )
    assert usage_tx["call_id"] == big["id"]
    assert (top_up_tx["kind"], top_up_tx["balance_after_cents"]) == ("top_up", 1000)


def test_daily_minutes_are_bucketed_in_the_accounts_timezone_and_calls_are_listed(sandbox):
    api = sandbox.create_account(plan="dental", timezone="Pacific/Auckland").http
    call(api, 125, "inbound")
    call(api, 30, "web")
    daily = api.get("/v1/usage/daily").json()
    assert daily["timezone"] == "Pacific/Auckland"
    # A row for every Auckland calendar day the period touches, from its first to its last: one
    # more than the period has days when it starts in the middle of a day.
    start, end = (datetime.fromisoformat(daily[key]) for key in ("period_start", "period_end"))
    assert [day["date"] for day in daily["data"]] == [
        day.isoformat() for day in local_days(start, end, "Pacific/Auckland")
    ]
    assert sum(day["total_minutes"] for day in daily["data"]) == 4
    [today] = [day for day in daily["data"] if day["total_minutes"]]
    assert (today["inbound_minutes"], today["web_minutes"]) == (3, 1)
    calls = api.get("/v1/usage/calls", params={"limit": 1})
    assert calls.json()["has_more"] is True and calls.json()["data"][0]["call_type"] == "web"


def test_bad_calls_are_refused_and_nothing_is_billed(sandbox):
    api = sandbox.create_account(plan="professional").http
    for body, param in (
        ({"call_type": "fax", "seconds": 60}, "call_type"),
        ({"call_type": "inbound", "seconds": -1}, "seconds"),
        ({"call_type": "inbound", "seconds": "60"}, "seconds"),
        ({"call_type": "inbound"}, "seconds"),
    ):
        response = api.post("/v1/sandbox/calls", json=body)
        assert response.status_code == 422 and response.json()["error"]["param"] == param
    assert api.get("/v1/usage").json()["used_minutes"] == 0
    with sandbox.client() as anonymous:
        assert (
            anonymous.post(
                "/v1/sandbox/calls", json={"call_type": "inbound", "seconds": 5}
            ).status_code
            == 401
        )


def test_calls_are_refused_once_the_subscription_has_ended(own_sandbox):
    api = own_sandbox.create_account(plan="professional").http
    api.post("/v1/subscription/cancel", json={"reason": "unused"})
    call(api, 60)  # still active until the period ends
    advance_to_period_end(own_sandbox, api)
    refused = api.post("/v1/sandbox/calls", json={"call_type": "inbound", "seconds": 60})
    assert refused.status_code == 409
    assert refused.json()["error"]["code"] == "subscription_canceled"
