"""The prepaid Wallet: balance, auto top-up, top-ups, refunds and the ledger."""

from __future__ import annotations

from datetime import datetime
from typing import Literal

from pydantic import BaseModel, Field, StrictBool, StrictInt, StrictStr

from smartalex_desktop.sandbox.config import TOP_UP_MAX_CENTS, TOP_UP_MIN_CENTS
from smartalex_desktop.sandbox.schemas.common import Request


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
