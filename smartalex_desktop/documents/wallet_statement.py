"""The wallet statement for a date range: like a bank statement, it starts from the balance the
range opened with, lists every transaction in it (failed ones too, which moved nothing but are
what the office manager is asked about), and ends on the closing balance, with money in and out.
"""

from __future__ import annotations

import itertools
from collections.abc import Sequence
from datetime import date, datetime, time

from reportlab.platypus import Flowable, Spacer

from smartalex_desktop.api import models
from smartalex_desktop.billing.names import TRANSACTION_KIND_NAMES
from smartalex_desktop.documents import fonts, style, text

# The statement's Kind column is narrow: the short form of the one long name.
KIND_NAMES = {**TRANSACTION_KIND_NAMES, "auto_top_up": "Auto top-up"}


def chronological(
    transactions: Sequence[models.WalletTransaction],
) -> list[models.WalletTransaction]:
    """Oldest first, whichever order they came in. Timestamps alone cannot say: a call's
    deduction and the top-up it set off share a second (the sandbox's frozen clock gives every
    transaction the same one). The balance chain can — read oldest first, each balance after is
    the previous one plus what the transaction moved — so the given order is read in the
    direction the chain holds (newest first, the API's order, on a tie), then sorted by time."""
    ordered = list(transactions)
    if _chain_links(ordered[::-1]) >= _chain_links(ordered):
        ordered.reverse()  # it came newest first
    return sorted(ordered, key=lambda transaction: transaction.created_at)


def _chain_links(oldest_first: Sequence[models.WalletTransaction]) -> int:
    return sum(
        1
        for before, after in itertools.pairwise(oldest_first)
        if after.balance_after_cents == before.balance_after_cents + moved_cents(after)
    )


def moved_cents(transaction: models.WalletTransaction) -> int:
    """What the transaction changed the balance by (a failed or pending one: nothing)."""
    return transaction.amount_cents if transaction.status == "succeeded" else 0


def render_wallet_statement(
    transactions: Sequence[models.WalletTransaction],
    account: models.Account,
    start: date,
    end: date,
) -> bytes:
    """The statement from `start` to `end` (both days included, in the account's timezone) as
    PDF bytes. `transactions` may be the wallet's whole history in either order: those outside
    the range only set the opening balance."""
    if end < start:
        raise ValueError("The statement's end date is before its start date.")
    tz = account.timezone
    history = chronological(transactions)
    before = [t for t in history if text.local_day(t.created_at, tz) < start]
    in_range = [t for t in history if start <= text.local_day(t.created_at, tz) <= end]
    if before:
        opening_cents = before[-1].balance_after_cents
    elif in_range:
        opening_cents = in_range[0].balance_after_cents - moved_cents(in_range[0])
    else:
        opening_cents = 0
    closing_cents = in_range[-1].balance_after_cents if in_range else opening_cents
    in_cents = sum(moved_cents(t) for t in in_range if moved_cents(t) > 0)
    out_cents = sum(moved_cents(t) for t in in_range if moved_cents(t) < 0)
    failed = sum(1 for t in in_range if t.status == "failed")

    span = f"{text.short_date(start)} – {text.short_date(end)}"
    summary = [
        (f"Opening balance, {text.long_date(start)}", text.money(opening_cents)),
        ("Money in (top-ups)", text.money(in_cents)),
        ("Money out (usage, refunds)", text.money(out_cents)),
        (f"Closing balance, {text.long_date(end)}", text.money(closing_cents)),
    ]
    story: list[Flowable] = [
        style.para("Wallet statement", style.TITLE),
        style.para(span, style.SUBTITLE),
        Spacer(1, 14),
        style.key_value_table(summary, (300.0, 120.0), strong_rows=(3,)),
        Spacer(1, 6),
        style.para(
            f"{len(in_range)} transaction{'' if len(in_range) == 1 else 's'}"
            + (f", {failed} of them failed (a failed one moves no money)" if failed else "")
            + f". Dates are in the account's timezone ({tz}).",
            style.SMALL,
        ),
    ]
    if opening_cents + in_cents + out_cents != closing_cents:
        story.append(
            style.para(
                "The transactions listed do not account for the whole change in balance: "
                "some are missing from the data this statement was made from. Refresh the "
                "Wallet tab while online and make the statement again.",
                style.SMALL,
            )
        )
    story += style.section("Transactions")
    story.append(_transactions_table(in_range, tz))
    name = account.company_name or account.email
    return style.build_pdf(
        story,
        title=f"Wallet statement {span}",
        subject=f"SmartAlex wallet statement for {name}, {span}",
        created=datetime.combine(end, time(0), tzinfo=text.zone(tz)),
        heading=f"Wallet statement {span}",
        footer=f"{name} · Wallet statement {span}",
    )


def _transactions_table(transactions: Sequence[models.WalletTransaction], tz: str) -> Flowable:
    rows: list[list[object]] = []
    failed_rows: list[int] = []
    for position, transaction in enumerate(transactions, start=1):
        description = transaction.description
        if transaction.status == "failed" and transaction.failure_message:
            description = f"{description} — {transaction.failure_message}".strip(" —")
        if transaction.status == "failed":
            failed_rows.append(position)
        rows.append(
            [
                text.short_date(transaction.created_at, tz),
                KIND_NAMES.get(transaction.kind, transaction.kind),
                style.para(description, style.CELL_SMALL),
                text.money(transaction.amount_cents),
                text.money(transaction.balance_after_cents),
                text.status_name(transaction.status),
            ]
        )
    if not rows:
        empty = style.para("No transactions in this range.", style.CELL_SMALL)
        rows = [["", "", empty, "", "", ""]]
    extra: list[tuple[object, ...]] = [("FONT", (0, 1), (-1, -1), fonts.REGULAR, 8)]
    for row in failed_rows:
        extra += [
            ("BACKGROUND", (0, row), (-1, row), style.FAILED_ROW),
            ("FONT", (5, row), (5, row), fonts.BOLD, 8),
        ]
    return style.data_table(
        ["Date", "Type", "Description", "Amount", "Balance", "Status"],
        rows,
        (66.0, 64.0, 196.0, 56.0, 56.0, 54.0),
        right_columns=(3, 4),
        extra=extra,
    )
