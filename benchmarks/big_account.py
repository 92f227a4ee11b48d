"""One very large sandbox account for benchmarks, lived through by the billing engine itself.

Benchmarks of the API and the app need an account far bigger than the demo's: ~10,000 invoices,
~200,000 wallet transactions, ~500,000 calls. Writing those rows directly would be quicker but
could break what the engine and the ledger checks rely on (balances and credit lots, usage
invoiced at $10.00, tax once per invoice, a Stripe charge behind every payment). So, like
`smartalex_desktop/sandbox/demo.py`, this drives the engine's services in-process, day by day,
as the API runs them: each call is billed by `usage.record_call`, then the automatic top-up and
the due collections run (what `POST /v1/sandbox/calls` does); the test clock is moved to each
call's end, so renewals and collection attempts fall due on the way as they would; every charge
goes through the stripe SDK to localstripe, whose state is saved into the folder. The data obeys
every billing rule by construction, and `smartalex-sandbox --data-dir FOLDER` serves it.

Generating takes minutes, so it is done once per data folder: a second call finds the finished
account (the marker file is written last) and returns at once. The randomness is seeded, so every
folder holds the same history shifted to its dates (ids are random, as the engine makes them).

    python benchmarks/big_account.py DATA_DIR [--scale S]
    smartalex-sandbox --data-dir DATA_DIR       # then sign in as bench@smartalex.test
"""

from __future__ import annotations

import argparse
import json
import random
import sqlite3
import sys
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from importlib.metadata import version
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

from localstripe import resources as ls_resources

from smartalex_desktop.sandbox import clock, db
from smartalex_desktop.sandbox.config import SandboxConfig
from smartalex_desktop.sandbox.db import write_transaction
from smartalex_desktop.sandbox.demo import add_test_card
from smartalex_desktop.sandbox.files import write_atomically
from smartalex_desktop.sandbox.schemas import AutoTopUpUpdate, SandboxAccountCreate, WalletUpdate
from smartalex_desktop.sandbox.services import (
    accounts,
    auto_top_up,
    collection,
    cycle,
    onboarding,
    receipts,
    top_ups,
    usage,
)
from smartalex_desktop.sandbox.stripe_gateway import StripeGateway
from smartalex_desktop.sandbox.stripe_server import LocalStripeServer

BENCH_EMAIL = "bench@smartalex.test"
BENCH_PASSWORD = "bench-password"
MARKER_FILE_NAME = "big-account.json"
"""Written last, in the data folder: the account there is complete (its counts and time)."""

SEED = 20_260_101
VISA = "4242424242424242"
TIMEZONE = "America/New_York"
CALL_TYPES = ("inbound", "outbound", "web")
CALL_TYPE_WEIGHTS = (70, 15, 15)
PROGRESS_EVERY_S = 15.0
LOCALSTRIPE_FLUSH_INTERVAL_S = 3600.0
"""localstripe pickles its whole store at every flush, holding the GIL: at the sandbox's 2 s
that would cost more and more of the run as the store grows. It is saved on stop regardless."""


@dataclass(frozen=True)
class Shape:
    """The account's history, chosen so that the three counts land near their targets.

    Per monthly period: N calls of mean m billable minutes at the mean rate r = 0.85 × 11 ¢ +
    0.15 × 8 ¢ = 10.55 ¢/min make O = (N·m − 100 included)·r of overage. Auto top-up adds A =
    $10.00 whenever the wallet falls under the threshold, k = cap / A times a period, until the
    cap stops it; the wallet then drains to $0.00 and the card takes the rest, invoiced at every
    $10.00 (the remainder goes onto the renewal). So, per period,

        invoices   ≈ 1 renewal + k top-ups + (O − k·A) / $10.00  =  1 + O / $10.00  (as A = $10)
        wallet txs ≈ k credits + k·A / (m·r) wallet-paid calls (one `usage` transaction each)
        calls      =  N

    Targets 10,000 / 200,000 / 500,000 over 120 periods give N ≈ 4,170 (≈137 a day), O ≈ $823,
    hence m ≈ 1.87 (calls of 10–155 s: 1–3 billable minutes, mean 1.89), and k·(1 + 1000 /
    19.8) ≈ 1,667, hence k ≈ 32: a cap of $320.00.

    Ten years rather than fewer, busier ones: `usage.record_call` sums the period's minutes on
    every call, so the cost of a call grows with the calls before it in its period.
    """

    years: int = 10
    # And a fortnight more, so that the current period is under way, with calls in it (ten
    # years to the day would end on a renewal: an empty current period).
    extra_days: int = 14
    weekday_calls: tuple[int, int] = (140, 202)
    weekend_calls: tuple[int, int] = (35, 67)
    seconds: tuple[int, int] = (10, 155)
    opening_hour: int = 8
    closing_hour: int = 20
    top_up_cents: int = 10_00
    threshold_cents: int = 2_00
    cap_cents: int = 320_00
    tax_rate_bps: int = 825


class _Account:
    """The bench account being lived through: the engine's services, as the API runs them."""

    def __init__(
        self,
        conn: sqlite3.Connection,
        gateway: StripeGateway,
        account_id: str,
        shape: Shape,
        rng: random.Random,
    ) -> None:
        self.conn, self.gateway, self.account_id = conn, gateway, account_id
        self.shape, self.rng = shape, rng
        self.calls = 0

    def add_card(self, number: str, cvc: str = "123") -> str:
        """What the app does: a SetupIntent confirmed with Stripe, then registered."""
        return add_test_card(self.conn, self.gateway, self.account_id, number, cvc)

    def switch_on_auto_top_up(self, card_id: str) -> None:
        """What `PATCH /v1/wallet` does with the shape's auto top-up."""
        shape = self.shape
        with write_transaction(self.conn):
            auto_top_up.update_settings(
                self.conn,
                self.account_id,
                WalletUpdate(
                    auto_top_up=AutoTopUpUpdate(
                        enabled=True,
                        threshold_cents=shape.threshold_cents,
                        amount_cents=shape.top_up_cents,
                        payment_method_id=card_id,
                        cap_cents=shape.cap_cents,
                    )
                ),
            )

    def day_of_calls(self, day: datetime) -> None:
        """The day's calls, each ending at its own second of the opening hours: the clock is
        moved to each call's end (the engine bills a call at the clock's now), so renewals and
        collection retries run between the calls they fall between."""
        shape, rng = self.shape, self.rng
        low, high = shape.weekday_calls if day.weekday() < 5 else shape.weekend_calls
        count = rng.randint(low, high)
        opening, closing = shape.opening_hour * 3600, shape.closing_hour * 3600
        ends = sorted(rng.randint(opening, closing) for _ in range(count))
        types = rng.choices(CALL_TYPES, CALL_TYPE_WEIGHTS, k=count)
        for second_of_day, call_type in zip(ends, types, strict=True):
            self.advance_to(day + timedelta(seconds=second_of_day))
            self.call(call_type, rng.randint(*shape.seconds))

    def call(self, call_type: str, seconds: int) -> None:
        """What `POST /v1/sandbox/calls` does."""
        _call_id, trigger = usage.record_call(self.conn, self.account_id, call_type, seconds)
        top_ups.run_automatic(self.conn, self.gateway, trigger)
        collection.run_due(self.conn, self.gateway)
        self.calls += 1

    def advance_to(self, moment: datetime) -> None:
        """What `POST /v1/sandbox/clock/advance` does (to the second)."""
        if moment > clock.now(self.conn):
            cycle.advance_clock_to(self.conn, self.gateway, moment)


def counts(conn: sqlite3.Connection) -> dict[str, int]:
    """The bench account's invoices, wallet transactions and calls in the database (0 if none)."""
    row = conn.execute("SELECT id FROM accounts WHERE email = ?", (BENCH_EMAIL,)).fetchone()
    found = {"invoices": 0, "wallet_transactions": 0, "calls": 0}
    if row is not None:
        for table in found:  # the keys are the table names
            (found[table],) = conn.execute(
                f"SELECT COUNT(*) FROM {table} WHERE account_id = ?", (row[0],)
            ).fetchone()
    return found


def generate(
    data_dir: Path, *, scale: float = 1.0, progress: Callable[[str], None] = print
) -> dict[str, float]:
    """Create the big account in `data_dir` (a sandbox data folder) unless it is already there;
    returns {"invoices": n, "wallet_transactions": n, "calls": n, "seconds": s} (seconds 0.0
    when it was already there). `scale` shrinks every target proportionally (for tests).

    Shrinking means a shorter history (`scale` × ten years and a fortnight, at least two days)
    of the same periods, so a scaled account has the same mix; below ~0.01 (one period) the
    cap is not reached yet and the wallet pays for a larger share of the calls.

    The folder must be new: the history starts years back, and the sandbox clock never goes
    backwards. A folder whose generation was interrupted is refused (delete it)."""
    if scale <= 0:
        raise ValueError("scale must be positive")
    data_dir = data_dir.expanduser().resolve()
    data_dir.mkdir(parents=True, exist_ok=True)
    config = SandboxConfig(data_dir=data_dir)
    marker = data_dir / MARKER_FILE_NAME
    db.migrate(config.database_path)
    conn = db.connect(config.database_path)
    try:
        if accounts.email_taken(conn, BENCH_EMAIL):
            if not marker.exists():
                raise RuntimeError(
                    f"{data_dir} holds a bench account whose generation did not finish; "
                    "delete the folder and generate again."
                )
            return {**counts(conn), "seconds": 0.0}
        if clock.is_set(conn):
            raise RuntimeError(
                f"{data_dir} is a sandbox data folder already in use; the bench account's "
                "history starts years back, so it needs a new (empty) folder."
            )
        started = time.perf_counter()
        _generate(conn, config, Shape(), scale, progress)
        seconds = time.perf_counter() - started
        found = counts(conn)
    finally:
        conn.close()
    summary = {**found, "seconds": round(seconds, 1), "scale": scale}
    write_atomically(marker, (json.dumps(summary, indent=2) + "\n").encode())
    return {**found, "seconds": seconds}


def _generate(
    conn: sqlite3.Connection,
    config: SandboxConfig,
    shape: Shape,
    scale: float,
    progress: Callable[[str], None],
) -> None:
    """Sign the account up `scale` × ten years and a fortnight ago and live through every day
    until now."""
    real_now = datetime.now(UTC)
    history = timedelta(days=max(2, round((shape.years * 365.25 + shape.extra_days) * scale)))
    clock.initialise(conn, real_now - history)
    _tune_for_generation(conn)
    # Always localstripe, never Stripe test mode (whatever STRIPE_* says): ~10,000 charges.
    with (
        LocalStripeServer(
            config.localstripe_state_path, flush_interval=LOCALSTRIPE_FLUSH_INTERVAL_S
        ) as server,
        _localstripe_lists_by_type(),
    ):
        keys = (server.secret_key, server.publishable_key)
        gateway = StripeGateway(*keys, server.base_url)
        with write_transaction(conn):
            account_id = onboarding.create_customer(
                conn,
                gateway,
                SandboxAccountCreate(
                    email=BENCH_EMAIL,
                    password=BENCH_PASSWORD,
                    plan="professional",
                    tax_rate_bps=shape.tax_rate_bps,
                    phone_numbers=1,
                    timezone=TIMEZONE,
                    company_name="Benchmark Family Practice",
                ),
            )
        bench = _Account(conn, gateway, account_id, shape, random.Random(SEED))
        bench.switch_on_auto_top_up(bench.add_card(VISA))
        signup = clock.now(conn).astimezone(ZoneInfo(TIMEZONE))
        day = signup.replace(hour=0, minute=0, second=0, microsecond=0) + timedelta(days=1)
        began = last_report = time.perf_counter()
        while day + timedelta(hours=shape.closing_hour) < real_now:
            bench.day_of_calls(day)
            day += timedelta(days=1)
            if time.perf_counter() - last_report >= PROGRESS_EVERY_S:
                last_report = time.perf_counter()
                rate = bench.calls / (last_report - began)
                progress(f"{day:%Y-%m-%d}: {bench.calls:,} calls so far ({rate:,.0f} a second)")
        cycle.advance_clock_to(conn, gateway, real_now)  # what the sandbox's start would do
        # The receipts of everything paid, "emailed" as the API does after each request.
        receipts.send_pending(conn, config.outbox_dir)
    _untune(conn)


@contextmanager
def _localstripe_lists_by_type() -> Iterator[None]:
    """While generating, localstripe lists the objects of a type from an index of the store.

    Why: localstripe 1.15.10 lists by scanning its whole store (`StripeObject._api_list_all`),
    and exporting a Charge lists its refunds that way three times (`refunds`, `amount_refunded`,
    `refunded`); a charge exports it about four times, so every charge scans the store ~12
    times, so generating took ever longer as charges accumulated (docs/performance.md,
    "Benchmarks: localstripe's lists by type").

    Same answer, same order: the index keeps each type's objects in store order, is fed by the
    store's own `__setitem__`/`__delitem__` (whatever stripe_server.py made them), and is
    rebuilt whenever its size disagrees with the store's (something bypassed them, like
    `dict.clear`). Installed while the server runs (after it loaded its state) and removed
    before it stops, so nothing outside generating sees it. With another localstripe version
    it does nothing: generating is then slower, not wrong.
    """
    if version("localstripe") != "1.15.10":
        yield
        return
    store = ls_resources.store
    store_cls = type(store)
    set_before, delete_before = store_cls.__setitem__, store_cls.__delitem__
    list_before = vars(ls_resources.StripeObject)["_api_list_all"]
    by_type: dict[str | None, dict[str, Any]] = {}

    def type_of(key: str) -> str | None:
        kind, colon, _id = key.partition(":")
        return kind if colon else None  # keys without ":" never match a type's prefix

    def rebuild() -> None:
        by_type.clear()
        for key, value in dict.items(store):
            by_type.setdefault(type_of(key), {})[key] = value

    def setitem(self: dict[str, Any], key: str, value: Any) -> None:
        set_before(self, key, value)
        if self is store:
            by_type.setdefault(type_of(key), {})[key] = value

    def delitem(self: dict[str, Any], key: str) -> None:
        delete_before(self, key)
        if self is store:
            by_type.get(type_of(key), {}).pop(key, None)

    def list_all(
        cls: type[Any], url: str, limit: Any = None, starting_after: Any = None, **kwargs: Any
    ) -> Any:
        # localstripe's own body, with the scan of the store replaced by the index.
        if kwargs:
            raise ls_resources.UserError(400, "Unexpected " + ", ".join(kwargs.keys()))
        if sum(map(len, by_type.values())) != len(store):
            rebuild()
        listed = ls_resources.List(url, limit=limit, starting_after=starting_after)
        listed._list = list(by_type.get(cls.object, {}).values())
        return listed

    def install(setting: Any, deleting: Any, listing: Any) -> None:
        setattr(store_cls, "__setitem__", setting)  # noqa: B010 (on the class, not the store)
        setattr(store_cls, "__delitem__", deleting)  # noqa: B010
        setattr(ls_resources.StripeObject, "_api_list_all", listing)  # noqa: B010

    rebuild()
    install(setitem, delitem, classmethod(list_all))
    try:
        yield
    finally:
        install(set_before, delete_before, list_before)


GENERATION_INDEXES = {
    # usage.record_call sums the period's billable minutes on every call: read from the table,
    # that is ~190 ns per earlier call of the period, from this index ~140.
    "bench_generation_calls_minutes": "calls (account_id, period_start, billable_minutes)",
    # auto_top_up.spent_this_period, run on every call once the period's cap is reached, reads
    # every top-up the account ever had without it; with it, only the period's.
    "bench_generation_top_ups_spent": (
        "top_ups (account_id, automatic, created_at, status, amount_cents)"
    ),
}


def _tune_for_generation(conn: sqlite3.Connection) -> None:
    """Settings of this connection while it generates. No fsync per commit: until the marker
    is written the folder is worthless anyway (an interrupted one is refused). A larger cache,
    fewer checkpoints, and two indexes that turn the engine's per-call scans into shorter ones;
    `_untune` takes them away again."""
    conn.execute("PRAGMA synchronous = OFF")
    conn.execute("PRAGMA cache_size = -262144")  # KiB: 256 MiB
    conn.execute("PRAGMA wal_autocheckpoint = 20000")  # pages: ~80 MB of WAL
    for name, definition in GENERATION_INDEXES.items():
        conn.execute(f"CREATE INDEX IF NOT EXISTS {name} ON {definition}")


def _untune(conn: sqlite3.Connection) -> None:
    """Leave the database as the sandbox makes it: no extra index, the WAL checkpointed into
    the file durably (synchronous back on first, so the checkpoint syncs)."""
    for name in GENERATION_INDEXES:
        conn.execute(f"DROP INDEX IF EXISTS {name}")
    conn.execute("PRAGMA synchronous = NORMAL")
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description="Generate the big benchmark account into a sandbox data folder (once)."
    )
    parser.add_argument("data_dir", type=Path, help="a new sandbox data folder, or one it made")
    parser.add_argument(
        "--scale", type=float, default=1.0, help="fraction of the full size (default 1)"
    )
    args = parser.parse_args(argv)
    result = generate(args.data_dir, scale=args.scale)
    took = f"in {result['seconds']:.1f} s" if result["seconds"] else "(already there)"
    print(
        f"{result['invoices']:,} invoices, {result['wallet_transactions']:,} wallet transactions,"
        f" {result['calls']:,} calls {took}"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
