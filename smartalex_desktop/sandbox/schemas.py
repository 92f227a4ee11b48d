"""The API's request and response bodies, as pydantic models: the OpenAPI document comes from here.

Requests forbid unknown fields (a typo is an error, not silently ignored) and use strict types
(no "12" for 12). Field names the app relies on are the API's (docs/openapi.json); add fields,
never rename them.
"""

from __future__ import annotations

import datetime as dt
import re
from datetime import datetime
from typing import Annotated, Any, Literal

from pydantic import (
    AfterValidator,
    AwareDatetime,
    BaseModel,
    BeforeValidator,
    ConfigDict,
    Field,
    StrictBool,
    StrictInt,
    StrictStr,
    StringConstraints,
)
from pydantic_core import PydanticCustomError

from smartalex_desktop.sandbox.config import TOP_UP_MAX_CENTS, TOP_UP_MIN_CENTS

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


# Characters no field a person types may hold: C0 and C1 control characters (a NUL, an escape
# sequence, a carriage return that overwrites a line in a terminal or splits a CSV row) and the
# bidi overrides and isolates (U+202A-U+202E, U+2066-U+2069), which show text in another order
# than it is stored (a name that reads differently on the invoice). Written as explicit ranges
# (not `\s` or `\p{..}`) so that JSON Schema's regex (ECMA-262), pydantic's (Rust) and Python's
# read the documented pattern alike.
_CONTROLS = r"\x00-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069"
_CONTROLS_BUT_NEWLINE = r"\x00-\x09\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069"

# Deliberately loose (one @, a dot in the domain): the sandbox's own demo addresses use the
# reserved `.test` domain, which strict validators refuse. No `/` or `\` either: an address is
# never a path (receipts once went to a folder named after it). `\s` is not the same set in JSON
# Schema's regex (ECMA-262: U+FEFF, not U+0085) and pydantic's (Rust: U+0085, not U+FEFF);
# naming both makes the documented pattern the one the sandbox applies.
_EMAIL_PART = rf"[^@\s\ufeff/\\{_CONTROLS}]+"
EMAIL_PATTERN = rf"^{_EMAIL_PART}@{_EMAIL_PART}\.{_EMAIL_PART}$"
TEXT_PATTERN = rf"^[^{_CONTROLS}]*$"
MULTILINE_TEXT_PATTERN = rf"^[^{_CONTROLS_BUT_NEWLINE}]*$"


def _matching(pattern: str, error_type: str, sentence: str) -> AfterValidator:
    """Check `pattern` with a sentence the person can act on (pydantic's own message would
    quote the regular expression); the pattern itself is documented with `json_schema_extra`."""
    compiled = re.compile(pattern)

    def check(value: str) -> str:
        if not compiled.fullmatch(value):
            raise PydanticCustomError(error_type, sentence)
        return value

    return AfterValidator(check)


EmailAddress = Annotated[
    str,
    StringConstraints(strip_whitespace=True, max_length=254),
    _matching(
        EMAIL_PATTERN,
        "email_invalid",
        "use an email address such as office@clinic.example, with no spaces, slashes or "
        "control characters",
    ),
    Field(json_schema_extra={"pattern": EMAIL_PATTERN}),
]
# Practice name and tax ID: one line of printable text.
PlainText = Annotated[
    StrictStr,
    _matching(
        TEXT_PATTERN,
        "text_invalid",
        "remove the control or text-direction characters (it may hold letters, digits, spaces "
        "and punctuation)",
    ),
    Field(json_schema_extra={"pattern": TEXT_PATTERN}),
]


def _one_newline_kind(value: Any) -> Any:
    """An address typed on Windows comes with CRLF line ends: kept as the newlines they mean."""
    return value.replace("\r\n", "\n") if isinstance(value, str) else value


# The address prints on several lines: newlines stay, every other control character is refused.
MultilineText = Annotated[
    StrictStr,
    BeforeValidator(_one_newline_kind),
    _matching(
        MULTILINE_TEXT_PATTERN,
        "text_invalid",
        "remove the control or text-direction characters (line breaks are fine)",
    ),
    Field(json_schema_extra={"pattern": MULTILINE_TEXT_PATTERN}),
]

_ISO_DATE_START = re.compile(r"\d{4}-\d{2}-\d{2}")


def _iso_text_only(error_type: str, expected: str) -> BeforeValidator:
    """Refuse what pydantic would otherwise read as a Unix timestamp: a number, or digits."""

    def check(value: Any) -> Any:
        if isinstance(value, dt.date) or (isinstance(value, str) and _ISO_DATE_START.match(value)):
            return value
        raise PydanticCustomError(
            error_type, "Input should be an ISO 8601 {expected}", {"expected": expected}
        )

    return BeforeValidator(check)


# Times and days in a request (body or query): ISO 8601 text, as the OpenAPI `date-time` and
# `date` formats say. Plain `AwareDatetime` and `date` also take `0` or `"1700000000"` as
# seconds since 1970.
RequestTime = Annotated[
    AwareDatetime, _iso_text_only("datetime_type", "date-time such as 2025-01-31T09:00:00Z")
]
RequestDate = Annotated[dt.date, _iso_text_only("date_type", "date such as 2025-01-31")]


# The sandbox's history starts here: a signup before it is a typo (or a probe). Years near 1 or
# 9999 with a large UTC offset cannot even be turned into UTC (Python raises OverflowError).
EARLIEST_SIGNUP = datetime(2000, 1, 1, tzinfo=dt.UTC)


def _signup_in_range(value: datetime) -> datetime:
    try:
        in_utc = value.astimezone(dt.UTC)
    except OverflowError:
        in_utc = None
    if in_utc is None or in_utc < EARLIEST_SIGNUP:
        raise PydanticCustomError(
            "signup_out_of_range",
            "give a time from 2000-01-01T00:00:00Z up to the sandbox clock's now",
        )
    return value


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


def _text_not_null(schema: dict[str, Any]) -> None:
    """Document a PATCH field as the text it must be: `None` only stands for "left out"."""
    schema.update(next(branch for branch in schema.pop("anyOf") if branch != {"type": "null"}))
    schema.pop("default")


class AccountUpdate(Request):
    """Leave a field out to keep its value; send "" to clear it. null is refused."""

    company_name: PlainText | None = Field(
        default=None, max_length=200, json_schema_extra=_text_not_null
    )
    address: MultilineText | None = Field(
        default=None, max_length=1000, json_schema_extra=_text_not_null
    )
    tax_id: PlainText | None = Field(default=None, max_length=64, json_schema_extra=_text_not_null)
    timezone: StrictStr | None = Field(
        default=None, min_length=1, max_length=64, json_schema_extra=_text_not_null
    )


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
    # Stripe's ids are a prefix and letters and digits; anything else names no SetupIntent and
    # is refused here rather than sent on to Stripe.
    setup_intent_id: StrictStr = Field(pattern=r"^seti_[A-Za-z0-9]{1,250}$")


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


class SessionError(BaseModel):
    """Why the last attempt on a hosted page did not go through (the page offers another)."""

    code: str
    message: str


class SetupSession(BaseModel):
    """A card-setup session: the hosted card page the app opens in the browser."""

    id: str
    url: str | None = Field(
        description="The page to open, with its one-time token. Only in the answer that created "
        "the session (SmartAlex keeps only the token's hash); null afterwards."
    )
    status: Literal["open", "complete", "expired", "canceled"]
    expires_at: datetime
    created_at: datetime
    payment_method: PaymentMethod | None = Field(
        default=None, description="The card saved, once `complete`."
    )
    error: SessionError | None = Field(
        default=None,
        description="What went wrong with the last card tried (the session stays open for "
        "another one).",
    )


class PaymentAuthentication(BaseModel):
    """A payment that waits for the bank's confirmation (3-D Secure) on a hosted page."""

    id: str
    kind: Literal["top_up", "invoice_payment", "plan_change"]
    status: Literal["requires_action", "succeeded", "failed", "expired", "canceled"]
    amount_cents: int
    description: str
    brand: str
    last4: str
    url: str | None = Field(
        default=None,
        description="The page to open, with its one-time token: only in the 402 that asked "
        "for the authentication; null here.",
    )
    expires_at: datetime
    created_at: datetime
    top_up_id: str | None = None
    invoice_id: str | None = None
    plan: str | None = None
    error: SessionError | None = None


class PaymentMethodDeleted(BaseModel):
    id: str
    deleted: Literal[True] = True
    default_payment_method_id: str | None
    message: str


# --- invoices -------------------------------------------------------------------------------


class Payment(BaseModel):
    id: str
    amount_cents: int
    status: Literal["pending", "succeeded", "failed"]
    brand: str
    last4: str
    payment_method_id: str | None
    failure_code: str | None
    failure_message: str | None
    created_at: datetime


class Receipt(BaseModel):
    number: str
    emailed_to: str
    sent_at: datetime | None = Field(description="When it was emailed; null while queued.")
    file_name: str


class InvoicePay(Request):
    payment_method_id: StrictStr = Field(min_length=1, max_length=64)


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
    receipt: Receipt | None = Field(description="The receipt of a paid invoice.")
    next_payment_attempt: datetime | None = Field(
        description="When the default card is tried next, for an open invoice."
    )


class InvoiceList(BaseModel):
    data: list[Invoice]
    has_more: bool


# --- sandbox --------------------------------------------------------------------------------


class SandboxAccountCreate(Request):
    email: EmailAddress
    password: StrictStr = Field(min_length=8, max_length=1024)
    plan: PlanId
    signup_at: Annotated[RequestTime, AfterValidator(_signup_in_range)] | None = None
    tax_rate_bps: StrictInt = Field(default=0, ge=0, le=10_000)
    phone_numbers: StrictInt = Field(default=1, ge=0, le=100)
    timezone: StrictStr = Field(default="UTC", min_length=1, max_length=64)
    company_name: PlainText = Field(default="", max_length=200)


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


# --- wallet ---------------------------------------------------------------------------------


class AutoTopUp(BaseModel):
    enabled: bool
    threshold_cents: int
    amount_cents: int
    payment_method_id: str | None = Field(description="The card it charges; null: the default.")
    cap_cents: int | None = Field(description="Most it tops up automatically per period.")
    spent_this_period_cents: int
    consecutive_declines: int
    disabled_reason: str | None = Field(description="Why it switched itself off, if it did.")


class Wallet(BaseModel):
    balance_cents: int
    low_balance_threshold_cents: int
    below_low_balance_threshold: bool
    accrued_usage_cents: int = Field(
        description="Overage the wallet could not cover, to be charged to the default card."
    )
    auto_top_up: AutoTopUp


class AutoTopUpUpdate(Request):
    enabled: StrictBool | None = None
    threshold_cents: StrictInt | None = Field(default=None, ge=0, le=1_000_000_00)
    # The range is checked (with a sentence naming it) by the top-up rules; documented here.
    amount_cents: StrictInt | None = Field(
        default=None, json_schema_extra={"minimum": TOP_UP_MIN_CENTS, "maximum": TOP_UP_MAX_CENTS}
    )
    payment_method_id: StrictStr | None = Field(default=None, max_length=64)
    cap_cents: StrictInt | None = Field(default=None, ge=0, le=1_000_000_00)


class WalletUpdate(Request):
    low_balance_threshold_cents: StrictInt | None = Field(default=None, ge=0, le=1_000_000_00)
    auto_top_up: AutoTopUpUpdate | None = None


class TopUpCreate(Request):
    # The range is checked (with a sentence naming it) by the top-up rules; documented here.
    amount_cents: StrictInt = Field(
        json_schema_extra={"minimum": TOP_UP_MIN_CENTS, "maximum": TOP_UP_MAX_CENTS}
    )
    payment_method_id: StrictStr = Field(min_length=1, max_length=64)


class TopUp(BaseModel):
    id: str
    amount_cents: int = Field(description="Credited to the wallet.")
    tax_cents: int
    charged_cents: int = Field(description="Charged to the card: amount plus tax.")
    remaining_cents: int = Field(description="Of this credit, not yet used.")
    status: Literal["pending", "succeeded", "failed", "refunded"]
    automatic: bool
    invoice_id: str | None
    transaction_id: str | None
    payment_method_id: str | None
    brand: str
    last4: str
    failure_code: str | None
    failure_message: str | None
    created_at: datetime
    refundable: bool
    refund_deadline: datetime | None
    refund_refusal: str | None = Field(description="Why it cannot be refunded now, if so.")


class TopUpList(BaseModel):
    data: list[TopUp]
    has_more: bool


class RefundResult(BaseModel):
    top_up: TopUp
    credit_note_id: str
    refunded_cents: int


class WalletTransaction(BaseModel):
    id: str
    kind: Literal["top_up", "usage", "refund", "auto_top_up"]
    status: Literal["succeeded", "failed", "pending"]
    amount_cents: int
    balance_after_cents: int
    description: str
    invoice_id: str | None
    top_up_id: str | None
    call_id: str | None
    failure_message: str | None
    created_at: datetime


class WalletTransactionList(BaseModel):
    data: list[WalletTransaction]
    has_more: bool


# --- usage ----------------------------------------------------------------------------------

CallType = Literal["inbound", "outbound", "web"]


class CallCreate(Request):
    call_type: CallType
    seconds: StrictInt = Field(ge=0, le=86_400)


class Call(BaseModel):
    id: str
    call_type: CallType
    seconds: int
    billable_minutes: int
    included_minutes: int
    overage_minutes: int
    rate_cents: int
    overage_cents: int
    wallet_cents: int = Field(description="Of the overage, paid from the wallet.")
    card_cents: int = Field(description="Of the overage, billed to the card.")
    ended_at: datetime


class CallList(BaseModel):
    data: list[Call]
    has_more: bool


class CallTypeUsage(BaseModel):
    minutes: int
    overage_minutes: int
    overage_cents: int


class Usage(BaseModel):
    period_start: datetime
    period_end: datetime
    included_minutes: int
    used_minutes: int
    remaining_minutes: int
    overage_minutes: int
    overage_cents: int
    projected_minutes: int
    projected_overage_cents: int
    by_call_type: dict[CallType, CallTypeUsage]


class DailyUsage(BaseModel):
    date: str = Field(description="The day, YYYY-MM-DD, in the account's timezone.")
    inbound_minutes: int
    outbound_minutes: int
    web_minutes: int
    total_minutes: int


class DailyUsageList(BaseModel):
    period_start: datetime
    period_end: datetime
    timezone: str
    data: list[DailyUsage]
    has_more: bool
