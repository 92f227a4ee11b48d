"""Blocks the invoice, the credit note and the receipt share: who is billed, what was billed,
the figures. Each returns flowables; the documents arrange them."""

from __future__ import annotations

from collections.abc import Sequence

from reportlab.platypus import Flowable, Table, TableStyle

from smartalex_desktop.api import models
from smartalex_desktop.documents import style, text

LINE_WIDTHS = (252.0, 50.0, 95.0, 95.0)  # description, quantity, unit price, amount
PAYMENT_WIDTHS = (100.0, 150.0, 84.0, 158.0)  # date, card, amount, status


def bill_to(account: models.Account) -> list[Flowable]:
    """The practice as the account's settings print it: name, address lines, tax ID, email."""
    block: list[Flowable] = [style.para("BILL TO", style.LABEL)]
    block.append(style.para(account.company_name or account.email, style.STRONG))
    if account.address.strip():
        block.append(style.para(account.address.strip(), style.BODY))
    if account.tax_id.strip():
        block.append(style.para(f"Tax ID: {account.tax_id.strip()}", style.BODY))
    block.append(style.para(account.email, style.SMALL))
    return block


def details(rows: Sequence[tuple[str, str]]) -> Table:
    """The document's number, dates and status, as a small two-column block."""
    return style.key_value_table(rows, (88.0, 150.0))


def side_by_side(left: list[Flowable], right: Flowable, *, gap: float = 20.0) -> Table:
    right_width = 238.0
    table = Table(
        [[left, right]], colWidths=[style.CONTENT_WIDTH - right_width - gap, right_width + gap]
    )
    table.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                ("ALIGN", (1, 0), (1, 0), "RIGHT"),
            ]
        )
    )
    return table


def billed_lines(invoice: models.Invoice) -> list[models.InvoiceLine]:
    """The item lines; the API's `tax` line is left out here because the totals show the tax."""
    return [line for line in invoice.lines if line.kind != "tax"]


def lines_table(invoice: models.Invoice) -> Table:
    rows: list[list[object]] = [
        [
            style.cell(line.description, LINE_WIDTHS[0]),
            str(line.quantity),
            text.money(line.unit_amount_cents),
            text.money(line.amount_cents),
        ]
        for line in billed_lines(invoice)
    ]
    if not rows:
        rows = [[style.para("No line items were sent with this invoice.", style.CELL), "", "", ""]]
    return style.data_table(
        ["Description", "Qty", "Unit price", "Amount"], rows, LINE_WIDTHS, right_columns=(1, 2, 3)
    )


def tax_label(invoice: models.Invoice, account: models.Account) -> str:
    """`Tax (8.25%)`: the rate the invoice was taxed at, as its own tax line names it; failing
    that the account's rate (which SmartAlex may have changed since, hence second choice)."""
    for line in invoice.lines:
        if line.kind == "tax" and line.description.strip():
            return line.description.strip()
    if account.tax_rate_bps:
        return f"Tax ({text.percent_from_bps(account.tax_rate_bps)})"
    return "Tax"


def totals(invoice: models.Invoice, account: models.Account) -> Table:
    rows = [
        ("Subtotal", text.money(invoice.subtotal_cents)),
        (tax_label(invoice, account), text.money(invoice.tax_cents)),
    ]
    if invoice.kind == "credit_note":
        rows.append(("Total credit", text.money(invoice.total_cents)))
        return style.key_value_table(rows, (170.0, 95.0), strong_rows=(2,), h_align="RIGHT")
    rows += [
        ("Total", text.money(invoice.total_cents)),
        ("Amount paid", text.money(invoice.amount_paid_cents)),
        ("Amount due", text.money(invoice.amount_due_cents)),
    ]
    return style.key_value_table(rows, (170.0, 95.0), strong_rows=(2, 4), h_align="RIGHT")


def payments_table(payments: Sequence[models.Payment], timezone: str) -> Table:
    rows: list[list[object]] = []
    for payment in payments:
        status = text.status_name(payment.status)
        if payment.status == "failed" and payment.failure_message:
            status = f"{status}: {payment.failure_message}"
        rows.append(
            [
                text.short_date(payment.created_at, timezone),
                text.card(payment.brand, payment.last4),
                text.money(payment.amount_cents),
                style.cell(status, PAYMENT_WIDTHS[3]),
            ]
        )
    return style.data_table(
        ["Date", "Card", "Amount", "Status"], rows, PAYMENT_WIDTHS, right_columns=(2,)
    )


def succeeded_payments(invoice: models.Invoice) -> list[models.Payment]:
    return [payment for payment in invoice.payments if payment.status == "succeeded"]
