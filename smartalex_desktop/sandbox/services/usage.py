"""Calls and their billing: billable minutes, the allowance, overage from the wallet or the card.

A call is billed when it is recorded (it has just ended), in one database transaction: its
billable minutes (duration rounded up to the minute) take what is left of the period's included
minutes, the rest is overage at the call type's rate, drawn from the wallet (oldest credits
first) down to $0.00, and what the wallet cannot cover accrues as card-billed usage. If that
leaves the wallet below the auto top-up threshold, the automatic top-up runs before the call's
request is answered.
"""

from __future__ import annotations

import sqlite3
from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

from smartalex_desktop.sandbox import clock, money, periods
from smartalex_desktop.sandbox.config import RATE_CENTS_PER_MINUTE, USAGE_INVOICE_AT_CENTS
from smartalex_desktop.sandbox.db import write_transaction
from smartalex_desktop.sandbox.errors import InvalidRequest, RuleRefused
from smartalex_desktop.sandbox.periods import to_db
from smartalex_desktop.sandbox.schemas import (
    Call,
    CallTypeUsage,
    DailyUsage,
    DailyUsageList,
    Usage,
)
from smartalex_desktop.sandbox.security import new_id
from smartalex_desktop.sandbox.services import accounts, auto_top_up, cycle, subscriptions, wallet

CALL_TYPES = ("inbound", "outbound", "web")
# How a Wallet transaction names a call: a web call is made from the practice's website.
CALL_NAMES = {"inbound": "Inbound call", "outbound": "Outbound call", "web": "Website call"}


def billable_minutes(seconds: int) -> int:
    return -(-seconds // 60)


def record_call(
    conn: sqlite3.Connection, account_id: str, call_type: str, seconds: int
) -> tuple[str, auto_top_up.Trigger | None]:
    """Bill one finished call in one transaction; returns its id and an auto top-up to run.

    Card-billed usage reaching $10.00 becomes a `usage` invoice here, due at once (the caller
    runs the due collections after the commit)."""
    with write_transaction(conn):
        sub = subscriptions.row(conn, account_id)
        if sub["status"] == "canceled":
            raise RuleRefused(
                "The subscription has ended, so SmartAlex no longer answers calls for this "
                "account.",
                code="subscription_canceled",
            )
        now = clock.now(conn)
        plan = subscriptions.plan_row(conn, sub["plan_id"])
        billable = billable_minutes(seconds)
        (used,) = conn.execute(
            "SELECT COALESCE(SUM(billable_minutes), 0) FROM calls"
            " WHERE account_id = ? AND period_start = ?",
            (account_id, sub["current_period_start"]),
        ).fetchone()
        included = min(billable, max(0, plan["included_minutes"] - used))
        overage = billable - included
        rate = RATE_CENTS_PER_MINUTE[call_type]
        overage_cents = overage * rate
        balance = wallet.row(conn, account_id)["balance_cents"]
        wallet_cents = wallet.consume(conn, account_id, min(balance, overage_cents))
        card_cents = overage_cents - wallet_cents
        call_id = new_id("call")
        conn.execute(
            "INSERT INTO calls (id, account_id, call_type, seconds, billable_minutes,"
            " included_minutes, overage_minutes, rate_cents, overage_cents, wallet_cents,"
            " card_cents, period_start, ended_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (
                call_id,
                account_id,
                call_type,
                seconds,
                billable,
                included,
                overage,
                rate,
                overage_cents,
                wallet_cents,
                card_cents,
                sub["current_period_start"],
                to_db(now),
            ),
        )
        if wallet_cents:
            wallet.append(
                conn,
                account_id,
                kind="usage",
                status="succeeded",
                amount_cents=-wallet_cents,
                description=f"{CALL_NAMES[call_type]}: {overage} overage minute"
                f"{'s' if overage != 1 else ''} at {money.format_usd(rate)}",
                now=now,
                call_id=call_id,
            )
        if card_cents:
            conn.execute(
                "UPDATE wallets SET accrued_usage_cents = accrued_usage_cents + ?"
                " WHERE account_id = ?",
                (card_cents, account_id),
            )
            if wallet.row(conn, account_id)["accrued_usage_cents"] >= USAGE_INVOICE_AT_CENTS:
                cycle.invoice_card_billed_usage(
                    conn, accounts.account_row(conn, account_id), sub, now
                )
        # Only a call that cost something can take the wallet below the threshold.
        trigger = auto_top_up.after_deduction(conn, account_id, sub, now) if overage_cents else None
    return call_id, trigger


def call_schema(row: sqlite3.Row) -> Call:
    return Call(
        id=row["id"],
        call_type=row["call_type"],
        seconds=row["seconds"],
        billable_minutes=row["billable_minutes"],
        included_minutes=row["included_minutes"],
        overage_minutes=row["overage_minutes"],
        rate_cents=row["rate_cents"],
        overage_cents=row["overage_cents"],
        wallet_cents=row["wallet_cents"],
        card_cents=row["card_cents"],
        ended_at=periods.from_db(row["ended_at"]),
    )


def summary(conn: sqlite3.Connection, account_id: str) -> Usage:
    """The current period: allowance, use, overage, and the projection to its end."""
    sub = subscriptions.row(conn, account_id)
    plan = subscriptions.plan_row(conn, sub["plan_id"])
    start = periods.from_db(sub["current_period_start"])
    end = periods.from_db(sub["current_period_end"])
    by_type = {
        call_type: CallTypeUsage(minutes=0, overage_minutes=0, overage_cents=0)
        for call_type in CALL_TYPES
    }
    for row in conn.execute(
        "SELECT call_type, SUM(billable_minutes) AS minutes, SUM(overage_minutes) AS overage,"
        " SUM(overage_cents) AS cents FROM calls WHERE account_id = ? AND period_start = ?"
        " GROUP BY call_type",
        (account_id, sub["current_period_start"]),
    ):
        by_type[row["call_type"]] = CallTypeUsage(
            minutes=row["minutes"], overage_minutes=row["overage"], overage_cents=row["cents"]
        )
    used = sum(item.minutes for item in by_type.values())
    overage = sum(item.overage_minutes for item in by_type.values())
    overage_cents = sum(item.overage_cents for item in by_type.values())
    included = plan["included_minutes"]
    projected = project_minutes(used, start, end, clock.now(conn))
    # Future overage is priced at the mix of call types so far.
    future_overage = max(0, max(0, projected - included) - overage)
    weighted_rate = sum(by_type[t].minutes * RATE_CENTS_PER_MINUTE[t] for t in CALL_TYPES)
    projected_overage_cents = overage_cents + (
        money.divide_half_up(future_overage * weighted_rate, used) if used else 0
    )
    return Usage(
        period_start=start,
        period_end=end,
        included_minutes=included,
        used_minutes=used,
        remaining_minutes=max(0, included - used),
        overage_minutes=overage,
        overage_cents=overage_cents,
        projected_minutes=projected,
        projected_overage_cents=projected_overage_cents,
        by_call_type=by_type,
    )


def projection_on(
    conn: sqlite3.Connection, account_id: str, included_minutes: int
) -> tuple[int, int]:
    """This period's projected minutes, and what they would cost past `included_minutes` at
    this period's mix of call types (the change-plan preview's "will my usage fit?"). The
    overage already charged this period is not counted: this is a month on the other plan."""
    current = summary(conn, account_id)
    used = current.used_minutes
    over = max(0, current.projected_minutes - included_minutes)
    if not used or not over:
        return current.projected_minutes, 0
    weighted_rate = sum(
        item.minutes * RATE_CENTS_PER_MINUTE[call_type]
        for call_type, item in current.by_call_type.items()
    )
    return current.projected_minutes, money.divide_half_up(over * weighted_rate, used)


def project_minutes(used: int, start: datetime, end: datetime, now: datetime) -> int:
    """Straight-line projection of the period's minutes from the pace so far.

    At least one day counts as elapsed, so the first calls of a period don't project absurdly.
    """
    if used == 0:
        return 0
    length = periods.microseconds_between(start, end)
    elapsed = max(periods.microseconds_between(start, now), 86_400 * 1_000_000)
    elapsed = min(elapsed, length)
    return max(used, -(-used * length // elapsed))


def daily(conn: sqlite3.Connection, account: sqlite3.Row, day: date | None) -> DailyUsageList:
    """Minutes by call type for every day of the period containing `day` (default: today)."""
    sub = subscriptions.row(conn, account["id"])
    zone = ZoneInfo(account["timezone"])
    anchor = periods.from_db(sub["billing_anchor"])
    if day is None:
        moment = clock.now(conn)
    else:
        moment = datetime.combine(day, datetime.min.time(), zone) + timedelta(hours=12)
    if moment > clock.now(conn) + timedelta(days=1):
        raise InvalidRequest(
            "'date' is in the future; ask for today or an earlier day.",
            code="date_in_future",
            param="date",
        )
    index = periods.period_index_containing(anchor, account["timezone"], moment)
    start, end = periods.period_bounds(anchor, account["timezone"], index)
    buckets: dict[date, dict[str, int]] = {}
    first_day, last_day = (
        start.astimezone(zone).date(),
        (end - timedelta(microseconds=1)).astimezone(zone).date(),
    )
    current = first_day
    while current <= last_day:
        buckets[current] = dict.fromkeys(CALL_TYPES, 0)
        current += timedelta(days=1)
    for row in conn.execute(
        "SELECT call_type, billable_minutes, ended_at FROM calls"
        " WHERE account_id = ? AND ended_at >= ? AND ended_at < ?",
        (account["id"], to_db(start), to_db(end)),
    ):
        local_day = periods.from_db(row["ended_at"]).astimezone(zone).date()
        buckets[local_day][row["call_type"]] += row["billable_minutes"]
    return DailyUsageList(
        period_start=start,
        period_end=end,
        timezone=account["timezone"],
        data=[
            DailyUsage(
                date=day_.isoformat(),
                inbound_minutes=minutes["inbound"],
                outbound_minutes=minutes["outbound"],
                web_minutes=minutes["web"],
                total_minutes=sum(minutes.values()),
            )
            for day_, minutes in buckets.items()
        ],
        has_more=False,
    )
