"""The store's writes: each saves one resource in one transaction with its `synced_at`, and says
whether anything changed (see cache.py); long lists are staged as they arrive and added at once."""

from __future__ import annotations

import logging
import sqlite3
from collections.abc import Callable, Iterable, Sequence
from datetime import UTC, datetime
from pathlib import Path
from typing import Final, TypeVar

from pydantic import BaseModel

from smartalex_desktop.api import models
from smartalex_desktop.store import resources
from smartalex_desktop.store.connections import StoreConnections
from smartalex_desktop.store.resources import (
    ACCOUNT,
    CALLS,
    CARDS,
    DAILY,
    INVOICES,
    PLANS,
    SUBSCRIPTION,
    TOP_UPS,
    TRANSACTIONS,
    USAGE,
    WALLET,
    to_db_time,
)

log = logging.getLogger(__name__)

M = TypeVar("M", bound=BaseModel)

_APPENDED: Final[dict[str, tuple[str, Callable[[BaseModel], dict[str, object]]]]] = {
    INVOICES: ("invoices", resources.invoice_columns),
    TRANSACTIONS: ("wallet_transactions", resources.transaction_columns),
    CALLS: ("calls", resources.call_columns),
}


def _now() -> datetime:
    return datetime.now(UTC)


class StoreWrites(StoreConnections):
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
