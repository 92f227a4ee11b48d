"""The demo data `--demo` seeds once per data folder: the accounts of SPEC section 4.

Seeded through the same services the API runs (customer creation, SetupIntent → card), so the
demo obeys the billing rules by construction.
"""

from __future__ import annotations

import logging
import sqlite3
from datetime import timedelta

from smartalex_desktop.sandbox import clock
from smartalex_desktop.sandbox.db import write_transaction
from smartalex_desktop.sandbox.schemas import SandboxAccountCreate
from smartalex_desktop.sandbox.services import accounts, onboarding, payment_methods
from smartalex_desktop.sandbox.stripe_gateway import StripeGateway

log = logging.getLogger(__name__)

DEMO_EMAIL = "demo@smartalex.test"
DEMO_PASSWORD = "demo-password"
OTHER_EMAIL = "other@smartalex.test"
OTHER_PASSWORD = "other-password"


def seed_once(conn: sqlite3.Connection, gateway: StripeGateway) -> bool:
    """Seed the demo accounts unless this data folder already has them; True if seeded now."""
    if accounts.email_taken(conn, DEMO_EMAIL):
        return False
    now = clock.now(conn)
    _customer(
        conn,
        gateway,
        SandboxAccountCreate(
            email=DEMO_EMAIL,
            password=DEMO_PASSWORD,
            plan="dental",
            signup_at=now - timedelta(days=365),
            tax_rate_bps=825,
            phone_numbers=2,
            timezone="America/New_York",
            company_name="Bright Smile Dental",
        ),
        address="1200 Harbor Street, Suite 300\nBoston, MA 02110",
        tax_id="EIN 12-3456789",
        cards=[("4242424242424242", "123"), ("5555555555554444", "456")],
    )
    _customer(
        conn,
        gateway,
        SandboxAccountCreate(
            email=OTHER_EMAIL,
            password=OTHER_PASSWORD,
            plan="professional",
            signup_at=now - timedelta(days=40),
            timezone="Europe/London",
            company_name="Northside Realty",
        ),
        address="8 King's Road\nLondon SW3 4RY",
        tax_id="",
        cards=[("4000056655665556", "789")],
    )
    log.info("seeded the demo accounts %s and %s", DEMO_EMAIL, OTHER_EMAIL)
    return True


def _customer(
    conn: sqlite3.Connection,
    gateway: StripeGateway,
    request: SandboxAccountCreate,
    *,
    address: str,
    tax_id: str,
    cards: list[tuple[str, str]],
) -> None:
    with write_transaction(conn):
        account_id = onboarding.create_customer(conn, gateway, request)
        conn.execute(
            "UPDATE accounts SET address = ?, tax_id = ? WHERE id = ?",
            (address, tax_id, account_id),
        )
        for number, cvc in cards:
            account = accounts.account_row(conn, account_id)
            intent_id, _secret = gateway.create_setup_intent(account["stripe_customer_id"])
            gateway.confirm_with_test_card(intent_id, number, cvc)
            payment_methods.register(conn, gateway, account, intent_id, clock.now(conn))
