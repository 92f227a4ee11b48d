"""The wallet as a ledger: credit lots consumed oldest-first, and append-only transactions.

Every change of the balance is one `wallet_transactions` row with its `balance_after_cents`,
written in the same database transaction as the change itself, so the balance is always the
sum of the succeeded transactions. Credits are held as lots — one per succeeded top-up, its
`remaining_cents` — so the balance is also the sum of the lots, and a top-up is "unused" (and
refundable) while its lot is whole. The balance never goes negative: the schema refuses it.
"""

from __future__ import annotations

import sqlite3
from datetime import datetime

from smartalex_desktop.sandbox.periods import to_db
from smartalex_desktop.sandbox.security import new_id


def row(conn: sqlite3.Connection, account_id: str) -> sqlite3.Row:
    found = conn.execute("SELECT * FROM wallets WHERE account_id = ?", (account_id,)).fetchone()
    if found is None:  # accounts always get a wallet; this is a broken database
        raise RuntimeError(f"account {account_id} has no wallet")
    return found


def append(
    conn: sqlite3.Connection,
    account_id: str,
    *,
    kind: str,
    status: str,
    amount_cents: int,
    description: str,
    now: datetime,
    invoice_id: str | None = None,
    top_up_id: str | None = None,
    call_id: str | None = None,
    failure_message: str | None = None,
) -> str:
    """Write one ledger entry and move the balance by it (a failed entry moves nothing).

    Coming back up to the auto top-up threshold re-arms auto top-up ("once per crossing").
    """
    wallet = row(conn, account_id)
    moved = amount_cents if status == "succeeded" else 0
    balance_after = wallet["balance_cents"] + moved
    if balance_after < 0:
        raise RuntimeError("a wallet balance never goes negative")
    transaction_id = new_id("wtx")
    conn.execute(
        "INSERT INTO wallet_transactions (id, account_id, kind, status, amount_cents,"
        " balance_after_cents, description, invoice_id, top_up_id, call_id, failure_message,"
        " created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (
            transaction_id,
            account_id,
            kind,
            status,
            moved,
            balance_after,
            description,
            invoice_id,
            top_up_id,
            call_id,
            failure_message,
            to_db(now),
        ),
    )
    conn.execute(
        "UPDATE wallets SET balance_cents = ?,"
        " auto_top_up_armed = CASE WHEN ? >= auto_top_up_threshold_cents THEN 1"
        " ELSE auto_top_up_armed END WHERE account_id = ?",
        (balance_after, balance_after, account_id),
    )
    return transaction_id


def consume(conn: sqlite3.Connection, account_id: str, wanted_cents: int) -> int:
    """Take up to `wanted_cents` from the credit lots, oldest first; returns what was taken.

    The caller records the matching usage transaction in the same database transaction.
    """
    taken = 0
    lots = conn.execute(
        "SELECT id, remaining_cents FROM top_ups WHERE account_id = ? AND status = 'succeeded'"
        " AND remaining_cents > 0 ORDER BY seq",
        (account_id,),
    ).fetchall()
    for lot in lots:
        if taken >= wanted_cents:
            break
        portion = min(lot["remaining_cents"], wanted_cents - taken)
        conn.execute(
            "UPDATE top_ups SET remaining_cents = remaining_cents - ? WHERE id = ?",
            (portion, lot["id"]),
        )
        taken += portion
    return taken
