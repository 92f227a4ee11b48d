"""How a top-up's refund eligibility reads: the days left, or SmartAlex's reason.

SmartAlex decides whether a top-up can be refunded (unused, within 30 days: see
docs/billing-rules.md, "Refunds"); these say it in the user's words, counting days in the
account's timezone from SmartAlex's clock.
"""

from __future__ import annotations

from datetime import datetime, timedelta

from smartalex_desktop.api import models
from smartalex_desktop.gui.widgets import formatting


def refund_eligibility(top_up: models.TopUp, now: datetime, timezone: str) -> str:
    """Whether a top-up can be refunded, as a sentence: the days left, or SmartAlex's reason."""
    if top_up.refundable and top_up.refund_deadline is not None:
        # The deadline is the first moment it can't be; the last day is the one before.
        last_day = formatting.local_date(
            top_up.refund_deadline - timedelta(microseconds=1), timezone
        )
        days = (last_day - formatting.local_date(now, timezone)).days
        when = formatting.long_date(last_day)
        if days <= 0:
            return f"Unused: refundable until the end of today ({when})."
        left = "1 day" if days == 1 else f"{days} days"
        return f"Unused: refundable until {when} ({left} left)."
    if top_up.status == "pending":
        return "The charge is still being confirmed."
    if top_up.status == "refunded":
        return "Refunded."
    return top_up.refund_refusal or "This top-up can't be refunded."


def refund_summary(top_up: models.TopUp, now: datetime, timezone: str) -> str:
    """The eligibility in a few words, for the table (the full sentence is below it)."""
    if top_up.refundable or top_up.status in ("pending", "refunded"):
        return refund_eligibility(top_up, now, timezone)
    if top_up.refund_deadline is not None and now >= top_up.refund_deadline:
        return "Not refundable: older than 30 days"
    if top_up.remaining_cents < top_up.amount_cents:
        left = formatting.money(top_up.remaining_cents)
        return f"Not refundable: partly used ({left} left)"
    return "Not refundable"
