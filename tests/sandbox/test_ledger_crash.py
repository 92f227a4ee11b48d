"""A sandbox killed in the middle of a money movement loses nothing and doubles nothing.

Stripe (localstripe) runs in a process of its own, as the real Stripe is another system: its
record of what was charged or refunded survives the sandbox. The sandbox SIGKILLs itself at a
crash point (`SMARTALEX_SANDBOX_CRASH_AT`), is restarted on the same data folder without it,
settles what was interrupted at start-up from Stripe's record, and a retry of the same request
(same Idempotency-Key) then answers the first outcome without moving money again.
"""

from __future__ import annotations

import signal
import uuid
from collections.abc import Iterator
from pathlib import Path
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

TAX_RATE_BPS = 825  # so that what is charged (amount + tax) differs from what is credited


@pytest.fixture(scope="module")
def stripe(tmp_path_factory: pytest.TempPathFactory) -> Iterator[ExternalStripe]:
    """One external localstripe for the module; each test has its own sandbox and customer."""
    with running_external_stripe(tmp_path_factory.mktemp("stripe") / "state.pickle") as running:
        yield running
    assert running.process is not None and running.process.returncode == 0


def crash_during(sandbox: SandboxProcess, request: Any) -> None:
    """Send the request that reaches the crash point: no answer, and the process is SIGKILLed."""
    with pytest.raises(httpx.TransportError):
        request()
    assert sandbox.wait_for_exit() == -signal.SIGKILL, "".join(sandbox.output)


def new_customer(sandbox: SandboxProcess) -> tuple[Customer, dict[str, Any]]:
    customer = sandbox.create_account(plan="professional", tax_rate_bps=TAX_RATE_BPS)
    return customer, add_card(customer.http, VISA)


def assert_ledger_chain(transactions: list[dict[str, Any]], balance: int) -> None:
    running = 0
    for entry in reversed(transactions):  # the API lists newest first
        if entry["status"] == "succeeded":
            running += entry["amount_cents"]
        else:
            assert entry["amount_cents"] == 0, entry
        assert entry["balance_after_cents"] == running, entry
    assert running == balance


def test_a_crash_after_the_charge_credits_the_top_up_once_at_restart(
    tmp_path: Path, stripe: ExternalStripe
) -> None:
    data_dir = tmp_path / "sandbox"
    key = str(uuid.uuid4())
    with running_external_sandbox(data_dir, stripe, crash_at="top_up_charged") as doomed:
        customer, card = new_customer(doomed)
        crash_during(doomed, lambda: post_top_up(customer.http, 50_00, card["id"], key))
        customer.http.close()
    # It died after Stripe charged the card and before the sandbox wrote anything of it down.
    [charged] = stripe.payment_intents_of_account(customer.account_id)
    assert charged["status"] == "succeeded", charged

    with running_external_sandbox(data_dir, stripe) as restarted:
        api = restarted.sign_in(customer.email, customer.password)
        # Reconciled at start-up, before any request: credited once, with its paid invoice.
        [made] = list_all(api, "/v1/wallet/top-ups")
        assert made["status"] == "succeeded", made
        assert (made["amount_cents"], made["tax_cents"], made["charged_cents"]) == (
            5000,
            413,
            5413,
        )
        assert api.get("/v1/wallet").json()["balance_cents"] == 5000
        transactions = list_all(api, "/v1/wallet/transactions")
        assert [(t["kind"], t["status"], t["amount_cents"]) for t in transactions] == [
            ("top_up", "succeeded", 5000)
        ]
        assert_ledger_chain(transactions, 5000)
        invoice = api.get(f"/v1/invoices/{made['invoice_id']}").json()
        assert (invoice["kind"], invoice["status"]) == ("top_up", "paid")
        assert invoice["total_cents"] == invoice["amount_paid_cents"] == 5413
        assert len(list_all(api, "/v1/invoices", kind="top_up")) == 1

        # The user's retry of the same click: the same top-up, nothing charged again.
        retried = post_top_up(api, 50_00, card["id"], key)
        assert retried.status_code == 200, retried.text
        assert retried.json()["id"] == made["id"]
        assert retried.json()["status"] == "succeeded"
        again = post_top_up(api, 50_00, card["id"], key)
        assert again.status_code == 200 and again.json()["id"] == made["id"]
        assert again.headers.get("Idempotent-Replayed") == "true"
        assert api.get("/v1/wallet").json()["balance_cents"] == 5000
        assert len(list_all(api, "/v1/wallet/top-ups")) == 1

    intents = stripe.payment_intents_of_top_up(made["id"])
    assert [intent["status"] for intent in intents] == ["succeeded"], intents
    charge = stripe.charge_of(intents[0])
    assert charge is not None and charge["amount"] == 5413 and charge["amount_refunded"] == 0


def test_a_crash_before_the_charge_fails_the_top_up_and_charges_nothing(
    tmp_path: Path, stripe: ExternalStripe
) -> None:
    data_dir = tmp_path / "sandbox"
    key = str(uuid.uuid4())
    with running_external_sandbox(data_dir, stripe, crash_at="top_up_intent_created") as doomed:
        customer, card = new_customer(doomed)
        crash_during(doomed, lambda: post_top_up(customer.http, 40_00, card["id"], key))
        customer.http.close()
    # It died after creating the PaymentIntent (unconfirmed) and before storing its id.
    [created] = stripe.payment_intents_of_account(customer.account_id)
    assert created["status"] == "requires_confirmation", created

    with running_external_sandbox(data_dir, stripe) as restarted:
        api = restarted.sign_in(customer.email, customer.password)
        [interrupted] = list_all(api, "/v1/wallet/top-ups")
        assert interrupted["status"] == "failed", interrupted
        assert interrupted["invoice_id"] is None
        assert "nothing was charged" in interrupted["failure_message"]
        assert api.get("/v1/wallet").json()["balance_cents"] == 0
        transactions = list_all(api, "/v1/wallet/transactions")
        assert [(t["status"], t["amount_cents"]) for t in transactions] == [("failed", 0)]
        assert_ledger_chain(transactions, 0)
        assert list_all(api, "/v1/invoices", kind="top_up") == []

        # The same key answers the failed top-up again (402), and charges nothing.
        for _attempt in range(2):
            retried = post_top_up(api, 40_00, card["id"], key)
            assert retried.status_code == 402, retried.text
            assert retried.json()["error"]["top_up_id"] == interrupted["id"]
        assert api.get("/v1/wallet").json()["balance_cents"] == 0
        assert len(list_all(api, "/v1/wallet/top-ups")) == 1

        # Stripe: the PaymentIntent was created but never confirmed, so nothing was charged.
        intents = stripe.payment_intents_of_top_up(interrupted["id"])
        assert all(intent["status"] != "succeeded" for intent in intents), intents
        assert all(stripe.charge_of(intent) is None for intent in intents), intents

        # A new action (new key) goes through normally.
        fresh = post_top_up(api, 40_00, card["id"], str(uuid.uuid4()))
        assert fresh.status_code == 200, fresh.text
        assert fresh.json()["status"] == "succeeded" and fresh.json()["id"] != interrupted["id"]
        assert api.get("/v1/wallet").json()["balance_cents"] == 4000
        assert_ledger_chain(list_all(api, "/v1/wallet/transactions"), 4000)

    assert [i["status"] for i in stripe.payment_intents_of_top_up(fresh.json()["id"])] == [
        "succeeded"
    ]
    assert all(
        i["status"] != "succeeded" for i in stripe.payment_intents_of_top_up(interrupted["id"])
    )


def test_a_crash_after_stripe_refunded_completes_the_refund_once_at_restart(
    tmp_path: Path, stripe: ExternalStripe
) -> None:
    data_dir = tmp_path / "sandbox"
    with running_external_sandbox(data_dir, stripe, crash_at="refund_sent") as doomed:
        customer, card = new_customer(doomed)
        made = post_top_up(customer.http, 50_00, card["id"], str(uuid.uuid4()))
        assert made.status_code == 200, made.text
        top_up = made.json()
        assert top_up["refundable"] is True
        crash_during(
            doomed,
            lambda: customer.http.post(f"/v1/wallet/top-ups/{top_up['id']}/refund-request"),
        )
        customer.http.close()

    [intent] = stripe.payment_intents_of_top_up(top_up["id"])
    charge = stripe.charge_of(intent)
    assert charge is not None and charge["amount_refunded"] == 5413  # Stripe did refund

    with running_external_sandbox(data_dir, stripe) as restarted:
        api = restarted.sign_in(customer.email, customer.password)
        [refunded] = list_all(api, "/v1/wallet/top-ups")
        assert refunded["id"] == top_up["id"]
        assert refunded["status"] == "refunded", refunded
        assert refunded["remaining_cents"] == 0
        assert api.get("/v1/wallet").json()["balance_cents"] == 0
        transactions = list_all(api, "/v1/wallet/transactions")
        assert [(t["kind"], t["status"], t["amount_cents"]) for t in transactions] == [
            ("refund", "succeeded", -5000),
            ("top_up", "succeeded", 5000),
        ]
        assert_ledger_chain(transactions, 0)
        [credit_note] = list_all(api, "/v1/invoices", kind="credit_note")
        assert credit_note["related_invoice_id"] == top_up["invoice_id"]
        assert transactions[0]["invoice_id"] == credit_note["id"]
        original = api.get(f"/v1/invoices/{top_up['invoice_id']}").json()
        assert original["status"] == "refunded"

        # Asking again is refused (already refunded) and refunds nothing more.
        again = api.post(f"/v1/wallet/top-ups/{top_up['id']}/refund-request")
        assert again.status_code == 409, again.text
        assert again.json()["error"]["code"] == "refund_not_eligible"
        assert api.get("/v1/wallet").json()["balance_cents"] == 0
        assert len(list_all(api, "/v1/invoices", kind="credit_note")) == 1

    [intent] = stripe.payment_intents_of_top_up(top_up["id"])
    charge = stripe.charge_of(intent)
    assert charge is not None
    assert charge["amount"] == charge["amount_refunded"] == 5413  # refunded once, not twice
    refunds = stripe.list_all("/v1/refunds", charge=charge["id"])
    assert [refund["amount"] for refund in refunds] == [5413]


def test_a_retry_while_stripe_is_unreachable_tries_again_instead_of_answering_pending(
    tmp_path: Path,
) -> None:
    """Stripe itself going away: the 503 says "nothing was charged, try again"; the app's
    retry (same key, as docs/billing-rules.md asks) must run again, not answer the stuck
    pending top-up."""
    with (
        running_external_stripe(tmp_path / "stripe.pickle") as own_stripe,
        running_external_sandbox(tmp_path / "sandbox", own_stripe) as sandbox,
    ):
        customer, card = new_customer(sandbox)
        api = customer.http
        assert own_stripe.stop() == 0  # Stripe is unreachable from now on
        key = str(uuid.uuid4())
        first = post_top_up(api, 30_00, card["id"], key)
        assert first.status_code == 503, first.text
        assert first.json()["error"]["code"] == "payments_unavailable"

        retried = post_top_up(api, 30_00, card["id"], key)
        assert retried.status_code == 503, (retried.status_code, retried.text)
        assert api.get("/v1/wallet").json()["balance_cents"] == 0
        assert [t for t in list_all(api, "/v1/wallet/top-ups") if t["status"] == "succeeded"] == []
