"""The API's codes in the office manager's words, the same in the window and in the PDFs.

The window's own words for the same things (column headings, buttons, the status bar) are in
`gui/widgets/wording.py`, which builds on these.
"""

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
# A web call is one made from the voice button on the practice's website; "Web" alone read
# as something technical.
CALL_TYPE_NAMES = {"inbound": "Inbound", "outbound": "Outbound", "web": "Website"}
# SmartAlex's catalogue says "Standard" and "Specialty" tiers; the office manager reads what the
# plan is for. Any other tier is said as the catalogue has it, as plain text.
PLAN_TIER_NAMES = {"Standard": "General plan", "Specialty": "Industry-specific plan"}


def call_type_name(call_type: str) -> str:
    return CALL_TYPE_NAMES.get(call_type, call_type.replace("_", " ").title())


def plan_tier_name(tier: str) -> str:
    """ "Specialty" → "Industry-specific plan"; an unknown tier → "<tier> plan"."""
    return PLAN_TIER_NAMES.get(tier, f"{tier} plan" if tier else "")
