"""Refund requests for top-ups: unused credits within 30 days go back to the card, tax included.

The refund and any usage deduction never race: the eligibility check, the Stripe refund and the
ledger change run inside one `BEGIN IMMEDIATE` transaction, which a deduction cannot interleave
with. A `pending` refund row is committed first, so a crash after Stripe refunded but before the
ledger changed is found at start-up (`reconcile_pending`) and completed from Stripe's record.
Never more than was charged: the refund is the top-up's charge exactly, once (localstripe would
refund any amount, any number of times).
"""

from __future__ import annotations

import logging
import sqlite3
from datetime import datetime

from smartalex_desktop.sandbox import clock, faults, money
from smartalex_desktop.sandbox.db import write_transaction
from smartalex_desktop.sandbox.errors import ApiError, RuleRefused
from smartalex_desktop.sandbox.periods import to_db
from smartalex_desktop.sandbox.security import new_id
from smartalex_desktop.sandbox.services import accounts, invoices, top_ups, wallet
from smartalex_desktop.sandbox.stripe_gateway import PaymentsUnavailable, StripeGateway

log = logging.getLogger(__name__)


def _check_eligible(conn: sqlite3.Connection, top_up: sqlite3.Row, now: datetime) -> None:
    account = accounts.account_row(conn, top_up["account_id"])
    eligibility = top_ups.refund_eligibility(top_up, account["timezone"], now)
    if not eligibility.refundable:
        assert eligibility.reason is not None
        raise RuleRefused(eligibility.reason, code="refund_not_eligible", param="id")


def request_refund(
    conn: sqlite3.Connection,
    gateway: StripeGateway,
    account_id: str,
    top_up_id: str,
    *,
    idempotency_key: str | None = None,
) -> tuple[str, str]:
    """Refund an eligible top-up: (top-up id, credit note id); 409 with the reason if not.

    A retry under the same idempotency key answers the refund it made.
    """
    with write_transaction(conn):
        top_up = top_ups.get(conn, account_id, top_up_id)
        if idempotency_key is not None:
            done = conn.execute(
                "SELECT credit_note_id FROM refunds WHERE account_id = ? AND idempotency_key = ?"
                " AND top_up_id = ? AND status = 'succeeded'",
                (account_id, idempotency_key, top_up_id),
            ).fetchone()
            if done is not None:
                return top_up_id, done["credit_note_id"]
        _check_eligible(conn, top_up, clock.now(conn))
        if conn.execute(
            "SELECT 1 FROM refunds WHERE top_up_id = ? AND status = 'pending'", (top_up_id,)
        ).fetchone():
            raise RuleRefused(
                "A refund of this top-up is already under way; refresh in a moment.",
                code="refund_in_progress",
                param="id",
            )
        refund_id = new_id("re")
        conn.execute(
            "INSERT INTO refunds (id, account_id, top_up_id, amount_cents, status,"
            " idempotency_key, created_at) VALUES (?, ?, ?, ?, 'pending', ?, ?)",
            (
                refund_id,
                account_id,
                top_up_id,
                top_up["amount_cents"] + top_up["tax_cents"],
                idempotency_key,
                to_db(clock.now(conn)),
            ),
        )
    try:
        with write_transaction(conn):
            top_up = top_ups.get(conn, account_id, top_up_id)
            _check_eligible(conn, top_up, clock.now(conn))  # usage may have come in between
            gateway.refund(
                top_up["stripe_payment_intent_id"],
                top_up["amount_cents"] + top_up["tax_cents"],
                idempotency_key=f"refund:{refund_id}",
            )
            faults.point("refund_sent")
            credit_note_id = apply(conn, refund_id, clock.now(conn))
    except ApiError:
        with write_transaction(conn):
            conn.execute(
                "UPDATE refunds SET status = 'failed' WHERE id = ? AND status = 'pending'",
                (refund_id,),
            )
        raise
    return top_up_id, credit_note_id


def apply(conn: sqlite3.Connection, refund_id: str, now: datetime) -> str:
    """The ledger side of a refund Stripe made, in the caller's transaction; the credit note."""
    refund = conn.execute("SELECT * FROM refunds WHERE id = ?", (refund_id,)).fetchone()
    top_up = conn.execute("SELECT * FROM top_ups WHERE id = ?", (refund["top_up_id"],)).fetchone()
    account = accounts.account_row(conn, refund["account_id"])
    original = invoices.get(conn, account["id"], top_up["invoice_id"])
    conn.execute(
        "UPDATE top_ups SET status = 'refunded', remaining_cents = 0 WHERE id = ?", (top_up["id"],)
    )
    credit_note_id = invoices.finalize(
        conn,
        account,
        kind="credit_note",
        lines=[
            invoices.Line(
                kind="refund",
                description=f"Refund of unused wallet credit (invoice {original['number']})",
                quantity=1,
                unit_amount_cents=top_up["amount_cents"],
            )
        ],
        created_at=now,
        related_invoice_id=original["id"],
    )
    conn.execute(
        "UPDATE invoices SET status = 'refunded' WHERE id IN (?, ?)",
        (credit_note_id, original["id"]),
    )
    wallet.append(
        conn,
        account["id"],
        kind="refund",
        status="succeeded",
        amount_cents=-top_up["amount_cents"],
        description=f"Refund of a {money.format_usd(top_up['amount_cents'])} top-up",
        now=now,
        invoice_id=credit_note_id,
        top_up_id=top_up["id"],
    )
    conn.execute(
        "UPDATE refunds SET status = 'succeeded', credit_note_id = ? WHERE id = ?",
        (credit_note_id, refund_id),
    )
    return credit_note_id


def reconcile_pending(conn: sqlite3.Connection, gateway: StripeGateway) -> int:
    """At start-up, complete or drop the refunds a crash left pending, by what Stripe says it
    refunded. If Stripe cannot be reached they stay pending for the next start."""
    settled = 0
    for refund in conn.execute("SELECT * FROM refunds WHERE status = 'pending'").fetchall():
        top_up = conn.execute(
            "SELECT * FROM top_ups WHERE id = ?", (refund["top_up_id"],)
        ).fetchone()
        try:
            state = gateway.payment_intent(top_up["stripe_payment_intent_id"])
        except PaymentsUnavailable:
            log.warning("refund %s stays pending: Stripe unreachable", refund["id"])
            continue
        with write_transaction(conn):
            if state.amount_refunded_cents >= refund["amount_cents"]:
                apply(conn, refund["id"], clock.now(conn))
            else:
                conn.execute("UPDATE refunds SET status = 'failed' WHERE id = ?", (refund["id"],))
        settled += 1
    return settled
