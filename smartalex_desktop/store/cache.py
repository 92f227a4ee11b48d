"""`Store`: the offline copy of one SmartAlex account, read by the GUI, written by `sync`.

Reads return the API's own models (`api.models`), exactly as last received: the row's `json` is
the model's JSON, so nothing is lost or reinterpreted between online and offline views.

Threads: each thread gets its own SQLite connection (WAL), so readers never wait for the writer
and always see whole transactions — a list is read in one statement, before or after a sync's
write, never in between. Writes are serialized by a lock (one writer at a time); `sync_lock` lets
one sync run at a time per store.

Every `save_*`/`add_*` writes one resource in one transaction together with its `synced_at`, and
says whether anything changed, so views reload only what did.
"""

from __future__ import annotations

import logging
import sqlite3
import threading
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path
from types import TracebackType
from typing import Final, TypeVar

from pydantic import BaseModel

from smartalex_desktop.api import models
from smartalex_desktop.store import db, paths, resources
from smartalex_desktop.store.resources import (
    ACCOUNT,
    CALLS,
    CARDS,
    DAILY,
    INVOICES,
    PLANS,
    RESOURCES,
    SUBSCRIPTION,
    TOP_UPS,
    TRANSACTIONS,
    USAGE,
    WALLET,
    DailyPeriod,
    from_db_time,
    to_db_time,
)

log = logging.getLogger(__name__)

M = TypeVar("M", bound=BaseModel)

# The table of each resource listed by id (what `known_ids` looks in).
_ID_TABLES: Final = {
    INVOICES: "invoices",
    TRANSACTIONS: "wallet_transactions",
    CALLS: "calls",
    TOP_UPS: "top_ups",
    PLANS: "plans",
    CARDS: "cards",
}

# The lists synced by appending what is newer (see `stage`): their table and indexed columns.
_APPENDED: Final[dict[str, tuple[str, Callable[[BaseModel], dict[str, object]]]]] = {
    INVOICES: ("invoices", resources.invoice_columns),
    TRANSACTIONS: ("wallet_transactions", resources.transaction_columns),
    CALLS: ("calls", resources.call_columns),
}


def _now() -> datetime:
    return datetime.now(UTC)


class Store:
    """The cache of one account of one API. Open with `Store.open`; thread-safe."""

    def __init__(self, path: Path, *, set_aside: Path | None = None) -> None:
        """Use `Store.open`: it prepares the file (migrations, recovery) first."""
        self.path = path
        # Where a damaged or foreign file was moved at open (None if the file was fine).
        self.set_aside = set_aside
        self.sync_lock = threading.Lock()
        self._write_lock = threading.Lock()
        self._local = threading.local()
        self._connections: list[sqlite3.Connection] = []
        self._connections_lock = threading.Lock()
        self._closed = False

    @classmethod
    def open(cls, root: Path | None, api_url: str, account_key: str) -> Store:
        """The cache of `account_key` (account id or email) at `api_url`, in `root` (default:
        the platform's user data folder). A damaged, foreign or newer-version file is set aside
        and a fresh one created; `StoreUnavailable` only if the folder itself is unusable."""
        path = paths.cache_file(root or paths.default_root(), api_url, account_key)
        set_aside = db.prepare(path)
        store = cls(path, set_aside=set_aside)
        with store._write() as conn:
            for key, value in (
                ("api_url", paths.normalized_api_url(api_url)),
                ("account_key", paths.normalized_account_key(account_key)),
            ):
                conn.execute("INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)", (key, value))
        return store

    # --- connections ------------------------------------------------------------------------

    def _conn(self) -> sqlite3.Connection:
        if self._closed:
            raise RuntimeError("the store is closed")
        conn: sqlite3.Connection | None = getattr(self._local, "conn", None)
        if conn is None:
            conn = db.connect(self.path)
            self._local.conn = conn
            with self._connections_lock:
                self._connections.append(conn)
        return conn

    @contextmanager
    def _write(self) -> Iterator[sqlite3.Connection]:
        """One write transaction: all of it or nothing."""
        conn = self._conn()
        with self._write_lock:
            conn.execute("BEGIN IMMEDIATE")
            try:
                yield conn
            except BaseException:
                conn.execute("ROLLBACK")
                raise
            conn.execute("COMMIT")

    def close(self) -> None:
        """Close every thread's connection (call when no thread uses the store any more)."""
        self._closed = True
        with self._connections_lock:
            for conn in self._connections:
                conn.close()
            self._connections.clear()

    def __enter__(self) -> Store:
        return self

    def __exit__(
        self,
        _type: type[BaseException] | None,
        _value: BaseException | None,
        _traceback: TracebackType | None,
    ) -> None:
        self.close()

    def __repr__(self) -> str:
        return f"Store({self.path.name})"

    # --- reads ------------------------------------------------------------------------------

    def _singleton(self, resource: str, model: type[M]) -> M | None:
        row = (
            self._conn()
            .execute("SELECT json FROM singletons WHERE resource = ?", (resource,))
            .fetchone()
        )
        return model.model_validate_json(row[0]) if row else None

    def _list(self, model: type[M], sql: str, params: Sequence[object] = ()) -> list[M]:
        return [model.model_validate_json(row[0]) for row in self._conn().execute(sql, params)]

    def account(self) -> models.Account | None:
        return self._singleton(ACCOUNT, models.Account)

    def subscription(self) -> models.Subscription | None:
        return self._singleton(SUBSCRIPTION, models.Subscription)

    def wallet(self) -> models.Wallet | None:
        return self._singleton(WALLET, models.Wallet)

    def usage(self) -> models.Usage | None:
        """The current period's summary as of the last sync."""
        return self._singleton(USAGE, models.Usage)

    def plans(self) -> list[models.Plan]:
        """The plan catalog, in the API's order."""
        return self._list(models.Plan, "SELECT json FROM plans ORDER BY position")

    def cards(self) -> list[models.PaymentMethod]:
        """Saved cards (brand, last 4, expiry, default), in the API's order."""
        return self._list(models.PaymentMethod, "SELECT json FROM cards ORDER BY position")

    def top_ups(
        self, *, limit: int | None = None, starting_after: str | None = None
    ) -> list[models.TopUp]:
        """Top-ups, newest first, as of the last sync (`refundable` was true then); a page
        with `limit` and `starting_after`, as `_paged` pages."""
        return self._paged(
            models.TopUp, "top_ups", "position", limit=limit, starting_after=starting_after
        )

    def invoices(
        self,
        *,
        status: str | None = None,
        kind: str | None = None,
        created_gte: datetime | None = None,
        created_lt: datetime | None = None,
        limit: int | None = None,
        starting_after: str | None = None,
    ) -> list[models.Invoice]:
        """Invoices with lines, payments and receipt, newest first; the API's filters, and a
        page of them with `limit` and `starting_after` (see `_paged`)."""
        return self._newest_first(
            models.Invoice,
            "invoices",
            ("status = ?", status),
            ("kind = ?", kind),
            ("created_at >= ?", to_db_time(created_gte) if created_gte else None),
            ("created_at < ?", to_db_time(created_lt) if created_lt else None),
            limit=limit,
            starting_after=starting_after,
        )

    def invoice(self, invoice_id: str) -> models.Invoice | None:
        row = (
            self._conn().execute("SELECT json FROM invoices WHERE id = ?", (invoice_id,)).fetchone()
        )
        return models.Invoice.model_validate_json(row[0]) if row else None

    def transactions(
        self,
        *,
        created_gte: datetime | None = None,
        created_lt: datetime | None = None,
        limit: int | None = None,
        starting_after: str | None = None,
    ) -> list[models.WalletTransaction]:
        """Wallet transactions, newest first (a statement for a date range with the bounds; a
        page with `limit` and `starting_after`)."""
        return self._newest_first(
            models.WalletTransaction,
            "wallet_transactions",
            ("created_at >= ?", to_db_time(created_gte) if created_gte else None),
            ("created_at < ?", to_db_time(created_lt) if created_lt else None),
            limit=limit,
            starting_after=starting_after,
        )

    def calls(
        self,
        *,
        ended_gte: datetime | None = None,
        ended_lt: datetime | None = None,
        limit: int | None = None,
        starting_after: str | None = None,
    ) -> list[models.Call]:
        """Calls, newest first; bounds select a period's calls (a page with `limit` and
        `starting_after`)."""
        return self._newest_first(
            models.Call,
            "calls",
            ("ended_at >= ?", to_db_time(ended_gte) if ended_gte else None),
            ("ended_at < ?", to_db_time(ended_lt) if ended_lt else None),
            limit=limit,
            starting_after=starting_after,
        )

    def _newest_first(
        self,
        model: type[M],
        table: str,
        *clauses: tuple[str, object],
        limit: int | None,
        starting_after: str | None,
    ) -> list[M]:
        """An appended list's rows (higher `seq` is newer) that pass `clauses`, newest first."""
        return self._paged(
            model, table, "seq DESC", *clauses, limit=limit, starting_after=starting_after
        )

    def _paged(
        self,
        model: type[M],
        table: str,
        order: str,
        *clauses: tuple[str, object],
        limit: int | None,
        starting_after: str | None,
    ) -> list[M]:
        """Rows passing `clauses` in `order` ("column" or "column DESC"): all, or `limit` of
        them after the row with id `starting_after` (none if it is not stored), as the API
        pages. Paged in SQL, so the offline copy of 200,000 transactions serves a page as fast
        as the first one."""
        column, _, descending = order.partition(" ")
        after = "<" if descending else ">"
        where, params = _filters(
            *clauses,
            (f"{column} {after} (SELECT {column} FROM {table} WHERE id = ?)", starting_after),
        )
        sql = f"SELECT json FROM {table}{where} ORDER BY {order}"
        if limit is not None:
            sql += f" LIMIT {int(limit)}"
        return self._list(model, sql, params)

    def daily(self, period_start: datetime | None = None) -> models.DailyUsageSeries | None:
        """The daily series of the period starting at `period_start` (default: the newest)."""
        if period_start is None:
            row = (
                self._conn()
                .execute("SELECT json FROM daily_usage ORDER BY period_start DESC LIMIT 1")
                .fetchone()
            )
        else:
            row = (
                self._conn()
                .execute(
                    "SELECT json FROM daily_usage WHERE period_start = ?",
                    (to_db_time(period_start),),
                )
                .fetchone()
            )
        return models.DailyUsageSeries.model_validate_json(row[0]) if row else None

    def daily_periods(self) -> list[DailyPeriod]:
        """The periods with a stored daily series, newest first (for a period picker)."""
        return [
            DailyPeriod(from_db_time(start), from_db_time(end), bool(closed))
            for start, end, closed in self._conn().execute(
                "SELECT period_start, period_end, closed FROM daily_usage"
                " ORDER BY period_start DESC"
            )
        ]

    def synced_at(self, resource: str) -> datetime | None:
        """When `resource` (one of `RESOURCES`) was last fetched in full; None if never."""
        if resource not in RESOURCES:
            raise ValueError(f"unknown resource {resource!r}; one of {RESOURCES}")
        row = (
            self._conn()
            .execute("SELECT synced_at FROM sync_state WHERE resource = ?", (resource,))
            .fetchone()
        )
        return from_db_time(row[0]) if row else None

    def last_synced_at(self) -> datetime | None:
        """How fresh the cache is as a whole: the oldest `synced_at` of the resources fetched
        so far (every stored resource is at least this recent), None before any sync. This is
        the "showing data from <time>" of the offline banner."""
        row = self._conn().execute("SELECT MIN(synced_at) FROM sync_state").fetchone()
        return from_db_time(row[0]) if row and row[0] else None

    def known_ids(self, resource: str, ids: Iterable[str]) -> set[str]:
        """Which of `ids` are stored for a list resource (what incremental sync asks)."""
        return _present(self._conn(), _ID_TABLES[resource], ids)

    def invoice_ids(self, *, statuses: Iterable[str]) -> list[str]:
        """Ids of the stored invoices in `statuses`, newest first."""
        wanted = list(statuses)
        marks = ",".join("?" * len(wanted))
        return [
            row[0]
            for row in self._conn().execute(
                f"SELECT id FROM invoices WHERE status IN ({marks}) ORDER BY seq DESC", wanted
            )
        ]

    def downloaded_path(self, invoice_id: str, document: str = "invoice") -> Path | None:
        """Where `document` ("invoice", "receipt", "credit_note", ...) of an invoice was last
        saved, if that file still exists."""
        row = (
            self._conn()
            .execute(
                "SELECT path FROM downloads WHERE invoice_id = ? AND document = ?",
                (invoice_id, document),
            )
            .fetchone()
        )
        if row is None:
            return None
        path = Path(row[0])
        return path if path.is_file() else None

    # --- writes -----------------------------------------------------------------------------

    def _mark_synced(self, conn: sqlite3.Connection, resource: str, at: datetime | None) -> None:
        conn.execute(
            "INSERT OR REPLACE INTO sync_state (resource, synced_at) VALUES (?, ?)",
            (resource, to_db_time(at or _now())),
        )

    def _save_singleton(self, resource: str, value: BaseModel, at: datetime | None) -> bool:
        text = value.model_dump_json()
        with self._write() as conn:
            row = conn.execute(
                "SELECT json FROM singletons WHERE resource = ?", (resource,)
            ).fetchone()
            conn.execute(
                "INSERT OR REPLACE INTO singletons (resource, json) VALUES (?, ?)",
                (resource, text),
            )
            self._mark_synced(conn, resource, at)
        return row is None or row[0] != text

    def save_account(self, account: models.Account, *, synced_at: datetime | None = None) -> bool:
        """Replace the account details; True if they changed. (So do the other `save_*`.)"""
        return self._save_singleton(ACCOUNT, account, synced_at)

    def save_subscription(
        self, subscription: models.Subscription, *, synced_at: datetime | None = None
    ) -> bool:
        return self._save_singleton(SUBSCRIPTION, subscription, synced_at)

    def save_wallet(self, wallet: models.Wallet, *, synced_at: datetime | None = None) -> bool:
        return self._save_singleton(WALLET, wallet, synced_at)

    def save_usage(self, usage: models.Usage, *, synced_at: datetime | None = None) -> bool:
        return self._save_singleton(USAGE, usage, synced_at)

    def _replace_list(
        self,
        resource: str,
        table: str,
        items: Sequence[BaseModel],
        columns: Sequence[str],
        values: Iterable[Sequence[object]],
        at: datetime | None,
    ) -> bool:
        texts = [item.model_dump_json() for item in items]
        with self._write() as conn:
            before = [row[0] for row in conn.execute(f"SELECT json FROM {table} ORDER BY position")]
            conn.execute(f"DELETE FROM {table}")
            names = ", ".join(("position", "json", *columns))
            marks = ", ".join("?" * (2 + len(columns)))
            conn.executemany(
                f"INSERT INTO {table} ({names}) VALUES ({marks})",
                [
                    (position, text, *extra)
                    for position, (text, extra) in enumerate(zip(texts, values, strict=True))
                ],
            )
            self._mark_synced(conn, resource, at)
        return before != texts

    def save_plans(
        self, plans: Sequence[models.Plan], *, synced_at: datetime | None = None
    ) -> bool:
        return self._replace_list(
            PLANS, "plans", plans, ("id",), ((plan.id,) for plan in plans), synced_at
        )

    def save_cards(
        self, cards: Sequence[models.PaymentMethod], *, synced_at: datetime | None = None
    ) -> bool:
        return self._replace_list(
            CARDS,
            "cards",
            cards,
            ("id", "is_default"),
            ((card.id, int(card.is_default)) for card in cards),
            synced_at,
        )

    def refresh_top_ups(
        self, newest: Sequence[models.TopUp], *, synced_at: datetime | None = None
    ) -> bool:
        """Replace the stored copies of the newest top-ups (the API's first ones, newest
        first) and add the new ones above all; the older stored ones stay as they are. Whether
        anything changed. For a re-sync that fetched only the top-ups that can still change."""
        texts = [top_up.model_dump_json() for top_up in newest]
        ids = [top_up.id for top_up in newest]
        with self._write() as conn:
            before = _stored_json(conn, "top_ups", ids)
            conn.executemany("DELETE FROM top_ups WHERE id = ?", [(id_,) for id_ in ids])
            floor = conn.execute("SELECT COALESCE(MIN(position), 0) FROM top_ups").fetchone()[0]
            conn.executemany(
                "INSERT INTO top_ups (position, json, id, status, invoice_id, created_at)"
                " VALUES (?, ?, ?, ?, ?, ?)",
                [
                    (
                        floor - len(newest) + index,
                        text,
                        top_up.id,
                        top_up.status,
                        top_up.invoice_id,
                        to_db_time(top_up.created_at),
                    )
                    for index, (top_up, text) in enumerate(zip(newest, texts, strict=True))
                ],
            )
            self._mark_synced(conn, TOP_UPS, synced_at)
        return any(before.get(id_) != text for id_, text in zip(ids, texts, strict=True))

    def settled_top_up_ids(self) -> set[str]:
        """Stored top-ups that can no longer change: succeeded and used up. Credits are used
        oldest first, so every top-up older than a used-up one is settled too, and a re-sync
        can stop listing there. None while a stored top-up is still pending: it may succeed
        behind a newer one, so all are listed again."""
        conn = self._conn()
        if conn.execute("SELECT 1 FROM top_ups WHERE status = 'pending' LIMIT 1").fetchone():
            return set()
        return {
            row[0]
            for row in conn.execute(
                "SELECT id FROM top_ups WHERE status = 'succeeded'"
                " AND json_extract(json, '$.remaining_cents') = 0"
            )
        }

    def save_daily(
        self,
        current: models.DailyUsageSeries,
        closed: Sequence[models.DailyUsageSeries] = (),
        *,
        synced_at: datetime | None = None,
    ) -> bool:
        """Store the current period's series (still moving) and closed periods' (final)."""
        changed = False
        with self._write() as conn:
            for series, is_closed in [(current, False), *((item, True) for item in closed)]:
                text = series.model_dump_json()
                key = to_db_time(series.period_start)
                row = conn.execute(
                    "SELECT json, closed FROM daily_usage WHERE period_start = ?", (key,)
                ).fetchone()
                changed = changed or row is None or row[0] != text
                conn.execute(
                    "INSERT OR REPLACE INTO daily_usage (period_start, period_end, closed, json)"
                    " VALUES (?, ?, ?, ?)",
                    (key, to_db_time(series.period_end), int(is_closed), text),
                )
            self._mark_synced(conn, DAILY, synced_at)
        return changed

    def stage(self, resource: str, items: Sequence[BaseModel]) -> None:
        """Set aside new items of an appended list (`INVOICES`, `TRANSACTIONS`, `CALLS`),
        newest first and after those staged before, until `add_*` adds them all in one
        transaction, or `discard_staged` drops them.

        Why: a first sync of a busy account lists 500,000 calls, and nothing may be written
        before the whole list arrived (a failed fetch must leave the last good copy). Held as
        models they took half a gigabyte; staged page by page in a temporary table of this
        thread's connection, memory stays flat. Temporary tables are the connection's own, so
        staging takes no write lock and no other thread sees it."""
        table, row_of = _APPENDED[resource]
        if not items:
            return
        conn = self._conn()
        staged = self._staging(conn, table)
        # The staging's rowid keeps the order they came in; `seq` is given when they are added.
        rows = [row_of(item) | {"json": item.model_dump_json()} for item in items]
        names = list(rows[0])
        conn.executemany(
            f"INSERT INTO {staged} ({', '.join(names)}) VALUES ({', '.join('?' * len(names))})",
            [tuple(row[name] for name in names) for row in rows],
        )

    def discard_staged(self) -> None:
        """Drop what this thread staged and did not add (a fetch failed or was cancelled)."""
        conn = self._conn()
        for table, _row_of in _APPENDED.values():
            conn.execute(f"DROP TABLE IF EXISTS temp.staged_{table}")

    @staticmethod
    def _staging(conn: sqlite3.Connection, table: str) -> str:
        conn.execute(
            f"CREATE TEMP TABLE IF NOT EXISTS staged_{table} AS SELECT * FROM main.{table} WHERE 0"
        )
        return f"temp.staged_{table}"

    def _append(
        self, conn: sqlite3.Connection, resource: str, new_items: Sequence[BaseModel]
    ) -> int:
        """Insert the staged items, then `new_items`, above those stored: the API lists them
        newest first, so the oldest gets the lowest seq. Ids already stored are skipped (two
        syncs racing, or a caller passing one twice)."""
        table, _row_of = _APPENDED[resource]
        self.stage(resource, new_items)
        staged = self._staging(conn, table)
        columns = conn.execute(f"SELECT * FROM {staged} LIMIT 0").description
        names = [column[0] for column in columns]
        others = ", ".join(name for name in names if name != "seq")
        top = conn.execute(f"SELECT COALESCE(MAX(seq), 0) FROM main.{table}").fetchone()[0]
        cursor = conn.execute(
            f"INSERT INTO main.{table} ({others}, seq)"
            f" SELECT {others}, ? + ROW_NUMBER() OVER (ORDER BY rowid DESC) FROM {staged}"
            f" WHERE id NOT IN (SELECT id FROM main.{table})",
            (top,),
        )
        conn.execute(f"DROP TABLE {staged}")
        return cursor.rowcount

    def add_invoices(
        self,
        new_invoices: Sequence[models.Invoice] = (),
        *,
        refreshed: Sequence[models.Invoice] = (),
        synced_at: datetime | None = None,
    ) -> tuple[int, int]:
        """Add invoices newer than every stored one (those staged, then `new_invoices`, newest
        first) and replace the `refreshed` stored ones, in one transaction. Returns (added,
        refreshed that changed)."""
        with self._write() as conn:
            added = self._append(conn, INVOICES, new_invoices)
            changed = 0
            for invoice in refreshed:
                text = invoice.model_dump_json()
                cursor = conn.execute(
                    "UPDATE invoices SET json = ?, status = ?, total_cents = ?"
                    " WHERE id = ? AND json != ?",
                    (text, invoice.status, invoice.total_cents, invoice.id, text),
                )
                changed += cursor.rowcount
            self._mark_synced(conn, INVOICES, synced_at)
        return added, changed

    def add_transactions(
        self,
        new_transactions: Sequence[models.WalletTransaction] = (),
        *,
        synced_at: datetime | None = None,
    ) -> int:
        """Add wallet transactions newer than every stored one (those staged, then
        `new_transactions`, newest first); how many."""
        with self._write() as conn:
            added = self._append(conn, TRANSACTIONS, new_transactions)
            self._mark_synced(conn, TRANSACTIONS, synced_at)
        return added

    def add_calls(
        self, new_calls: Sequence[models.Call] = (), *, synced_at: datetime | None = None
    ) -> int:
        """Add calls newer than every stored one (those staged, then `new_calls`, newest
        first); how many."""
        with self._write() as conn:
            added = self._append(conn, CALLS, new_calls)
            self._mark_synced(conn, CALLS, synced_at)
        return added

    def record_download(
        self, invoice_id: str, path: Path, document: str = "invoice", *, at: datetime | None = None
    ) -> None:
        """Remember where a document of an invoice was saved (for "open" and the viewer)."""
        with self._write() as conn:
            conn.execute(
                "INSERT OR REPLACE INTO downloads (invoice_id, document, path, downloaded_at)"
                " VALUES (?, ?, ?, ?)",
                (invoice_id, document, str(path), to_db_time(at or _now())),
            )


def _stored_json(conn: sqlite3.Connection, table: str, ids: Sequence[str]) -> dict[str, str]:
    """The stored JSON of those of `ids` found in `table`, asked in chunks."""
    found: dict[str, str] = {}
    for start in range(0, len(ids), 500):
        chunk = ids[start : start + 500]
        marks = ",".join("?" * len(chunk))
        found.update(
            conn.execute(f"SELECT id, json FROM {table} WHERE id IN ({marks})", chunk).fetchall()
        )
    return found


def _present(conn: sqlite3.Connection, table: str, ids: Iterable[str]) -> set[str]:
    """The `ids` found in `table`, asked in chunks well under SQLite's parameter limit."""
    wanted = list(dict.fromkeys(ids))
    found: set[str] = set()
    for start in range(0, len(wanted), 500):
        chunk = wanted[start : start + 500]
        marks = ",".join("?" * len(chunk))
        found.update(
            row[0] for row in conn.execute(f"SELECT id FROM {table} WHERE id IN ({marks})", chunk)
        )
    return found


def _filters(*clauses: tuple[str, object]) -> tuple[str, list[object]]:
    used = [(clause, value) for clause, value in clauses if value is not None]
    if not used:
        return "", []
    return " WHERE " + " AND ".join(clause for clause, _ in used), [value for _, value in used]
