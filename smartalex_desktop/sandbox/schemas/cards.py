"""Saved cards, card-setup sessions and payments that wait for the bank's confirmation."""

from __future__ import annotations

from datetime import datetime
from typing import Literal

from pydantic import BaseModel, Field, StrictStr

from smartalex_desktop.sandbox.schemas.common import Request


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
