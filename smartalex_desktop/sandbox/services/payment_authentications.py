"""Payments that wait for the bank's confirmation (SCA / 3-D Secure), completed on a hosted page.

When a top-up, an invoice's "Pay now" or an upgrade is confirmed and Stripe answers
`requires_action`, the charge is not a decline yet: the cardholder must confirm it with their
bank. The API then answers 402 `authentication_required` with an `authentication_url` (a page
that runs Stripe.js's `confirmCardPayment`) and the id of a payment authentication the app polls
(`GET /v1/payment-authentications/{id}`). Meanwhile the charge's own record stays as it was made:

- a top-up or an invoice payment stays `pending` with its PaymentIntent (services/charging.py);
- an upgrade is rolled back entirely (its charge runs inside the transaction that changes the
  plan) and waits here: the row keeps the plan, the lines and the card, and is applied once.

Whoever learns first that the bank answered settles it, exactly once (each settle is guarded
by the record's status inside one write transaction): the page when `confirmCardPayment` returns,
the app's poll, a retry of the original request with its Idempotency-Key, and at start-up
`sweep` (after the crash-recovery `reconcile_pending`s). A failed authentication leaves nothing
charged (Stripe's PaymentIntent goes back to `requires_payment_method`) and fails the record with
that sentence. An authentication not completed in 30 minutes, or cancelled in the app, cancels the
PaymentIntent at Stripe first, so it can never be charged later; if the cardholder confirmed it
a moment before, the cancel loses and the payment is settled as paid.
"""

from __future__ import annotations

import json
import logging
import sqlite3
from datetime import UTC, datetime, timedelta
from typing import Any

from smartalex_desktop.sandbox import clock, money
from smartalex_desktop.sandbox.db import write_transaction
from smartalex_desktop.sandbox.errors import ApiError, CardDeclined, NotFound
from smartalex_desktop.sandbox.periods import from_db, to_db
from smartalex_desktop.sandbox.schemas import PaymentAuthentication, SessionError
from smartalex_desktop.sandbox.security import new_id
from smartalex_desktop.sandbox.services import (
    accounts,
    charging,
    collection,
    hosted_links,
    invoices,
    payment_methods,
    subscriptions,
    top_ups,
)
from smartalex_desktop.sandbox.stripe_gateway import (
    ChargeOutcome,
    PaymentsUnavailable,
    StripeGateway,
    final_outcome,
)

log = logging.getLogger(__name__)

LIFETIME = timedelta(minutes=30)

EXPIRED = (
    "The payment was not confirmed with your bank within 30 minutes, so nothing was charged. "
    "Start it again from SmartAlex Desktop."
)
CANCELED = "You cancelled the payment before your bank confirmed it; nothing was charged."
PLAN_CHANGED_MEANWHILE = (
    "Your plan changed while the bank's confirmation was pending, so this upgrade was not "
    "applied and its charge was refunded. Open Change Plan again to see what applies now."
)


class AuthenticationRequired(ApiError):
    """402: the bank asks the cardholder to confirm this payment on the hosted page. Never kept
    with an Idempotency-Key (its link is a secret, and a retry must find the payment's state,
    not this answer again)."""

    status = 402
    type = "card_error"
    replayable = False


# --- reading --------------------------------------------------------------------------------


def get(conn: sqlite3.Connection, account_id: str, authentication_id: str) -> sqlite3.Row:
    row = conn.execute(
        "SELECT * FROM payment_authentications WHERE id = ? AND account_id = ?",
        (authentication_id, account_id),
    ).fetchone()
    if row is None:
        raise NotFound(
            f"There is no payment authentication {authentication_id} on this account.",
            code="payment_authentication_not_found",
            param="id",
        )
    return row


def _row(conn: sqlite3.Connection, authentication_id: str) -> sqlite3.Row:
    return conn.execute(
        "SELECT * FROM payment_authentications WHERE id = ?", (authentication_id,)
    ).fetchone()


def to_schema(row: sqlite3.Row, url: str | None = None) -> PaymentAuthentication:
    error = None
    if row["error_code"] is not None:
        error = SessionError(code=row["error_code"], message=row["error_message"] or "")
    return PaymentAuthentication(
        id=row["id"],
        kind=row["kind"],
        status=row["status"],
        amount_cents=row["amount_cents"],
        description=row["description"],
        brand=row["brand"],
        last4=row["last4"],
        url=url,
        expires_at=from_db(row["expires_at"]),
        created_at=from_db(row["created_at"]),
        top_up_id=row["top_up_id"],
        invoice_id=row["invoice_id"],
        plan=row["plan_id"],
        error=error,
    )


def _expired(row: sqlite3.Row, now: datetime) -> bool:
    return now >= from_db(row["expires_at"]) or datetime.now(UTC) >= from_db(row["real_expires_at"])


# --- opening one ----------------------------------------------------------------------------


def _insert(conn: sqlite3.Connection, values: dict[str, Any]) -> str:
    now = clock.now(conn)
    authentication_id = new_id("pa")
    row = {
        "id": authentication_id,
        "status": "requires_action",
        "created_at": to_db(now),
        "expires_at": to_db(now + LIFETIME),
        "real_expires_at": to_db(datetime.now(UTC) + LIFETIME),
        **values,
    }
    columns = ", ".join(row)
    marks = ", ".join("?" for _ in row)
    conn.execute(
        f"INSERT INTO payment_authentications ({columns}) VALUES ({marks})", tuple(row.values())
    )
    return authentication_id


def _for_intent(conn: sqlite3.Connection, intent_id: str) -> sqlite3.Row | None:
    return conn.execute(
        "SELECT * FROM payment_authentications WHERE stripe_payment_intent_id = ?", (intent_id,)
    ).fetchone()


def _ask(conn: sqlite3.Connection, pages_url: str, row: sqlite3.Row) -> AuthenticationRequired:
    """The 402 that sends the user to the page, with a new link to it."""
    with write_transaction(conn):
        token = hosted_links.mint(conn, "payment_authentication", row["id"], clock.now(conn))
    link = hosted_links.url(pages_url, "payment_authentication", token)
    return AuthenticationRequired(
        f"Your bank asks you to confirm this payment of {money.format_usd(row['amount_cents'])} "
        f"with {payment_methods.BRAND_NAMES.get(row['brand'], row['brand'])} •••• "
        f"{row['last4']}. Open the confirmation page to finish it; nothing is charged until "
        "your bank confirms.",
        code="authentication_required",
        extra={
            "authentication_url": link,
            "payment_authentication_id": row["id"],
            "expires_at": from_db(row["expires_at"]).isoformat(),
        },
    )


def require_for_charge(
    conn: sqlite3.Connection,
    gateway: StripeGateway,
    pages_url: str,
    waiting: charging.AwaitingAuthentication,
) -> None:
    """A top-up or invoice payment waits for the bank: raise the 402 that sends the user to the
    page (a new link to the same authentication on a retry). If its time ran out it is settled
    as failed here (nothing charged) and this returns: the caller answers the failed record."""
    row = _for_intent(conn, waiting.payment_intent_id)
    if row is None:
        if waiting.table == "top_ups":
            top_up = conn.execute(
                "SELECT * FROM top_ups WHERE id = ?", (waiting.row_id,)
            ).fetchone()
            values = {
                "account_id": top_up["account_id"],
                "kind": "top_up",
                "amount_cents": top_up["amount_cents"] + top_up["tax_cents"],
                "description": f"Wallet top-up of {money.format_usd(top_up['amount_cents'])}",
                "brand": top_up["brand"],
                "last4": top_up["last4"],
                "top_up_id": top_up["id"],
                "payment_method_id": top_up["payment_method_id"],
            }
        else:
            payment = conn.execute(
                "SELECT * FROM payments WHERE id = ?", (waiting.row_id,)
            ).fetchone()
            invoice = conn.execute(
                "SELECT * FROM invoices WHERE id = ?", (payment["invoice_id"],)
            ).fetchone()
            values = {
                "account_id": invoice["account_id"],
                "kind": "invoice_payment",
                "amount_cents": payment["amount_cents"],
                "description": f"Invoice {invoice['number']}",
                "brand": payment["brand"],
                "last4": payment["last4"],
                "payment_id": payment["id"],
                "invoice_id": invoice["id"],
                "payment_method_id": payment["payment_method_id"],
            }
        values["stripe_payment_intent_id"] = waiting.payment_intent_id
        with write_transaction(conn):
            row = _row(conn, _insert(conn, values))
    row = refresh(conn, gateway, row)
    if row["status"] == "requires_action":
        raise _ask(conn, pages_url, row)


def require_for_plan_change(
    conn: sqlite3.Connection,
    gateway: StripeGateway,
    pages_url: str,
    waiting: subscriptions.UpgradeNeedsAuthentication,
    *,
    account_id: str,
    idempotency_key: str | None,
) -> None:
    """An upgrade waits for the bank: remember what to apply, raise the 402."""
    change = waiting.change
    lines = [
        {
            "kind": line.kind,
            "description": line.description,
            "quantity": line.quantity,
            "unit_amount_cents": line.unit_amount_cents,
        }
        for line in change.lines
    ]
    with write_transaction(conn):
        authentication_id = _insert(
            conn,
            {
                "account_id": account_id,
                "kind": "plan_change",
                "stripe_payment_intent_id": waiting.payment_intent_id,
                "amount_cents": change.totals.total_cents,
                "description": f"Upgrade to {change.target['name']}",
                "brand": waiting.card["brand"],
                "last4": waiting.card["last4"],
                "payment_method_id": waiting.card["id"],
                "plan_id": change.target["id"],
                "from_plan_id": waiting.from_plan_id,
                "plan_change": json.dumps({"lines": lines, "period_end": waiting.period_end}),
                "idempotency_key": idempotency_key,
            },
        )
    raise _ask(conn, pages_url, _row(conn, authentication_id))


def for_plan_change_key(
    conn: sqlite3.Connection, account_id: str, idempotency_key: str | None
) -> sqlite3.Row | None:
    """The upgrade an earlier request with this key left waiting for (or finished with) the bank."""
    if idempotency_key is None:
        return None
    return conn.execute(
        "SELECT * FROM payment_authentications WHERE account_id = ? AND kind = 'plan_change'"
        " AND idempotency_key = ?",
        (account_id, idempotency_key),
    ).fetchone()


def answer_plan_change_retry(
    conn: sqlite3.Connection, gateway: StripeGateway, pages_url: str, row: sqlite3.Row
) -> str | None:
    """A retried upgrade request (same key): the invoice id once applied; the 402 again while
    the bank has not answered; the failure, as a decline, once it failed."""
    row = refresh(conn, gateway, row)
    if row["status"] == "succeeded":
        return str(row["invoice_id"]) if row["invoice_id"] else None
    if row["status"] == "requires_action":
        raise _ask(conn, pages_url, row)
    raise CardDeclined(
        f"{row['error_message']} Your plan was not changed.",
        code="card_declined",
        extra={"decline_code": row["error_code"]},
    )


# --- finding out what the bank said ---------------------------------------------------------


def _finish(
    conn: sqlite3.Connection, authentication_id: str, status: str, outcome: ChargeOutcome | None
) -> None:
    """Record the authentication's end in the caller's transaction."""
    code = message = None
    if outcome is not None and not outcome.succeeded:
        code, message = outcome.decline_code, outcome.message
    conn.execute(
        "UPDATE payment_authentications SET status = ?, error_code = ?, error_message = ?"
        " WHERE id = ? AND status = 'requires_action'",
        (status, code, message, authentication_id),
    )


def _settle_record(conn: sqlite3.Connection, row: sqlite3.Row, outcome: ChargeOutcome) -> None:
    """Settle the top-up or invoice payment behind `row` with the bank's outcome (in the
    caller's transaction; a record settled already is left alone)."""
    now = clock.now(conn)
    if row["kind"] == "top_up":
        top_ups.settle(conn, row["top_up_id"], outcome, now)
    elif row["kind"] == "invoice_payment":
        collection.settle(conn, row["payment_id"], outcome, now)


def _record_status(
    conn: sqlite3.Connection, row: sqlite3.Row
) -> tuple[str, str | None, str | None]:
    if row["kind"] == "top_up":
        record = conn.execute(
            "SELECT status, failure_code, failure_message FROM top_ups WHERE id = ?",
            (row["top_up_id"],),
        ).fetchone()
    else:
        record = conn.execute(
            "SELECT status, failure_code, failure_message FROM payments WHERE id = ?",
            (row["payment_id"],),
        ).fetchone()
    status = "succeeded" if record["status"] in ("succeeded", "refunded") else record["status"]
    return status, record["failure_code"], record["failure_message"]


def refresh(conn: sqlite3.Connection, gateway: StripeGateway, row: sqlite3.Row) -> sqlite3.Row:
    """The authentication as it is now: settled from Stripe's record if the bank has answered,
    expired (the PaymentIntent cancelled) if its 30 minutes are up."""
    if row["status"] != "requires_action":
        return row
    if row["kind"] != "plan_change":
        status, code, message = _record_status(conn, row)
        if status != "pending":  # settled elsewhere (a retry, reconciliation, a new payment)
            with write_transaction(conn):
                conn.execute(
                    "UPDATE payment_authentications SET status = ?, error_code = ?,"
                    " error_message = ? WHERE id = ? AND status = 'requires_action'",
                    (status, code, message, row["id"]),
                )
            return _row(conn, row["id"])
    state = gateway.payment_intent(row["stripe_payment_intent_id"])
    outcome = final_outcome(state)
    ending = "succeeded" if outcome is not None and outcome.succeeded else "failed"
    if outcome is None and state.status == "requires_action" and _expired(row, clock.now(conn)):
        outcome = charging.abandon(gateway, row["stripe_payment_intent_id"], off_session=False)
        if outcome is not None and not outcome.succeeded:
            outcome = ChargeOutcome(
                succeeded=False,
                payment_intent_id=outcome.payment_intent_id,
                decline_code="authentication_expired",
                message=EXPIRED,
            )
            ending = "expired"
        elif outcome is not None:
            ending = "succeeded"
    if outcome is None:
        return row  # the bank has not answered yet
    _settle(conn, gateway, row, outcome, ending)
    return _row(conn, row["id"])


def _settle(
    conn: sqlite3.Connection,
    gateway: StripeGateway,
    row: sqlite3.Row,
    outcome: ChargeOutcome,
    ending: str,
) -> None:
    if row["kind"] == "plan_change":
        if outcome.succeeded:
            _apply_plan_change(conn, gateway, row, outcome)
            return
        with write_transaction(conn):
            _finish(conn, row["id"], ending, outcome)
        return
    with write_transaction(conn):
        _settle_record(conn, row, outcome)
        _finish(conn, row["id"], ending, outcome)


def _apply_plan_change(
    conn: sqlite3.Connection, gateway: StripeGateway, row: sqlite3.Row, outcome: ChargeOutcome
) -> None:
    """The bank confirmed an upgrade's charge: write its invoice (paid) and change the plan —
    once. If the plan moved meanwhile, the upgrade no longer means what was confirmed: the
    charge is refunded instead."""
    stored = json.loads(row["plan_change"])
    refund = False
    with write_transaction(conn):
        current = _row(conn, row["id"])
        if current["status"] != "requires_action":
            return  # applied (or ended) by whoever got here first
        sub = subscriptions.row(conn, row["account_id"])
        if (
            sub["plan_id"] != row["from_plan_id"]
            or sub["status"] != "active"
            or sub["cancel_at_period_end"]
        ):
            refund = True
            _finish(
                conn,
                row["id"],
                "failed",
                ChargeOutcome(
                    succeeded=False,
                    payment_intent_id=outcome.payment_intent_id,
                    decline_code="plan_changed",
                    message=PLAN_CHANGED_MEANWHILE,
                ),
            )
        else:
            account = accounts.account_row(conn, row["account_id"])
            now = clock.now(conn)
            invoice_id = invoices.finalize(
                conn,
                account,
                kind="plan_change",
                lines=[invoices.Line(**line) for line in stored["lines"]],
                created_at=now,
                period=(now, from_db(stored["period_end"])),
            )
            card = {"id": row["payment_method_id"], "brand": row["brand"], "last4": row["last4"]}
            invoices.record_payment(conn, invoice_id, card, row["amount_cents"], outcome, now)
            conn.execute(
                "UPDATE subscriptions SET plan_id = ?, scheduled_plan_id = NULL"
                " WHERE account_id = ?",
                (row["plan_id"], row["account_id"]),
            )
            conn.execute(
                "UPDATE payment_authentications SET status = 'succeeded', invoice_id = ?"
                " WHERE id = ?",
                (invoice_id, row["id"]),
            )
    if refund and outcome.payment_intent_id:
        gateway.refund(
            outcome.payment_intent_id, row["amount_cents"], f"{row['id']}:plan_changed_refund"
        )


def cancel(
    conn: sqlite3.Connection, gateway: StripeGateway, account_id: str, authentication_id: str
) -> sqlite3.Row:
    """The user gave up waiting (Cancel in the app): the PaymentIntent is cancelled at Stripe,
    the payment fails with nothing charged — unless the bank confirmed it first, then it
    stands."""
    row = refresh(conn, gateway, get(conn, account_id, authentication_id))
    if row["status"] != "requires_action":
        return row
    outcome = charging.abandon(gateway, row["stripe_payment_intent_id"], off_session=False)
    if outcome is None:
        return row
    if not outcome.succeeded:
        outcome = ChargeOutcome(
            succeeded=False,
            payment_intent_id=outcome.payment_intent_id,
            decline_code="authentication_canceled",
            message=CANCELED,
        )
    _settle(conn, gateway, row, outcome, "succeeded" if outcome.succeeded else "canceled")
    return _row(conn, row["id"])


def sweep(conn: sqlite3.Connection, gateway: StripeGateway) -> int:
    """At start-up and when the clock moves: settle every authentication the bank has answered
    (or whose time is up). Stripe unreachable: they wait for the next sweep or a poll."""
    settled = 0
    for row in conn.execute(
        "SELECT * FROM payment_authentications WHERE status = 'requires_action'"
    ).fetchall():
        try:
            if refresh(conn, gateway, row)["status"] != "requires_action":
                settled += 1
        except PaymentsUnavailable:
            log.warning("payment authentication %s stays open: Stripe unreachable", row["id"])
    return settled


# --- the page's side ------------------------------------------------------------------------


def for_token(conn: sqlite3.Connection, gateway: StripeGateway, token: str | None) -> sqlite3.Row:
    """The authentication a link opens, brought up to date; 404 for a link we don't know."""
    authentication_id = hosted_links.resolve(conn, "payment_authentication", token)
    if authentication_id is None:
        raise NotFound(
            "This link is not a SmartAlex payment page (it may be mistyped). Start the payment "
            "again from SmartAlex Desktop.",
            code="link_not_found",
        )
    return refresh(conn, gateway, _row(conn, authentication_id))


def client_secret(gateway: StripeGateway, row: sqlite3.Row) -> str:
    """What Stripe.js confirms the payment with (asked of Stripe each time, never stored)."""
    return gateway.payment_intent(row["stripe_payment_intent_id"]).client_secret
