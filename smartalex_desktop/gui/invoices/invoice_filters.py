"""How the Invoices tab names invoices and decides which ones a filter keeps: plain Python over the
API's models (no Qt), so it runs in the model's filter pass over every loaded invoice and is
tested on its own.

The search box takes what the office manager would copy from an email or a bank statement: part
of an invoice number ("000123", "sa-2026-0001") or an amount written as the app shows it ("328",
"$328.00", "328.00", "1,234.5", "1.234,50"). An amount matches an invoice whose total or whose
amount before tax is exactly that, so a $50.00 top-up is found by "50" as well as by its total
with tax.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import date, datetime

from smartalex_desktop.api import models
from smartalex_desktop.billing.names import INVOICE_KIND_NAMES, INVOICE_STATUS_NAMES

KIND_NAMES = INVOICE_KIND_NAMES

STATUS_NAMES = INVOICE_STATUS_NAMES

# Sorting the Status column: what needs attention first when ascending.
STATUS_ORDER = {"open": 0, "paid": 1, "partially_refunded": 2, "refunded": 3, "void": 4}

_CURRENCY = re.compile(r"[\s$€£\u00a0\u202f]|usd", re.IGNORECASE)
_AMOUNT = re.compile(r"^-?\d[\d.,']*$")


def kind_name(kind: str) -> str:
    return KIND_NAMES.get(kind, kind.replace("_", " ").capitalize())


def status_name(status: str) -> str:
    return STATUS_NAMES.get(status, status.replace("_", " ").capitalize())


def amount_due_cents(invoice: models.Invoice) -> int:
    """What is still to pay: only an open invoice owes anything."""
    if invoice.status != "open":
        return 0
    return max(invoice.total_cents - invoice.amount_paid_cents, 0)


def parse_amount_cents(text: str) -> int | None:
    """An amount as typed, in cents; None when the text is not an amount.

    The last `.` or `,` is the decimal point when one or two digits follow it; every other
    separator groups thousands. So "1,234.5" and "1.234,50" are both $1,234.50 and "1,234" is
    $1,234.00, whichever way the computer writes numbers. Leading zeros ("000123") mark part
    of an invoice number, not an amount.
    """
    cleaned = _CURRENCY.sub("", text)
    if not cleaned or not _AMOUNT.match(cleaned):
        return None
    negative = cleaned.startswith("-")
    cleaned = cleaned.lstrip("-")
    last = max(cleaned.rfind("."), cleaned.rfind(","))
    if last >= 0 and 1 <= len(cleaned) - last - 1 <= 2:
        whole, fraction = cleaned[:last], cleaned[last + 1 :]
    else:
        whole, fraction = cleaned, ""
    whole = re.sub(r"[.,']", "", whole)
    if not whole and not fraction:
        return None
    if len(whole) > 1 and whole.startswith("0"):
        return None  # "000123" is part of an invoice number, not $123.00
    cents = int(whole or "0") * 100 + int(fraction.ljust(2, "0") or "0")
    return -cents if negative else cents


@dataclass(frozen=True)
class InvoiceFilter:
    """What the filter row asks for; None means "all"."""

    year: int | None = None
    status: str | None = None
    kind: str | None = None
    search: str = ""

    @property
    def active(self) -> bool:
        return any((self.year, self.status, self.kind, self.search.strip()))

    def predicate(
        self,
        local_day: Callable[[datetime], date],
        numbers: Mapping[str, str],
    ) -> Callable[[models.Invoice], bool] | None:
        """The test for one invoice, or None to keep every invoice (no filter pass at all).

        `local_day` gives an invoice's date in the account's timezone (the year an invoice is
        filed under is the account's, not the computer's); `numbers` maps invoice ids to their
        numbers, so a credit note is also found by the number of the invoice it corrects.
        """
        if not self.active:
            return None
        year, status, kind = self.year, self.status, self.kind
        needle = self.search.strip().lower()
        amount = abs(parsed) if (parsed := parse_amount_cents(needle)) is not None else None

        def keep(invoice: models.Invoice) -> bool:
            if status is not None and invoice.status != status:
                return False
            if kind is not None and invoice.kind != kind:
                return False
            if year is not None and local_day(invoice.created_at).year != year:
                return False
            if not needle:
                return True
            if needle in invoice.number.lower():
                return True
            related = numbers.get(invoice.related_invoice_id or "")
            if related is not None and needle in related.lower():
                return True
            return amount is not None and amount in (invoice.total_cents, invoice.subtotal_cents)

        return keep
