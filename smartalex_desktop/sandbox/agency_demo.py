"""The agency demo (`--demo --agency N`): N practices an agency manages, in different states.

What an agency office manager meets on a Monday: most practices fine, and a few that need them —
a renewal declined on an expiring card (past due), a Wallet under its alert amount, auto top-up
switched off after three declined charges, a subscription set to cancel, a card that runs out
next month, usage heading well past the allowance. Each state is reached the way a real account
reaches it, through the billing services the API runs (calls billed against the allowance,
renewals charged as the clock passes them, automatic top-ups declined day after day), so the
demo obeys every billing rule by construction, as the demo year does (`demo.py`).

Seeding 50 has to be quick (a few seconds more than the demo year): each practice lives only the
last `AGENCY_HISTORY` of the demo year — one renewal, some top-ups and usage invoices, a few
calls a day — instead of a year. Their calls come in the evening of each demo day (New York
time), after the demo practice's day, because the clock is shared and only moves forward.
A data folder seeded before without them gets them without back history (the clock cannot go
back): the states that need days to happen (the three declines) then show what one day brings.

Two practices share a name on purpose ("Cedar Park Dental", in two cities): exports must keep
them apart. The randomness is seeded: every new folder holds the same practices.
"""

from __future__ import annotations

import enum
import random
import sqlite3
import time
import uuid
from dataclasses import dataclass
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

from smartalex_desktop.sandbox import clock
from smartalex_desktop.sandbox.db import write_transaction
from smartalex_desktop.sandbox.demo_accounts import (
    AGENCY_DOMAIN,
    AGENCY_PASSWORD,
    MAX_AGENCY_PRACTICES,
    agency_email,
)
from smartalex_desktop.sandbox.errors import RuleRefused
from smartalex_desktop.sandbox.schemas import AutoTopUpUpdate, SandboxAccountCreate, WalletUpdate
from smartalex_desktop.sandbox.services import (
    accounts,
    auto_top_up,
    collection,
    cycle,
    onboarding,
    payment_methods,
    subscriptions,
    top_ups,
    usage,
)
from smartalex_desktop.sandbox.stripe_gateway import StripeGateway

# How much of the demo year the agency practices live through: one renewal each, at least.
AGENCY_HISTORY = timedelta(days=40)
VISA, DECLINING = "4242424242424242", "4000000000000341"
NEW_YORK = ZoneInfo("America/New_York")

# Fifty practices: dental, medical and real-estate, across five timezones. "Cedar Park Dental"
# twice on purpose (Austin and Denver).
NAMES = (
    "Maple Grove Dental",
    "Harborview Family Medicine",
    "Lakeside Realty",
    "Cedar Park Dental",
    "Sunrise Pediatrics",
    "Riverbend Orthodontics",
    "Oak Hill Properties",
    "Bayside Dermatology",
    "Northgate Dental Studio",
    "Westfield Homes",
    "Pinecrest Family Dental",
    "Brookside Medical Group",
    "Summit Realty Partners",
    "Willow Creek Dental",
    "Evergreen Physical Therapy",
    "Silver Lake Real Estate",
    "Meadowbrook Dental Care",
    "Highland Urgent Care",
    "Fairview Property Group",
    "Kingsley Smiles",
    "Granite Peak Dental",
    "Coastal Women's Health",
    "Ironwood Realty",
    "Juniper Dental Arts",
    "Clearwater Chiropractic",
    "Redwood Homes",
    "Hillcrest Dental",
    "Cedar Park Dental",
    "Aspen Family Practice",
    "Blue Ridge Realty",
    "Magnolia Dental",
    "Prairie View Pediatrics",
    "Lighthouse Properties",
    "Foxglove Orthodontics",
    "Stonebridge Medical",
    "Copper Canyon Realty",
    "Bright Path Dental",
    "Elm Street Optometry",
    "Horizon Real Estate",
    "Laurel Dental Group",
    "Tidewater Family Medicine",
    "Oakmont Realty",
    "Saffron Dental",
    "Crescent Moon Pediatrics",
    "Beacon Hill Properties",
    "Rosewood Dental",
    "Valley Sports Medicine",
    "Harbor Point Realty",
    "Sequoia Dental",
    "Lantern Family Clinic",
)
CITIES = (
    ("New York, NY 10001", "America/New_York", 887),
    ("Austin, TX 78701", "America/Chicago", 825),
    ("Denver, CO 80202", "America/Denver", 0),
    ("Portland, OR 97204", "America/Los_Angeles", 0),
    ("London EC1A 1BB", "Europe/London", 0),
)


class State(enum.Enum):
    """What a practice is like at the end of the demo year."""

    HEALTHY = "healthy"
    PAST_DUE = "past_due"
    LOW_BALANCE = "low_balance"
    AUTO_TOP_UP_OFF = "auto_top_up_off"
    CANCELING = "canceling"
    CARD_EXPIRING = "card_expiring"
    HEAVY_USAGE = "heavy_usage"
    LOW_AND_EXPIRING = "low_balance_and_card_expiring"


# One practice in ten of each problem, the rest healthy: a realistic Monday, not a fire.
_CYCLE = (
    State.HEALTHY,
    State.PAST_DUE,
    State.HEALTHY,
    State.LOW_BALANCE,
    State.AUTO_TOP_UP_OFF,
    State.HEALTHY,
    State.CANCELING,
    State.CARD_EXPIRING,
    State.HEAVY_USAGE,
    State.LOW_AND_EXPIRING,
)


def state_of(number: int) -> State:
    """The state agency practice `number` (1-based) is seeded in."""
    return _CYCLE[(number - 1) % len(_CYCLE)]


def name_of(number: int) -> str:
    base = NAMES[(number - 1) % len(NAMES)]
    rounds = (number - 1) // len(NAMES)
    return base if rounds == 0 else f"{base} {rounds + 1}"


def _plan_for(name: str) -> str:
    if any(word in name for word in ("Dental", "Orthodontics", "Smiles")):
        return "dental"
    if any(word in name for word in ("Realty", "Real Estate", "Properties", "Homes", "Property")):
        return "real_estate"
    return "professional"


@dataclass
class _AgencyPractice:
    number: int
    account_id: str
    state: State
    visa: str
    calls_per_day: tuple[int, int]


class AgencyDemo:
    """The agency practices of one seeding: made when the clock reaches `starts_at`, then
    lived through each demo day (`live_day`), finished at the end (`finish`)."""

    def __init__(
        self,
        conn: sqlite3.Connection,
        gateway: StripeGateway,
        count: int,
        *,
        starts_at: datetime,
        until: datetime,
        rng: random.Random,
    ) -> None:
        self.conn, self.gateway = conn, gateway
        self.count = min(max(count, 0), MAX_AGENCY_PRACTICES)
        self.starts_at = starts_at
        self.until = until  # where the seeding ends: "now" for the practices' states
        self.rng = rng
        self.practices: list[_AgencyPractice] = []
        self._made = False

    # --- making the practices ---------------------------------------------------------------

    def make_if_due(self) -> None:
        """Make the practices (the ones this folder does not hold yet) once the clock has
        reached `starts_at`."""
        if self._made or not self.count or clock.now(self.conn) < self.starts_at:
            return
        self._made = True
        for number in range(1, self.count + 1):
            if not accounts.email_taken(self.conn, agency_email(number)):
                self.practices.append(self._make(number))

    def _make(self, number: int) -> _AgencyPractice:
        conn, gateway = self.conn, self.gateway
        now = clock.now(conn)
        name = name_of(number)
        city, timezone, tax_rate_bps = CITIES[(number - 1) % len(CITIES)]
        if name == "Cedar Park Dental" and number > 10:
            city, timezone, tax_rate_bps = CITIES[2]  # the namesake in Denver
        state = state_of(number)
        with write_transaction(conn):
            account_id = onboarding.create_customer(
                conn,
                gateway,
                SandboxAccountCreate(
                    email=agency_email(number),
                    password=AGENCY_PASSWORD,
                    plan=_plan_for(name),  # type: ignore[arg-type]
                    # Signed up earlier in a month: renewals fall on different days.
                    signup_at=now - timedelta(days=self.rng.randint(0, 27), hours=3),
                    tax_rate_bps=tax_rate_bps,
                    phone_numbers=1 + number % 3,
                    timezone=timezone,
                    company_name=name,
                ),
            )
            conn.execute(
                "UPDATE accounts SET address = ?, tax_id = ? WHERE id = ?",
                (f"{100 + number * 7} Main Street\n{city}", "", account_id),
            )
        expiring = state in (State.CARD_EXPIRING, State.LOW_AND_EXPIRING)
        # The card runs out at the end of next month, seen from the end of the seeding.
        soon = (self.until + timedelta(days=25)).astimezone(NEW_YORK)
        if state is State.PAST_DUE:
            # The card on file declines when charged: the renewal and usage stay open.
            self._save_card(account_id, DECLINING)
        visa = self._save_card(
            account_id, VISA, exp=(soon.month, soon.year) if expiring else (12, 2030)
        )
        practice = _AgencyPractice(number, account_id, state, visa, (0, 3))
        if state is State.PAST_DUE:
            return practice  # no credits, no auto top-up: usage goes to the declining card
        if state in (State.LOW_BALANCE, State.LOW_AND_EXPIRING):
            self._top_up(account_id, 20_00, visa)
            self._wallet(account_id, alert_cents=50_00, auto=None)
            return practice
        if state is State.AUTO_TOP_UP_OFF:
            declining = self._save_card(account_id, DECLINING)
            self._top_up(account_id, 20_00, visa)
            # Auto top-up charges the card that declines: tried once a day, off after three.
            self._wallet(account_id, alert_cents=10_00, auto=(30_00, 50_00, declining))
            practice.calls_per_day = (3, 6)
            return practice
        if state is State.HEAVY_USAGE:
            practice.calls_per_day = (4, 8)
        self._top_up(account_id, self.rng.choice((50_00, 100_00, 150_00)), visa)
        self._wallet(account_id, alert_cents=20_00, auto=(15_00, 50_00, visa))
        return practice

    def _save_card(self, account_id: str, number: str, *, exp: tuple[int, int] = (12, 2030)) -> str:
        """What the app does with a card (a SetupIntent confirmed with a Stripe test card, then
        registered with the account), with the expiry the state needs."""
        conn = self.conn
        with write_transaction(conn):
            account = accounts.account_row(conn, account_id)
            intent_id, _secret = self.gateway.create_setup_intent(account["stripe_customer_id"])
            self.gateway.confirm_with_test_card(
                intent_id, number, "123", exp_month=exp[0], exp_year=exp[1]
            )
            return payment_methods.register(conn, self.gateway, account, intent_id, clock.now(conn))

    def _top_up(self, account_id: str, amount_cents: int, card_id: str) -> None:
        top_ups.top_up(
            self.conn,
            self.gateway,
            account_id,
            amount_cents=amount_cents,
            payment_method_id=card_id,
            automatic=False,
            idempotency_key=str(uuid.uuid4()),
        )

    def _wallet(
        self, account_id: str, *, alert_cents: int, auto: tuple[int, int, str] | None
    ) -> None:
        update = WalletUpdate(low_balance_threshold_cents=alert_cents)
        if auto is not None:
            threshold_cents, amount_cents, card_id = auto
            update = WalletUpdate(
                low_balance_threshold_cents=alert_cents,
                auto_top_up=AutoTopUpUpdate(
                    enabled=True,
                    threshold_cents=threshold_cents,
                    amount_cents=amount_cents,
                    payment_method_id=card_id,
                    cap_cents=None,
                ),
            )
        with write_transaction(self.conn):
            auto_top_up.update_settings(self.conn, account_id, update)

    # --- living the days --------------------------------------------------------------------

    def live_day(self, day: datetime) -> None:
        """The practices' calls of one demo day (`day` is its midnight in New York), between
        19:30 and 23:30 there, in time order across practices."""
        self.make_if_due()
        if not self.practices:
            return
        weekday = day.weekday() < 5
        calls: list[tuple[int, int, str, int]] = []
        for index, practice in enumerate(self.practices):
            low, high = practice.calls_per_day
            busy = weekday or practice.state in (State.HEAVY_USAGE, State.AUTO_TOP_UP_OFF)
            count = self.rng.randint(low, high) if busy else self.rng.randint(0, 1)
            for _ in range(count):
                second = self.rng.randint(int(19.5 * 3600), int(23.5 * 3600))
                call_type = self.rng.choices(("inbound", "outbound", "web"), (70, 15, 15))[0]
                calls.append((second, index, call_type, self.rng.randint(25, 540)))
        calls.sort()
        for second, index, call_type, seconds in calls:
            self._advance_to(day + timedelta(seconds=second))
            self._call(self.practices[index], call_type, seconds)

    def _call(self, practice: _AgencyPractice, call_type: str, seconds: int) -> None:
        """What `POST /v1/sandbox/calls` does."""
        try:
            _call_id, trigger = usage.record_call(
                self.conn, practice.account_id, call_type, seconds
            )
        except RuleRefused:  # a canceled subscription answers no more calls: none are made
            return
        top_ups.run_automatic(self.conn, self.gateway, trigger)
        collection.run_due(self.conn, self.gateway)

    def _advance_to(self, moment: datetime) -> None:
        if moment > clock.now(self.conn):
            cycle.advance_clock_to(self.conn, self.gateway, moment)

    def finish(self) -> None:
        """The last touches, at the clock's now: the practices set to cancel say so now (a
        cancellation earlier would have ended them at their renewal)."""
        self.make_if_due()
        for practice in self.practices:
            if practice.state is State.CANCELING:
                with write_transaction(self.conn):
                    subscriptions.cancel(
                        self.conn,
                        practice.account_id,
                        "switched_service",
                        "Moving to the clinic group's own phone system.",
                    )


def seed_without_history(
    conn: sqlite3.Connection, gateway: StripeGateway, count: int
) -> float | None:
    """A folder whose demo year was seeded before: add the agency practices it lacks, at the
    clock's now (no back history); the seconds it took, or None when none were missing."""
    missing = [n for n in range(1, count + 1) if not accounts.email_taken(conn, agency_email(n))]
    if not missing:
        return None
    started = time.perf_counter()
    now = clock.now(conn)
    agency = AgencyDemo(conn, gateway, count, starts_at=now, until=now, rng=random.Random(2027))
    agency.finish()
    return time.perf_counter() - started


def seeded_count(conn: sqlite3.Connection) -> int:
    """How many agency practices this folder holds (1…N, in order)."""
    (count,) = conn.execute(
        "SELECT COUNT(*) FROM accounts WHERE email LIKE ?", (f"practice-%@{AGENCY_DOMAIN}",)
    ).fetchone()
    return int(count)
