"""Collecting open invoices: automatic attempts on a schedule, and "Pay now" with any card.

An invoice is attempted on the default card when it is finalized, then again 3 and 7 days after
that first attempt while it stays open; a failed automatic attempt makes the subscription
`past_due` (service goes on). The user can pay an open invoice at any time with any of their
cards; once no invoice is open, the subscription is `active` again.

A charge is recorded before money moves — a `pending` payment with its PaymentIntent, confirmed
afterwards — so `reconcile_pending` can settle, from Stripe's record, whatever a crash
interrupted, and a retried "Pay now" (same Idempotency-Key) never charges twice.
"""

from __future__ import annotations

import sqlite3
from datetime import datetime, timedelta

from smartalex_desktop.sandbox import clock, periods
from smartalex_desktop.sandbox.db import write_transaction
from smartalex_desktop.sandbox.errors import RuleRefused
from smartalex_desktop.sandbox.periods import to_db
from smartalex_desktop.sandbox.security import new_id
from smartalex_desktop.sandbox.services import accounts, charging, payment_methods, receipts
from smartalex_desktop.sandbox.stripe_gateway import ChargeOutcome, StripeGateway

RETRY_AFTER_FIRST_ATTEMPT = (timedelta(days=3), timedelta(days=7))


def schedule(conn: sqlite3.Connection, invoice_id: str, when: datetime) -> None:
    """Plan the first automatic attempt of a newly finalized open invoice."""
    conn.execute(
        "UPDATE invoices SET next_attempt_at = ? WHERE id = ? AND status = 'open'",
        (to_db(when), invoice_id),
    )


def has_open_invoices(conn: sqlite3.Connection, account_id: str) -> bool:
    return (
        conn.execute(
            "SELECT 1 FROM invoices WHERE account_id = ? AND status = 'open' LIMIT 1",
            (account_id,),
        ).fetchone()
        is not None
    )


# --- one charge, in recorded steps ----------------------------------------------------------


def charge(
    conn: sqlite3.Connection,
    gateway: StripeGateway,
    invoice_id: str,
    card: sqlite3.Row,
    *,
    idempotency_key: str | None,
    on_session: bool = False,
) -> sqlite3.Row:
    """Charge what an open invoice still owes to `card`; returns the settled payment row.

    With an idempotency key, the payment made under it is continued (answered as it is, or
    resumed if a failed request left it pending). A payment another request left pending is
    resolved first, so two payments of one invoice can never both go through: one waiting for
    the bank's confirmation is cancelled at Stripe (unless it was just confirmed: then it is
    settled as paid, and this one finds the invoice paid). `on_session` (the user pays now):
    a card whose bank asks for confirmation raises `charging.AwaitingAuthentication`.
    """
    with write_transaction(conn):
        earlier = None
        if idempotency_key is not None:
            earlier = conn.execute(
                "SELECT id FROM payments WHERE invoice_id = ? AND idempotency_key = ?",
                (invoice_id, idempotency_key),
            ).fetchone()
        stuck = conn.execute(
            "SELECT id FROM payments WHERE invoice_id = ? AND status = 'pending'", (invoice_id,)
        ).fetchone()
    if earlier is not None:
        return charge_pending(conn, gateway, earlier["id"], on_session=on_session)
    if stuck is not None:
        charge_pending(conn, gateway, stuck["id"])
    with write_transaction(conn):
        invoice = conn.execute("SELECT * FROM invoices WHERE id = ?", (invoice_id,)).fetchone()
        if invoice["status"] != "open":
            raise RuleRefused(
                f"Invoice {invoice['number']} is {invoice['status']}, not open; there is "
                "nothing to pay.",
                code="invoice_not_open",
                param="id",
            )
        payment_id = new_id("py")
        conn.execute(
            "INSERT INTO payments (id, invoice_id, payment_method_id, brand, last4,"
            " stripe_payment_method_id, amount_cents, status, idempotency_key, created_at)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, 'pending', ?, ?)",
            (
                payment_id,
                invoice_id,
                card["id"],
                card["brand"],
                card["last4"],
                card["stripe_payment_method_id"],
                invoice["total_cents"] - invoice["amount_paid_cents"],
                idempotency_key,
                to_db(clock.now(conn)),
            ),
        )
    return charge_pending(conn, gateway, payment_id, on_session=on_session)


def charge_pending(
    conn: sqlite3.Connection, gateway: StripeGateway, payment_id: str, *, on_session: bool = False
) -> sqlite3.Row:
    """Create, confirm and settle a pending payment — or the rest of that, for one a failed
    request left half-way."""
    payment = conn.execute("SELECT * FROM payments WHERE id = ?", (payment_id,)).fetchone()

    def create_intent() -> str:
        invoice = conn.execute(
            "SELECT * FROM invoices WHERE id = ?", (payment["invoice_id"],)
        ).fetchone()
        account = accounts.account_row(conn, invoice["account_id"])
        return gateway.create_payment_intent(
            customer_id=account["stripe_customer_id"],
            payment_method_id=payment["stripe_payment_method_id"],
            amount_cents=payment["amount_cents"],
            description=f"SmartAlex invoice {invoice['number']}",
            idempotency_key=f"{payment_id}:create",
            metadata={"smartalex_account": account["id"], "smartalex_payment": payment_id},
        )

    charging.run(conn, gateway, RECORDS, payment_id, create_intent, on_session=on_session)
    return conn.execute("SELECT * FROM payments WHERE id = ?", (payment_id,)).fetchone()


def settle(
    conn: sqlite3.Connection, payment_id: str, outcome: ChargeOutcome, now: datetime
) -> None:
    """Record a charge's outcome in the caller's transaction: paid invoice, receipt, status."""
    payment = conn.execute("SELECT * FROM payments WHERE id = ?", (payment_id,)).fetchone()
    if payment["status"] != "pending":
        return
    if not outcome.succeeded:
        conn.execute(
            "UPDATE payments SET status = 'failed', failure_code = ?, failure_message = ?"
            " WHERE id = ?",
            (outcome.decline_code, outcome.message, payment_id),
        )
        return
    conn.execute("UPDATE payments SET status = 'succeeded' WHERE id = ?", (payment_id,))
    conn.execute(
        "UPDATE invoices SET status = 'paid', amount_paid_cents = amount_paid_cents + ?,"
        " next_attempt_at = NULL WHERE id = ?",
        (payment["amount_cents"], payment["invoice_id"]),
    )
    invoice = conn.execute(
        "SELECT * FROM invoices WHERE id = ?", (payment["invoice_id"],)
    ).fetchone()
    receipts.queue(conn, invoice, now)
    if not has_open_invoices(conn, invoice["account_id"]):
        conn.execute(
            "UPDATE subscriptions SET status = 'active' WHERE account_id = ?"
            " AND status = 'past_due'",
            (invoice["account_id"],),
        )


# --- automatic attempts -------------------------------------------------------------------


def attempt(
    conn: sqlite3.Connection, gateway: StripeGateway, invoice_id: str, now: datetime
) -> bool:
    """One scheduled attempt on the default card; plans the next one. True when paid."""
    with write_transaction(conn):
        invoice = conn.execute("SELECT * FROM invoices WHERE id = ?", (invoice_id,)).fetchone()
        if invoice["status"] != "open":
            conn.execute("UPDATE invoices SET next_attempt_at = NULL WHERE id = ?", (invoice_id,))
            return invoice["status"] == "paid"
        first = periods.from_db(invoice["first_attempt_at"]) if invoice["first_attempt_at"] else now
        count = invoice["attempt_count"] + 1
        retry = (
            first + RETRY_AFTER_FIRST_ATTEMPT[count - 1]
            if count <= len(RETRY_AFTER_FIRST_ATTEMPT)
            else None
        )
        conn.execute(
            "UPDATE invoices SET first_attempt_at = ?, attempt_count = ?, next_attempt_at = ?"
            " WHERE id = ?",
            (to_db(first), count, to_db(retry) if retry else None, invoice_id),
        )
        account = accounts.account_row(conn, invoice["account_id"])
        card = payment_methods.default_card(conn, account)
    paid = False
    if card is not None:
        payment = charge(conn, gateway, invoice_id, card, idempotency_key=None)
        paid = payment["status"] == "succeeded"
    if not paid:
        with write_transaction(conn):
            conn.execute(
                "UPDATE subscriptions SET status = 'past_due' WHERE account_id = ?"
                " AND status = 'active'",
                (invoice["account_id"],),
            )
    return paid


def due_invoice(conn: sqlite3.Connection, until: datetime) -> sqlite3.Row | None:
    """The open invoice whose automatic attempt is due first, up to `until`."""
    return conn.execute(
        "SELECT id, next_attempt_at FROM invoices WHERE next_attempt_at IS NOT NULL"
        " AND next_attempt_at <= ? AND status = 'open' ORDER BY next_attempt_at, seq LIMIT 1",
        (to_db(until),),
    ).fetchone()


def run_due(conn: sqlite3.Connection, gateway: StripeGateway) -> None:
    """Attempt every invoice due by the clock's now (after a call finalized a usage invoice)."""
    while (due := due_invoice(conn, clock.now(conn))) is not None:
        attempt(conn, gateway, due["id"], clock.now(conn))


RECORDS = charging.ChargeRecords(table="payments", crash_prefix="payment", settle=settle)


def reconcile_pending(conn: sqlite3.Connection, gateway: StripeGateway) -> int:
    """At start-up, settle the payments a crash left pending (see `charging.reconcile`)."""
    return charging.reconcile(conn, gateway, RECORDS)
