"""The API's codes in the office manager's words, the same in the window and in the PDFs."""

from __future__ import annotations

INVOICE_KIND_NAMES = {
    "renewal": "Renewal",
    "plan_change": "Plan change",
    "top_up": "Wallet top-up",
    "usage": "Usage",
    "final": "Final",
    "credit_note": "Credit note",
}
INVOICE_STATUS_NAMES = {
    "paid": "Paid",
    "open": "Open",
    "refunded": "Refunded",
    "partially_refunded": "Partially refunded",
    "void": "Void",
}
TRANSACTION_KIND_NAMES = {
    "top_up": "Top-up",
    "auto_top_up": "Automatic top-up",
    "usage": "Usage",
    "refund": "Refund",
}
# Wallet transactions and payments share these.
TRANSACTION_STATUS_NAMES = {"succeeded": "Succeeded", "failed": "Failed", "pending": "Pending"}
