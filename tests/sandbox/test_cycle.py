"""The billing cycle: renewals on the anniversary, card-billed usage, declines and paying,
final invoices and receipts."""

from __future__ import annotations

import email
import uuid
from datetime import datetime, timedelta
from email import policy
from zoneinfo import ZoneInfo

from tests.helpers.cards import DECLINED_WHEN_CHARGED, MASTERCARD, VISA, add_card
from tests.helpers.periods import advance_to_period_end
from tests.sandbox.test_usage import call


def _invoices(api, **filters):
    return api.get("/v1/invoices", params={"limit": 100, **filters}).json()["data"]


def test_a_31st_signup_renews_on_the_last_day_of_shorter_months(own_sandbox):
    zone = ZoneInfo("America/New_York")
    now = own_sandbox.now().astimezone(zone)
    # The most recent 31st before now, at 09:30 New York time.
    month = now.replace(day=1)
    while True:
        month = (month - timedelta(days=1)).replace(day=1)
        last = (month + timedelta(days=32)).replace(day=1) - timedelta(days=1)
        if last.day == 31:
            signup = last.replace(hour=9, minute=30, second=0, microsecond=0)
            break
    api = own_sandbox.create_account(
        plan="professional",
        signup_at=signup.isoformat(),
        timezone="America/New_York",
        phone_numbers=0,
    ).http
    add_card(api, VISA)
    for _ in range(12):  # a year of anniversaries: every length of month, February included
        advance_to_period_end(own_sandbox, api)
    starts = sorted(
        datetime.fromisoformat(invoice["period_start"]).astimezone(zone)
        for invoice in _invoices(api, kind="renewal")
    )
    assert len(starts) == 12
    for start in starts:
        month_end = (start.replace(day=1) + timedelta(days=32)).replace(day=1) - timedelta(days=1)
        assert start.day == min(31, month_end.day), start  # the 31st, or the month's last day
        assert (start.hour, start.minute) == (9, 30)
    assert any(start.month == 2 and start.day in (28, 29) for start in starts)


def test_a_renewal_with_card_billed_usage_phone_numbers_and_tax_is_exact(own_sandbox):
    api = own_sandbox.create_account(plan="professional", tax_rate_bps=825, phone_numbers=3).http
    add_card(api, VISA)
    call(api, 150 * 60)  # 50 overage minutes × $0.11 = $5.50, no wallet → card-billed
    assert api.get("/v1/wallet").json()["accrued_usage_cents"] == 550
    advance_to_period_end(own_sandbox, api)
    [renewal] = _invoices(api, kind="renewal")
    assert [
        (line["kind"], line["quantity"], line["unit_amount_cents"], line["amount_cents"])
        for line in renewal["lines"]
    ] == [
        ("subscription", 1, 14900, 14900),
        ("usage", 1, 550, 550),
        ("phone_number", 3, 200, 600),
        ("tax", 1, 1324, 1324),  # 8.25% of $160.50 = $13.24125
    ]
    assert (renewal["subtotal_cents"], renewal["tax_cents"], renewal["total_cents"]) == (
        16050,
        1324,
        17374,
    )
    assert renewal["status"] == "paid" and renewal["amount_paid_cents"] == 17374
    assert api.get("/v1/wallet").json()["accrued_usage_cents"] == 0
    usage = api.get("/v1/usage").json()
    assert usage["used_minutes"] == 0 and usage["remaining_minutes"] == 100  # allowance reset


def test_card_billed_usage_is_invoiced_as_soon_as_it_reaches_ten_dollars(sandbox):
    api = sandbox.create_account(plan="professional").http
    add_card(api, VISA)
    call(api, 100 * 60)
    call(api, 124 * 60, "web")  # $9.92: not yet
    assert _invoices(api, kind="usage") == []
    assert api.get("/v1/wallet").json()["accrued_usage_cents"] == 992
    call(api, 60, "web")  # $10.00
    [usage_invoice] = _invoices(api, kind="usage")
    assert usage_invoice["total_cents"] == 1000 and usage_invoice["status"] == "paid"
    assert api.get("/v1/wallet").json()["accrued_usage_cents"] == 0


def test_a_declined_renewal_is_retried_then_paid_with_another_card(own_sandbox):
    customer = own_sandbox.create_account(plan="professional", phone_numbers=0)
    api = customer.http
    bad = add_card(api, DECLINED_WHEN_CHARGED)
    good = add_card(api, MASTERCARD)
    assert bad["is_default"]
    advance_to_period_end(own_sandbox, api)  # the renewal, declined; less than a day ago
    [renewal] = _invoices(api, kind="renewal")
    assert renewal["status"] == "open" and len(renewal["payments"]) == 1
    assert renewal["payments"][0]["status"] == "failed"
    first_attempt = datetime.fromisoformat(renewal["payments"][0]["created_at"])
    assert datetime.fromisoformat(renewal["next_payment_attempt"]) == first_attempt + timedelta(
        days=3
    )
    sub = api.get("/v1/subscription").json()
    assert sub["status"] == "past_due"
    call(api, 60)  # service goes on

    own_sandbox.advance_clock(8)  # the retries 3 and 7 days later, both declined
    renewal = api.get(f"/v1/invoices/{renewal['id']}").json()
    attempts = [
        datetime.fromisoformat(p["created_at"]) - first_attempt for p in renewal["payments"]
    ]
    assert attempts == [timedelta(0), timedelta(days=3), timedelta(days=7)]
    assert renewal["next_payment_attempt"] is None and renewal["status"] == "open"

    key = str(uuid.uuid4())
    paid = api.post(
        f"/v1/invoices/{renewal['id']}/pay",
        json={"payment_method_id": good["id"]},
        headers={"Idempotency-Key": key},
    )
    assert paid.status_code == 200, paid.text
    assert paid.json()["status"] == "paid"
    assert paid.json()["payments"][-1]["last4"] == "4444"
    again = api.post(
        f"/v1/invoices/{renewal['id']}/pay",
        json={"payment_method_id": good["id"]},
        headers={"Idempotency-Key": key},
    )
    assert again.json() == paid.json()
    succeeded = [p for p in again.json()["payments"] if p["status"] == "succeeded"]
    assert len(succeeded) == 1
    assert api.get("/v1/subscription").json()["status"] == "active"
    paid_twice = api.post(
        f"/v1/invoices/{renewal['id']}/pay",
        json={"payment_method_id": good["id"]},
        headers={"Idempotency-Key": str(uuid.uuid4())},
    )
    assert paid_twice.status_code == 409


def test_paying_needs_a_key_and_a_declined_card_answers_402(own_sandbox):
    api = own_sandbox.create_account(plan="professional", phone_numbers=0).http
    bad = add_card(api, DECLINED_WHEN_CHARGED)
    advance_to_period_end(own_sandbox, api)
    [renewal] = _invoices(api, kind="renewal")
    no_key = api.post(f"/v1/invoices/{renewal['id']}/pay", json={"payment_method_id": bad["id"]})
    assert no_key.status_code == 400 and no_key.json()["error"]["param"] == "Idempotency-Key"
    declined = api.post(
        f"/v1/invoices/{renewal['id']}/pay",
        json={"payment_method_id": bad["id"]},
        headers={"Idempotency-Key": str(uuid.uuid4())},
    )
    assert declined.status_code == 402
    assert "still open" in declined.json()["error"]["message"]
    assert api.get(f"/v1/invoices/{renewal['id']}").json()["status"] == "open"


def test_cancellation_ends_with_a_final_invoice_keeps_the_wallet_and_refuses_calls(own_sandbox):
    customer = own_sandbox.create_account(plan="professional", phone_numbers=1)
    api = customer.http
    card = add_card(api, VISA)
    api.post(
        "/v1/wallet/top-ups",
        json={"amount_cents": 2000, "payment_method_id": card["id"]},
        headers={"Idempotency-Key": str(uuid.uuid4())},
    )
    call(api, 100 * 60)
    call(api, 250 * 60)  # $27.50 overage: $20.00 from the wallet, $7.50 to the card
    api.post("/v1/subscription/cancel", json={"reason": "too_expensive"})
    advance_to_period_end(own_sandbox, api)
    assert api.get("/v1/subscription").json()["status"] == "canceled"
    assert _invoices(api, kind="renewal") == []
    [final] = _invoices(api, kind="final")
    assert [(line["kind"], line["amount_cents"]) for line in final["lines"]] == [("usage", 750)]
    assert final["status"] == "paid"
    refused = api.post("/v1/sandbox/calls", json={"call_type": "inbound", "seconds": 30})
    assert refused.status_code == 409
    assert api.get("/v1/wallet").json()["balance_cents"] == 0  # kept (here: spent on calls)


def test_a_paid_invoice_has_a_receipt_emailed_as_an_eml(own_sandbox):
    customer = own_sandbox.create_account(plan="dental", phone_numbers=2, tax_rate_bps=825)
    api = customer.http
    add_card(api, VISA)
    advance_to_period_end(own_sandbox, api)
    [renewal] = _invoices(api, kind="renewal")
    receipt = renewal["receipt"]
    assert receipt["emailed_to"] == customer.email and receipt["sent_at"]
    path = own_sandbox.data_dir / "outbox" / customer.account_id / receipt["file_name"]
    message = email.message_from_bytes(path.read_bytes(), policy=policy.default)
    assert message["To"] == customer.email
    assert (
        renewal["number"] in message["Subject"]
        or renewal["number"] in message["X-SmartAlex-Invoice"]
    )
    text = message.get_body(preferencelist=("plain",)).get_content()
    assert renewal["number"] in text
    total = renewal["total_cents"]
    assert f"${total // 100:,}.{total % 100:02d}" in text
    assert "Visa •••• 4242" in text
    downloaded = api.get(f"/v1/invoices/{renewal['id']}/receipt")
    assert downloaded.headers["content-type"].startswith("message/rfc822")
    assert email.message_from_bytes(downloaded.content, policy=policy.default)["To"] == (
        customer.email
    )


def test_a_receipt_is_dated_by_its_payment_on_the_sandbox_clock(own_sandbox):
    """Issue 20, item 3: the receipts of a year of renewals, written within seconds of real
    time, each say the day its renewal was paid (the test clock's), not the day they were
    written."""
    customer = own_sandbox.create_account(plan="dental", phone_numbers=2, tax_rate_bps=825)
    api = customer.http
    add_card(api, VISA)
    advance_to_period_end(own_sandbox, api)
    advance_to_period_end(own_sandbox, api)
    renewals = _invoices(api, kind="renewal")
    assert len(renewals) == 2
    for summary in renewals:
        renewal = api.get(f"/v1/invoices/{summary['id']}").json()
        [payment] = renewal["payments"]
        sent = datetime.fromisoformat(renewal["receipt"]["sent_at"])
        assert sent == datetime.fromisoformat(payment["created_at"])
        assert sent == datetime.fromisoformat(renewal["created_at"])
    days = {datetime.fromisoformat(r["receipt"]["sent_at"]).date() for r in renewals}
    assert len(days) == 2  # a month apart, as paid
