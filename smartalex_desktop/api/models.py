"""What the SmartAlex API answers, as typed models: money in integer cents, aware datetimes.

Parsed with pydantic from the API's JSON. Unknown fields are ignored, so a newer server that adds
fields does not break an older app; the fields here are the ones the API promises
(docs/openapi.json).
"""

from __future__ import annotations

from datetime import datetime
from typing import Literal

from pydantic import AwareDatetime, BaseModel, ConfigDict

CallType = Literal["inbound", "outbound", "web"]


class Model(BaseModel):
    model_config = ConfigDict(extra="ignore", frozen=True)


class TokenPair(Model):
    access_token: str
    refresh_token: str
    expires_in: int

    def __repr__(self) -> str:  # tokens never in a log or a traceback
        return f"TokenPair(expires_in={self.expires_in})"

    __str__ = __repr__


class Account(Model):
    id: str
    email: str
    company_name: str
    address: str
    tax_id: str
    tax_rate_bps: int
    timezone: str
    phone_numbers: int = 0
    created_at: AwareDatetime | None = None


class BillingConfig(Model):
    publishable_key: str
    stripe_api_base: str
    accepted_brands: list[str] = ["visa", "mastercard", "amex", "discover"]
    top_up_min_cents: int = 1000
    top_up_max_cents: int = 100000
    sales_contact_url: str = "https://smartalex.ai/contact-sales"


class Plan(Model):
    id: str
    name: str
    tier: str
    price_cents: int
    included_minutes: int
    features: list[str]


class Subscription(Model):
    plan: str
    status: Literal["active", "past_due", "canceled"]
    cancel_at_period_end: bool
    current_period_start: AwareDatetime
    current_period_end: AwareDatetime
    scheduled_plan: str | None = None
    cancellation_reason: str | None = None
    canceled_at: AwareDatetime | None = None
    included_minutes: int | None = None
    price_cents: int | None = None


class InvoiceLine(Model):
    kind: str
    description: str
    quantity: int
    unit_amount_cents: int
    amount_cents: int


class PlanChangePreview(Model):
    plan: str
    change: str
    effective_at: AwareDatetime
    amount_due_now_cents: int
    subtotal_cents: int = 0
    tax_cents: int = 0
    included_minutes: int
    lines: list[InvoiceLine]


class PlanChangeResult(Model):
    subscription: Subscription
    invoice_id: str | None


class PaymentMethod(Model):
    id: str
    brand: str
    last4: str
    exp_month: int
    exp_year: int
    is_default: bool
    created_at: AwareDatetime | None = None


class SessionError(Model):
    """Why the last attempt on a hosted page did not go through (the page offers another)."""

    code: str
    message: str


class CardSetupSession(Model):
    """The hosted card page: the card is entered there, in the browser, never in the app."""

    id: str
    url: str | None = None  # only in the answer that created it (a one-time secret)
    status: Literal["open", "complete", "expired", "canceled"]
    expires_at: AwareDatetime
    payment_method: PaymentMethod | None = None
    error: SessionError | None = None

    def __repr__(self) -> str:  # the link holds a token: never in a log
        return f"CardSetupSession({self.id}, {self.status})"

    __str__ = __repr__


class PaymentAuthentication(Model):
    """A payment waiting for the bank's confirmation on a hosted page (3-D Secure)."""

    id: str
    kind: Literal["top_up", "invoice_payment", "plan_change"]
    status: Literal["requires_action", "succeeded", "failed", "expired", "canceled"]
    amount_cents: int
    description: str
    brand: str = ""
    last4: str = ""
    expires_at: AwareDatetime
    top_up_id: str | None = None
    invoice_id: str | None = None
    plan: str | None = None
    error: SessionError | None = None


class PaymentMethodDeleted(Model):
    id: str
    deleted: bool
    default_payment_method_id: str | None
    message: str = ""


class Payment(Model):
    id: str
    amount_cents: int
    status: Literal["pending", "succeeded", "failed"]
    brand: str
    last4: str
    payment_method_id: str | None = None
    failure_code: str | None = None
    failure_message: str | None = None
    created_at: AwareDatetime


class Receipt(Model):
    number: str
    emailed_to: str
    sent_at: AwareDatetime | None = None
    file_name: str


class Invoice(Model):
    id: str
    number: str
    status: Literal["paid", "open", "void", "refunded", "partially_refunded"]
    kind: Literal["renewal", "plan_change", "top_up", "usage", "final", "credit_note"]
    related_invoice_id: str | None = None
    created_at: AwareDatetime
    period_start: AwareDatetime | None = None
    period_end: AwareDatetime | None = None
    subtotal_cents: int
    tax_cents: int
    total_cents: int
    amount_paid_cents: int
    amount_due_cents: int = 0
    lines: list[InvoiceLine] = []
    payments: list[Payment] = []
    receipt: Receipt | None = None
    next_payment_attempt: AwareDatetime | None = None


class AutoTopUp(Model):
    enabled: bool
    threshold_cents: int
    amount_cents: int
    payment_method_id: str | None = None
    cap_cents: int | None = None
    spent_this_period_cents: int = 0
    consecutive_declines: int = 0
    disabled_reason: str | None = None


class Wallet(Model):
    balance_cents: int
    low_balance_threshold_cents: int
    below_low_balance_threshold: bool = False
    accrued_usage_cents: int = 0
    auto_top_up: AutoTopUp


class WalletTransaction(Model):
    id: str
    kind: Literal["top_up", "usage", "refund", "auto_top_up"]
    status: Literal["succeeded", "failed", "pending"]
    amount_cents: int
    balance_after_cents: int
    description: str = ""
    invoice_id: str | None = None
    top_up_id: str | None = None
    call_id: str | None = None
    failure_message: str | None = None
    created_at: AwareDatetime


class TopUp(Model):
    id: str
    amount_cents: int
    tax_cents: int = 0
    charged_cents: int = 0
    remaining_cents: int = 0
    status: Literal["pending", "succeeded", "failed", "refunded"]
    automatic: bool = False
    invoice_id: str | None = None
    transaction_id: str | None = None
    payment_method_id: str | None = None
    brand: str = ""
    last4: str = ""
    failure_message: str | None = None
    created_at: AwareDatetime
    refundable: bool = False
    refund_deadline: AwareDatetime | None = None
    refund_refusal: str | None = None


class RefundResult(Model):
    top_up: TopUp
    credit_note_id: str
    refunded_cents: int


class CallTypeUsage(Model):
    minutes: int
    overage_minutes: int
    overage_cents: int


class Usage(Model):
    period_start: AwareDatetime
    period_end: AwareDatetime
    included_minutes: int
    used_minutes: int
    remaining_minutes: int
    overage_minutes: int
    overage_cents: int = 0
    projected_minutes: int
    projected_overage_cents: int
    by_call_type: dict[CallType, CallTypeUsage]


class DailyUsage(Model):
    date: str
    inbound_minutes: int
    outbound_minutes: int
    web_minutes: int
    total_minutes: int


class DailyUsageSeries(Model):
    period_start: AwareDatetime
    period_end: AwareDatetime
    timezone: str
    data: list[DailyUsage]


class Call(Model):
    id: str
    call_type: CallType
    seconds: int
    billable_minutes: int
    included_minutes: int
    overage_minutes: int
    overage_cents: int
    wallet_cents: int = 0
    card_cents: int = 0
    ended_at: AwareDatetime


class Clock(Model):
    now: datetime
