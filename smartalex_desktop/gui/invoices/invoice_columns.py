"""The Invoices table's columns: what each cell shows, how it sorts, its tooltip and its colour."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QGuiApplication, QPalette

from smartalex_desktop.api import models
from smartalex_desktop.billing.ledger import signed_total_cents
from smartalex_desktop.gui.invoices.invoice_filters import (
    STATUS_ORDER,
    amount_due_cents,
    kind_name,
    status_name,
)
from smartalex_desktop.gui.invoices.invoice_looks import status_accent
from smartalex_desktop.gui.invoices.invoice_rows import InvoiceRow
from smartalex_desktop.gui.runtime.table_model import Column
from smartalex_desktop.gui.widgets import colours, formatting, wording

RIGHT = Qt.AlignmentFlag.AlignRight


def invoice_columns(
    timezone: Callable[[], str], number_of: Callable[[str], str | None]
) -> list[Column[InvoiceRow]]:
    """The columns, reading the account's timezone and the invoice numbers (for a credit note's
    tooltip) when a cell is shown: both change with the account and its pages."""
    return [
        Column(
            "Date",
            lambda invoice: formatting.short_date(invoice.created_at, timezone()),
            key=lambda invoice: (invoice.created_at, invoice.number),
        ),
        Column("Number", lambda invoice: invoice.number),
        Column(
            wording.TYPE,
            kind_text,
            key=lambda invoice: (kind_name(invoice.kind), invoice.number),
            tooltip=lambda invoice: kind_tooltip(invoice, number_of),
        ),
        Column(
            "Amount",
            lambda invoice: formatting.money(signed_total_cents(invoice)),
            key=signed_total_cents,
            align=RIGHT,
        ),
        Column(
            "Status",
            lambda invoice: status_name(invoice.status),
            key=lambda invoice: (STATUS_ORDER.get(invoice.status, 9), invoice.created_at),
            colour=status_colour,
            tooltip=status_tooltip,
        ),
    ]


def kind_text(invoice: models.Invoice) -> str:
    # "Credit note" alone: with the invoice it corrects the type no longer fit its column
    # ("Credit note f…"). Which invoice it refunds is in the tooltip and the detail pane.
    return kind_name(invoice.kind)


def kind_tooltip(invoice: models.Invoice, number_of: Callable[[str], str | None]) -> str:
    if invoice.kind == "credit_note":
        number = number_of(invoice.related_invoice_id or "")
        if number:
            return f"Credit note for invoice {number}: its money went back to your card."
        return "Credit note: money that went back to your card."
    return ""


def status_tooltip(invoice: models.Invoice) -> str:
    if invoice.status != "open":
        return ""
    due = f"{formatting.money(amount_due_cents(invoice))} is due. Press Enter to pay it now."
    failure = next(
        (p.failure_message for p in reversed(invoice.payments) if p.status == "failed"), None
    )
    return f"{failure} {due}" if failure else due


def status_colour(invoice: models.Invoice) -> QColor | None:
    """The status accent, blended towards the palette's text so it reads on light and dark."""
    palette = QGuiApplication.palette()
    accent = status_accent(invoice)
    if accent is None:
        return palette.color(QPalette.ColorRole.PlaceholderText)
    return colours.blend(accent, palette.color(QPalette.ColorRole.Text), 0.2)
