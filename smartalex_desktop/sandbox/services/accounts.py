"""Accounts: creation (sandbox only), practice details, sign-in email and password."""

from __future__ import annotations

import sqlite3
from datetime import datetime

from smartalex_desktop.sandbox import periods
from smartalex_desktop.sandbox.errors import Forbidden, InvalidRequest, NotFound, RuleRefused
from smartalex_desktop.sandbox.periods import to_db
from smartalex_desktop.sandbox.schemas import Account, AccountUpdate
from smartalex_desktop.sandbox.security import hash_password, new_id, verify_password
from smartalex_desktop.sandbox.stripe_gateway import StripeGateway

WRONG_PASSWORD = "The current password is not correct; type it again."


def account_row(conn: sqlite3.Connection, account_id: str) -> sqlite3.Row:
    row = conn.execute("SELECT * FROM accounts WHERE id = ?", (account_id,)).fetchone()
    if row is None:
        raise NotFound("This account no longer exists.", code="account_not_found")
    return row


def to_schema(row: sqlite3.Row) -> Account:
    return Account(
        id=row["id"],
        email=row["email"],
        company_name=row["company_name"],
        address=row["address"],
        tax_id=row["tax_id"],
        tax_rate_bps=row["tax_rate_bps"],
        timezone=row["timezone"],
        phone_numbers=row["phone_numbers"],
        created_at=periods.from_db(row["created_at"]),
    )


def require_timezone(name: str) -> str:
    if not periods.is_valid_timezone(name):
        raise InvalidRequest(
            f"'{name}' is not a known timezone; use an IANA name such as 'America/New_York'.",
            code="invalid_timezone",
            param="timezone",
        )
    return name


def email_taken(conn: sqlite3.Connection, email: str, except_account: str | None = None) -> bool:
    row = conn.execute(
        "SELECT id FROM accounts WHERE email = ? AND id IS NOT ?", (email, except_account)
    ).fetchone()
    return row is not None


def insert_account(
    conn: sqlite3.Connection,
    *,
    email: str,
    password: str,
    company_name: str,
    tax_rate_bps: int,
    phone_numbers: int,
    timezone: str,
    now: datetime,
) -> str:
    """Insert an account, not yet linked to Stripe; the caller holds the write transaction and
    calls `open_stripe_customer` once every local check has passed."""
    require_timezone(timezone)
    if email_taken(conn, email):
        raise RuleRefused(
            f"An account with the email {email} already exists; sign in instead.",
            code="email_taken",
            param="email",
        )
    account_id = new_id("acct")
    conn.execute(
        "INSERT INTO accounts (id, email, password_hash, company_name, tax_rate_bps, timezone,"
        " phone_numbers, stripe_customer_id, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, '', ?)",
        (
            account_id,
            email,
            hash_password(password),
            company_name,
            tax_rate_bps,
            timezone,
            phone_numbers,
            to_db(now),
        ),
    )
    conn.execute("INSERT INTO wallets (account_id) VALUES (?)", (account_id,))
    return account_id


def open_stripe_customer(conn: sqlite3.Connection, gateway: StripeGateway, account_id: str) -> None:
    """The account's Stripe customer: the last step of creating an account, so a request that
    a local rule refuses leaves nothing behind in Stripe (the transaction undoes the rest)."""
    row = account_row(conn, account_id)
    customer_id = gateway.create_customer(row["email"], account_id)
    conn.execute(
        "UPDATE accounts SET stripe_customer_id = ? WHERE id = ?", (customer_id, account_id)
    )


def update(conn: sqlite3.Connection, account_id: str, changes: AccountUpdate) -> None:
    fields = changes.model_dump(exclude_unset=True)
    if fields.get("timezone") is not None:
        require_timezone(fields["timezone"])
    for name, value in fields.items():
        if value is None:
            raise InvalidRequest(
                f"'{name}' cannot be null; send a text value (empty to clear it).",
                code="invalid_parameter",
                param=name,
            )
        # `name` is one of the model's declared fields, never user text.
        conn.execute(f"UPDATE accounts SET {name} = ? WHERE id = ?", (value.strip(), account_id))


def check_password(row: sqlite3.Row, password: str) -> None:
    if not verify_password(password, row["password_hash"]):
        raise Forbidden(WRONG_PASSWORD, code="wrong_password", param="current_password")


def change_email(
    conn: sqlite3.Connection, account_id: str, new_email: str, current_password: str
) -> None:
    row = account_row(conn, account_id)
    check_password(row, current_password)
    if email_taken(conn, new_email, except_account=account_id):
        raise RuleRefused(
            f"Another account already uses {new_email}; choose a different email.",
            code="email_taken",
            param="email",
        )
    conn.execute("UPDATE accounts SET email = ? WHERE id = ?", (new_email, account_id))


def change_password(
    conn: sqlite3.Connection, account_id: str, current_password: str, new_password: str
) -> None:
    row = account_row(conn, account_id)
    check_password(row, current_password)
    if new_password == current_password:
        raise InvalidRequest(
            "The new password is the same as the current one; choose a different one.",
            code="password_unchanged",
            param="new_password",
        )
    conn.execute(
        "UPDATE accounts SET password_hash = ? WHERE id = ?",
        (hash_password(new_password), account_id),
    )
