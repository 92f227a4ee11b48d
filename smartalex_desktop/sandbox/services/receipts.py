"""Receipts, "emailed" to the account email: one .eml file per paid invoice in the outbox.

The sandbox sends no mail; it writes what it would send, a MIME message, into
`<data dir>/outbox/<account email>/<invoice number>.eml` (atomically). A receipt is queued in the
transaction that records the payment and written after it commits (`send_pending`, also at
start-up for any a crash left unsent), so it exists exactly when the invoice is paid.
"""

from __future__ import annotations

import sqlite3
from datetime import UTC, datetime
from email.message import EmailMessage
from email.utils import format_datetime, make_msgid
from pathlib import Path
from zoneinfo import ZoneInfo

from smartalex_desktop.sandbox import money, periods
from smartalex_desktop.sandbox.files import write_atomically
from smartalex_desktop.sandbox.periods import to_db
from smartalex_desktop.sandbox.services import payment_methods

SENDER = "SmartAlex Billing <billing@smartalex.ai>"


def queue(conn: sqlite3.Connection, invoice: sqlite3.Row, now: datetime) -> None:
    """In the paying transaction: a receipt is due for this invoice."""
    email = conn.execute(
        "SELECT email FROM accounts WHERE id = ?", (invoice["account_id"],)
    ).fetchone()["email"]
    conn.execute(
        "INSERT OR IGNORE INTO receipts (invoice_id, number, emailed_to, file_name, created_at)"
        " VALUES (?, ?, ?, ?, ?)",
        (
            invoice["id"],
            f"R-{invoice['number']}",
            email,
            f"{invoice['number']}.eml",
            to_db(now),
        ),
    )


def message(conn: sqlite3.Connection, receipt: sqlite3.Row) -> EmailMessage:
    """The receipt as the email it stands for."""
    invoice = conn.execute(
        "SELECT * FROM invoices WHERE id = ?", (receipt["invoice_id"],)
    ).fetchone()
    account = conn.execute(
        "SELECT * FROM accounts WHERE id = ?", (invoice["account_id"],)
    ).fetchone()
    payment = conn.execute(
        "SELECT * FROM payments WHERE invoice_id = ? AND status = 'succeeded' ORDER BY seq DESC",
        (invoice["id"],),
    ).fetchone()
    lines = conn.execute(
        "SELECT * FROM invoice_lines WHERE invoice_id = ? ORDER BY position", (invoice["id"],)
    ).fetchall()
    paid_at = periods.from_db(payment["created_at"] if payment else receipt["created_at"])
    local_paid = paid_at.astimezone(ZoneInfo(account["timezone"]))
    card = payment_methods.label(payment) if payment else "no card (nothing was due)"
    amount = money.format_usd(invoice["amount_paid_cents"])
    practice = account["company_name"] or account["email"]
    body = [
        f"Hello {practice},",
        "",
        f"We received your payment of {amount} for SmartAlex invoice {invoice['number']}.",
        "",
        f"Receipt number: {receipt['number']}",
        f"Invoice number: {invoice['number']}",
        f"Date paid:      {local_paid:%d %B %Y, %H:%M} ({account['timezone']})",
        f"Amount paid:    {amount}",
        f"Paid with:      {card}",
        "",
        *(f"  {line['description']}: {money.format_usd(line['amount_cents'])}" for line in lines),
        f"  Total: {money.format_usd(invoice['total_cents'])}",
        "",
        "You can download this receipt and the invoice from the Invoices tab of SmartAlex Desktop.",
        "",
        "SmartAlex Billing",
    ]
    email = EmailMessage()
    email["From"] = SENDER
    email["To"] = receipt["emailed_to"]
    email["Subject"] = f"Your SmartAlex receipt {receipt['number']} ({amount})"
    email["Date"] = format_datetime(paid_at.astimezone(UTC))
    email["Message-ID"] = make_msgid(idstring=receipt["invoice_id"], domain="smartalex.ai")
    email["X-SmartAlex-Invoice"] = invoice["number"]
    email.set_content("\n".join(body))
    return email


def path_of(outbox: Path, receipt: sqlite3.Row) -> Path:
    return outbox / receipt["emailed_to"] / receipt["file_name"]


def send_pending(conn: sqlite3.Connection, outbox: Path) -> int:
    """Write the queued receipts' files; returns how many were written."""
    pending = conn.execute("SELECT * FROM receipts WHERE sent_at IS NULL").fetchall()
    for receipt in pending:
        write_atomically(path_of(outbox, receipt), bytes(message(conn, receipt)))
        conn.execute(
            "UPDATE receipts SET sent_at = ? WHERE invoice_id = ?",
            (to_db(datetime.now(UTC)), receipt["invoice_id"]),
        )
    return len(pending)
