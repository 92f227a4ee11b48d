"""The store's reads: the API's own models, exactly as last received, newest first where the
API lists them so, paged like the API (see cache.py)."""

from __future__ import annotations

import logging
import sqlite3
from collections.abc import Iterable, Sequence
from datetime import datetime
from pathlib import Path
from typing import Final, TypeVar

from pydantic import BaseModel

from smartalex_desktop.api import models
from smartalex_desktop.store.connections import StoreConnections
from smartalex_desktop.store.resources import (
    ACCOUNT,
    CALLS,
    CARDS,
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

_ID_TABLES: Final = {
    INVOICES: "invoices",
    TRANSACTIONS: "wallet_transactions",
    CALLS: "calls",
    TOP_UPS: "top_ups",
    PLANS: "plans",
    CARDS: "cards",
}

# The lists synced by appending what is newer (see `stage`): their table and indexed columns.


class StoreReads(StoreConnections):
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
