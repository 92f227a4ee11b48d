"""Moving the test clock, and everything that falls due on the way, in time order.

Each due event runs in its own transaction at its own moment (the clock is set to it first), so
advancing 400 days runs thirteen renewals of each account in the order a real year would.
Events: a period ending — a subscription set to cancel becomes `canceled`; any other renews.
"""

from __future__ import annotations

import sqlite3
from datetime import datetime, timedelta

from smartalex_desktop.sandbox import clock, periods
from smartalex_desktop.sandbox.config import PHONE_NUMBER_MONTHLY_CENTS
from smartalex_desktop.sandbox.db import write_transaction
from smartalex_desktop.sandbox.periods import to_db
from smartalex_desktop.sandbox.security import new_id
from smartalex_desktop.sandbox.services import accounts, invoices, payment_methods, subscriptions
from smartalex_desktop.sandbox.stripe_gateway import ChargeOutcome, StripeGateway


def advance_clock(conn: sqlite3.Connection, gateway: StripeGateway, days: int) -> datetime:
    target = clock.now(conn) + timedelta(days=days)
    return advance_clock_to(conn, gateway, target)


def advance_clock_to(
    conn: sqlite3.Connection, gateway: StripeGateway, target: datetime
) -> datetime:
    """Run every due event up to `target` in order, then leave the clock at `target`."""
    while True:
        with write_transaction(conn):
            due = conn.execute(
                "SELECT * FROM subscriptions WHERE status != 'canceled'"
                " AND current_period_end <= ? ORDER BY current_period_end, account_id LIMIT 1",
                (to_db(target),),
            ).fetchone()
            if due is None:
                if target > clock.now(conn):
                    clock.set_now(conn, target)
                return clock.now(conn)
            moment = periods.from_db(due["current_period_end"])
            if moment > clock.now(conn):
                clock.set_now(conn, moment)
            end_period(conn, gateway, due, moment)


def end_period(
    conn: sqlite3.Connection, gateway: StripeGateway, sub: sqlite3.Row, moment: datetime
) -> None:
    account = accounts.account_row(conn, sub["account_id"])
    if sub["cancel_at_period_end"]:
        conn.execute(
            "UPDATE subscriptions SET status = 'canceled', canceled_at = ?,"
            " cancel_at_period_end = 0 WHERE account_id = ?",
            (to_db(moment), account["id"]),
        )
        return
    renew(conn, gateway, account, sub, moment)


def renew(
    conn: sqlite3.Connection,
    gateway: StripeGateway,
    account: sqlite3.Row,
    sub: sqlite3.Row,
    moment: datetime,
) -> str:
    """Open the next period (on the scheduled plan, if any) and charge its invoice."""
    index = sub["period_index"] + 1
    start_at, end_at = periods.period_bounds(
        periods.from_db(sub["billing_anchor"]), account["timezone"], index
    )
    plan = subscriptions.plan_row(conn, sub["scheduled_plan_id"] or sub["plan_id"])
    lines = [
        invoices.Line(
            kind="subscription",
            description=f"SmartAlex {plan['name']} plan, monthly",
            quantity=1,
            unit_amount_cents=plan["price_cents"],
        )
    ]
    if account["phone_numbers"]:
        lines.append(
            invoices.Line(
                kind="phone_number",
                description="Phone number, monthly",
                quantity=account["phone_numbers"],
                unit_amount_cents=PHONE_NUMBER_MONTHLY_CENTS,
            )
        )
    invoice_id = invoices.finalize(
        conn, account, kind="renewal", lines=lines, created_at=moment, period=(start_at, end_at)
    )
    paid = collect(conn, gateway, account, invoice_id, moment)
    conn.execute(
        "UPDATE subscriptions SET plan_id = ?, scheduled_plan_id = NULL, period_index = ?,"
        " current_period_start = ?, current_period_end = ?, status = ? WHERE account_id = ?",
        (
            plan["id"],
            index,
            to_db(start_at),
            to_db(end_at),
            "active" if paid else "past_due",
            account["id"],
        ),
    )
    return invoice_id


def collect(
    conn: sqlite3.Connection,
    gateway: StripeGateway,
    account: sqlite3.Row,
    invoice_id: str,
    moment: datetime,
) -> bool:
    """Charge an open invoice to the default card; True when it is paid."""
    invoice = invoices.get(conn, account["id"], invoice_id)
    amount = invoice["total_cents"] - invoice["amount_paid_cents"]
    if invoice["status"] == "paid" or amount <= 0:
        return True
    card = payment_methods.default_card(conn, account)
    if card is None:
        return False
    outcome: ChargeOutcome = invoices.charge_card(
        gateway,
        account,
        card,
        amount_cents=amount,
        description=f"SmartAlex invoice {invoice['number']}",
        idempotency_key=f"collect:{invoice_id}:{new_id('attempt')}",
    )
    invoices.record_payment(conn, invoice_id, card, amount, outcome, moment)
    return outcome.succeeded
