"""Moving the test clock, and everything that falls due on the way, in time order.

Each due event runs at its own moment (the clock is set to it first), so advancing 400 days runs
thirteen renewals of each account, and the collection attempts and retries of their invoices,
in the order a real year would. A period ending: a subscription set to cancel becomes `canceled`
(with a `final` invoice for card-billed usage not yet invoiced); any other renews. Card-billed
usage reaching $10.00 is invoiced at once (`invoice_card_billed_usage`, from the call).
"""

from __future__ import annotations

import sqlite3
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

from smartalex_desktop.sandbox import clock, periods
from smartalex_desktop.sandbox.db import write_transaction
from smartalex_desktop.sandbox.periods import to_db
from smartalex_desktop.sandbox.services import (
    accounts,
    collection,
    invoices,
    subscriptions,
    wallet,
)
from smartalex_desktop.sandbox.stripe_gateway import StripeGateway


def advance_clock(conn: sqlite3.Connection, gateway: StripeGateway, days: int) -> datetime:
    target = clock.now(conn) + timedelta(days=days)
    return advance_clock_to(conn, gateway, target)


def advance_clock_to(
    conn: sqlite3.Connection, gateway: StripeGateway, target: datetime
) -> datetime:
    """Run every due event up to `target` in time order, then leave the clock at `target`.

    Events: a period ending (renewal or cancellation taking effect), and a scheduled attempt to
    collect an open invoice.
    """
    while True:
        period_end = conn.execute(
            "SELECT account_id, current_period_end FROM subscriptions WHERE status != 'canceled'"
            " AND current_period_end <= ? ORDER BY current_period_end, account_id LIMIT 1",
            (to_db(target),),
        ).fetchone()
        attempt = collection.due_invoice(conn, target)
        if period_end is None and attempt is None:
            break
        if attempt is None or (
            period_end is not None
            and period_end["current_period_end"] <= attempt["next_attempt_at"]
        ):
            assert period_end is not None
            moment = periods.from_db(period_end["current_period_end"])
            with write_transaction(conn):
                _move_clock(conn, moment)
                end_period(conn, subscriptions.row(conn, period_end["account_id"]), moment)
        else:
            moment = periods.from_db(attempt["next_attempt_at"])
            with write_transaction(conn):
                _move_clock(conn, moment)
            collection.attempt(conn, gateway, attempt["id"], moment)
    with write_transaction(conn):
        _move_clock(conn, target)
    return clock.now(conn)


def _move_clock(conn: sqlite3.Connection, moment: datetime) -> None:
    if moment > clock.now(conn):
        clock.set_now(conn, moment)


def _card_billed_usage_line(
    conn: sqlite3.Connection, account: sqlite3.Row, sub: sqlite3.Row
) -> invoices.Line | None:
    """Move the accrued card-billed usage onto an invoice line (the wallet's accrual → 0)."""
    accrued = wallet.row(conn, account["id"])["accrued_usage_cents"]
    if accrued <= 0:
        return None
    conn.execute(
        "UPDATE wallets SET accrued_usage_cents = 0 WHERE account_id = ?", (account["id"],)
    )
    zone = ZoneInfo(account["timezone"])
    start = periods.from_db(sub["current_period_start"]).astimezone(zone)
    end = periods.from_db(sub["current_period_end"]).astimezone(zone)
    return invoices.Line(
        kind="usage",
        description=f"Calls beyond the included minutes not paid from the wallet"
        f" ({start:%d %b} – {end:%d %b %Y})",
        quantity=1,
        unit_amount_cents=accrued,
    )


def invoice_card_billed_usage(
    conn: sqlite3.Connection, account: sqlite3.Row, sub: sqlite3.Row, now: datetime
) -> str | None:
    """A `usage` invoice for the accrued card-billed usage, due now; None if nothing accrued."""
    line = _card_billed_usage_line(conn, account, sub)
    if line is None:
        return None
    invoice_id = invoices.finalize(conn, account, kind="usage", lines=[line], created_at=now)
    collection.schedule(conn, invoice_id, now)
    return invoice_id


def end_period(conn: sqlite3.Connection, sub: sqlite3.Row, moment: datetime) -> None:
    """A period ends: a cancelled subscription ends (with its final invoice), any other renews."""
    account = accounts.account_row(conn, sub["account_id"])
    if sub["cancel_at_period_end"]:
        line = _card_billed_usage_line(conn, account, sub)
        if line is not None:
            invoice_id = invoices.finalize(
                conn, account, kind="final", lines=[line], created_at=moment
            )
            collection.schedule(conn, invoice_id, moment)
        conn.execute(
            "UPDATE subscriptions SET status = 'canceled', canceled_at = ?,"
            " cancel_at_period_end = 0 WHERE account_id = ?",
            (to_db(moment), account["id"]),
        )
        return
    renew(conn, account, sub, moment)


def renew(
    conn: sqlite3.Connection, account: sqlite3.Row, sub: sqlite3.Row, moment: datetime
) -> str:
    """Open the next period (on the scheduled plan, if any) with its invoice, due now: the new
    period's subscription, the closing period's card-billed usage, phone numbers, tax."""
    index = sub["period_index"] + 1
    start_at, end_at = periods.period_bounds(
        periods.from_db(sub["billing_anchor"]), account["timezone"], index
    )
    plan = subscriptions.plan_row(conn, sub["scheduled_plan_id"] or sub["plan_id"])
    usage_line = _card_billed_usage_line(conn, account, sub)
    lines = subscriptions.renewal_lines(conn, account, sub, usage_line)
    invoice_id = invoices.finalize(
        conn, account, kind="renewal", lines=lines, created_at=moment, period=(start_at, end_at)
    )
    collection.schedule(conn, invoice_id, moment)
    conn.execute(
        "UPDATE subscriptions SET plan_id = ?, scheduled_plan_id = NULL, period_index = ?,"
        " current_period_start = ?, current_period_end = ? WHERE account_id = ?",
        (plan["id"], index, to_db(start_at), to_db(end_at), account["id"]),
    )
    return invoice_id
