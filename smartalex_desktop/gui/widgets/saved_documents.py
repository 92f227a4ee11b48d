"""Documents the user saves where they chose: an invoice's receipt (a PDF made here, or the email
SmartAlex sent), the usage report of a period (the current one, or an ended one from its calls),
and a Wallet statement for a range of days. Each function is an operation for `TaskRunner.run`:
it runs on a worker (the API or the saved copy, reportlab and the disk never touch the GUI
thread) and raises `SmartAlexError`s whose sentence the tab shows as is.

Everything but the receipt email is made from what the client returns, so it works offline from
the saved copy too. The file is written whole or not at all (`documents.write_atomic`): a full
disk or a crash never leaves half a document under the chosen name, and an older copy there
survives a failed save.
"""

from __future__ import annotations

import contextlib
from datetime import date
from itertools import dropwhile, takewhile
from pathlib import Path

from PySide6.QtCore import QStandardPaths

from smartalex_desktop import documents  # reportlab loads when a document is made
from smartalex_desktop.api import SmartAlexClient, errors
from smartalex_desktop.billing.usage import past_period
from smartalex_desktop.documents.files import write_atomic
from smartalex_desktop.store.saved_copy_client import SavedCopyClient

FOLDER_NAME = "SmartAlex Invoices"  # under the user's Documents: where PDFs go by default

EMAIL_SUFFIX = ".eml"


def default_folder() -> Path:
    """`Documents/SmartAlex Invoices`: the folder offered until the user picks another."""
    documents = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return Path(documents or Path.home()) / FOLDER_NAME


def save_receipt(client: SmartAlexClient, invoice_id: str, path: Path) -> Path:
    """Write the receipt of `invoice_id` to `path`: the email when `path` ends in `.eml`, the
    PDF otherwise. Returns the path written."""
    if path.suffix.lower() == EMAIL_SUFFIX:
        content = client.receipt_eml(invoice_id)
    else:
        invoice = client.invoice(invoice_id)
        try:
            content = documents.render_receipt(invoice, client.account())
        except ValueError as error:  # nothing paid on it (yet)
            raise errors.SmartAlexError(str(error), code="no_receipt") from None
    return write_document(path, content, "The receipt")


def save_usage_report(client: SmartAlexClient, path: Path) -> Path:
    """The current period's usage report with its calls, to `path`; its figures are as of
    SmartAlex's now (offline: of when the saved copy was made)."""
    saved_at = client.synced_at("usage") if isinstance(client, SavedCopyClient) else None
    as_of = saved_at or client.now()
    usage = client.usage()
    daily = client.daily_usage()
    account = client.account()
    # Newest first: the period's calls are the ones before the first call that ended earlier.
    calls = list(takewhile(lambda call: call.ended_at >= usage.period_start, client.iter_calls()))
    data = documents.render_usage_report(usage, daily, account, calls, as_of=as_of)
    return write_document(path, data, "The usage report")


def save_past_usage_report(client: SmartAlexClient, path: Path, day: date) -> Path:
    """The report of the ended period that holds `day`, added up from its calls: SmartAlex's
    usage summary is of the current period only (issue 20: the button was greyed out there,
    with a tooltip sending the user to invoices that don't hold Wallet-paid overage)."""
    daily = client.daily_usage(day)
    account = client.account()
    # Newest first: skip the calls after the period, stop at the first one before it.
    calls = takewhile(
        lambda call: call.ended_at >= daily.period_start,
        dropwhile(lambda call: call.ended_at >= daily.period_end, client.iter_calls()),
    )
    period = past_period(daily.period_start, daily.period_end, calls)
    data = documents.render_past_usage_report(period, daily, account)
    return write_document(path, data, "The usage report")


def save_wallet_statement(client: SmartAlexClient, path: Path, start: date, end: date) -> Path:
    """The Wallet statement from `start` to `end` (the account's days, both included)."""
    account = client.account()
    transactions = list(client.iter_wallet_transactions())
    data = documents.render_wallet_statement(transactions, account, start, end)
    return write_document(path, data, "The Wallet statement")


def make_folder(folder: Path) -> None:
    """The default folder may not exist yet; a failure only means the dialog starts elsewhere."""
    with contextlib.suppress(OSError):
        folder.mkdir(parents=True, exist_ok=True)


def write_document(path: Path, data: bytes, what: str) -> Path:
    """Write `data` to `path` atomically; a failure becomes a sentence naming the file."""
    try:
        return write_atomic(path, data)
    except OSError as error:
        reason = error.strerror or "the file could not be written"
        raise errors.SmartAlexError(
            f"{what} could not be saved to “{path.name}” in {path.parent} "
            f"({reason.rstrip('.').lower()}). Choose another folder and try again.",
            code="document_not_saved",
        ) from None
