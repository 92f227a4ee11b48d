"""A charge recorded before money moves, and confirmed, resumed or reconciled from Stripe.

Top-ups and invoice payments both keep a `pending` row (in `top_ups` or `payments`) with the id
of an unconfirmed PaymentIntent before confirming it. This module runs those steps, resumes a
row a failed request left half-way (asking Stripe first, so a retry never charges twice), and at
start-up settles what a crash interrupted.
"""

from __future__ import annotations

import logging
import sqlite3
from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import datetime
from typing import Literal

from smartalex_desktop.sandbox import clock, faults
from smartalex_desktop.sandbox.db import write_transaction
from smartalex_desktop.sandbox.stripe_gateway import (
    OFF_SESSION_AUTHENTICATION,
    ChargeOutcome,
    PaymentsUnavailable,
    StripeGateway,
    final_outcome,
)

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class ChargeRecords:
    """Where one kind of charge is recorded, and how its outcome is settled there."""

    table: Literal["top_ups", "payments"]
    crash_prefix: str  # the faults.point names: <prefix>_intent_created, <prefix>_charged
    settle: Callable[[sqlite3.Connection, str, ChargeOutcome, datetime], None]


class AwaitingAuthentication(Exception):
    """The charge waits for the cardholder's bank (3-D Secure): its row stays `pending` with a
    PaymentIntent in `requires_action`. Raised only for on-session charges; the caller opens (or
    finds) the payment authentication the user completes in the browser."""

    def __init__(self, table: str, row_id: str, payment_intent_id: str) -> None:
        super().__init__(row_id)
        self.table = table
        self.row_id = row_id
        self.payment_intent_id = payment_intent_id


AUTHENTICATION_NOT_COMPLETED = (
    "The payment was not confirmed with your bank, so nothing was charged. Try again when you "
    "can complete your bank's check, or use another card."
)


def abandon(gateway: StripeGateway, intent_id: str, *, off_session: bool) -> ChargeOutcome | None:
    """Cancel a PaymentIntent waiting for the bank's confirmation that nobody will complete now
    (an off-session charge, an expired or cancelled authentication, a newer payment of the same
    invoice). If the cardholder confirmed it a moment before, the cancel loses and the outcome
    says it succeeded: the money is then settled, never dropped. None: still processing."""
    outcome = gateway.cancel_payment_intent(intent_id)
    if outcome is None or outcome.succeeded:
        return outcome
    if outcome.decline_code == "authentication_failed":
        return outcome  # the bank refused it: say so
    return replace(
        outcome,
        decline_code="authentication_required" if off_session else "authentication_not_completed",
        message=OFF_SESSION_AUTHENTICATION if off_session else AUTHENTICATION_NOT_COMPLETED,
    )


def run(
    conn: sqlite3.Connection,
    gateway: StripeGateway,
    records: ChargeRecords,
    row_id: str,
    create_intent: Callable[[], str],
    *,
    on_session: bool = False,
) -> None:
    """Create (if not yet), confirm (if not yet) and settle the pending charge `row_id`.

    A charge the bank wants confirmed (`requires_action`) raises `AwaitingAuthentication` when
    the user is there to confirm it (`on_session`), and is otherwise cancelled and settled as
    failed: an off-session charge cannot be confirmed by anyone, and leaving it open would let
    it be charged long after the request that made it."""
    row = conn.execute(
        f"SELECT status, stripe_payment_intent_id FROM {records.table} WHERE id = ?", (row_id,)
    ).fetchone()
    if row["status"] != "pending":
        return
    intent_id = row["stripe_payment_intent_id"]
    outcome: ChargeOutcome | None = None
    if intent_id is None:
        intent_id = create_intent()
        faults.point(f"{records.crash_prefix}_intent_created")
        with write_transaction(conn):
            conn.execute(
                f"UPDATE {records.table} SET stripe_payment_intent_id = ? WHERE id = ?",
                (intent_id, row_id),
            )
    else:
        state = gateway.payment_intent(intent_id)
        if state.status == "requires_action":
            if on_session:
                raise AwaitingAuthentication(records.table, row_id, intent_id)
            outcome = abandon(gateway, intent_id, off_session=False)
            if outcome is None:
                return  # still processing at Stripe: stays pending for a later retry
        else:
            outcome = final_outcome(state)
    if outcome is None:
        outcome = gateway.confirm_payment_intent(
            intent_id, f"{row_id}:confirm", off_session=not on_session
        )
        faults.point(f"{records.crash_prefix}_charged")
        if outcome.requires_action:
            if on_session:
                raise AwaitingAuthentication(records.table, row_id, intent_id)
            outcome = abandon(gateway, intent_id, off_session=True)
            if outcome is None:
                return
    with write_transaction(conn):
        records.settle(conn, row_id, outcome, clock.now(conn))


def reconcile(conn: sqlite3.Connection, gateway: StripeGateway, records: ChargeRecords) -> int:
    """At start-up, settle the charges a crash left pending, from Stripe's record; returns how
    many. If Stripe cannot be reached they stay pending, for the next start or a retry."""
    settled = 0
    for row in conn.execute(
        f"SELECT id, stripe_payment_intent_id FROM {records.table} WHERE status = 'pending'"
    ).fetchall():
        try:
            outcome = gateway.interrupted_outcome(row["stripe_payment_intent_id"])
        except PaymentsUnavailable:
            log.warning("%s %s stays pending: Stripe unreachable", records.table, row["id"])
            continue
        if outcome is None:
            continue  # still processing at Stripe
        with write_transaction(conn):
            records.settle(conn, row["id"], outcome, clock.now(conn))
        settled += 1
    return settled
