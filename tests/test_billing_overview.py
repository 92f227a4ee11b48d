"""The All Accounts view's figures alone (no Qt, no server): each row's standing, renewal, open
invoices, cards expiring and what needs attention — in what order, and where it is dealt with.
The same figures against the real sandbox are in tests/gui/test_overview.py."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, date, datetime
from typing import Any

from smartalex_desktop.api import models
from smartalex_desktop.billing.overview import (
    DEFAULT_OVERAGE_ALERT_CENTS,
    AccountFacts,
    Attention,
    AutoTopUpState,
    Standing,
    account_today,
    overview_row,
)

TODAY = date(2026, 6, 10)
NOW = datetime(2026, 6, 10, 15, tzinfo=UTC)
PERIOD_END = datetime(2026, 7, 3, 15, tzinfo=UTC)
PLANS = [
    models.Plan(id="professional", name="Professional", tier="Starter", price_cents=149_00,
                included_minutes=100, features=[]),
    models.Plan(id="dental", name="Dental", tier="Practice", price_cents=299_00,
                included_minutes=300, features=[]),
]  # fmt: skip


def account(tax_rate_bps: int = 0) -> models.Account:
    return models.Account(
        id="acct_1", email="office@clinic.test", company_name="Harbor Dental", address="",
        tax_id="", tax_rate_bps=tax_rate_bps, timezone="America/New_York",
    )  # fmt: skip


def subscription(**fields: Any) -> models.Subscription:
    values: dict[str, Any] = {
        "plan": "dental",
        "status": "active",
        "cancel_at_period_end": False,
        "current_period_start": datetime(2026, 6, 3, 15, tzinfo=UTC),
        "current_period_end": PERIOD_END,
        "price_cents": 299_00,
        "included_minutes": 300,
        "upcoming_renewal": models.UpcomingRenewal(
            renews_at=PERIOD_END, plan="dental", subtotal_cents=303_00, tax_cents=25_00,
            total_cents=328_00,
        ),
    }  # fmt: skip
    values.update(fields)
    return models.Subscription(**values)


def wallet(balance: int = 80_00, alert: int = 20_00, **auto: Any) -> models.Wallet:
    return models.Wallet(
        balance_cents=balance,
        low_balance_threshold_cents=alert,
        auto_top_up=models.AutoTopUp(
            **{"enabled": True, "threshold_cents": 15_00, "amount_cents": 50_00, **auto}
        ),
    )


def usage(used: int = 120, projected_overage: int = 0) -> models.Usage:
    return models.Usage(
        period_start=datetime(2026, 6, 3, 15, tzinfo=UTC), period_end=PERIOD_END,
        included_minutes=300, used_minutes=used, remaining_minutes=max(300 - used, 0),
        overage_minutes=0, projected_minutes=used * 4, projected_overage_cents=projected_overage,
        by_call_type={},
    )  # fmt: skip


def card(card_id: str, month: int, year: int, default: bool = False) -> models.PaymentMethod:
    return models.PaymentMethod(
        id=card_id, brand="visa", last4="4242", exp_month=month, exp_year=year,
        is_default=default,
    )  # fmt: skip


def invoice(number: int, due: int, day: int, status: str = "open") -> models.Invoice:
    return models.Invoice(
        id=f"in_{number}", number=f"SA-2026-{number:06d}", status=status, kind="renewal",
        created_at=datetime(2026, 6, day, 12, tzinfo=UTC), subtotal_cents=due, tax_cents=0,
        total_cents=due, amount_paid_cents=0, amount_due_cents=due,
    )  # fmt: skip


def facts(**fields: Any) -> AccountFacts:
    base = AccountFacts(
        account=account(),
        subscription=subscription(),
        plans=PLANS,
        wallet=wallet(),
        usage=usage(),
        cards=[card("pm_1", 12, 2030, default=True)],
        open_invoices=[],
        today=TODAY,
        as_of=NOW,
        live=True,
    )
    return replace(base, **fields)


def row_of(f: AccountFacts, overage_alert_cents: int = DEFAULT_OVERAGE_ALERT_CENTS):
    return overview_row(f, overage_alert_cents=overage_alert_cents)


def test_a_healthy_account_needs_nothing_and_opens_on_plan():
    row = row_of(facts())
    assert row.practice_name == "Harbor Dental" and row.plan_name == "Dental"
    assert row.standing is Standing.ACTIVE
    assert (row.balance_cents, row.alert_cents) == (80_00, 20_00)
    assert row.auto_top_up is AutoTopUpState.ON
    assert (row.used_minutes, row.included_minutes, row.projected_overage_cents) == (120, 300, 0)
    # The renewal is what SmartAlex says it will charge, never worked out when it says so.
    assert (row.renews_at, row.renewal_cents, row.renewal_estimated) == (PERIOD_END, 328_00, False)
    assert row.open_invoices == () and row.open_total_cents == 0
    assert row.expiring_cards == ()
    assert row.attention == () and not row.needs_attention and row.tab is None
    assert (row.as_of, row.live) == (NOW, True)


def test_every_problem_at_once_in_order_of_urgency():
    row = row_of(
        facts(
            subscription=subscription(status="past_due"),
            wallet=wallet(balance=5_00, alert=20_00, enabled=False, consecutive_declines=3,
                          disabled_reason="Auto top-up switched itself off after 3 declined "
                          "charges in a row."),
            usage=usage(projected_overage=40_00),
            cards=[card("pm_1", 7, 2026, default=True)],
            open_invoices=[invoice(2, 164_00, 9), invoice(1, 10_50, 3)],
        )
    )  # fmt: skip
    assert row.attention == (
        Attention.PAST_DUE,
        Attention.LOW_BALANCE,
        Attention.AUTO_TOP_UP_OFF,
        Attention.CARD_EXPIRING,
        Attention.OVERAGE,
    )
    assert row.tab == "invoice"  # the first problem's tab
    assert row.standing is Standing.PAST_DUE
    assert row.open_total_cents == 174_50
    assert row.oldest_open_invoice is not None and row.oldest_open_invoice.id == "in_1"
    assert row.auto_top_up is AutoTopUpState.OFF_AFTER_DECLINES
    assert row.auto_top_up_declines == 3 and "3 declined" in (row.auto_top_up_reason or "")
    assert row.expiring_cards[0].days_left == (date(2026, 7, 31) - TODAY).days == 51


def test_a_card_counts_as_expiring_when_its_month_ends_within_60_days():
    def expiring(month: int, year: int) -> tuple[int, ...]:
        row = row_of(facts(cards=[card("pm_x", month, year)]))
        return tuple(c.days_left for c in row.expiring_cards)

    assert expiring(6, 2026) == (20,)  # valid to June 30
    assert expiring(7, 2026) == (51,)
    assert expiring(8, 2026) == ()  # August 31 is 82 days away
    assert expiring(5, 2026) == (-10,)  # expired at the end of May: still flagged
    row = row_of(facts(cards=[card("pm_x", 5, 2026)]))
    assert row.expiring_cards[0].expired and Attention.CARD_EXPIRING in row.attention


def test_low_balance_is_strictly_under_the_alert_amount():
    assert Attention.LOW_BALANCE not in row_of(facts(wallet=wallet(20_00, 20_00))).attention
    assert Attention.LOW_BALANCE in row_of(facts(wallet=wallet(19_99, 20_00))).attention
    assert Attention.LOW_BALANCE not in row_of(facts(wallet=wallet(0, 0))).attention


def test_auto_top_up_switched_off_by_hand_is_not_a_problem_declines_are_said():
    off = row_of(facts(wallet=wallet(enabled=False)))
    assert off.auto_top_up is AutoTopUpState.OFF and off.attention == ()
    declining = row_of(facts(wallet=wallet(consecutive_declines=1)))
    assert declining.auto_top_up is AutoTopUpState.DECLINING
    assert declining.auto_top_up_declines == 1 and declining.attention == ()


def test_projected_overage_counts_over_the_managers_amount_only():
    f = facts(usage=usage(projected_overage=25_00))
    assert Attention.OVERAGE not in row_of(f, overage_alert_cents=25_00).attention
    assert Attention.OVERAGE in row_of(f, overage_alert_cents=24_99).attention
    assert row_of(f, overage_alert_cents=24_99).tab == "usage"
    # 0: any projected overage at all; none projected: never.
    assert Attention.OVERAGE in row_of(facts(usage=usage(projected_overage=1)), 0).attention
    assert Attention.OVERAGE not in row_of(facts(usage=usage(projected_overage=0)), 0).attention


def test_canceling_has_no_renewal_and_says_until_when():
    row = row_of(facts(subscription=subscription(cancel_at_period_end=True, upcoming_renewal=None)))
    assert row.standing is Standing.CANCELING and row.period_end == PERIOD_END
    assert (row.renews_at, row.renewal_cents) == (None, None)
    assert row.attention == ()
    ended = row_of(facts(subscription=subscription(status="canceled", upcoming_renewal=None)))
    assert ended.standing is Standing.CANCELED and ended.renewal_cents is None


def test_a_server_that_does_not_say_gets_an_estimate_that_says_it_is_one():
    """The scheduled plan's price plus tax, half up, once; marked as an estimate."""
    row = row_of(
        facts(
            account=account(tax_rate_bps=825),
            subscription=subscription(upcoming_renewal=None, scheduled_plan="professional"),
        )
    )
    # $149.00 + 8.25 % = $149.00 + $12.2925 → $12.29
    assert (row.renewal_cents, row.renewal_estimated) == (161_29, True)


def test_only_open_invoices_with_money_due_count():
    row = row_of(facts(open_invoices=[invoice(1, 0, 3), invoice(2, 30_00, 4, status="paid")]))
    assert row.open_invoices == () and Attention.PAST_DUE not in row.attention


def test_a_saved_copy_keeps_its_age_and_nothing_known_is_unknown():
    saved_at = datetime(2026, 6, 8, 9, tzinfo=UTC)
    row = row_of(facts(as_of=saved_at, live=False, subscription=None, wallet=None, usage=None))
    assert (row.as_of, row.live) == (saved_at, False)
    assert row.standing is Standing.UNKNOWN and row.auto_top_up is AutoTopUpState.UNKNOWN
    assert row.balance_cents is None and row.renewal_cents is None and row.attention == ()


def test_the_same_fetch_feeds_the_notifications():
    f = facts(open_invoices=[invoice(1, 10_00, 3)])
    snapshot = f.snapshot("office@clinic.test")
    assert snapshot is not None and snapshot.account == "Harbor Dental"
    assert snapshot.wallet is f.wallet and snapshot.today == TODAY
    assert [i.id for i in snapshot.open_invoices] == ["in_1"]
    assert facts(wallet=None).snapshot("x") is None


def test_the_accounts_day_follows_its_timezone():
    late = datetime(2026, 6, 11, 2, tzinfo=UTC)  # 22:00 on June 10 in New York
    assert account_today(late, "America/New_York") == date(2026, 6, 10)
    assert account_today(late, "Not/AZone") == date(2026, 6, 11)  # unknown: UTC
