"""An agency's accounts in the states the All Accounts view must tell apart, built through the
sandbox's API the way they happen (calls, declined charges, the clock): past due, Wallet under
its alert, auto top-up switched off after three declines, set to cancel, a card expiring,
healthy.

`build_agency(sandbox)` moves the test clock two days (the daily retries of auto top-up), so it
needs a sandbox whose clock the caller owns; everything else happens at the clock's now.
"""

from __future__ import annotations

from dataclasses import dataclass

from tests.helpers.cards import DECLINED_WHEN_CHARGED, VISA, add_card
from tests.helpers.ledger import post_top_up
from tests.helpers.sandbox import Customer, SandboxProcess

STATES = ("past_due", "low_balance", "auto_top_up_off", "canceling", "card_expiring", "healthy")


@dataclass
class Agency:
    customers: dict[str, Customer]  # by state

    def __getitem__(self, state: str) -> Customer:
        return self.customers[state]


def record_call(customer: Customer, minutes: int) -> None:
    response = customer.http.post(
        "/v1/sandbox/calls", json={"call_type": "inbound", "seconds": minutes * 60}
    )
    assert response.status_code == 201, response.text


def _wallet(customer: Customer, **body: object) -> None:
    response = customer.http.patch("/v1/wallet", json=body)
    assert response.is_success, response.text


def build_agency(sandbox: SandboxProcess) -> Agency:
    def new(state: str, plan: str, name: str, **fields: object) -> Customer:
        return sandbox.create_account(plan=plan, company_name=name, phone_numbers=1, **fields)

    past_due = new("past_due", "professional", "Harborview Family Medicine", tax_rate_bps=825)
    add_card(past_due.http, DECLINED_WHEN_CHARGED)  # the only card: declines when charged
    record_call(past_due, 100)  # the allowance
    record_call(past_due, 100)  # 100 minutes over, no Wallet: $11.00 to the card → declined

    low = new("low_balance", "dental", "Cedar Park Dental")
    card = add_card(low.http, VISA)
    assert post_top_up(low.http, 20_00, str(card["id"])).is_success
    _wallet(low, low_balance_threshold_cents=50_00)

    auto = new("auto_top_up_off", "professional", "Sunrise Pediatrics")
    good = add_card(auto.http, VISA)
    declining = add_card(auto.http, DECLINED_WHEN_CHARGED)
    assert post_top_up(auto.http, 20_00, str(good["id"])).is_success
    _wallet(
        auto,
        low_balance_threshold_cents=10_00,
        auto_top_up={
            "enabled": True,
            "threshold_cents": 30_00,
            "amount_cents": 50_00,
            "payment_method_id": declining["id"],
        },
    )
    record_call(auto, 100)
    record_call(auto, 5)  # from the Wallet, under the threshold: auto top-up, declined (1)
    for _day in range(2):  # tried again once a day while the Wallet stays low: (2), (3)
        sandbox.advance_clock(1)
        record_call(auto, 5)
    wallet = auto.http.get("/v1/wallet").json()["auto_top_up"]
    assert not wallet["enabled"] and wallet["consecutive_declines"] == 3, wallet

    # The other states have credits above the alert amount (a new account's alert is $20.00
    # and its Wallet empty, which is itself "Wallet low").
    canceling = new("canceling", "dental", "Oak Hill Properties")
    card = add_card(canceling.http, VISA)
    assert post_top_up(canceling.http, 40_00, str(card["id"])).is_success
    cancelled = canceling.http.post("/v1/subscription/cancel", json={"reason": "switched_service"})
    assert cancelled.is_success, cancelled.text

    expiring = new("card_expiring", "professional", "Bayside Dermatology")
    now = sandbox.now()
    month, year = (now.month % 12) + 1, now.year + (1 if now.month == 12 else 0)
    card = add_card(expiring.http, VISA, exp_month=month, exp_year=year)  # ends next month
    assert post_top_up(expiring.http, 30_00, str(card["id"])).is_success

    healthy = new("healthy", "dental", "Maple Grove Dental", tax_rate_bps=625)
    card = add_card(healthy.http, VISA)
    assert post_top_up(healthy.http, 100_00, str(card["id"])).is_success
    record_call(healthy, 12)

    customers = {
        "past_due": past_due,
        "low_balance": low,
        "auto_top_up_off": auto,
        "canceling": canceling,
        "card_expiring": expiring,
        "healthy": healthy,
    }
    return Agency(customers)
