"""The receipt of a paid invoice: proof of payment, which is what an expense claim asks for.

It answers "what did we pay, when, with which card, for what": the receipt number (R-…), the
payment date and amount, the card, and the invoice's lines and totals.
"""

from __future__ import annotations

from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable, Spacer

from smartalex_desktop.api import models
from smartalex_desktop.documents import parts, style, text
from smartalex_desktop.documents.invoice import STAMP_WORDS


def receipt_number(invoice: models.Invoice) -> str:
    """The API's receipt number (`R-SA-2026-000123`), or one made the same way when the
    invoice was fetched without its receipt."""
    return invoice.receipt.number if invoice.receipt is not None else f"R-{invoice.number}"


def render_receipt(invoice: models.Invoice, account: models.Account) -> bytes:
    """The receipt as PDF bytes. Raises ValueError for an invoice nothing was paid on (the app
    offers receipts only for paid invoices; an open one has no receipt yet)."""
    payments = parts.succeeded_payments(invoice)
    if not payments and invoice.amount_paid_cents <= 0:
        raise ValueError(f"Invoice {invoice.number} has no payment, so it has no receipt yet.")
    tz = account.timezone
    number = receipt_number(invoice)
    paid_at = payments[-1].created_at if payments else invoice.created_at
    details = [
        ("Receipt", number),
        ("Invoice", invoice.number),
        ("Date paid", text.long_date(paid_at, tz)),
        ("Amount paid", text.money(invoice.amount_paid_cents)),
    ]
    if payments:
        details.append(("Paid with", text.card(payments[-1].brand, payments[-1].last4)))
    story: list[Flowable] = [
        style.para("Receipt", style.TITLE),
        style.para(number, style.SUBTITLE),
        Spacer(1, 16),
        parts.side_by_side(parts.bill_to(account), parts.details(details)),
        Spacer(1, 14),
        style.para(
            f"We received {text.money(invoice.amount_paid_cents)} on "
            f"{text.long_date(paid_at, tz)} for SmartAlex invoice {invoice.number}. Thank you.",
            style.BODY,
        ),
        *style.section("What was paid for"),
        parts.lines_table(invoice),
        Spacer(1, 10),
        style.key_value_table(
            [
                ("Subtotal", text.money(invoice.subtotal_cents)),
                (parts.tax_label(invoice, account), text.money(invoice.tax_cents)),
                ("Total paid", text.money(invoice.amount_paid_cents)),
            ],
            (170.0, 95.0),
            strong_rows=(2,),
            h_align="RIGHT",
        ),
    ]
    if len(payments) > 1:
        story += style.section("Payments")
        story.append(parts.payments_table(payments, tz))
    if invoice.status in ("refunded", "partially_refunded"):
        story.append(Spacer(1, 8))
        story.append(
            style.para(
                "This payment was later refunded (in full or in part): see the credit note "
                f"that corrects invoice {invoice.number}.",
                style.SMALL,
            )
        )

    def stamp(canvas: Canvas) -> None:
        # A receipt is of money received: PAID, unless it has gone back since.
        status = invoice.status if invoice.status in ("refunded", "partially_refunded") else "paid"
        style.draw_stamp(
            canvas,
            STAMP_WORDS[status],
            status,
            right=style.RIGHT,
            y=style.PAGE_HEIGHT - style.TOP_MARGIN - 20,
        )

    return style.build_pdf(
        story,
        title=f"Receipt {number}",
        subject=f"SmartAlex receipt {number} for invoice {invoice.number}, "
        f"{account.company_name or account.email}",
        created=paid_at,
        heading=f"Receipt {number}",
        footer=f"{account.company_name or account.email} · Receipt {number}",
        first_page=stamp,
    )
