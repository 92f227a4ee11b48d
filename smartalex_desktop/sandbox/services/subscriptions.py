"""The subscription: plan changes (upgrade now and prorated, downgrade at renewal, same price
now and free), cancellation at period end with its survey, and resuming.
"""

from __future__ import annotations

import json
import sqlite3
from dataclasses import dataclass
from datetime import datetime
from zoneinfo import ZoneInfo

from smartalex_desktop.sandbox import money, periods
from smartalex_desktop.sandbox.errors import ApiError, CardDeclined, NotFound, RuleRefused
from smartalex_desktop.sandbox.periods import to_db
from smartalex_desktop.sandbox.schemas import Plan, PlanChangePreview, Subscription
from smartalex_desktop.sandbox.security import new_id
from smartalex_desktop.sandbox.services import invoices, payment_methods
from smartalex_desktop.sandbox.stripe_gateway import StripeGateway


def plan_rows(conn: sqlite3.Connection) -> list[sqlite3.Row]:
    return conn.execute("SELECT * FROM plans ORDER BY position").fetchall()


def plan_row(conn: sqlite3.Connection, plan_id: str) -> sqlite3.Row:
    row = conn.execute("SELECT * FROM plans WHERE id = ?", (plan_id,)).fetchone()
    if row is None:
        raise NotFound(f"There is no plan '{plan_id}'.", code="plan_not_found", param="plan")
    return row


def plan_schema(row: sqlite3.Row) -> Plan:
    return Plan(
        id=row["id"],
        name=row["name"],
        tier=row["tier"],
        price_cents=row["price_cents"],
        included_minutes=row["included_minutes"],
        features=json.loads(row["features"]),
    )


def row(conn: sqlite3.Connection, account_id: str) -> sqlite3.Row:
    found = conn.execute(
        "SELECT * FROM subscriptions WHERE account_id = ?", (account_id,)
    ).fetchone()
    if found is None:
        raise NotFound("This account has no subscription.", code="subscription_not_found")
    return found


def to_schema(conn: sqlite3.Connection, sub: sqlite3.Row) -> Subscription:
    plan = plan_row(conn, sub["plan_id"])
    return Subscription(
        plan=sub["plan_id"],
        status=sub["status"],
        cancel_at_period_end=bool(sub["cancel_at_period_end"]),
        current_period_start=periods.from_db(sub["current_period_start"]),
        current_period_end=periods.from_db(sub["current_period_end"]),
        scheduled_plan=sub["scheduled_plan_id"],
        cancellation_reason=sub["cancellation_reason"],
        canceled_at=periods.from_db(sub["canceled_at"]) if sub["canceled_at"] else None,
        included_minutes=plan["included_minutes"],
        price_cents=plan["price_cents"],
    )


def start(
    conn: sqlite3.Connection,
    account_id: str,
    plan_id: str,
    signup_at: datetime,
    timezone: str,
    now: datetime,
) -> None:
    """Open the subscription in the period that contains `now` (no back history is invented)."""
    plan_row(conn, plan_id)
    index = periods.period_index_containing(signup_at, timezone, now)
    start_at, end_at = periods.period_bounds(signup_at, timezone, index)
    conn.execute(
        "INSERT INTO subscriptions (account_id, plan_id, status, billing_anchor, period_index,"
        " current_period_start, current_period_end, created_at)"
        " VALUES (?, ?, 'active', ?, ?, ?, ?, ?)",
        (account_id, plan_id, to_db(signup_at), index, to_db(start_at), to_db(end_at), to_db(now)),
    )


# --- plan changes -------------------------------------------------------------------------


@dataclass(frozen=True)
class ChangePlan:
    """What changing to a plan would do now: the preview and the change share this."""

    target: sqlite3.Row
    change: str
    effective_at: datetime
    lines: list[invoices.Line]
    totals: invoices.Totals

    def preview(self, tax_rate_bps: int) -> PlanChangePreview:
        return PlanChangePreview(
            plan=self.target["id"],
            change=self.change,  # type: ignore[arg-type]
            effective_at=self.effective_at,
            amount_due_now_cents=self.totals.total_cents,
            subtotal_cents=self.totals.subtotal_cents,
            tax_cents=self.totals.tax_cents,
            included_minutes=self.target["included_minutes"],
            lines=invoices.preview_lines(self.lines, tax_rate_bps),
        )


def _local_day(moment: datetime, timezone: str) -> str:
    local = moment.astimezone(ZoneInfo(timezone))
    return f"{local.day} {local:%b %Y}"


def plan_change(
    conn: sqlite3.Connection, account: sqlite3.Row, target_id: str, now: datetime
) -> ChangePlan:
    sub = row(conn, account["id"])
    target = plan_row(conn, target_id)
    current = plan_row(conn, sub["plan_id"])
    if sub["status"] == "canceled":
        raise RuleRefused(
            "The subscription has ended; contact SmartAlex to start a new one.",
            code="subscription_canceled",
        )
    if sub["cancel_at_period_end"]:
        raise RuleRefused(
            "The subscription is set to cancel; resume it before changing plans.",
            code="subscription_cancelling",
            param="plan",
        )
    if sub["status"] == "past_due":
        raise RuleRefused(
            "An invoice is past due; pay it before changing plans.",
            code="subscription_past_due",
            param="plan",
        )
    period_start = periods.from_db(sub["current_period_start"])
    period_end = periods.from_db(sub["current_period_end"])
    empty = invoices.Totals(0, 0)
    if target_id == current["id"]:
        if sub["scheduled_plan_id"] is None:
            raise RuleRefused(
                f"You are already on the {current['name']} plan.",
                code="already_on_plan",
                param="plan",
            )
        return ChangePlan(target, "undo_scheduled_change", now, [], empty)
    difference = target["price_cents"] - current["price_cents"]
    if difference < 0:
        return ChangePlan(target, "downgrade", period_end, [], empty)
    if difference == 0:
        return ChangePlan(target, "same_price", now, [], empty)
    amount = money.prorate_cents(
        difference,
        periods.microseconds_between(now, period_end),
        periods.microseconds_between(period_start, period_end),
    )
    lines = []
    if amount > 0:
        lines.append(
            invoices.Line(
                kind="proration",
                description=(
                    f"Upgrade from {current['name']} to {target['name']} for the rest of the"
                    f" period ({_local_day(now, account['timezone'])} to"
                    f" {_local_day(period_end, account['timezone'])})"
                ),
                quantity=1,
                unit_amount_cents=amount,
            )
        )
    return ChangePlan(
        target, "upgrade", now, lines, invoices.totals(lines, account["tax_rate_bps"])
    )


class UpgradeNeedsAuthentication(Exception):
    """The upgrade's charge waits for the bank's confirmation (3-D Secure). Raised inside the
    transaction that changes the plan, so everything rolls back; the route keeps what to apply
    in a payment authentication (services/payment_authentications.py), applied once the bank
    confirms."""

    def __init__(
        self,
        change: ChangePlan,
        card: sqlite3.Row,
        payment_intent_id: str,
        from_plan_id: str,
        period_end: str,
    ) -> None:
        super().__init__(payment_intent_id)
        self.change = change
        self.card = card
        self.payment_intent_id = payment_intent_id
        self.from_plan_id = from_plan_id
        self.period_end = period_end


def apply_plan_change(
    conn: sqlite3.Connection,
    gateway: StripeGateway,
    account: sqlite3.Row,
    target_id: str,
    now: datetime,
) -> str | None:
    """Change the plan as `plan_change` previews it; returns the invoice id if one was charged.

    Runs inside the caller's write transaction: a declined charge raises, and the rollback leaves
    the subscription as it was.
    """
    change = plan_change(conn, account, target_id, now)
    account_id = account["id"]
    if change.change in ("downgrade",):
        conn.execute(
            "UPDATE subscriptions SET scheduled_plan_id = ? WHERE account_id = ?",
            (target_id, account_id),
        )
        return None
    invoice_id = None
    if change.totals.total_cents > 0:
        card = payment_methods.default_card(conn, account)
        if card is None:
            raise ApiError(
                "The upgrade is charged now and there is no card on file; add a card first.",
                code="payment_method_required",
                status=402,
            )
        sub = row(conn, account_id)
        invoice_id = invoices.finalize(
            conn,
            account,
            kind="plan_change",
            lines=change.lines,
            created_at=now,
            period=(now, periods.from_db(sub["current_period_end"])),
        )
        outcome = invoices.charge_card(
            gateway,
            account,
            card,
            amount_cents=change.totals.total_cents,
            description=f"SmartAlex upgrade to {change.target['name']}",
            idempotency_key=f"plan_change:{invoice_id}:{new_id('attempt')}",
            off_session=False,  # the user is here: their bank may ask them to confirm
        )
        if outcome.requires_action and outcome.payment_intent_id is not None:
            raise UpgradeNeedsAuthentication(
                change, card, outcome.payment_intent_id, sub["plan_id"], sub["current_period_end"]
            )
        if not outcome.succeeded:
            raise CardDeclined(
                f"{payment_methods.label(card)} was declined: {outcome.message} "
                "Your plan was not changed; use another card or contact your bank.",
                code="card_declined",
                extra={"decline_code": outcome.decline_code},
            )
        invoices.record_payment(conn, invoice_id, card, change.totals.total_cents, outcome, now)
    conn.execute(
        "UPDATE subscriptions SET plan_id = ?, scheduled_plan_id = NULL WHERE account_id = ?",
        (target_id, account_id),
    )
    return invoice_id


# --- cancellation -------------------------------------------------------------------------


def cancel(conn: sqlite3.Connection, account_id: str, reason: str, comment: str | None) -> None:
    sub = row(conn, account_id)
    if sub["status"] == "canceled":
        raise RuleRefused("The subscription has already ended.", code="subscription_canceled")
    if sub["cancel_at_period_end"]:
        raise RuleRefused(
            "The subscription is already set to cancel at the end of the period.",
            code="already_cancelling",
        )
    conn.execute(
        "UPDATE subscriptions SET cancel_at_period_end = 1, cancellation_reason = ?,"
        " cancellation_comment = ?, scheduled_plan_id = NULL WHERE account_id = ?",
        (reason, (comment or "").strip() or None, account_id),
    )


def resume(conn: sqlite3.Connection, account_id: str) -> None:
    sub = row(conn, account_id)
    if sub["status"] == "canceled":
        raise RuleRefused(
            "The subscription has already ended and cannot be resumed; contact SmartAlex to "
            "start a new one.",
            code="subscription_canceled",
        )
    if not sub["cancel_at_period_end"]:
        raise RuleRefused(
            "The subscription is not set to cancel; there is nothing to resume.",
            code="not_cancelling",
        )
    conn.execute(
        "UPDATE subscriptions SET cancel_at_period_end = 0, cancellation_reason = NULL,"
        " cancellation_comment = NULL WHERE account_id = ?",
        (account_id,),
    )
