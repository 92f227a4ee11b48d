"""`GET /v1/subscription`'s `upcoming_renewal`: what the next renewal will charge, said before it
runs (the All Accounts view shows it), and exactly what the renewal then charges."""

from __future__ import annotations

from tests.helpers.cards import VISA, add_card
from tests.helpers.periods import advance_to_period_end
from tests.sandbox.test_usage import call

LINE = ("kind", "quantity", "unit_amount_cents", "amount_cents")


def _lines(body: dict) -> list[tuple]:
    return [tuple(line[key] for key in LINE) for line in body["lines"]]


def test_the_upcoming_renewal_is_the_renewal_that_comes(own_sandbox):
    api = own_sandbox.create_account(plan="professional", tax_rate_bps=825, phone_numbers=3).http
    add_card(api, VISA)
    call(api, 150 * 60)  # 50 minutes over, no Wallet: $5.50 billed to the card so far
    sub = api.get("/v1/subscription").json()
    upcoming = sub["upcoming_renewal"]
    assert upcoming["renews_at"] == sub["current_period_end"]
    assert upcoming["plan"] == "professional"
    assert _lines(upcoming) == [
        ("subscription", 1, 14900, 14900),
        ("usage", 1, 550, 550),
        ("phone_number", 3, 200, 600),
        ("tax", 1, 1324, 1324),
    ]
    assert (upcoming["subtotal_cents"], upcoming["tax_cents"], upcoming["total_cents"]) == (
        16050,
        1324,
        17374,
    )
    # Saying it moves nothing: the accrual stays until the renewal takes it.
    assert api.get("/v1/wallet").json()["accrued_usage_cents"] == 550
    advance_to_period_end(own_sandbox, api)
    [renewal] = api.get("/v1/invoices", params={"kind": "renewal"}).json()["data"]
    assert _lines(renewal) == _lines(upcoming)
    assert renewal["total_cents"] == upcoming["total_cents"]
    # The next one, with nothing billed to the card yet.
    after = api.get("/v1/subscription").json()["upcoming_renewal"]
    assert (after["subtotal_cents"], after["tax_cents"]) == (15500, 1279)  # 8.25% of $155.00


def test_a_scheduled_plan_renews_at_its_price_and_a_canceling_one_not_at_all(sandbox):
    api = sandbox.create_account(plan="dental", phone_numbers=0).http
    add_card(api, VISA)
    assert api.get("/v1/subscription").json()["upcoming_renewal"]["total_cents"] == 29900
    assert api.post("/v1/subscription/change", json={"plan": "professional"}).is_success
    upcoming = api.get("/v1/subscription").json()["upcoming_renewal"]
    assert (upcoming["plan"], upcoming["total_cents"]) == ("professional", 14900)
    cancelled = api.post("/v1/subscription/cancel", json={"reason": "unused"})
    assert cancelled.is_success and cancelled.json()["upcoming_renewal"] is None
    resumed = api.post("/v1/subscription/resume")
    assert resumed.json()["upcoming_renewal"]["total_cents"] == 29900  # the downgrade was undone
