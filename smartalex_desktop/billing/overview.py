"""What the All Accounts view says about each account, and which accounts need the manager.

Pure Python (no Qt, no network), so it is tested figure by figure against the API's own models:
the refresh hands `overview_row` an `AccountFacts` — what SmartAlex said about one account (or
what its saved copy holds), and when — and gets back the row's figures and the problems that
need attention, most urgent first. Every figure is SmartAlex's (billing-rules.md: the app
explains, it does not work things out when SmartAlex can answer); the app computes only what is
a matter of reading — sums of what is open, days until a card's month ends — and, for a server
that does not send `upcoming_renewal`, an estimate of the renewal that says it is one.

Which problems count, and where each one is dealt with:

| problem | when | tab |
|---|---|---|
| past due | the subscription is past due, or an invoice is open with money due | Invoices |
| Wallet low | the balance is under the alert amount the manager set for it | Wallet |
| auto top-up off | it switched itself off after declined charges (not by hand) | Wallet |
| card expiring | a card's month ends within 60 days (or has ended) | Payment Methods |
| overage | the period's projected overage is over the amount the manager set | Usage |
"""

from __future__ import annotations

import calendar
import enum
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from smartalex_desktop.api.models import (
    Account,
    Invoice,
    PaymentMethod,
    Plan,
    Subscription,
    Usage,
    Wallet,
)
from smartalex_desktop.billing.notifications import AccountSnapshot

EXPIRY_WINDOW_DAYS = 60
DEFAULT_OVERAGE_ALERT_CENTS = 25_00


class Attention(enum.StrEnum):
    """A problem that puts an account under "Needs attention"; the value is its settings key."""

    PAST_DUE = "past_due"
    LOW_BALANCE = "low_balance"
    AUTO_TOP_UP_OFF = "auto_top_up_off"
    CARD_EXPIRING = "card_expiring"
    OVERAGE = "projected_overage"


# Most urgent first: money already owed, then money about to go to the card, then what will
# fail later. Opening an account goes to the first problem's tab.
PRIORITY = (
    Attention.PAST_DUE,
    Attention.LOW_BALANCE,
    Attention.AUTO_TOP_UP_OFF,
    Attention.CARD_EXPIRING,
    Attention.OVERAGE,
)
# The tab each problem is dealt with on (an AccountTab's icon_name).
TAB = {
    Attention.PAST_DUE: "invoice",
    Attention.LOW_BALANCE: "wallet",
    Attention.AUTO_TOP_UP_OFF: "wallet",
    Attention.CARD_EXPIRING: "card",
    Attention.OVERAGE: "usage",
}
LABELS = {
    Attention.PAST_DUE: "Past due",
    Attention.LOW_BALANCE: "Wallet low",
    Attention.AUTO_TOP_UP_OFF: "Auto top-up off",
    Attention.CARD_EXPIRING: "Card expiring",
    Attention.OVERAGE: "Overage ahead",
}


class Standing(enum.StrEnum):
    ACTIVE = "active"
    PAST_DUE = "past_due"
    CANCELING = "canceling"  # set to cancel at the period's end; can still be resumed
    CANCELED = "canceled"
    UNKNOWN = "unknown"  # nothing saved or fetched yet


class AutoTopUpState(enum.StrEnum):
    ON = "on"
    DECLINING = "declining"  # on, but its last charges were declined
    OFF = "off"  # switched off by the manager
    OFF_AFTER_DECLINES = "off_after_declines"  # switched itself off
    UNKNOWN = "unknown"


@dataclass(frozen=True)
class AccountFacts:
    """What SmartAlex said about one account (or what its saved copy holds), as of `as_of`.

    `live`: fetched from SmartAlex in this refresh (else read from the saved copy). `today` is
    the account's day in its timezone, by SmartAlex's clock when it was asked (the sandbox's
    test clock in demo mode), for the cards' expiry."""

    account: Account
    subscription: Subscription | None
    plans: Sequence[Plan]
    wallet: Wallet | None
    usage: Usage | None
    cards: Sequence[PaymentMethod]
    open_invoices: Sequence[Invoice]
    today: date
    as_of: datetime | None
    live: bool

    def snapshot(self, name: str) -> AccountSnapshot | None:
        """What the notification rules look at, from the same fetch (None without a Wallet)."""
        if self.wallet is None:
            return None
        return AccountSnapshot(
            account=self.account.company_name or name,
            wallet=self.wallet,
            usage=self.usage,
            cards=list(self.cards),
            open_invoices=list(self.open_invoices),
            today=self.today,
        )


@dataclass(frozen=True)
class ExpiringCard:
    id: str
    brand: str
    last4: str
    exp_month: int
    exp_year: int
    days_left: int  # to the last day of its month; negative once expired
    is_default: bool

    @property
    def expired(self) -> bool:
        return self.days_left < 0


@dataclass(frozen=True)
class OverviewRow:
    """One account's figures for the All Accounts view (money in cents, times aware)."""

    practice_name: str
    timezone: str
    plan_name: str
    standing: Standing
    period_end: datetime | None  # when a canceling subscription ends / the period renews
    balance_cents: int | None
    alert_cents: int | None
    auto_top_up: AutoTopUpState
    auto_top_up_declines: int
    auto_top_up_reason: str | None
    used_minutes: int | None
    included_minutes: int | None
    projected_overage_cents: int | None
    renews_at: datetime | None
    renewal_cents: int | None
    renewal_estimated: bool  # the server did not say; plan price plus tax
    open_invoices: tuple[Invoice, ...]
    open_total_cents: int
    expiring_cards: tuple[ExpiringCard, ...]
    as_of: datetime | None
    live: bool
    attention: tuple[Attention, ...] = field(default=())

    @property
    def needs_attention(self) -> bool:
        return bool(self.attention)

    @property
    def below_alert(self) -> bool:
        return Attention.LOW_BALANCE in self.attention

    @property
    def oldest_open_invoice(self) -> Invoice | None:
        """The invoice owed longest: the one "past due" opens on."""
        if not self.open_invoices:
            return None
        return min(self.open_invoices, key=lambda invoice: (invoice.created_at, invoice.number))

    @property
    def tab(self) -> str | None:
        """The tab of the most urgent problem (None: nothing needs attention)."""
        return TAB[self.attention[0]] if self.attention else None


def overview_row(facts: AccountFacts, *, overage_alert_cents: int) -> OverviewRow:
    """The row for `facts`; `overage_alert_cents` is the manager's "flag projected overage over"
    amount (0: any projected overage)."""
    subscription, wallet, usage = facts.subscription, facts.wallet, facts.usage
    standing = _standing(subscription)
    due = tuple(
        invoice
        for invoice in facts.open_invoices
        if invoice.status == "open" and invoice.amount_due_cents > 0
    )
    expiring = tuple(
        sorted(
            (card for card in (_expiring(card, facts.today) for card in facts.cards) if card),
            key=lambda card: card.days_left,
        )
    )
    auto_state, declines, reason = _auto_top_up(wallet)
    renews_at, renewal_cents, estimated = _renewal(facts, standing)
    attention: list[Attention] = []
    if standing is Standing.PAST_DUE or due:
        attention.append(Attention.PAST_DUE)
    if wallet is not None and wallet.balance_cents < wallet.low_balance_threshold_cents:
        attention.append(Attention.LOW_BALANCE)
    if auto_state is AutoTopUpState.OFF_AFTER_DECLINES:
        attention.append(Attention.AUTO_TOP_UP_OFF)
    if expiring:
        attention.append(Attention.CARD_EXPIRING)
    if usage is not None and usage.projected_overage_cents > max(overage_alert_cents, 0):
        attention.append(Attention.OVERAGE)
    return OverviewRow(
        practice_name=facts.account.company_name,
        timezone=facts.account.timezone or "UTC",
        plan_name=_plan_name(subscription, facts.plans),
        standing=standing,
        period_end=subscription.current_period_end if subscription is not None else None,
        balance_cents=wallet.balance_cents if wallet is not None else None,
        alert_cents=wallet.low_balance_threshold_cents if wallet is not None else None,
        auto_top_up=auto_state,
        auto_top_up_declines=declines,
        auto_top_up_reason=reason,
        used_minutes=usage.used_minutes if usage is not None else None,
        included_minutes=usage.included_minutes if usage is not None else None,
        projected_overage_cents=usage.projected_overage_cents if usage is not None else None,
        renews_at=renews_at,
        renewal_cents=renewal_cents,
        renewal_estimated=estimated,
        open_invoices=due,
        open_total_cents=sum(invoice.amount_due_cents for invoice in due),
        expiring_cards=expiring,
        as_of=facts.as_of,
        live=facts.live,
        attention=tuple(kind for kind in PRIORITY if kind in attention),
    )


def account_today(now: datetime, timezone: str) -> date:
    """`now`'s day in the account's timezone (UTC for a name this computer does not know)."""
    try:
        zone = ZoneInfo(timezone)
    except (ZoneInfoNotFoundError, ValueError):
        zone = ZoneInfo("UTC")
    return now.astimezone(zone).date()


# --- the parts ----------------------------------------------------------------------------------


def _standing(subscription: Subscription | None) -> Standing:
    if subscription is None:
        return Standing.UNKNOWN
    if subscription.status == "canceled":
        return Standing.CANCELED
    if subscription.status == "past_due":
        return Standing.PAST_DUE
    if subscription.cancel_at_period_end:
        return Standing.CANCELING
    return Standing.ACTIVE


def _plan_name(subscription: Subscription | None, plans: Sequence[Plan]) -> str:
    if subscription is None:
        return ""
    plan = next((plan for plan in plans if plan.id == subscription.plan), None)
    return plan.name if plan is not None else subscription.plan.replace("_", " ").title()


def _expiring(card: PaymentMethod, today: date) -> ExpiringCard | None:
    """The card, when its month ends within the window (a card is good through its month)."""
    if not 1 <= card.exp_month <= 12:
        return None
    last_day = date(
        card.exp_year, card.exp_month, calendar.monthrange(card.exp_year, card.exp_month)[1]
    )
    days_left = (last_day - today).days
    if days_left > EXPIRY_WINDOW_DAYS:
        return None
    return ExpiringCard(
        card.id, card.brand, card.last4, card.exp_month, card.exp_year, days_left, card.is_default
    )


def _auto_top_up(wallet: Wallet | None) -> tuple[AutoTopUpState, int, str | None]:
    if wallet is None:
        return AutoTopUpState.UNKNOWN, 0, None
    auto = wallet.auto_top_up
    if auto.enabled:
        state = AutoTopUpState.DECLINING if auto.consecutive_declines else AutoTopUpState.ON
        return state, auto.consecutive_declines, None
    if auto.disabled_reason:
        return AutoTopUpState.OFF_AFTER_DECLINES, auto.consecutive_declines, auto.disabled_reason
    return AutoTopUpState.OFF, 0, None


def _renewal(facts: AccountFacts, standing: Standing) -> tuple[datetime | None, int | None, bool]:
    """When the next renewal comes and what it will charge: SmartAlex's `upcoming_renewal`
    (which includes the card-billed usage so far); for a server that does not send it, the
    plan's price plus tax, marked as an estimate. None when no renewal comes."""
    subscription = facts.subscription
    if subscription is None or standing in (Standing.CANCELING, Standing.CANCELED):
        return None, None, False
    upcoming = subscription.upcoming_renewal
    if upcoming is not None:
        return upcoming.renews_at, upcoming.total_cents, False
    plan_id = subscription.scheduled_plan or subscription.plan
    plan = next((plan for plan in facts.plans if plan.id == plan_id), None)
    price_cents = plan.price_cents if plan is not None else subscription.price_cents
    if price_cents is None:
        return subscription.current_period_end, None, True
    tax_cents = (price_cents * facts.account.tax_rate_bps + 5_000) // 10_000  # half up, once
    return subscription.current_period_end, price_cents + tax_cents, True
