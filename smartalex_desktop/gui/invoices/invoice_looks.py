"""How an invoice looks in the Invoices tab: its status accent (amber while open, red once a
charge of it failed, green paid, blue refunded), a payment's status in words, the "Bill to"
block, and accent-coloured text that still reads on light and dark palettes."""

from __future__ import annotations

from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QLabel

from smartalex_desktop.api import models
from smartalex_desktop.gui.widgets import colours

STATUS_ACCENTS: dict[str, QColor | None] = {
    "paid": colours.GREEN,
    "open": colours.AMBER,
    "refunded": colours.BLUE,
    "partially_refunded": colours.BLUE,
    "void": None,
}

PAYMENT_STATUS = {"succeeded": "Paid", "failed": "Declined", "pending": "Pending"}


def status_accent(invoice: models.Invoice) -> QColor | None:
    """Open is amber, or red once a charge of it has failed (past due)."""
    if invoice.status == "open" and any(p.status == "failed" for p in invoice.payments):
        return colours.RED
    return STATUS_ACCENTS.get(invoice.status)


def bill_to(account: models.Account | None, failed: bool) -> str:
    if account is None:
        return (
            "Your practice details could not be loaded. Refresh (F5) to try again."
            if failed
            else "Loading…"
        )
    parts = [account.company_name.strip() or account.email]
    if account.address.strip():
        parts.append(account.address.strip())
    if account.tax_id.strip():
        parts.append(f"Tax ID: {account.tax_id.strip()}")
    return "\n".join(parts)


def tint_text(label: QLabel, accent: QColor) -> None:
    """Accent-coloured text that still reads: blended towards the palette's own text colour."""
    palette = label.palette()
    text = label.palette().color(QPalette.ColorRole.WindowText)
    palette.setColor(QPalette.ColorRole.WindowText, colours.blend(accent, text, 0.25))
    label.setPalette(palette)
