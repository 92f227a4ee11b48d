"""Receipts, "emailed" to the account email: one .eml file per paid invoice in the outbox.

The sandbox sends no mail; it writes what it would send, a MIME message, into
`<data dir>/outbox/<account id>/<invoice number>.eml` (atomically, 0600 in 0700 folders). A
receipt is queued in the transaction that records the payment and written after it commits
(`send_pending`, also at start-up for any a crash left unsent), so it exists exactly when the
invoice is paid.

The folder is the account's id, never its email: an email is text a person typed (it once made
`a@b.c/../X` a path out of the outbox). Each receipt is written on its own; one that cannot be
(a full disk, a folder in the way) is logged and tried again after the next request, and never
fails the request that happens to send it: the money has moved by then, and the answer must say
so.
"""

from __future__ import annotations

import logging
import re
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

log = logging.getLogger(__name__)

SENDER = "SmartAlex Billing <billing@smartalex.ai>"
# What an account id and a receipt's file name look like (the sandbox makes both).
_ACCOUNT_ID = re.compile(r"acct_[0-9a-f]+")
_FILE_NAME = re.compile(r"[A-Za-z0-9][A-Za-z0-9._-]*\.eml")
# Receipts whose failure was logged already in this process: said once, retried quietly.
_failures_logged: set[str] = set()


class UnsafeReceiptPath(ValueError):
    """A receipt's path would leave the outbox (never made by the sandbox itself)."""


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


def path_of(outbox: Path, account_id: str, file_name: str) -> Path:
    """`<outbox>/<account id>/<file name>`, refused unless it stays inside the outbox."""
    if not (_ACCOUNT_ID.fullmatch(account_id) and _FILE_NAME.fullmatch(file_name)):
        raise UnsafeReceiptPath(f"not a receipt path: {account_id!r}/{file_name!r}")
    path = outbox / account_id / file_name
    # Resolved, so a link planted in the outbox cannot lead out of it either.
    if not path.resolve().is_relative_to(outbox.resolve()):
        raise UnsafeReceiptPath(f"{path} is outside the outbox")
    return path


def send_pending(conn: sqlite3.Connection, outbox: Path) -> int:
    """Write the queued receipts' files, each on its own; returns how many were written.

    A receipt that cannot be written stays queued (`sent_at` NULL) for the next call; it is
    logged once, without its content, and never raised: this runs after the request's work has
    committed, and an unrelated request must not fail because of it."""
    pending = conn.execute(
        "SELECT r.*, i.account_id FROM receipts r JOIN invoices i ON i.id = r.invoice_id"
        " WHERE r.sent_at IS NULL"
    ).fetchall()
    sent = 0
    for receipt in pending:
        invoice_id = receipt["invoice_id"]
        try:
            path = path_of(outbox, receipt["account_id"], receipt["file_name"])
            write_atomically(path, bytes(message(conn, receipt)))
        except Exception as error:  # an OSError, or a row no receipt can be made of
            if invoice_id not in _failures_logged:
                _failures_logged.add(invoice_id)
                reason = getattr(error, "strerror", None) or type(error).__name__
                log.warning(
                    "the receipt of invoice %s could not be written (%s); it stays queued and "
                    "is tried again after the next request",
                    invoice_id,
                    reason,
                )
            continue
        # Dated by the sandbox's clock, at the payment it confirms (the email's Date header
        # says the same): a receipt written in a batch later — the demo's year, seeded in two
        # seconds, or a retry after a full disk — still says the day the money moved, never
        # the day the computer happened to write the file.
        conn.execute("UPDATE receipts SET sent_at = created_at WHERE invoice_id = ?", (invoice_id,))
        _failures_logged.discard(invoice_id)
        sent += 1
    return sent
