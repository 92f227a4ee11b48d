"""PDF documents and the accountant bundle, made locally with reportlab. No Qt, no network.

Every renderer is a pure function of API models (`smartalex_desktop.api.models`) returning PDF
bytes; the same input gives the same bytes. They take a moment on a long document (a year's
wallet statement is about a second), so the GUI calls them in a worker, never on the GUI thread.

Public API:

    render_invoice(invoice: Invoice, account: Account, *,
                   credit_notes: Sequence[Invoice] = (), related: Invoice | None = None) -> bytes
        An invoice, or a credit note (kind "credit_note": pass the corrected invoice as `related`).
        `credit_notes` are listed on the invoice they correct. Needs the full invoice
        (`client.invoice(id)`: lines and payments).
    render_receipt(invoice: Invoice, account: Account) -> bytes
        The receipt of a paid invoice; ValueError if nothing was paid on it.
    render_usage_report(usage: Usage, daily: DailyUsageSeries, account: Account,
                        calls: Sequence[Call] = (), *, as_of: datetime | None = None) -> bytes
        One period's usage with the daily chart; calls outside the period are left out.
    render_past_usage_report(period: PastPeriod, daily: DailyUsageSeries, account: Account)
        An ended period's usage, added up from its calls (billing.usage.past_period).
    render_wallet_statement(transactions: Sequence[WalletTransaction], account: Account,
                            start: date, end: date) -> bytes
        Both days included, in the account's timezone; pass the whole history in either order.

    export_invoices(invoices, account, out_dir, *, fetch_full=None, zip_name=None,
                    progress=None, cancelled=None, render=None) -> ExportResult  (ExportFailed)
        One PDF per invoice + invoices.csv (+ a zip), each written atomically; see export.py.
    RenderProcess()  `with RenderProcess() as render:` render_invoice in a process of its own,
        to pass as `render=` where a window must not wait for reportlab; see render_process.py.
    select_by_year(invoices, year, timezone) -> list[Invoice]
    export_all_accounts(practices: Sequence[PracticeInvoices], out_dir, *, zip_name=None,
                        progress=None, cancelled=None, render=None) -> AgencyExportResult
        Every account's bundle in one folder: a folder per practice, a combined invoices.csv
        with a practice column, summary.csv per practice and month; see agency_export.py.
    select_by_dates(invoices, start: date | None, end: date | None, timezone) -> list[Invoice]
    ExportResult(folder, pdfs, csv, zip, cancelled).files;  ExportFailed.user_message / .partial

    invoice_file_name(invoice, timezone) -> "2026-03-14_SA-2026-000123.pdf"
    receipt_file_name(invoice, timezone), usage_report_file_name(usage, timezone),
    wallet_statement_file_name(start, end)
    write_atomic(path, data: bytes) -> Path      (temp file in the same folder + os.replace)
    money(cents) -> "$1,234.50"                  (as the documents print it)

What each document holds and the choices behind it: docs/documents.md.
"""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Any

# Where each public name lives. Loaded on first use (PEP 562): importing reportlab is slow, and
# the window's start-up should not pay for it before anything is rendered (docs/performance.md,
# "Start-up: heavy imports wait").
_HOMES = {
    "AgencyExportResult": "agency_export",
    "PracticeInvoices": "agency_export",
    "export_all_accounts": "agency_export",
    "ExportFailed": "export",
    "ExportResult": "export",
    "InvoiceRenderer": "export",
    "RenderProcess": "render_process",
    "export_invoices": "export",
    "select_by_dates": "export",
    "select_by_year": "export",
    "write_atomic": "files",
    "render_invoice": "invoice",
    "invoice_file_name": "names",
    "receipt_file_name": "names",
    "usage_report_file_name": "names",
    "wallet_statement_file_name": "names",
    "render_receipt": "receipt",
    "money": "text",
    "render_usage_report": "usage_report",
    "render_past_usage_report": "usage_report",
    "render_wallet_statement": "wallet_statement",
}


def __getattr__(name: str) -> Any:
    home = _HOMES.get(name)
    if home is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(import_module(f"{__name__}.{home}"), name)
    globals()[name] = value  # found once, then an ordinary attribute
    return value


if TYPE_CHECKING:  # what type checkers and readers see
    from smartalex_desktop.documents.agency_export import (
        AgencyExportResult,
        PracticeInvoices,
        export_all_accounts,
    )
    from smartalex_desktop.documents.export import (
        ExportFailed,
        ExportResult,
        InvoiceRenderer,
        export_invoices,
        select_by_dates,
        select_by_year,
    )
    from smartalex_desktop.documents.files import write_atomic
    from smartalex_desktop.documents.invoice import render_invoice
    from smartalex_desktop.documents.names import (
        invoice_file_name,
        receipt_file_name,
        usage_report_file_name,
        wallet_statement_file_name,
    )
    from smartalex_desktop.documents.receipt import render_receipt
    from smartalex_desktop.documents.render_process import RenderProcess
    from smartalex_desktop.documents.text import money
    from smartalex_desktop.documents.usage_report import (
        render_past_usage_report,
        render_usage_report,
    )
    from smartalex_desktop.documents.wallet_statement import render_wallet_statement

__all__ = [
    "AgencyExportResult",
    "ExportFailed",
    "ExportResult",
    "InvoiceRenderer",
    "PracticeInvoices",
    "RenderProcess",
    "export_all_accounts",
    "export_invoices",
    "invoice_file_name",
    "money",
    "receipt_file_name",
    "render_invoice",
    "render_past_usage_report",
    "render_receipt",
    "render_usage_report",
    "render_wallet_statement",
    "select_by_dates",
    "select_by_year",
    "usage_report_file_name",
    "wallet_statement_file_name",
    "write_atomic",
]
