"""Plan changes (upgrade / downgrade / same price), cancellation and resuming, over HTTP."""

from __future__ import annotations

from datetime import datetime, timedelta
from decimal import ROUND_HALF_UP, Decimal

from tests.helpers.cards import DECLINED_WHEN_CHARGED, MASTERCARD, VISA, add_card
from tests.helpers.periods import advance_to_period_end
from tests.sandbox.test_usage import call


def _clock(sandbox) -> datetime:
    with sandbox.client() as anonymous:
        return datetime.fromisoformat(anonymous.get("/v1/sandbox/clock").json()["now"])


def _expected_proration(sub: dict, now: datetime, difference_cents: int) -> int:
    start = datetime.fromisoformat(sub["current_period_start"])
    end = datetime.fromisoformat(sub["current_period_end"])
    share = Decimal((end - now) / timedelta(microseconds=1)) / Decimal(
        (end - start) / timedelta(microseconds=1)
    )
    return int((Decimal(difference_cents) * share).quantize(Decimal(1), rounding=ROUND_HALF_UP))


def test_upgrade_charges_exactly_its_preview_and_produces_a_paid_plan_change_invoice(sandbox):
    now = _clock(sandbox)
    customer = sandbox.create_account(
        plan="professional",
        signup_at=(now - timedelta(days=11, hours=5)).isoformat(),
        tax_rate_bps=825,
        timezone="America/New_York",
    )
    api = customer.http
    card = add_card(api, VISA)
    sub = api.get("/v1/subscription").json()
    expected_proration = _expected_proration(sub, now, 29900 - 14900)
    assert 0 < expected_proration < 15000

    preview = api.post("/v1/subscription/preview-change", json={"plan": "dental"}).json()
    assert preview["change"] == "upgrade"
    assert preview["subtotal_cents"] == expected_proration
    assert preview["tax_cents"] == int(
        (Decimal(expected_proration) * Decimal("0.0825")).quantize(Decimal(1), ROUND_HALF_UP)
    )
    assert preview["amount_due_now_cents"] == preview["subtotal_cents"] + preview["tax_cents"]
    assert preview["included_minutes"] == 300
    assert datetime.fromisoformat(preview["effective_at"]) == now
    assert [line["kind"] for line in preview["lines"]] == ["proration", "tax"]
    # A preview changes nothing.
    assert api.get("/v1/subscription").json()["plan"] == "professional"

    changed = api.post("/v1/subscription/change", json={"plan": "dental"})
    assert changed.status_code == 200, changed.text
    result = changed.json()
    assert result["subscription"]["plan"] == "dental"
    assert result["subscription"]["included_minutes"] == 300
    invoice = api.get(f"/v1/invoices/{result['invoice_id']}").json()
    assert invoice["kind"] == "plan_change" and invoice["status"] == "paid"
    assert invoice["total_cents"] == preview["amount_due_now_cents"]
    assert invoice["amount_paid_cents"] == invoice["total_cents"]
    assert invoice["lines"] == preview["lines"]
    assert (
        sum(line["amount_cents"] for line in invoice["lines"] if line["kind"] != "tax")
        == (invoice["subtotal_cents"])
    )
    assert invoice["number"].startswith(f"SA-{now.year}-") or invoice["number"].startswith("SA-")
    [payment] = invoice["payments"]
    assert (payment["status"], payment["brand"], payment["last4"]) == ("succeeded", "visa", "4242")
    assert payment["payment_method_id"] == card["id"]
    assert payment["amount_cents"] == invoice["total_cents"]


def test_a_declined_upgrade_answers_402_and_changes_nothing(sandbox):
    api = sandbox.create_account(plan="professional").http
    add_card(api, DECLINED_WHEN_CHARGED)
    before = api.get("/v1/subscription").json()
    declined = api.post("/v1/subscription/change", json={"plan": "dental"})
    assert declined.status_code == 402
    error = declined.json()["error"]
    assert error["type"] == "card_error" and error["code"] == "card_declined"
    assert "declined" in error["message"] and "not changed" in error["message"]
    assert api.get("/v1/subscription").json() == before
    assert api.get("/v1/invoices").json()["data"] == []


def test_an_upgrade_without_a_card_is_refused_with_the_fix(sandbox):
    api = sandbox.create_account(plan="professional").http
    refused = api.post("/v1/subscription/change", json={"plan": "real_estate"})
    assert refused.status_code == 402
    assert "add a card" in refused.json()["error"]["message"].lower()
    assert api.get("/v1/subscription").json()["plan"] == "professional"


def test_downgrade_is_scheduled_for_renewal_and_can_be_undone(sandbox):
    api = sandbox.create_account(plan="dental").http
    add_card(api, VISA)
    sub = api.get("/v1/subscription").json()
    preview = api.post("/v1/subscription/preview-change", json={"plan": "professional"}).json()
    assert preview["change"] == "downgrade"
    assert preview["amount_due_now_cents"] == 0 and preview["lines"] == []
    assert preview["effective_at"] == sub["current_period_end"]
    assert preview["included_minutes"] == 100

    result = api.post("/v1/subscription/change", json={"plan": "professional"}).json()
    assert result["invoice_id"] is None
    assert result["subscription"]["plan"] == "dental"
    assert result["subscription"]["scheduled_plan"] == "professional"

    undo = api.post("/v1/subscription/preview-change", json={"plan": "dental"}).json()
    assert undo["change"] == "undo_scheduled_change" and undo["amount_due_now_cents"] == 0
    undone = api.post("/v1/subscription/change", json={"plan": "dental"}).json()
    assert undone["subscription"]["scheduled_plan"] is None
    again = api.post("/v1/subscription/change", json={"plan": "dental"})
    assert again.status_code == 409 and again.json()["error"]["code"] == "already_on_plan"
    assert api.get("/v1/invoices").json()["data"] == []


def test_a_same_price_change_is_immediate_and_free(sandbox):
    api = sandbox.create_account(plan="dental").http
    add_card(api, MASTERCARD)
    preview = api.post("/v1/subscription/preview-change", json={"plan": "real_estate"}).json()
    assert preview["change"] == "same_price" and preview["amount_due_now_cents"] == 0
    result = api.post("/v1/subscription/change", json={"plan": "real_estate"}).json()
    assert result["subscription"]["plan"] == "real_estate" and result["invoice_id"] is None
    assert api.get("/v1/invoices").json()["data"] == []


def test_cancel_with_the_survey_keeps_service_until_period_end_and_resume_undoes_it(sandbox):
    api = sandbox.create_account(plan="professional").http
    bad_reason = api.post("/v1/subscription/cancel", json={"reason": "meh"})
    assert bad_reason.status_code == 422 and bad_reason.json()["error"]["param"] == "reason"
    assert api.get("/v1/subscription").json()["cancel_at_period_end"] is False

    cancelled = api.post(
        "/v1/subscription/cancel", json={"reason": "too_expensive", "comment": "Budget cuts"}
    ).json()
    assert cancelled["status"] == "active" and cancelled["cancel_at_period_end"] is True
    assert cancelled["cancellation_reason"] == "too_expensive"
    twice = api.post("/v1/subscription/cancel", json={"reason": "other"})
    assert twice.status_code == 409
    changing = api.post("/v1/subscription/change", json={"plan": "dental"})
    assert changing.status_code == 409 and "resume" in changing.json()["error"]["message"]

    resumed = api.post("/v1/subscription/resume").json()
    assert resumed["cancel_at_period_end"] is False and resumed["status"] == "active"
    assert api.post("/v1/subscription/resume").status_code == 409


def test_the_clock_passing_period_end_ends_a_cancelled_subscription(own_sandbox):
    api = own_sandbox.create_account(plan="professional").http
    add_card(api, VISA)
    sub = api.post("/v1/subscription/cancel", json={"reason": "switched_service"}).json()
    advance_to_period_end(own_sandbox, api, days_after=-1)  # its last day
    assert api.get("/v1/subscription").json()["status"] == "active"
    advance_to_period_end(own_sandbox, api)
    ended = api.get("/v1/subscription").json()
    assert ended["status"] == "canceled"
    assert ended["canceled_at"] == sub["current_period_end"]
    assert api.post("/v1/subscription/resume").status_code == 409
    # No renewal was charged.
    assert api.get("/v1/invoices", params={"kind": "renewal"}).json()["data"] == []


def test_renewal_on_the_anniversary_charges_the_scheduled_plan_with_phone_numbers_and_tax(
    own_sandbox,
):
    api = own_sandbox.create_account(plan="dental", tax_rate_bps=825, phone_numbers=2).http
    add_card(api, VISA)
    api.post("/v1/subscription/change", json={"plan": "professional"})
    before = api.get("/v1/subscription").json()
    advance_to_period_end(own_sandbox, api)
    sub = api.get("/v1/subscription").json()
    assert sub["plan"] == "professional" and sub["scheduled_plan"] is None
    assert sub["current_period_start"] == before["current_period_end"]
    [renewal] = api.get("/v1/invoices", params={"kind": "renewal"}).json()["data"]
    assert [
        (line["kind"], line["quantity"], line["amount_cents"]) for line in renewal["lines"]
    ] == [
        ("subscription", 1, 14900),
        ("phone_number", 2, 400),
        ("tax", 1, 1262),  # 8.25% of $153.00 = $12.6225 → $12.62
    ]
    assert (renewal["subtotal_cents"], renewal["tax_cents"], renewal["total_cents"]) == (
        15300,
        1262,
        16562,
    )
    assert renewal["status"] == "paid" and renewal["period_start"] == sub["current_period_start"]


def test_the_upcoming_renewal_is_the_renewal_invoice_that_comes(own_sandbox):
    """Issue 20, item 5: what the Plan tab says the next renewal charges is what it charges —
    the scheduled plan, the card-billed usage accrued so far, the phone numbers, tax."""
    api = own_sandbox.create_account(plan="dental", tax_rate_bps=825, phone_numbers=2).http
    add_card(api, VISA)
    upcoming = api.get("/v1/subscription").json()["upcoming_renewal"]
    # The demo's figure: $299.00 + 2 × $2.00 + 8.25% tax = $328.00.
    assert (upcoming["plan"], upcoming["total_cents"]) == ("dental", 32800)
    assert [line["kind"] for line in upcoming["lines"]] == ["subscription", "phone_number", "tax"]

    call(api, 300 * 60)  # the whole allowance
    call(api, 40 * 60)  # 40 minutes past it: the Wallet is empty, so $4.40 accrues to the card
    api.post("/v1/subscription/change", json={"plan": "professional"})  # scheduled
    sub = api.get("/v1/subscription").json()
    upcoming = sub["upcoming_renewal"]
    assert upcoming["plan"] == "professional"
    assert upcoming["renews_at"] == sub["current_period_end"]
    advance_to_period_end(own_sandbox, api)
    [renewal] = api.get("/v1/invoices", params={"kind": "renewal"}).json()["data"]
    assert [(line["kind"], line["amount_cents"]) for line in renewal["lines"]] == [
        (line["kind"], line["amount_cents"]) for line in upcoming["lines"]
    ]
    assert [line["kind"] for line in renewal["lines"]] == [
        "subscription",
        "usage",
        "phone_number",
        "tax",
    ]
    assert (renewal["subtotal_cents"], renewal["tax_cents"], renewal["total_cents"]) == (
        upcoming["subtotal_cents"],
        upcoming["tax_cents"],
        upcoming["total_cents"],
    )

    # Set to cancel: no renewal is coming.
    api.post("/v1/subscription/cancel", json={"reason": "unused"})
    assert api.get("/v1/subscription").json()["upcoming_renewal"] is None


def test_a_plan_change_preview_says_what_this_pace_would_cost_on_that_plan(sandbox):
    """Issue 20, item 6: at the pace of this period, the other plan's allowance means this much
    overage a month (the mix of call types so far prices it)."""
    api = sandbox.create_account(plan="dental").http
    add_card(api, VISA)
    assert (
        api.post("/v1/subscription/preview-change", json={"plan": "professional"}).json()[
            "projected_overage_cents"
        ]
        == 0
    )  # no calls yet: nothing to project
    call(api, 30 * 60)
    call(api, 10 * 60, call_type="web")
    usage = api.get("/v1/usage").json()
    preview = api.post("/v1/subscription/preview-change", json={"plan": "professional"}).json()
    assert preview["projected_minutes"] == usage["projected_minutes"]
    over = max(0, usage["projected_minutes"] - 100)
    # 30 inbound minutes at $0.11 and 10 web minutes at $0.08: $0.1025 a minute on average.
    expected = (Decimal(over) * (30 * 11 + 10 * 8) / 40).quantize(Decimal(1), ROUND_HALF_UP)
    assert preview["projected_overage_cents"] == int(expected)
    assert over > 0  # a day into the period, 40 minutes project past Professional's 100
    same = api.post("/v1/subscription/preview-change", json={"plan": "real_estate"}).json()
    assert same["projected_overage_cents"] == int(
        (Decimal(max(0, usage["projected_minutes"] - 300)) * 410 / 40).quantize(
            Decimal(1), ROUND_HALF_UP
        )
    )
