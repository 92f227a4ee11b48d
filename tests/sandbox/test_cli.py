"""`smartalex-sandbox` as a command: demo seeding, restarts on the same data, the pinned clock,
what it refuses."""

from __future__ import annotations

import os
import subprocess
import sys
from datetime import UTC, datetime, timedelta

import pytest

from smartalex_desktop.sandbox.clock import CLOCK_START_VARIABLE
from tests.helpers.cards import VISA, add_card
from tests.helpers.ledger import check_invariants
from tests.helpers.sandbox import TEST_CLOCK_START, Customer, running_sandbox


def test_demo_seeds_both_accounts_once_per_data_folder(tmp_path):
    data_dir = tmp_path / "demo"
    with running_sandbox(data_dir, demo=True) as sandbox:
        demo = sandbox.sign_in("demo@smartalex.test", "demo-password")
        account = demo.get("/v1/account").json()
        assert account["company_name"] == "Bright Smile Dental"
        assert account["tax_rate_bps"] == 825 and account["timezone"] == "America/New_York"
        assert demo.get("/v1/subscription").json()["plan"] == "dental"
        cards = demo.get("/v1/payment-methods").json()["data"]
        assert sorted(card["last4"] for card in cards) == ["4242", "4444"]
        assert [card["is_default"] for card in cards].count(True) == 1
        other = sandbox.sign_in("other@smartalex.test", "other-password")
        assert other.get("/v1/subscription").json()["plan"] == "professional"

        # A year of history, made by the engine: renewals, an upgrade, top-ups, a refund, and a
        # renewal declined then paid with another card.
        invoices = demo.get("/v1/invoices", params={"limit": 100}).json()["data"]
        kinds = [invoice["kind"] for invoice in invoices]
        assert kinds.count("renewal") >= 12
        assert {"plan_change", "top_up", "credit_note"} <= set(kinds)
        assert any(
            [payment["status"] for payment in invoice["payments"]] == ["failed", "succeeded"]
            for invoice in invoices
            if invoice["kind"] == "renewal"
        )
        assert all(invoice["status"] in ("paid", "refunded") for invoice in invoices)
        assert demo.get("/v1/wallet").json()["balance_cents"] > 0
        assert demo.get("/v1/usage").json()["used_minutes"] > 0
        assert len(demo.get("/v1/usage/calls", params={"limit": 100}).json()["data"]) == 100
        # Every ledger and invoice invariant holds over the whole demo year.
        account_id = demo.get("/v1/account").json()["id"]
        check_invariants(
            sandbox, Customer("demo@smartalex.test", "demo-password", account_id, demo)
        )
        seeded = [line for line in sandbox.output if "Seeded the demo year in" in line]
        assert seeded, "".join(sandbox.output)
        # Pinned: the demo year ends at the pinned instant, not today.
        assert sandbox.now() == TEST_CLOCK_START
    with running_sandbox(data_dir, demo=True) as sandbox:
        demo = sandbox.sign_in("demo@smartalex.test", "demo-password")
        assert len(demo.get("/v1/payment-methods").json()["data"]) == 2


def test_a_restart_on_the_same_data_folder_keeps_accounts_and_stripe_state(tmp_path):
    data_dir = tmp_path / "data"
    with running_sandbox(data_dir) as sandbox:
        customer = sandbox.create_account(plan="professional")
        add_card(customer.http, VISA)
        assert sandbox.stop() == 0  # SIGTERM: a clean stop that saves localstripe's state
    with running_sandbox(data_dir) as sandbox:
        api = sandbox.sign_in(customer.email, customer.password)
        # The card saved before the restart is still chargeable at Stripe.
        changed = api.post("/v1/subscription/change", json={"plan": "dental"})
        assert changed.status_code == 200, changed.text
        assert changed.json()["invoice_id"]


def _run_sandbox(tmp_path, *args, env=None):
    return subprocess.run(
        [
            sys.executable,
            "-m",
            "smartalex_desktop.sandbox.cli",
            "--data-dir",
            str(tmp_path / "d"),
            "--port",
            "0",
            *args,
        ],
        capture_output=True,
        text=True,
        timeout=60,
        env=env,
    )


def test_a_non_loopback_address_is_refused(tmp_path):
    result = _run_sandbox(tmp_path, "--host", "0.0.0.0")
    assert result.returncode == 2
    assert "not a loopback address" in result.stderr
    assert "listening" not in result.stdout


# Assembled here so no scanner mistakes the test's fake for a real leaked key.
FAKE_LIVE_KEY = "sk_" + "live_0123456789abcdef"


def test_live_stripe_keys_are_refused(tmp_path):
    env = {
        **os.environ,
        "STRIPE_SECRET_KEY": FAKE_LIVE_KEY,
        "STRIPE_PUBLISHABLE_KEY": "pk_" + "live_0123456789abcdef",
    }
    result = _run_sandbox(tmp_path, env=env)
    assert result.returncode != 0
    assert "refuses live Stripe keys" in result.stderr
    assert FAKE_LIVE_KEY not in result.stderr + result.stdout
    assert "listening" not in result.stdout


def test_a_pinned_clock_starts_a_new_folder_there_and_never_catches_up(tmp_path):
    data_dir = tmp_path / "data"
    start = datetime.fromisoformat("2027-01-31T23:30:00-05:00")
    with running_sandbox(data_dir, clock_start=start) as sandbox:
        assert sandbox.now() == start
        assert any("Test clock pinned" in line for line in sandbox.output)
        customer = sandbox.create_account(plan="professional")
        add_card(customer.http, VISA)
        sandbox.advance_clock(3)
    kept = start + timedelta(days=3)
    # Restarted pinned (to any instant): an existing folder keeps its clock, however late it is.
    with running_sandbox(data_dir, clock_start=TEST_CLOCK_START) as sandbox:
        assert sandbox.now() == kept
        api = sandbox.sign_in(customer.email, customer.password)
        assert api.get("/v1/invoices", params={"kind": "renewal"}).json()["data"] == []
    # Restarted without a pin: as before, it catches up to the real time (when that is later).
    real_before = datetime.now(UTC)
    with running_sandbox(data_dir, clock_start=None) as sandbox:
        caught_up = sandbox.now()
        if real_before > kept:
            assert real_before <= caught_up <= datetime.now(UTC)
        else:
            assert caught_up == kept


@pytest.mark.parametrize(
    ("args", "variable", "said"),
    [
        (["--clock-start", "2026-06-10T15:00:00"], None, "has no UTC offset"),
        (["--clock-start", "10 June 2026"], None, "is not an ISO 8601 date and time"),
        ([], "2026-06-10 15:00", f"{CLOCK_START_VARIABLE}: '2026-06-10 15:00' has no UTC offset"),
    ],
    ids=["no-offset", "not-iso-8601", "environment-without-offset"],
)
def test_a_clock_start_without_an_offset_is_refused(tmp_path, args, variable, said):
    env = {key: value for key, value in os.environ.items() if key != CLOCK_START_VARIABLE}
    if variable is not None:
        env[CLOCK_START_VARIABLE] = variable
    result = _run_sandbox(tmp_path, *args, env=env)
    assert result.returncode == 2
    assert said in result.stderr
    assert "listening" not in result.stdout
