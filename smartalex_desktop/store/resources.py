"""The resources the cache keeps, their names, and how they become rows.

Times go into SQL as fixed-width UTC text so that text order is time order (indexes and ranges
work); the row's JSON keeps the time exactly as the API gave it, offset included.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Final

from pydantic import BaseModel

from smartalex_desktop.api import models

ACCOUNT: Final = "account"
SUBSCRIPTION: Final = "subscription"
PLANS: Final = "plans"
CARDS: Final = "cards"
WALLET: Final = "wallet"
USAGE: Final = "usage"
DAILY: Final = "daily"
INVOICES: Final = "invoices"
TRANSACTIONS: Final = "transactions"
TOP_UPS: Final = "top_ups"
CALLS: Final = "calls"
# Every resource a sync fetches, in the order it fetches them.
RESOURCES: Final = (
    ACCOUNT,
    SUBSCRIPTION,
    PLANS,
    CARDS,
    WALLET,
    USAGE,
    DAILY,
    INVOICES,
    TRANSACTIONS,
    TOP_UPS,
    CALLS,
)
# Invoices whose status can still move (paid or voided; refunded in part): a sync refreshes them.
MUTABLE_INVOICE_STATUSES: Final = frozenset({"open", "partially_refunded"})


@dataclass(frozen=True)
class DailyPeriod:
    """A billing period whose daily series is stored; `closed` once fetched after it ended."""

    period_start: datetime
    period_end: datetime
    closed: bool


def to_db_time(moment: datetime) -> str:
    """Aware time → fixed-width UTC text, so that text order is time order in SQL."""
    if moment.tzinfo is None or moment.utcoffset() is None:
        raise ValueError("the store keeps aware datetimes only")
    return moment.astimezone(UTC).isoformat(timespec="microseconds")


def from_db_time(text: str) -> datetime:
    return datetime.fromisoformat(text).astimezone(UTC)


def invoice_columns(item: BaseModel) -> dict[str, object]:
    assert isinstance(item, models.Invoice)
    return {
        "id": item.id,
        "number": item.number,
        "status": item.status,
        "kind": item.kind,
        "related_invoice_id": item.related_invoice_id,
        "created_at": to_db_time(item.created_at),
        "total_cents": item.total_cents,
    }


def transaction_columns(item: BaseModel) -> dict[str, object]:
    assert isinstance(item, models.WalletTransaction)
    return {
        "id": item.id,
        "kind": item.kind,
        "status": item.status,
        "amount_cents": item.amount_cents,
        "created_at": to_db_time(item.created_at),
    }


def call_columns(item: BaseModel) -> dict[str, object]:
    assert isinstance(item, models.Call)
    return {"id": item.id, "call_type": item.call_type, "ended_at": to_db_time(item.ended_at)}
