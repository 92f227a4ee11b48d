"""The read/write API on its own: order, filters, refreshes, synced_at, and threads."""

from __future__ import annotations

import threading
from datetime import UTC, datetime, timedelta, timezone

from smartalex_desktop.api import models
from smartalex_desktop.store import Store
from smartalex_desktop.store.resources import TRANSACTIONS

API = "https://api.smartalex.ai"
T0 = datetime(2026, 3, 1, 9, 0, tzinfo=UTC)


def _invoice(
    n: int, *, status: str = "paid", kind: str = "top_up", days: int = 0
) -> models.Invoice:
    return models.Invoice(
        id=f"in_{n}",
        number=f"SA-2026-{n:06d}",
        status=status,  # type: ignore[arg-type]
        kind=kind,  # type: ignore[arg-type]
        # Stored in another offset than UTC: the store must compare instants, not text.
        created_at=(T0 + timedelta(days=days)).astimezone(timezone(timedelta(hours=-6))),
        subtotal_cents=1000 * n,
        tax_cents=83 * n,
        total_cents=1083 * n,
        amount_paid_cents=1083 * n if status == "paid" else 0,
        lines=[
            models.InvoiceLine(
                kind="wallet_top_up",
                description="Wallet credit",
                quantity=1,
                unit_amount_cents=1000 * n,
                amount_cents=1000 * n,
            )
        ],
    )


def _transaction(n: int, balance_after_cents: int) -> models.WalletTransaction:
    return models.WalletTransaction(
        id=f"wtx_{n}",
        kind="top_up",
        status="succeeded",
        amount_cents=100,
        balance_after_cents=balance_after_cents,
        created_at=T0,
    )


def test_lists_keep_the_apis_newest_first_order_filters_and_refreshes(tmp_path):
    with Store.open(tmp_path, API, "acct_1") as store:
        # First sync: the API lists newest first.
        assert store.add_invoices(
            [_invoice(3, days=2, status="open"), _invoice(2, days=1), _invoice(1)]
        ) == (3, 0)
        # Later: two newer ones on top, one already stored (a repeated page) is skipped, and the
        # open invoice comes back paid.
        paid = _invoice(3, days=2, status="paid")
        added, refreshed = store.add_invoices(
            [_invoice(5, days=4, kind="renewal"), _invoice(4, days=3), _invoice(3, days=2)],
            refreshed=[paid, _invoice(1)],  # in_1 unchanged: not counted
        )
        assert (added, refreshed) == (2, 1)

        assert [invoice.id for invoice in store.invoices()] == [
            "in_5",
            "in_4",
            "in_3",
            "in_2",
            "in_1",
        ]
        assert store.invoice("in_3") == paid
        assert store.invoice("in_5") == _invoice(5, days=4, kind="renewal")  # exact round trip
        assert store.invoice("in_9") is None
        assert [i.id for i in store.invoices(kind="renewal")] == ["in_5"]
        assert [i.id for i in store.invoices(status="open")] == []
        window = store.invoices(
            created_gte=T0 + timedelta(days=1), created_lt=T0 + timedelta(days=3)
        )
        assert [i.id for i in window] == ["in_3", "in_2"]
        assert store.known_ids("invoices", ["in_1", "in_7", "in_5"]) == {"in_1", "in_5"}


def test_synced_at_is_per_resource_aware_utc_and_the_oldest_is_the_caches_age(tmp_path):
    with Store.open(tmp_path, API, "acct_1") as store:
        assert store.last_synced_at() is None and store.synced_at("wallet") is None
        older = datetime(2026, 3, 1, 8, 0, tzinfo=timezone(timedelta(hours=2)))
        store.add_calls([], synced_at=older)
        store.add_transactions([], synced_at=T0)
        assert store.synced_at("calls") == older and store.synced_at("calls").tzinfo == UTC
        assert store.last_synced_at() == older  # 06:00 UTC, before T0's 09:00


def test_readers_never_see_half_a_write(tmp_path):
    """Several threads read while one appends batches: every read is a whole number of
    batches, in order, with an unbroken balance chain."""
    batch, batches = 40, 25
    with Store.open(tmp_path, API, "acct_1") as store:
        seen: list[int] = []
        problems: list[str] = []
        done = threading.Event()

        def read() -> None:
            while not done.is_set():
                listed = store.transactions()
                seen.append(len(listed))
                if len(listed) % batch:
                    problems.append(f"{len(listed)} transactions: a partial batch")
                balances = [t.balance_after_cents for t in listed]
                if balances != [100 * n for n in range(len(listed), 0, -1)]:
                    problems.append(f"broken chain at {len(listed)}")

        readers = [threading.Thread(target=read) for _ in range(4)]
        for reader in readers:
            reader.start()
        for b in range(batches):
            first = b * batch + 1
            store.add_transactions(
                [_transaction(n, 100 * n) for n in range(first + batch - 1, first - 1, -1)]
            )
        done.set()
        for reader in readers:
            reader.join()
        assert problems == []
        assert len(set(seen)) > 2  # the readers really ran during the writes
        assert len(store.transactions()) == batch * batches


def test_threads_that_end_give_their_connection_back(tmp_path):
    """Each thread reads on a connection of its own; when the thread ends, its connection goes
    back to the store's pool for the next one instead of staying open (docs/performance.md,
    "Store: connections leased, not kept per thread")."""
    with Store.open(tmp_path, API, "acct_1") as store:
        store.add_transactions([_transaction(n, 100 * n) for n in range(3, 0, -1)])
        for _ in range(50):
            reader = threading.Thread(target=store.transactions)
            reader.start()
            reader.join()
        assert store.open_connections <= 2  # this thread's, and the one the readers share


def test_what_a_thread_staged_and_never_added_is_not_the_next_threads(tmp_path):
    with Store.open(tmp_path, API, "acct_1") as store:
        staging = threading.Thread(target=lambda: store.stage(TRANSACTIONS, [_transaction(9, 900)]))
        staging.start()
        staging.join()
        adding = threading.Thread(target=lambda: store.add_transactions([_transaction(1, 100)]))
        adding.start()
        adding.join()
        assert [t.id for t in store.transactions()] == ["wtx_1"]
