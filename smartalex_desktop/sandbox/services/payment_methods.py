"""Cards on file: saved through a Stripe SetupIntent, listed, made default, removed.

The card number never reaches this API: the app confirms the SetupIntent with Stripe directly
(publishable key) and hands us only its id. We check that Stripe says it succeeded for this
account's customer, check the brand Stripe reports, attach the card to the customer, and keep
brand, last 4 and expiry.
"""

from __future__ import annotations

import sqlite3
from datetime import datetime

from smartalex_desktop.sandbox import periods
from smartalex_desktop.sandbox.config import ACCEPTED_BRANDS
from smartalex_desktop.sandbox.errors import InvalidRequest, NotFound, RuleRefused
from smartalex_desktop.sandbox.periods import to_db
from smartalex_desktop.sandbox.schemas import PaymentMethod, PaymentMethodDeleted
from smartalex_desktop.sandbox.security import new_id
from smartalex_desktop.sandbox.stripe_gateway import StripeCard, StripeGateway

BRAND_NAMES = {
    "visa": "Visa",
    "mastercard": "Mastercard",
    "amex": "American Express",
    "discover": "Discover",
}
ONLY_CARD = (
    "This is the only card on file and the subscription is still running; "
    "add a new card first, then remove this one."
)


def label(card: sqlite3.Row) -> str:
    return f"{BRAND_NAMES.get(card['brand'], card['brand'].title())} •••• {card['last4']}"


def rows(conn: sqlite3.Connection, account_id: str) -> list[sqlite3.Row]:
    """The account's cards, newest first."""
    return conn.execute(
        "SELECT * FROM payment_methods WHERE account_id = ? ORDER BY seq DESC", (account_id,)
    ).fetchall()


def get(conn: sqlite3.Connection, account_id: str, payment_method_id: str) -> sqlite3.Row:
    row = conn.execute(
        "SELECT * FROM payment_methods WHERE id = ? AND account_id = ?",
        (payment_method_id, account_id),
    ).fetchone()
    if row is None:
        raise NotFound(
            f"There is no card {payment_method_id} on this account; refresh the list of cards.",
            code="payment_method_not_found",
            param="payment_method_id",
        )
    return row


def default_card(conn: sqlite3.Connection, account: sqlite3.Row) -> sqlite3.Row | None:
    if account["default_payment_method_id"] is None:
        return None
    return conn.execute(
        "SELECT * FROM payment_methods WHERE id = ?", (account["default_payment_method_id"],)
    ).fetchone()


def to_schema(row: sqlite3.Row, default_id: str | None) -> PaymentMethod:
    return PaymentMethod(
        id=row["id"],
        brand=row["brand"],
        last4=row["last4"],
        exp_month=row["exp_month"],
        exp_year=row["exp_year"],
        is_default=row["id"] == default_id,
        created_at=periods.from_db(row["created_at"]),
    )


def check_brand(card: StripeCard) -> None:
    """SmartAlex accepts Visa, Mastercard, American Express and Discover, as Stripe reports."""
    if card.brand not in ACCEPTED_BRANDS:
        raise InvalidRequest(
            f"{card.brand.replace('_', ' ').title()} cards are not accepted; use a Visa, "
            "Mastercard, American Express or Discover card.",
            code="card_brand_not_accepted",
            param="setup_intent_id",
        )


def register(
    conn: sqlite3.Connection,
    gateway: StripeGateway,
    account: sqlite3.Row,
    setup_intent_id: str,
    now: datetime,
) -> str:
    """Save the card a confirmed SetupIntent holds; the caller holds the write transaction."""
    intent = gateway.setup_intent(setup_intent_id)
    if intent is None or intent.customer_id != account["stripe_customer_id"]:
        # Another customer's SetupIntent is as good as none: never reveal it exists.
        raise NotFound(
            "There is no card setup with that id on this account; start adding the card again.",
            code="setup_intent_not_found",
            param="setup_intent_id",
        )
    if intent.status != "succeeded" or intent.payment_method_id is None:
        raise RuleRefused(
            "The card was not confirmed with the bank yet (or was declined); "
            "enter the card again to confirm it.",
            code="setup_intent_not_succeeded",
            param="setup_intent_id",
        )
    existing = conn.execute(
        "SELECT id FROM payment_methods WHERE stripe_payment_method_id = ?",
        (intent.payment_method_id,),
    ).fetchone()
    if existing is not None:
        raise RuleRefused(
            "This card setup was already saved; it is in the list of cards.",
            code="setup_intent_already_used",
            param="setup_intent_id",
        )
    card = gateway.card(intent.payment_method_id)
    check_brand(card)
    return insert_card(conn, gateway, account, card, now)


def insert_card(
    conn: sqlite3.Connection,
    gateway: StripeGateway,
    account: sqlite3.Row,
    card: StripeCard,
    now: datetime,
) -> str:
    """Attach a brand-checked Stripe card to the account; the first card becomes the default."""
    check_brand(card)
    if card.customer_id != account["stripe_customer_id"]:
        gateway.attach(card.payment_method_id, account["stripe_customer_id"])
    card_id = new_id("pm")
    conn.execute(
        "INSERT INTO payment_methods (id, account_id, stripe_payment_method_id, brand, last4,"
        " exp_month, exp_year, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        (
            card_id,
            account["id"],
            card.payment_method_id,
            card.brand,
            card.last4,
            card.exp_month,
            card.exp_year,
            to_db(now),
        ),
    )
    if account["default_payment_method_id"] is None:
        conn.execute(
            "UPDATE accounts SET default_payment_method_id = ? WHERE id = ?",
            (card_id, account["id"]),
        )
    return card_id


def make_default(conn: sqlite3.Connection, account_id: str, payment_method_id: str) -> None:
    get(conn, account_id, payment_method_id)
    conn.execute(
        "UPDATE accounts SET default_payment_method_id = ? WHERE id = ?",
        (payment_method_id, account_id),
    )


def remove(
    conn: sqlite3.Connection,
    gateway: StripeGateway,
    account: sqlite3.Row,
    payment_method_id: str,
) -> PaymentMethodDeleted:
    """Remove a card under the rules of docs/billing-rules.md ("Cards"); the caller holds the
    write transaction."""
    card = get(conn, account["id"], payment_method_id)
    remaining = [row for row in rows(conn, account["id"]) if row["id"] != payment_method_id]
    subscription = conn.execute(
        "SELECT status FROM subscriptions WHERE account_id = ?", (account["id"],)
    ).fetchone()
    subscribed = subscription is not None and subscription["status"] != "canceled"
    if not remaining and subscribed:
        raise RuleRefused(ONLY_CARD, code="only_payment_method", param="id")
    default_id = account["default_payment_method_id"]
    message = f"{label(card)} was removed."
    if default_id == payment_method_id:
        default_id = remaining[0]["id"] if remaining else None
        if remaining:
            message += f" {label(remaining[0])} is now the default card."
    conn.execute(
        "UPDATE accounts SET default_payment_method_id = ? WHERE id = ?",
        (default_id, account["id"]),
    )
    conn.execute("DELETE FROM payment_methods WHERE id = ?", (payment_method_id,))
    gateway.detach(card["stripe_payment_method_id"])
    return PaymentMethodDeleted(
        id=payment_method_id, default_payment_method_id=default_id, message=message
    )
