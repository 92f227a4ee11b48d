"""The notification rules alone (no Qt, no server): a notice is an event — said once when it
happens, re-armed only once the condition has gone — and at most one per kind per refresh."""

from __future__ import annotations

import json
from datetime import UTC, date, datetime
from typing import Any

from smartalex_desktop.api import models
from smartalex_desktop.billing.notifications import AccountSnapshot, Kind, NotificationRules

TODAY = date(2026, 11, 26)
PERIOD = datetime(2026, 11, 12, 5, tzinfo=UTC)


def wallet(balance: int, threshold: int = 20_00, accrued: int = 0, **auto: Any) -> models.Wallet:
    return models.Wallet(
        balance_cents=balance,
        low_balance_threshold_cents=threshold,
        accrued_usage_cents=accrued,
        auto_top_up=models.AutoTopUp(
            **{"enabled": False, "threshold_cents": 0, "amount_cents": 50_00, **auto}
        ),
    )


def usage(projected: int, included: int = 300, start: datetime = PERIOD) -> models.Usage:
    return models.Usage(
        period_start=start,
        period_end=start.replace(month=start.month % 12 + 1),
        included_minutes=included,
        used_minutes=100,
        remaining_minutes=200,
        overage_minutes=0,
        projected_minutes=projected,
        projected_overage_cents=max(projected - included, 0) * 11,
        by_call_type={},
    )


def card(card_id: str, month: int, year: int = 2026, default: bool = False) -> models.PaymentMethod:
    return models.PaymentMethod(
        id=card_id, brand="visa", last4=card_id[-4:], exp_month=month, exp_year=year,
        is_default=default,
    )  # fmt: skip


def invoice(invoice_id: str, due: int, status: str = "open") -> models.Invoice:
    return models.Invoice(
        id=invoice_id, number=f"SA-2026-{invoice_id[-6:]}", status=status, kind="renewal",
        created_at=PERIOD, subtotal_cents=due, tax_cents=0, total_cents=due,
        amount_paid_cents=0, amount_due_cents=due,
    )  # fmt: skip


def snapshot(
    w: models.Wallet,
    u: models.Usage | None = None,
    cards: list[models.PaymentMethod] | None = None,
    invoices: list[models.Invoice] | None = None,
    today: date = TODAY,
) -> AccountSnapshot:
    return AccountSnapshot("Bright Smile Dental", w, u, cards or [], invoices or [], today)


def kinds(rules: NotificationRules, s: AccountSnapshot) -> list[Kind]:
    return [notice.kind for notice in rules.observe(s)]


def test_low_balance_is_said_once_per_crossing_and_re_armed_only_above_the_threshold():
    rules = NotificationRules()
    assert kinds(rules, snapshot(wallet(30_00))) == []
    [notice] = rules.observe(snapshot(wallet(19_99)))
    assert notice.kind is Kind.LOW_BALANCE and notice.tab == "wallet"
    assert "Bright Smile Dental" in notice.text and "$19.99" in notice.text
    assert "$20.00" in notice.text
    assert kinds(rules, snapshot(wallet(12_00))) == []  # still below: nothing new happened
    assert kinds(rules, snapshot(wallet(19_99))) == []
    assert kinds(rules, snapshot(wallet(20_00))) == []  # back at the threshold: re-armed
    assert kinds(rules, snapshot(wallet(15_00))) == [Kind.LOW_BALANCE]


def test_a_wallet_already_low_at_the_first_look_is_said_and_no_threshold_means_no_alert():
    assert kinds(NotificationRules(), snapshot(wallet(5_00))) == [Kind.LOW_BALANCE]
    assert kinds(NotificationRules(), snapshot(wallet(0, threshold=0))) == []


def test_an_empty_wallet_with_usage_on_the_card_is_one_notice_not_two():
    rules = NotificationRules()
    assert kinds(rules, snapshot(wallet(25_00))) == []
    [notice] = rules.observe(snapshot(wallet(0, accrued=2_31)))
    assert notice.kind is Kind.WALLET_EMPTY and "$2.31" in notice.text
    assert kinds(rules, snapshot(wallet(0, accrued=4_00))) == []
    assert kinds(rules, snapshot(wallet(50_00))) == []  # topped up: both re-armed
    assert kinds(rules, snapshot(wallet(0, accrued=40))) == [Kind.WALLET_EMPTY]


def test_auto_top_up_declines_and_switching_off_are_each_said_once():
    rules = NotificationRules()
    on = {"enabled": True, "threshold_cents": 10_00}
    assert kinds(rules, snapshot(wallet(30_00, **on))) == []
    [declined] = rules.observe(snapshot(wallet(30_00, consecutive_declines=1, **on)))
    assert declined.kind is Kind.AUTO_TOP_UP and declined.title == "Auto top-up declined"
    assert kinds(rules, snapshot(wallet(30_00, consecutive_declines=1, **on))) == []
    assert kinds(rules, snapshot(wallet(30_00, consecutive_declines=2, **on))) == [Kind.AUTO_TOP_UP]
    reason = "Turned off after 3 declined charges in a row. Update the card and turn it on."
    off = wallet(30_00, consecutive_declines=3, disabled_reason=reason)
    [switched] = rules.observe(snapshot(off))  # declined and switched off: one notice
    assert switched.title == "Auto top-up switched off" and reason in switched.text
    assert kinds(rules, snapshot(off)) == []


def test_projected_overage_is_said_once_per_period():
    rules = NotificationRules()
    assert kinds(rules, snapshot(wallet(30_00), usage(projected=290))) == []
    [notice] = rules.observe(snapshot(wallet(30_00), usage(projected=568)))
    assert notice.kind is Kind.PROJECTED_OVERAGE and notice.tab == "usage"
    assert "568" in notice.text and "268 past the 300 included" in notice.text
    assert kinds(rules, snapshot(wallet(30_00), usage(projected=600))) == []
    next_period = usage(projected=400, start=datetime(2026, 12, 12, 5, tzinfo=UTC))
    assert kinds(rules, snapshot(wallet(30_00), next_period)) == [Kind.PROJECTED_OVERAGE]


def test_cards_expiring_this_month_make_one_notice_naming_them_all():
    rules = NotificationRules()
    cards = [card("pm_4242", 11, default=True), card("pm_1881", 11), card("pm_0005", 12)]
    [notice] = rules.observe(snapshot(wallet(30_00), cards=cards))
    assert notice.kind is Kind.CARD_EXPIRING and notice.title == "Cards expire this month"
    assert "Visa •••• 4242 and Visa •••• 1881 expire" in notice.text
    assert "make it the default" in notice.text and "0005" not in notice.text
    assert kinds(rules, snapshot(wallet(30_00), cards=cards)) == []
    december = snapshot(wallet(30_00), cards=cards, today=date(2026, 12, 1))
    assert [n.text for n in rules.observe(december)] == [
        "Bright Smile Dental: Visa •••• 0005 expires at the end of this month. "
        "Add the new card when your bank sends it."
    ]


def test_each_past_due_invoice_is_said_once():
    rules = NotificationRules()
    first = invoice("in_000001", 327_68)
    [notice] = rules.observe(snapshot(wallet(30_00), invoices=[first]))
    assert notice.kind is Kind.INVOICE_PAST_DUE and "SA-2026-000001" in notice.text
    assert "$327.68" in notice.text and notice.tab == "invoice"
    assert kinds(rules, snapshot(wallet(30_00), invoices=[first])) == []
    second = invoice("in_000002", 12_00)
    [again] = rules.observe(snapshot(wallet(30_00), invoices=[first, second]))
    assert "SA-2026-000002" in again.text and "SA-2026-000001" not in again.text
    assert kinds(rules, snapshot(wallet(30_00))) == []  # paid


def test_what_was_said_survives_a_restart_through_json():
    rules = NotificationRules()
    s = snapshot(
        wallet(5_00, consecutive_declines=1, enabled=True),
        usage(projected=500),
        [card("pm_4242", 11)],
        [invoice("in_000001", 10_00)],
    )
    assert len(rules.observe(s)) == 5
    restarted = NotificationRules(json.loads(json.dumps(rules.memory)))
    assert restarted.observe(s) == []
    assert NotificationRules({"unknown": 1, "declines": 0}).observe(s) != []  # tolerant
