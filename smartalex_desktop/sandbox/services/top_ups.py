"""Wallet top-ups: a Stripe charge of the amount plus tax, credited only when it succeeded.

Money moves in steps that each leave a record, so a crash at any point can be reconciled and
never charges twice or credits without a charge:

1. a `pending` top-up row is committed (with the client's idempotency key: one top-up per key);
2. an unconfirmed PaymentIntent is created and its id stored — nothing is charged yet;
3. the PaymentIntent is confirmed (the charge);
4. the outcome is settled in one transaction: the credit lot, the ledger entry, the `top_up`
   invoice and its payment — or the failure, recorded as a failed transaction.

`reconcile_pending` runs at start-up: a pending top-up without a PaymentIntent was never charged;
one with a PaymentIntent is settled by asking Stripe what became of it.
"""

from __future__ import annotations

import logging
import sqlite3
from dataclasses import dataclass
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

from smartalex_desktop.sandbox import clock, money, periods
from smartalex_desktop.sandbox.config import (
    REFUND_WINDOW_DAYS,
)
from smartalex_desktop.sandbox.db import write_transaction
from smartalex_desktop.sandbox.errors import InvalidRequest, NotFound
from smartalex_desktop.sandbox.periods import to_db
from smartalex_desktop.sandbox.schemas import TopUp
from smartalex_desktop.sandbox.security import new_id
from smartalex_desktop.sandbox.services import (
    accounts,
    auto_top_up,
    charging,
    invoices,
    payment_methods,
    wallet,
)
from smartalex_desktop.sandbox.services.limits import check_amount
from smartalex_desktop.sandbox.stripe_gateway import (
    ChargeOutcome,
    PaymentsUnavailable,
    StripeGateway,
)

log = logging.getLogger(__name__)


def get(conn: sqlite3.Connection, account_id: str, top_up_id: str) -> sqlite3.Row:
    found = conn.execute(
        "SELECT * FROM top_ups WHERE id = ? AND account_id = ?", (top_up_id, account_id)
    ).fetchone()
    if found is None:
        raise NotFound(
            f"There is no top-up {top_up_id} on this account.", code="top_up_not_found", param="id"
        )
    return found


@dataclass(frozen=True)
class RefundEligibility:
    refundable: bool
    reason: str | None
    deadline: datetime | None


def refund_deadline(top_up: sqlite3.Row, timezone: str) -> datetime:
    """The end of the 30th day after the top-up's day, in the account's timezone."""
    zone = ZoneInfo(timezone)
    local_day = periods.from_db(top_up["created_at"]).astimezone(zone).date()
    last_day = local_day + timedelta(days=REFUND_WINDOW_DAYS + 1)
    return datetime.combine(last_day, datetime.min.time(), zone).astimezone(ZoneInfo("UTC"))


def refund_eligibility(top_up: sqlite3.Row, timezone: str, now: datetime) -> RefundEligibility:
    """Wallet credits can be refunded within 30 days (account timezone) if none was used."""
    if top_up["status"] == "refunded":
        return RefundEligibility(False, "This top-up has already been refunded.", None)
    if top_up["status"] != "succeeded":
        return RefundEligibility(False, "Only a top-up that was charged can be refunded.", None)
    deadline = refund_deadline(top_up, timezone)
    if now >= deadline:
        return RefundEligibility(
            False,
            f"Credits can be refunded within {REFUND_WINDOW_DAYS} days of the top-up; "
            "this one is older.",
            deadline,
        )
    if top_up["remaining_cents"] < top_up["amount_cents"]:
        used = top_up["amount_cents"] - top_up["remaining_cents"]
        return RefundEligibility(
            False,
            f"{money.format_usd(used)} of these credits has already paid for calls; only "
            "unused top-ups can be refunded.",
            deadline,
        )
    return RefundEligibility(True, None, deadline)


def to_schema(top_up: sqlite3.Row, timezone: str, now: datetime) -> TopUp:
    eligibility = refund_eligibility(top_up, timezone, now)
    return TopUp(
        id=top_up["id"],
        amount_cents=top_up["amount_cents"],
        tax_cents=top_up["tax_cents"],
        charged_cents=top_up["amount_cents"] + top_up["tax_cents"],
        remaining_cents=top_up["remaining_cents"],
        status=top_up["status"],
        automatic=bool(top_up["automatic"]),
        invoice_id=top_up["invoice_id"],
        transaction_id=top_up["transaction_id"],
        payment_method_id=top_up["payment_method_id"],
        brand=top_up["brand"],
        last4=top_up["last4"],
        failure_code=top_up["failure_code"],
        failure_message=top_up["failure_message"],
        created_at=periods.from_db(top_up["created_at"]),
        refundable=eligibility.refundable,
        refund_deadline=eligibility.deadline,
        refund_refusal=eligibility.reason,
    )


# --- charging -----------------------------------------------------------------------------


def _insert_pending(
    conn: sqlite3.Connection,
    account: sqlite3.Row,
    card: sqlite3.Row,
    amount_cents: int,
    *,
    automatic: bool,
    idempotency_key: str | None,
    now: datetime,
) -> str:
    top_up_id = new_id("tu")
    conn.execute(
        "INSERT INTO top_ups (id, account_id, automatic, amount_cents, tax_cents, status,"
        " payment_method_id, brand, last4, stripe_payment_method_id, idempotency_key,"
        " created_at) VALUES (?, ?, ?, ?, ?, 'pending', ?, ?, ?, ?, ?, ?)",
        (
            top_up_id,
            account["id"],
            int(automatic),
            amount_cents,
            money.tax_cents(amount_cents, account["tax_rate_bps"]),
            card["id"],
            card["brand"],
            card["last4"],
            card["stripe_payment_method_id"],
            idempotency_key,
            to_db(now),
        ),
    )
    return top_up_id


def top_up(
    conn: sqlite3.Connection,
    gateway: StripeGateway,
    account_id: str,
    *,
    amount_cents: int,
    payment_method_id: str | None,
    automatic: bool,
    idempotency_key: str | None,
) -> sqlite3.Row:
    """Charge and credit one top-up through steps 1–4; returns the settled top-up row.

    A second call with the same idempotency key continues the first top-up — answered as it is
    if settled, resumed if a failed request left it pending — never a second charge. A top-up
    by hand whose card asks for the bank's confirmation raises
    `charging.AwaitingAuthentication` (it stays pending); an automatic one fails instead.
    """
    with write_transaction(conn):
        earlier = None
        if idempotency_key is not None:
            earlier = conn.execute(
                "SELECT id FROM top_ups WHERE account_id = ? AND idempotency_key = ?",
                (account_id, idempotency_key),
            ).fetchone()
        if earlier is not None:
            top_up_id = earlier["id"]
        else:
            top_up_id = _start(
                conn,
                account_id,
                amount_cents,
                payment_method_id,
                automatic=automatic,
                idempotency_key=idempotency_key,
            )
    return charge_pending(conn, gateway, top_up_id, on_session=not automatic)


def _start(
    conn: sqlite3.Connection,
    account_id: str,
    amount_cents: int,
    payment_method_id: str | None,
    *,
    automatic: bool,
    idempotency_key: str | None,
) -> str:
    """Step 1, in the caller's transaction: check the request and write the pending top-up."""
    check_amount(amount_cents)
    account = accounts.account_row(conn, account_id)
    if payment_method_id is None:
        card = payment_methods.default_card(conn, account)
        if card is None:
            raise InvalidRequest(
                "There is no card on file to charge; add a card first.",
                code="payment_method_required",
                param="payment_method_id",
            )
    else:
        card = payment_methods.get(conn, account_id, payment_method_id)
    return _insert_pending(
        conn,
        account,
        card,
        amount_cents,
        automatic=automatic,
        idempotency_key=idempotency_key,
        now=clock.now(conn),
    )


def charge_pending(
    conn: sqlite3.Connection, gateway: StripeGateway, top_up_id: str, *, on_session: bool = False
) -> sqlite3.Row:
    """Steps 2–4 for a committed pending top-up (or the rest of them, for one a failed request
    left half-way)."""
    pending = conn.execute("SELECT * FROM top_ups WHERE id = ?", (top_up_id,)).fetchone()

    def create_intent() -> str:
        account = accounts.account_row(conn, pending["account_id"])
        return gateway.create_payment_intent(
            customer_id=account["stripe_customer_id"],
            payment_method_id=pending["stripe_payment_method_id"],
            amount_cents=pending["amount_cents"] + pending["tax_cents"],
            description=f"SmartAlex wallet credit {money.format_usd(pending['amount_cents'])}",
            idempotency_key=f"{top_up_id}:create",
            metadata={"smartalex_account": account["id"], "smartalex_top_up": top_up_id},
        )

    charging.run(conn, gateway, RECORDS, top_up_id, create_intent, on_session=on_session)
    return conn.execute("SELECT * FROM top_ups WHERE id = ?", (top_up_id,)).fetchone()


def settle(conn: sqlite3.Connection, top_up_id: str, outcome: ChargeOutcome, now: datetime) -> None:
    """Step 4, in the caller's transaction: credit a succeeded charge, record a failed one."""
    pending = conn.execute("SELECT * FROM top_ups WHERE id = ?", (top_up_id,)).fetchone()
    if pending["status"] != "pending":
        return  # settled already (reconciliation and a late request can meet here)
    account = accounts.account_row(conn, pending["account_id"])
    kind = "auto_top_up" if pending["automatic"] else "top_up"
    label = "Automatic top-up" if pending["automatic"] else "Top-up"
    card = {
        "id": pending["payment_method_id"],
        "brand": pending["brand"],
        "last4": pending["last4"],
    }
    if not outcome.succeeded:
        conn.execute(
            "UPDATE top_ups SET status = 'failed', failure_code = ?, failure_message = ?"
            " WHERE id = ?",
            (outcome.decline_code, outcome.message, top_up_id),
        )
        transaction_id = wallet.append(
            conn,
            account["id"],
            kind=kind,
            status="failed",
            amount_cents=0,
            description=f"{label} of {money.format_usd(pending['amount_cents'])} declined",
            now=now,
            top_up_id=top_up_id,
            failure_message=outcome.message,
        )
        conn.execute(
            "UPDATE top_ups SET transaction_id = ? WHERE id = ?", (transaction_id, top_up_id)
        )
        if pending["automatic"]:
            auto_top_up.record_decline(
                conn, account["id"], f"{payment_methods.label(pending)}: {outcome.message}"
            )
        return
    invoice_id = invoices.finalize(
        conn,
        account,
        kind="top_up",
        lines=[
            invoices.Line(
                kind="wallet_top_up",
                description=f"{label}: wallet credit",
                quantity=1,
                unit_amount_cents=pending["amount_cents"],
            )
        ],
        created_at=now,
    )
    invoices.record_payment(
        conn, invoice_id, card, pending["amount_cents"] + pending["tax_cents"], outcome, now
    )
    conn.execute(
        "UPDATE top_ups SET status = 'succeeded', remaining_cents = amount_cents,"
        " invoice_id = ? WHERE id = ?",
        (invoice_id, top_up_id),
    )
    transaction_id = wallet.append(
        conn,
        account["id"],
        kind=kind,
        status="succeeded",
        amount_cents=pending["amount_cents"],
        description=f"{label} of {money.format_usd(pending['amount_cents'])}",
        now=now,
        invoice_id=invoice_id,
        top_up_id=top_up_id,
    )
    conn.execute("UPDATE top_ups SET transaction_id = ? WHERE id = ?", (transaction_id, top_up_id))
    if pending["automatic"]:
        conn.execute(
            "UPDATE wallets SET auto_top_up_consecutive_declines = 0 WHERE account_id = ?",
            (account["id"],),
        )


RECORDS = charging.ChargeRecords(table="top_ups", crash_prefix="top_up", settle=settle)


def reconcile_pending(conn: sqlite3.Connection, gateway: StripeGateway) -> int:
    """At start-up, settle the top-ups a crash left pending (see `charging.reconcile`)."""
    return charging.reconcile(conn, gateway, RECORDS)


def run_automatic(
    conn: sqlite3.Connection, gateway: StripeGateway, trigger: auto_top_up.Trigger | None
) -> None:
    """Charge and credit the automatic top-up that `auto_top_up.after_deduction` decided on
    (before the triggering request is answered). It lives here, not in auto_top_up.py: the
    rules (when to fire, counting declines) depend on nothing, and charging depends on them."""
    if trigger is None:
        return
    try:
        top_up(
            conn,
            gateway,
            trigger.account_id,
            amount_cents=trigger.amount_cents,
            payment_method_id=trigger.payment_method_id,
            automatic=True,
            idempotency_key=None,
        )
    except PaymentsUnavailable:
        # Stripe is unreachable: nothing was charged. Re-arm so the next deduction tries again.
        log.warning("automatic top-up for %s postponed: Stripe unreachable", trigger.account_id)
        with write_transaction(conn):
            conn.execute(
                "UPDATE wallets SET auto_top_up_armed = 1 WHERE account_id = ?",
                (trigger.account_id,),
            )
