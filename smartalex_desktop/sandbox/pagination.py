"""Cursor pagination of the API's lists: newest first, `limit` and `starting_after`.

Every listed table has an INTEGER `seq` in insertion order; a page is the rows below the cursor's
`seq`, so pages never skip or repeat rows when new ones arrive between two requests.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Sequence
from typing import Annotated

from fastapi import Query

from smartalex_desktop.sandbox.errors import InvalidRequest

Limit = Annotated[int, Query(ge=1, le=100, description="Page size, 1–100.")]
Cursor = Annotated[
    str | None, Query(max_length=64, description="The id of the last item of the previous page.")
]

# Tables that can be listed; a fixed set, so the name below is never user text.
_LISTED = {"invoices", "top_ups", "wallet_transactions", "calls"}


def page(
    conn: sqlite3.Connection,
    table: str,
    account_id: str,
    *,
    limit: int,
    starting_after: str | None,
    where: Sequence[str] = (),
    params: Sequence[object] = (),
) -> tuple[list[sqlite3.Row], bool]:
    """One page of the account's rows of `table` matching `where`; and whether more follow."""
    if table not in _LISTED:
        raise ValueError(f"{table} is not a listed table")
    clauses, values = ["account_id = ?", *where], [account_id, *params]
    if starting_after is not None:
        cursor = conn.execute(
            f"SELECT seq FROM {table} WHERE id = ? AND account_id = ?", (starting_after, account_id)
        ).fetchone()
        if cursor is None:
            raise InvalidRequest(
                f"'starting_after' names nothing in this list ({starting_after}); pass the id "
                "of the last item of the previous page.",
                code="invalid_cursor",
                param="starting_after",
            )
        clauses.append("seq < ?")
        values.append(cursor["seq"])
    rows = conn.execute(
        f"SELECT * FROM {table} WHERE {' AND '.join(clauses)} ORDER BY seq DESC LIMIT ?",
        [*values, limit + 1],
    ).fetchall()
    return rows[:limit], len(rows) > limit
