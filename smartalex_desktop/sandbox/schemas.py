"""The API's request and response bodies, as pydantic models: the OpenAPI document comes from here.

Requests forbid unknown fields (a typo is an error, not silently ignored) and use strict types
(no "12" for 12). Field names the app relies on are the SPEC's; add fields, never rename them.
"""

from __future__ import annotations

from datetime import datetime
from typing import Annotated, Literal

from pydantic import (
    AwareDatetime,
    BaseModel,
    ConfigDict,
    Field,
    StrictInt,
    StrictStr,
    StringConstraints,
)

PlanId = Literal["professional", "dental", "real_estate"]
CancelReason = Literal[
    "too_expensive", "missing_features", "switched_service", "unused", "technical_issues", "other"
]
InvoiceStatus = Literal["paid", "open", "void", "refunded", "partially_refunded"]
InvoiceKind = Literal["renewal", "plan_change", "top_up", "usage", "final", "credit_note"]
LineKind = Literal[
    "subscription",
    "usage",
    "wallet_top_up",
    "phone_number",
    "proration",
    "wallet_credit",
    "refund",
    "tax",
]


# Deliberately loose (one @, a dot in the domain): the sandbox's own demo addresses use the
# reserved `.test` domain, which strict validators refuse.
EmailAddress = Annotated[
    str,
    StringConstraints(strip_whitespace=True, max_length=254, pattern=r"^[^@\s]+@[^@\s]+\.[^@\s]+$"),
]


class Request(BaseModel):
    model_config = ConfigDict(extra="forbid")


# --- auth -----------------------------------------------------------------------------------


class SignIn(Request):
    email: StrictStr = Field(min_length=3, max_length=254)
    password: StrictStr = Field(min_length=1, max_length=1024)


class Refresh(Request):
    refresh_token: StrictStr = Field(min_length=1, max_length=512)


class TokenPair(BaseModel):
    access_token: str
    refresh_token: str
    token_type: Literal["bearer"] = "bearer"
    expires_in: int = Field(description="Seconds until the access token expires.")


class LoggedOut(BaseModel):
    revoked: bool


# --- account --------------------------------------------------------------------------------


class Account(BaseModel):
    id: str
    email: str
    company_name: str
    address: str
    tax_id: str
    tax_rate_bps: int = Field(description="Set by SmartAlex, read-only.")
    timezone: str
    phone_numbers: int
    created_at: datetime


class AccountUpdate(Request):
    company_name: StrictStr | None = Field(default=None, max_length=200)
    address: StrictStr | None = Field(default=None, max_length=1000)
    tax_id: StrictStr | None = Field(default=None, max_length=64)
    timezone: StrictStr | None = Field(default=None, min_length=1, max_length=64)


class EmailChange(Request):
    email: EmailAddress
    current_password: StrictStr = Field(min_length=1, max_length=1024)


class PasswordChange(Request):
    current_password: StrictStr = Field(min_length=1, max_length=1024)
    new_password: StrictStr = Field(min_length=8, max_length=1024)


class PasswordChanged(BaseModel):
    changed: bool


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


class PlanChange(Request):
    plan: PlanId


class Cancellation(Request):
    reason: CancelReason
    comment: StrictStr | None = Field(default=None, max_length=2000)


class InvoiceLine(BaseModel):
    kind: LineKind
    description: str
    quantity: int
    unit_amount_cents: int
    amount_cents: int


class PlanChangePreview(BaseModel):
    plan: PlanId
    change: Literal["upgrade", "downgrade", "same_price", "undo_scheduled_change"]
    effective_at: datetime
    amount_due_now_cents: int
    subtotal_cents: int
    tax_cents: int
    included_minutes: int
    lines: list[InvoiceLine]


class PlanChangeResult(BaseModel):
    subscription: Subscription
    invoice_id: str | None


# --- payment methods ------------------------------------------------------------------------


class SetupIntentCreated(BaseModel):
    setup_intent_id: str
    client_secret: str
    publishable_key: str
    stripe_api_base: str


class PaymentMethodAdd(Request):
    setup_intent_id: StrictStr = Field(min_length=1, max_length=255)


class PaymentMethod(BaseModel):
    id: str
    brand: Literal["visa", "mastercard", "amex", "discover"]
    last4: str
    exp_month: int
    exp_year: int
    is_default: bool
    created_at: datetime


class PaymentMethodList(BaseModel):
    data: list[PaymentMethod]
    has_more: bool


class PaymentMethodDeleted(BaseModel):
    id: str
    deleted: Literal[True] = True
    default_payment_method_id: str | None
    message: str


# --- invoices -------------------------------------------------------------------------------


class Payment(BaseModel):
    id: str
    amount_cents: int
    status: Literal["succeeded", "failed"]
    brand: str
    last4: str
    payment_method_id: str | None
    failure_code: str | None
    failure_message: str | None
    created_at: datetime


class Invoice(BaseModel):
    id: str
    number: str
    status: InvoiceStatus
    kind: InvoiceKind
    related_invoice_id: str | None
    created_at: datetime
    period_start: datetime | None
    period_end: datetime | None
    tax_rate_bps: int
    subtotal_cents: int
    tax_cents: int
    total_cents: int
    amount_paid_cents: int
    amount_due_cents: int
    currency: Literal["usd"] = "usd"
    lines: list[InvoiceLine]
    payments: list[Payment]


class InvoiceList(BaseModel):
    data: list[Invoice]
    has_more: bool


# --- sandbox --------------------------------------------------------------------------------


class SandboxAccountCreate(Request):
    email: EmailAddress
    password: StrictStr = Field(min_length=8, max_length=1024)
    plan: PlanId
    signup_at: AwareDatetime | None = None
    tax_rate_bps: StrictInt = Field(default=0, ge=0, le=10_000)
    phone_numbers: StrictInt = Field(default=1, ge=0, le=100)
    timezone: StrictStr = Field(default="UTC", min_length=1, max_length=64)
    company_name: StrictStr = Field(default="", max_length=200)


class SandboxAccountCreated(BaseModel):
    account: Account
    subscription: Subscription


class ClockAdvance(Request):
    days: StrictInt = Field(ge=1, le=3660)


class Clock(BaseModel):
    now: datetime


class SessionsExpire(Request):
    email: EmailAddress


class SessionsExpired(BaseModel):
    expired_access_tokens: int
