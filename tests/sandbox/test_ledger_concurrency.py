"""Concurrent calls and top-ups on one account keep the wallet ledger whole.

Eight clients of one account at once, a bounded number of operations each: calls past the
allowance (overage drawn from the wallet) and top-ups, several of them a retried click (the same
Idempotency-Key and body from several threads), the others each a key of its own; and calls
alone with auto top-up on. Afterwards every key moved money exactly once — in the API and in
Stripe's own records (an external localstripe, which we can list) — and the ledger adds up.
"""

from __future__ import annotations

import threading
import time
import uuid
from collections import Counter, defaultdict
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from typing import Any

import httpx
import pytest

from tests.helpers.cards import VISA, add_card
from tests.helpers.external_stripe import (
    ExternalStripe,
    running_external_sandbox,
    running_external_stripe,
)
from tests.helpers.ledger import list_all, post_top_up
from tests.helpers.sandbox import Customer, SandboxProcess

THREADS = 8
OPERATIONS_PER_THREAD = 6
CALL_TYPES = ("inbound", "outbound", "web")
RATE_CENTS_PER_MINUTE = {"inbound": 11, "outbound": 11, "web": 8}
INCLUDED_MINUTES = 100  # professional
TAX_RATE_BPS = 825  # so that what Stripe charges (amount + tax) differs from what is credited
TIME_BUDGET_S = 40.0


@dataclass(frozen=True)
class Operation:
    kind: str  # "call" | "top_up"
    call_type: str = ""
    seconds: int = 0
    key: str = ""
    amount_cents: int = 0
    shared: bool = False


@dataclass
class Outcome:
    operation: Operation
    status: int
    body: dict[str, Any]
    replayed: bool


@dataclass
class World:
    stripe: ExternalStripe
    sandbox: SandboxProcess


@pytest.fixture(scope="module")
def world(tmp_path_factory: pytest.TempPathFactory) -> Iterator[World]:
    """A sandbox of this module's own, on a localstripe of its own whose records we can list."""
    folder = tmp_path_factory.mktemp("ledger-concurrency")
    with (
        running_external_stripe(folder / "stripe.pickle") as stripe,
        running_external_sandbox(folder / "sandbox", stripe) as sandbox,
    ):
        yield World(stripe, sandbox)


def perform(api: httpx.Client, operation: Operation, card_id: str) -> Outcome:
    if operation.kind == "call":
        response = api.post(
            "/v1/sandbox/calls",
            json={"call_type": operation.call_type, "seconds": operation.seconds},
        )
    else:
        response = post_top_up(api, operation.amount_cents, card_id, operation.key)
    return Outcome(
        operation,
        response.status_code,
        response.json(),
        response.headers.get("Idempotent-Replayed") == "true",
    )


def customer_past_the_allowance(world: World) -> tuple[Customer, str]:
    """A customer with a Visa card whose included minutes are all used: calls are overage."""
    customer = world.sandbox.create_account(plan="professional", tax_rate_bps=TAX_RATE_BPS)
    card_id = str(add_card(customer.http, VISA)["id"])
    exhaust = customer.http.post(
        "/v1/sandbox/calls", json={"call_type": "inbound", "seconds": INCLUDED_MINUTES * 60}
    )
    assert exhaust.status_code == 201, exhaust.text
    assert exhaust.json()["overage_minutes"] == 0
    return customer, card_id


def run_concurrently(
    world: World, customer: Customer, card_id: str, plans: list[list[Operation]]
) -> list[Outcome]:
    """Each plan in a thread of its own, with its own connection, all starting together."""
    barrier = threading.Barrier(len(plans))
    token = customer.http.headers["Authorization"]

    def worker(operations: list[Operation]) -> list[Outcome]:
        with world.sandbox.client() as own:
            own.headers["Authorization"] = token
            barrier.wait(timeout=30)
            return [perform(own, operation, card_id) for operation in operations]

    with ThreadPoolExecutor(len(plans)) as pool:
        futures = [pool.submit(worker, operations) for operations in plans]
        outcomes = [outcome for future in futures for outcome in future.result(timeout=60)]
    assert [(o.operation, o.status, o.body) for o in outcomes if o.status >= 500] == []
    calls = [o for o in outcomes if o.operation.kind == "call"]
    assert [o.body for o in calls if o.status != 201] == []
    return outcomes


def call_operation(thread: int, step: int, minutes: tuple[int, int]) -> Operation:
    low, high = minutes
    return Operation(
        "call",
        call_type=CALL_TYPES[(thread + step) % len(CALL_TYPES)],
        # between `low` and `high` billable minutes, varied by thread and step
        seconds=(low - 1) * 60 + 1 + (17 * thread + 29 * step) % ((high - low + 1) * 60 - 1),
    )


def check_ledger(
    world: World,
    customer: Customer,
    answered_calls: list[dict[str, Any]],
    *,
    wallet_always_enough: bool,
) -> dict[str, Any]:
    """The invariants every account keeps, whatever ran concurrently; returns what it read."""
    api = customer.http
    balance = api.get("/v1/wallet").json()["balance_cents"]
    transactions = list_all(api, "/v1/wallet/transactions")
    top_ups = list_all(api, "/v1/wallet/top-ups")
    succeeded = [t for t in top_ups if t["status"] == "succeeded"]
    recorded_calls = list_all(api, "/v1/usage/calls")

    # The balance is the sum of the succeeded transactions, and each one's balance_after is the
    # running sum (oldest first); it never goes below zero.
    running = 0
    for entry in reversed(transactions):
        if entry["status"] == "succeeded":
            running += entry["amount_cents"]
        else:
            assert entry["amount_cents"] == 0, entry
        assert entry["balance_after_cents"] == running, entry
        assert running >= 0, entry
    assert running == balance

    # Credits in = succeeded top-ups, one ledger entry each; usage out = what calls took.
    credits = [t for t in transactions if t["kind"] in ("top_up", "auto_top_up")]
    assert sorted(t["top_up_id"] for t in credits if t["status"] == "succeeded") == sorted(
        t["id"] for t in succeeded
    )
    credited = sum(t["amount_cents"] for t in credits if t["status"] == "succeeded")
    assert credited == sum(t["amount_cents"] for t in succeeded)
    assert len(recorded_calls) == len(answered_calls) + 1  # and the one that used the allowance
    assert {call["id"] for call in answered_calls} < {call["id"] for call in recorded_calls}
    for call in recorded_calls:
        rate = RATE_CENTS_PER_MINUTE[call["call_type"]]
        assert call["overage_cents"] == call["overage_minutes"] * rate, call
        assert call["wallet_cents"] + call["card_cents"] == call["overage_cents"], call
        if wallet_always_enough:
            assert call["card_cents"] == 0, call
    wallet_paid = sum(call["wallet_cents"] for call in recorded_calls)
    assert wallet_paid > 0
    usage_entries = {t["call_id"]: t["amount_cents"] for t in transactions if t["kind"] == "usage"}
    assert usage_entries == {
        call["id"]: -call["wallet_cents"] for call in recorded_calls if call["wallet_cents"]
    }
    assert balance == credited - wallet_paid
    # Credits are held as lots, consumed oldest-first: what the lots still hold is the balance.
    assert sum(t["remaining_cents"] for t in succeeded) == balance
    usage = api.get("/v1/usage").json()
    assert usage["overage_cents"] == sum(call["overage_cents"] for call in recorded_calls)
    assert usage["used_minutes"] == sum(call["billable_minutes"] for call in recorded_calls)

    # Every succeeded top-up has its paid invoice for what was charged.
    invoices = {i["id"]: i for i in list_all(api, "/v1/invoices", kind="top_up")}
    assert sorted(invoices) == sorted(t["invoice_id"] for t in succeeded)
    for made in succeeded:
        invoice = invoices[made["invoice_id"]]
        assert invoice["status"] == "paid", invoice
        assert invoice["total_cents"] == invoice["amount_paid_cents"] == made["charged_cents"]

    # Stripe's own record: each top-up is in exactly one PaymentIntent, succeeded, for what
    # the top-up says it charged; no PaymentIntent for a top-up the API does not know.
    intents_by_top_up: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for intent in world.stripe.payment_intents_of_account(customer.account_id):
        top_up_id = intent["metadata"].get("smartalex_top_up")
        if top_up_id is not None:
            intents_by_top_up[top_up_id].append(intent)
    assert sorted(intents_by_top_up) == sorted(t["id"] for t in top_ups)
    for made in top_ups:
        intents = intents_by_top_up[made["id"]]
        if made["status"] == "succeeded":
            assert [(i["status"], i["amount"]) for i in intents] == [
                ("succeeded", made["charged_cents"])
            ], (made, intents)
        else:
            assert all(i["status"] != "succeeded" for i in intents), (made, intents)
    return {"balance": balance, "transactions": transactions, "top_ups": top_ups}


def test_concurrent_calls_and_retried_top_ups_move_money_once_and_keep_the_ledger(
    world: World,
) -> None:
    started = time.monotonic()
    customer, card_id = customer_past_the_allowance(world)
    api = customer.http
    seed_key = str(uuid.uuid4())
    seed = post_top_up(api, 30_00, card_id, seed_key)  # more than all the calls below cost
    assert seed.status_code == 200, seed.text

    shared = [(str(uuid.uuid4()), 20_00), (str(uuid.uuid4()), 30_00)]
    plans = []
    for thread in range(THREADS):
        shared_key, shared_amount = shared[thread % len(shared)]
        operations = []
        for step in range(OPERATIONS_PER_THREAD):
            if step in (1, 5):  # the retried click: same key and body from several threads
                operations.append(
                    Operation("top_up", key=shared_key, amount_cents=shared_amount, shared=True)
                )
            elif step == 3:  # a top-up of this thread's own
                operations.append(
                    Operation("top_up", key=str(uuid.uuid4()), amount_cents=10_00 + thread)
                )
            else:
                operations.append(call_operation(thread, step, (1, 3)))
        plans.append(operations)
    outcomes = run_concurrently(world, customer, card_id, plans)

    # -- each answer is one the rules allow ---------------------------------------------------
    answers = [o for o in outcomes if o.operation.kind == "top_up"]
    for outcome in answers:
        if outcome.status == 409:  # the same key while its first request still runs
            assert outcome.operation.shared, outcome
            assert outcome.body["error"]["code"] == "idempotency_key_in_use", outcome
        else:
            body = outcome.body
            assert outcome.status == 200, outcome
            assert body["status"] == "succeeded", outcome
            assert body["amount_cents"] == outcome.operation.amount_cents, outcome
            assert body["charged_cents"] == body["amount_cents"] + body["tax_cents"] > 0, body
            assert outcome.operation.shared or not outcome.replayed, outcome
    ids_by_key: dict[str, set[str]] = defaultdict(set, {seed_key: {seed.json()["id"]}})
    first_runs: Counter[str] = Counter({seed_key: 1})
    for outcome in answers:
        if outcome.status == 200:
            ids_by_key[outcome.operation.key].add(outcome.body["id"])
            first_runs[outcome.operation.key] += not outcome.replayed
    # One top-up per key, and exactly one answer per key that actually ran it: the others were
    # replays of it (same body) or 409s.
    assert {key: ids for key, ids in ids_by_key.items() if len(ids) != 1} == {}
    assert {key: n for key, n in first_runs.items() if n != 1} == {}
    first_bodies = {o.operation.key: o.body for o in answers if o.status == 200 and not o.replayed}
    for outcome in answers:
        if outcome.replayed:
            assert outcome.body == first_bodies[outcome.operation.key]
    # Once the first run of a shared key has ended, the key replays the same top-up.
    for key, amount in shared:
        replay = post_top_up(api, amount, card_id, key)
        assert replay.status_code == 200, replay.text
        assert replay.headers.get("Idempotent-Replayed") == "true"
        assert {replay.json()["id"]} == ids_by_key[key]

    # -- the API and Stripe: one succeeded top-up per key that got a 200, charged once --------
    answered_calls = [o.body for o in outcomes if o.operation.kind == "call"]
    seen = check_ledger(world, customer, answered_calls, wallet_always_enough=True)
    top_ups = seen["top_ups"]
    assert len([t for t in top_ups if t["status"] == "succeeded"]) == len(ids_by_key)
    assert sorted(t["id"] for t in top_ups) == sorted(next(iter(i)) for i in ids_by_key.values())
    assert all(not t["automatic"] for t in top_ups)
    assert all(t["kind"] in ("top_up", "usage") for t in seen["transactions"])
    assert sum(o.body["overage_cents"] for o in outcomes if o.operation.kind == "call") > 0
    assert time.monotonic() - started < TIME_BUDGET_S


def test_concurrent_calls_with_auto_top_up_top_up_once_per_crossing(world: World) -> None:
    started = time.monotonic()
    customer, card_id = customer_past_the_allowance(world)
    api = customer.http
    threshold, amount = 10_00, 10_00
    seed = post_top_up(api, 12_00, card_id, str(uuid.uuid4()))
    assert seed.status_code == 200, seed.text
    settings = api.patch(
        "/v1/wallet",
        json={
            "auto_top_up": {"enabled": True, "threshold_cents": threshold, "amount_cents": amount}
        },
    )
    assert settings.status_code == 200, settings.text
    # 48 calls of 3 to 5 minutes: about $20 of overage, so the balance crosses the threshold
    # more than once, and each automatic $10.00 brings it back above it.
    plans = [
        [call_operation(thread, step, (3, 5)) for step in range(OPERATIONS_PER_THREAD)]
        for thread in range(THREADS)
    ]
    outcomes = run_concurrently(world, customer, card_id, plans)
    # While one thread's automatic top-up is charged, the others' calls go on: the wallet may
    # run dry meanwhile, and the rest of their overage goes to the card.
    seen = check_ledger(world, customer, [o.body for o in outcomes], wallet_always_enough=False)

    # Walk the ledger as the rule reads: a deduction that leaves the balance below the
    # threshold while armed owes one automatic top-up, and disarms; a credit that brings the
    # balance back to the threshold re-arms. Every one owed was made (each request that caused
    # one was answered after it), and none more.
    armed, owed, crossings = True, 0, 0
    for entry in reversed(seen["transactions"]):
        assert entry["status"] == "succeeded", entry
        if entry["kind"] == "usage" and armed and entry["balance_after_cents"] < threshold:
            armed, owed, crossings = False, owed + 1, crossings + 1
        if entry["kind"] == "auto_top_up":
            assert owed > 0, ("an automatic top-up nothing called for", entry)
            assert entry["amount_cents"] == amount, entry
            owed -= 1
        if entry["balance_after_cents"] >= threshold:
            armed = True
    assert owed == 0
    automatic = [t for t in seen["top_ups"] if t["automatic"]]
    assert len(automatic) == crossings >= 1
    assert all(t["status"] == "succeeded" for t in automatic)
    wallet = api.get("/v1/wallet").json()
    assert wallet["auto_top_up"]["enabled"] is True
    assert wallet["auto_top_up"]["spent_this_period_cents"] == amount * crossings
    assert time.monotonic() - started < TIME_BUDGET_S
