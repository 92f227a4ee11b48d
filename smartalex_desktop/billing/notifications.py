"""When SmartAlex Desktop tells the office manager something unprompted, and what it says.

Pure Python (no Qt, no network): the background refresh hands `NotificationRules.observe` an
`AccountSnapshot` (what SmartAlex said about one account just now) and gets back the notices to
show. The rules remember what they already said, so a notice is an *event*, not a state: the
Wallet falling below the alert amount is said once, and only said again after the balance has
been back above it (re-armed). `memory` is plain JSON, kept in the settings, so a restart does
not repeat yesterday's notices.

One notice per kind per observation at most: three cards expiring this month make one notice
naming the three, not three notices.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date
from enum import StrEnum
from typing import Any

from smartalex_desktop.api.models import Invoice, PaymentMethod, Usage, Wallet
from smartalex_desktop.billing.cards import Brand
from smartalex_desktop.billing.money import money
from smartalex_desktop.billing.usage import projection_passes_allowance


class Kind(StrEnum):
    """What a notice is about; the value is its settings key and `TAB` says where it leads."""

    LOW_BALANCE = "low_balance"
    WALLET_EMPTY = "wallet_empty"
    AUTO_TOP_UP = "auto_top_up"
    PROJECTED_OVERAGE = "projected_overage"
    CARD_EXPIRING = "card_expiring"
    INVOICE_PAST_DUE = "invoice_past_due"


# The tab a click on the notice opens (the AccountTab's icon_name).
TAB = {
    Kind.LOW_BALANCE: "wallet",
    Kind.WALLET_EMPTY: "wallet",
    Kind.AUTO_TOP_UP: "wallet",
    Kind.PROJECTED_OVERAGE: "usage",
    Kind.CARD_EXPIRING: "card",
    Kind.INVOICE_PAST_DUE: "invoice",
}

# How each kind is named in the settings ("Notify me when…").
KIND_LABELS = {
    Kind.LOW_BALANCE: "The Wallet falls below the alert amount",
    Kind.WALLET_EMPTY: "The Wallet is empty and usage goes to the card",
    Kind.AUTO_TOP_UP: "An auto top-up is declined or switched off",
    Kind.PROJECTED_OVERAGE: "Usage is heading past the plan's included minutes",
    Kind.CARD_EXPIRING: "A card expires this month",
    Kind.INVOICE_PAST_DUE: "An invoice is past due",
}


@dataclass(frozen=True)
class AccountSnapshot:
    """What SmartAlex said about one account at one moment."""

    account: str  # the name the notice uses: the practice's name, else the sign-in email
    wallet: Wallet
    usage: Usage | None
    cards: Sequence[PaymentMethod]
    open_invoices: Sequence[Invoice]
    today: date  # the account's day (its timezone)


@dataclass(frozen=True)
class Notice:
    kind: Kind
    account: str
    title: str
    text: str

    @property
    def tab(self) -> str:
        return TAB[self.kind]


@dataclass
class _Memory:
    below_threshold: bool = False
    empty: bool = False
    declines: int = 0
    auto_top_up_off: bool = False
    overage_periods: list[str] = field(default_factory=list)  # period starts already said
    cards: list[str] = field(default_factory=list)  # "card id:YYYY-MM" already said
    invoices: list[str] = field(default_factory=list)  # open invoice ids already said


class NotificationRules:
    """The rules for one account, with what they already said."""

    def __init__(self, memory: dict[str, Any] | None = None) -> None:
        known = set(_Memory.__dataclass_fields__)
        self._memory = _Memory(**{k: v for k, v in (memory or {}).items() if k in known})

    @property
    def memory(self) -> dict[str, Any]:
        """What was said, as JSON-able data for `NotificationRules(memory)` after a restart."""
        return dict(self._memory.__dict__)

    def observe(self, snapshot: AccountSnapshot) -> list[Notice]:
        notices = [
            self._empty(snapshot),  # first: an empty Wallet is said as that, not also as "low"
            self._low_balance(snapshot),
            self._auto_top_up(snapshot),
            self._projected_overage(snapshot),
            self._cards_expiring(snapshot),
            self._past_due(snapshot),
        ]
        return [notice for notice in notices if notice is not None]

    # --- the rules ------------------------------------------------------------------------------

    def _low_balance(self, s: AccountSnapshot) -> Notice | None:
        wallet = s.wallet
        below = wallet.balance_cents < wallet.low_balance_threshold_cents
        if wallet.balance_cents >= wallet.low_balance_threshold_cents:
            self._memory.below_threshold = False  # back above: re-armed
        if not below or self._memory.below_threshold:
            return None
        self._memory.below_threshold = True
        return Notice(
            Kind.LOW_BALANCE,
            s.account,
            f"Wallet low: {money(wallet.balance_cents)}",
            f"{s.account}: the Wallet is at {money(wallet.balance_cents)}, below your alert "
            f"amount of {money(wallet.low_balance_threshold_cents)}. Add credits before calls "
            "past your allowance are charged to your card.",
        )

    def _empty(self, s: AccountSnapshot) -> Notice | None:
        wallet = s.wallet
        if wallet.balance_cents > 0:
            self._memory.empty = False
            return None
        if wallet.accrued_usage_cents <= 0 or self._memory.empty:
            return None
        self._memory.empty = True
        self._memory.below_threshold = True  # "empty" says it all: no "low" after it
        return Notice(
            Kind.WALLET_EMPTY,
            s.account,
            "Wallet empty: usage goes to your card",
            f"{s.account}: the Wallet is at $0.00, so calls past your allowance are now "
            f"charged to your card ({money(wallet.accrued_usage_cents)} so far). Add credits "
            "to pay them from the Wallet again.",
        )

    def _auto_top_up(self, s: AccountSnapshot) -> Notice | None:
        auto = s.wallet.auto_top_up
        declined = auto.consecutive_declines > self._memory.declines
        switched_off = not auto.enabled and auto.disabled_reason is not None
        newly_off = switched_off and not self._memory.auto_top_up_off
        self._memory.declines = auto.consecutive_declines
        self._memory.auto_top_up_off = switched_off
        if not declined and not newly_off:
            return None
        if newly_off:
            title = "Auto top-up switched off"
            text = f"{s.account}: auto top-up is off. {auto.disabled_reason}"
        else:
            title = "Auto top-up declined"
            text = (
                f"{s.account}: the card declined the auto top-up of {money(auto.amount_cents)}. "
                "It is tried again once a day while the Wallet stays low; check the card."
            )
        return Notice(Kind.AUTO_TOP_UP, s.account, title, text)

    def _projected_overage(self, s: AccountSnapshot) -> Notice | None:
        usage = s.usage
        if usage is None or not projection_passes_allowance(usage):
            return None
        period = usage.period_start.isoformat()
        if period in self._memory.overage_periods:
            return None
        self._memory.overage_periods = [*self._memory.overage_periods[-11:], period]
        over = usage.projected_minutes - usage.included_minutes
        return Notice(
            Kind.PROJECTED_OVERAGE,
            s.account,
            "Usage heading past your allowance",
            f"{s.account}: at this pace about {usage.projected_minutes:,} minutes are used "
            f"this period, {over:,} past the {usage.included_minutes:,} included "
            f"(about {money(usage.projected_overage_cents)} in overage).",
        )

    def _cards_expiring(self, s: AccountSnapshot) -> Notice | None:
        month = f"{s.today.year:04d}-{s.today.month:02d}"
        expiring = [
            card
            for card in s.cards
            if (card.exp_year, card.exp_month) == (s.today.year, s.today.month)
            and f"{card.id}:{month}" not in self._memory.cards
        ]
        if not expiring:
            return None
        keys = [f"{card.id}:{month}" for card in expiring]
        self._memory.cards = [*self._memory.cards[-20:], *keys]
        names = _join(f"{_brand(card.brand)} •••• {card.last4}" for card in expiring)
        one = len(expiring) == 1
        return Notice(
            Kind.CARD_EXPIRING,
            s.account,
            "A card expires this month" if one else "Cards expire this month",
            f"{s.account}: {names} {'expires' if one else 'expire'} at the end of this month. "
            "Add the new card when your bank sends it"
            + (" and make it the default." if any(c.is_default for c in expiring) else "."),
        )

    def _past_due(self, s: AccountSnapshot) -> Notice | None:
        due = [i for i in s.open_invoices if i.status == "open" and i.amount_due_cents > 0]
        new = [i for i in due if i.id not in self._memory.invoices]
        self._memory.invoices = [i.id for i in due]  # paid ones drop out
        if not new:
            return None
        total = sum(i.amount_due_cents for i in new)
        numbers = _join(i.number for i in new)
        one = len(new) == 1
        if all(needs_bank_confirmation(i) for i in new):
            # Off-session the bank could not ask the cardholder (3-D Secure): not a decline of
            # the card, and paying it by hand is how it gets confirmed.
            return Notice(
                Kind.INVOICE_PAST_DUE,
                s.account,
                "Your bank asks you to confirm a payment",
                f"{s.account}: your bank asks you to confirm the payment of invoice"
                f"{'' if one else 's'} {numbers} ({money(total)}). Open Invoices, choose "
                f"{'it' if one else 'each'} and press Pay Now: you confirm it with your bank "
                "in your browser.",
            )
        return Notice(
            Kind.INVOICE_PAST_DUE,
            s.account,
            "An invoice is past due" if one else "Invoices are past due",
            f"{s.account}: invoice{'' if one else 's'} {numbers} "
            f"({money(total)}) {'is' if one else 'are'} past due; the card on file was "
            "declined. Pay now to keep your account in good standing.",
        )


def needs_bank_confirmation(invoice: Invoice) -> bool:
    """The invoice's last attempt failed only because the bank wants the cardholder to confirm
    the payment (3-D Secure), which no automatic attempt can do."""
    failed = [payment for payment in invoice.payments if payment.status == "failed"]
    return bool(failed) and failed[-1].failure_code == "authentication_required"


def _brand(brand: str) -> str:
    try:
        return Brand(brand).display_name
    except ValueError:
        return brand.title()


def _join(parts: Iterable[str]) -> str:
    items = list(parts)
    if len(items) <= 1:
        return "".join(items)
    return f"{', '.join(items[:-1])} and {items[-1]}"
