"""`InvoiceRow`: an invoice as the Invoices tab keeps it, one per row of the table.

Why not the API's model: the tab keeps every loaded invoice (a busy account has 10,000), so that
sorting, filtering and the years list are instant. A pydantic `Invoice` with its lines, payment
and receipt is five models, each with its own dict and set of field names: about 6 KB, 57 MB for
the big account. These slotted rows, with their repeated texts shared, hold the
same values in about a fifth of that, 1.2 KB (docs/performance.md, "Wallet rows: slotted, texts
shared"). They have the names of `models.Invoice` and its parts, so the table, the detail pane,
the actions and the export read them as they read the API's invoices. Made on the loader's worker.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from smartalex_desktop.api import models
from smartalex_desktop.gui.runtime.compact import shared, shared_or_none


@dataclass(frozen=True, slots=True)
class LineRow:
    kind: str
    description: str
    quantity: int
    unit_amount_cents: int
    amount_cents: int

    @classmethod
    def of(cls, line: models.InvoiceLine) -> LineRow:
        return cls(
            shared(line.kind),
            shared(line.description),
            line.quantity,
            line.unit_amount_cents,
            line.amount_cents,
        )


@dataclass(frozen=True, slots=True)
class PaymentRow:
    id: str
    amount_cents: int
    status: str
    brand: str
    last4: str
    payment_method_id: str | None
    failure_code: str | None
    failure_message: str | None
    created_at: datetime

    @classmethod
    def of(cls, payment: models.Payment) -> PaymentRow:
        return cls(
            payment.id,
            payment.amount_cents,
            shared(payment.status),
            shared(payment.brand),
            shared(payment.last4),
            shared_or_none(payment.payment_method_id),
            shared_or_none(payment.failure_code),
            shared_or_none(payment.failure_message),
            payment.created_at,
        )


@dataclass(frozen=True, slots=True)
class ReceiptRow:
    number: str
    emailed_to: str
    sent_at: datetime | None
    file_name: str

    @classmethod
    def of(cls, receipt: models.Receipt) -> ReceiptRow:
        return cls(
            receipt.number,
            shared(receipt.emailed_to),
            receipt.sent_at,
            receipt.file_name,
        )


@dataclass(frozen=True, slots=True)
class InvoiceRow:
    """An invoice with the fields of `models.Invoice`, its parts as tuples of rows."""

    id: str
    number: str
    status: str
    kind: str
    related_invoice_id: str | None
    created_at: datetime
    period_start: datetime | None
    period_end: datetime | None
    subtotal_cents: int
    tax_cents: int
    total_cents: int
    amount_paid_cents: int
    amount_due_cents: int
    lines: tuple[LineRow, ...]
    payments: tuple[PaymentRow, ...]
    receipt: ReceiptRow | None
    next_payment_attempt: datetime | None

    @classmethod
    def of(cls, invoice: models.Invoice) -> InvoiceRow:
        return cls(
            id=invoice.id,
            number=invoice.number,
            status=shared(invoice.status),
            kind=shared(invoice.kind),
            related_invoice_id=invoice.related_invoice_id,
            created_at=invoice.created_at,
            period_start=invoice.period_start,
            period_end=invoice.period_end,
            subtotal_cents=invoice.subtotal_cents,
            tax_cents=invoice.tax_cents,
            total_cents=invoice.total_cents,
            amount_paid_cents=invoice.amount_paid_cents,
            amount_due_cents=invoice.amount_due_cents,
            lines=tuple(LineRow.of(line) for line in invoice.lines),
            payments=tuple(PaymentRow.of(payment) for payment in invoice.payments),
            receipt=ReceiptRow.of(invoice.receipt) if invoice.receipt is not None else None,
            next_payment_attempt=invoice.next_payment_attempt,
        )


def rows_of(page: tuple[list[models.Invoice], bool]) -> tuple[list[InvoiceRow], bool]:
    """A page of the API's invoices as rows (whether more follow passes through)."""
    invoices, has_more = page
    return [InvoiceRow.of(invoice) for invoice in invoices], has_more
