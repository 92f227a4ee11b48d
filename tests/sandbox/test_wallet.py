"""Top-ups (tax-exclusive, idempotent), auto top-up, refunds: the worked examples of
docs/billing-rules.md."""

from __future__ import annotations

import uuid

import pytest

from tests.helpers.cards import DECLINED_WHEN_CHARGED, MASTERCARD, VISA, add_card
from tests.sandbox.test_usage import call, top_up


def transactions(api):
    return api.get("/v1/wallet/transactions", params={"limit": 100}).json()["data"]


def test_a_top_up_credits_the_amount_and_charges_it_plus_tax_with_an_invoice(sandbox):
    api = sandbox.create_account(plan="professional", tax_rate_bps=825).http
    card = add_card(api, VISA)
    response = top_up(api, 50_00, card["id"])
    assert response.status_code == 200, response.text
    made = response.json()
    assert (made["amount_cents"], made["tax_cents"], made["charged_cents"]) == (5000, 413, 5413)
    assert made["status"] == "succeeded" and made["refundable"] is True
    assert api.get("/v1/wallet").json()["balance_cents"] == 5000
    invoice = api.get(f"/v1/invoices/{made['invoice_id']}").json()
    assert invoice["kind"] == "top_up" and invoice["status"] == "paid"
    assert [(line["kind"], line["amount_cents"]) for line in invoice["lines"]] == [
        ("wallet_top_up", 5000),
        ("tax", 413),
    ]
    assert invoice["total_cents"] == invoice["amount_paid_cents"] == 5413
    assert invoice["payments"][0]["last4"] == "4242"
    [credit] = transactions(api)
    assert (credit["kind"], credit["amount_cents"], credit["balance_after_cents"]) == (
        "top_up",
        5000,
        5000,
    )
    assert credit["id"] == made["transaction_id"]


def test_the_same_idempotency_key_moves_money_once_and_another_body_is_refused(sandbox):
    customer = sandbox.create_account(plan="professional")
    api = customer.http
    card = add_card(api, VISA)
    key = str(uuid.uuid4())
    first = top_up(api, 25_00, card["id"], key)
    again = top_up(api, 25_00, card["id"], key)
    assert first.status_code == again.status_code == 200
    assert again.json() == first.json()
    assert again.headers.get("Idempotent-Replayed") == "true"
    other_body = top_up(api, 30_00, card["id"], key)
    assert other_body.status_code == 422
    assert other_body.json()["error"]["code"] == "idempotency_key_reused"
    assert api.get("/v1/wallet").json()["balance_cents"] == 2500
    assert len(api.get("/v1/wallet/top-ups").json()["data"]) == 1

    # Keys belong to an account: another account's identical key is its own action.
    neighbour = sandbox.create_account(plan="professional").http
    neighbour_card = add_card(neighbour, VISA)
    assert top_up(neighbour, 25_00, neighbour_card["id"], key).status_code == 200
    assert api.get("/v1/wallet").json()["balance_cents"] == 2500

    missing = api.post(
        "/v1/wallet/top-ups", json={"amount_cents": 25_00, "payment_method_id": card["id"]}
    )
    assert missing.status_code == 400
    assert missing.json()["error"]["param"] == "Idempotency-Key"


@pytest.mark.parametrize(
    ("amount", "param"),
    [
        (999, "amount_cents"),
        (100_001, "amount_cents"),
        ("1000", "amount_cents"),
        (10.5, "amount_cents"),
        (-1000, "amount_cents"),
    ],
)
def test_amounts_outside_the_limits_or_not_integers_are_refused(sandbox, amount, param):
    api = sandbox.create_account().http
    card = add_card(api, VISA)
    response = api.post(
        "/v1/wallet/top-ups",
        json={"amount_cents": amount, "payment_method_id": card["id"]},
        headers={"Idempotency-Key": str(uuid.uuid4())},
    )
    assert response.status_code == 422 and response.json()["error"]["param"] == param
    assert api.get("/v1/wallet").json()["balance_cents"] == 0
    assert transactions(api) == []


def test_another_accounts_card_is_not_charged(sandbox):
    api = sandbox.create_account().http
    add_card(api, VISA)
    other_card = add_card(sandbox.create_account().http, VISA)
    refused = top_up(api, 10_00, other_card["id"])
    assert refused.status_code == 404 and refused.json()["error"]["param"] == "payment_method_id"
    assert api.get("/v1/wallet").json()["balance_cents"] == 0


def test_a_declined_top_up_credits_nothing_and_shows_as_a_failed_transaction(sandbox):
    api = sandbox.create_account().http
    bad = add_card(api, DECLINED_WHEN_CHARGED)
    declined = top_up(api, 20_00, bad["id"])
    assert declined.status_code == 402
    error = declined.json()["error"]
    assert error["code"] == "card_declined" and "No credit was added" in error["message"]
    assert api.get("/v1/wallet").json()["balance_cents"] == 0
    [failed] = transactions(api)
    assert (failed["status"], failed["amount_cents"], failed["balance_after_cents"]) == (
        "failed",
        0,
        0,
    )
    assert api.get("/v1/invoices", params={"kind": "top_up"}).json()["data"] == []


def test_auto_top_up_fires_once_per_crossing(sandbox):
    api = sandbox.create_account(plan="professional").http
    card = add_card(api, VISA)
    top_up(api, 30_00, card["id"])
    settings = api.patch(
        "/v1/wallet",
        json={
            "low_balance_threshold_cents": 1500,
            "auto_top_up": {"enabled": True, "threshold_cents": 2000, "amount_cents": 5000},
        },
    )
    assert settings.status_code == 200, settings.text
    call(api, 100 * 60)  # the allowance
    call(api, 90 * 60)  # $9.90 → $20.10: not below $20.00
    assert api.get("/v1/wallet").json()["balance_cents"] == 2010
    call(api, 60)  # $0.11 → $19.99: crosses → +$50.00 before the answer
    assert api.get("/v1/wallet").json()["balance_cents"] == 6999
    call(api, 60)
    autos = [t for t in transactions(api) if t["kind"] == "auto_top_up"]
    assert len(autos) == 1 and autos[0]["status"] == "succeeded"

    # Back above the threshold re-armed it: the next crossing fires once more.
    call(api, 460 * 60)  # $69.88 − $50.60 = $19.28 → +$50.00
    wallet = api.get("/v1/wallet").json()
    assert wallet["balance_cents"] == 6928
    assert len([t for t in transactions(api) if t["kind"] == "auto_top_up"]) == 2
    assert wallet["auto_top_up"]["spent_this_period_cents"] == 10000


def test_the_cap_stops_auto_top_ups_for_the_rest_of_the_period(sandbox):
    api = sandbox.create_account(plan="professional").http
    add_card(api, VISA)
    api.patch(
        "/v1/wallet",
        json={
            "auto_top_up": {
                "enabled": True,
                "threshold_cents": 1000,
                "amount_cents": 1500,
                "cap_cents": 2000,
            }
        },
    )
    call(api, 100 * 60)
    call(api, 60)  # empty wallet, below → fires: $15.00
    assert api.get("/v1/wallet").json()["balance_cents"] == 1500
    call(api, 60 * 60)  # → $8.40: below again, but another $15.00 would pass the $20.00 cap
    wallet = api.get("/v1/wallet").json()
    assert wallet["balance_cents"] == 840
    assert wallet["auto_top_up"]["spent_this_period_cents"] == 1500


def test_three_declines_in_a_row_switch_auto_top_up_off_and_say_why(own_sandbox):
    api = own_sandbox.create_account(plan="professional").http
    add_card(api, DECLINED_WHEN_CHARGED)
    api.patch(
        "/v1/wallet",
        json={"auto_top_up": {"enabled": True, "threshold_cents": 1000, "amount_cents": 2000}},
    )
    call(api, 101 * 60)  # over the allowance with an empty wallet: fires, declined
    call(api, 60)  # same day: no retry
    assert len([t for t in transactions(api) if t["kind"] == "auto_top_up"]) == 1
    for _ in range(2):
        own_sandbox.advance_clock(1)
        call(api, 60)
    wallet = api.get("/v1/wallet").json()
    autos = [t for t in transactions(api) if t["kind"] == "auto_top_up"]
    assert [t["status"] for t in autos] == ["failed"] * 3
    assert all(t["amount_cents"] == 0 for t in autos)
    assert wallet["auto_top_up"]["enabled"] is False
    assert "3 declined charges in a row" in wallet["auto_top_up"]["disabled_reason"]
    assert wallet["balance_cents"] == 0
    own_sandbox.advance_clock(1)
    call(api, 60)
    assert len([t for t in transactions(api) if t["kind"] == "auto_top_up"]) == 3

    # Switching it on again (with a good card) starts afresh.
    add_card(api, MASTERCARD)
    good = api.get("/v1/payment-methods").json()["data"][0]
    on = api.patch(
        "/v1/wallet", json={"auto_top_up": {"enabled": True, "payment_method_id": good["id"]}}
    )
    assert on.json()["auto_top_up"]["disabled_reason"] is None
    call(api, 60)  # $0.00 − $0.11 to the card; still below → fires on the good card
    assert api.get("/v1/wallet").json()["balance_cents"] == 2000


def test_wallet_settings_are_validated_whole(sandbox):
    api = sandbox.create_account().http
    no_card = api.patch("/v1/wallet", json={"auto_top_up": {"enabled": True}})
    assert no_card.status_code == 409 and "add a card" in no_card.json()["error"]["message"]
    card = add_card(api, VISA)
    too_small = api.patch(
        "/v1/wallet",
        json={"low_balance_threshold_cents": 700, "auto_top_up": {"amount_cents": 500}},
    )
    assert too_small.status_code == 422
    assert too_small.json()["error"]["param"] == "auto_top_up.amount_cents"
    assert api.get("/v1/wallet").json()["low_balance_threshold_cents"] == 2000  # unchanged
    unknown = api.patch("/v1/wallet", json={"auto_top_up": {"payment_method_id": "pm_nope"}})
    assert unknown.status_code == 404
    ok = api.patch(
        "/v1/wallet",
        json={
            "low_balance_threshold_cents": 700,
            "auto_top_up": {"enabled": True, "payment_method_id": card["id"], "cap_cents": None},
        },
    ).json()
    assert ok["low_balance_threshold_cents"] == 700
    assert ok["auto_top_up"]["payment_method_id"] == card["id"]
    assert ok["below_low_balance_threshold"] is True


def _refund(api, top_up_id):
    return api.post(f"/v1/wallet/top-ups/{top_up_id}/refund-request")


def test_refund_on_day_29_returns_the_charge_with_its_tax_and_a_credit_note(own_sandbox):
    api = own_sandbox.create_account(
        plan="professional", tax_rate_bps=825, timezone="America/New_York"
    ).http
    card = add_card(api, VISA)
    made = top_up(api, 40_00, card["id"]).json()
    own_sandbox.advance_clock(29)
    listed = api.get("/v1/wallet/top-ups").json()["data"][0]
    assert listed["refundable"] is True and listed["refund_deadline"]
    refunded = _refund(api, made["id"])
    assert refunded.status_code == 200, refunded.text
    body = refunded.json()
    assert body["refunded_cents"] == 4000 + 330
    assert body["top_up"]["status"] == "refunded" and body["top_up"]["remaining_cents"] == 0
    note = api.get(f"/v1/invoices/{body['credit_note_id']}").json()
    assert note["kind"] == "credit_note" and note["related_invoice_id"] == made["invoice_id"]
    assert note["total_cents"] == 4330
    assert api.get(f"/v1/invoices/{made['invoice_id']}").json()["status"] == "refunded"
    assert api.get("/v1/wallet").json()["balance_cents"] == 0
    refund_tx = transactions(api)[0]
    assert (refund_tx["kind"], refund_tx["amount_cents"], refund_tx["balance_after_cents"]) == (
        "refund",
        -4000,
        0,
    )
    again = _refund(api, made["id"])
    assert again.status_code == 409 and "already been refunded" in again.json()["error"]["message"]


def test_refund_on_day_31_is_refused_with_the_reason(own_sandbox):
    api = own_sandbox.create_account(plan="professional").http
    card = add_card(api, VISA)
    made = top_up(api, 40_00, card["id"]).json()
    own_sandbox.advance_clock(31)
    refused = _refund(api, made["id"])
    assert refused.status_code == 409
    assert "within 30 days" in refused.json()["error"]["message"]
    assert api.get("/v1/wallet").json()["balance_cents"] == 4000


def test_refund_after_part_of_the_credit_was_used_is_refused(sandbox):
    customer = sandbox.create_account(plan="professional")
    api = customer.http
    card = add_card(api, VISA)
    made = top_up(api, 40_00, card["id"]).json()
    call(api, 101 * 60)  # one overage minute from the wallet
    refused = _refund(api, made["id"])
    assert refused.status_code == 409
    assert "$0.11 of these credits has already paid for calls" in refused.json()["error"]["message"]
    assert api.get("/v1/wallet").json()["balance_cents"] == 3989
    intruder = sandbox.create_account().http
    assert _refund(intruder, made["id"]).status_code == 404
