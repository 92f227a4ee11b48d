"""Invoices: finalizing a document with its lines, collecting it, reading it back.

An invoice is written once, finalized, with its number, lines and figures; the database refuses
later changes to those (triggers in the first migration). Only its status and amount paid move,
as payments are recorded. Numbers are sequential per account and year: SA-2026-000001.
"""

from __future__ import annotations

import json
import sqlite3
from collections import defaultdict
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any
from zoneinfo import ZoneInfo

from smartalex_desktop.sandbox import money, pagination, periods
from smartalex_desktop.sandbox.errors import NotFound
from smartalex_desktop.sandbox.periods import to_db
from smartalex_desktop.sandbox.schemas import Invoice, InvoiceLine, Payment, Receipt
from smartalex_desktop.sandbox.security import new_id
from smartalex_desktop.sandbox.services import receipts
from smartalex_desktop.sandbox.stripe_gateway import ChargeOutcome, StripeGateway

TAXABLE_LINE_KINDS = frozenset(
    {"subscription", "proration", "phone_number", "usage", "wallet_top_up", "refund"}
)


@dataclass(frozen=True)
class Line:
    kind: str
    description: str
    quantity: int
    unit_amount_cents: int

    @property
    def amount_cents(self) -> int:
        return self.quantity * self.unit_amount_cents


@dataclass(frozen=True)
class Totals:
    subtotal_cents: int
    tax_cents: int

    @property
    def total_cents(self) -> int:
        return self.subtotal_cents + self.tax_cents


def totals(lines: list[Line], tax_rate_bps: int) -> Totals:
    subtotal = sum(line.amount_cents for line in lines)
    taxable = sum(line.amount_cents for line in lines if line.kind in TAXABLE_LINE_KINDS)
    return Totals(subtotal_cents=subtotal, tax_cents=money.tax_cents(taxable, tax_rate_bps))


def tax_line(tax_cents: int, tax_rate_bps: int) -> InvoiceLine:
    percent = f"{tax_rate_bps / 100:.2f}".rstrip("0").rstrip(".")
    return InvoiceLine(
        kind="tax",
        description=f"Tax ({percent}%)",
        quantity=1,
        unit_amount_cents=tax_cents,
        amount_cents=tax_cents,
    )


def preview_lines(lines: list[Line], tax_rate_bps: int) -> list[InvoiceLine]:
    """The lines as the API shows them, with the tax line when there is tax."""
    shown = [
        InvoiceLine(
            kind=line.kind,  # type: ignore[arg-type]
            description=line.description,
            quantity=line.quantity,
            unit_amount_cents=line.unit_amount_cents,
            amount_cents=line.amount_cents,
        )
        for line in lines
    ]
    tax = totals(lines, tax_rate_bps).tax_cents
    if tax:
        shown.append(tax_line(tax, tax_rate_bps))
    return shown


def _next_number(conn: sqlite3.Connection, account: sqlite3.Row, created_at: datetime) -> str:
    year = created_at.astimezone(ZoneInfo(account["timezone"])).year
    conn.execute(
        "INSERT INTO invoice_sequences (account_id, year, last_number) VALUES (?, ?, 1)"
        " ON CONFLICT (account_id, year) DO UPDATE SET last_number = last_number + 1",
        (account["id"], year),
    )
    (number,) = conn.execute(
        "SELECT last_number FROM invoice_sequences WHERE account_id = ? AND year = ?",
        (account["id"], year),
    ).fetchone()
    return f"SA-{year}-{number:06d}"


def finalize(
    conn: sqlite3.Connection,
    account: sqlite3.Row,
    *,
    kind: str,
    lines: list[Line],
    created_at: datetime,
    period: tuple[datetime, datetime] | None = None,
    related_invoice_id: str | None = None,
) -> str:
    """Write a finalized, open invoice with its lines; returns its id. Caller holds the tx."""
    figures = totals(lines, account["tax_rate_bps"])
    invoice_id = new_id("in")
    conn.execute(
        "INSERT INTO invoices (id, account_id, number, status, kind, related_invoice_id,"
        " created_at, period_start, period_end, tax_rate_bps, subtotal_cents, tax_cents,"
        " total_cents) VALUES (?, ?, ?, 'open', ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (
            invoice_id,
            account["id"],
            _next_number(conn, account, created_at),
            kind,
            related_invoice_id,
            to_db(created_at),
            to_db(period[0]) if period else None,
            to_db(period[1]) if period else None,
            account["tax_rate_bps"],
            figures.subtotal_cents,
            figures.tax_cents,
            figures.total_cents,
        ),
    )
    shown = preview_lines(lines, account["tax_rate_bps"])
    conn.executemany(
        "INSERT INTO invoice_lines (invoice_id, position, kind, description, quantity,"
        " unit_amount_cents, amount_cents) VALUES (?, ?, ?, ?, ?, ?, ?)",
        [
            (
                invoice_id,
                position,
                line.kind,
                line.description,
                line.quantity,
                line.unit_amount_cents,
                line.amount_cents,
            )
            for position, line in enumerate(shown)
        ],
    )
    if figures.total_cents == 0:
        conn.execute("UPDATE invoices SET status = 'paid' WHERE id = ?", (invoice_id,))
    return invoice_id


def record_payment(
    conn: sqlite3.Connection,
    invoice_id: str,
    card: Mapping[str, Any],
    amount_cents: int,
    outcome: ChargeOutcome,
    created_at: datetime,
) -> None:
    """Record one collection attempt; a successful one marks the invoice paid.

    `card` needs `id`, `brand` and `last4` (a card row, or what a top-up copied of its card).
    """
    conn.execute(
        "INSERT INTO payments (id, invoice_id, payment_method_id, brand, last4, amount_cents,"
        " status, stripe_payment_intent_id, failure_code, failure_message, created_at)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (
            new_id("py"),
            invoice_id,
            card["id"],
            card["brand"],
            card["last4"],
            amount_cents,
            "succeeded" if outcome.succeeded else "failed",
            outcome.payment_intent_id,
            None if outcome.succeeded else outcome.decline_code,
            None if outcome.succeeded else outcome.message,
            to_db(created_at),
        ),
    )
    if outcome.succeeded:
        conn.execute(
            "UPDATE invoices SET status = 'paid', amount_paid_cents = amount_paid_cents + ?"
            " WHERE id = ?",
            (amount_cents, invoice_id),
        )
        paid = conn.execute("SELECT * FROM invoices WHERE id = ?", (invoice_id,)).fetchone()
        receipts.queue(conn, paid, created_at)


def charge_card(
    gateway: StripeGateway,
    account: sqlite3.Row,
    card: sqlite3.Row,
    *,
    amount_cents: int,
    description: str,
    idempotency_key: str,
    off_session: bool = True,
) -> ChargeOutcome:
    return gateway.charge(
        off_session=off_session,
        customer_id=account["stripe_customer_id"],
        payment_method_id=card["stripe_payment_method_id"],
        amount_cents=amount_cents,
        description=description,
        idempotency_key=idempotency_key,
        metadata={"smartalex_account": account["id"]},
    )


# --- reading ------------------------------------------------------------------------------


def to_schema(conn: sqlite3.Connection, row: sqlite3.Row) -> Invoice:
    return to_schemas(conn, [row])[0]


def to_schemas(conn: sqlite3.Connection, rows: Sequence[sqlite3.Row]) -> list[Invoice]:
    """The invoices as the API shows them, in the order given.

    Their lines, payments and receipts are read in three queries for all of them, not three per
    invoice (docs/performance.md, "Sandbox: a page of invoices in three queries")."""
    ids = json.dumps([row["id"] for row in rows])
    lines: dict[str, list[InvoiceLine]] = defaultdict(list)
    for line in conn.execute(
        "SELECT * FROM invoice_lines WHERE invoice_id IN (SELECT value FROM json_each(?))"
        " ORDER BY invoice_id, position",
        (ids,),
    ):
        lines[line["invoice_id"]].append(
            InvoiceLine(
                kind=line["kind"],
                description=line["description"],
                quantity=line["quantity"],
                unit_amount_cents=line["unit_amount_cents"],
                amount_cents=line["amount_cents"],
            )
        )
    payments: dict[str, list[Payment]] = defaultdict(list)
    for payment in conn.execute(
        "SELECT * FROM payments WHERE invoice_id IN (SELECT value FROM json_each(?))"
        " ORDER BY invoice_id, seq",
        (ids,),
    ):
        payments[payment["invoice_id"]].append(
            Payment(
                id=payment["id"],
                amount_cents=payment["amount_cents"],
                status=payment["status"],
                brand=payment["brand"],
                last4=payment["last4"],
                payment_method_id=payment["payment_method_id"],
                failure_code=payment["failure_code"],
                failure_message=payment["failure_message"],
                created_at=periods.from_db(payment["created_at"]),
            )
        )
    receipts_by_invoice = {
        found["invoice_id"]: Receipt(
            number=found["number"],
            emailed_to=found["emailed_to"],
            sent_at=periods.from_db(found["sent_at"]) if found["sent_at"] else None,
            file_name=found["file_name"],
        )
        for found in conn.execute(
            "SELECT * FROM receipts WHERE invoice_id IN (SELECT value FROM json_each(?))", (ids,)
        )
    }
    return [
        Invoice(
            id=row["id"],
            number=row["number"],
            status=row["status"],
            kind=row["kind"],
            related_invoice_id=row["related_invoice_id"],
            created_at=periods.from_db(row["created_at"]),
            period_start=periods.from_db(row["period_start"]) if row["period_start"] else None,
            period_end=periods.from_db(row["period_end"]) if row["period_end"] else None,
            tax_rate_bps=row["tax_rate_bps"],
            subtotal_cents=row["subtotal_cents"],
            tax_cents=row["tax_cents"],
            total_cents=row["total_cents"],
            amount_paid_cents=row["amount_paid_cents"],
            amount_due_cents=row["total_cents"] - row["amount_paid_cents"]
            if row["status"] == "open"
            else 0,
            lines=lines[row["id"]],
            payments=payments[row["id"]],
            receipt=receipts_by_invoice.get(row["id"]),
            next_payment_attempt=periods.from_db(row["next_attempt_at"])
            if row["next_attempt_at"]
            else None,
        )
        for row in rows
    ]


def get(conn: sqlite3.Connection, account_id: str, invoice_id: str) -> sqlite3.Row:
    row = conn.execute(
        "SELECT * FROM invoices WHERE id = ? AND account_id = ?", (invoice_id, account_id)
    ).fetchone()
    if row is None:
        raise NotFound(
            f"There is no invoice {invoice_id} on this account.",
            code="invoice_not_found",
            param="id",
        )
    return row


def list_page(
    conn: sqlite3.Connection,
    account_id: str,
    *,
    limit: int,
    starting_after: str | None,
    status: str | None,
    kind: str | None,
    created_gte: datetime | None,
    created_lt: datetime | None,
) -> tuple[list[sqlite3.Row], bool]:
    """One page, newest first, of the account's invoices matching the filters."""
    where: list[str] = []
    params: list[object] = []
    for clause, value in (
        ("status = ?", status),
        ("kind = ?", kind),
        ("created_at >= ?", to_db(created_gte) if created_gte else None),
        ("created_at < ?", to_db(created_lt) if created_lt else None),
    ):
        if value is not None:
            where.append(clause)
            params.append(value)
    return pagination.page(
        conn,
        "invoices",
        account_id,
        limit=limit,
        starting_after=starting_after,
        where=where,
        params=params,
    )
