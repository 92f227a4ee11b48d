"""The billing configuration, the plan catalog, the subscription and plan changes."""

from __future__ import annotations

from datetime import datetime
from typing import Literal

from pydantic import BaseModel, Field, StrictStr

from smartalex_desktop.sandbox.schemas.common import CancelReason, LineKind, PlanId, Request

# --- config and catalog ---------------------------------------------------------------------


class BillingConfig(BaseModel):
    publishable_key: str
    stripe_api_base: str
    currency: Literal["usd"] = "usd"
    accepted_brands: list[str]
    top_up_min_cents: int
    top_up_max_cents: int
    sales_contact_url: str


class Plan(BaseModel):
    id: PlanId
    name: str
    tier: str
    price_cents: int
    included_minutes: int
    features: list[str]


class PlanList(BaseModel):
    data: list[Plan]
    has_more: bool


# --- subscription ---------------------------------------------------------------------------


class InvoiceLine(BaseModel):
    kind: LineKind
    description: str
    quantity: int
    unit_amount_cents: int
    amount_cents: int


class UpcomingRenewal(BaseModel):
    """What the renewal invoice at the end of this period will charge if nothing changes before
    it: the next period's subscription (the scheduled plan's, if a change is scheduled), the
    card-billed usage accrued so far, the phone numbers, tax."""

    renews_at: datetime = Field(description="When the renewal is invoiced and charged.")
    plan: PlanId = Field(description="The plan the next period is on.")
    subtotal_cents: int
    tax_cents: int
    total_cents: int
    lines: list[InvoiceLine] = Field(description="The invoice lines, the tax line last.")


class Subscription(BaseModel):
    plan: PlanId
    status: Literal["active", "past_due", "canceled"]
    cancel_at_period_end: bool
    current_period_start: datetime
    current_period_end: datetime
    scheduled_plan: PlanId | None
    cancellation_reason: CancelReason | None
    canceled_at: datetime | None
    included_minutes: int
    price_cents: int
    upcoming_renewal: UpcomingRenewal | None = Field(
        default=None,
        description="The next renewal's invoice as it stands now; null when the subscription "
        "is set to cancel or has ended (no renewal is coming).",
    )


class PlanChange(Request):
    plan: PlanId


class Cancellation(Request):
    reason: CancelReason
    comment: StrictStr | None = Field(default=None, max_length=2000)


class PlanChangePreview(BaseModel):
    plan: PlanId
    change: Literal["upgrade", "downgrade", "same_price", "undo_scheduled_change"]
    effective_at: datetime
    amount_due_now_cents: int
    subtotal_cents: int
    tax_cents: int
    included_minutes: int
    lines: list[InvoiceLine]
    projected_minutes: int = Field(
        default=0,
        description="The minutes of a whole period at this period's pace (as GET /v1/usage "
        "projects them).",
    )
    projected_overage_cents: int = Field(
        default=0,
        description="What those minutes would cost past the new plan's allowance, at this "
        "period's mix of call types: the overage to expect each month on the new plan.",
    )


class PlanChangeResult(BaseModel):
    subscription: Subscription
    invoice_id: str | None
