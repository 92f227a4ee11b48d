"""Creating a customer (sandbox only): the account, its Stripe customer, its subscription."""

from __future__ import annotations

import sqlite3

from smartalex_desktop.sandbox import clock
from smartalex_desktop.sandbox.errors import InvalidRequest
from smartalex_desktop.sandbox.schemas import SandboxAccountCreate
from smartalex_desktop.sandbox.services import accounts, subscriptions
from smartalex_desktop.sandbox.stripe_gateway import StripeGateway


def create_customer(
    conn: sqlite3.Connection, gateway: StripeGateway, request: SandboxAccountCreate
) -> str:
    """Create the account and start its subscription; the caller holds the write transaction.

    Stripe comes last: every local check (the clock, the email, the timezone, the plan) runs
    first, so a refused request never leaves a Stripe customer without an account."""
    now = clock.now(conn)
    signup_at = request.signup_at or now
    if signup_at > now:
        raise InvalidRequest(
            "'signup_at' is in the future of the sandbox clock; leave it out or pass a past time.",
            code="signup_in_future",
            param="signup_at",
        )
    account_id = accounts.insert_account(
        conn,
        email=request.email,
        password=request.password,
        company_name=request.company_name,
        tax_rate_bps=request.tax_rate_bps,
        phone_numbers=request.phone_numbers,
        timezone=request.timezone,
        now=now,
    )
    subscriptions.start(conn, account_id, request.plan, signup_at, request.timezone, now)
    accounts.open_stripe_customer(conn, gateway, account_id)
    return account_id
