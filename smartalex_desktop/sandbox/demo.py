"""The demo data `--demo` seeds once per data folder, made by the billing engine itself.

On a new data folder the clock starts a year back; the demo practice signs up then, and the
year is lived through the same services the API runs: calls recorded day by day (billed against
the allowance, overage from the wallet, auto top-ups), renewals and their collection as the
clock passes each anniversary, a top-up, an upgrade, a renewal declined on an expired card and
paid the next day with another, and a refunded top-up. So the demo obeys every billing rule by
construction. A folder that already has a clock gets the accounts without back history.

The randomness is seeded: every new demo folder holds the same year (shifted to its dates).
"""

from __future__ import annotations

import random
import sqlite3
import time
import uuid
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

from smartalex_desktop.sandbox import clock
from smartalex_desktop.sandbox.db import write_transaction
from smartalex_desktop.sandbox.demo_accounts import (
    DEMO_EMAIL,
    DEMO_PASSWORD,
    OTHER_EMAIL,
    OTHER_PASSWORD,
)
from smartalex_desktop.sandbox.schemas import AutoTopUpUpdate, SandboxAccountCreate, WalletUpdate
from smartalex_desktop.sandbox.services import (
    accounts,
    auto_top_up,
    collection,
    cycle,
    onboarding,
    payment_methods,
    refunds,
    subscriptions,
    top_ups,
    usage,
)
from smartalex_desktop.sandbox.stripe_gateway import StripeGateway

# A year and a fortnight: the current period is under way, with calls in it.
HISTORY = timedelta(days=379)

VISA, MASTERCARD, DECLINING = "4242424242424242", "5555555555554444", "4000000000000341"


class _Practice:
    """One demo account being lived through: its id, its cards, its call pattern."""

    def __init__(
        self,
        conn: sqlite3.Connection,
        gateway: StripeGateway,
        account_id: str,
        calls_per_weekday: tuple[int, int],
        rng: random.Random,
    ) -> None:
        self.conn, self.gateway, self.account_id = conn, gateway, account_id
        self.calls_per_weekday, self.rng = calls_per_weekday, rng

    def save_test_card(self, number: str, cvc: str = "123") -> str:
        return add_test_card(self.conn, self.gateway, self.account_id, number, cvc)

    def day_of_calls(self, day: datetime) -> None:
        """The day's calls, each at its own time between 08:00 and 18:00 local."""
        low, high = self.calls_per_weekday
        count = self.rng.randint(low, high) if day.weekday() < 5 else self.rng.randint(0, 2)
        times = sorted(self.rng.randint(8 * 3600, 18 * 3600) for _ in range(count))
        for second_of_day in times:
            self.advance_to(day + timedelta(seconds=second_of_day))
            call_type = self.rng.choices(("inbound", "outbound", "web"), (70, 15, 15))[0]
            self.call(call_type, self.rng.randint(25, 540))

    def call(self, call_type: str, seconds: int) -> None:
        """What `POST /v1/sandbox/calls` does."""
        _call_id, trigger = usage.record_call(self.conn, self.account_id, call_type, seconds)
        top_ups.run_automatic(self.conn, self.gateway, trigger)
        collection.run_due(self.conn, self.gateway)

    def advance_to(self, moment: datetime) -> None:
        if moment > clock.now(self.conn):
            cycle.advance_clock_to(self.conn, self.gateway, moment)

    def top_up(self, amount_cents: int, card_id: str) -> str:
        row = top_ups.top_up(
            self.conn,
            self.gateway,
            self.account_id,
            amount_cents=amount_cents,
            payment_method_id=card_id,
            automatic=False,
            idempotency_key=str(uuid.uuid4()),
        )
        return str(row["id"])


def add_test_card(
    conn: sqlite3.Connection, gateway: StripeGateway, account_id: str, number: str, cvc: str
) -> str:
    """What the app does with a card: a SetupIntent confirmed with Stripe's test card, then
    registered with the account; the new card's id."""
    with write_transaction(conn):
        account = accounts.account_row(conn, account_id)
        intent_id, _secret = gateway.create_setup_intent(account["stripe_customer_id"])
        gateway.confirm_with_test_card(intent_id, number, cvc)
        return payment_methods.register(conn, gateway, account, intent_id, clock.now(conn))


def _create(
    conn: sqlite3.Connection,
    gateway: StripeGateway,
    request: SandboxAccountCreate,
    *,
    address: str,
    tax_id: str,
) -> str:
    with write_transaction(conn):
        account_id = onboarding.create_customer(conn, gateway, request)
        conn.execute(
            "UPDATE accounts SET address = ?, tax_id = ? WHERE id = ?",
            (address, tax_id, account_id),
        )
    return account_id


def seed_once(conn: sqlite3.Connection, gateway: StripeGateway, *, until: datetime) -> float | None:
    """Seed the demo accounts unless this data folder has them; the seconds it took, if so."""
    if accounts.email_taken(conn, DEMO_EMAIL):
        return None
    started = time.perf_counter()
    rng = random.Random(2026)
    start = clock.now(conn)
    demo = _Practice(
        conn,
        gateway,
        _create(
            conn,
            gateway,
            SandboxAccountCreate(
                email=DEMO_EMAIL,
                password=DEMO_PASSWORD,
                plan="professional",
                signup_at=start,
                tax_rate_bps=825,
                phone_numbers=2,
                timezone="America/New_York",
                company_name="Bright Smile Dental",
            ),
            address="1200 Harbor Street, Suite 300\nBoston, MA 02110",
            tax_id="EIN 12-3456789",
        ),
        calls_per_weekday=(3, 7),
        rng=rng,
    )
    visa = demo.save_test_card(VISA)
    mastercard = demo.save_test_card(MASTERCARD, "456")
    with write_transaction(conn):
        auto_top_up.update_settings(conn, demo.account_id, _wallet_settings(visa))
    demo.top_up(100_00, visa)

    zone = ZoneInfo("America/New_York")
    first_day = start.astimezone(zone).replace(hour=0, minute=0, second=0, microsecond=0)
    other: _Practice | None = None
    refundable = ""
    day_number = 0
    day = first_day + timedelta(days=1)
    while day + timedelta(hours=18) < until:
        day_number += 1
        if day_number == 75:  # the practice outgrows Professional
            demo.advance_to(day + timedelta(hours=7, minutes=45))
            with write_transaction(conn):
                subscriptions.apply_plan_change(
                    conn,
                    gateway,
                    accounts.account_row(conn, demo.account_id),
                    "dental",
                    clock.now(conn),
                )
        if day_number == 150:
            demo.advance_to(day + timedelta(hours=7))
            demo.top_up(200_00, mastercard)
        if day_number == 175:  # an expired card is made default: the next renewal declines
            declining = demo.save_test_card(DECLINING, "789")
            with write_transaction(conn):
                payment_methods.make_default(conn, demo.account_id, declining)
        if day_number == 250:
            demo.advance_to(day + timedelta(hours=7, minutes=30))
            refundable = demo.top_up(50_00, visa)
        if day_number == 251:  # "added by mistake": refunded the next morning, unused
            demo.advance_to(day + timedelta(hours=7, minutes=30))
            refunds.request_refund(conn, gateway, demo.account_id, refundable)
        if day_number == 300:
            demo.advance_to(day + timedelta(hours=6))
            other = _Practice(conn, gateway, _other_account(conn, gateway), (1, 4), rng)
            other.save_test_card("4000056655665556", "321")
        demo.day_of_calls(day)
        if other is not None:
            other.day_of_calls(day)
        if day_number > 175:
            _pay_declined_renewal(demo, visa, at=day + timedelta(hours=19))
        day += timedelta(days=1)
    return time.perf_counter() - started


def _wallet_settings(card_id: str) -> WalletUpdate:
    return WalletUpdate(
        low_balance_threshold_cents=25_00,
        auto_top_up=AutoTopUpUpdate(
            enabled=True,
            threshold_cents=20_00,
            amount_cents=50_00,
            payment_method_id=card_id,
            cap_cents=200_00,
        ),
    )


def _pay_declined_renewal(demo: _Practice, visa: str, *, at: datetime) -> None:
    """The evening a renewal declined, the office manager pays it with the Visa, makes the
    Visa the default again and removes the expired card."""
    conn = demo.conn
    open_invoice = conn.execute(
        "SELECT id FROM invoices WHERE account_id = ? AND status = 'open' AND kind = 'renewal'",
        (demo.account_id,),
    ).fetchone()
    if open_invoice is None:
        return
    demo.advance_to(at)
    card = payment_methods.get(conn, demo.account_id, visa)
    collection.charge(
        conn, demo.gateway, open_invoice["id"], card, idempotency_key=str(uuid.uuid4())
    )
    with write_transaction(conn):
        payment_methods.make_default(conn, demo.account_id, visa)
        declining = conn.execute(
            "SELECT id FROM payment_methods WHERE account_id = ? AND last4 = '0341'",
            (demo.account_id,),
        ).fetchone()
        if declining is not None:
            payment_methods.remove(
                conn, demo.gateway, accounts.account_row(conn, demo.account_id), declining["id"]
            )


def _other_account(conn: sqlite3.Connection, gateway: StripeGateway) -> str:
    return _create(
        conn,
        gateway,
        SandboxAccountCreate(
            email=OTHER_EMAIL,
            password=OTHER_PASSWORD,
            plan="professional",
            timezone="Europe/London",
            company_name="Northside Realty",
        ),
        address="8 King's Road\nLondon SW3 4RY",
        tax_id="",
    )
