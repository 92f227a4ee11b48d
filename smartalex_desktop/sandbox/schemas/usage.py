"""Calls and the period's usage."""

from __future__ import annotations

from datetime import datetime
from typing import Literal

from pydantic import BaseModel, Field, StrictInt

from smartalex_desktop.sandbox.schemas.common import Request

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
