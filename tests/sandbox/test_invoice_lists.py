"""A page of invoices reads all their lines, payments and receipts at once (three queries for
the page, not three per invoice): each invoice must still get exactly its own, in order."""

from __future__ import annotations

import sqlite3
import uuid

from smartalex_desktop.sandbox.db import DATABASE_FILE_NAME
from tests.helpers.cards import DECLINED_WHEN_CHARGED, MASTERCARD, add_card
from tests.helpers.periods import advance_to_period_end
from tests.sandbox.test_usage import call


def test_each_invoice_of_a_page_has_exactly_its_own_lines_payments_and_receipt(own_sandbox):
    api = own_sandbox.create_account(plan="professional", tax_rate_bps=825, phone_numbers=2).http
    add_card(api, DECLINED_WHEN_CHARGED)  # the default: every renewal is declined first
    good = add_card(api, MASTERCARD)
    for _ in range(3):
        call(api, 150 * 60)  # card-billed usage: more lines on the renewals
        # A renewal, declined (its retries 3 and 7 days on run before the next one).
        advance_to_period_end(own_sandbox, api)
    open_invoices = api.get("/v1/invoices", params={"status": "open"}).json()["data"]
    paid = api.post(
        f"/v1/invoices/{open_invoices[-1]['id']}/pay",
        json={"payment_method_id": good["id"]},
        headers={"Idempotency-Key": str(uuid.uuid4())},
    )
    assert paid.status_code == 200, paid.text

    page = api.get("/v1/invoices", params={"limit": 100}).json()["data"]
    # Declined once (the last renewal), three times, three times then paid: 1, 3 and 4 payments.
    assert len({len(invoice["payments"]) for invoice in page}) >= 3
    assert any(invoice["receipt"] for invoice in page)
    assert any(invoice["receipt"] is None for invoice in page)
    # Alone, each invoice reads the same as in the page.
    for invoice in page:
        assert api.get(f"/v1/invoices/{invoice['id']}").json() == invoice
    # And that is what the database holds for it: lines by position, payments oldest first.
    database = sqlite3.connect(own_sandbox.data_dir / DATABASE_FILE_NAME)
    try:
        for invoice in page:
            lines = database.execute(
                "SELECT description, amount_cents FROM invoice_lines WHERE invoice_id = ?"
                " ORDER BY position",
                (invoice["id"],),
            ).fetchall()
            payments = database.execute(
                "SELECT id FROM payments WHERE invoice_id = ? ORDER BY seq", (invoice["id"],)
            ).fetchall()
            receipt = database.execute(
                "SELECT number FROM receipts WHERE invoice_id = ?", (invoice["id"],)
            ).fetchone()
            assert [(line["description"], line["amount_cents"]) for line in invoice["lines"]] == [
                tuple(line) for line in lines
            ]
            assert [payment["id"] for payment in invoice["payments"]] == [
                payment_id for (payment_id,) in payments
            ]
            assert (invoice["receipt"] or {}).get("number") == (receipt[0] if receipt else None)
    finally:
        database.close()
