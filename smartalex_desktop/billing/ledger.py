"""Which way an invoice's money goes, as a ledger reads it: the one place that signs amounts.

The API sends every amount of an invoice as a positive number of cents, also on a credit note
(which gives money back). A reader who adds up a column — the office manager in the Invoices
tab, the accountant in `invoices.csv`, the all-accounts export — must see a credit note as
negative, or the sum overstates what was spent. Every view and export signs through here.
"""

from __future__ import annotations

from smartalex_desktop.api import models


def ledger_sign(invoice: models.Invoice) -> int:
    """-1 for a credit note (money back), 1 for every other invoice (money paid)."""
    return -1 if invoice.kind == "credit_note" else 1


def signed_cents(invoice: models.Invoice, cents: int) -> int:
    """One of `invoice`'s amounts (subtotal, tax, total) with the ledger's sign."""
    return ledger_sign(invoice) * cents


def signed_total_cents(invoice: models.Invoice) -> int:
    """The invoice's total as a ledger reads it: a credit note's is negative."""
    return signed_cents(invoice, invoice.total_cents)
