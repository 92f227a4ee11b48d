"""The invoice PDF, and the credit note (an invoice of kind `credit_note`) with the same layout.

What an accountant needs to book it without asking: who issued it and to whom (the practice's
name, address and tax ID from the account settings), the number and dates, each line, the tax
with its rate, what was paid with which card and what is still due, and — on an invoice that was
refunded — the credit notes that correct it. A stamp says the status at a glance.
"""

from __future__ import annotations

from collections.abc import Sequence

from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable, Spacer

from smartalex_desktop.api import models
from smartalex_desktop.billing.names import INVOICE_KIND_NAMES
from smartalex_desktop.documents import parts, style, text

STAMP_WORDS = {
    "paid": "PAID",
    "open": "OPEN",
    "refunded": "REFUNDED",
    "partially_refunded": "PARTIALLY REFUNDED",
    "void": "VOID",
}


def document_name(invoice: models.Invoice) -> str:
    return "Credit note" if invoice.kind == "credit_note" else "Invoice"


def render_invoice(
    invoice: models.Invoice,
    account: models.Account,
    *,
    credit_notes: Sequence[models.Invoice] = (),
    related: models.Invoice | None = None,
) -> bytes:
    """The invoice (or credit note) as PDF bytes; the same arguments give the same bytes.

    `credit_notes`: the credit notes that correct this invoice, listed on it. `related`: for a
    credit note, the invoice it corrects (its number is printed; without it, its id is).
    """
    tz = account.timezone
    name = document_name(invoice)
    story: list[Flowable] = [
        style.para(name, style.TITLE),
        style.para(invoice.number, style.SUBTITLE),
    ]
    if invoice.kind == "credit_note":
        story.append(Spacer(1, 4))
        story.append(style.para(_correction_text(invoice, related, tz), style.BODY))
    story.append(Spacer(1, 16))
    story.append(parts.side_by_side(parts.bill_to(account), parts.details(_details(invoice, tz))))
    story.append(Spacer(1, 18))
    story.append(parts.lines_table(invoice))
    story.append(Spacer(1, 10))
    story.append(parts.totals(invoice, account))
    story += _status_notes(invoice, related, tz)
    if invoice.payments:
        story += style.section("Payments")
        story.append(parts.payments_table(invoice.payments, tz))
    if credit_notes:
        story += style.section("Credit notes")
        story.append(_credit_notes_table(credit_notes, tz))

    def stamp(canvas: Canvas) -> None:
        word = STAMP_WORDS.get(invoice.status, invoice.status.upper())
        style.draw_stamp(
            canvas,
            word,
            invoice.status,
            right=style.RIGHT,
            y=style.PAGE_HEIGHT - style.TOP_MARGIN - 20,
        )

    issued = text.long_date(invoice.created_at, tz)
    return style.build_pdf(
        story,
        title=f"{name} {invoice.number}",
        subject=f"SmartAlex {name.lower()} {invoice.number} for "
        f"{account.company_name or account.email}, issued {issued}",
        created=invoice.created_at,
        heading=f"{name} {invoice.number}",
        footer=f"{account.company_name or account.email} · {name} {invoice.number}",
        first_page=stamp,
    )


def _details(invoice: models.Invoice, tz: str) -> list[tuple[str, str]]:
    rows = [
        ("Number", invoice.number),
        ("Issue date", text.long_date(invoice.created_at, tz)),
    ]
    if invoice.period_start and invoice.period_end:
        rows.append(("Period", text.period(invoice.period_start, invoice.period_end, tz)))
    rows.append(("Type", INVOICE_KIND_NAMES.get(invoice.kind, invoice.kind)))
    rows.append(("Status", text.status_name(invoice.status)))
    return rows


def _correction_text(invoice: models.Invoice, related: models.Invoice | None, tz: str) -> str:
    if related is not None:
        return (
            f"Corrects invoice {related.number} of {text.long_date(related.created_at, tz)} "
            f"({text.money(related.total_cents)})."
        )
    return f"Corrects invoice {invoice.related_invoice_id or '(not given)'}."


def _status_notes(
    invoice: models.Invoice, related: models.Invoice | None, tz: str
) -> list[Flowable]:
    """One sentence where the figures alone leave a question: what to do about an open invoice,
    where a credit went."""
    note = ""
    if invoice.status == "open" and invoice.amount_due_cents > 0:
        note = (
            f"{text.money(invoice.amount_due_cents)} is due. Pay it from the Invoices tab of "
            "SmartAlex Desktop with any of your cards"
        )
        if invoice.next_payment_attempt is not None:
            retry = text.long_date(invoice.next_payment_attempt, tz)
            note += f"; otherwise the default card is tried again on {retry}"
        note += "."
    elif invoice.status == "void":
        note = "This invoice was voided: nothing is due on it."
    elif invoice.kind == "credit_note" and related is not None:
        cards = parts.succeeded_payments(related)
        if cards:
            paid_with = text.card(cards[-1].brand, cards[-1].last4)
            note = f"Refunded to {paid_with}, the card that paid invoice {related.number}."
    return [Spacer(1, 8), style.para(note, style.SMALL)] if note else []


def _credit_notes_table(credit_notes: Sequence[models.Invoice], tz: str) -> Flowable:
    rows = [
        [
            note.number,
            text.short_date(note.created_at, tz),
            text.money(note.total_cents),
            text.status_name(note.status),
        ]
        for note in credit_notes
    ]
    return style.data_table(
        ["Credit note", "Date", "Amount", "Status"],
        rows,
        (150.0, 120.0, 100.0, 122.0),
        right_columns=(2,),
    )
