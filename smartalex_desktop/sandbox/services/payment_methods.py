"""Cards on file: saved through a Stripe SetupIntent, listed, made default, removed.

The card number never reaches this API: it is confirmed with Stripe directly (by Stripe.js on
the hosted card page, services/card_setup.py, or by an API client with the publishable key), and
we are handed only the SetupIntent's id. We check that Stripe says it succeeded for this
account's customer, check the brand Stripe reports, refuse a card that is already saved, attach
the card to the customer, and keep brand, last 4, expiry and Stripe's fingerprint.
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
# Brands Stripe reports that SmartAlex does not take, named as their owners write them.
OTHER_BRAND_NAMES = {"jcb": "JCB", "diners": "Diners Club", "unionpay": "UnionPay"}
ONLY_CARD = (
    "This is the only card on file and the subscription is still running; "
    "add a new card first, then remove this one."
)


def label(card: sqlite3.Row) -> str:
    return f"{BRAND_NAMES.get(card['brand'], card['brand'].title())} •••• {card['last4']}"


def failure_sentence(charge: sqlite3.Row, consequence: str) -> str:
    """Why a charge (a top-up's, a payment's row) failed, what it left, what to do."""
    if (charge["failure_code"] or "").startswith("authentication_"):
        # Not the bank refusing the card: the confirmation it asked for did not happen.
        return f"{charge['failure_message']} {consequence}."
    return (
        f"{label(charge)} was declined: {charge['failure_message']} {consequence}; use another "
        "card or contact your bank."
    )


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
        name = OTHER_BRAND_NAMES.get(card.brand, card.brand.replace("_", " ").title())
        raise InvalidRequest(
            f"{name} cards are not accepted; use a Visa, "
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


def duplicate_of(conn: sqlite3.Connection, account_id: str, card: StripeCard) -> sqlite3.Row | None:
    """A saved card of the account that is this card: the same fingerprint, or — where either
    has none (cards saved before fingerprints were kept) — the same brand, last 4 and expiry."""
    for saved in rows(conn, account_id):
        if saved["fingerprint"] and card.fingerprint:
            if saved["fingerprint"] == card.fingerprint:
                return saved
        elif (saved["brand"], saved["last4"], saved["exp_month"], saved["exp_year"]) == (
            card.brand,
            card.last4,
            card.exp_month,
            card.exp_year,
        ):
            return saved
    return None


def check_not_saved(conn: sqlite3.Connection, account_id: str, card: StripeCard) -> None:
    """A card is saved once: a second copy would only be a second way to charge it."""
    same = duplicate_of(conn, account_id, card)
    if same is not None:
        raise RuleRefused(
            f"This card is already saved as {label(same)}; there is no need to add it again.",
            code="card_already_saved",
            param="setup_intent_id",
        )


def insert_card(
    conn: sqlite3.Connection,
    gateway: StripeGateway,
    account: sqlite3.Row,
    card: StripeCard,
    now: datetime,
) -> str:
    """Attach a brand-checked Stripe card to the account, unless it is already saved; the first
    card becomes the default. The caller holds the write transaction."""
    check_brand(card)
    check_not_saved(conn, account["id"], card)
    if card.customer_id != account["stripe_customer_id"]:
        gateway.attach(card.payment_method_id, account["stripe_customer_id"])
    card_id = new_id("pm")
    conn.execute(
        "INSERT INTO payment_methods (id, account_id, stripe_payment_method_id, brand, last4,"
        " exp_month, exp_year, fingerprint, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (
            card_id,
            account["id"],
            card.payment_method_id,
            card.brand,
            card.last4,
            card.exp_month,
            card.exp_year,
            card.fingerprint,
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
