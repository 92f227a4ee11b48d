"""The wallet ledger under random billing activity: a hypothesis state machine, one fresh account
per example, with every ledger invariant (`tests/helpers/ledger.py`) checked after every step.

Steps: calls of any type and length, manual top-ups (amounts inside and outside the $10–$1,000
limits; some retried with the same Idempotency-Key, with the same or another body), refund requests
for any of the account's top-ups, wallet settings (low-balance alert, auto top-up on/off, threshold,
amount, cap, card), a card that declines when charged made default and back, plan changes
(upgrades charged now, downgrades at renewal, same price), cancelling and resuming, and clock
moves across renewals and period ends.

The clock is global, so the file runs against a sandbox of its own (module fixture), never the
session's shared one. Each example cancels its account's subscription when it ends, so later clock
moves don't renew the accounts of earlier examples forever.

The last test replays, through the same machine, the smallest example found of a sandbox bug
(auto top-up not firing on crossing a threshold that was lowered below the balance).
"""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from datetime import datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo

import pytest
from hypothesis import settings
from hypothesis import strategies as st
from hypothesis.stateful import (
    RuleBasedStateMachine,
    initialize,
    invariant,
    rule,
    run_state_machine_as_test,
)

from tests.helpers.cards import DECLINED_WHEN_CHARGED, VISA, add_card
from tests.helpers.ledger import check_invariants, get_json, list_all, read_only_db
from tests.helpers.sandbox import SandboxProcess, running_sandbox

TOP_UP_MIN_CENTS, TOP_UP_MAX_CENTS = 10_00, 1_000_00
REFUND_WINDOW_DAYS = 30

# Amounts on both sides of each limit, ordinary ones, and absurd ones.
top_up_amounts = st.one_of(
    st.sampled_from([0, 1, 999, 1000, 1001, 5000, 99_999, 100_000, 100_001, -1000, 10_000_000]),
    st.integers(TOP_UP_MIN_CENTS, 10_000),
    st.integers(TOP_UP_MIN_CENTS, TOP_UP_MAX_CENTS),
    st.integers(-(10**6), 10**7),
)
# Long calls weigh more, so that short programs drain the wallet and reach the split calls.
call_seconds = st.one_of(
    st.integers(0, 4000),
    st.sampled_from([0, 1, 59, 60, 61, 600, 1800, 3999, 4000]),
    st.integers(2000, 4000),
)
thresholds = st.one_of(st.sampled_from([0, 500, 1000, 2000, 5000, 20_000]), st.integers(0, 30_000))
ABSENT = object()  # a field left out of the PATCH body (not the same as null)


def _in_limits(amount: int) -> bool:
    return TOP_UP_MIN_CENTS <= amount <= TOP_UP_MAX_CENTS


def _half_up(numerator: int, denominator: int) -> int:
    quotient, remainder = divmod(numerator, denominator)
    return quotient + (1 if remainder * 2 >= denominator else 0)


class LedgerMachine(RuleBasedStateMachine):
    sandbox: SandboxProcess  # bound by the test

    def __init__(self) -> None:
        super().__init__()
        self.customer: Any = None
        self.cards: dict[str, str] = {}
        self.default = "good"

    # --- set-up and tear-down ---------------------------------------------------------------

    @initialize(
        tax_rate_bps=st.sampled_from([0, 0, 825, 2000]),
        timezone=st.sampled_from(["UTC", "America/Los_Angeles", "Pacific/Kiritimati"]),
        opening_minutes=st.sampled_from([0, 60, 100, 100]),
        opening_credit=st.sampled_from([0, 1000, 2500, 5000, 20_000]),
        auto_top_up=st.one_of(
            st.none(), st.tuples(thresholds, st.integers(TOP_UP_MIN_CENTS, 10_000))
        ),
        declining_card=st.booleans(),
    )
    def open_account(
        self,
        tax_rate_bps: int,
        timezone: str,
        opening_minutes: int,
        opening_credit: int,
        auto_top_up: tuple[int, int] | None,
        declining_card: bool,
    ) -> None:
        """A fresh account with a good card; so that short programs reach the interesting
        states, it may start with some of its allowance used, some credit, auto top-up on —
        all set up through the same API the rules use."""
        self.customer = self.sandbox.create_account(
            plan="professional", tax_rate_bps=tax_rate_bps, timezone=timezone
        )
        self.api = self.customer.http
        self.tax_rate_bps = tax_rate_bps
        self.zone = ZoneInfo(timezone)
        self.cards["good"] = str(add_card(self.api, VISA)["id"])
        if declining_card:
            self._add_declining_card()
        if opening_minutes:
            self._record_call("inbound", opening_minutes * 60)
        if opening_credit:
            self.top_up(opening_credit, "good", None)
        if auto_top_up is not None:
            threshold, amount = auto_top_up
            self.change_wallet_settings(None, True, threshold, amount, ABSENT, ABSENT)

    def teardown(self) -> None:
        if self.customer is None:
            return
        # No renewals of this account in later examples' clock moves.
        self.api.post("/v1/subscription/cancel", json={"reason": "other"})
        self.api.close()

    @invariant()
    def the_ledger_holds(self) -> None:
        if self.customer is not None:
            check_invariants(self.sandbox, self.customer)

    # --- helpers ------------------------------------------------------------------------------

    def _money(self) -> dict[str, Any]:
        """What moving money changes: balance, accrued usage, and every money record's count."""
        account = self.customer.account_id
        with read_only_db(self.sandbox) as conn:
            wallet = conn.execute(
                "SELECT balance_cents, accrued_usage_cents FROM wallets WHERE account_id = ?",
                (account,),
            ).fetchone()
            counts = {
                table: conn.execute(
                    f"SELECT COUNT(*) FROM {table} WHERE account_id = ?", (account,)
                ).fetchone()[0]
                for table in ("wallet_transactions", "top_ups", "invoices", "refunds", "calls")
            }
            counts["payments"] = conn.execute(
                "SELECT COUNT(*) FROM payments JOIN invoices ON invoices.id = payments.invoice_id"
                " WHERE invoices.account_id = ?",
                (account,),
            ).fetchone()[0]
        return {
            "balance": wallet["balance_cents"],
            "accrued": wallet["accrued_usage_cents"],
            **counts,
        }

    def _new_transactions(self, after_count: int) -> list[dict[str, Any]]:
        with read_only_db(self.sandbox) as conn:
            rows = conn.execute(
                "SELECT * FROM wallet_transactions WHERE account_id = ? ORDER BY seq",
                (self.customer.account_id,),
            ).fetchall()
        return [dict(row) for row in rows[after_count:]]

    def _check_retry_spacing(self, earlier_count: int, threshold: int) -> None:
        """A declined automatic top-up is retried at most once a day while the balance stays
        below the threshold (coming back up re-arms it: a new crossing may fire at once)."""
        earlier = self._new_transactions(0)[:earlier_count]
        attempts = [i for i, t in enumerate(earlier) if t["kind"] == "auto_top_up"]
        if not attempts:
            return
        last = earlier[attempts[-1]]
        if any(t["balance_after_cents"] >= threshold for t in earlier[attempts[-1] :]):
            return
        now = datetime.fromisoformat(get_json(self.api, "/v1/sandbox/clock")["now"])
        waited = now - datetime.fromisoformat(last["created_at"])
        assert waited >= timedelta(days=1), (
            f"a declined automatic top-up was retried after {waited}, the balance staying below "
            f"{threshold} since: {last}"
        )

    def _add_declining_card(self) -> None:
        card = add_card(self.api, DECLINED_WHEN_CHARGED)
        assert card["is_default"] is False, "a second card became the default"
        self.cards["bad"] = str(card["id"])

    def _card(self, which: str) -> str:
        return self.cards.get(which, self.cards["good"])

    # --- rules --------------------------------------------------------------------------------

    @rule(call=st.tuples(st.sampled_from(["inbound", "outbound", "web"]), call_seconds))
    def record_call(self, call: tuple[str, int]) -> None:
        self._record_call(*call)

    def _record_call(self, call_type: str, seconds: int) -> None:
        wallet = get_json(self.api, "/v1/wallet")
        auto = wallet["auto_top_up"]
        before = self._money()
        ended = get_json(self.api, "/v1/subscription")["status"] == "canceled"
        response = self.api.post(
            "/v1/sandbox/calls", json={"call_type": call_type, "seconds": seconds}
        )
        if ended:
            assert response.status_code == 409, response.text
            assert self._money() == before, "a refused call moved something"
            return
        assert response.status_code == 201, response.text
        call = response.json()
        after_deduction = wallet["balance_cents"] - call["wallet_cents"]
        attempts = [
            t
            for t in self._new_transactions(before["wallet_transactions"])
            if t["kind"] == "auto_top_up"
        ]
        assert len(attempts) <= 1, f"one deduction, several automatic top-ups: {attempts}"
        crossed = wallet["balance_cents"] >= auto["threshold_cents"] > after_deduction
        cap_allows = (
            auto["cap_cents"] is None
            or auto["spent_this_period_cents"] + auto["amount_cents"] <= auto["cap_cents"]
        )
        if attempts:
            attempt = attempts[0]
            assert auto["enabled"], f"auto top-up is off, yet it ran: {attempt}"
            assert after_deduction < auto["threshold_cents"], (
                f"auto top-up ran with the balance at {after_deduction}, not below the threshold "
                f"{auto['threshold_cents']}"
            )
            assert cap_allows, (
                f"auto top-up ran past its cap: spent {auto['spent_this_period_cents']} + "
                f"{auto['amount_cents']} > cap {auto['cap_cents']}"
            )
            if auto["consecutive_declines"]:
                self._check_retry_spacing(before["wallet_transactions"], auto["threshold_cents"])
            if attempt["top_up_id"] is not None:
                with read_only_db(self.sandbox) as conn:
                    top_up = dict(
                        conn.execute(
                            "SELECT * FROM top_ups WHERE id = ?", (attempt["top_up_id"],)
                        ).fetchone()
                    )
                assert top_up["amount_cents"] == auto["amount_cents"], (top_up, auto)
                expected_card = auto["payment_method_id"] or self._card(self.default)
                assert top_up["payment_method_id"] == expected_card, (
                    f"auto top-up charged {top_up['payment_method_id']}, expected {expected_card}"
                )
        elif auto["enabled"] and auto["consecutive_declines"] == 0 and crossed and cap_allows:
            raise AssertionError(
                f"the balance crossed the auto top-up threshold ({wallet['balance_cents']} → "
                f"{after_deduction}, threshold {auto['threshold_cents']}, amount "
                f"{auto['amount_cents']}, cap {auto['cap_cents']}, spent "
                f"{auto['spent_this_period_cents']}) and no automatic top-up ran"
            )

    @rule(
        amount=top_up_amounts,
        card=st.sampled_from(["good", "bad"]),
        retry=st.sampled_from([None, None, "same", "other body"]),
    )
    def top_up(self, amount: int, card: str, retry: str | None) -> None:
        card_id = self._card(card)
        body = {"amount_cents": amount, "payment_method_id": card_id}
        headers = {"Idempotency-Key": str(uuid.uuid4())}
        before = self._money()
        response = self.api.post("/v1/wallet/top-ups", json=body, headers=headers)
        if retry == "same":
            # The retry a client makes as soon as it has the first answer (say its request timed
            # out just as that answer arrived): the first request is over, so it is replayed.
            again = self.api.post("/v1/wallet/top-ups", json=body, headers=headers)
            assert (again.status_code, again.json()) == (response.status_code, response.json()), (
                f"a retry with the same key and body, sent once the first was answered, got "
                f"{again.status_code} {again.text}; the first got {response.status_code} "
                f"{response.text}"
            )
            assert again.headers.get("Idempotent-Replayed") == "true", again.headers
        # What moved, after the first request and any retry of it: exactly one top-up's worth.
        after = self._money()
        if not _in_limits(amount):
            assert response.status_code == 422, response.text
            assert after == before, f"a refused top-up moved something: {before} → {after}"
        elif card_id == self.cards.get("bad"):
            assert response.status_code == 402, response.text
            assert response.json()["error"]["code"] == "card_declined"
            assert after == {
                **before,
                "wallet_transactions": before["wallet_transactions"] + 1,
                "top_ups": before["top_ups"] + 1,
            }, f"a declined top-up is one failed transaction, nothing else: {before} → {after}"
        else:
            assert response.status_code == 200, response.text
            top_up = response.json()
            tax = _half_up(amount * self.tax_rate_bps, 10_000)
            assert (top_up["status"], top_up["amount_cents"], top_up["tax_cents"]) == (
                "succeeded",
                amount,
                tax,
            )
            assert top_up["charged_cents"] == amount + tax
            assert after == {
                **before,
                "balance": before["balance"] + amount,
                "wallet_transactions": before["wallet_transactions"] + 1,
                "top_ups": before["top_ups"] + 1,
                "invoices": before["invoices"] + 1,
                "payments": before["payments"] + 1,
            }, f"a top-up of {amount} (retry: {retry}) moved {before} → {after}"
        if retry == "other body":
            other = {**body, "amount_cents": amount + 100}
            again = self.api.post("/v1/wallet/top-ups", json=other, headers=headers)
            assert again.status_code == 422, again.text
            assert again.json()["error"]["code"] == "idempotency_key_reused", again.text
            assert self._money() == after, "a reused key with another body moved money"

    @rule(data=st.data())
    def request_refund(self, data: st.DataObject) -> None:
        top_ups = list_all(self.api, "/v1/wallet/top-ups")
        before = self._money()
        if not top_ups:
            response = self.api.post("/v1/wallet/top-ups/tu_nonexistent/refund-request")
            assert response.status_code == 404, response.text
            assert self._money() == before
            return
        top_up = data.draw(st.sampled_from(top_ups), label="top-up")
        now = datetime.fromisoformat(get_json(self.api, "/v1/sandbox/clock")["now"])
        created = datetime.fromisoformat(top_up["created_at"])
        age_days = (now.astimezone(self.zone).date() - created.astimezone(self.zone).date()).days
        eligible = (
            top_up["status"] == "succeeded"
            and top_up["remaining_cents"] == top_up["amount_cents"]
            and age_days <= REFUND_WINDOW_DAYS
        )
        assert top_up["refundable"] == eligible, (
            f"top-up {top_up['id']} ({top_up['status']}, {top_up['remaining_cents']} of "
            f"{top_up['amount_cents']} left, {age_days} days old) shows refundable="
            f"{top_up['refundable']} ({top_up['refund_refusal']})"
        )
        response = self.api.post(f"/v1/wallet/top-ups/{top_up['id']}/refund-request")
        after = self._money()
        if eligible:
            assert response.status_code == 200, (age_days, top_up, response.text)
            result = response.json()
            assert result["refunded_cents"] == top_up["amount_cents"] + top_up["tax_cents"]
            assert result["top_up"]["status"] == "refunded"
            assert after == {
                **before,
                "balance": before["balance"] - top_up["amount_cents"],
                "wallet_transactions": before["wallet_transactions"] + 1,
                "invoices": before["invoices"] + 1,
                "refunds": before["refunds"] + 1,
            }, f"a refund of {top_up['amount_cents']} moved {before} → {after}"
        else:
            assert response.status_code == 409, (age_days, top_up, response.text)
            assert response.json()["error"]["code"] == "refund_not_eligible", response.text
            assert after == before, f"a refused refund moved something: {before} → {after}"

    @rule(
        low=st.one_of(st.none(), st.integers(0, 30_000)),
        enabled=st.one_of(st.none(), st.booleans()),
        threshold=st.one_of(st.none(), thresholds),
        amount=st.one_of(st.none(), top_up_amounts),
        cap=st.one_of(st.just(ABSENT), st.none(), st.integers(0, 150_000)),
        card=st.sampled_from([ABSENT, None, "good", "bad"]),
    )
    def change_wallet_settings(
        self,
        low: int | None,
        enabled: bool | None,
        threshold: int | None,
        amount: int | None,
        cap: Any,
        card: Any,
    ) -> None:
        auto: dict[str, Any] = {}
        if enabled is not None:
            auto["enabled"] = enabled
        if threshold is not None:
            auto["threshold_cents"] = threshold
        if amount is not None:
            auto["amount_cents"] = amount
        if cap is not ABSENT:
            auto["cap_cents"] = cap
        if card is not ABSENT:
            auto["payment_method_id"] = None if card is None else self._card(card)
        body: dict[str, Any] = {"auto_top_up": auto}
        if low is not None:
            body["low_balance_threshold_cents"] = low
        before_wallet = get_json(self.api, "/v1/wallet")
        before = self._money()
        response = self.api.patch("/v1/wallet", json=body)
        assert self._money() == before, "changing settings moved money"
        after_wallet = get_json(self.api, "/v1/wallet")
        if amount is not None and not _in_limits(amount):
            assert response.status_code == 422, response.text
            assert after_wallet == before_wallet, "a refused settings change changed something"
            return
        assert response.status_code == 200, response.text
        assert response.json() == after_wallet
        shown = after_wallet["auto_top_up"]
        if low is not None:
            assert after_wallet["low_balance_threshold_cents"] == low
        for field in ("threshold_cents", "amount_cents", "cap_cents", "payment_method_id"):
            if field in auto:
                assert shown[field] == auto[field], (field, shown, auto)
        if enabled is True:
            assert shown["enabled"] and shown["consecutive_declines"] == 0
            assert shown["disabled_reason"] is None
        elif enabled is False:
            assert not shown["enabled"]
        else:
            assert shown["enabled"] == before_wallet["auto_top_up"]["enabled"]

    @rule(which=st.sampled_from(["bad", "good"]))
    def switch_default_card(self, which: str) -> None:
        """Make the card that declines when charged the default (adding it the first time), or
        switch back to the good one."""
        if which not in self.cards:
            self._add_declining_card()
        response = self.api.post(f"/v1/payment-methods/{self.cards[which]}/make-default")
        assert response.status_code == 200, response.text
        assert response.json()["is_default"] is True
        self.default = which

    @rule(plan=st.sampled_from(["professional", "dental", "real_estate"]))
    def change_plan(self, plan: str) -> None:
        """The charge of a change is what its preview said; a refusal or a decline moves
        nothing."""
        before = self._money()
        preview = self.api.post("/v1/subscription/preview-change", json={"plan": plan})
        response = self.api.post("/v1/subscription/change", json={"plan": plan})
        after = self._money()
        if preview.status_code != 200:
            assert preview.status_code == 409, preview.text
            assert response.status_code == 409, response.text
            assert after == before, f"a refused plan change moved something: {before} → {after}"
            return
        due = preview.json()["amount_due_now_cents"]
        if response.status_code == 402:
            assert due > 0 and self.default == "bad", response.text
            assert after == before, f"a declined upgrade moved something: {before} → {after}"
            return
        assert response.status_code == 200, response.text
        invoice_id = response.json()["invoice_id"]
        if due == 0:
            assert invoice_id is None and after == before, (preview.text, before, after)
        else:
            invoice = get_json(self.api, f"/v1/invoices/{invoice_id}")
            assert (invoice["kind"], invoice["status"], invoice["total_cents"]) == (
                "plan_change",
                "paid",
                due,
            ), invoice
            assert invoice["lines"] == preview.json()["lines"]

    @rule(resume=st.booleans())
    def cancel_or_resume(self, resume: bool) -> None:
        before = self._money()
        sub = get_json(self.api, "/v1/subscription")
        if resume:
            response = self.api.post("/v1/subscription/resume")
            allowed = sub["cancel_at_period_end"] and sub["status"] != "canceled"
        else:
            response = self.api.post("/v1/subscription/cancel", json={"reason": "other"})
            allowed = not sub["cancel_at_period_end"] and sub["status"] != "canceled"
        assert response.status_code == (200 if allowed else 409), (sub, response.text)
        assert self._money() == before, "cancelling or resuming moved money"

    @rule(days=st.integers(1, 10))
    def time_passes(self, days: int) -> None:
        before = self._money()
        self.sandbox.advance_clock(days)
        after = self._money()
        moved = self._new_transactions(before["wallet_transactions"])
        assert all(t["kind"] == "auto_top_up" for t in moved), (
            f"moving the clock moved the wallet: {moved}"
        )
        assert after["calls"] == before["calls"]


@pytest.fixture(scope="module")
def ledger_sandbox(tmp_path_factory: pytest.TempPathFactory) -> Iterator[SandboxProcess]:
    """This file's own sandbox: its tests move the (global) clock."""
    with running_sandbox(tmp_path_factory.mktemp("ledger-sandbox")) as running:
        yield running


# Bounded: every step re-reads and re-checks the whole account over HTTP (~0.1-0.2 s), and
# each example opens an account and saves a card (~1 s). So the machine runs half as many
# examples as the profile's max_examples, of at most 20 steps: the default profile (25) gives
# 12 examples, about 30-45 s on 2 cores; HYPOTHESIS_PROFILE=deep (500) gives 250, about 11-15
# minutes, hence the longer timeout there.
DEEP = settings.default.max_examples > 25
MACHINE_SETTINGS = settings(
    settings.default,
    max_examples=max(4, settings.default.max_examples // 2),
    stateful_step_count=20,
)


@pytest.mark.timeout(3600 if DEEP else 300)
def test_the_ledger_holds_under_random_billing_activity(ledger_sandbox: SandboxProcess) -> None:
    machine = type("LedgerMachineHere", (LedgerMachine,), {"sandbox": ledger_sandbox})
    run_state_machine_as_test(machine, settings=MACHINE_SETTINGS)


def test_auto_top_up_fires_when_a_threshold_lowered_below_the_balance_is_crossed(
    ledger_sandbox: SandboxProcess,
) -> None:
    """The machine's "once per crossing" rule on the smallest example that breaks it: auto top-up
    fired while the balance stayed below a high threshold (so it is disarmed, rightly); then the
    threshold is lowered below the balance, and the very next deduction crosses it from above —
    a new crossing, which must fire. (Any transaction that leaves the balance at or above the
    lowered threshold first re-arms it, so the crossing has to be the next deduction.)"""
    machine = type("LedgerMachineHere", (LedgerMachine,), {"sandbox": ledger_sandbox})()
    try:
        # The whole allowance used, $50.00 of credit, auto top-up of $10.00 below $200.00.
        machine.open_account(
            tax_rate_bps=0,
            timezone="UTC",
            opening_minutes=100,
            opening_credit=5000,
            auto_top_up=(20_000, 1000),
            declining_card=False,
        )
        machine.the_ledger_holds()
        machine.record_call(("inbound", 60))  # 5000 − 11 = 4989 < 20000: fires → 5989
        machine.the_ledger_holds()
        machine.change_wallet_settings(None, None, 5500, None, ABSENT, ABSENT)  # 5989 ≥ 5500
        machine.the_ledger_holds()
        machine.record_call(("inbound", 4000))  # 67 min × 11 = 737: 5989 → 5252 < 5500
        machine.the_ledger_holds()
    finally:
        machine.teardown()
