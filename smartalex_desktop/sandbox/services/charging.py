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
from dataclasses import dataclass
from datetime import datetime
from typing import Literal

from smartalex_desktop.sandbox import clock, faults
from smartalex_desktop.sandbox.db import write_transaction
from smartalex_desktop.sandbox.stripe_gateway import (
    ChargeOutcome,
    PaymentsUnavailable,
    StripeGateway,
)

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class ChargeRecords:
    """Where one kind of charge is recorded, and how its outcome is settled there."""

    table: Literal["top_ups", "payments"]
    crash_prefix: str  # the faults.point names: <prefix>_intent_created, <prefix>_charged
    settle: Callable[[sqlite3.Connection, str, ChargeOutcome, datetime], None]


def run(
    conn: sqlite3.Connection,
    gateway: StripeGateway,
    records: ChargeRecords,
    row_id: str,
    create_intent: Callable[[], str],
) -> None:
    """Create (if not yet), confirm (if not yet) and settle the pending charge `row_id`."""
    row = conn.execute(
        f"SELECT status, stripe_payment_intent_id FROM {records.table} WHERE id = ?", (row_id,)
    ).fetchone()
    if row["status"] != "pending":
        return
    intent_id = row["stripe_payment_intent_id"]
    outcome = gateway.outcome_of(intent_id) if intent_id is not None else None
    if intent_id is None:
        intent_id = create_intent()
        faults.point(f"{records.crash_prefix}_intent_created")
        with write_transaction(conn):
            conn.execute(
                f"UPDATE {records.table} SET stripe_payment_intent_id = ? WHERE id = ?",
                (intent_id, row_id),
            )
    if outcome is None:
        outcome = gateway.confirm_payment_intent(intent_id, f"{row_id}:confirm")
        faults.point(f"{records.crash_prefix}_charged")
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
