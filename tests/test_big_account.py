"""benchmarks/big_account.py: the big benchmark account, made by the engine, obeys every rule.

Generated small (scale 0.01: ~36 days, ~5,000 calls) into a new folder, then served by a real
`smartalex-sandbox` process on that folder, whose API must list exactly what generate() counted,
with every ledger invariant holding and the account's Stripe objects still there.
"""

from __future__ import annotations

import sqlite3
import time
from collections import Counter
from contextlib import closing

import pytest

from benchmarks.big_account import (
    BENCH_EMAIL,
    BENCH_PASSWORD,
    GENERATION_INDEXES,
    MARKER_FILE_NAME,
    generate,
)
from smartalex_desktop.sandbox import db
from tests.helpers.ledger import check_invariants, list_all, post_top_up
from tests.helpers.sandbox import Customer, running_sandbox

SCALE = 0.01
FULL_CALLS = 500_000


def _indexes(path):
    with closing(sqlite3.connect(path)) as conn:
        return {row[0] for row in conn.execute("SELECT name FROM sqlite_master WHERE type='index'")}


def test_generated_account_obeys_the_ledger_and_is_made_once(tmp_path):
    data_dir = tmp_path / "bench"
    messages: list[str] = []
    made = generate(data_dir, scale=SCALE, progress=messages.append)
    assert made["seconds"] > 0
    # A shorter history of the same periods: the calls scale with it, and the period's cap is
    # reached, so the wallet pays for some overage and the card for the rest.
    assert made["calls"] == pytest.approx(FULL_CALLS * SCALE, rel=0.15)
    assert 0 < made["wallet_transactions"] < made["calls"]
    assert 0 < made["invoices"] < made["wallet_transactions"]
    assert (data_dir / MARKER_FILE_NAME).exists()

    # Made once: a second call finds it and returns at once, with the same counts.
    started = time.perf_counter()
    again = generate(data_dir, scale=SCALE, progress=messages.append)
    assert again == {**{key: made[key] for key in again if key != "seconds"}, "seconds": 0.0}
    assert time.perf_counter() - started < 5

    # The indexes that speed up generating are gone: the schema is the sandbox's own.
    fresh = tmp_path / "fresh.sqlite3"
    db.migrate(fresh)
    assert _indexes(data_dir / db.DATABASE_FILE_NAME) == _indexes(fresh)
    assert not set(GENERATION_INDEXES) & _indexes(data_dir / db.DATABASE_FILE_NAME)

    with running_sandbox(data_dir) as sandbox:
        api = sandbox.sign_in(BENCH_EMAIL, BENCH_PASSWORD)
        account_id = api.get("/v1/account").json()["id"]
        invoices = list_all(api, "/v1/invoices")
        transactions = list_all(api, "/v1/wallet/transactions")
        calls = list_all(api, "/v1/usage/calls")
        assert (len(invoices), len(transactions), len(calls)) == (
            made["invoices"],
            made["wallet_transactions"],
            made["calls"],
        )
        kinds = Counter(invoice["kind"] for invoice in invoices)
        assert set(kinds) == {"renewal", "top_up", "usage"}, kinds
        assert all(invoice["status"] == "paid" for invoice in invoices)
        assert {t["kind"] for t in transactions} == {"auto_top_up", "usage"}
        assert any(call["card_cents"] for call in calls)
        assert any(call["wallet_cents"] for call in calls)

        # localstripe's state was saved with the folder: the Stripe customer and the card it
        # charged all along still work through the API.
        (card,) = api.get("/v1/payment-methods").json()["data"]
        response = post_top_up(api, 25_00, card["id"])
        assert response.status_code == 200, response.text
        assert response.json()["status"] == "succeeded"

        check_invariants(sandbox, Customer(BENCH_EMAIL, BENCH_PASSWORD, account_id, api))
