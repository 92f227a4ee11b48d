"""`TransactionRow`: a Wallet transaction as the Wallet tab keeps it, one per history row.

Why not the API's model: a busy account has 200,000 transactions, and the tab keeps them all so
that sorting and filtering are instant. A pydantic model carries its own dict and set of field
names; a slotted row whose repeated texts (kind, status, description) are shared takes about a
fifth of the memory, 280 bytes (docs/performance.md, "Wallet rows: slotted, texts shared").
Made on the loader's worker.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from smartalex_desktop.api import models
from smartalex_desktop.gui.runtime.compact import shared


@dataclass(frozen=True, slots=True)
class TransactionRow:
    """What the history shows and acts on (the same names as `models.WalletTransaction`)."""

    id: str
    kind: str
    status: str
    amount_cents: int
    balance_after_cents: int
    description: str
    top_up_id: str | None
    failure_message: str | None
    created_at: datetime

    @classmethod
    def of(cls, transaction: models.WalletTransaction) -> TransactionRow:
        return cls(
            id=transaction.id,
            kind=shared(transaction.kind),
            status=shared(transaction.status),
            amount_cents=transaction.amount_cents,
            balance_after_cents=transaction.balance_after_cents,
            description=shared(transaction.description),
            top_up_id=transaction.top_up_id,
            failure_message=transaction.failure_message,
            created_at=transaction.created_at,
        )


def rows_of(
    page: tuple[list[models.WalletTransaction], bool],
) -> tuple[list[TransactionRow], bool]:
    """A page of the API's transactions as rows (whether more follow passes through)."""
    transactions, has_more = page
    return [TransactionRow.of(transaction) for transaction in transactions], has_more
