"""Invoices, their payments and receipts."""

from __future__ import annotations

from datetime import datetime
from typing import Literal

from pydantic import BaseModel, Field, StrictStr

from smartalex_desktop.sandbox.schemas.common import InvoiceKind, InvoiceStatus, Request
from smartalex_desktop.sandbox.schemas.plans import InvoiceLine


class Payment(BaseModel):
    id: str
    amount_cents: int
    status: Literal["pending", "succeeded", "failed"]
    brand: str
    last4: str
    payment_method_id: str | None
    failure_code: str | None
    failure_message: str | None
    created_at: datetime


class Receipt(BaseModel):
    number: str
    emailed_to: str
    sent_at: datetime | None = Field(description="When it was emailed; null while queued.")
    file_name: str


class InvoicePay(Request):
    payment_method_id: StrictStr = Field(min_length=1, max_length=64)


class Invoice(BaseModel):
    id: str
    number: str
    status: InvoiceStatus
    kind: InvoiceKind
    related_invoice_id: str | None
    created_at: datetime
    period_start: datetime | None
    period_end: datetime | None
    tax_rate_bps: int
    subtotal_cents: int
    tax_cents: int
    total_cents: int
    amount_paid_cents: int
    amount_due_cents: int
    currency: Literal["usd"] = "usd"
    lines: list[InvoiceLine]
    payments: list[Payment]
    receipt: Receipt | None = Field(description="The receipt of a paid invoice.")
    next_payment_attempt: datetime | None = Field(
        description="When the default card is tried next, for an open invoice."
    )


class InvoiceList(BaseModel):
    data: list[Invoice]
    has_more: bool
